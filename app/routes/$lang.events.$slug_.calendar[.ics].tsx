/** One event as an iCalendar file ("Add to calendar"). */
import { eventCalendarLoader } from "~/events/feeds.server";

export const loader = eventCalendarLoader;

/** The subscribable calendar of the events in one language (?kind= for one kind). */
import { eventFeedLoader } from "~/events/feeds.server";

export const loader = eventFeedLoader;

/** Atom 1.0 feed of the news list in one language (`?section=news|press` for one section); see app/press/feed-route.server.ts. */
import { feedLoader } from "~/press/feed-route.server";

export const loader = feedLoader("atom");

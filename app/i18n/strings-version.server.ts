/** A short hash of all UI strings, so /locales/* can be cached and still change on deploy. */
import { createHash } from "node:crypto";
import { resources } from "./resources.server";

export const stringsVersion = createHash("sha256").update(JSON.stringify(resources)).digest("hex").slice(0, 12);

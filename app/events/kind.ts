/**
 * `?kind=` of the events page and the calendar feeds. Empty counts as absent (a GET form
 * sends the field even when "all kinds" is chosen); anything that is not one stored value
 * of EVENT_KINDS is reported, never guessed, so the page can say so in the reader's language.
 */
import { EVENT_KINDS, isValueOf, type EventKind } from "~/content/vocabulary";

export type KindChoice = { ok: true; kind: EventKind | null } | { ok: false; value: string };

export function parseKind(params: URLSearchParams): KindChoice {
  const values = [...new Set(params.getAll("kind").map((v) => v.trim()))].filter((v) => v !== "");
  if (values.length === 0) return { ok: true, kind: null };
  if (values.length > 1 || !isValueOf(EVENT_KINDS, values[0])) return { ok: false, value: values.join(", ") };
  return { ok: true, kind: values[0] };
}

/** Any unknown path under a language: the localized 404 page. */
import { notFound } from "~/utils/responses";

export function loader() {
  throw notFound();
}

export default function NotFound() {
  return null;
}

/** GET /api/indicators/{key}.json and /api/indicators/{key}.csv: one indicator; an unknown key is a JSON 404. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { oneIndicatorResponse } from "~/economy/api.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => oneIndicatorResponse(request, params.file);

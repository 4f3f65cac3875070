/** GET /api/indicators.json: every economic indicator with its series (docs/open-data-api.md). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { allIndicatorsResponse } from "~/economy/api.server";

export const loader = ({ request }: LoaderFunctionArgs) => allIndicatorsResponse(request, "json");

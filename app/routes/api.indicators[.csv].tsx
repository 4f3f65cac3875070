/** GET /api/indicators.csv: every observation of every indicator, one row each, UTF-8 with BOM. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { allIndicatorsResponse } from "~/economy/api.server";

export const loader = ({ request }: LoaderFunctionArgs) => allIndicatorsResponse(request, "csv");

/** The filtered opportunity list as JSON (same query string as the page). */
import { opportunityDownloadLoader } from "~/investment/opportunities.server";

export const loader = opportunityDownloadLoader("json");

/**
 * Site-level environment, checked once at start-up with zod (as the Epic Stack does).
 * Content-source variables (SANITY_*) are read by app/content/.
 */
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["production", "development", "test"]).default("development"),
  PORT: z.coerce.number().int().positive().default(3000),
  /** Public origin for canonical and hreflang URLs, e.g. https://haugiang.example.org. Defaults to the request's origin. */
  PUBLIC_URL: z.url().optional(),
  /** Content fallback order after the requested language, e.g. "en,vi". */
  CONTENT_FALLBACK: z.string().optional(),
  /** Where staff open the Studio (shown in the footer). */
  STUDIO_URL: z.string().optional(),
});

export type Env = z.infer<typeof schema>;

let parsed: Env | undefined;
export function env(): Env {
  if (!parsed) {
    const result = schema.safeParse(process.env);
    if (!result.success) {
      throw new Error(`Invalid environment: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    }
    parsed = result.data;
  }
  return parsed;
}

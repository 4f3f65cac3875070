/**
 * Image URLs for the browser and the server alike (no server imports): one
 * @sanity/image-url builder per image configuration. On Sanity the URLs point at its
 * CDN; in the embedded mode at this site (`/images/<projectId>/<dataset>/<file>?w=…`),
 * where app/routes/images.$projectId.$dataset.$file.tsx resizes the dataset's files.
 */
import imageUrlBuilder from "@sanity/image-url";
import type { SanityImageSource } from "@sanity/image-url/lib/types/types";
import type { ImageConfig } from "./source.server";

type Builder = ReturnType<typeof imageUrlBuilder>;

const builders = new Map<string, Builder>();

function builderFor(config: ImageConfig): Builder {
  const key = `${config.projectId}\u0000${config.dataset}\u0000${config.baseUrl}`;
  let builder = builders.get(key);
  if (!builder) {
    builder = imageUrlBuilder({
      projectId: config.projectId,
      dataset: config.dataset,
      // The builder treats "" as "use Sanity's CDN"; "/" is trimmed to "" when the URL is
      // built, which gives a root-relative URL on this site.
      baseUrl: config.baseUrl === "" ? "/" : config.baseUrl,
    });
    builders.set(key, builder);
  }
  return builder;
}

/**
 * A URL builder for one image, with the defaults every image wants: the best format the
 * browser accepts (`auto=format`) and no upscaling. Chain `.width()`, `.height()`, `.url()`.
 */
export function urlForImage(image: SanityImageSource, config: ImageConfig) {
  return builderFor(config).image(image).auto("format").fit("max");
}

/**
 * An exhibit as the gallery, its own page and the text-only list show it. An image drawn
 * for the site is labelled as an illustration in visible text beside it, never only in
 * the alt text, so every reader is told it is not a scan of the item.
 */
import type { ImageView } from "~/content/views";
import { useTranslation } from "~/i18n/use-translation";
import type { SourceRef } from "~/content/views";

export interface ExhibitView {
  title: string;
  slug: string;
  kind: string | null;
  period: string | null;
  origin: string | null;
  description: string | null;
  citation: string | null;
  image: ImageView | null;
  illustration: boolean;
  sources: readonly SourceRef[] | null;
}

/** The image with its caption and, for a drawing, the illustration label. */
export function ExhibitImage({
  exhibit,
  sizes,
  priority = false,
  contentLang,
}: {
  exhibit: ExhibitView;
  sizes: string;
  priority?: boolean;
  /** The language of the alt text and caption when it is not the page's (a fallback). */
  contentLang?: string;
}) {
  const { t } = useTranslation("showcase");
  const image = exhibit.image;
  if (!image) return null;
  return (
    <figure className="exhibit__figure">
      <div className="exhibit__frame">
        <img
          src={image.src}
          srcSet={image.srcSet}
          sizes={sizes}
          width={image.width}
          height={image.height}
          alt={image.alt}
          lang={contentLang}
          loading={priority ? "eager" : "lazy"}
          decoding="async"
        />
        {exhibit.illustration ? (
          <span className="exhibit__badge" aria-hidden="true">
            {t("exhibition.illustration")}
          </span>
        ) : null}
      </div>
      <figcaption>
        {exhibit.illustration ? (
          <strong className="exhibit__label" data-illustration-label="">
            {t("exhibition.illustration")}:{" "}
          </strong>
        ) : null}
        {image.caption ? (
          <span lang={contentLang}>{image.caption}</span>
        ) : exhibit.illustration ? (
          t("exhibition.illustrationNote")
        ) : null}
      </figcaption>
    </figure>
  );
}

/** Kind, period, origin and citation as a description list. */
export function ExhibitFacts({ exhibit, contentLang }: { exhibit: ExhibitView; contentLang?: string }) {
  const { t } = useTranslation("showcase");
  return (
    <dl className="exhibit__facts">
      {exhibit.kind ? (
        <>
          <dt>{t("exhibition.kindLabel")}</dt>
          <dd>{t(`exhibition.kind.${exhibit.kind}`)}</dd>
        </>
      ) : null}
      {exhibit.period ? (
        <>
          <dt>{t("exhibition.period")}</dt>
          <dd lang={contentLang}>{exhibit.period}</dd>
        </>
      ) : null}
      {exhibit.origin ? (
        <>
          <dt>{t("exhibition.origin")}</dt>
          <dd lang={contentLang}>{exhibit.origin}</dd>
        </>
      ) : null}
      {exhibit.citation ? (
        <>
          <dt>{t("exhibition.citation")}</dt>
          <dd lang={contentLang}>
            <cite>{exhibit.citation}</cite>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

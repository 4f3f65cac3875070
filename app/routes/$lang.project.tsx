/**
 * The image-building project (Decision 2548/QĐ-UBND, 2020–2025, vision 2030): the image
 * it seeks, its pillars with their news and events, the milestones on a timeline and the
 * progress the sources allow us to state (milestones passed; no invented percentages).
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { FallbackNotice } from "~/components/FallbackNotice";
import { PortableTextBody } from "~/components/PortableTextBody";
import { SourceList } from "~/components/SourceList";
import { StaleTranslationNotice } from "~/components/StaleTranslationNotice";
import type { I18nHandle } from "~/i18n/config";
import { formatDate } from "~/i18n/format";
import { Link } from "~/i18n/link";
import { requireLang } from "~/i18n/locale.server";
import { useTranslation } from "~/i18n/use-translation";
import { loadProject } from "~/showcase/showcase.server";
import styles from "~/styles/showcase.css";
import { cacheHeaders } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";

/** The last day of the project's 2020–2025 phase (the decision's title). */
const PHASE_END = "2025-12-31";

export const handle: I18nHandle = { i18n: ["showcase"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const locale = requireLang({ params, request });
  // Today in the locality's time zone: a milestone dated today has passed there.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
  const { project, stale, languages } = await loadProject(locale, today);
  return { lang: locale.lang, project, stale, languages, today };
}

export const headers = cacheHeaders("page");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.project.value.title, data?.project.value.summary);

export default function ProjectPage() {
  const { lang, project, stale, today } = useLoaderData<typeof loader>();
  const { t } = useTranslation("showcase");
  const p = project.value;
  const contentLang = project.isFallback ? project.lang : undefined;
  const reached = p.milestones.filter((m) => m.reached).length;
  const total = p.milestones.length;
  return (
    <article className="article showcase">
      <div className="container">
        <header className="article__header">
          <Breadcrumbs />
          {project.isFallback ? <FallbackNotice requested={lang} shown={project.lang} /> : null}
          {stale ? <StaleTranslationNotice lang={lang} {...stale} /> : null}
          <p className="eyebrow">{t("project.eyebrow")}</p>
          <h1 className="article__title" lang={contentLang}>
            {p.title}
          </h1>
          {p.summary ? (
            <p className="lead" lang={contentLang}>
              {p.summary}
            </p>
          ) : null}
          <dl className="showcase__facts">
            <div>
              <dt>{t("project.image")}</dt>
              <dd data-project-image="">{t("project.imageValue")}</dd>
            </div>
            <div>
              <dt>{t("project.period")}</dt>
              <dd>{t("project.periodValue")}</dd>
            </div>
            <div>
              <dt>{t("project.vision")}</dt>
              <dd>{t("project.visionValue")}</dd>
            </div>
            {p.decision?.number ? (
              <div>
                <dt>{t("project.decisionLabel")}</dt>
                <dd>
                  {p.decision.date ? (
                    <time dateTime={p.decision.date}>
                      {t("project.decision", { number: p.decision.number, date: formatDate(lang, p.decision.date) })}
                    </time>
                  ) : (
                    p.decision.number
                  )}
                  {p.decision.issuer ? (
                    <>
                      {" · "}
                      <span lang={contentLang}>{p.decision.issuer}</span>
                    </>
                  ) : null}
                </dd>
              </div>
            ) : null}
          </dl>
        </header>

        <section className="showcase__section" aria-labelledby="pillars-title">
          <h2 id="pillars-title">{t("project.pillars")}</h2>
          <ol className="pillars">
            {p.pillars.map((pillar) => (
              <li key={pillar.key} className="pillar" data-pillar="">
                <h3 lang={contentLang}>{pillar.title}</h3>
                {pillar.text ? <p lang={contentLang}>{pillar.text}</p> : null}
                <h4 className="pillar__related-title">{t("project.related", { pillar: pillar.title })}</h4>
                {pillar.related.length ? (
                  <ul className="pillar__related">
                    {pillar.related.map((item) => (
                      <li key={item.id} data-related={item.type}>
                        <span className="pillar__kind">{t(`project.kind.${item.type}`)}</span>{" "}
                        <Link to={item.path} lang={item.isFallback ? item.lang : undefined}>
                          {item.title}
                        </Link>
                        {item.date ? (
                          <>
                            {" "}
                            <time dateTime={item.date} className="pillar__date">
                              {formatDate(lang, item.date, "medium")}
                            </time>
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{t("project.noRelated")}</p>
                )}
              </li>
            ))}
          </ol>
        </section>

        <section className="showcase__section" aria-labelledby="milestones-title">
          <h2 id="milestones-title">{t("project.milestones")}</h2>
          <ol className="timeline">
            {p.milestones.map((m) => (
              <li key={m._key} className={m.reached ? "timeline__item timeline__item--reached" : "timeline__item"}>
                <time dateTime={m.date} className="timeline__date">
                  {formatDate(lang, m.date)}
                </time>
                <h3 className="timeline__title" lang={contentLang}>
                  {m.title}
                </h3>
                {m.text ? <p lang={contentLang}>{m.text}</p> : null}
                <p className="timeline__status">{m.reached ? t("project.reached") : t("project.upcoming")}</p>
              </li>
            ))}
          </ol>
        </section>

        <section className="showcase__section" aria-labelledby="progress-title">
          <h2 id="progress-title">{t("project.progress")}</h2>
          <p>{today > PHASE_END ? t("project.phaseEnded") : t("project.phaseRunning")}</p>
          <p>
            <label htmlFor="milestone-progress">
              {t("project.progressValue", { reached, total, date: formatDate(lang, today) })}
            </label>
            <br />
            <progress id="milestone-progress" className="showcase__progress" max={total} value={reached} />
          </p>
          <p className="showcase__note">{t("project.progressNote")}</p>
        </section>

        <div className="article__content" lang={contentLang}>
          <PortableTextBody html={p.body} />
        </div>
        <SourceList sources={p.sources} lang={lang} />
      </div>
    </article>
  );
}

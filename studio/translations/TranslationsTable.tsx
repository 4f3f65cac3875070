/**
 * The table behind the "Translations" tool and the desk's "Missing" and "Stale" lists:
 * every translatable Vietnamese document per language, with its status computed by
 * app/translations/status.ts in the browser (GROQ cannot fingerprint), counts per
 * language, filters, and links to the translation and to its source.
 */
import { useCallback, useEffect, useMemo, useState, type CSSProperties } from "react";
import { useClient } from "sanity";
import { IntentLink } from "sanity/router";
import { LANGUAGE_IDS, SOURCE_LANG } from "../../app/i18n/languages";
import { TRANSLATABLE_FIELDS } from "../../app/translations/fields";
import {
  TRANSLATION_STATUSES,
  countsByLanguage,
  filterRows,
  translationStatus,
  type StatusDocument,
  type TranslationStatus,
  type TranslationStatusRow,
} from "../../app/translations/status";
import { TRANSLATION_STATE_TITLES } from "../schemaTypes/objects/translationProvenance";
import { TRANSLATIONS_API_VERSION } from "./config";

const QUERY = `*[_type in $types || _type == "translation.metadata"]`;
const LANGS = LANGUAGE_IDS.filter((l) => l !== SOURCE_LANG);
const TYPES = Object.keys(TRANSLATABLE_FIELDS);

export const STATUS_TITLES: Record<TranslationStatus, string> = {
  current: "Current",
  stale: "Stale",
  missing: "Missing",
  draftOnly: "Draft only",
  identical: "Identical to source",
};

const cell: CSSProperties = {
  padding: "0.35rem 0.6rem",
  borderBottom: "1px solid var(--card-border-color, #ddd)",
  textAlign: "start",
  verticalAlign: "top",
};
const statusColor: Record<TranslationStatus, string> = {
  current: "#1d7a3e",
  stale: "#a15c00",
  missing: "#666",
  draftOnly: "#2452a8",
  identical: "#b3261e",
};

export interface TranslationsTableProps {
  language?: string;
  status?: TranslationStatus;
  type?: string;
  /** Fixed filters (desk lists) hide the selects. */
  fixed?: boolean;
}

/** Every document the status needs, drafts included (raw perspective). */
function useStatusRows() {
  const client = useClient({ apiVersion: TRANSLATIONS_API_VERSION });
  const [rows, setRows] = useState<TranslationStatusRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    client
      .fetch<StatusDocument[]>(QUERY, { types: TYPES }, { perspective: "raw" })
      .then((docs) => {
        setRows(translationStatus(docs, { languages: LANGS }));
        setError(null);
      })
      .catch((e: Error) => setError(e.message));
  }, [client]);
  useEffect(() => {
    load();
    // Someone else may have changed a translation while this was open.
    window.addEventListener("focus", load);
    return () => window.removeEventListener("focus", load);
  }, [load]);
  return { rows, error, reload: load };
}

export function TranslationsTable(props: TranslationsTableProps) {
  const { rows, error, reload } = useStatusRows();
  const [language, setLanguage] = useState(props.language ?? "");
  const [type, setType] = useState(props.type ?? "");
  const [status, setStatus] = useState<string>(props.status ?? "");
  const shown = useMemo(
    () =>
      rows
        ? filterRows(rows, {
            languages: language ? [language] : [],
            types: type ? [type] : [],
            statuses: status ? [status] : [],
          })
        : [],
    [rows, language, type, status],
  );
  const counts = useMemo(() => countsByLanguage(rows ?? []), [rows]);

  if (error)
    return (
      <p style={{ padding: "1rem" }} role="alert">
        Cannot load translations: {error}
      </p>
    );
  if (!rows) return <p style={{ padding: "1rem" }}>Loading translations…</p>;
  return (
    <div
      style={{ padding: "1rem", overflow: "auto", height: "100%", boxSizing: "border-box" }}
      data-translations-table=""
    >
      {props.fixed ? null : (
        <table style={{ borderCollapse: "collapse", marginBottom: "1rem" }} data-translation-counts="">
          <caption style={{ textAlign: "start", fontWeight: 600, paddingBottom: "0.3rem" }}>Per language</caption>
          <thead>
            <tr>
              <th style={cell}>Language</th>
              {TRANSLATION_STATUSES.map((s) => (
                <th key={s} style={cell}>
                  {STATUS_TITLES[s]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {LANGS.map((l) => (
              <tr key={l} data-language={l}>
                <th style={cell}>{l}</th>
                {TRANSLATION_STATUSES.map((s) => (
                  <td key={s} style={cell} data-count={s}>
                    {counts.get(l)?.[s] ?? 0}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.fixed ? null : (
        <div style={{ display: "flex", gap: "0.75rem", flexWrap: "wrap", marginBottom: "0.75rem", alignItems: "end" }}>
          <label>
            Language{" "}
            <select name="language" value={language} onChange={(e) => setLanguage(e.target.value)}>
              <option value="">all</option>
              {LANGS.map((l) => (
                <option key={l}>{l}</option>
              ))}
            </select>
          </label>
          <label>
            Type{" "}
            <select name="type" value={type} onChange={(e) => setType(e.target.value)}>
              <option value="">all</option>
              {TYPES.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
          </label>
          <label>
            Status{" "}
            <select name="status" value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value="">all</option>
              {TRANSLATION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_TITLES[s]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={reload}>
            Refresh
          </button>
        </div>
      )}
      <table style={{ borderCollapse: "collapse", width: "100%" }} data-translation-rows="">
        <thead>
          <tr>
            <th style={cell}>Status</th>
            <th style={cell}>Language</th>
            <th style={cell}>Type</th>
            <th style={cell}>Translation</th>
            <th style={cell}>Vietnamese source</th>
            <th style={cell}>Editorial state</th>
            <th style={cell}>Note</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr
              key={`${r.sourceId}/${r.language}`}
              data-source={r.sourceId}
              data-language={r.language}
              data-status={r.status}
            >
              <td style={{ ...cell, color: statusColor[r.status], fontWeight: 600 }}>{STATUS_TITLES[r.status]}</td>
              <td style={cell}>{r.language}</td>
              <td style={cell}>{r.type}</td>
              <td style={cell}>
                {r.documentId ? (
                  <IntentLink intent="edit" params={{ id: r.documentId, type: r.type }}>
                    {r.title ?? r.documentId}
                  </IntentLink>
                ) : (
                  "—"
                )}
              </td>
              <td style={cell}>
                <IntentLink intent="edit" params={{ id: r.sourceId, type: r.type }}>
                  {r.sourceTitle ?? r.sourceId}
                </IntentLink>
              </td>
              <td style={cell}>{r.state ? TRANSLATION_STATE_TITLES[r.state] : "—"}</td>
              <td style={cell}>{note(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 ? <p>No translation matches.</p> : null}
    </div>
  );
}

function note(r: TranslationStatusRow): string {
  if (r.status === "stale") {
    if (r.unknownOrigin) return "No record of what it was translated from.";
    return `Source changed ${r.staleSince?.slice(0, 10) ?? ""}: ${r.staleFields?.join(", ")}`;
  }
  if (r.status === "identical") return r.published ? "Published untranslated" : "Untranslated copy (draft)";
  if (r.hasDraft && r.published) return "Has unpublished changes";
  return "";
}

/** A desk pane showing one language's rows in one status (the "Missing" and "Stale" lists). */
export function statusPane(language: string, status: TranslationStatus) {
  function StatusPane() {
    return <TranslationsTable language={language} status={status} fixed />;
  }
  return StatusPane;
}

/**
 * The translation workflow's document actions: create a translation from the Vietnamese
 * source (a draft that records its provenance, linked in translation.metadata the way
 * @sanity/document-internationalization links one), mark a translation reviewed and
 * current, and the guard that refuses Publish for a translation not yet approved.
 */
import { TranslateIcon, CheckmarkCircleIcon } from "@sanity/icons";
import { useState } from "react";
import {
  useClient,
  useCurrentUser,
  useDocumentOperation,
  type DocumentActionComponent,
  type DocumentActionProps,
  type SanityDocument,
} from "sanity";
import { useRouter } from "sanity/router";
import { LANGUAGES, SOURCE_LANG } from "../../app/i18n/languages";
import { provenanceFrom, type TranslationProvenance } from "../../app/translations/fields";
import { REQUIRE_APPROVAL_TO_PUBLISH, TRANSLATIONS_API_VERSION } from "./config";

type Doc = SanityDocument & { language?: string; translation?: Partial<TranslationProvenance> };

const METADATA_QUERY = `*[_type == "translation.metadata" && references($id)][0]{_id, translations}`;

interface Metadata {
  _id: string;
  translations?: { language?: string; value?: { _ref?: string } }[];
}

/** A link entry in translation.metadata, as the plugin writes it (weak, so deleting stays possible). */
function reference(language: string, ref: string) {
  return {
    _key: language,
    _type: "internationalizedArrayReferenceValue",
    language,
    value: { _type: "reference", _ref: ref, _weak: true },
  };
}

function LanguageChooser({
  source,
  onDone,
}: {
  source: Doc;
  onDone: (created?: { id: string; type: string }) => void;
}) {
  const client = useClient({ apiVersion: TRANSLATIONS_API_VERSION });
  const user = useCurrentUser();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function create(language: string) {
    setBusy(language);
    setError(null);
    try {
      const metadata = await client.fetch<Metadata | null>(METADATA_QUERY, { id: source._id });
      const linked = metadata?.translations?.find((t) => t.language === language)?.value?._ref;
      if (linked) {
        onDone({ id: linked, type: source._type });
        return;
      }
      // The demo's ids read `<type>-<name>-<lang>`; keep that when it is free.
      const readable = source._id.endsWith(`-${SOURCE_LANG}`)
        ? `${source._id.slice(0, -SOURCE_LANG.length)}${language}`
        : undefined;
      const taken = readable
        ? await client.fetch<boolean>(`count(*[_id in [$id, "drafts." + $id]]) > 0`, { id: readable })
        : true;
      const id = !taken && readable ? readable : `${source._type}-${crypto.randomUUID()}`;
      const { _id: _sourceId, _rev: _sourceRev, _createdAt: _c, _updatedAt: _u, ...fields } = source;
      const translation = provenanceFrom(source, {
        translatedAt: new Date().toISOString(),
        translatedBy: user?.name,
        state: "inTranslation",
      });
      const metadataId = metadata?._id ?? `translation.metadata.${crypto.randomUUID()}`;
      const sourceRef = reference(SOURCE_LANG, source._id);
      await client
        .transaction()
        .create({ ...fields, _id: `drafts.${id}`, _type: source._type, language, translation })
        .createIfNotExists({
          _id: metadataId,
          _type: "translation.metadata",
          schemaTypes: [source._type],
          translations: [sourceRef],
        })
        .patch(metadataId, (p) =>
          p.setIfMissing({ translations: [sourceRef] }).insert("after", "translations[-1]", [reference(language, id)]),
        )
        .commit();
      onDone({ id, type: source._type });
    } catch (e) {
      setError((e as Error).message);
      setBusy(null);
    }
  }

  return (
    <div style={{ display: "grid", gap: "0.5rem", padding: "0.5rem" }}>
      <p style={{ margin: 0 }}>
        A draft copy of the published Vietnamese text, to be translated. It records which version of the source it was
        made from.
      </p>
      {LANGUAGES.filter((l) => l.id !== SOURCE_LANG).map((l) => (
        <button
          key={l.id}
          type="button"
          disabled={busy !== null}
          onClick={() => void create(l.id)}
          data-create-translation={l.id}
        >
          {l.title} ({l.id}){busy === l.id ? " …" : ""}
        </button>
      ))}
      {error ? <p role="alert">Could not create the translation: {error}</p> : null}
    </div>
  );
}

export const CreateTranslationAction: DocumentActionComponent = (props: DocumentActionProps) => {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const source = props.published as Doc | null;
  const language = ((props.draft ?? props.published) as Doc | null)?.language;
  if (language !== SOURCE_LANG) return null;
  return {
    label: "Create translation from Vietnamese",
    icon: TranslateIcon,
    disabled: !source,
    title: source ? undefined : "Publish the Vietnamese source first: a translation is made from its published text.",
    onHandle: () => setOpen(true),
    dialog: open &&
      source && {
        type: "dialog",
        header: "Create translation from Vietnamese",
        onClose: () => setOpen(false),
        content: (
          <LanguageChooser
            source={source}
            onDone={(created) => {
              setOpen(false);
              props.onComplete();
              if (created) router.navigateIntent("edit", created);
            }}
          />
        ),
      },
  };
};
CreateTranslationAction.displayName = "CreateTranslationAction";

export const MarkReviewedAction: DocumentActionComponent = (props: DocumentActionProps) => {
  const client = useClient({ apiVersion: TRANSLATIONS_API_VERSION });
  const { patch } = useDocumentOperation(props.id, props.type);
  const [error, setError] = useState<string | null>(null);
  const doc = (props.draft ?? props.published) as Doc | null;
  if (!doc?.language || doc.language === SOURCE_LANG) return null;
  return {
    label: "Mark as reviewed and current",
    icon: CheckmarkCircleIcon,
    title: "Records the Vietnamese source's current version as the one this translation renders, and approves it.",
    onHandle: async () => {
      try {
        let sourceId = doc.translation?.sourceId;
        if (!sourceId) {
          const metadata = await client.fetch<Metadata | null>(METADATA_QUERY, { id: props.id });
          sourceId = metadata?.translations?.find((t) => t.language === SOURCE_LANG)?.value?._ref;
        }
        // The published source: what readers of the original see, and what the status compares with.
        const source = sourceId
          ? await client.fetch<Doc | null>(`*[_id == $id][0]`, { id: sourceId }, { perspective: "raw" })
          : null;
        if (!source) throw new Error("no published Vietnamese source found");
        patch.execute([
          {
            set: {
              translation: provenanceFrom(source, {
                translatedAt: new Date().toISOString(),
                translatedBy: doc.translation?.translatedBy,
                state: "approved",
              }),
            },
          },
        ]);
        props.onComplete();
      } catch (e) {
        setError((e as Error).message);
      }
    },
    dialog: error
      ? {
          type: "dialog",
          header: "Could not mark as reviewed",
          onClose: () => setError(null),
          content: <p>{error}</p>,
        }
      : undefined,
  };
};
MarkReviewedAction.displayName = "MarkReviewedAction";

/** Publish, refused for a translation in REQUIRE_APPROVAL_TO_PUBLISH whose state is not approved. */
export function requireApproval(publish: DocumentActionComponent): DocumentActionComponent {
  const Guarded: DocumentActionComponent = (props) => {
    const result = publish(props);
    const doc = (props.draft ?? props.published) as Doc | null;
    const language = doc?.language;
    if (!result || !language || language === SOURCE_LANG || !REQUIRE_APPROVAL_TO_PUBLISH.includes(language)) {
      return result;
    }
    if (doc?.translation?.state === "approved") return result;
    return {
      ...result,
      disabled: true,
      title: `A ${language} translation is published only once approved: review it, then use "Mark as reviewed and current" (or set its editorial state to Approved).`,
    };
  };
  Guarded.action = publish.action;
  Guarded.displayName = "PublishIfApproved";
  return Guarded;
}

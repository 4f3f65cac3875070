/** A contact person: name, role and organisation (each marked with its own language), email and phone links. */
import type { PersonView } from "~/content/views";
import type { Lang } from "~/i18n/languages";
import { LocalizedText } from "./LocalizedText";

export function PersonCard({ person, lang }: { person: PersonView; lang: Lang }) {
  return (
    <div className="contact-card">
      <p>
        <strong lang={person.nameLang && person.nameLang !== lang ? person.nameLang : undefined}>{person.name}</strong>
      </p>
      <LocalizedText as="p" shown={person.role} pageLang={lang} />
      <LocalizedText as="p" shown={person.organisation} pageLang={lang} />
      {person.email ? (
        <p>
          <a href={`mailto:${person.email}`}>{person.email}</a>
        </p>
      ) : null}
      {person.phone ? (
        <p>
          <a href={`tel:${person.phone.replace(/\s+/g, "")}`}>{person.phone}</a>
        </p>
      ) : null}
    </div>
  );
}

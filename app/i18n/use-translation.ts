/**
 * `useTranslation(ns)` for components, on both sides: the instance comes from react-i18next's
 * context (app/entry.server.tsx gives the request's i18next, app/entry.client.tsx the small
 * browser translator of ./translator), so the browser bundle carries neither i18next nor
 * react-i18next's hooks. A language switch re-renders the components that translate.
 */
import { useCallback, useContext, useMemo, useSyncExternalStore } from "react";
import { I18nContext } from "react-i18next";
import type { Namespace } from "./config";
import type { Translate, Translations } from "./translator";

export function useTranslation(ns?: Namespace): { t: Translate; i18n: Translations } {
  const i18n = useContext(I18nContext).i18n as unknown as Translations;
  const subscribe = useCallback(
    (changed: () => void) => {
      i18n.on("languageChanged", changed);
      return () => void i18n.off("languageChanged", changed);
    },
    [i18n],
  );
  const language = useSyncExternalStore(
    subscribe,
    () => i18n.language,
    () => i18n.language,
  );
  const t = useMemo(() => i18n.getFixedT(language, ns), [i18n, language, ns]);
  return { t, i18n };
}

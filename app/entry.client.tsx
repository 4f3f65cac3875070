/**
 * Hydration after the UI strings of the page's language are loaded. The context holds the small
 * browser translator (app/i18n/translator.ts), read by app/i18n/use-translation.ts, not i18next.
 */
import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import type { i18n as I18next } from "i18next";
import { I18nContext } from "react-i18next";
import { i18n, initClientI18n } from "./i18n/client";

initClientI18n()
  .catch((error) => console.error(error))
  .finally(() => {
    startTransition(() => {
      hydrateRoot(
        document,
        <I18nContext.Provider value={{ i18n: i18n as unknown as I18next }}>
          <StrictMode>
            <RemixBrowser />
          </StrictMode>
        </I18nContext.Provider>,
      );
    });
  });

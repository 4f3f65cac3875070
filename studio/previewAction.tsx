/**
 * "Open preview" on every document that has a page of its own: asks the content store
 * for a signed preview link (the store knows who is logged in and holds PREVIEW_SECRET,
 * which the Studio never sees; docs/decisions/0009) and opens the page in the document's
 * language, drafts included, in a new tab.
 */
import { EyeOpenIcon } from "@sanity/icons";
import { useState } from "react";
import { useClient, type DocumentActionComponent } from "sanity";

/** Types the site shows at a URL of their own (app/store/preview-link.server.ts maps them). */
export const PREVIEWABLE_TYPES = ["article", "event", "investmentOpportunity", "industrialPark", "page"];

export const OpenPreviewAction: DocumentActionComponent = (props) => {
  const client = useClient({ apiVersion: "2025-02-19" });
  const [error, setError] = useState<string | undefined>();
  return {
    label: "Xem trước / Open preview",
    icon: EyeOpenIcon,
    title: error ?? "Mở trang với bản nháp (Open the page with drafts)",
    onHandle: () => {
      // Opened before the request, so the browser does not block it as a pop-up.
      const tab = window.open("about:blank", "_blank");
      client
        .request<{ url: string }>({ uri: "/site/preview-url", query: { id: props.id } })
        .then(({ url }) => {
          if (tab) {
            tab.opener = null;
            tab.location.href = url;
          } else window.location.assign(url);
        })
        .catch((failure: unknown) => {
          tab?.close();
          setError(failure instanceof Error ? failure.message : String(failure));
        });
      props.onComplete();
    },
  };
};

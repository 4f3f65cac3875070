/**
 * A minimal browser stand-in for the inquiry form over HTTP: fetch the form (keeping
 * its cookie and token), post fields back, read the reference from the redirect.
 */
export interface FormSession {
  cookie: string;
  token: string;
  html: string;
}

export async function openForm(baseUrl: string, lang: string, query = "", cookie = ""): Promise<FormSession> {
  const response = await fetch(`${baseUrl}/${lang}/invest/inquiry${query}`, {
    headers: cookie ? { Cookie: cookie } : {},
  });
  if (response.status !== 200) throw new Error(`form page answered ${response.status}`);
  const html = await response.text();
  const token = /name="formToken" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error("no form token in the page");
  const setCookie = response.headers.get("set-cookie");
  return { cookie: setCookie ? setCookie.split(";")[0] : cookie, token, html };
}

export interface Posted {
  status: number;
  html: string;
  headers: Headers;
  location: string | null;
}

export async function postForm(
  baseUrl: string,
  lang: string,
  fields: Record<string, string>,
  { cookie = "", headers = {} }: { cookie?: string; headers?: Record<string, string> } = {},
): Promise<Posted> {
  const response = await fetch(`${baseUrl}/${lang}/invest/inquiry`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}), ...headers },
    body: new URLSearchParams(fields).toString(),
  });
  return {
    status: response.status,
    html: await response.text(),
    headers: response.headers,
    location: response.headers.get("location"),
  };
}

export const VALID_FIELDS = {
  name: "Tanaka Hanako",
  organisation: "Tanaka Industries",
  country: "JP",
  email: "hanako@example.jp",
  phone: "+81 3 1234 5678",
  preferredLanguage: "ja",
  topic: "industrialPark",
  opportunity: "",
  message: "We are looking for 5 ha of industrial land near the Hậu river.",
  consent: "yes",
  website: "",
};

export function referenceOf(location: string | null): string | undefined {
  return /\/invest\/inquiry\/(HG-\d{4}-[A-Z0-9]{6})$/.exec(location ?? "")?.[1];
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

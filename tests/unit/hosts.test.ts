// The hosts the site answers (ADR 0020): never empty, never a wildcard; localhost on PORT, PUBLIC_URL's host and ALLOWED_HOSTS, compared without case or default port.
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "~/utils/env.server";
import { allowedHosts, hostPolicyNote, normalizeAuthority } from "~/utils/hosts.server";

const allowed = (values: Record<string, string>, authority: string, protocol = "http") =>
  allowedHosts(parseEnv(values)).has(normalizeAuthority(authority, protocol));

describe("allowedHosts", () => {
  it("with nothing set: localhost, 127.0.0.1 and [::1] on PORT, and nothing else", () => {
    for (const host of ["localhost:3000", "127.0.0.1:3000", "[::1]:3000", "LOCALHOST:3000"])
      expect(allowed({}, host), host).toBe(true);
    for (const host of ["evil.example", "localhost", "localhost:3001", "127.0.0.2:3000", "", "bad host"])
      expect(allowed({}, host), host).toBe(false);
  });

  it("adds PUBLIC_URL's host and ALLOWED_HOSTS, with or without the scheme's default port", () => {
    const env = {
      PUBLIC_URL: "https://haugiang.example.org",
      ALLOWED_HOSTS: "www.haugiang.example.org, Alt.example:8443",
    };
    expect(allowed(env, "haugiang.example.org", "https")).toBe(true);
    expect(allowed(env, "haugiang.example.org:443", "https")).toBe(true);
    expect(allowed(env, "WWW.haugiang.example.org:80")).toBe(true);
    expect(allowed(env, "alt.example:8443")).toBe(true);
    expect(allowed(env, "alt.example")).toBe(false);
    expect(allowed(env, "evil.haugiang.example.org")).toBe(false);
    expect(allowed(env, "localhost:3000")).toBe(true);
  });

  it("says in the log what the site answers to", () => {
    expect(hostPolicyNote(parseEnv({ PORT: "4000" }))).toMatch(/PUBLIC_URL unset.*localhost:4000.*400/);
    expect(hostPolicyNote(parseEnv({ PUBLIC_URL: "https://haugiang.example.org" }))).toMatch(
      /^Public URL https:\/\/haugiang\.example\.org/,
    );
  });
});

describe("ALLOWED_HOSTS", () => {
  it.each(["*", "*.example.org", "https://example.org", "example.org/path", "a b", "exa_mple.org", "example.org:abc"])(
    "refuses %j, naming the variable",
    (value) => {
      expect(() => parseEnv({ ALLOWED_HOSTS: value })).toThrow(EnvError);
      try {
        parseEnv({ ALLOWED_HOSTS: value });
      } catch (error) {
        expect((error as EnvError).problems[0]).toMatch(/^ALLOWED_HOSTS must be comma-separated host names/);
      }
    },
  );

  it("reads a list, in lower case, ignoring empty entries", () => {
    expect(parseEnv({ ALLOWED_HOSTS: "A.example, ,b.example:8080,[::1]:3000" }).ALLOWED_HOSTS).toEqual([
      "a.example",
      "b.example:8080",
      "[::1]:3000",
    ]);
  });
});

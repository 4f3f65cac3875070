// The one environment: a default for every variable, empty means unset, a bad value is named (a secret never shown), and .env.example and the README list the same variables.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseContentEnv } from "../../app/content/env.server";
import { ENV_VARIABLES, EnvError, parseEnv } from "../../app/utils/env.server";

const ROOT = new URL("../../", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, ROOT), "utf8");

function problems(values: Record<string, string>): string[] {
  try {
    parseEnv(values);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as EnvError).problems;
  }
  throw new Error(`no error for ${JSON.stringify(values)}`);
}

describe("parseEnv", () => {
  it("gives every variable its default when nothing is set: production, port 3000, the demo dataset", () => {
    expect(parseEnv({})).toMatchObject({
      NODE_ENV: "production",
      PORT: 3000,
      CONTENT_FALLBACK: "en,vi",
      TRUST_PROXY: false,
      CONTENT_DATASET: "studio/seed/production.ndjson",
      SANITY_DATASET: "production",
      SANITY_TIMEOUT_MS: 5000,
      INQUIRY_DB: ".data/inquiries.sqlite",
      INQUIRY_RATE_LIMIT: 10,
    });
    expect(parseEnv({}).SANITY_PROJECT_ID).toBeUndefined();
  });

  it("treats an empty value as unset", () => {
    expect(parseEnv({ PORT: "", SANITY_PROJECT_ID: "", PUBLIC_URL: "", NODE_ENV: "" })).toEqual(parseEnv({}));
  });

  it("reads numbers and flags", () => {
    expect(parseEnv({ PORT: "8080", TRUST_PROXY: "1", NODE_ENV: "development" })).toMatchObject({
      PORT: 8080,
      TRUST_PROXY: true,
      NODE_ENV: "development",
    });
  });

  it("names each bad variable with its value and what it must be", () => {
    const found = problems({
      PORT: "abc",
      NODE_ENV: "staging",
      PUBLIC_URL: "haugiang.example.org",
      TRUST_PROXY: "yes",
    });
    expect(found).toHaveLength(4);
    expect(found).toContain('PORT must be a whole number from 1 to 65535 (got "abc")');
    expect(found.find((p) => p.startsWith("NODE_ENV "))).toMatch(/production, development or test.*"staging"/);
    expect(found.find((p) => p.startsWith("PUBLIC_URL "))).toMatch(/absolute http\(s\) URL/);
    expect(found.find((p) => p.startsWith("TRUST_PROXY "))).toMatch(/"1"/);
  });

  it("puts every problem in the message, one per line", () => {
    expect(() => parseEnv({ PORT: "0", SANITY_TIMEOUT_MS: "1.5" })).toThrow(
      /^Invalid environment[^\n]*\n {2}PORT must be [^\n]*\n {2}SANITY_TIMEOUT_MS must be /,
    );
  });

  it("never repeats a secret's value", () => {
    const [problem] = problems({ INQUIRY_SECRET: "too-short-secret" });
    expect(problem).toBe("INQUIRY_SECRET must be at least 32 characters");
  });

  it("derives the content settings from the same values: the dataset watcher only in development", () => {
    expect(parseContentEnv({}).watchDataset).toBe(false);
    expect(parseContentEnv({ NODE_ENV: "test" }).watchDataset).toBe(false);
    expect(parseContentEnv({ NODE_ENV: "development" }).watchDataset).toBe(true);
    expect(parseContentEnv({ SANITY_PROJECT_ID: "abcd1234" })).toMatchObject({
      SANITY_PROJECT_ID: "abcd1234",
      SANITY_API_VERSION: "2025-02-19",
    });
  });
});

describe(".env.example and the README", () => {
  const example = new Map(
    read(".env.example")
      .split("\n")
      .map((line) => /^([A-Z0-9_]+)=(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1], m[2]] as const),
  );

  it(".env.example lists every variable the server reads, and no other outside the Studio's", () => {
    const serverNames = [...example.keys()].filter((name) => !name.startsWith("SANITY_STUDIO_"));
    expect(serverNames.sort()).toEqual([...ENV_VARIABLES].sort());
  });

  it.each([...ENV_VARIABLES])(".env.example shows the default of %s", (name) => {
    expect(parseEnv({ [name]: example.get(name) })).toEqual(parseEnv({}));
  });

  it("every line of .env.example has its one-line meaning above it", () => {
    const lines = read(".env.example").split("\n");
    lines.forEach((line, i) => {
      if (/^[A-Z0-9_]+=/.test(line)) expect(lines[i - 1], line).toMatch(/^# \S/);
    });
  });

  it("the README's table names every variable", () => {
    const readme = read("README.md");
    const table = readme.slice(
      readme.indexOf("## Environment variables"),
      readme.indexOf("\n## ", readme.indexOf("## Environment variables") + 1),
    );
    for (const name of [...example.keys()]) expect(table, name).toContain(`\`${name}\``);
  });
});

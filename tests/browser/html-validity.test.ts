// The Nu HTML Checker (vnu.jar) reports no error on any page type in any language.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PAGES } from "../pages";

const baseUrl = inject("baseUrl");
const VNU_JAR = fileURLToPath(new URL("../../node_modules/vnu-jar/build/dist/vnu.jar", import.meta.url));

interface VnuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

let dir: string;
const fileOf = new Map<string, string>();
const messagesOf = new Map<string, VnuMessage[]>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "hg-vnu-"));
  for (const visit of PAGES) {
    const response = await fetch(baseUrl + visit.path);
    const file = join(dir, `${visit.label.replace(/\W+/g, "-")}.html`);
    await writeFile(file, await response.text());
    fileOf.set(visit.label, file);
  }
  // One JVM for every file: starting vnu costs seconds, checking a page milliseconds.
  const run = spawnSync("java", ["-jar", VNU_JAR, "--format", "json", "--stdout", ...fileOf.values()], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  const report = JSON.parse(run.stdout) as { messages: VnuMessage[] };
  for (const message of report.messages) {
    const path = message.url ? fileURLToPath(message.url) : "";
    messagesOf.set(path, [...(messagesOf.get(path) ?? []), message]);
  }
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("valid HTML (Nu HTML Checker)", () => {
  it("vnu checked every page", () => {
    expect(messagesOf.get("") ?? [], "messages not tied to a file").toEqual([]);
  });

  it.each(PAGES.map((p) => [p.label, p] as const))("%s has no errors", (label, visit) => {
    const errors = (messagesOf.get(fileOf.get(label)!) ?? [])
      .filter((m) => m.type !== "info")
      .map((m) => `line ${m.lastLine ?? "?"}: ${m.message} — ${(m.extract ?? "").trim().slice(0, 120)}`);
    expect(errors, visit.path).toEqual([]);
  });
});

#!/usr/bin/env node
// Lists the inquiries stored in the embedded database (INQUIRY_DB, default .data/inquiries.sqlite), or exports them as CSV with --csv.
//
//   npm run inquiries                     newest first, one line each
//   npm run inquiries -- --csv > out.csv  every field, UTF-8 with BOM so Excel reads Vietnamese and CJK text
//
// Read-only: it never changes the database, so it is safe while the server runs.
import { existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { stringify } from "csv-stringify/sync";
import { parseEnv } from "../app/utils/env.server.js";

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log("Usage: npm run inquiries [-- --csv] [-- --db <file>]");
  process.exit(0);
}
const dbIndex = args.indexOf("--db");
// The server's own setting and default (an unrelated bad variable does not stop a listing).
const file = path.resolve(
  dbIndex >= 0 ? args[dbIndex + 1] : parseEnv({ INQUIRY_DB: process.env.INQUIRY_DB }).INQUIRY_DB,
);
if (!existsSync(file)) {
  console.error(`No inquiry database at ${file} (none received yet, or set INQUIRY_DB).`);
  process.exit(1);
}

const db = new Database(file, { readonly: true, fileMustExist: true });
const rows = db
  .prepare(
    `SELECT i.*, o.sent_at AS sanity_sent_at, o.attempts AS sanity_attempts, o.last_error AS sanity_last_error
     FROM inquiries i LEFT JOIN outbox o ON o.inquiry_id = i.id ORDER BY i.received_at DESC`,
  )
  .all();
db.close();

const COLUMNS = [
  ["reference", "Reference"],
  ["received_at", "Received at (UTC)"],
  ["status", "Status"],
  ["name", "Name"],
  ["organisation", "Organisation"],
  ["country", "Country"],
  ["email", "Email"],
  ["phone", "Phone"],
  ["preferred_language", "Preferred language"],
  ["topic", "Topic"],
  ["opportunity_id", "Opportunity id"],
  ["opportunity_title", "Opportunity"],
  ["message", "Message"],
  ["consent", "Consent"],
  ["page_language", "Sent from page language"],
  ["sanity_sent_at", "Copied to Sanity at"],
  ["id", "Id"],
];

/**
 * What a sender typed must stay text when staff open the file in a spreadsheet: a cell
 * starting with = + - @ (or a tab/return) would run as a formula, so it gets a leading
 * apostrophe (OWASP's advice for CSV injection). Phone numbers like +84 … were checked
 * by the form to be digits and punctuation only, and keep their plus sign.
 */
function safeCell(key, value) {
  if (typeof value !== "string" || !/^[=+\-@\t\r]/.test(value)) return value;
  if (key === "phone" && /^\+[\d\s().\-/]+$/.test(value)) return value;
  return `'${value}`;
}

if (args.includes("--csv")) {
  process.stdout.write(
    stringify(
      rows.map((r) =>
        Object.fromEntries(
          Object.entries({ ...r, consent: r.consent ? "yes" : "no" }).map(([k, v]) => [k, safeCell(k, v)]),
        ),
      ),
      {
        bom: true,
        header: true,
        columns: COLUMNS.map(([key, header]) => ({ key, header })),
        record_delimiter: "windows",
      },
    ),
  );
} else {
  if (rows.length === 0) console.log(`No inquiries in ${file}.`);
  for (const r of rows) {
    const sanity = r.sanity_sent_at
      ? "in Sanity"
      : r.sanity_attempts
        ? `waiting (${r.sanity_attempts} tries)`
        : "local";
    const about = r.opportunity_title ? `${r.topic}: ${r.opportunity_title}` : r.topic;
    console.log(
      `${r.reference}  ${r.received_at.slice(0, 16).replace("T", " ")}  ${r.status.padEnd(10)} ${r.name} <${r.email}>, ${r.organisation} (${r.country}) · ${about} · reply in ${r.preferred_language} · ${sanity}`,
    );
  }
  if (rows.length) console.log(`${rows.length} inquir${rows.length === 1 ? "y" : "ies"} in ${file}`);
}

#!/usr/bin/env node
// Manages the Studio's local accounts in the store's database (STORE_DB, default .data/store.sqlite).
//
//   npm run store:user -- add <email> --name "Nguyễn Thị Lan" [--role editor]   asks for the password
//   npm run store:user -- passwd <email>                                       new password; ends their sessions
//   npm run store:user -- role <email> <administrator|editor|viewer>
//   npm run store:user -- list
//   npm run store:user -- remove <email>
//
// The password is asked twice on a terminal, without echo; from a pipe the first line is
// taken (`printf '%s\n' "$PW" | npm run store:user -- add …`), so scripts never put it on a
// command line. Safe while the server runs (SQLite WAL): sessions of a changed or removed
// account end at once. The TypeScript module (app/store/auth.server.ts) is bundled on the
// fly with esbuild (installed with Remix), as scripts/bench-content.mjs does.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import Database from "better-sqlite3";
import { loadTs } from "./lib/load-ts.mjs";

const USAGE = `Usage: npm run store:user -- <command> [--db <file>]
  add <email> --name <name> [--role administrator|editor|viewer]   (default role: editor)
  passwd <email>
  role <email> <administrator|editor|viewer>
  list
  remove <email>`;

const args = process.argv.slice(2);
function option(name) {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const [, value] = args.splice(index, 2);
  if (value === undefined) fail(`${name} needs a value`);
  return value;
}
function fail(message) {
  console.error(message);
  process.exit(1);
}

if (args.length === 0 || args.includes("--help") || args.includes("-h")) {
  console.log(USAGE);
  process.exit(args.length === 0 ? 1 : 0);
}
const dbFile = path.resolve(option("--db") ?? (process.env.STORE_DB || ".data/store.sqlite"));
const name = option("--name");
const role = option("--role");
const [command, email, extra] = args;

/** The auth module, bundled for this process. */
function loadAuth() {
  return loadTs({ createAuth: "app/store/auth.server.ts" });
}

/** A line from stdin: hidden on a terminal, the next line of a pipe. */
async function readSecret(prompt) {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    // Echo nothing while the password is typed.
    rl._writeToOutput = (text) => {
      if (text.includes(prompt)) process.stdout.write(prompt);
    };
  }
  const answer = await new Promise((resolve) => rl.question(prompt, resolve));
  rl.close();
  if (process.stdin.isTTY) process.stdout.write("\n");
  return answer;
}

const lines = process.stdin.isTTY ? null : createInterface({ input: process.stdin })[Symbol.asyncIterator]();
async function newPassword() {
  if (lines) {
    const { value } = await lines.next();
    if (!value) fail("No password on stdin.");
    return value;
  }
  const first = await readSecret("Password (10+ characters): ");
  const second = await readSecret("Again: ");
  if (first !== second) fail("The two passwords differ.");
  return first;
}

function needEmail() {
  if (!email) fail(`${command} needs an e-mail address.\n${USAGE}`);
  return email;
}

mkdirSync(path.dirname(dbFile), { recursive: true });
const db = new Database(dbFile);
db.pragma("journal_mode = WAL");
db.pragma("busy_timeout = 5000");
const { createAuth } = await loadAuth();
const auth = createAuth({ db, projectId: process.env.STORE_PROJECT_ID || "demo1234" });

try {
  switch (command) {
    case "add": {
      if (!name) fail(`add needs --name.\n${USAGE}`);
      const user = await auth.addUser({
        email: needEmail(),
        name,
        role: role ?? "editor",
        password: await newPassword(),
      });
      console.log(`Added ${user.email} (${user.role}), id ${user.id}.`);
      break;
    }
    case "passwd":
      await auth.setPassword(needEmail(), await newPassword());
      console.log(`New password for ${email}; their sessions have ended.`);
      break;
    case "role":
      auth.setRole(needEmail(), extra);
      console.log(`${email} is now ${extra}.`);
      break;
    case "list": {
      const users = auth.listUsers();
      if (users.length === 0)
        console.log(`No users in ${dbFile}. Add one with: npm run store:user -- add <email> --name <name>`);
      for (const u of users) console.log([u.email.padEnd(32), u.role.padEnd(14), u.name, u.id].join(" "));
      break;
    }
    case "remove":
      if (!auth.removeUser(needEmail())) fail(`No user with e-mail ${email}.`);
      console.log(`Removed ${email} and ended their sessions.`);
      break;
    default:
      fail(`Unknown command ${command}.\n${USAGE}`);
  }
} catch (error) {
  // zod's and the store's messages name the problem; no stack for a typo.
  const issues = error?.issues?.map((issue) => `${issue.path.join(".") || "value"} ${issue.message}`);
  fail(issues?.length ? issues.join("\n") : (error?.message ?? String(error)));
} finally {
  db.close();
}

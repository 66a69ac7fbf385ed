// npm run backup [-- <file>]: a consistent online backup of the SQLite database while the bot
// runs (SQLite's backup API copies a snapshot page by page). For PostgreSQL use pg_dump (README).
import "dotenv/config";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { providerOf } from "../src/data/schema-engine.js";
import { sqlitePath } from "../src/data/database.js";

const url = process.env.DATABASE_URL || "file:./data/iom.db";
if (providerOf(url) !== "sqlite") {
  console.error("DATABASE_URL is PostgreSQL: back it up with pg_dump (see README, 'Backups').");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..+$/, "");
const target = resolve(process.argv[2] ?? `backups/iom-${stamp}.db`);
mkdirSync(dirname(target), { recursive: true });
const source = new Database(sqlitePath(url), { fileMustExist: true });
try {
  await source.backup(target);
  const copy = new Database(target, { readonly: true });
  const check = copy.pragma("integrity_check", { simple: true });
  copy.close();
  if (check !== "ok") throw new Error(`the backup failed its integrity check: ${String(check)}`);
  console.log(`backup written: ${target}`);
} finally {
  source.close();
}

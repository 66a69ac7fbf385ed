// npm run db:migration -- <name>
// Creates the next migration for SQLite and for PostgreSQL from prisma/schema.prisma.
// PostgreSQL needs a server for its shadow database: MIGRATION_POSTGRES_URL, or the local default.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMigration } from "../src/data/migrations.js";
import { writePostgresSchema } from "./prisma-schemas.mjs";

const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/i.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (letters, digits and _ only)");
  process.exit(1);
}

writePostgresSchema();
const now = new Date();
const scratch = mkdtempSync(join(tmpdir(), "iom-migration-"));
const postgresUrl = process.env.MIGRATION_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
try {
  for (const url of [`file:${join(scratch, "scratch.db")}`, postgresUrl]) {
    const folder = await createMigration(url, name, now);
    console.log(folder ? `created ${folder}` : `no schema change for ${url.split(":")[0]}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// Generates both Prisma clients (SQLite and PostgreSQL) offline.
// `prisma generate` needs no native engine, but the CLI checks for one at start
// unless PRISMA_SCHEMA_ENGINE_BINARY points at an existing file; we point it at
// this script, which is never executed as an engine by `generate`.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { root, sqliteSchemaPath, postgresSchemaPath, writePostgresSchema } from "./prisma-schemas.mjs";

writePostgresSchema();
const prismaCli = join(root, "node_modules", "prisma", "build", "index.js");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
for (const schema of [sqliteSchemaPath, postgresSchemaPath]) {
  const run = spawnSync(process.execPath, [prismaCli, "generate", "--schema", schema], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    process.exit(run.status ?? 1);
  }
  const line = run.stdout.split("\n").find((l) => l.includes("Generated Prisma Client"));
  console.log(line ? line.trim() : `generated client for ${schema}`);
}

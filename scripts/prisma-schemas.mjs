// Derives the PostgreSQL schema from the one SQLite schema (prisma/schema.prisma):
// only the datasource provider and the client's output folder differ.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const sqliteSchemaPath = join(root, "prisma", "schema.prisma");
export const postgresSchemaPath = join(root, "prisma", "postgresql", "schema.prisma");

const header =
  "// GENERATED from prisma/schema.prisma by scripts/prisma-schemas.mjs: edit that file, not this one.\n";

export function derivePostgresSchema(sqliteSchema) {
  const swapped = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/src\/generated\/sqlite"/, 'output       = "../../src/generated/postgresql"\n  previewFeatures = ["relationJoins"]');
  if (swapped === sqliteSchema || !swapped.includes('"postgresql"') || !swapped.includes("generated/postgresql")) {
    throw new Error("prisma/schema.prisma: could not find the sqlite provider or the client output to swap");
  }
  return header + swapped;
}

export function writePostgresSchema() {
  const text = derivePostgresSchema(readFileSync(sqliteSchemaPath, "utf8"));
  mkdirSync(dirname(postgresSchemaPath), { recursive: true });
  writeFileSync(postgresSchemaPath, text);
  return text;
}

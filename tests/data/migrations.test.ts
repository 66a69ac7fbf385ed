import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { applyPendingMigrations, migrationList, pendingSchemaChange, schemaPath } from "../../src/data/migrations.js";
import { openDatabase } from "../../src/data/database.js";
import { freshDatabase, providers, type TestDatabase } from "../helpers/databases.js";
import { derivePostgresSchema } from "../../scripts/prisma-schemas.mjs";

describe.each(providers)("migrations on %s", (provider) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });

  it("the committed migrations produce exactly the schema", async () => {
    database = await freshDatabase(provider);
    expect(await pendingSchemaChange(database.url)).toBe("");
  });

  it("a change to the schema without a migration is detected", async () => {
    database = await freshDatabase(provider);
    const changed = readFileSync(schemaPath(provider), "utf8").replace("model SchedulerState {", "model SchedulerState {\n  extra String?");
    expect(await pendingSchemaChange(database.url, changed)).toMatch(/extra/);
  });

  it("applies pending migrations once, then nothing", async () => {
    database = await freshDatabase(provider);
    const names = migrationList(provider).migrationDirectories.map((m) => m.path);
    expect(await applyPendingMigrations(database.url)).toEqual(names);
    expect(await applyPendingMigrations(database.url)).toEqual([]);
    const opened = await openDatabase(database.url);
    expect(opened.appliedMigrations).toEqual([]);
    expect(await opened.ping()).toBe(true);
    await opened.close();
  });
});

describe("the PostgreSQL schema", () => {
  it("is derived from the one schema and committed up to date", () => {
    const derived = derivePostgresSchema(readFileSync(schemaPath("sqlite"), "utf8"));
    expect(readFileSync(schemaPath("postgresql"), "utf8")).toBe(derived);
  });

  it("both providers have the same migrations", () => {
    expect(migrationList("postgresql").migrationDirectories.map((m) => m.path)).toEqual(
      migrationList("sqlite").migrationDirectories.map((m) => m.path),
    );
  });
});

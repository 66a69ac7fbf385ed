import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { applyPendingMigrations, migrationList, pendingSchemaChange, schemaPath } from "../../src/data/migrations.js";
import { openDatabase } from "../../src/data/database.js";
import { execFile } from "node:child_process";
import pg from "pg";
import { freshDatabase, postgresUrl, providers, type TestDatabase } from "../helpers/databases.js";
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

describe.skipIf(!postgresUrl)("two instances starting together on an empty PostgreSQL database", () => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
  });

  it("come up with one set of migrations applied, by one of them", async () => {
    database = await freshDatabase("postgresql");
    const names = migrationList("postgresql").migrationDirectories.map((m) => m.path);
    // Two processes, as two containers started at the same moment would be.
    const start = () => runNode(`const { openDatabase } = await import("./src/data/database.ts"); const db = await openDatabase(${JSON.stringify(database!.url)}); console.log(JSON.stringify(db.appliedMigrations)); await db.close();`);
    const applied = (await Promise.all([start(), start()])).map((out) => JSON.parse(out) as string[]);
    expect(applied.map((list) => list.length).sort((a, b) => a - b)).toEqual([0, names.length]);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const rows = await client.query<{ migration_name: string; n: string }>("SELECT migration_name, count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL GROUP BY migration_name ORDER BY migration_name");
    await client.end();
    expect(rows.rows.map((r) => r.migration_name)).toEqual(names);
    expect(rows.rows.every((r) => r.n === "1")).toBe(true);
  }, 120_000);
});

/** Runs a module snippet in a fresh Node process (with tsx) from the project's root; resolves with its output. */
function runNode(code: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { cwd: process.cwd(), timeout: 100_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout.trim().split("\n").at(-1)!),
    );
  });
}

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

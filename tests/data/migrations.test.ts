import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { applyPendingMigrations, migrationList, migrationsDir, pendingSchemaChange, schemaPath } from "../../src/data/migrations.js";
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

  it("gives reminders queued before outbox rows named their route that route (the backfill of outbox_route)", async () => {
    database = await freshDatabase(provider);
    await applyPendingMigrations(database.url);
    const migration = readFileSync(join(migrationsDir(provider), "20261128090932_outbox_route", "migration.sql"), "utf8");
    const backfill = migration.slice(migration.indexOf("UPDATE"));
    const keys = ["12|activity_due|route:345/activity:9|2027-02-10T03:00:00.000Z", "7|approval_nudge|route:6/v2:first|2027-02-11T06:00:00.000Z", "12|weekly_digest|week:2027-02-08|2027-02-08T06:00:00.000Z"];
    const inserts = keys.map((key, i) => `INSERT INTO "OutboxMessage" ("key", "chatId", "kind", "payload", "dueAt", "nextAttemptAt") VALUES ('${key}', ${100 + i}, 'k', '{}', '2027-02-10 03:00:00', '2027-02-10 03:00:00')`);
    const rows = await runSql(provider, database.url, [...inserts, backfill], `SELECT "key", "routeId" FROM "OutboxMessage" ORDER BY "chatId"`);
    expect(rows.map((row) => row["routeId"])).toEqual([345, 6, null]);
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

/** Runs statements one after another on either database, then a query; its rows. */
async function runSql(provider: string, url: string, statements: string[], query: string): Promise<Record<string, unknown>[]> {
  if (provider === "sqlite") {
    const db = new Sqlite(url.replace(/^file:/, ""));
    try {
      for (const statement of statements) db.exec(statement);
      return db.prepare(query).all() as Record<string, unknown>[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
    return (await client.query(query)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

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

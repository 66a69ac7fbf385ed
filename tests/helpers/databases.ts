// Databases for tests: a fresh SQLite file each time, and a fresh PostgreSQL database when
// TEST_POSTGRES_URL names a server (CI sets it; elsewhere those tests skip themselves).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";

export const postgresUrl = process.env.TEST_POSTGRES_URL || undefined;

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), "iom-test-"));
  return { url: `file:${join(dir, "iom.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

export async function postgresDatabase(serverUrl = postgresUrl): Promise<TestDatabase> {
  if (!serverUrl) throw new Error("TEST_POSTGRES_URL is not set");
  const name = `iom_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export type Provider = "sqlite" | "postgresql";

/** The providers to run a suite on: always SQLite, PostgreSQL when configured. */
export const providers: Provider[] = postgresUrl ? ["sqlite", "postgresql"] : ["sqlite"];

export function freshDatabase(provider: Provider): Promise<TestDatabase> {
  return provider === "sqlite" ? Promise.resolve(sqliteDatabase()) : postgresDatabase();
}

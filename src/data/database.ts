// Opens the database named by DATABASE_URL: SQLite (the embedded default) or PostgreSQL,
// applying pending migrations first. Only the data layer sees the Prisma client.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client.js";
import { PrismaClient as PostgresClient } from "../generated/postgresql/client.js";
import { applyPendingMigrations } from "./migrations.js";
import { guardedSqlite } from "./sqlite-adapter.js";
import { providerOf, type Provider } from "./schema-engine.js";

/** The client type the repositories are written against; the PostgreSQL client has the same models. */
export type Prisma = SqliteClient;

export interface Database {
  provider: Provider;
  prisma: Prisma;
  appliedMigrations: string[];
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Connections in the PostgreSQL pool (ignored for SQLite). */
  poolSize?: number;
  /** Skip applying migrations (e.g. when another instance does it). */
  migrate?: boolean;
  sqlite?: SqliteOptions;
}

export interface SqliteOptions {
  /** How long a write waits for a lock another process holds (default 10 s). */
  lockWaitMs?: number;
  /** "wal" (default) lets readers work during a write; "delete" is for file systems without shared memory (NFS). */
  journalMode?: "wal" | "delete";
}

export function sqlitePath(url: string): string {
  return resolve(url.replace(/^file:/, "").split("?")[0]!);
}

export async function openDatabase(url: string, options: DatabaseOptions = {}): Promise<Database> {
  const provider = providerOf(url);
  if (provider === "sqlite") mkdirSync(dirname(sqlitePath(url)), { recursive: true });
  const appliedMigrations = options.migrate === false ? [] : await applyPendingMigrations(url);
  const prisma = provider === "sqlite" ? await openSqlite(url, options.sqlite) : openPostgres(url, options.poolSize ?? 10);
  return {
    provider,
    prisma,
    appliedMigrations,
    async ping() {
      try {
        await prisma.$queryRawUnsafe("SELECT 1");
        return true;
      } catch {
        return false;
      }
    },
    close: () => prisma.$disconnect(),
  };
}

/** How long a write waits for a lock another process holds before it is reported as not saved. */
export const SQLITE_LOCK_WAIT_MS = 10_000;
/** SQLite's own busy wait blocks the event loop, so it is kept short; the adapter retries asynchronously. */
const SQLITE_BUSY_TIMEOUT_MS = 50;

async function openSqlite(url: string, options: SqliteOptions = {}): Promise<Prisma> {
  const busyWaitMs = options.lockWaitMs ?? SQLITE_LOCK_WAIT_MS;
  const adapter = guardedSqlite(new PrismaBetterSqlite3({ url: `file:${sqlitePath(url)}`, timeout: SQLITE_BUSY_TIMEOUT_MS }), { busyWaitMs });
  const prisma = new SqliteClient({ adapter });
  await prisma.$queryRawUnsafe(`PRAGMA journal_mode = ${options.journalMode === "delete" ? "DELETE" : "WAL"}`);
  await prisma.$queryRawUnsafe(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  await prisma.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await prisma.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  return prisma;
}

function openPostgres(url: string, poolSize: number): Prisma {
  const adapter = new PrismaPg({ ...parseIntoClientConfig(url), max: poolSize, connectionTimeoutMillis: 10_000 } as never);
  return new PostgresClient({ adapter }) as unknown as Prisma;
}

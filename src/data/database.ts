// Opens the database named by DATABASE_URL: SQLite (the embedded default) or PostgreSQL,
// applying pending migrations first. Only the data layer sees the Prisma client.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { parseIntoClientConfig } from "pg-connection-string";
import type { PrismaClient as SqliteClient } from "../generated/sqlite/client.js";
import { applyPendingMigrations } from "./migrations.js";
import { applyPendingMigrationsApart } from "./migrate-apart.js";
import { guardedSqlite } from "./sqlite-adapter.js";
import { serialTransactions, statementName } from "./pg-adapter.js";
import { noChatLocks, postgresChatLocks, type ChatLocks } from "./chat-locks.js";
import { observedAdapter, type QueryObserver } from "./observed-adapter.js";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { wrapConnections } from "./adapter-wrapping.js";
import { driverLane, type DriverLane } from "./driver-lane.js";
import { DatabaseUnavailable } from "./errors.js";
import BetterSqlite from "better-sqlite3";
import { providerOf, type Provider } from "./schema-engine.js";

/** The client type the repositories are written against; the PostgreSQL client has the same models. */
export type Prisma = SqliteClient;

export interface Database {
  provider: Provider;
  prisma: Prisma;
  /** One chat's updates one at a time across instances (PostgreSQL; nothing to do on SQLite). */
  chatLocks: ChatLocks;
  /** The client's own connection, for the statements every update runs (driver-lane.ts). */
  lane: DriverLane;
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
  /** Apply them in a process of their own, so that the schema engine's memory is given back (the bot's process). */
  migrateApart?: boolean;
  sqlite?: SqliteOptions;
  /** Told the SQL of every statement (the benchmark counts round trips with it). */
  observeQuery?: QueryObserver;
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
  if (provider === "sqlite") checkSqliteFile(sqlitePath(url), options.sqlite?.lockWaitMs ?? SQLITE_LOCK_WAIT_MS);
  let appliedMigrations: string[] = [];
  try {
    if (options.migrate !== false) appliedMigrations = await (options.migrateApart ? applyPendingMigrationsApart : applyPendingMigrations)(url);
  } catch (error) {
    throw explainOpenFailure(error, url);
  }
  const observe = options.observeQuery;
  let connected: SqlDriverAdapter | undefined;
  const keepConnection = (factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory => ({
    ...wrapConnections(factory, (adapter) => adapter),
    connect: async () => (connected = await factory.connect()),
  });
  const watched = (factory: SqlMigrationAwareDriverAdapterFactory) => keepConnection(observe ? observedAdapter(factory, observe) : factory);
  const prisma = provider === "sqlite" ? await openSqlite(url, options.sqlite, watched) : await openPostgres(url, options.poolSize ?? 10, watched);
  const lane = driverLane(provider, async () => {
    if (!connected) await prisma.$connect();
    return connected!;
  });
  // As many lock connections as the pool has: more updates in flight than that only wait longer.
  const chatLocks = provider === "postgresql" ? postgresChatLocks(url, options.poolSize ?? 10) : noChatLocks;
  return {
    provider,
    prisma,
    chatLocks,
    lane,
    appliedMigrations,
    async ping() {
      try {
        await prisma.$queryRawUnsafe("SELECT 1");
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      await chatLocks.close();
      await prisma.$disconnect();
    },
  };
}

/** How long a write waits for a lock another process holds before it is reported as not saved. */
export const SQLITE_LOCK_WAIT_MS = 10_000;
/** SQLite's own busy wait blocks the event loop, so it is kept short; the adapter retries asynchronously. */
const SQLITE_BUSY_TIMEOUT_MS = 50;

/** Pages of the write-ahead log that start a checkpoint (see openSqlite). */
export const SQLITE_CHECKPOINT_PAGES = 4000;

type Watch = (factory: SqlMigrationAwareDriverAdapterFactory) => SqlMigrationAwareDriverAdapterFactory;

async function openSqlite(url: string, options: SqliteOptions = {}, watched: Watch): Promise<Prisma> {
  const busyWaitMs = options.lockWaitMs ?? SQLITE_LOCK_WAIT_MS;
  const adapter = watched(guardedSqlite(new PrismaBetterSqlite3({ url: `file:${sqlitePath(url)}`, timeout: SQLITE_BUSY_TIMEOUT_MS }), { busyWaitMs }));
  // Only the client of the provider in use is loaded (each brings its own query compiler).
  const { PrismaClient } = await import("../generated/sqlite/client.js");
  const prisma = new PrismaClient({ adapter });
  await prisma.$queryRawUnsafe(`PRAGMA journal_mode = ${options.journalMode === "delete" ? "DELETE" : "WAL"}`);
  await prisma.$queryRawUnsafe(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  await prisma.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await prisma.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  // The write that fills the log past this many pages copies them into the database and waits for
  // the disk twice, with the event loop stopped; SQLite's 1 000 pages did it every few hundred
  // updates (5 % fewer updates/s than with 4 000, which keep the log under ≈ 16 MB).
  await prisma.$queryRawUnsafe(`PRAGMA wal_autocheckpoint = ${SQLITE_CHECKPOINT_PAGES}`);
  return prisma;
}

async function openPostgres(url: string, poolSize: number, watched: Watch): Promise<Prisma> {
  const pool = { ...parseIntoClientConfig(url), max: poolSize, connectionTimeoutMillis: 10_000 };
  const adapter = watched(serialTransactions(new PrismaPg(pool as never, { statementNameGenerator: statementName })));
  const { PrismaClient } = await import("../generated/postgresql/client.js");
  return new PrismaClient({ adapter }) as unknown as Prisma;
}

/**
 * Before anything else touches the file: can it be opened and written? Another program's lock
 * is waited for `waitMs`. Each failure becomes one sentence saying what to do.
 */
function checkSqliteFile(path: string, waitMs: number): void {
  let connection: BetterSqlite.Database | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    connection = new BetterSqlite(path, { timeout: waitMs });
    connection.exec("BEGIN IMMEDIATE");
    connection.exec(`PRAGMA user_version = ${Number(connection.pragma("user_version", { simple: true }))}`);
    connection.exec("ROLLBACK");
  } catch (error) {
    throw explainSqliteFailure(error, path, waitMs) ?? error;
  } finally {
    connection?.close();
  }
}

function explainSqliteFailure(error: unknown, path: string, waitMs: number): DatabaseUnavailable | undefined {
  const code = String((error as { code?: unknown }).code ?? "");
  if (code.startsWith("SQLITE_BUSY") || /SocketTimeout|database is locked/.test(String(error))) {
    return new DatabaseUnavailable(
      `The database file ${path} is locked by another program (another copy of the bot, a backup or a database browser) and stayed locked for ${Math.round(waitMs / 1000)} s: close that program, then start the bot again.`,
    );
  }
  if (code.startsWith("SQLITE_READONLY") || code === "EACCES" || code === "EROFS" || code === "EPERM") {
    return new DatabaseUnavailable(
      `The database file ${path} cannot be written (the file or its folder is read-only): give the user running the bot write access to both, or set DATABASE_URL to a writable place.`,
    );
  }
  if (code.startsWith("SQLITE_CANTOPEN")) {
    return new DatabaseUnavailable(`The database file ${path} cannot be opened or created: check that its folder exists and the user running the bot may write there, or set DATABASE_URL.`);
  }
  if (code.startsWith("SQLITE_FULL") || code === "ENOSPC") return new DatabaseUnavailable(`The disk holding ${path} is full: free some space, then start the bot again.`);
  if (code.startsWith("SQLITE_NOTADB") || code.startsWith("SQLITE_CORRUPT")) {
    return new DatabaseUnavailable(`${path} is not a readable SQLite database (damaged, or another kind of file): restore it from a backup (README, "Backups") or set DATABASE_URL to another file.`);
  }
  return undefined;
}

function explainOpenFailure(error: unknown, url: string): unknown {
  const message = error instanceof Error ? error.message : String(error);
  if (providerOf(url) === "sqlite") return explainSqliteFailure(error, sqlitePath(url), SQLITE_LOCK_WAIT_MS) ?? error;
  const unreachable = /Can't reach database server at `([^`]+)`/.exec(message);
  if (unreachable) return new DatabaseUnavailable(`Cannot reach PostgreSQL at ${unreachable[1]}: check that the server is running and that DATABASE_URL names it.`);
  if (/denied access|Authentication failed|password authentication/i.test(message)) return new DatabaseUnavailable("PostgreSQL refused the user or the password given in DATABASE_URL: check them.");
  const missing = /Database `([^`]+)` does not exist/.exec(message);
  if (missing) return new DatabaseUnavailable(`The database "${missing[1]}" does not exist on the PostgreSQL server: create it (createdb ${missing[1]}) or correct DATABASE_URL.`);
  return error;
}

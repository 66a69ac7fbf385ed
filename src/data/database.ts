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
}

export function sqlitePath(url: string): string {
  return resolve(url.replace(/^file:/, "").split("?")[0]!);
}

export async function openDatabase(url: string, options: DatabaseOptions = {}): Promise<Database> {
  const provider = providerOf(url);
  if (provider === "sqlite") mkdirSync(dirname(sqlitePath(url)), { recursive: true });
  const appliedMigrations = options.migrate === false ? [] : await applyPendingMigrations(url);
  const prisma = provider === "sqlite" ? await openSqlite(url) : openPostgres(url, options.poolSize ?? 10);
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

async function openSqlite(url: string): Promise<Prisma> {
  const adapter = new PrismaBetterSqlite3({ url: `file:${sqlitePath(url)}`, timeout: 10_000 });
  const prisma = new SqliteClient({ adapter });
  // WAL lets readers work while a write is in progress; the busy timeout waits for a lock instead of failing.
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 10000");
  await prisma.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await prisma.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  return prisma;
}

function openPostgres(url: string, poolSize: number): Prisma {
  const adapter = new PrismaPg({ ...parseIntoClientConfig(url), max: poolSize, connectionTimeoutMillis: 10_000 } as never);
  return new PostgresClient({ adapter }) as unknown as Prisma;
}

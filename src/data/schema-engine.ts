// Prisma's schema engine as WebAssembly (the native engine cannot be downloaded everywhere).
// Its entry imports the .wasm file the bundler way, which Node refuses, so we instantiate it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

export type Provider = "sqlite" | "postgresql";

export function providerOf(url: string): Provider {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}

let wasmReady = false;

function loadWasm(): void {
  if (wasmReady) return;
  const require = createRequire(import.meta.url);
  const wasmPath = join(dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
  const module = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
  (bg as unknown as { __wbg_set_wasm(exports: WebAssembly.Exports): void }).__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  wasmReady = true;
}

export interface OpenSchemaEngine {
  engine: SchemaEngine;
  close(): Promise<void>;
}

/** A schema engine bound to the database at `url`; `close()` disposes every connection it opened. */
export async function openSchemaEngine(url: string, schema: { path: string; content: string }): Promise<OpenSchemaEngine> {
  loadWasm();
  const tracker = new ConnectionTracker();
  const factory = providerOf(url) === "postgresql" ? postgresFactory(url, tracker) : sqliteFactory(url, tracker);
  const { SchemaEngine } = bg as unknown as { SchemaEngine: typeof import("@prisma/schema-engine-wasm").SchemaEngine };
  const engine = await SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, () => undefined, bindMigrationAwareSqlAdapterFactory(factory));
  return {
    engine,
    async close() {
      engine.free();
      await tracker.disposeAll();
    },
  };
}

class ConnectionTracker {
  private readonly adapters = new Set<SqlDriverAdapter>();

  track<T extends SqlDriverAdapter>(adapter: T, afterDispose?: () => Promise<void>): T {
    const dispose = adapter.dispose.bind(adapter);
    let disposed = false;
    adapter.dispose = async () => {
      if (disposed) return;
      disposed = true;
      this.adapters.delete(adapter);
      await dispose();
      await afterDispose?.();
    };
    this.adapters.add(adapter);
    return adapter;
  }

  async disposeAll(): Promise<void> {
    // Closing: a connection that fails to close has nothing left to lose.
    for (const adapter of [...this.adapters]) await adapter.dispose().catch(() => undefined);
  }
}

function isScript(query: SqlQuery): boolean {
  return query.args.length === 0 && query.sql.trim().replace(/;\s*$/, "").includes(";");
}

function sqliteFactory(url: string, tracker: ConnectionTracker): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaBetterSqlite3({ url, timeout: 10_000 });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => tracker.track(await inner.connect()),
    connectToShadowDb: async () => {
      const adapter = await inner.connectToShadowDb();
      // The engine replays whole migration files through executeRaw when it diffs; better-sqlite3
      // prepares one statement at a time, so multi-statement text goes through executeScript.
      const executeRaw = adapter.executeRaw.bind(adapter);
      adapter.executeRaw = async (query) => {
        if (!isScript(query)) return executeRaw(query);
        await adapter.executeScript(query.sql);
        return 0;
      };
      return tracker.track(adapter);
    },
  };
}

/** The engine reads catalog columns of type "char" (OID 18), which the pg adapter does not map: read them as text. */
class CatalogFriendlyClient extends pg.Client {
  override query(...args: unknown[]): never {
    const fix = (result: pg.QueryResult | undefined) => {
      for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
      return result;
    };
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last] as (error: Error | null, result?: pg.QueryResult) => void;
      args[last] = (error: Error | null, result?: pg.QueryResult) => callback(error, fix(result));
    } else if (args[0] && typeof args[0] === "object" && typeof (args[0] as { callback?: unknown }).callback === "function") {
      const config = args[0] as { callback: (error: Error | null, result?: pg.QueryResult) => void };
      const callback = config.callback;
      config.callback = (error, result) => callback(error, fix(result));
    }
    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    if (returned && typeof (returned as Promise<pg.QueryResult>).then === "function") {
      return (returned as Promise<pg.QueryResult>).then(fix) as never;
    }
    return returned as never;
  }
}

function postgresFactory(url: string, tracker: ConnectionTracker): SqlMigrationAwareDriverAdapterFactory {
  const config = { ...parseIntoClientConfig(url), Client: CatalogFriendlyClient } as pg.PoolConfig;
  const open = (database?: string) => new PrismaPg(new pg.Pool({ ...config, ...(database ? { database } : {}), max: 2 }), { disposeExternalPool: true });
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => tracker.track(await open().connect()),
    connectToShadowDb: async () => {
      const name = `iom_shadow_${randomBytes(8).toString("hex")}`;
      await adminQuery(config, `CREATE DATABASE "${name}"`);
      const adapter = await open(name).connect();
      return tracker.track(adapter, () => adminQuery(config, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function adminQuery(config: pg.PoolConfig, sql: string): Promise<void> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

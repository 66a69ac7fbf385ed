// The SQLite driver adapter, made safe for a bot that handles several updates at once.
//
// Prisma's better-sqlite3 adapter shares one connection between transactions and plain
// queries. Two things follow, both losing writes a user was told were saved:
//  - a plain write that runs while another update's transaction is open joins that
//    transaction and disappears with it if it rolls back;
//  - a COMMIT refused with SQLITE_BUSY leaves the transaction open on the connection, and
//    every later write goes into it, never committed (prisma/orm#29933).
// So every query waits its turn behind an open transaction, a transaction that ends with the
// connection still inside it is rolled back, and a statement refused because another process
// holds the lock is retried here, asynchronously, for a while, instead of blocking the event
// loop in SQLite's busy handler (chats that only read go on meanwhile). Statements are prepared
// once per connection and kept (see withStatementCache).
import type { Database as BetterSqlite, Statement } from "better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { savepointsOf, wrapConnections } from "./adapter-wrapping.js";

const SQLITE_MAX_VARIABLES = 32_766;

export interface SqliteGuardOptions {
  /** How long a statement refused by another process's lock is retried, in total. */
  busyWaitMs: number;
}

export function guardedSqlite(factory: SqlMigrationAwareDriverAdapterFactory, options: SqliteGuardOptions): SqlMigrationAwareDriverAdapterFactory {
  return wrapConnections(factory, (adapter) => guardAdapter(adapter, options));
}

function guardAdapter(adapter: SqlDriverAdapter, options: SqliteGuardOptions): SqlDriverAdapter {
  const held = adapter as unknown as { client: BetterSqlite };
  const connection = held.client;
  held.client = withStatementCache(connection);
  const turn = new Turn();
  const retried = <T>(run: () => Promise<T>) => retryWhileLocked(run, options.busyWaitMs);
  const inTurn = <T>(run: () => Promise<T>) => turn.take(() => retried(run));
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query: SqlQuery) => inTurn(() => adapter.queryRaw(query)),
    executeRaw: (query: SqlQuery) => inTurn(() => adapter.executeRaw(query)),
    executeScript: (script: string) => turn.take(() => adapter.executeScript(script)),
    // better-sqlite3 is built with SQLITE_MAX_VARIABLE_NUMBER=32766; unless told, Prisma assumes SQLite's old 999.
    getConnectionInfo: () => ({ supportsRelationJoins: false, ...adapter.getConnectionInfo?.(), maxBindValues: SQLITE_MAX_VARIABLES }),
    dispose: () => adapter.dispose(),
    async startTransaction(isolationLevel) {
      const release = await turn.wait();
      try {
        leaveOpenTransaction(connection);
        return guardTransaction(await adapter.startTransaction(isolationLevel), connection, release, retried);
      } catch (error) {
        release();
        throw error;
      }
    },
  };
}

function guardTransaction(transaction: Transaction, connection: BetterSqlite, release: () => void, retried: <T>(run: () => Promise<T>) => Promise<T>): Transaction {
  let released = false;
  const end = async (finish: () => Promise<void>) => {
    try {
      leaveOpenTransaction(connection);
      await finish();
    } finally {
      if (!released) {
        released = true;
        release();
      }
    }
  };
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    queryRaw: (query) => retried(() => transaction.queryRaw(query)),
    executeRaw: (query) => retried(() => transaction.executeRaw(query)),
    ...savepointsOf(transaction),
    commit: () => end(() => transaction.commit()),
    rollback: () => end(() => transaction.rollback()),
  };
}

/** After a COMMIT that failed, SQLite keeps the transaction open: nothing may write into it. */
function leaveOpenTransaction(connection: BetterSqlite): void {
  if (!connection.inTransaction) return;
  try {
    connection.exec("ROLLBACK");
  } catch {
    // A connection that cannot roll back is reported by the next statement.
  }
}

/** What Prisma's adapter asks of a statement: bound once with all its arguments, then run or read raw. */
interface AdapterStatement {
  readonly reader: boolean;
  bind(args: unknown[]): AdapterStatement;
  columns(): unknown[];
  raw(): AdapterStatement;
  all(): unknown[];
  run(): unknown;
}

/** Statements kept per connection, by their text; statements whose text varies (lists of ids) push out the oldest. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Prisma's adapter prepares every statement anew and binds it for good (a better-sqlite3 statement
 * cannot be bound twice), ≈ 10–25 µs per statement: a third to a half of running it. Here
 * `prepare` hands out a statement prepared once, whose arguments are given when it runs.
 */
function withStatementCache(connection: BetterSqlite): BetterSqlite {
  const statements = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = connection.prepare(sql);
      if (statement.reader) statement.raw(true);
      if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
      statements.set(sql, statement);
    }
    return statement;
  };
  const prepare = (sql: string): AdapterStatement => boundWhenRun(prepared(sql), []);
  return new Proxy(connection, {
    get(target, property) {
      if (property === "prepare") return prepare;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function boundWhenRun(statement: Statement, args: unknown[]): AdapterStatement {
  const view: AdapterStatement = {
    reader: statement.reader,
    bind: (given) => boundWhenRun(statement, given),
    columns: () => statement.columns(),
    raw: () => view,
    all: () => statement.all(args),
    run: () => statement.run(args),
  };
  return view;
}

/** SQLITE_BUSY: another process holds the lock. Not BUSY_SNAPSHOT, which waiting cannot fix. */
export function isLockedByAnotherProcess(error: unknown): boolean {
  const cause = (error as { cause?: { originalCode?: unknown } } | undefined)?.cause;
  return cause?.originalCode === "SQLITE_BUSY";
}

async function retryWhileLocked<T>(run: () => Promise<T>, waitMs: number): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (let pause = 10; ; pause = Math.min(pause * 2, 250)) {
    try {
      return await run();
    } catch (error) {
      if (!isLockedByAnotherProcess(error) || Date.now() + pause > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/** One user of the connection at a time, in arrival order. */
class Turn {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves with the function that ends this turn. */
  wait(): Promise<() => void> {
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => ended);
    return previous.then(() => end);
  }

  async take<T>(run: () => Promise<T>): Promise<T> {
    const end = await this.wait();
    try {
      return await run();
    } finally {
      end();
    }
  }
}

// A driver adapter that tells, for each statement sent to the database, its SQL: the benchmark
// counts round trips per update with it. A transaction's BEGIN is told as such.
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { savepointsOf, wrapConnections } from "./adapter-wrapping.js";

export type QueryObserver = (sql: string) => void;

export function observedAdapter(factory: SqlMigrationAwareDriverAdapterFactory, observe: QueryObserver): SqlMigrationAwareDriverAdapterFactory {
  return wrapConnections(factory, (adapter) => observeAdapter(adapter, observe));
}

function observeAdapter(adapter: SqlDriverAdapter, observe: QueryObserver): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query: SqlQuery) => (observe(query.sql), adapter.queryRaw(query)),
    executeRaw: (query: SqlQuery) => (observe(query.sql), adapter.executeRaw(query)),
    executeScript: (script: string) => adapter.executeScript(script),
    ...(adapter.getConnectionInfo ? { getConnectionInfo: () => adapter.getConnectionInfo!() } : {}),
    dispose: () => adapter.dispose(),
    async startTransaction(isolationLevel) {
      observe("BEGIN");
      return observeTransaction(await adapter.startTransaction(isolationLevel), observe);
    },
  };
}

function observeTransaction(transaction: Transaction, observe: QueryObserver): Transaction {
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    queryRaw: (query) => (observe(query.sql), transaction.queryRaw(query)),
    executeRaw: (query) => (observe(query.sql), transaction.executeRaw(query)),
    ...savepointsOf(transaction),
    // Prisma sends COMMIT and ROLLBACK as statements of their own (seen above); BEGIN it does not.
    commit: () => transaction.commit(),
    rollback: () => transaction.rollback(),
  };
}

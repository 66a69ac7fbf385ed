// The PostgreSQL driver adapter: a transaction's statements sent one after another, and the
// statements every update sends prepared once per connection.
//
// Prisma's query interpreter runs independent parts of one query at once (Array.map over a
// node's children); inside a transaction they all go to its single connection, and node-postgres
// warns, "Calling client.query() when the client is already executing a query is deprecated and
// will be removed in pg@9.0". It queues them today; pg 9 will not. Here they wait their turn.
import { createHash } from "node:crypto";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { savepointsOf, wrapConnections } from "./adapter-wrapping.js";

export function serialTransactions(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return wrapConnections(factory, serialAdapter);
}

function serialAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    executeScript: (script) => adapter.executeScript(script),
    ...(adapter.getConnectionInfo ? { getConnectionInfo: () => adapter.getConnectionInfo!() } : {}),
    dispose: () => adapter.dispose(),
    startTransaction: async (isolationLevel) => serialTransaction(await adapter.startTransaction(isolationLevel)),
  };
}

function serialTransaction(transaction: Transaction): Transaction {
  let last: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const result = last.then(run, run);
    last = result.catch(() => undefined);
    return result;
  };
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    queryRaw: (query) => inTurn(() => transaction.queryRaw(query)),
    executeRaw: (query) => inTurn(() => transaction.executeRaw(query)),
    ...savepointsOf(transaction),
    commit: () => inTurn(() => transaction.commit()),
    rollback: () => inTurn(() => transaction.rollback()),
  };
}

/** Statements with more arguments than this are lists of ids, whose length varies: not kept. */
const MAX_KEPT_ARGUMENTS = 20;
const names = new Map<string, string>();

/**
 * A name for a statement, under which each connection prepares it once: PostgreSQL parses and
 * plans it the first time only. Lists of ids (a statement's text varies with their length) and
 * statements beyond the first thousand texts are sent unnamed, so what a connection keeps is bounded.
 */
export function statementName(query: SqlQuery): string {
  if (query.args.length > MAX_KEPT_ARGUMENTS) return undefined as unknown as string;
  let name = names.get(query.sql);
  if (name === undefined && names.size < 1000) names.set(query.sql, (name = `iom_${createHash("sha1").update(query.sql).digest("hex").slice(0, 24)}`));
  return name as string;
}

import { describe, expect, it } from "vitest";
import { serialTransactions, statementName } from "../../src/data/pg-adapter.js";
import { openDatabase } from "../../src/data/index.js";
import { postgresDatabase, postgresUrl } from "../helpers/databases.js";

// The driver adapter's types, as the data layer's functions take them (tests do not import Prisma).
type SqlMigrationAwareDriverAdapterFactory = Parameters<typeof serialTransactions>[0];
type SqlDriverAdapter = Awaited<ReturnType<SqlMigrationAwareDriverAdapterFactory["connect"]>>;
type Transaction = Awaited<ReturnType<SqlDriverAdapter["startTransaction"]>>;
type SqlQuery = Parameters<Transaction["queryRaw"]>[0];

/** A transaction that records how many of its statements ran at once. */
function countingTransaction() {
  const seen = { running: 0, most: 0, order: [] as string[] };
  const run = async (query: SqlQuery) => {
    seen.running++;
    seen.most = Math.max(seen.most, seen.running);
    await new Promise((resolve) => setTimeout(resolve, 5));
    seen.order.push(query.sql);
    seen.running--;
    if (query.sql === "FAILS") throw new Error("refused");
  };
  const transaction = {
    provider: "postgres",
    adapterName: "counting",
    options: { usePhantomQuery: false },
    queryRaw: async (query: SqlQuery) => (await run(query), { columnNames: [], columnTypes: [], rows: [] }),
    executeRaw: async (query: SqlQuery) => (await run(query), 1),
    commit: async () => undefined,
    rollback: async () => undefined,
  } as unknown as Transaction;
  const adapter = { provider: "postgres", adapterName: "counting", startTransaction: async () => transaction, dispose: async () => undefined } as unknown as SqlDriverAdapter;
  const factory = { provider: "postgres", adapterName: "counting", connect: async () => adapter, connectToShadowDb: async () => adapter } as unknown as SqlMigrationAwareDriverAdapterFactory;
  return { seen, factory };
}

const query = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

describe("PostgreSQL transactions", () => {
  it("send statements asked for at once one after another, in the order asked, and go on after a failed one", async () => {
    const { seen, factory } = countingTransaction();
    const transaction = await (await serialTransactions(factory).connect()).startTransaction();
    const outcomes = await Promise.allSettled([transaction.queryRaw(query("A")), transaction.executeRaw(query("B")), transaction.executeRaw(query("FAILS")), transaction.queryRaw(query("C"))]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    expect(seen.most).toBe(1);
    expect(seen.order).toEqual(["A", "B", "FAILS", "C"]);
  });

  it("name a statement by its text, so each connection prepares it once; lists of ids stay unnamed", () => {
    const select = (n: number) => ({ sql: `SELECT 1 WHERE 1 IN (${Array.from({ length: n }, (_, i) => `$${i + 1}`).join(", ")})`, args: Array.from({ length: n }, () => 1), argTypes: [] });
    expect(statementName(select(2))).toMatch(/^iom_[0-9a-f]{24}$/);
    expect(statementName(select(2))).toBe(statementName(select(2)));
    expect(statementName(select(3))).not.toBe(statementName(select(2)));
    expect(statementName(select(500))).toBeUndefined();
  });

  it.skipIf(!postgresUrl)("run queries a transaction asks for at once, on the real server", async () => {
    const test = await postgresDatabase();
    const database = await openDatabase(test.url);
    try {
      const counts = await database.prisma.$transaction(async (tx) => Promise.all([tx.user.count(), tx.route.count(), tx.organisation.count()]));
      expect(counts).toEqual([0, 0, 0]);
    } finally {
      await database.close();
      await test.drop();
    }
  });
});

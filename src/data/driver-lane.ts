// Statements sent straight to the driver adapter, past the Prisma client, for the few that every
// update runs (its claim and done mark, the session, the user). Through the client each statement
// costs ≈ 0,2 ms of CPU (query building, the query compiler, result mapping); through the adapter
// ≈ 0,02 ms (bench/WHERE-THE-TIME-GOES.md). The adapter is the client's own connection, so SQLite's
// guard (one transaction at a time, retries on another process's lock) and the statement counts of
// the benchmark hold for these statements too.
//
// SQL is written once, with `?` placeholders and double-quoted names, in the dialect both SQLite
// and PostgreSQL understand (`INSERT … ON CONFLICT`).
import { ColumnTypeEnum, type ArgType, type SqlDriverAdapter, type SqlQuery, type SqlResultSet } from "@prisma/driver-adapter-utils";
import type { Provider } from "./schema-engine.js";
import { postgresCodeOf } from "./errors.js";

export type LaneArg = string | number | bigint | boolean | Date | null;
export type LaneRow = Record<string, unknown>;
export type LaneStatement = {
  sql: string;
  args: LaneArg[];
  /** How many rows it must change; otherwise the whole transaction is rolled back (`LaneExpectationFailed`). */
  changes?: number;
};

/** A statement of a lane transaction changed another number of rows than it had to: nothing was written. */
export class LaneExpectationFailed extends Error {
  override name = "LaneExpectationFailed";
}

export interface DriverLane {
  /** Rows of a query, values converted: 64-bit integers to numbers, timestamps to dates. */
  rows(sql: string, args: LaneArg[]): Promise<LaneRow[]>;
  /** Runs a statement; the number of rows it changed. */
  run(sql: string, args: LaneArg[]): Promise<number>;
  /** Runs the statements in one transaction; the rows each changed. */
  transaction(statements: LaneStatement[]): Promise<number[]>;
  /**
   * Runs writes all or none (`changes` as in a transaction: `LaneExpectationFailed`, nothing
   * written), in one round trip where the database allows it: on PostgreSQL one statement, the
   * writes as data-modifying parts of a WITH. They all see the database as it was before any of
   * them, so no write may touch a row another one writes or depend on another's effect; on SQLite
   * they are a transaction.
   */
  atomically(writes: LaneStatement[]): Promise<void>;
}

/** A lane over the adapter `connected()` gives once the client has connected. */
export function driverLane(provider: Provider, connected: () => Promise<SqlDriverAdapter>): DriverLane {
  const query = (sql: string, args: LaneArg[]) => toQuery(provider === "postgresql" ? numbered(sql) : sql, args);
  const run = async (sql: string, args: LaneArg[]) => (await connected()).executeRaw(query(sql, args));
  return {
    async rows(sql, args) {
      return objectsOf(await (await connected()).queryRaw(query(sql, args)));
    },
    run,
    async atomically(writes) {
      if (writes.length === 1 && writes[0]!.changes === undefined) return void (await run(writes[0]!.sql, writes[0]!.args));
      if (provider !== "postgresql") return void (await transaction(writes));
      try {
        await run(oneStatement(writes), writes.flatMap((write) => write.args));
      } catch (error) {
        if (postgresCodeOf(error) === DIVISION_BY_ZERO) throw new LaneExpectationFailed("a write changed another number of rows than it had to");
        throw error;
      }
    },
    transaction,
  };

  async function transaction(statements: LaneStatement[]): Promise<number[]> {
    const transaction = await (await connected()).startTransaction();
    // The adapter opens the transaction; as the client does, COMMIT and ROLLBACK are sent as statements before it is let go.
    const end = (sql: string) => transaction.executeRaw(toQuery(sql, []));
    try {
      const changed: number[] = [];
      for (const statement of statements) {
        const count = await transaction.executeRaw(query(statement.sql, statement.args));
        if (statement.changes !== undefined && count !== statement.changes) throw new LaneExpectationFailed(`${count} rows changed instead of ${statement.changes}`);
        changed.push(count);
      }
      await end("COMMIT");
      await transaction.commit();
      return changed;
    } catch (error) {
      // The statement's failure is what the caller is told, not a failure to roll back after it.
      await end("ROLLBACK").catch(() => undefined);
      await transaction.rollback().catch(() => undefined);
      throw error;
    }
  }
}

const DIVISION_BY_ZERO = "22012";

/**
 * The writes as parts of one WITH. Its query checks the rows each write with `changes` returned
 * and divides by zero when a count is wrong: the error undoes the whole statement.
 */
function oneStatement(writes: LaneStatement[]): string {
  const parts = writes.map((write, i) => `w${i} AS (${write.sql}${write.changes === undefined ? "" : " RETURNING 1"})`);
  const checks = writes.flatMap((write, i) => (write.changes === undefined ? [] : [`(SELECT count(*) FROM w${i}) = ${write.changes}`]));
  return `WITH ${parts.join(", ")} SELECT 1 / (${checks.length ? checks.join(" AND ") : "true"})::int`;
}

/** PostgreSQL numbers its placeholders; the lane's SQL has no `?` other than placeholders. */
function numbered(sql: string): string {
  let text = numberedTexts.get(sql);
  if (text === undefined) {
    let n = 0;
    text = sql.replace(/\?/g, () => `$${++n}`);
    // Texts with lists of ids vary; the few hundred others are the same on every run.
    if (numberedTexts.size >= 500) numberedTexts.clear();
    numberedTexts.set(sql, text);
  }
  return text;
}
const numberedTexts = new Map<string, string>();

function toQuery(sql: string, args: LaneArg[]): SqlQuery {
  return { sql, args, argTypes: args.map(argTypeOf) };
}

const scalar = (scalarType: ArgType["scalarType"]): ArgType => Object.freeze({ scalarType, arity: "scalar" });
// One of each, shared by every statement: a statement's arguments are typed on every run.
const ARG_TYPES = { datetime: scalar("datetime"), bigint: scalar("bigint"), int: scalar("int"), float: scalar("float"), boolean: scalar("boolean"), unknown: scalar("unknown"), string: scalar("string") };

function argTypeOf(arg: LaneArg): ArgType {
  if (arg instanceof Date) return ARG_TYPES.datetime;
  if (typeof arg === "bigint") return ARG_TYPES.bigint;
  if (typeof arg === "number") return Number.isInteger(arg) ? ARG_TYPES.int : ARG_TYPES.float;
  if (typeof arg === "boolean") return ARG_TYPES.boolean;
  return arg === null ? ARG_TYPES.unknown : ARG_TYPES.string;
}

function objectsOf(result: SqlResultSet): LaneRow[] {
  return result.rows.map((values) => {
    const row: LaneRow = {};
    result.columnNames.forEach((name, i) => (row[name] = valueOf(values[i], result.columnTypes[i])));
    return row;
  });
}

function valueOf(value: unknown, type: number | undefined): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case ColumnTypeEnum.Int64:
      return Number(value);
    case ColumnTypeEnum.DateTime:
      return new Date(value as string);
    case ColumnTypeEnum.Boolean:
      return value === true || value === 1 || value === "1" || value === "t" || value === "true";
    default:
      return value;
  }
}

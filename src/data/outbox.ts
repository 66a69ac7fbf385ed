// The durable notification outbox. A row's key (recipient, kind, subject, due moment) is unique,
// so a reminder is created once however often it is planned; rows are claimed with a lease
// (compare-and-set), so several instances never send the same row.
import { randomBytes } from "node:crypto";
import type { Prisma } from "./database.js";
import { parseStored } from "./json.js";
import type { DriverLane, LaneRow } from "./driver-lane.js";

export type OutboxStatus = "pending" | "sent" | "failed" | "dropped";

export interface OutboxInput {
  key: string;
  userId: number;
  chatId: bigint;
  kind: string;
  payload: Record<string, unknown>;
  dueAt: Date;
  notAfter?: Date;
  /** The route the reminder is about, if any (see removePending). */
  routeId?: number;
}

export interface OutboxRow {
  id: number;
  /** The claim this row was taken with, and until when it holds. */
  lockedBy: string | null;
  lockedUntil: Date | null;
  key: string;
  userId: number | null;
  chatId: bigint;
  kind: string;
  payload: Record<string, unknown>;
  dueAt: Date;
  notAfter: Date | null;
  attempts: number;
  nextAttemptAt: Date;
}

export function outboxKey(userId: number, kind: string, subject: string, dueAt: Date): string {
  return `${userId}|${kind}|${subject}|${dueAt.toISOString()}`;
}

const UNLOCKED = `"lockedBy" = NULL, "lockedUntil" = NULL`;
/**
 * Still to send, written so that no index can serve it: compared as written, the status would let
 * SQLite's planner (it has no statistics) walk the status index, i.e. nearly every row, instead of
 * the ids, the route or the person the statement is about (a claim of 500 ids: 30 ms at 300 000
 * rows instead of 1 ms). Where the status should choose the rows ("what is due") it is written plainly.
 */
const PENDING = `"status" || '' = 'pending'`;
/** Not held by a live claim (the moment is the statement's next argument). */
const FREE = `("lockedUntil" IS NULL OR "lockedUntil" < ?)`;
const ENQUEUED = `"key", "userId", "chatId", "kind", "payload", "dueAt", "notAfter", "nextAttemptAt", "routeId", "createdAt"`;
/** Rows per statement: 10 values each, well under SQLite's and PostgreSQL's limits on parameters. */
const ENQUEUE_BATCH = 200;

function toOutboxRow(row: LaneRow): OutboxRow {
  const date = (value: unknown) => (value === null ? null : new Date(value as Date));
  return {
    id: Number(row["id"]),
    lockedBy: row["lockedBy"] as string | null,
    lockedUntil: date(row["lockedUntil"]),
    key: row["key"] as string,
    userId: row["userId"] === null ? null : Number(row["userId"]),
    chatId: BigInt(row["chatId"] as number),
    kind: row["kind"] as string,
    payload: parseStored<Record<string, unknown>>(row["payload"] as string, {}),
    dueAt: date(row["dueAt"])!,
    notAfter: date(row["notAfter"]),
    attempts: Number(row["attempts"]),
    nextAttemptAt: date(row["nextAttemptAt"])!,
  };
}

export function outboxRepository(prisma: Prisma, lane: DriverLane) {
  return {
    /** Adds rows whose key is new; returns how many were added. */
    async enqueue(rows: OutboxInput[]): Promise<number> {
      let added = 0;
      const at = new Date();
      for (let from = 0; from < rows.length; from += ENQUEUE_BATCH) {
        const batch = rows.slice(from, from + ENQUEUE_BATCH);
        const values = batch.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").join(", ");
        const args = batch.flatMap((row) => [row.key, row.userId, row.chatId, row.kind, JSON.stringify(row.payload), row.dueAt, row.notAfter ?? null, row.dueAt, row.routeId ?? null, at]);
        added += await lane.run(`INSERT INTO "OutboxMessage" (${ENQUEUED}) VALUES ${values} ON CONFLICT ("key") DO NOTHING`, args);
      }
      return added;
    },

    /** Removes a route's pending rows (it was re-planned after a change). */
    async removePending(routeId: number): Promise<number> {
      return lane.run(`DELETE FROM "OutboxMessage" WHERE "routeId" = ? AND ${PENDING}`, [routeId]);
    },

    /**
     * Claims up to `limit` due rows for `owner` until `leaseUntil`: rows another instance holds
     * are skipped (the compare-and-set sees their lease), so no row is claimed twice.
     */
    async claimDue(now: Date, limit: number, owner: string, leaseUntil: Date): Promise<OutboxRow[]> {
      const candidates = await lane.rows(
        `SELECT "id" FROM "OutboxMessage" WHERE "status" = 'pending' AND "nextAttemptAt" <= ? AND ${FREE} ORDER BY "nextAttemptAt", "id" LIMIT ?`,
        [now, now, Math.min(limit, 500)],
      );
      if (!candidates.length) return [];
      const token = `${owner}:${randomBytes(6).toString("hex")}`;
      const ids = candidates.map((c) => Number(c["id"]));
      const list = ids.map(() => "?").join(", ");
      await lane.run(`UPDATE "OutboxMessage" SET "lockedBy" = ?, "lockedUntil" = ? WHERE "id" IN (${list}) AND ${PENDING} AND ${FREE}`, [token, leaseUntil, ...ids, now]);
      // By id (the key), not by the token alone: that column has no index and the table holds every route's schedule.
      const rows = await lane.rows(`SELECT * FROM "OutboxMessage" WHERE "id" IN (${list}) AND "lockedBy" = ? ORDER BY "nextAttemptAt", "id"`, [...ids, token]);
      return rows.map(toOutboxRow);
    },

    // The four below run once per reminder: through the lane (driver-lane.ts).
    /** Extends a claim just before sending; false when the lease ran out and someone else took the row. */
    async renewLease(id: number, claim: string, until: Date): Promise<boolean> {
      return (await lane.run(`UPDATE "OutboxMessage" SET "lockedUntil" = ? WHERE "id" = ? AND "lockedBy" = ? AND "status" = 'pending'`, [until, id, claim])) === 1;
    },
    async markSent(id: number, at: Date): Promise<void> {
      await lane.run(`UPDATE "OutboxMessage" SET "status" = 'sent', "sentAt" = ?, ${UNLOCKED}, "attempts" = "attempts" + 1 WHERE "id" = ?`, [at, id]);
    },
    /** Puts a row back to wait until `at` (quiet hours, a holiday, a 429, a retry). */
    async postpone(id: number, at: Date, options: { failed?: string } = {}): Promise<void> {
      const failed = options.failed ? `, "attempts" = "attempts" + 1, "lastError" = ?` : "";
      await lane.run(`UPDATE "OutboxMessage" SET "nextAttemptAt" = ?, ${UNLOCKED}${failed} WHERE "id" = ?`, options.failed ? [at, options.failed, id] : [at, id]);
    },
    async finish(id: number, status: "failed" | "dropped", reason: string): Promise<void> {
      await lane.run(`UPDATE "OutboxMessage" SET "status" = ?, "lastError" = ?, ${UNLOCKED} WHERE "id" = ?`, [status, reason, id]);
    },
    async dropPendingOf(userId: number, reason: string): Promise<number> {
      return lane.run(`UPDATE "OutboxMessage" SET "status" = 'dropped', "lastError" = ? WHERE "userId" = ? AND ${PENDING}`, [reason, userId]);
    },
    async pruneFinished(before: Date): Promise<number> {
      const result = await prisma.outboxMessage.deleteMany({ where: { status: { not: "pending" }, dueAt: { lt: before } } });
      return result.count;
    },
    async byId(id: number) {
      return prisma.outboxMessage.findUnique({ where: { id } });
    },
    async counts(): Promise<Record<string, number>> {
      const groups = await prisma.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } });
      return Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
    },
    async backlog(now: Date): Promise<number> {
      return prisma.outboxMessage.count({ where: { status: "pending", nextAttemptAt: { lte: now } } });
    },
    all: () => prisma.outboxMessage.findMany({ orderBy: { id: "asc" } }),
  };
}

export type OutboxRepository = ReturnType<typeof outboxRepository>;

// The durable notification outbox. A row's key (recipient, kind, subject, due moment) is unique,
// so a reminder is created once however often it is planned; rows are claimed with a lease
// (compare-and-set), so several instances never send the same row.
import { randomBytes } from "node:crypto";
import type { Prisma } from "./database.js";
import { isUniqueViolation } from "./errors.js";
import { parseStored } from "./json.js";
import type { DriverLane } from "./driver-lane.js";

export type OutboxStatus = "pending" | "sent" | "failed" | "dropped";

export interface OutboxInput {
  key: string;
  userId: number;
  chatId: bigint;
  kind: string;
  payload: Record<string, unknown>;
  dueAt: Date;
  notAfter?: Date;
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

export function outboxRepository(prisma: Prisma, lane: DriverLane) {
  return {
    /** Adds rows whose key is new; returns how many were added. */
    async enqueue(rows: OutboxInput[]): Promise<number> {
      let added = 0;
      for (const row of rows) {
        try {
          await prisma.outboxMessage.create({
            data: {
              key: row.key,
              userId: row.userId,
              chatId: row.chatId,
              kind: row.kind,
              payload: JSON.stringify(row.payload),
              dueAt: row.dueAt,
              notAfter: row.notAfter ?? null,
              nextAttemptAt: row.dueAt,
            },
          });
          added++;
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
        }
      }
      return added;
    },

    /** Removes the pending rows whose key contains `fragment` (a route re-planned after a change). */
    async removePending(fragment: string): Promise<number> {
      const result = await prisma.outboxMessage.deleteMany({ where: { status: "pending", key: { contains: fragment } } });
      return result.count;
    },

    /**
     * Claims up to `limit` due rows for `owner` until `leaseUntil`, in one statement: rows another
     * instance holds are skipped (the compare-and-set sees their lease), so no row is claimed twice.
     */
    async claimDue(now: Date, limit: number, owner: string, leaseUntil: Date): Promise<OutboxRow[]> {
      const free = { status: "pending", OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] };
      const candidates = await prisma.outboxMessage.findMany({
        where: { ...free, nextAttemptAt: { lte: now } },
        orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
        // SQLite accepts at most 999 parameters per statement.
        take: Math.min(limit, 500),
        select: { id: true },
      });
      if (!candidates.length) return [];
      const token = `${owner}:${randomBytes(6).toString("hex")}`;
      const ids = candidates.map((c) => c.id);
      await prisma.outboxMessage.updateMany({ where: { ...free, id: { in: ids } }, data: { lockedBy: token, lockedUntil: leaseUntil } });
      // By id (the key), not by the token alone: that column has no index and the table holds every route's schedule.
      const rows = await prisma.outboxMessage.findMany({ where: { id: { in: ids }, lockedBy: token }, orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }] });
      return rows.map((row) => ({
        id: row.id,
        lockedBy: row.lockedBy,
        lockedUntil: row.lockedUntil,
        key: row.key,
        userId: row.userId,
        chatId: row.chatId,
        kind: row.kind,
        payload: parseStored<Record<string, unknown>>(row.payload, {}),
        dueAt: row.dueAt,
        notAfter: row.notAfter,
        attempts: row.attempts,
        nextAttemptAt: row.nextAttemptAt,
      }));
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
      const result = await prisma.outboxMessage.updateMany({ where: { userId, status: "pending" }, data: { status: "dropped", lastError: reason } });
      return result.count;
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

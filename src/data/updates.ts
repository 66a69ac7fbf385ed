// The update inbox. Telegram may deliver an update again (a webhook retry, polling after a crash)
// and the bot must act on it once; and an update the bot received must not be lost when the
// process dies before it is handled. So every update is written here before it is handled and
// marked done after: what a dead process left unfinished is handled again from its payload.
// Polled updates are written down as started when they are fetched (each goes to a handler at
// once), so that the handler's claim costs no statement; one fetched but not begun when the
// process died has used one of its starts.
import type { Prisma } from "./database.js";
import type { DriverLane, LaneArg } from "./driver-lane.js";
import { sessionStatement, type SessionWrite } from "./sessions.js";

/** After this many starts an update is given up (it may be the one that kills the process). */
export const MAX_UPDATE_ATTEMPTS = 3;

/** How an update was taken: for the first time, or again after its handler died. */
export type Claim = "new" | "resumed" | undefined;

export interface UnfinishedUpdate {
  updateId: number;
  payload: string;
}

/** Updates written down: one row of values per update; ones already known are left as they are. */
const insertUpdates = (rows: string[]) =>
  `INSERT INTO "ProcessedUpdate" ("updateId", "status", "payload", "leaseUntil", "attempts", "processedAt") VALUES ${rows.join(", ")} ON CONFLICT ("updateId") DO NOTHING`;
const INSERT_UPDATE = insertUpdates(["(?, ?, ?, ?, ?, ?)"]);
const TAKE_UPDATE = `UPDATE "ProcessedUpdate" SET "status" = 'started', "leaseUntil" = ?, "attempts" = "attempts" + 1 WHERE "updateId" = ? AND "attempts" < ? AND "status" = ?`;
const MARK_DONE = `UPDATE "ProcessedUpdate" SET "status" = 'done', "payload" = NULL, "leaseUntil" = NULL, "processedAt" = ? WHERE "updateId" = ?`;

/**
 * Updates this process wrote down as started and has not handed to a handler yet. Another
 * process takes a started update only once its lease has run out (`unfinished`); a handler here
 * takes one without a statement only in the first half of its lease, which leaves room for clocks
 * that differ between machines.
 */
class FreshUpdates {
  private static readonly LIMIT = 10_000;
  private readonly deadlines = new Map<number, number>();

  remember(updateId: number, leaseUntil: Date): void {
    // One never claimed here (filtered out before its claim) must not stay for ever; a forgotten
    // one is claimed by a statement instead.
    if (this.deadlines.size >= FreshUpdates.LIMIT) this.deadlines.delete(this.deadlines.keys().next().value!);
    const now = Date.now();
    this.deadlines.set(updateId, now + (leaseUntil.getTime() - now) / 2);
  }

  take(updateId: number): boolean {
    const deadline = this.deadlines.get(updateId);
    this.deadlines.delete(updateId);
    return deadline !== undefined && Date.now() < deadline;
  }
}

/** A fetched batch is at most 100 updates: usually one statement. */
const RECEIVED_PER_STATEMENT = 100;

export function updatesRepository(prisma: Prisma, lane: DriverLane) {
  const unfinished = { in: ["received", "started"] };
  const freshlyReceived = new FreshUpdates();
  return {
    /**
     * Records fetched updates, each as started (its handler starts it at once) with its lease;
     * ones already known are left as they are. What this call wrote is remembered, so that its
     * handler's claim costs no statement (see claim).
     */
    async receive(updates: { update_id: number }[], leaseUntil: Date): Promise<void> {
      const at = new Date();
      for (let from = 0; from < updates.length; from += RECEIVED_PER_STATEMENT) {
        const part = updates.slice(from, from + RECEIVED_PER_STATEMENT);
        const args = part.flatMap((u) => [u.update_id, JSON.stringify(u), leaseUntil, at]);
        const written = await lane.rows(`${insertUpdates(part.map(() => "(?, 'started', ?, ?, 1, ?)"))} RETURNING "updateId"`, args);
        for (const row of written) freshlyReceived.remember(Number(row["updateId"]), leaseUntil);
      }
    },

    /**
     * Takes an update to handle: "new" when it was not started before, "resumed" when a handler
     * started it and died, undefined when it is done, held by a live handler, or has failed too
     * often. `inChatTurn`: the caller holds its chat's turn (one update of a chat at a time, in
     * every instance), so a started update cannot have a live handler and is taken at once;
     * otherwise only once its lease ran out. Leases are in wall-clock time; `at` is the
     * application's clock, kept for retention.
     */
    async claim(updateId: number, payload: string, at: Date, leaseUntil: Date, options: { received?: boolean; inChatTurn?: boolean } = {}): Promise<Claim> {
      const take = async (from: "received" | "started") => {
        const lease = from === "started" && !options.inChatTurn;
        const args: LaneArg[] = [leaseUntil, updateId, MAX_UPDATE_ATTEMPTS, from];
        return (await lane.run(lease ? `${TAKE_UPDATE} AND "leaseUntil" < ?` : TAKE_UPDATE, lease ? [...args, new Date()] : args)) === 1;
      };
      // What this process received is started already, and nobody else takes it while its lease runs:
      // the handler takes it without a statement.
      if (options.received && freshlyReceived.take(updateId)) return "new";
      if (options.received && (await take("received"))) return "new"; // recorded by an earlier version
      if ((await lane.run(INSERT_UPDATE, [updateId, "started", payload, leaseUntil, 1, at])) === 1) return "new";
      if (await take("started")) return "resumed";
      return !options.received && (await take("received")) ? "new" : undefined;
    },

    /** The update's effects are written: it is never handled again. Its session writes go with the mark. */
    async finish(updateId: number, at: Date, sessionWrites: SessionWrite[] = []): Promise<void> {
      await lane.atomically([...sessionWrites.map((write) => sessionStatement(write, at)), { sql: MARK_DONE, args: [at, updateId] }]);
    },

    /** Gives a claim back when handling failed, so that a redelivery is handled again. */
    async release(updateId: number): Promise<void> {
      await prisma.processedUpdate.deleteMany({ where: { updateId: BigInt(updateId) } });
    },

    /**
     * Updates received or started but not done, oldest first: those whose lease ran out, or all
     * of them (`includeLive`, when this is the only instance and it has just started).
     */
    async unfinished(now: Date, includeLive: boolean, limit = 100): Promise<UnfinishedUpdate[]> {
      const rows = await prisma.processedUpdate.findMany({
        where: {
          status: unfinished,
          attempts: { lt: MAX_UPDATE_ATTEMPTS },
          payload: { not: null },
          ...(includeLive ? {} : { leaseUntil: { lt: now } }),
        },
        orderBy: { updateId: "asc" },
        take: limit,
        select: { updateId: true, payload: true },
      });
      return rows.map((row) => ({ updateId: Number(row.updateId), payload: row.payload! }));
    },

    /** Updates given up after too many attempts (each one a person who got no answer). */
    async abandoned(): Promise<number> {
      return prisma.processedUpdate.count({ where: { status: unfinished, attempts: { gte: MAX_UPDATE_ATTEMPTS } } });
    },

    async prune(olderThan: Date): Promise<number> {
      const result = await prisma.processedUpdate.deleteMany({ where: { processedAt: { lt: olderThan } } });
      return result.count;
    },
  };
}

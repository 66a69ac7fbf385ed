// The update inbox. Telegram may deliver an update again (a webhook retry, polling after a crash)
// and the bot must act on it once; and an update the bot received must not be lost when the
// process dies before it is handled. So every update is written here before it is handled and
// marked done after: what a dead process left unfinished is handled again from its payload.
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

const INSERT_UPDATE = `INSERT INTO "ProcessedUpdate" ("updateId", "status", "payload", "leaseUntil", "attempts", "processedAt") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT ("updateId") DO NOTHING`;
const TAKE_UPDATE = `UPDATE "ProcessedUpdate" SET "status" = 'started', "leaseUntil" = ?, "attempts" = "attempts" + 1 WHERE "updateId" = ? AND "attempts" < ? AND "status" = ?`;
const MARK_DONE = `UPDATE "ProcessedUpdate" SET "status" = 'done', "payload" = NULL, "leaseUntil" = NULL, "processedAt" = ? WHERE "updateId" = ?`;

export function updatesRepository(prisma: Prisma, lane: DriverLane) {
  const unfinished = { in: ["received", "started"] };
  return {
    /** Records fetched updates as waiting in line; ones already known are left as they are. */
    async receive(updates: { update_id: number }[], leaseUntil: Date): Promise<void> {
      if (updates.length === 0) return;
      const at = new Date();
      const rows = updates.map((u) => ({ sql: INSERT_UPDATE, args: [u.update_id, "received", JSON.stringify(u), leaseUntil, 0, at] }));
      if (rows.length === 1) await lane.run(rows[0]!.sql, rows[0]!.args);
      else await lane.transaction(rows);
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
      // An update the inbox recorded is usually there already: taking it costs one statement.
      if (options.received && (await take("received"))) return "new";
      if ((await lane.run(INSERT_UPDATE, [updateId, "started", payload, leaseUntil, 1, at])) === 1) return "new";
      if (await take("started")) return "resumed";
      return !options.received && (await take("received")) ? "new" : undefined;
    },

    /** The update's effects are written: it is never handled again. Its session writes go with the mark. */
    async finish(updateId: number, at: Date, sessionWrites: SessionWrite[] = []): Promise<void> {
      const mark = { sql: MARK_DONE, args: [at, updateId] };
      if (!sessionWrites.length) return void (await lane.run(mark.sql, mark.args));
      await lane.transaction([...sessionWrites.map((write) => sessionStatement(write, at)), mark]);
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

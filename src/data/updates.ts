// The update inbox. Telegram may deliver an update again (a webhook retry, polling after a crash)
// and the bot must act on it once; and an update the bot received must not be lost when the
// process dies before it is handled. So every update is written here before it is handled and
// marked done after: what a dead process left unfinished is handled again from its payload.
import type { Prisma } from "./database.js";
import { isUniqueViolation } from "./errors.js";
import type { SessionWrite } from "./sessions.js";

/** After this many starts an update is given up (it may be the one that kills the process). */
export const MAX_UPDATE_ATTEMPTS = 3;

/** How an update was taken: for the first time, or again after its handler died. */
export type Claim = "new" | "resumed" | undefined;

export interface UnfinishedUpdate {
  updateId: number;
  payload: string;
}

export function updatesRepository(prisma: Prisma) {
  const unfinished = { in: ["received", "started"] };
  return {
    /** Records fetched updates as waiting in line; ones already known are left as they are. */
    async receive(updates: { update_id: number }[], leaseUntil: Date): Promise<void> {
      if (updates.length === 0) return;
      const rows = updates.map((u) => ({ updateId: BigInt(u.update_id), status: "received", payload: JSON.stringify(u), leaseUntil }));
      try {
        await prisma.processedUpdate.createMany({ data: rows });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        for (const row of rows) await prisma.processedUpdate.create({ data: row }).catch(ignoreDuplicate);
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
        const lease = from === "started" && !options.inChatTurn ? { leaseUntil: { lt: new Date() } } : {};
        const taken = await prisma.processedUpdate.updateMany({
          where: { updateId: BigInt(updateId), attempts: { lt: MAX_UPDATE_ATTEMPTS }, status: from, ...lease },
          data: { status: "started", leaseUntil, attempts: { increment: 1 } },
        });
        return taken.count === 1;
      };
      // An update the inbox recorded is usually there already: taking it costs one statement.
      if (options.received && (await take("received"))) return "new";
      try {
        await prisma.processedUpdate.create({ data: { updateId: BigInt(updateId), status: "started", payload, leaseUntil, attempts: 1, processedAt: at } });
        return "new";
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      if (await take("started")) return "resumed";
      return !options.received && (await take("received")) ? "new" : undefined;
    },

    /** The update's effects are written: it is never handled again. Its session writes go with the mark. */
    async finish(updateId: number, at: Date, sessionWrites: SessionWrite[] = []): Promise<void> {
      const mark = prisma.processedUpdate.updateMany({ where: { updateId: BigInt(updateId) }, data: { status: "done", payload: null, leaseUntil: null, processedAt: at } });
      if (!sessionWrites.length) return void (await mark);
      const writes = sessionWrites.map(({ key, value }) =>
        value === null ? prisma.sessionRecord.deleteMany({ where: { key } }) : prisma.sessionRecord.upsert({ where: { key }, create: { key, value }, update: { value } }),
      );
      await prisma.$transaction([...writes, mark]);
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

function ignoreDuplicate(error: unknown): void {
  if (!isUniqueViolation(error)) throw error;
}

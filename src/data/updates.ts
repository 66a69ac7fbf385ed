// Handled update ids: Telegram may deliver an update again, the bot must act on it once.
import type { Prisma } from "./database.js";
import { isUniqueViolation } from "./errors.js";

export function updatesRepository(prisma: Prisma) {
  return {
    /** True when this instance claimed the update; false when it was already handled. */
    async claim(updateId: number, at: Date): Promise<boolean> {
      try {
        await prisma.processedUpdate.create({ data: { updateId: BigInt(updateId), processedAt: at } });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    /** Gives a claim back when handling failed, so that a redelivery is handled again. */
    async release(updateId: number): Promise<void> {
      await prisma.processedUpdate.deleteMany({ where: { updateId: BigInt(updateId) } });
    },
    async prune(olderThan: Date): Promise<number> {
      const result = await prisma.processedUpdate.deleteMany({ where: { processedAt: { lt: olderThan } } });
      return result.count;
    },
  };
}

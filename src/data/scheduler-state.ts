import type { Prisma } from "./database.js";

/** Small named values of the scheduler (the last planning mark, the last tick). */
export function schedulerStateRepository(prisma: Prisma) {
  return {
    async get(key: string): Promise<string | undefined> {
      return (await prisma.schedulerState.findUnique({ where: { key } }))?.value;
    },
    async set(key: string, value: string): Promise<void> {
      await prisma.schedulerState.upsert({ where: { key }, create: { key, value }, update: { value } });
    },
  };
}

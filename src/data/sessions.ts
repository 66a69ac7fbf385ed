// Key-value storage for grammY sessions and conversations, in the database so that a restart
// (or another instance) continues where the user was.
import type { StorageAdapter } from "grammy";
import type { Prisma } from "./database.js";
import { fromJson, toJson } from "./json.js";

export function sessionsRepository(prisma: Prisma) {
  return {
    storage<T>(prefix: string): StorageAdapter<T> {
      const keyOf = (key: string) => `${prefix}:${key}`;
      // grammY writes the state back after every update; most updates leave it as it was read.
      const lastRead = new Map<string, string | null>();
      return {
        async read(key) {
          const row = await prisma.sessionRecord.findUnique({ where: { key: keyOf(key) } });
          if (lastRead.size > 10_000) lastRead.clear(); // a state read but never written back is only a hint
          lastRead.set(key, row?.value ?? null);
          if (!row) return undefined;
          try {
            return fromJson<T>(row.value);
          } catch {
            return undefined;
          }
        },
        async write(key, value) {
          const text = toJson(value);
          const previous = lastRead.get(key);
          lastRead.delete(key);
          if (previous === text) return;
          await prisma.sessionRecord.upsert({ where: { key: keyOf(key) }, create: { key: keyOf(key), value: text }, update: { value: text } });
        },
        async delete(key) {
          lastRead.delete(key);
          await prisma.sessionRecord.deleteMany({ where: { key: keyOf(key) } });
        },
      };
    },
    /** Removes every stored state of one chat (e.g. after erasing a user's data). */
    async deleteForKeySuffix(suffix: string): Promise<number> {
      const result = await prisma.sessionRecord.deleteMany({ where: { key: { endsWith: `:${suffix}` } } });
      return result.count;
    },
  };
}

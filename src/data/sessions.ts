// Key-value storage for grammY sessions and conversations, in the database so that a restart
// (or another instance) continues where the user was.
import type { StorageAdapter } from "grammy";
import type { Prisma } from "./database.js";
import { fromJson, toJson } from "./json.js";
import type { DriverLane, LaneStatement } from "./driver-lane.js";

/** A state to write (`null`: to delete), by its stored key. */
export type SessionWrite = { key: string; value: string | null };

/**
 * Session writes held back until their update is marked done, so that both land in one
 * transaction (see updates.finish): a process that dies in between leaves neither. Kept per
 * chat; one chat's updates are handled one after another, so a chat has one update's writes.
 */
export class HeldSessionWrites {
  private readonly byChat = new Map<string, Map<string, string | null>>();

  hold(chat: string, key: string, value: string | null): void {
    const writes = this.byChat.get(chat) ?? new Map<string, string | null>();
    writes.set(key, value);
    this.byChat.set(chat, writes);
  }

  /** The chat's writes, given up by the holder. */
  take(chat: string): SessionWrite[] {
    const writes = this.byChat.get(chat);
    this.byChat.delete(chat);
    return writes ? [...writes].map(([key, value]) => ({ key, value })) : [];
  }
}

/**
 * States read together with the user of an update (one statement for both, see users.touch),
 * waiting for the storage's read of the same key in the same update. Kept per key until taken or
 * dropped at the end of the update; a chat's updates are handled one after another.
 */
export class StatesReadAhead {
  private readonly byKey = new Map<string, string | null>();

  offer(key: string, value: string | null): void {
    this.byKey.set(key, value);
  }

  /** The state read ahead (null: none stored), or undefined when it was not read ahead. */
  take(key: string): string | null | undefined {
    const value = this.byKey.get(key);
    this.byKey.delete(key);
    return value;
  }

  drop(key: string): void {
    this.byKey.delete(key);
  }
}

/** The stored key of a state: its storage's prefix and grammY's session key. */
export const stateKey = (prefix: string, key: string): string => `${prefix}:${key}`;

const UPSERT_SESSION = `INSERT INTO "SessionRecord" ("key", "value", "updatedAt") VALUES (?, ?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`;

/** The statement that writes (or deletes) one state. */
export function sessionStatement({ key, value }: SessionWrite, at: Date): LaneStatement {
  return value === null ? { sql: `DELETE FROM "SessionRecord" WHERE "key" = ?`, args: [key] } : { sql: UPSERT_SESSION, args: [key, value, at] };
}

export function sessionsRepository(prisma: Prisma, lane: DriverLane) {
  const write = (change: SessionWrite) => {
    const statement = sessionStatement(change, new Date());
    return lane.run(statement.sql, statement.args);
  };
  return {
    /**
     * States by key; with `held`, writes wait for the update's done mark instead of going out at
     * once; with `readAhead`, a state read with the user is not read again.
     */
    storage<T>(prefix: string, held?: HeldSessionWrites, readAhead?: StatesReadAhead): StorageAdapter<T> {
      const keyOf = (key: string) => stateKey(prefix, key);
      const stored = async (key: string): Promise<string | null> => {
        const ahead = readAhead?.take(key);
        if (ahead !== undefined) return ahead;
        const [row] = await lane.rows(`SELECT "value" FROM "SessionRecord" WHERE "key" = ?`, [key]);
        return typeof row?.["value"] === "string" ? row["value"] : null;
      };
      // grammY writes the state back after every update; most updates leave it as it was read.
      const lastRead = new Map<string, string | null>();
      return {
        async read(key) {
          const value = await stored(keyOf(key));
          if (lastRead.size > 10_000) lastRead.clear(); // a state read but never written back is only a hint
          lastRead.set(key, value);
          if (value === null) return undefined;
          try {
            return fromJson<T>(value);
          } catch {
            return undefined;
          }
        },
        async write(key, value) {
          const text = toJson(value);
          const previous = lastRead.get(key);
          lastRead.delete(key);
          if (previous === text) return;
          if (held) return held.hold(key, keyOf(key), text);
          await write({ key: keyOf(key), value: text });
        },
        async delete(key) {
          lastRead.delete(key);
          if (held) return held.hold(key, keyOf(key), null);
          await write({ key: keyOf(key), value: null });
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

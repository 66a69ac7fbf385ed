// One chat, one update at a time, across bot instances. Inside one process grammY's runner keeps
// a chat's updates in order; several instances behind a load balancer may each get an update of
// the same chat at the same moment (Telegram posts a webhook's updates concurrently), and both
// would read and write the same session and route. On PostgreSQL each update therefore holds a
// session-level advisory lock on its chat, on a connection of a small pool of its own (so that
// waiting for a lock never takes a connection the handlers need); a process that dies loses its
// connection, and PostgreSQL releases the lock with it. SQLite runs one instance: nothing to do.
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

export interface ChatLocks {
  /** Runs `work` while no other instance handles an update of `chat`. */
  around<T>(chat: number, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The first half of the two-part advisory lock key: "iomc", so that other locks never collide. */
const NAMESPACE = 0x696f6d63;

/** The second half: the chat id folded into 32 bits (two chats sharing it only wait for each other). */
export function chatLockKey(chat: number): number {
  const id = BigInt(chat);
  return Number(BigInt.asIntN(32, id ^ (id >> 32n)));
}

export const noChatLocks: ChatLocks = {
  around: (_chat, work) => work(),
  close: async () => undefined,
};

export function postgresChatLocks(url: string, connections: number): ChatLocks {
  const pool = new pg.Pool({ ...parseIntoClientConfig(url), max: connections, connectionTimeoutMillis: 10_000 } as pg.PoolConfig);
  // An idle connection that breaks is only dropped; the next lock takes a new one.
  pool.on("error", () => undefined);
  return {
    async around(chat, work) {
      const key = [NAMESPACE, chatLockKey(chat)];
      const client = await pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock($1, $2)", key);
      } catch (error) {
        client.release(true);
        throw error;
      }
      try {
        return await work();
      } finally {
        // A lock that cannot be given back goes with its connection, which is closed instead of reused.
        const unlocked = await client.query("SELECT pg_advisory_unlock($1, $2)", key).then(
          () => true,
          () => false,
        );
        client.release(!unlocked);
      }
    },
    close: () => pool.end(),
  };
}

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

const LOCK = "SELECT pg_advisory_lock($1, $2)";
const UNLOCK = "SELECT pg_advisory_unlock($1, $2)";
/** One chat's lock given back and the next one's taken, in one round trip (left to right). */
const UNLOCK_THEN_LOCK = "SELECT pg_advisory_unlock($1, $2), pg_advisory_lock($3, $4)";

type Key = [number, number];
interface Waiter {
  key: Key;
  give: (client: pg.PoolClient) => void;
  fail: (error: unknown) => void;
}

export function postgresChatLocks(url: string, connections: number): ChatLocks {
  const pool = new pg.Pool({ ...parseIntoClientConfig(url), max: connections, connectionTimeoutMillis: 10_000 } as pg.PoolConfig);
  // An idle connection that breaks is only dropped; the next lock takes a new one.
  pool.on("error", () => undefined);
  // When every connection holds a chat, the next update waits here for one whose update ends:
  // that connection gives its chat back and takes the waiter's in one statement.
  const waiting: Waiter[] = [];

  async function lockedConnection(key: Key): Promise<pg.PoolClient> {
    if (pool.totalCount >= connections && pool.idleCount === 0) return new Promise((give, fail) => waiting.push({ key, give, fail }));
    const client = await pool.connect();
    try {
      await client.query(LOCK, key);
      return client;
    } catch (error) {
      client.release(true);
      throw error;
    }
  }

  async function giveBack(client: pg.PoolClient, key: Key): Promise<void> {
    const next = waiting.shift();
    // Not waited for: the waiter's chat may be held by another instance for a while.
    if (next) return void handOver(client, key, next);
    // A lock that cannot be given back goes with its connection, which is closed instead of reused.
    const unlocked = await client.query(UNLOCK, key).then(
      () => true,
      () => false,
    );
    client.release(!unlocked);
  }

  async function handOver(client: pg.PoolClient, key: Key, next: Waiter): Promise<void> {
    const handedOver = await client.query(UNLOCK_THEN_LOCK, [...key, ...next.key]).then(
      () => true,
      () => false,
    );
    if (handedOver) return next.give(client);
    // A connection that failed goes, and its locks with it; the waiter takes another.
    client.release(true);
    lockedConnection(next.key).then(next.give, next.fail);
  }

  return {
    async around(chat, work) {
      const key: Key = [NAMESPACE, chatLockKey(chat)];
      const client = await lockedConnection(key);
      try {
        return await work();
      } finally {
        await giveBack(client, key);
      }
    },
    async close() {
      for (const waiter of waiting.splice(0)) waiter.fail(new Error("chat locks closed"));
      await pool.end();
    },
  };
}

// The SQLite adapter never loses a write it acknowledged: not one made while another update's
// transaction was open and then rolled back, not after a COMMIT refused by another process's
// lock (prisma/orm#29933), and a lock held by another process is waited for without blocking.
import { afterEach, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { openDatabase, sqlitePath, SQLITE_CHECKPOINT_PAGES, type Database as Opened } from "../../src/data/database.js";
import { sqliteDatabase, type TestDatabase } from "../helpers/databases.js";
import { createStore } from "../../src/data/index.js";

const names = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT name FROM "Organisation" ORDER BY id').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
};

describe("the guarded SQLite adapter", () => {
  let database: TestDatabase | undefined;
  const opened: Opened[] = [];
  afterEach(async () => {
    for (const database of opened.splice(0)) await database.close();
    await database?.drop();
    database = undefined;
  });

  /** A migrated database in SQLite's default rollback-journal mode, where COMMIT can meet a reader's lock. */
  async function journalDatabase(lockWaitMs: number) {
    database = sqliteDatabase();
    const db = await openDatabase(database.url, { sqlite: { journalMode: "delete", lockWaitMs } });
    opened.push(db);
    return { prisma: db.prisma, path: sqlitePath(database.url) };
  }

  it("writes ahead to a log, waits for the disk only at checkpoints, and checkpoints every 4 000 pages", async () => {
    database = sqliteDatabase();
    const db = await openDatabase(database.url);
    opened.push(db);
    const pragma = async (name: string) => Object.values(((await db.prisma.$queryRawUnsafe(`PRAGMA ${name}`)) as Record<string, unknown>[])[0]!)[0];
    expect(await pragma("journal_mode")).toBe("wal");
    expect(Number(await pragma("synchronous"))).toBe(1); // NORMAL
    expect(Number(await pragma("wal_autocheckpoint"))).toBe(SQLITE_CHECKPOINT_PAGES);
    expect(SQLITE_CHECKPOINT_PAGES).toBe(4000);
  });

  it("keeps a write made while another transaction was open and then rolled back", async () => {
    database = sqliteDatabase();
    const db = await openDatabase(database.url);
    const prisma = db.prisma;
    const failing = prisma
      .$transaction(async (tx) => {
        await tx.organisation.create({ data: { kind: "district", name: "rolled back" } });
        await new Promise((resolve) => setTimeout(resolve, 200));
        throw new Error("the update failed");
      })
      .catch((error: Error) => error.message);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await prisma.organisation.create({ data: { kind: "district", name: "acknowledged" } });
    expect(await failing).toBe("the update failed");
    await db.close();
    expect(names(sqlitePath(database.url))).toEqual(["acknowledged"]);
  });

  it("a COMMIT refused by a reader's lock is retried once the reader is gone", async () => {
    const { prisma, path } = await journalDatabase(5_000);
    const reader = new Database(path);
    reader.exec("BEGIN");
    reader.prepare('SELECT COUNT(*) FROM "Organisation"').get();
    setTimeout(() => reader.exec("COMMIT"), 300);
    await prisma.$transaction(async (tx) => {
      await tx.organisation.create({ data: { kind: "district", name: "first" } });
    });
    reader.close();
    expect(names(path)).toEqual(["first"]);
  });

  it("after a COMMIT that failed for good, later writes are committed, not lost (prisma/orm#29933)", async () => {
    const { prisma, path } = await journalDatabase(200);
    const reader = new Database(path);
    reader.exec("BEGIN");
    reader.prepare('SELECT COUNT(*) FROM "Organisation"').get();
    const refused = await prisma
      .$transaction(async (tx) => {
        await tx.organisation.create({ data: { kind: "district", name: "refused" } });
      })
      .then(
        () => "committed",
        () => "refused",
      );
    reader.exec("COMMIT");
    reader.close();
    expect(refused).toBe("refused");
    await prisma.organisation.create({ data: { kind: "district", name: "after" } });
    await prisma.$transaction(async (tx) => {
      await tx.organisation.create({ data: { kind: "district", name: "after, in a transaction" } });
    });
    expect(names(path)).toEqual(["after", "after, in a transaction"]);
  });

  it("runs a statement it keeps with each run's own arguments, also after more texts than it keeps pushed it out", async () => {
    database = sqliteDatabase();
    const db = await openDatabase(database.url);
    opened.push(db);
    const store = createStore(db);
    const ids: number[] = [];
    for (let i = 0; i < 620; i++) ids.push((await store.users.touch({ telegramId: BigInt(9_000 + i) })).id);
    expect((await store.users.byId(ids[0]!))?.telegramId).toBe(9_000n);
    expect((await store.users.byId(ids[1]!))?.telegramId).toBe(9_001n);
    // Lists of ids of every length: 620 texts, more than the 500 kept.
    for (let n = 1; n <= ids.length; n++) expect((await store.users.byIds(ids.slice(0, n))).map((u) => u.id).sort((a, b) => a - b)).toEqual(ids.slice(0, n));
    expect((await store.users.byIds([ids[5]!])).map((u) => u.telegramId)).toEqual([9_005n]);
    expect((await store.users.byId(ids[619]!))?.telegramId).toBe(9_619n);
  });
});

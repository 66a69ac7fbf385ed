import { afterEach, describe, expect, it } from "vitest";
import { createStore, openDatabase, stateKey, StatesReadAhead, type Database } from "../../src/data/index.js";
import { fromJson, toJson } from "../../src/data/json.js";
import { LaneExpectationFailed } from "../../src/data/driver-lane.js";
import { freshDatabase, providers, type TestDatabase } from "../helpers/databases.js";

describe("JSON for stored state", () => {
  it("keeps BigInt and Date values", () => {
    const value = { id: 9007199254740993n, at: new Date("2027-03-15T10:00:00Z"), list: [1n, "x"] };
    expect(fromJson(toJson(value))).toEqual(value);
  });
});

describe.each(providers)("storage on %s", (provider) => {
  let test: TestDatabase | undefined;
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
    await test?.drop();
    database = undefined;
    test = undefined;
  });

  const open = async () => {
    test = await freshDatabase(provider);
    database = await openDatabase(test.url);
    return createStore(database);
  };

  it("creates a user once, with a Telegram id beyond 32 bits", async () => {
    const store = await open();
    const first = await store.users.touch({ telegramId: 5_000_000_000n, username: "ivanova" });
    const again = await store.users.touch({ telegramId: 5_000_000_000n, username: "ivanova" });
    expect(again.id).toBe(first.id);
    expect(first.telegramId).toBe(5_000_000_000n);
    await store.users.setLocale(first.id, "en");
    expect((await store.users.byId(first.id))!.locale).toBe("en");
    await store.users.markBlocked(first.id, new Date());
    expect((await store.users.byId(first.id))!.isActive).toBe(false);
    expect((await store.users.touch({ telegramId: 5_000_000_000n, username: "ivanova" })).isActive).toBe(true);
  });

  it("reads the user through the driver lane exactly as through the client: dates, booleans, a 64-bit Telegram id", async () => {
    const store = await open();
    const user = await store.users.touch({ telegramId: 5_000_000_001n, username: "petrova" });
    await store.users.recordConsent(user.id, "1", new Date("2027-01-02T03:04:05.678Z"), "petrova");
    await store.users.setPausedUntil(user.id, new Date("2027-02-01T00:00:00Z"));
    await store.users.setTimezone(user.id, "Asia/Yekaterinburg");
    const viaLane = await store.users.touch({ telegramId: 5_000_000_001n, username: "petrova" });
    expect(viaLane).toEqual(await store.users.byId(user.id));
    expect(viaLane.consentAt).toEqual(new Date("2027-01-02T03:04:05.678Z"));
    expect(viaLane.isActive).toBe(true);
  });

  it("writes a lane transaction whole or not at all", async () => {
    const store = await open();
    const at = new Date("2027-01-01T00:00:00Z");
    expect(await store.updates.claim(2001, "{}", at, new Date(Date.now() + 60_000))).toBe("new");
    const withoutValue = { key: "session:7", value: null }; // refused: "value" is NOT NULL
    await expect(database!.lane.transaction([{ sql: `UPDATE "ProcessedUpdate" SET "status" = 'done' WHERE "updateId" = ?`, args: [2001] }, { sql: `INSERT INTO "SessionRecord" ("key", "value", "updatedAt") VALUES (?, ?, ?)`, args: [withoutValue.key, withoutValue.value, at] }])).rejects.toThrow();
    expect(await store.updates.claim(2001, "{}", at, new Date(Date.now() + 60_000), { inChatTurn: true })).toBe("resumed");
    expect(await database!.lane.rows(`SELECT "key" FROM "SessionRecord"`, [])).toEqual([]);
  });

  it("writes atomically: all or none, a wrong count of changed rows undoing every write", async () => {
    await open();
    const lane = database!.lane;
    const at = new Date("2027-01-01T00:00:00Z");
    const keys = async () => (await lane.rows(`SELECT "key" FROM "SessionRecord" ORDER BY "key"`, [])).map((row) => row["key"]);
    await lane.run(`INSERT INTO "SessionRecord" ("key", "value", "updatedAt") VALUES ('a', '1', ?)`, [at]);
    const write = (key: string) => ({ sql: `INSERT INTO "SessionRecord" ("key", "value", "updatedAt") VALUES (?, '2', ?)`, args: [key, at] });
    const touchA = (changes: number) => ({ sql: `UPDATE "SessionRecord" SET "value" = '3' WHERE "key" = ?`, args: ["a"], changes });
    await expect(lane.atomically([write("b"), touchA(2), write("c")])).rejects.toThrow(LaneExpectationFailed);
    expect(await keys()).toEqual(["a"]);
    await expect(lane.atomically([write("b"), write("a")])).rejects.toThrow();
    expect(await keys()).toEqual(["a"]);
    await lane.atomically([write("b"), touchA(1), write("c")]);
    expect(await keys()).toEqual(["a", "b", "c"]);
    expect(await lane.rows(`SELECT "value" FROM "SessionRecord" WHERE "key" = 'a'`, [])).toEqual([{ value: "3" }]);
  });

  it("marks an update done with its session writes, all or none", async () => {
    const store = await open();
    const at = new Date("2027-01-01T00:00:00Z");
    const lease = new Date(Date.now() + 60_000);
    const states = () => database!.lane.rows(`SELECT "key", "value" FROM "SessionRecord" ORDER BY "key"`, []);
    await database!.lane.run(`INSERT INTO "SessionRecord" ("key", "value", "updatedAt") VALUES ('conversation:7', '{}', ?)`, [at]);
    expect(await store.updates.claim(3001, "{}", at, lease)).toBe("new");
    const broken = [{ key: "session:7", value: '{"step":1}' }, { key: "menu:7", value: null }, { key: "session:8", value: undefined as unknown as string }];
    await expect(store.updates.finish(3001, at, broken)).rejects.toThrow();
    expect(await states()).toEqual([{ key: "conversation:7", value: "{}" }]);
    expect(await store.updates.claim(3001, "{}", at, lease, { inChatTurn: true })).toBe("resumed");
    await store.updates.finish(3001, at, [{ key: "session:7", value: '{"step":1}' }, { key: "conversation:7", value: null }]);
    expect(await states()).toEqual([{ key: "session:7", value: '{"step":1}' }]);
    expect(await store.updates.claim(3001, "{}", at, lease, { inChatTurn: true })).toBeUndefined();
  });

  it("stores sessions by key with BigInt values, and deletes them", async () => {
    const store = await open();
    const storage = store.sessions.storage<{ chat: bigint; step: string }>("session");
    expect(await storage.read("42")).toBeUndefined();
    await storage.write("42", { chat: 6_000_000_000n, step: "goal" });
    await storage.write("42", { chat: 6_000_000_000n, step: "tasks" });
    expect(await storage.read("42")).toEqual({ chat: 6_000_000_000n, step: "tasks" });
    expect(await store.sessions.storage("conversation").read("42")).toBeUndefined();
    await storage.delete("42");
    expect(await storage.read("42")).toBeUndefined();
  });

  it("reads the chat's session with the user in one statement, and the storage takes it once", async () => {
    const store = await open();
    const identity = { telegramId: 5_000_000_002n };
    await store.users.touch(identity);
    await store.sessions.storage<{ step: string }>("session").write("42", { step: "goal" });
    const readAhead = new StatesReadAhead();
    const user = await store.users.touch(identity, { key: stateKey("session", "42"), into: readAhead });
    expect(user).toEqual(await store.users.byTelegramId(identity.telegramId));
    await database!.lane.run(`UPDATE "SessionRecord" SET "value" = '{"step":"tasks"}' WHERE "key" = 'session:42'`, []);
    const storage = store.sessions.storage<{ step: string }>("session", undefined, readAhead);
    expect(await storage.read("42")).toEqual({ step: "goal" });
    expect(await storage.read("42")).toEqual({ step: "tasks" });
    // No state stored: read ahead as none.
    await store.users.touch(identity, { key: stateKey("session", "43"), into: readAhead });
    await database!.lane.run(`INSERT INTO "SessionRecord" ("key", "value", "updatedAt") VALUES ('session:43', '{"step":"late"}', ?)`, [new Date()]);
    expect(await storage.read("43")).toBeUndefined();
  });

  it("claims an update once", async () => {
    const store = await open();
    const at = new Date("2027-01-01T00:00:00Z");
    const lease = new Date(Date.now() + 60_000);
    expect(await store.updates.claim(1001, "{}", at, lease)).toBe("new");
    expect(await store.updates.claim(1001, "{}", at, lease)).toBeUndefined();
    await store.updates.release(1001);
    expect(await store.updates.claim(1001, "{}", at, lease)).toBe("new");
    await store.updates.finish(1001, at);
    expect(await store.updates.claim(1001, "{}", at, lease)).toBeUndefined();
    expect(await store.updates.claim(1001, "{}", at, lease, { inChatTurn: true })).toBeUndefined();
    expect(await store.updates.prune(new Date("2027-01-02T00:00:00Z"))).toBe(1);
  });

  it("keeps received updates until they are done, hands over expired leases, gives up after three starts", async () => {
    const store = await open();
    const now = new Date();
    const later = new Date(now.getTime() + 60_000);
    const earlier = new Date(now.getTime() - 1_000);
    await store.updates.receive([{ update_id: 1 }, { update_id: 3 }], later);
    await store.updates.receive([{ update_id: 1 }, { update_id: 3 }, { update_id: 4 }], later);
    expect((await store.updates.unfinished(now, true)).map((u) => u.updateId)).toEqual([1, 3, 4]);
    expect(await store.updates.unfinished(now, false)).toEqual([]);
    // A received update is its handler's; a started one with a live lease is not taken twice.
    expect(await store.updates.claim(1, "{}", now, later, { received: true })).toBe("new");
    expect(await store.updates.claim(1, "{}", now, later, { received: true })).toBeUndefined();
    await store.updates.finish(1, now);
    // Received again (a delivery after a restart): done, and not taken.
    await store.updates.receive([{ update_id: 1 }], later);
    expect(await store.updates.claim(1, "{}", now, later, { received: true })).toBeUndefined();
    // A handler that died: its lease runs out and the update is handed over, as resumed.
    await store.updates.receive([{ update_id: 2 }], earlier);
    expect((await store.updates.unfinished(now, false)).map((u) => u.updateId)).toEqual([2]);
    expect(JSON.parse((await store.updates.unfinished(now, false))[0]!.payload)).toEqual({ update_id: 2 });
    expect(await store.updates.claim(2, "{}", now, earlier, { received: true })).toBe("resumed");
    expect(await store.updates.claim(2, "{}", now, earlier, { inChatTurn: true })).toBe("resumed");
    // Three starts (the first when it was received): given up, and counted.
    expect(await store.updates.claim(2, "{}", now, earlier, { inChatTurn: true })).toBeUndefined();
    expect(await store.updates.abandoned()).toBe(1);
    expect((await store.updates.unfinished(now, true)).map((u) => u.updateId)).toEqual([3, 4]);
  });

  it("takes a received update without a claim only in the process that received it", async () => {
    const store = await open();
    const now = new Date();
    const later = new Date(now.getTime() + 60_000);
    await store.updates.receive([{ update_id: 5 }, { update_id: 6 }], later);
    const otherProcess = createStore(database!);
    expect(await otherProcess.updates.claim(5, "{}", now, later, { received: true })).toBeUndefined();
    expect(await store.updates.claim(5, "{}", now, later, { received: true })).toBe("new");
    expect(await otherProcess.updates.claim(6, "{}", now, later, { received: true })).toBeUndefined();
    expect(await store.updates.claim(6, "{}", now, later, { received: true })).toBe("new");
    expect(await store.updates.claim(6, "{}", now, later, { received: true })).toBeUndefined();
  });

  it("in the chat's turn a started update has no live handler: it is taken over before its lease runs out", async () => {
    const store = await open();
    const now = new Date();
    const later = new Date(now.getTime() + 60_000);
    expect(await store.updates.claim(7, "{}", now, later)).toBe("new");
    expect(await store.updates.claim(7, "{}", now, later)).toBeUndefined();
    expect(await store.updates.claim(7, "{}", now, later, { inChatTurn: true })).toBe("resumed");
    await store.updates.finish(7, now);
    expect(await store.updates.claim(7, "{}", now, later, { inChatTurn: true })).toBeUndefined();
  });

  it("records the audit log", async () => {
    const store = await open();
    await store.audit.record({ action: "forged_callback", targetType: "route", targetId: 7, details: { data: "x" } });
    const [entry] = await store.audit.byAction("forged_callback");
    expect(entry).toMatchObject({ targetType: "route", targetId: "7" });
  });
});

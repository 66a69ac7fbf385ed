// One chat, one update at a time across instances: two lock holders on one PostgreSQL database
// stand for two bot processes.
import { afterEach, describe, expect, it } from "vitest";
import { chatLockKey, postgresChatLocks, type ChatLocks } from "../../src/data/chat-locks.js";
import { freshDatabase, postgresUrl, type TestDatabase } from "../helpers/databases.js";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!postgresUrl)("chat locks on PostgreSQL", () => {
  let database: TestDatabase | undefined;
  let instances: ChatLocks[] = [];
  afterEach(async () => {
    await Promise.all(instances.map((locks) => locks.close()));
    instances = [];
    await database?.drop();
  });

  async function twoInstances(connections = 4): Promise<[ChatLocks, ChatLocks]> {
    database = await freshDatabase("postgresql");
    instances = [postgresChatLocks(database.url, connections), postgresChatLocks(database.url, 4)];
    return [instances[0]!, instances[1]!];
  }

  it("two instances never handle updates of one chat at the same time, and different chats at once", async () => {
    const [one, other] = await twoInstances();
    const events: string[] = [];
    const signal = () => {
      let give!: () => void;
      return { given: new Promise<void>((resolve) => (give = resolve)), give: () => give() };
    };
    const firstInside = signal();
    const otherChatInside = signal();
    // A1 holds its chat until B (another chat, on the other instance) is inside too, or 5 s pass.
    const first = one.around(7_000_000_001, async () => {
      events.push("A1 starts");
      firstInside.give();
      await Promise.race([otherChatInside.given, pause(5_000)]);
      events.push("A1 ends");
    });
    await firstInside.given;
    const sameChat = other.around(7_000_000_001, async () => void events.push("A2 starts"));
    const otherChat = other.around(42, async () => {
      events.push("B starts");
      otherChatInside.give();
    });
    await Promise.all([first, sameChat, otherChat]);
    // A2 (the same chat) waited for A1; B (another chat) did not.
    expect(events.indexOf("A2 starts")).toBeGreaterThan(events.indexOf("A1 ends"));
    expect(events.indexOf("B starts")).toBeLessThan(events.indexOf("A1 ends"));
  });

  it("with every connection holding a chat, the next chat gets the connection of the one that ends; a chat held elsewhere still waits", async () => {
    const [one, other] = await twoInstances(1);
    const events: string[] = [];
    let giveBackThree!: () => void;
    const threeHeld = new Promise<void>((held) => {
      void other.around(3, async () => {
        held();
        await new Promise<void>((resolve) => (giveBackThree = resolve));
        events.push("3 given back elsewhere");
      });
    });
    await threeHeld;
    const first = one.around(1, async () => {
      await pause(50);
      events.push("1");
    });
    const third = one.around(3, async () => void events.push("3"));
    const second = one.around(2, async () => void events.push("2"));
    await first;
    // Chat 1 was given back in the hand-over: the other instance takes it while chat 3 is still held there.
    await other.around(1, async () => void events.push("1 elsewhere"));
    giveBackThree();
    await Promise.all([third, second]);
    expect(events).toEqual(["1", "1 elsewhere", "3 given back elsewhere", "3", "2"]);
  });

  it("a handler that fails gives the chat back", async () => {
    const [first, second] = await twoInstances();
    await expect(first.around(5, () => Promise.reject(new Error("handler failed")))).rejects.toThrow("handler failed");
    const started = Date.now();
    await second.around(5, async () => undefined);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe("the chat's lock key", () => {
  it("folds a Telegram id into 32 bits, the same for the same chat", () => {
    for (const id of [1, 42, 2 ** 31, 7_000_000_001, -1_001_234_567_890, 2 ** 52 + 3]) {
      const key = chatLockKey(id);
      expect(Number.isInteger(key) && key >= -(2 ** 31) && key < 2 ** 31).toBe(true);
      expect(chatLockKey(id)).toBe(key);
    }
    expect(chatLockKey(7_000_000_001)).not.toBe(chatLockKey(7_000_000_002));
  });
});

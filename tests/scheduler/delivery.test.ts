// Delivery: a sender stopped mid-batch and restarted loses nothing and sends nothing twice;
// two schedulers on one PostgreSQL database never send a row twice; 429 and 403 from Telegram.
import { afterEach, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { postgresUrl, providers } from "../helpers/databases.js";
import { testScheduler } from "./helpers.js";
import type { OutboxInput } from "../../src/data/index.js";

const now = new Date("2027-02-01T03:00:00Z"); // 10:00 local, a school day
const clock = () => now;

async function users(h: Harness, count: number, firstChat = 10_000): Promise<OutboxInput[]> {
  const rows: OutboxInput[] = [];
  for (let i = 0; i < count; i++) {
    const user = await h.app.store.users.touch({ telegramId: BigInt(firstChat + i) });
    rows.push({ key: `bulk|${i}`, userId: user.id, chatId: BigInt(firstChat + i), kind: "school_year_start", payload: {}, dueAt: new Date(now.getTime() - 60_000) });
  }
  return rows;
}

function received(h: Harness, firstChat: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => h.tg.messages(firstChat + i).length);
}

describe.each(providers)("delivery (%s)", (provider) => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it("a sender stopped mid-batch and restarted delivers every row exactly once", async () => {
    h = await startHarness({ provider, clock });
    await h.app.store.outbox.enqueue(await users(h, 40));
    const first = testScheduler(h, clock);
    let sends = 0;
    h.tg.interceptor = (method) => {
      if (method === "sendMessage" && ++sends === 15) void first.stop();
      return undefined;
    };
    const report = await first.tick(now);
    expect(report.sent).toBeGreaterThanOrEqual(15);
    expect(report.sent).toBeLessThan(40);
    expect((await h.app.store.outbox.all()).filter((r) => r.status === "pending" && r.lockedBy !== null)).toEqual([]);

    const restarted = testScheduler(h, clock);
    const second = await restarted.tick(now);
    expect(report.sent + second.sent).toBe(40);
    expect(received(h, 10_000, 40)).toEqual(Array(40).fill(1));
    // The tick says where its time went (the benchmark reports it per reminder).
    expect(second.ms.claiming).toBeGreaterThan(0);
    expect(second.ms.sending).toBeGreaterThan(0);
    expect((await restarted.tick(now)).sent).toBe(0);
  });

  it("keeps under Telegram's 30 messages a second as Telegram counts them (on arrival): none refused", async () => {
    h = await startHarness({ provider, clock, limits: { perSecond: 30, perChatPerSecond: 1 } });
    await h.app.store.outbox.enqueue(await users(h, 75, 40_000));
    const scheduler = testScheduler(h, clock, { ratePerSecond: 30 });
    const report = await scheduler.tick(now);
    expect(report.sent).toBe(75);
    expect(h.tg.limited).toBe(0);
    expect(received(h, 40_000, 75)).toEqual(Array(75).fill(1));
  });

  it("honours 429 with its retry_after and stops sending to a user who blocked the bot", async () => {
    h = await startHarness({ provider, clock });
    const rows = await users(h, 3, 20_000);
    await h.app.store.outbox.enqueue([...rows, { ...rows[2]!, key: "bulk|2b", kind: "school_year_end" }]);
    let limited = false;
    h.tg.interceptor = (method, params) => {
      if (method !== "sendMessage") return undefined;
      if (Number(params.chat_id) === 20_000 && !limited) {
        limited = true;
        return { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } };
      }
      if (Number(params.chat_id) === 20_002) return { error_code: 403, description: "Forbidden: bot was blocked by the user" };
      return undefined;
    };
    const waits: number[] = [];
    const scheduler = testScheduler(h, clock, { sleep: async (ms) => void waits.push(ms) });
    const report = await scheduler.tick(now);
    expect(report.sent).toBe(1);
    // The sender waited out the pause Telegram asked for before its next message.
    expect(Math.max(...waits)).toBeGreaterThan(900);
    const blocked = (await h.app.store.users.byTelegramId(20_002n))!;
    expect(blocked.isActive).toBe(false);
    const outbox = await h.app.store.outbox.all();
    expect(outbox.filter((r) => r.chatId === 20_002n).map((r) => r.status).sort()).toEqual(["dropped", "failed"]);
    expect(h.tg.messages(20_000)).toHaveLength(0);
    // After retry_after the limited message goes out, once.
    const later = new Date(now.getTime() + 2000);
    expect((await scheduler.tick(later)).sent).toBe(1);
    expect(h.tg.messages(20_000)).toHaveLength(1);
    expect(h.tg.messages(20_002)).toHaveLength(0);
  });
});

describe.skipIf(!postgresUrl)("two schedulers on one PostgreSQL database", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
  });

  it("never send the same reminder twice", async () => {
    h = await startHarness({ provider: "postgresql", clock });
    await h.app.store.outbox.enqueue(await users(h, 120, 30_000));
    const a = testScheduler(h, clock, { instanceId: "a" });
    const b = testScheduler(h, clock, { instanceId: "b" });
    const [ra, rb] = await Promise.all([a.tick(now), b.tick(now)]);
    expect(ra.sent + rb.sent).toBe(120);
    expect(received(h, 30_000, 120)).toEqual(Array(120).fill(1));
    const sentBy = new Set((await h.app.store.outbox.all()).map((r) => r.status));
    expect([...sentBy]).toEqual(["sent"]);
  });
});

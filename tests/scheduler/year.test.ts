// A whole year of a route, tick by tick (every three hours): exactly which reminders went to
// whom, when, and once — with quiet hours, school holidays, a personal pause, snooze and the
// weekly digest.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { readyRoute, task } from "../helpers/routes.js";
import { approvedRoute, seedSchool, testScheduler, type School } from "./helpers.js";
import type { Scheduler } from "../../src/scheduler/index.js";

const HOUR = 3_600_000;
let now = new Date("2026-11-26T00:00:00Z");
const clock = () => now;

interface Delivery {
  chat: number;
  at: string;
  text: string;
}

describe("a year of reminders", () => {
  let h: Harness;
  let school: School;
  let scheduler: Scheduler;
  let routeId = 0;
  const deliveries: Delivery[] = [];

  async function runUntil(end: string, step = 3 * HOUR, during?: (at: Date) => Promise<void>) {
    while (now < new Date(end)) {
      now = new Date(now.getTime() + step);
      await during?.(now);
      await scheduler.tick(now);
    }
  }

  beforeAll(async () => {
    h = await startHarness({ clock });
    const seen = new Set<string>();
    h.tg.onMessage((message) => {
      // Edits of a message are reported too: count each message once.
      if (seen.has(`${message.chat_id}:${message.message_id}`)) return;
      seen.add(`${message.chat_id}:${message.message_id}`);
      deliveries.push({ chat: message.chat_id, at: now.toISOString(), text: message.text ?? "" });
    });
    school = await seedSchool(h);
    scheduler = testScheduler(h, clock);
    await h.app.store.organisations.setHolidays(school.districtId, [{ start: "2027-03-22", end: "2027-03-31" }]);
    const route = readyRoute({
      teacherId: school.teacherId,
      schoolId: school.schoolId,
      term: { start: "2026-12-01", end: "2027-11-30" },
      tasks: [
        task({
          deadline: "2027-03-31",
          activities: [
            { event: "КПК «Формирующее оценивание»", topic: "Критерии", level: "regional", date: "2027-02-10", status: "planned", evidence: [], kind: "course" },
            { event: "Семинар ШМО", topic: "Критерии", level: "school", date: "2027-03-25", status: "planned", evidence: [] },
          ],
        }),
        task({
          title: "Освоить цифровые сервисы",
          deadline: "2027-06-30",
          activities: [{ event: "Мастер-класс «Цифровая доска»", topic: "Цифровые сервисы", level: "municipal", date: "2027-05-20", status: "planned", evidence: [] }],
        }),
      ],
      broadcasts: [{ event: "Открытый урок", topic: "Формирующее оценивание", date: "2027-10-15" }],
    });
    routeId = (await approvedRoute(h, route, new Date("2026-11-26T03:00:00Z"), school.deputyId)).id!;
  }, 30_000);
  afterAll(async () => {
    await h?.stop();
  });

  it("activates the route on the first day of its term", async () => {
    await runUntil("2026-12-01T03:00:00Z");
    expect((await h.app.store.routes.byId(routeId))!.status).toBe("active");
  });

  it("sends the teacher exactly the planned reminders, once each, at 10:00 local, skipping holidays", async () => {
    const route = (await h.app.store.routes.byId(routeId))!;
    const firstActivity = route.tasks[0]!.activities[0]!;
    await runUntil("2027-12-31T00:00:00Z", 3 * HOUR, async (at) => {
      // The teacher marks the course done two days before it is due.
      if (at.toISOString() === "2027-02-08T06:00:00.000Z") await h.app.store.routes.markActivityDone(firstActivity.id!, undefined, at);
    });
    const teacherChat = 7001;
    const got = deliveries.filter((d) => d.chat === teacherChat).map((d) => `${d.at.slice(0, 16)} ${d.text}`);
    const expected = [
      "2027-02-07T03:00 Скоро мероприятие ИОМ: «КПК «Формирующее оц",
      "2027-03-01T03:00 Контрольная точка ИОМ (01.03.2027): отве",
      // 22–31 March are holidays: the reminders about the seminar of 25 March lose their use and are dropped;
      // the overdue reminder and the checkpoint of 31 March wait for the first school day.
      "2027-04-01T03:00 Мероприятие «Семинар ШМО» (25.03.2027) не",
      "2027-04-01T03:00 Контрольная точка ИОМ (31.03.2027): отве",
      "2027-05-17T03:00 Скоро мероприятие ИОМ: «Мастер-класс «Цифр",
      "2027-05-20T03:00 Сегодня мероприятие ИОМ: «Мастер-класс «Ци",
      "2027-05-21T03:00 Мероприятие «Мастер-класс «Цифровая доска",
      "2027-05-26T03:00 Пора провести анализ результативности ИОМ",
      "2027-06-01T03:00 Контрольная точка ИОМ (01.06.2027): отве",
      "2027-06-30T03:00 Контрольная точка ИОМ (30.06.2027): отве",
      "2027-09-01T03:00 Контрольная точка ИОМ (01.09.2027): отве",
      "2027-11-16T03:00 Срок реализации ИОМ заканчивается 30.11.20",
      "2027-11-26T03:00 Пора провести анализ результативности ИОМ",
      "2027-11-30T03:00 Срок реализации ИОМ закончился (30.11.2027",
    ];
    expect(got.map((line, i) => (expected[i] && line.startsWith(expected[i]!) ? expected[i] : line))).toEqual(expected);
    const dropped = (await h.app.store.outbox.all()).filter((r) => r.status === "dropped");
    expect(dropped.filter((r) => r.lastError === "expired").map((r) => r.kind)).toEqual(expect.arrayContaining(["activity_ahead", "activity_due"]));
    // A year of ticks: seconds alone, much longer beside the process tests on a loaded 2-core box.
  }, 180_000);

  it("gives deputies and mentors a weekly digest on Mondays instead of a message per event, and the yearly monitoring", () => {
    for (const chat of [7002, 7003]) {
      const digests = deliveries.filter((d) => d.chat === chat && d.text.startsWith("Еженедельная сводка"));
      expect(digests.length).toBeGreaterThan(40);
      for (const d of digests) expect(new Date(d.at).getUTCDay()).toBe(1);
      expect(new Set(digests.map((d) => d.at)).size).toBe(digests.length);
      // Mondays 22 and 29 March fall in the holidays.
      expect(digests.some((d) => d.at.startsWith("2027-03-22") || d.at.startsWith("2027-03-29"))).toBe(false);
    }
    const deputy = deliveries.filter((d) => d.chat === 7002 && !d.text.startsWith("Еженедельная сводка")).map((d) => `${d.at.slice(0, 16)} ${d.text.slice(0, 20)}`);
    expect(deputy).toEqual(["2027-05-20T03:00 Конец учебного года:", "2027-09-15T03:00 Начало учебного года"]);
  });

  it("holds reminders during quiet hours and a personal pause; a snoozed one comes back the next morning", async () => {
    const store = h.app.store;
    const route = (await store.routes.byId(routeId))!;
    const before = deliveries.length;
    // A reminder due at 22:00 local (15:00Z) waits for 08:00 local.
    const teacher = (await store.users.byTelegramId(7001n))!;
    await store.outbox.enqueue([
      { key: "t|checkpoint|late", userId: teacher.id, chatId: 7001n, kind: "half_year", payload: { routeId: route.id }, dueAt: new Date("2027-12-31T15:00:00Z") },
    ]);
    await runUntil("2028-01-01T00:00:00Z", HOUR);
    expect(deliveries.slice(before)).toEqual([]);
    await runUntil("2028-01-01T01:00:00Z", HOUR);
    expect(deliveries.slice(before).map((d) => d.at)).toEqual(["2028-01-01T01:00:00.000Z"]);
    // Snooze it: it comes back a day later (the next morning, outside quiet hours).
    const snoozeData = h.tg.lastMessage(7001)!.reply_markup!.inline_keyboard!.flat().find((b) => b.text.includes("Напомнить завтра"))!.callback_data!;
    const pressed = await h.user(7001).pressData(snoozeData);
    expect(pressed.answer?.text).toBe("Напомню завтра.");
    await runUntil("2028-01-02T00:00:00Z", HOUR);
    expect(deliveries.length).toBe(before + 1);
    await runUntil("2028-01-02T02:00:00Z", HOUR);
    expect(deliveries.slice(before + 1).map((d) => `${d.at} ${d.text.slice(0, 20)}`)).toEqual(["2028-01-02T01:00:00.000Z Пора провести анализ"]);
    // A personal pause holds everything until it ends.
    await h.user(7001).command("pause", "05.01.2028");
    await store.outbox.enqueue([
      { key: "t|half_year|paused", userId: teacher.id, chatId: 7001n, kind: "half_year", payload: { routeId: route.id }, dueAt: new Date("2028-01-03T03:00:00Z") },
    ]);
    const pausedFrom = deliveries.length;
    await runUntil("2028-01-04T23:00:00Z", HOUR);
    const teacherSince = () => deliveries.slice(pausedFrom).filter((d) => d.chat === 7001);
    expect(teacherSince()).toEqual([]);
    await runUntil("2028-01-05T02:00:00Z", HOUR);
    expect(teacherSince().map((d) => d.at)).toEqual(["2028-01-05T01:00:00.000Z"]);
  }, 60_000);
});

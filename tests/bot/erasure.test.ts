// A deputy who erases her personal data: what she wrote on a teacher's route (the return
// comment, a comment) stays for the teacher, but nothing names her any more.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { providers } from "../helpers/databases.js";
import { readyRoute } from "../helpers/routes.js";
import { allStoredText } from "../helpers/scan.js";
import type { TelegramUser } from "../../src/testing/telegram-user.js";

const clock = () => new Date("2026-11-26T03:00:00Z");

describe.each(providers)("erasing a deputy's data (%s)", (provider) => {
  let h: Harness;
  let deputy: TelegramUser, deputy2: TelegramUser, teacher: TelegramUser;
  let routeId = 0;

  beforeAll(async () => {
    h = await startHarness({ provider, clock });
    const store = h.app.store;
    const district = await store.organisations.createDistrict("Район");
    const school = await store.organisations.createSchool(district.id, "МБОУ СОШ № 3");
    const expiresAt = new Date("2027-01-01T00:00:00Z");
    deputy = h.user(810_001, { first_name: "Ольга", last_name: "Зимина", username: "olga_zimina" });
    deputy2 = h.user(810_002, { first_name: "Ирина" });
    teacher = h.user(810_003, { first_name: "Анна" });
    for (const [user, role] of [[deputy, "deputy"], [deputy2, "deputy"], [teacher, "teacher"]] as const) {
      const invite = await store.organisations.createInvite({ organisationId: school.id, role, expiresAt });
      await user.command("start", invite.code);
      await user.press("Даю согласие");
    }
    const teacherUser = (await store.users.byTelegramId(810_003n))!;
    routeId = (await store.routes.create(readyRoute({ teacherId: teacherUser.id, schoolId: school.id }))).id!;
    await teacher.command("route");
    await teacher.press("Отправить на согласование");
    await deputy.press("Вернуть на доработку", { messageId: deputy.last()!.message_id });
    await deputy.send("Уточните сроки мероприятий");
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("keeps her return comment for the teacher and removes her name everywhere", async () => {
    await deputy.command("deletemydata");
    const erased = await deputy.press("Удалить мои данные");
    expect(erased.edits[0]!.text).toContain("персональные данные удалены");

    const shown = await teacher.command("route");
    expect(shown.replies.map((r) => r.text).join("\n")).toContain("Уточните сроки мероприятий");

    await deputy2.pressData(`ds:r:${routeId}`);
    const opened = await deputy2.press("Комментарии");
    const history = opened.edits.map((r) => r.text).join("\n");
    expect(history).toContain("(пользователь удалил свои данные): Уточните сроки мероприятий");
    expect(history).not.toMatch(/#\d+/);

    const route = (await h.app.store.routes.byId(routeId))!;
    expect((await h.app.store.routes.decisionOf(routeId, route.version))!.deciderId).toBeNull();
    const stored = await allStoredText(h.database.url);
    for (const needle of ["Зимина", "olga_zimina", "810001"]) expect(stored.includes(needle), needle).toBe(false);
    expect(stored).toContain("Уточните сроки мероприятий");
  });

  it("a teacher who erased her data gets nothing, and nobody is shown a route with an empty title", async () => {
    const store = h.app.store;
    const teacherUser = (await store.users.byTelegramId(810_003n))!;
    await teacher.command("route");
    await teacher.press("Исправить ИОМ");
    await teacher.command("route");
    await teacher.press("Отправить на согласование");
    const request = deputy2.last()!;
    await teacher.command("deletemydata");
    await teacher.press("Удалить мои данные");
    const before = h.tg.messages(810_003).length;
    const approved = await deputy2.press("Утвердить", { messageId: request.message_id });
    expect(approved.answer?.text).toBe("ИОМ утверждён.");
    expect(h.tg.messages(810_003).length).toBe(before);
    expect(h.tg.messages(-teacherUser.id)).toEqual([]);
    const closed = h.tg.messages(810_002).find((m) => m.message_id === request.message_id)!;
    expect(closed.text).toContain("«ИОМ без названия» утверждён");
    expect(closed.text).not.toContain("«»");
  });
});

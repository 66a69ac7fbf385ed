// An approved route being carried out is not rewritten behind the approver's back: the teacher
// edits a copy, the deputy approves or returns it, progress made meanwhile survives, ids stay
// (a comment keeps its task), a task with evidence cannot be deleted, everything is audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { providers } from "../helpers/databases.js";
import { readyRoute } from "../helpers/routes.js";
import type { TelegramUser } from "../../src/testing/telegram-user.js";

const clock = () => new Date("2026-11-26T03:00:00Z");
/** What the teacher saw: screens edited in place and new messages. */
const text = (result: { replies: { text?: string }[]; edits: { text?: string }[] }) => [...result.edits, ...result.replies].map((r) => r.text ?? "").join("\n");

describe.each(providers)("correcting an active route (%s)", (provider) => {
  let h: Harness;
  let deputy: TelegramUser, teacher: TelegramUser;
  let routeId = 0;
  let taskId = 0;
  let activityId = 0;

  beforeAll(async () => {
    h = await startHarness({ provider, clock });
    const store = h.app.store;
    const district = await store.organisations.createDistrict("Район");
    const school = await store.organisations.createSchool(district.id, "МБОУ СОШ № 9");
    deputy = h.user(830_001, { first_name: "Ольга" });
    teacher = h.user(830_002, { first_name: "Анна" });
    for (const [user, role] of [[deputy, "deputy"], [teacher, "teacher"]] as const) {
      const invite = await store.organisations.createInvite({ organisationId: school.id, role, expiresAt: new Date("2027-01-01T00:00:00Z") });
      await user.command("start", invite.code);
      await user.press("Даю согласие");
    }
    await teacher.command("cancel");
    const teacherUser = (await store.users.byTelegramId(830_002n))!;
    const route = await store.routes.create(readyRoute({ teacherId: teacherUser.id, schoolId: school.id }));
    routeId = route.id!;
    taskId = route.tasks[0]!.id!;
    activityId = route.tasks[0]!.activities[0]!.id!;
    await teacher.command("route");
    await teacher.press("Отправить на согласование");
    await deputy.press("Утвердить", { messageId: deputy.last()!.message_id });
    expect((await store.routes.byId(routeId))!.status).toBe("active");
    await store.routes.addComment({ routeId, taskId, authorId: (await store.users.byTelegramId(830_001n))!.id, text: "Хорошая задача", at: clock() });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("edits go to a copy: the approved plan stays in force until the deputy decides", async () => {
    await teacher.command("route");
    const opened = await teacher.press("✏️ Изменить маршрут");
    expect(text(opened)).toContain("Вы меняете утверждённый ИОМ");
    expect(text(opened)).toContain("Изменений пока нет");
    await teacher.press("Задачи (1)");
    await teacher.press("1.");
    await teacher.press("+ Своё мероприятие");
    await teacher.send("Семинар ШМО «Цифровые сервисы»");
    await teacher.press("семинар");
    await teacher.press("школьный");
    const added = await teacher.send("10.12");
    expect(text(added)).toContain("Семинар ШМО");
    const live = (await h.app.store.routes.byId(routeId))!;
    expect(live.tasks[0]!.activities).toHaveLength(1);

    // Progress made meanwhile is marked on the approved plan.
    await teacher.command("route");
    await teacher.press("10.02.2027");
    await teacher.press("Без подтверждения");

    const review = await teacher.pressData(`rd:rev:${routeId}`);
    expect(text(review)).toContain("Изменений: 1");
    expect(text(review)).toContain("новое мероприятие 10.12.2026: Семинар ШМО «Цифровые сервисы»");
    await teacher.press("Задачи (1)");
    await teacher.press("1.");
    const refused = await teacher.press("Удалить задачу");
    expect(text(refused)).toContain("её нельзя удалить");
  });

  it("the deputy returns the changes with a comment; the teacher corrects and resubmits; the deputy approves", async () => {
    await teacher.pressData(`rd:rev:${routeId}`);
    const submitted = await teacher.press("📤 Отправить изменения на согласование");
    expect(text(submitted)).toContain("Изменения отправлены на согласование");
    const request = deputy.last()!;
    expect(request.text).toContain("Изменения в ИОМ на согласование");
    expect(request.text).toContain("• новое мероприятие 10.12.2026: Семинар ШМО «Цифровые сервисы»");
    const locked = await teacher.pressData(`rd:rev:${routeId}`);
    expect(text(locked)).toContain("на согласовании");

    await deputy.press("↩️ Вернуть", { messageId: request.message_id });
    const returned = await deputy.send("Уточните тему семинара");
    expect(text(returned)).toContain("Изменения возвращены педагогу");
    expect(teacher.last()!.text).toContain("Комментарий: Уточните тему семинара");
    expect((await h.app.store.routes.byId(routeId))!.tasks[0]!.activities).toHaveLength(1);

    const fixing = await teacher.press("✏️ Исправить изменения");
    expect(text(fixing)).toContain("Уточните тему семинара");
    await teacher.press("📤 Отправить изменения на согласование");
    const again = deputy.last()!;
    const approved = await deputy.press("✅ Утвердить изменения", { messageId: again.message_id });
    expect(text(approved)).toContain("Изменения утверждены");
    expect(teacher.last()!.text).toContain("утверждены");
    const second = await deputy.press("✅ Утвердить изменения", { messageId: again.message_id });
    expect(second.answer?.text).toContain("уже принято");

    const route = (await h.app.store.routes.byId(routeId))!;
    expect(route.status).toBe("active");
    expect(route.tasks[0]!.id).toBe(taskId);
    expect(route.tasks[0]!.activities.map((a) => [a.date, a.event, a.status])).toEqual([
      ["2026-12-10", "Семинар ШМО «Цифровые сервисы»", "planned"],
      ["2027-02-10", "КПК «Формирующее оценивание»", "done"],
    ]);
    expect(route.tasks[0]!.activities[1]!.id).toBe(activityId);
    const comments = await h.app.store.routes.comments(routeId);
    expect(comments.find((c) => c.text === "Хорошая задача")!.taskId).toBe(taskId);
    const audit = (await h.app.store.audit.byAction("route_correction_approved"))[0]!;
    expect(JSON.stringify(audit.details)).toContain("activity_added");
  });
});

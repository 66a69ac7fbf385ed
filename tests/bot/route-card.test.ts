// The route card for the people who manage routes, through the stand-in: a returned route that
// comes back shows what changed; evidence attached by the teacher is listed and its files are
// forwarded on request; comments show with their replies; long sections are paged, never cut.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joined } from "../helpers/people.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { providers } from "../helpers/databases.js";
import { readyRoute, task } from "../helpers/routes.js";
import type { Role } from "../../src/domain/permissions.js";
import type { TelegramUser } from "../../src/testing/telegram-user.js";

const clock = () => new Date("2027-02-12T06:00:00Z");

describe.each(providers)("the route card (%s)", (provider) => {
  let h: Harness;
  let schoolId = 0;
  let deputy: TelegramUser, teacher: TelegramUser, other: TelegramUser;
  let teacherId = 0, otherId = 0;

  const person = (telegramId: number, name: string, role: Role) => joined(h, { telegramId, name, organisationId: schoolId, role, at: clock() });

  beforeAll(async () => {
    h = await startHarness({ provider, clock });
    const store = h.app.store;
    const district = await store.organisations.createDistrict("Район");
    schoolId = (await store.organisations.createSchool(district.id, "МБОУ СОШ № 9")).id;
    deputy = (await person(950_001, "Петрова Ольга", "deputy")).user;
    ({ user: teacher, id: teacherId } = await person(950_002, "Смирнова Анна", "teacher"));
    ({ user: other, id: otherId } = await person(950_003, "Орлова Вера", "teacher"));
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("a route returned with a comment and submitted again shows the deputy what changed", async () => {
    const store = h.app.store;
    await store.routes.create(readyRoute({ teacherId, schoolId, title: "ИОМ Смирновой", status: "submitted", version: 1, submittedAt: "2027-02-01T08:00:00.000Z" }));
    await deputy.command("menu");
    await deputy.press("На согласовании (1)");
    await deputy.press("Смирнова Анна");
    await deputy.press("Вернуть на доработку");
    await deputy.send("Уточните цель: что изменится в работе с классом");
    await teacher.press("Исправить ИОМ");
    await teacher.press("Цель");
    await teacher.send("Повысить читательскую грамотность учащихся 5–6 классов через смысловое чтение");
    await teacher.command("route");
    await teacher.press("Отправить на согласование");

    await deputy.command("menu");
    await deputy.press("На согласовании (1)");
    const card = await deputy.press("Смирнова Анна");
    expect(card.edits[0]!.text).toContain("Ранее возвращался с комментарием: «Уточните цель: что изменится в работе с классом»");
    const changes = await deputy.press("Что изменилось после возврата");
    expect(changes.replies).toHaveLength(0);
    expect(changes.edits[0]!.text).toContain("• цель");
    expect(changes.edits[0]!.text).not.toContain("задача");
    const comments = await deputy.press("К карточке");
    expect(comments.edits[0]!.text).toContain("Педагог: Смирнова Анна");
  });

  it("evidence attached by the teacher is listed, and its photo forwarded on request; comments show their replies", async () => {
    const store = h.app.store;
    await store.routes.create(
      readyRoute({
        teacherId: otherId,
        schoolId,
        title: "ИОМ Орловой",
        status: "active",
        version: 1,
        submittedAt: "2026-09-01T08:00:00.000Z",
        approvedAt: "2026-09-02T08:00:00.000Z",
        profile: { frameworkVersion: "1", areas: [{ area: "digital", percent: 33.3, answered: 5 }, { area: "methodical", percent: 80, answered: 5 }] },
      }),
    );
    await other.command("route");
    await other.press("КПК «Формирующее оценивание»");
    await other.sendPhoto(Buffer.from("certificate"), "удостоверение");
    await deputy.command("menu");
    await deputy.press("Все ИОМ школы");
    await deputy.press("Орлова Вера");
    await deputy.press("Комментарий к ИОМ");
    await deputy.send("Приложите, пожалуйста, программу курса");
    await other.press("Ответить");
    await other.send("Программа будет в марте");

    await deputy.command("menu");
    await deputy.press("Все ИОМ школы");
    const card = await deputy.press("Орлова Вера");
    expect(card.edits[0]!.text).toMatch(/Дефициты: .+ — 33,3 %/);
    expect(card.edits[0]!.text).not.toContain("80 %");
    const chart = await deputy.press("Профиль компетенций");
    expect(chart.replies[0]!.photo).toBeDefined();
    const evidence = await deputy.press("Выполнено и подтверждения");
    expect(evidence.edits[0]!.text).toContain("✅ 10.02.2027 КПК «Формирующее оценивание» — фото");
    const forwarded = await deputy.press("📎 10.02.2027");
    expect(forwarded.replies).toHaveLength(1);
    expect(forwarded.replies[0]!.photo).toBeDefined();
    await deputy.press("К карточке");
    const thread = await deputy.press("Комментарии (2)");
    const lines = thread.edits[0]!.text!.split("\n");
    const question = lines.findIndex((l) => l.includes("Приложите, пожалуйста, программу курса"));
    expect(lines[question + 1]).toMatch(/^ {3}↳ .*Орлова Вера: Программа будет в марте$/);
  });

  it("a long section is paged and nothing is cut", async () => {
    const store = h.app.store;
    const long = Array.from({ length: 10 }, (_, i) => task({ title: `Задача ${i + 1}: ${"освоить приёмы формирующего оценивания ".repeat(3).trim()}`, expectedResult: `Результат ${i + 1}` }));
    const third = await person(950_004, "Иванова Мария", "teacher");
    await store.routes.create(readyRoute({ teacherId: third.id, schoolId, title: "ИОМ Ивановой", tasks: long }));
    await deputy.command("menu");
    await deputy.press("Все ИОМ школы");
    await deputy.press("Иванова Мария");
    const first = await deputy.press("Задачи, ресурсы, мероприятия");
    const pages = Number(/1 из (\d+)/.exec(deputy.buttons().map((b) => b.text).join(" "))?.[1]);
    expect(pages).toBeGreaterThan(1);
    const seen = [first.edits[0]!.text!];
    for (let page = 2; page <= pages; page += 1) seen.push((await deputy.press("▶")).edits[0]!.text!);
    for (const text of seen) expect(text.length).toBeLessThanOrEqual(1000);
    for (let i = 1; i <= 10; i += 1) expect(seen.join("\n")).toContain(`Результат ${i}`);
  });

  it("a mentor proposes a task from the card; the teacher accepts it into the correction of her route; the mentor hears of it", async () => {
    const store = h.app.store;
    const mentor = await person(950_005, "Наставникова Мария", "mentor");
    await store.organisations.assignMentor(mentor.id, otherId, schoolId);
    await mentor.user.command("menu");
    await mentor.user.press("ИОМ моих педагогов (1)");
    await mentor.user.press("Орлова Вера");
    await mentor.user.press("Предложить правку");
    await mentor.user.press("Новую задачу");
    const sent = await mentor.user.send("Освоить приёмы смыслового чтения");
    expect(sent.replies[0]!.text).toBe("Предложение отправлено педагогу.");
    expect(other.lastText()).toContain("предлагает добавить в ИОМ «ИОМ Орловой» задачу");
    const acceptData = other.buttons().find((b) => b.text.includes("Принять"))!.callback_data!;
    const accepted = await other.press("Принять");
    expect(accepted.answer?.text).toBe("Принято: изменение внесено в ИОМ.");
    expect(other.buttons().map((b) => b.text)).toContain("✏️ Открыть изменения ИОМ");
    expect(mentor.user.lastText()).toContain("Орлова Вера принимает ваше предложение");
    const route = (await store.routes.currentOf(otherId))!;
    const correction = await store.routes.openCorrection(route.id!);
    expect(correction!.content.tasks.map((t) => t.title)).toContain("Освоить приёмы смыслового чтения");
    expect(route.tasks.map((t) => t.title)).not.toContain("Освоить приёмы смыслового чтения");
    // An old copy of the proposal pressed again adds nothing.
    const again = await other.pressData(acceptData);
    expect(again.answer?.text).toBe("Эта отметка уже стоит.");
    expect((await store.routes.openCorrection(route.id!))!.content.tasks.filter((t) => t.title === "Освоить приёмы смыслового чтения")).toHaveLength(1);
  });

  it("the card and its sections are one menu: a forged place is refused and recorded; a press on a card that changed gets it as it is now", async () => {
    const store = h.app.store;
    const fourth = await person(950_006, "Кузнецова Ирина", "teacher");
    await store.routes.create(readyRoute({ teacherId: fourth.id, schoolId, title: "ИОМ Кузнецовой", status: "submitted", version: 1, submittedAt: "2027-02-10T08:00:00.000Z" }));
    await deputy.command("menu");
    await deputy.press("На согласовании");
    const card = await deputy.press("Кузнецова Ирина");
    const tasksData = deputy.buttons().find((b) => b.text.includes("Задачи, ресурсы"))!.callback_data!;
    expect(tasksData).toMatch(/^rc\//);
    expect(deputy.buttons().find((b) => b.text.includes("Утвердить"))!.callback_data).toMatch(/^ap:/);

    const refusedBefore = (await store.audit.byAction("refused")).length;
    const forged = await other.pressData(tasksData, card.edits[0]);
    expect(forged.answer?.text).toBe("Недостаточно прав для этого действия.");
    expect(forged.edits).toHaveLength(0);
    expect(forged.replies).toHaveLength(0);
    expect((await store.audit.byAction("refused")).length).toBe(refusedBefore + 1);
    const garbage = await deputy.pressData("rc/0/0/abc/h0000");
    expect(garbage.edits).toHaveLength(0);
    expect(garbage.answer?.text).toBe("Эта кнопка устарела. Откройте нужный раздел заново.");

    const approved = await deputy.press("Утвердить");
    expect(approved.answer?.text).toBe("ИОМ утверждён.");
    const stale = await deputy.pressData(tasksData);
    expect(stale.answer?.text).toBe("Кнопка устарела — вот актуальный экран.");
    expect(stale.edits.at(-1)!.text).toContain("Утверждён: Петрова Ольга");
    expect(stale.edits.at(-1)!.message_id).toBe(card.edits[0]!.message_id);
    const tasks = await deputy.press("Задачи, ресурсы");
    expect(tasks.edits[0]!.text).toContain("ИОМ Кузнецовой");
    expect(tasks.edits[0]!.message_id).toBe(card.edits[0]!.message_id);
    expect((await deputy.press("К карточке")).edits[0]!.text).toContain("Педагог: Кузнецова Ирина");
    // A comment on a task: the tasks take the card's place, and the card is one press away.
    const choose = await deputy.press("💬 К задаче");
    expect(choose.replies).toHaveLength(0);
    expect(choose.edits[0]!.message_id).toBe(card.edits[0]!.message_id);
    expect(deputy.buttons().map((b) => b.text)).toContain("◀ К карточке");
    await deputy.press(/^1\. /);
    expect((await deputy.send("Уточните сроки по первой задаче")).replies[0]!.text).toBe("Комментарий отправлен педагогу.");
    const route = (await store.routes.currentOf(fourth.id))!;
    const comment = (await store.routes.comments(route.id!)).find((c) => c.text === "Уточните сроки по первой задаче")!;
    expect(comment.taskId).toBe(route.tasks[0]!.id);
  });

  it("the teacher records a product and removes one recorded by mistake, after asking; nobody else can", async () => {
    const store = h.app.store;
    const fifth = await person(950_007, "Белова Ирина", "teacher");
    const route = await store.routes.create(readyRoute({ teacherId: fifth.id, schoolId, title: "ИОМ Беловой", status: "active", version: 1, approvedAt: "2026-09-02T08:00:00.000Z" }));
    await fifth.user.command("route");
    await fifth.user.press("+ Продукт");
    await fifth.user.press("Открытый урок");
    expect((await fifth.user.send("Урок по теме «Дроби»")).replies[0]!.text).toBe("Продукт сохранён в ИОМ.");
    await fifth.user.press("+ Продукт");
    await fifth.user.press("Публикация");
    await fifth.user.send("Статья, записанная по ошибке");
    await fifth.user.command("route");
    const section = await fifth.user.press("Продукты и трансляция");
    expect(section.edits[0]!.text).toContain("Публикация: Статья, записанная по ошибке");
    // A title written again: the section comes back with it.
    await fifth.user.press("✏️ Урок по теме");
    const renamed = await fifth.user.send("Открытый урок «Дроби в 5 классе»");
    expect(renamed.replies.at(-1)!.text).toContain("Название продукта изменено.");
    expect(renamed.replies.at(-1)!.text).toContain("Открытый урок: Открытый урок «Дроби в 5 классе»");
    const keys = fifth.user.buttons();
    const removeData = keys[keys.findIndex((b) => b.text.includes("Статья, записанная по ошибке")) + 1]!.callback_data!;

    const refusedBefore = (await store.audit.byAction("refused")).length;
    const forged = await deputy.pressData(removeData);
    expect(forged.answer?.text).toBe("Недостаточно прав для этого действия.");
    expect([...forged.edits, ...forged.replies].map((m) => m.text).join("")).not.toContain("Статья");
    expect((await store.audit.byAction("refused")).length).toBe(refusedBefore + 1);

    const asked = await fifth.user.pressData(removeData);
    expect(asked.edits[0]!.text).toContain("Удалить продукт «Статья, записанная по ошибке»?");
    expect((await store.routes.byId(route.id!))!.products).toHaveLength(2);
    const removed = await fifth.user.press("Да");
    expect(removed.answer?.text).toBe("Продукт удалён.");
    expect(removed.edits[0]!.text).toContain("Открытый урок: Открытый урок «Дроби в 5 классе»");
    expect(removed.edits[0]!.text).not.toContain("Статья, записанная по ошибке");
    expect((await store.routes.byId(route.id!))!.products.map((p) => p.title)).toEqual(["Открытый урок «Дроби в 5 классе»"]);
    expect((await store.audit.byAction("product_removed")).length).toBe(1);
    const again = await fifth.user.pressData(removeData);
    expect(again.answer?.text).toBe("Эта кнопка устарела. Откройте нужный раздел заново.");
  });
});

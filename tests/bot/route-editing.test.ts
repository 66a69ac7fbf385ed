// Editing a draft route by hand through the bot: the term, a new task with its expected result,
// a resource picked from the paged catalogue filtered by the task's area, a dated activity,
// removing an activity, broadcasting experience, and a submission refused with the reasons.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seen } from "../helpers/seen.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { providers } from "../helpers/databases.js";
import type { TelegramUser } from "../../src/testing/telegram-user.js";
import { emptyRoute } from "../../src/domain/route.js";
import { joined } from "../helpers/people.js";
import { readyRoute, task } from "../helpers/routes.js";

const clock = () => new Date("2026-11-26T03:00:00Z");

describe.each(providers)("editing a route by hand (%s)", (provider) => {
  let h: Harness;
  let teacher: TelegramUser;
  let routeId = 0;

  beforeAll(async () => {
    h = await startHarness({ provider, clock });
    const store = h.app.store;
    const district = await store.organisations.createDistrict("Район");
    const school = await store.organisations.createSchool(district.id, "Школа № 9");
    const invite = await store.organisations.createInvite({ organisationId: school.id, role: "teacher", expiresAt: new Date("2027-01-01T00:00:00Z") });
    teacher = h.user(640_001, { first_name: "Инна" });
    await teacher.command("start", invite.code);
    await teacher.press("Даю согласие");
    await teacher.command("cancel");
    const user = (await store.users.byTelegramId(640_001n))!;
    routeId = (await store.routes.create({ ...emptyRoute(user.id, school.id, "ИОМ на 2026 год"), goal: "Развитие цифровой компетентности", term: { start: "2026-11-26", end: "2027-11-25" } })).id!;
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("changes the term, refusing one that is too short", async () => {
    await teacher.command("route");
    await teacher.press("Срок");
    const short = await teacher.send("01.09.2026 - 01.10.2026");
    expect(short.replies[0]!.text).toBe("Срок реализации ИОМ — не менее 6 месяцев и не более 3 лет.");
    const nonsense = await teacher.send("с понедельника");
    expect(nonsense.replies[0]!.text).toContain("Не понял срок");
    const review = await teacher.send("с 01.09.2026 по 31.08.2027");
    expect(review.replies.at(-1)!.text).toContain("Срок реализации: 01.09.2026 – 31.08.2027");
    // A title of her own stays when the term changes.
    expect(review.replies.at(-1)!.text).toContain("ИОМ на 2026 год");
  });

  it("a title the bot made follows the term; the title and the methodical theme are hers to write", async () => {
    const store = h.app.store;
    await store.routes.saveContent({ ...(await store.routes.byId(routeId))!, title: "ИОМ на 2026–2027 гг." }, ["draft"]);
    await teacher.command("route");
    await teacher.press("Срок");
    const moved = await teacher.send("с 01.09.2027 по 31.08.2028");
    expect(moved.replies.at(-1)!.text).toContain("ИОМ на 2027–2028 гг.");
    await teacher.press("Методическая тема");
    const themed = await teacher.send("Формирование читательской грамотности на уроках истории");
    expect(themed.replies.at(-1)!.text).toContain("Методическая тема: Формирование читательской грамотности на уроках истории");
    await teacher.press("Название");
    await teacher.send("ИОМ учителя истории");
    await teacher.press("Срок");
    const back = await teacher.send("с 01.09.2026 по 31.08.2027");
    expect(back.replies.at(-1)!.text).toContain("ИОМ учителя истории");
    expect((await store.routes.byId(routeId))!.theme).toBe("Формирование читательской грамотности на уроках истории");
  });

  it("adds a task and picks a resource from the paged catalogue, with a date for its activity", async () => {
    await teacher.press("Задачи (0)");
    await teacher.press("Добавить задачу");
    await teacher.send("Освоить цифровые сервисы");
    const taskScreen = await teacher.send("Банк цифровых заданий");
    expect(taskScreen.replies.at(-1)!.text).toContain("1. Освоить цифровые сервисы");
    const page = await teacher.press("Ресурс из каталога");
    // The catalogue takes the place of the task screen, and pages both ways in place.
    expect(page.replies).toHaveLength(0);
    expect(page.edits[0]!.text).toMatch(/Каталог ресурсов, страница 1 из \d+ \(всего \d+\)/);
    expect(page.edits[0]!.text).toMatch(/^1\. .+ — .+, (формальное|неформальное|информальное) образование, /m);
    const second = await teacher.press("▶");
    expect(second.edits[0]!.text).toContain("страница 2 из");
    const back = await teacher.press("◀");
    expect(back.replies).toHaveLength(0);
    expect(back.edits[0]!.text).toContain("страница 1 из");
    // Filters redraw the list in place; words are searched in titles across all areas.
    const formal = await teacher.press("Форма: любая");
    const entries = formal.edits[0]!.text!.split("\n").filter((l) => /^\d+\. /.test(l));
    expect(entries.length).toBeGreaterThan(0);
    for (const line of entries) expect(line).toContain(", формальное образование,");
    await teacher.press("Области: задачи");
    await teacher.press("Поиск по словам");
    const found = await teacher.send("функциональной");
    const hits = found.replies.at(-1)!.text!.split("\n").filter((l) => /^\d+\. /.test(l));
    expect(found.replies.at(-1)!.text).toContain("Найдено по словам: «функциональной»");
    expect(hits.length).toBeGreaterThan(0);
    for (const line of hits) expect(line.toLowerCase()).toContain("функциональной");
    const cleared = await teacher.press("Сбросить поиск и фильтры");
    expect(cleared.edits[0]!.text).not.toContain("Найдено по словам");
    // /cancel at the date leaves nothing half-made: the resource comes only with its date.
    await teacher.press(/^1$/);
    await teacher.command("cancel");
    expect((await h.app.store.routes.byId(routeId))!.tasks[0]!.resources).toHaveLength(0);
    await teacher.command("route");
    await teacher.press("Задачи (1)");
    await teacher.press("1.");
    await teacher.press("Ресурс из каталога");
    await teacher.press(/^1$/);
    const cancelled = await teacher.press("Отмена");
    expect(cancelled.edits[0]!.text).toMatch(/^Отменено. Ничего не изменилось.\n\n☰ Главное меню/);
    expect((await teacher.send("15.03")).replies[0]!.text).toContain("Я не понял сообщение");
    expect((await h.app.store.routes.byId(routeId))!.tasks[0]!.resources).toHaveLength(0);
    // The cancelled prompt became the home screen: the teacher goes back to her task from there.
    await teacher.press("Продолжить составление ИОМ");
    await teacher.press("Задачи (1)");
    await teacher.press("1.");
    await teacher.press("Ресурс из каталога");
    const picked = await teacher.press(/^1$/);
    expect(picked.replies).toHaveLength(0);
    expect(picked.edits[0]!.text).toContain("Он будет добавлен вместе с датой мероприятия");
    const late = await teacher.send("15.03.2028");
    expect(late.replies[0]!.text).toBe("Дата выходит за срок реализации ИОМ.");
    const dated = await teacher.send("15.03");
    expect(dated.replies[0]!.text).toContain("15.03.2027 —");
    const route = (await h.app.store.routes.byId(routeId))!;
    expect(route.tasks[0]!.resources).toHaveLength(1);
    expect(route.tasks[0]!.resources[0]!.catalogId).toBeGreaterThan(0);
    expect(route.tasks[0]!.activities[0]).toMatchObject({ date: "2027-03-15", status: "planned" });
  });

  it("removes an activity, then refuses to submit a task without one, saying why", async () => {
    await teacher.press("Удалить мероприятие");
    const asked = await teacher.press("15.03.2027");
    expect(asked.edits[0]!.text).toContain("Удалить мероприятие 15.03.2027");
    expect((await h.app.store.routes.byId(routeId))!.tasks[0]!.activities).toHaveLength(1);
    const removed = await teacher.press("Да");
    expect(removed.edits[0]!.text).not.toContain("15.03.2027");
    await teacher.press("Удалить ресурс");
    await teacher.press("✖");
    const kept = await teacher.press("Отмена");
    expect(kept.edits[0]!.text).toContain("Ресурс:");
    await teacher.press("Удалить ресурс");
    await teacher.press("✖");
    const noResource = await teacher.press("Да");
    expect(noResource.edits[0]!.text).not.toContain("Ресурс:");
    expect((await h.app.store.routes.byId(routeId))!.tasks[0]!.resources).toHaveLength(0);
    await teacher.press("К маршруту");
    const refused = await teacher.press("Отправить на согласование");
    expect(seen(refused)).toContain("ИОМ пока нельзя отправить");
    expect(seen(refused)).toContain("В задаче нет ни одного мероприятия. (задача 1)");
    expect((await h.app.store.routes.byId(routeId))!.status).toBe("draft");
  });

  it("adds broadcasting experience and then submits", async () => {
    await teacher.command("route");
    const list = await teacher.press("Трансляция опыта (0)");
    expect(list.edits[0]!.text).toContain("Точек трансляции пока нет.");
    await teacher.press("+ Трансляция опыта");
    await teacher.send("Выступление на педсовете");
    const added = await teacher.send("20.05.2027");
    expect(added.replies[0]!.text).toBe("Точка трансляции опыта добавлена: 20.05.2027 — Выступление на педсовете");
    // 002 §4.1: the point names the product it presents.
    expect(added.replies[1]!.text).toContain("Какой продукт вы представите");
    const listed = await teacher.send("Методическая разработка урока");
    expect(listed.replies.at(-1)!.text).toContain("1. 20.05.2027 — Выступление на педсовете. Продукт: Методическая разработка урока");
    expect((await h.app.store.routes.byId(routeId))!.broadcasts[0]!.product).toBe("Методическая разработка урока");
    // A point moves to another day and another is removed after asking.
    await teacher.press("📅 1");
    const redated = await teacher.send("21.05.2027");
    expect(redated.replies.at(-1)!.text).toContain("1. 21.05.2027 — Выступление на педсовете");
    await teacher.press("✏️ 1");
    await teacher.send("Выступление на августовском педсовете");
    const renamed = await teacher.send("Методическая разработка цикла уроков");
    expect(renamed.replies.at(-1)!.text).toContain("1. 21.05.2027 — Выступление на августовском педсовете. Продукт: Методическая разработка цикла уроков");
    await teacher.press("+ Трансляция опыта");
    await teacher.send("Открытый урок");
    await teacher.send("15.04.2027");
    await teacher.send("-");
    expect((await h.app.store.routes.byId(routeId))!.broadcasts).toHaveLength(2);
    const asked = await teacher.press("✖ 2");
    expect(asked.edits[0]!.text).toBe("Удалить точку трансляции опыта 15.04.2027 — Открытый урок?");
    const removed = await teacher.press("Да");
    expect(removed.edits[0]!.text).not.toContain("Открытый урок");
    expect((await h.app.store.routes.byId(routeId))!.broadcasts.map((b) => b.date)).toEqual(["2027-05-21"]);
    const review = await teacher.press("К маршруту");
    expect(review.edits[0]!.text).toContain("Задач: 1");
    await teacher.press("Задачи (1)");
    await teacher.press("1.");
    await teacher.press("Своё мероприятие");
    await teacher.send("Мастер-класс коллеги");
    await teacher.press("мастер-класс");
    await teacher.press("школьный");
    await teacher.send("10.02.2027");
    // A planned activity moves to another day, within the term.
    await teacher.press("Перенести мероприятие");
    await teacher.press("10.02.2027");
    expect((await teacher.send("10.02.2029")).replies[0]!.text).toBe("Дата выходит за срок реализации ИОМ.");
    const moved = await teacher.send("17.02.2027");
    expect(seen(moved)).toContain("17.02.2027");
    expect((await h.app.store.routes.byId(routeId))!.tasks[0]!.activities.map((a) => a.date)).toEqual(["2027-02-17"]);
    await teacher.press("К маршруту");
    const submitted = await teacher.press("Отправить на согласование");
    expect(submitted.replies).toHaveLength(0);
    expect(submitted.edits[0]!.text).toContain("отправлен на согласование");
    expect((await h.app.store.routes.byId(routeId))!.status).toBe("submitted");
  });

  it("tasks, a task and the catalogue are one menu: another teacher's press is refused and recorded; a press on a task removed meanwhile shows the tasks as they are", async () => {
    const store = h.app.store;
    const school = await store.organisations.createSchool((await store.organisations.createDistrict("Округ")).id, "Школа № 10");
    const second = await joined(h, { telegramId: 640_002, name: "Орлова Вера", organisationId: school.id, role: "teacher", at: clock() });
    const tasks = [task({ title: "Первая задача" }), task({ title: "Вторая задача" })];
    const id = (await store.routes.create(readyRoute({ teacherId: second.id, schoolId: school.id, status: "draft", tasks }))).id!;
    await second.user.command("route");
    await second.user.press("Задачи (2)");
    const opened = await second.user.press("2. Вторая задача");
    const catalogData = second.user.buttons().find((b) => b.text.includes("Ресурс из каталога"))!.callback_data!;
    expect(catalogData).toMatch(/^rt\//);
    const catalog = await second.user.press("Ресурс из каталога");
    expect(catalog.edits[0]!.message_id).toBe(opened.edits[0]!.message_id);
    const backData = second.user.buttons().find((b) => b.text.includes("К задаче"))!.callback_data!;

    const refusedBefore = (await store.audit.byAction("refused")).length;
    const forged = await teacher.pressData(catalogData);
    expect(forged.answer?.text).toBe("Недостаточно прав для этого действия.");
    expect([...forged.edits, ...forged.replies].map((m) => m.text).join("\n")).not.toContain("Вторая задача");
    expect((await store.audit.byAction("refused")).length).toBe(refusedBefore + 1);

    await store.routes.saveContent({ ...(await store.routes.byId(id))!, tasks: [tasks[0]!] }, ["draft"]);
    const stale = await second.user.pressData(backData);
    expect(stale.answer?.text).toBe("Кнопка устарела — вот актуальный экран.");
    expect(stale.edits.at(-1)!.text).toBe("Выберите задачу или добавьте новую:");
    expect(second.user.buttons().map((b) => b.text)).toEqual(["1. Первая задача", "+ Добавить задачу", "← К маршруту"]);
  });

  it("a refusal to submit names the first things to fix and says how many more there are", async () => {
    const store = h.app.store;
    const school = await store.organisations.createSchool((await store.organisations.createDistrict("Округ 3")).id, "Школа № 11");
    const third = await joined(h, { telegramId: 640_003, name: "Зайцева Нина", organisationId: school.id, role: "teacher", at: clock() });
    const bare = Array.from({ length: 10 }, (_, i) => task({ title: `Задача ${i + 1}`, resources: [], activities: [] }));
    await store.routes.create(readyRoute({ teacherId: third.id, schoolId: school.id, status: "draft", tasks: bare }));
    await third.user.command("route");
    const refused = await third.user.press("Отправить на согласование");
    const text = [...refused.replies, ...refused.edits].map((m) => m.text).join("\n");
    expect(text).toContain("ИОМ пока нельзя отправить:");
    expect(text.split("\n").filter((line) => line.startsWith("• "))).toHaveLength(8);
    expect(text).toMatch(/…и ещё \d+: покажу их, когда эти будут исправлены/);
  });
});

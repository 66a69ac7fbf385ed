// The whole way of a route through Telegram updates: an administrator creates a school, a
// deputy joins and invites a teacher, the teacher consents, fills in the educational history,
// takes the self-diagnosis (with back, pause and a restart in the middle), gets the automatic
// draft, edits it, submits; the deputy returns it with a comment, the teacher corrects and
// resubmits, the deputy approves; the teacher marks an activity done with evidence.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seen } from "../helpers/seen.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { providers } from "../helpers/databases.js";
import { allIndicators, currentFramework } from "../../src/domain/framework.js";
import type { TelegramUser } from "../../src/testing/telegram-user.js";

const ADMIN = 900_001;
const DEPUTY = 900_002;
const TEACHER = 5_900_000_003; // beyond 32 bits
const OTHER_TEACHER = 900_004;
let currentTime = new Date("2026-11-26T03:00:00Z"); // 10:00 in Krasnoyarsk
const clock = () => currentTime;

function codeFrom(text: string | undefined): string {
  const match = /start=([A-Za-z0-9_-]+)/.exec(text ?? "");
  if (!match) throw new Error(`no invite link in: ${text}`);
  return match[1]!;
}

describe.each(providers)("the teacher's journey (%s)", (provider) => {
  let h: Harness;
  let admin: TelegramUser;
  let deputy: TelegramUser;
  let teacher: TelegramUser;
  let teacherCode = "";
  const indicators = allIndicators(currentFramework);

  beforeAll(async () => {
    currentTime = new Date("2026-11-26T03:00:00Z");
    h = await startHarness({ provider, clock, env: { ADMIN_IDS: String(ADMIN) } });
    admin = h.user(ADMIN, { first_name: "Админ" });
    deputy = h.user(DEPUTY, { first_name: "Ольга" });
    teacher = h.user(TEACHER, { first_name: "Анна" });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("/start without an invite explains how to get one", async () => {
    const { replies } = await h.user(OTHER_TEACHER).command("start");
    expect(replies.map((r) => r.text).join("\n")).toContain("ссылка-приглашение");
  });

  it("an administrator creates a school; its deputy joins after consent and invites a teacher", async () => {
    const created = await admin.command("newschool", "МБОУ СОШ № 7");
    expect(created.replies[0]!.text).toContain("Школа создана: МБОУ СОШ № 7");
    const deputyCode = codeFrom(created.replies[0]!.text);
    expect(deputyCode.length).toBeGreaterThanOrEqual(22);

    const opened = await deputy.command("start", deputyCode);
    expect(opened.replies[0]!.text).toContain("Согласие на обработку персональных данных");
    const consented = await deputy.press("Даю согласие");
    expect(consented.replies.map((r) => r.text).join("\n")).toContain("роль — заместитель директора по УМР");

    const refused = await teacher.command("invite", "teacher");
    expect(refused.replies[0]!.text).toBe("Недостаточно прав для этого действия.");
    const invite = await deputy.command("invite", "teacher");
    expect(invite.replies[0]!.text).toContain("многоразовое");
    teacherCode = codeFrom(invite.replies[0]!.text);
  });

  it("a revoked or unknown invite is refused", async () => {
    const extra = await deputy.command("invite", "mentor");
    const code = codeFrom(extra.replies[0]!.text);
    await deputy.command("invites");
    await deputy.press("Отозвать 1");
    const stranger = h.user(900_005);
    await stranger.command("start", code);
    const { replies } = await stranger.press("Даю согласие");
    expect(replies.map((r) => r.text).join("\n")).toContain("отозвано");
    const unknown = await stranger.command("start", "A".repeat(22));
    expect(unknown.replies[0]!.text).toContain("Приглашение не найдено");
  });

  it("the teacher joins and fills in the educational history step by step", async () => {
    await teacher.command("start", teacherCode);
    const joined = await teacher.press("Даю согласие");
    const texts = joined.replies.map((r) => r.text).join("\n");
    expect(texts).toContain("роль — педагог");
    expect(texts).toContain("Шаг 1 из 8");
    await teacher.send("Иванова Анна Петровна");
    await teacher.send("учитель математики");
    await teacher.press("Высшее педагогическое");
    const bad = await teacher.send("двенадцать");
    expect(bad.replies[0]!.text).toContain("целым числом");
    await teacher.send("12");
    await teacher.press("Первая");
    const badDate = await teacher.send("весной");
    expect(badDate.replies[0]!.text).toContain("15.03.2027");
    await teacher.send("15.03.2024");
    await teacher.press("Пропустить");
    const done = await teacher.send("Работаю над функциональной грамотностью три года");
    expect(done.replies[0]!.text).toContain("Образовательная история сохранена");
    const profile = await teacher.command("profile");
    expect(profile.replies[0]!.text).toContain("ФИО: Иванова Анна Петровна");
    expect(profile.replies[0]!.text).toContain("Последняя аттестация: 15.03.2024");
    expect(profile.replies[0]!.text).toContain("Категория: Первая");
  });

  it("takes the self-diagnosis one statement at a time, with back, pause and a restart", async () => {
    const first = await teacher.command("diagnostics");
    expect(first.replies.at(-1)!.text).toContain(`Утверждение 1/${indicators.length}`);
    const score = (index: number) => (indicators[index]!.area === "digital" ? "0 —" : indicators[index]!.area === "upbringing" ? "1 —" : "3 —");
    for (let i = 0; i < 10; i++) await teacher.press(score(i));
    const typed = await teacher.send("3");
    expect(typed.replies[0]!.text).toContain("кнопкой от 0 до 3");
    const back = await teacher.press("Назад");
    expect(back.edits[0]!.text).toContain(`Утверждение 10/${indicators.length}`);
    await teacher.press(score(9));
    const paused = await teacher.press("Пауза");
    expect(paused.edits[0]!.text).toContain("на паузе");

    await h.restart();
    const resumed = await teacher.command("diagnostics");
    expect(resumed.replies[0]!.text).toContain(`отвечено 10 из ${indicators.length}`);
    expect(resumed.replies.at(-1)!.text).toContain(`Утверждение 11/${indicators.length}`);
    for (let i = 10; i < indicators.length - 1; i++) await teacher.press(score(i));
    const last = await teacher.press(score(indicators.length - 1));
    const photo = last.replies.find((r) => r.photo !== undefined);
    if (!photo) console.log(JSON.stringify(last.replies.map((r) => r.text ?? r.caption)));
    expect(photo, "the profile arrives as a picture").toBeDefined();
    // The statement's screen turns into the text result; the picture comes after it.
    expect(last.edits).toHaveLength(1);
    const summary = last.edits[0]!.text!;
    expect(summary).toContain("Самодиагностика завершена");
    expect(summary).toContain("Главные профессиональные дефициты");
    expect(last.replies).toEqual([photo]);
    expect(summary).toContain("1. Цифровая компетентность — 0 %");
    expect(summary).toContain("2. Воспитательная деятельность — 33,3 %");
  });

  it("gets the automatic draft, edits it with checked input, and cannot submit it as someone else", async () => {
    await teacher.press("Составить ИОМ");
    const drafted = await teacher.press("Черновик по моим дефицитам");
    const review = seen(drafted);
    expect(review).toContain("Цель: Повышение профессиональной компетентности: развитие цифровой компетентности");
    expect(review).toContain("Срок реализации: 26.11.2026 – 25.11.2027");

    await teacher.press("Задачи (2)");
    await teacher.press("1.");
    await teacher.press("Своё мероприятие");
    await teacher.send("Семинар ШМО «Цифровые сервисы»");
    // Typed instead of pressed: the buttons come again.
    const typed = await teacher.send("семинар");
    expect(typed.replies[0]!.text).toContain("кнопкой");
    await teacher.press("семинар");
    const level = await teacher.press("муниципальный");
    expect(level.edits[0]!.text).toContain("Укажите дату");
    const badDate = await teacher.send("на следующей неделе");
    expect(badDate.replies[0]!.text).toContain("15.03");
    const outside = await teacher.send("15.03.2030");
    expect(outside.replies[0]!.text).toBe("Дата выходит за срок реализации ИОМ.");
    const added = await teacher.send("10.12");
    expect(seen(added)).toContain("10.12.2026 — Семинар ШМО «Цифровые сервисы»");
    const own = (await h.app.store.routes.currentOf((await h.app.store.users.byTelegramId(BigInt(teacher.id)))!.id))!.tasks[0]!.activities.find((a) => a.event.includes("Цифровые сервисы"))!;
    expect(own).toMatchObject({ kind: "seminar", level: "municipal" });

    await teacher.press("К маршруту");
    await teacher.press("Цель");
    const empty = await teacher.send("   ");
    expect(empty.replies[0]!.text).toBe("Текст не должен быть пустым.");
    const edited = await teacher.send("Освоение цифровых образовательных ресурсов");
    expect(seen(edited)).toContain("Цель: Освоение цифровых образовательных ресурсов");
  });

  let routeId = 0;

  it("submits; the deputy gets the summary with buttons; a forged press changes nothing", async () => {
    const submitted = await teacher.press("Отправить на согласование");
    expect(seen(submitted)).toContain("ИОМ отправлен на согласование");
    const request = deputy.last()!;
    expect(request.text).toContain("Педагог: Иванова Анна Петровна (МБОУ СОШ № 7)");
    const approve = request.reply_markup!.inline_keyboard!.flat().find((b) => b.text.includes("Утвердить"))!;
    routeId = Number(approve.callback_data!.split(":")[2]);

    const forged = await teacher.pressData(approve.callback_data!);
    expect(forged.answer?.text).toBe("Недостаточно прав для этого действия.");
    const route = await h.app.store.routes.byId(routeId);
    expect(route!.status).toBe("submitted");
  });

  it("the deputy returns it with a comment; the teacher sees it, corrects and resubmits", async () => {
    await deputy.press("Вернуть на доработку");
    const closed = await deputy.send("Уточните сроки мероприятий по воспитательной работе");
    expect(closed.replies.at(-1)!.text).toContain("возвращён на доработку");
    expect(closed.edits.some((m) => m.text?.includes("возвращён на доработку: Ольга") || m.text?.includes("возвращён на доработку:"))).toBe(true);
    const told = teacher.last()!;
    expect(told.text).toContain("Комментарий: Уточните сроки мероприятий по воспитательной работе");
    expect((await h.app.store.routes.byId(routeId))!.status).toBe("returned");

    const fixing = await teacher.press("Исправить ИОМ");
    expect(seen(fixing)).toContain("Уточните сроки");
    expect((await h.app.store.routes.byId(routeId))!.status).toBe("draft");
    const again = await teacher.press("Отправить на согласование");
    expect(seen(again)).toContain("ИОМ отправлен на согласование");
    expect((await h.app.store.routes.byId(routeId))!.version).toBe(2);
  });

  it("the deputy approves; a second press cannot decide again; the route becomes active", async () => {
    const request = deputy.last()!;
    const approveData = request.reply_markup!.inline_keyboard!.flat().find((b) => b.text.includes("Утвердить"))!.callback_data!;
    const approved = await deputy.press("Утвердить", { messageId: request.message_id });
    expect(approved.answer?.text).toBe("ИОМ утверждён.");
    expect(approved.edits.find((m) => m.message_id === request.message_id)!.text).toContain("утверждён: Ольга");
    expect(teacher.last()!.text).toContain("» утверждён: Ольга. Успехов в реализации!");
    const again = await deputy.pressData(approveData);
    expect(again.answer?.text).toContain("Решение уже принято — утверждён: Ольга");
    const route = await h.app.store.routes.byId(routeId);
    expect(route!.status).toBe("active");
    expect(route!.checkpoints.length).toBeGreaterThan(0);
  });

  it("the teacher marks an activity done with a file as evidence", async () => {
    const shown = await teacher.command("route");
    expect(shown.replies[0]!.text).toContain("реализуется");
    await teacher.press("10.12.2026");
    const wrong = await teacher.sendDocument(Buffer.from("MZ"), "virus.exe", "application/x-msdownload");
    expect(wrong.replies[0]!.text).toContain("тип файла не принимается");
    const done = await teacher.sendDocument(Buffer.from("%PDF-1.4"), "certificate.pdf", "application/pdf");
    expect(done.replies[0]!.text).toContain("Отмечено как выполненное:");
    const route = await h.app.store.routes.byId(routeId);
    const activity = route!.tasks.flatMap((t) => t.activities).find((a) => a.event.includes("Цифровые сервисы"))!;
    expect(activity.status).toBe("done");
    expect(activity.evidence[0]).toMatchObject({ kind: "file", fileName: "certificate.pdf" });
    // «Проведено» cannot be taken back: it asks first, and «Отмена» changes nothing.
    const asked = await teacher.press("📣");
    expect(asked.edits[0]!.text).toContain("Отменить отметку будет нельзя");
    await teacher.press("Отмена");
    expect((await h.app.store.routes.byId(routeId))!.broadcasts[0]!.doneAt).toBeUndefined();
    await teacher.press("📣");
    const held = await teacher.press("Да, проведено");
    expect(held.replies[0]!.text).toContain("Отмечено как проведённое:");
    expect((await h.app.store.routes.byId(routeId))!.broadcasts[0]!.doneAt).toBeDefined();
    // The card the button was on is refreshed in place and no longer offers that point.
    expect(held.edits).toHaveLength(1);
    expect(teacher.buttons(held.edits[0]!.message_id).some((b) => b.text.startsWith("📣"))).toBe(false);
  });

  it("the half-year analysis survives /cancel, then is saved and offers to change the route", async () => {
    currentTime = new Date("2027-05-26T03:00:00Z");
    await teacher.command("route");
    const started = await teacher.press("Анализ за полугодие");
    // The card pressed turns into the introduction with the first question.
    expect(started.replies).toHaveLength(0);
    expect(seen(started)).toContain("Задача 1:");
    const sticker = await teacher.sendPhoto();
    expect(sticker.replies[0]!.text).toContain("Жду ответа текстом");
    await teacher.send("Освоила три цифровых сервиса, провела 5 уроков");
    const cancelled = await teacher.command("cancel");
    expect(cancelled.replies[0]!.text).toContain("ответы сохранены");
    await teacher.command("route");
    const resumed = await teacher.press("Анализ за полугодие");
    expect(seen(resumed)).toContain("Задача 2:");
    await teacher.send("Провела два классных часа");
    const saved = await teacher.send("Перенести семинар на апрель");
    expect(saved.replies.at(-1)!.text).toContain("Анализ за полугодие сохранён");
    const route = await h.app.store.routes.byId(routeId);
    const analysis = route!.reflections.find((r) => r.kind === "half_year")!;
    expect(analysis.fact).toContain("Освоила три цифровых сервиса");
    expect(analysis.fact).toContain("Провела два классных часа");
    expect(analysis.corrections).toBe("Перенести семинар на апрель");
  });

  it("the final reflection completes the route and starts the next one from it", async () => {
    currentTime = new Date("2027-11-10T03:00:00Z");
    await teacher.command("route");
    await teacher.press("Итоговая рефлексия");
    await teacher.send("Освоила цифровые сервисы, веду банк заданий");
    await teacher.send("Не хватило времени на воспитательные мероприятия");
    const scale = await teacher.send("Функциональная грамотность обучающихся");
    expect(scale.replies.at(-1)!.text).toContain("от 1 до 5");
    const wrong = await teacher.send("отлично");
    expect(wrong.replies[0]!.text).toContain("кнопкой от 1 до 5");
    // Left at the scale and taken up again from the card: the scale replaces the card pressed.
    await teacher.command("route");
    const resumed = await teacher.press("Итоговая рефлексия");
    expect(resumed.replies).toHaveLength(0);
    expect(seen(resumed)).toContain("Итоговая рефлексия по ИОМ");
    expect(seen(resumed)).toContain("от 1 до 5");
    const done = await teacher.press("4");
    // The scale pressed turns into the news, with the way to the next route.
    expect(done.replies).toHaveLength(0);
    expect(seen(done)).toContain("ИОМ завершён");
    const completed = await h.app.store.routes.byId(routeId);
    expect(completed!.status).toBe("completed");
    expect(completed!.selfAssessment).toBe(4);
    const next = await h.app.store.routes.currentOf(completed!.teacherId);
    expect(next!.id).not.toBe(routeId);
    expect(next!.status).toBe("draft");
    expect(next!.goal).toBe("Функциональная грамотность обучающихся");
    expect(next!.previousRouteId).toBe(routeId);
    expect(next!.history?.fullName).toBe("Иванова Анна Петровна");
    const opened = await teacher.press("Открыть новый ИОМ");
    expect(seen(opened)).toContain("черновик");
  });
});

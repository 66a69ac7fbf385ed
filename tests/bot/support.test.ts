// Deputies, ШМО heads, mentors and methodists through Telegram updates: schools from CSV,
// invites (expired, revoked), two approvers pressing at once, a deputy of another school, a
// forged callback, mentors and comments with replies, the correction interview after a
// course, dashboards, and the DOCX and XLSX documents parsed back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { startHarness, type Harness } from "../helpers/harness.js";
import { providers } from "../helpers/databases.js";
import { readyRoute } from "../helpers/routes.js";
import { testScheduler } from "../scheduler/helpers.js";
import type { TelegramUser } from "../../src/testing/telegram-user.js";

const ADMIN = 800_001;
let currentTime = new Date("2026-11-26T03:00:00Z");
const clock = () => currentTime;

function codeFrom(text: string | undefined): string {
  const match = /start=([A-Za-z0-9_-]+)/.exec(text ?? "");
  if (!match) throw new Error(`no invite link in: ${text}`);
  return match[1]!;
}

async function join(user: TelegramUser, code: string): Promise<string> {
  await user.command("start", code);
  const { replies } = await user.press("Даю согласие");
  return replies.map((r) => r.text).join("\n");
}

describe.each(providers)("deputies, mentors and methodists (%s)", (provider) => {
  let h: Harness;
  let admin: TelegramUser, deputy: TelegramUser, deputy2: TelegramUser, otherDeputy: TelegramUser;
  let teacher: TelegramUser, mentor: TelegramUser, methodist: TelegramUser;
  let routeId = 0;

  beforeAll(async () => {
    currentTime = new Date("2026-11-26T03:00:00Z");
    h = await startHarness({ provider, clock, env: { ADMIN_IDS: String(ADMIN) } });
    admin = h.user(ADMIN, { first_name: "Админ" });
    deputy = h.user(800_002, { first_name: "Ольга", last_name: "Петрова" });
    deputy2 = h.user(800_003, { first_name: "Ирина", last_name: "Соколова" });
    otherDeputy = h.user(800_004, { first_name: "Павел" });
    teacher = h.user(800_005, { first_name: "Анна" });
    mentor = h.user(800_006, { first_name: "Мария", last_name: "Наставникова" });
    methodist = h.user(800_007, { first_name: "Елена", last_name: "Методистова" });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("an administrator creates schools from a CSV file, each with a deputy invite", async () => {
    await admin.command("schools");
    // Two deputies share the first school's link (x2); the second school's link is single-use.
    const csv = Buffer.from("название\nМБОУ СОШ № 1 x2\nМБОУ Гимназия № 2\nМБОУ СОШ № 1\n", "utf8");
    const { replies } = await admin.sendDocument(csv, "schools.csv", "text/csv");
    const text = replies[0]!.text!;
    expect(text).toContain("МБОУ СОШ № 1 — приглашение для заместителя");
    expect(text).toContain("МБОУ Гимназия № 2 — приглашение для заместителя");
    const [first, second] = [...text.matchAll(/start=([A-Za-z0-9_-]+)/g)].map((m) => m[1]!);
    expect(await join(deputy, first!)).toContain("заместитель директора по УМР");
    expect(await join(deputy2, first!)).toContain("заместитель директора по УМР");
    expect(await join(otherDeputy, second!)).toContain("МБОУ Гимназия № 2");
    expect(await join(h.user(800_098), first!)).toContain("уже использовано");
    const refused = await teacher.command("schools");
    expect(refused.replies[0]!.text).toBe("Недостаточно прав для этого действия.");
  });

  it("an expired invite is refused", async () => {
    const store = h.app.store;
    const school = (await store.organisations.schoolsOf((await store.organisations.districts())[0]!.id))[0]!;
    const expired = await store.organisations.createInvite({ organisationId: school.id, role: "teacher", expiresAt: new Date("2026-11-01T00:00:00Z") });
    const late = h.user(800_099);
    expect(await join(late, expired.code)).toContain("Срок действия приглашения истёк");
    expect(await store.organisations.membershipsOf((await store.users.byTelegramId(800_099n))!.id)).toEqual([]);
  });

  it("the deputy invites a teacher and a mentor and assigns the mentor", async () => {
    const teacherCode = codeFrom((await deputy.command("invite", "teacher")).replies[0]!.text);
    const mentorCode = codeFrom((await deputy.command("invite", "mentor")).replies[0]!.text);
    expect(await join(teacher, teacherCode)).toContain("роль — педагог");
    await teacher.send("Иванова Анна Петровна");
    await teacher.command("cancel");
    expect(await join(mentor, mentorCode)).toContain("наставник");
    await deputy.command("mentor");
    await deputy.press("Мария Наставникова");
    const assigned = await deputy.press("Иванова Анна Петровна");
    expect(assigned.replies[0]!.text).toBe("Наставник Мария Наставникова закреплён за педагогом Иванова Анна Петровна.");
  });

  it("two approvers pressing at once produce one decision; another school's deputy and a forged press change nothing", async () => {
    const store = h.app.store;
    const teacherUser = (await store.users.byTelegramId(800_005n))!;
    const schoolId = (await store.organisations.membershipsOf(teacherUser.id))[0]!.organisationId;
    routeId = (await store.routes.create(readyRoute({ teacherId: teacherUser.id, schoolId }))).id!;
    await teacher.command("route");
    await teacher.press("Отправить на согласование");
    const [first, second] = [deputy.last()!, deputy2.last()!];
    expect(first.text).toContain("ИОМ на согласование");
    expect(second.text).toContain("ИОМ на согласование");
    const approveData = first.reply_markup!.inline_keyboard!.flat().find((b) => b.text.includes("Утвердить"))!.callback_data!;

    const foreign = await otherDeputy.pressData(approveData);
    expect(foreign.answer?.text).toBe("Недостаточно прав для этого действия.");
    const forged = await mentor.pressData(`ap:ok:${routeId}:999`);
    expect(forged.answer?.text).toBe("Недостаточно прав для этого действия.");
    const garbage = await mentor.pressData("ap:ok:abc");
    expect(garbage.answer?.text).toContain("устарела");
    expect((await store.audit.byAction("refused")).length).toBeGreaterThanOrEqual(2);
    expect((await store.routes.byId(routeId))!.status).toBe("submitted");

    const [a, b] = await Promise.all([deputy.press("Утвердить", { messageId: first.message_id }), deputy2.press("Утвердить", { messageId: second.message_id })]);
    const answers = [a.answer?.text, b.answer?.text];
    expect(answers.filter((t) => t === "ИОМ утверждён.")).toHaveLength(1);
    expect(answers.filter((t) => t?.startsWith("Решение уже принято"))).toHaveLength(1);
    const route = (await store.routes.byId(routeId))!;
    expect(route.status).toBe("active");
    expect(await store.routes.decisionOf(routeId, route.version)).toBeDefined();
    expect(h.tg.messages(800_002).find((m) => m.message_id === first.message_id)!.text).toMatch(/утверждён: (Ольга Петрова|Ирина Соколова)/);
    expect(h.tg.messages(800_003).find((m) => m.message_id === second.message_id)!.text).toMatch(/утверждён: (Ольга Петрова|Ирина Соколова)/);
    expect(teacher.last()!.text).toContain("утверждён");
  });

  it("the mentor comments; the teacher replies; the mentor gets the reply", async () => {
    await mentor.pressData(`ds:r:${routeId}`);
    await mentor.press("Комментарий к ИОМ");
    const saved = await mentor.send("Добавьте взаимопосещение уроков");
    expect(saved.replies[0]!.text).toBe("Комментарий отправлен педагогу.");
    expect(teacher.last()!.text).toContain("Мария Наставникова прокомментировал(а) ваш ИОМ");
    await teacher.press("Ответить");
    await teacher.send("Спасибо, добавлю в задачу 1");
    expect(mentor.last()!.text).toContain("Спасибо, добавлю в задачу 1");
    const otherSchool = await otherDeputy.pressData(`ds:r:${routeId}`);
    expect(otherSchool.answer?.text).toBe("Недостаточно прав для этого действия.");
  });

  it("a course marked done asks for the interview on correcting the route: the deputy sets its day and records that the route is to change", async () => {
    await teacher.command("route");
    await teacher.press("10.02.2027");
    await teacher.press("Без подтверждения");
    await testScheduler(h, clock).tick(currentTime);
    const request = deputy.last()!;
    expect(request.text).toContain("курс «КПК «Формирующее оценивание»» пройден");
    expect(request.text).toContain("собеседование по корректировке ИОМ");
    await deputy.command("menu");
    const opened = await deputy.press("Собеседования по корректировке ИОМ (1)");
    expect(opened.edits[0]!.text).toContain("ожидают: 1");
    // The list is a menu: the interview behind an item comes from the list drawn for the presser.
    const itemData = deputy.buttons().find((b) => b.text.startsWith("Иванова Анна Петровна"))!.callback_data!;
    expect(itemData).toMatch(/^il\//);
    const foreign = await otherDeputy.pressData(itemData);
    expect(foreign.answer?.text).toBe("Кнопка устарела — вот актуальный экран.");
    expect(otherDeputy.buttons().map((b) => b.text).join(" ")).not.toContain("Иванова");
    await deputy.press("Иванова Анна Петровна");
    await deputy.press("Назначить дату");
    expect((await deputy.send("01.01.2020")).replies[0]!.text).toContain("не раньше сегодняшней");
    const day = await deputy.send("30.11.2026");
    expect(day.replies[0]!.text).toContain("Дата собеседования: 30.11.2026");
    expect(teacher.last()!.text).toContain("назначено на 30.11.2026");
    await deputy.press("Записать итоги");
    const asked = await deputy.send("Применит критериальное оценивание в 7-х классах; добавить задачу по 7-м классам");
    expect(asked.replies[0]!.text).toBe("Нужно ли по итогам собеседования изменить ИОМ?");
    const saved = await deputy.press("Да — педагог внесёт изменения");
    expect(saved.answer?.text).toBe("Итоги собеседования сохранены.");
    expect(saved.edits[0]!.text).toContain("Итоги: Применит критериальное оценивание в 7-х классах");
    expect(teacher.last()!.text).toContain("По итогам собеседования нужно скорректировать ИОМ");
    expect(teacher.buttons().map((b) => b.text)).toContain("✏️ Изменить маршрут");
    const interviews = await h.app.store.interviews.ofRoute(routeId);
    expect(interviews[0]).toMatchObject({ outcome: "Применит критериальное оценивание в 7-х классах; добавить задачу по 7-м классам", needsChange: true, scheduledOn: "2026-11-30" });
  });

  it("the deputy sees the school's indicators for the school year, enters the staff, and gets the chart and the XLSX on request", async () => {
    const { replies } = await deputy.command("school");
    expect(replies).toHaveLength(1);
    const text = replies[0]!.text!;
    expect(text).toContain("МБОУ СОШ № 1 — 2026/2027 учебный год");
    expect(text).toContain("численность педагогов не указана (утверждённых ИОМ в этом учебном году: 1)");
    expect(text).toContain("Зарегистрировано в боте педагогов: 1");
    expect(text).toContain("КПК «Формирующее оценивание»");
    await deputy.press("Численность педагогов");
    expect((await deputy.send("сорок")).replies[0]!.text).toBe("Нужно целое число от 1 до 2000, например: 40");
    const saved = await deputy.send("4");
    expect(saved.replies[0]!.text).toBe("Численность педагогических работников: 4.");
    expect(saved.replies[1]!.text).toContain("2.4.1 Доля педагогических работников с разработанным ИОМ: 25,0 % (1 из 4)");
    const lastYear = await deputy.press("◀ 2025/2026");
    expect(lastYear.edits[0]!.text).toContain("2025/2026 учебный год");
    expect(lastYear.edits[0]!.text).toContain("0,0 % (0 из 4)");
    const chart = await deputy.press("Диаграмма");
    expect(chart.replies[0]!.photo).toBeDefined();
    const exported = await deputy.press("Выгрузить в Excel");
    expect(exported.replies[0]!.document!.file_name).toBe("Мониторинг ИОМ 2025-2026.xlsx");
    await deputy.command("school");
    const current = await deputy.press("Выгрузить в Excel");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(current.replies[0]!.document!.bytes as unknown as ArrayBuffer);
    const teachers = workbook.getWorksheet("Педагоги")!;
    expect(teachers.getRow(2).values).toEqual([undefined, "МБОУ СОШ № 1", "Иванова Анна Петровна", "ИОМ учителя математики", "реализуется", 1, 1, 0, 100, "26.11.2026", "Освоение современных образовательных технологий", "—"]);
    expect(teachers.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(teachers.autoFilter).toBeDefined();
    // A sheet per indicator, with the regulation's wording in its header and the district's total.
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Школы", "2.4.1", "2.4.2", "2.4.3", "2.4.4", "2.4.5", "Педагоги"]);
    const share = workbook.getWorksheet("2.4.1")!;
    expect(share.getRow(1).values).toContain("2.4.1 Доля педагогических работников с ИОМ, %");
    expect(share.getRow(2).values).toEqual([undefined, "МБОУ СОШ № 1", 4, 1, 25]);
    expect(share.getRow(3).values).toEqual([undefined, "Итого по району", 4, 1, 25]);
    const outsider = await teacher.command("school");
    expect(outsider.replies[0]!.text).toBe("Недостаточно прав для этого действия.");
  });

  it("a methodist joins, recommends, the teacher carries it out, the district counts 1 issued and 1 carried out, facts are recorded, XLSX", async () => {
    const code = codeFrom((await admin.command("invite", "methodist")).replies[0]!.text);
    expect(await join(methodist, code)).toContain("методист");
    await methodist.pressData(`ds:r:${routeId}`);
    await methodist.press("Адресная рекомендация");
    await methodist.send("Рекомендую курс по функциональной грамотности");
    expect(teacher.last()!.text).toContain("Адресная рекомендация по ИОМ");

    const before = await methodist.command("district");
    expect(before.replies).toHaveLength(1);
    expect(before.replies[0]!.text).toContain("2.4.4 Адресные рекомендации: выдано 1, выполнено 0");
    expect(before.replies[0]!.text).toContain("2.4.1 Доля педагогических работников с разработанным ИОМ: 25,0 % (1 из 4)");
    await teacher.press("Принято к исполнению");
    expect(methodist.lastText()).toContain("принимает к исполнению вашу рекомендацию");
    const carried = await teacher.press("Выполнено");
    expect(carried.answer?.text).toBe("Отмечено: рекомендация выполнена.");
    expect(methodist.lastText()).toContain("выполнена — «Рекомендую курс по функциональной грамотности»");
    const recommendation = (await h.app.store.routes.comments(routeId)).find((c) => c.isRecommendation)!;
    expect(recommendation.status).toBe("done");
    // Pressed again (an old copy of the message): nothing changes, and the teacher is told why.
    const again = await teacher.pressData(`cm:done:${recommendation.id}`);
    expect(again.answer?.show_alert).toBe(true);
    const after = await methodist.command("district");
    expect(after.replies[0]!.text).toContain("2.4.4 Адресные рекомендации: выдано 1, выполнено 1");

    await methodist.press("Школы района");
    await methodist.press("МБОУ СОШ № 1");
    await methodist.press("Показатели школы");
    await methodist.press("Отметить показатели 2.4.2");
    const recorded = await methodist.press("да");
    expect(recorded.replies).toHaveLength(0);
    expect(recorded.edits[0]!.text).toContain("Показатели школы «МБОУ СОШ № 1»");
    const counted = await methodist.command("district");
    expect(counted.replies[0]!.text).toContain("2.4.2 Школ с Положением о непрерывном профессиональном развитии педагогов: 1 из 2");
    const refused = await deputy.pressData(`ds:f:${(await h.app.store.routes.byId(routeId))!.schoolId}:0:0`);
    expect(refused.answer?.text).toBe("Недостаточно прав для этого действия.");

    const exported = await methodist.press("Выгрузить в Excel");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.replies[0]!.document!.bytes as unknown as ArrayBuffer);
    const schools = workbook.getWorksheet("Школы")!;
    const rows = [2, 3].map((n) => schools.getRow(n).values as unknown[]);
    const first = rows.find((r) => r[1] === "МБОУ СОШ № 1")!;
    expect(first.slice(1, 10)).toEqual(["МБОУ СОШ № 1", 4, 1, 1, 25, 1, 1, "да", "—"]);
  });

  it("the methodist exports the resource catalogue as CSV and imports changes, with bad lines reported", async () => {
    const exported = await methodist.command("catalog");
    const file = exported.replies[0]!.document!;
    expect(file.file_name).toBe("Каталог ресурсов.csv");
    const csv = file.bytes.toString("utf8");
    expect(csv.split("\r\n")[0]).toBe("\uFEFFКод;Название;Вид;Форма образования;Уровень;Области компетенций;Часов;Ссылка;Организатор");
    expect(csv.split("\r\n").filter(Boolean).length).toBeGreaterThan(47);
    const upload = [
      "code;title;kind;form;level;areas;hours;url;provider",
      "mun-fl-2027;Муниципальный семинар «Читательская грамотность»;seminar;non_formal;municipal;functional_literacy;6;;ММС",
      "bad-1;Лекция;lecture;formal;federal;subject;;;",
    ].join("\n");
    const imported = await methodist.sendDocument(Buffer.from(upload, "utf8"), "catalog.csv", "text/csv");
    expect(imported.replies[0]!.text).toContain("записано ресурсов — 1, строк с ошибками — 1");
    expect(imported.replies[0]!.text).toContain("Строка 3: Неизвестный вид ресурса.");
    expect((await h.app.store.catalog.all()).find((e) => e.code === "mun-fl-2027")).toMatchObject({ level: "municipal", hours: 6 });
    const refused = await teacher.command("catalog");
    expect(refused.replies[0]!.text).toBe("Недостаточно прав для этого действия.");
  });

  it("the route goes out as a Word document with the parts of 002 §4.1", async () => {
    await teacher.command("route");
    const sent = await teacher.press("ИОМ в Word");
    const file = sent.replies[0]!.document!;
    expect(file.file_name).toBe("ИОМ Иванова А.П. 2026-2027.docx");
    const zip = await JSZip.loadAsync(file.bytes);
    const xml = (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, " ");
    for (const part of [
      "Индивидуальный образовательный маршрут педагога",
      "ИОМ учителя математики",
      "Иванова Анна Петровна",
      "МБОУ СОШ № 1",
      "01.09.2026 – 31.08.2027",
      "Освоение современных образовательных технологий",
      "Освоить формирующее оценивание",
      "КПК «Формирующее оценивание»",
      "10.02.2027",
      "Комплект критериев оценивания",
      "Открытый урок",
      "Трансляция педагогического опыта",
      // The resource with its kind, form of education, level and hours; comments; the interview.
      "КПК, формальное образование, региональный, 24 ч",
      "Добавьте взаимопосещение уроков",
      "Собеседования по корректировке ИОМ",
    ]) {
      expect(xml, part).toContain(part.replace(/«/g, "«"));
    }
    // Four columns fit a portrait page.
    const table = (await zip.file("word/document.xml")!.async("string")).match(/<w:tr>.*?<\/w:tr>/s)?.[0] ?? "";
    expect(table.match(/<w:tc>/g)).toHaveLength(4);
    const stranger = h.user(800_050);
    const refused = await stranger.pressData(`doc:${routeId}`);
    expect(refused.answer?.text).toBe("Недостаточно прав для этого действия.");
  });

  it("the head of a ШМО gets the routes of its teachers for approval and can approve them", async () => {
    // Without a ШМО named, the deputy chooses it (or creates one first) — no command to type.
    const missing = await deputy.command("invite", "shmo_head");
    expect(missing.replies[0]!.text).toContain("В школе пока нет ШМО");
    expect(deputy.buttons().map((b) => b.text)).toContain("➕ Создать ШМО");
    const head = h.user(800_008, { first_name: "Галина", last_name: "Завьялова" });
    const headCode = codeFrom((await deputy.command("invite", "shmo_head ШМО учителей математики")).replies[0]!.text);
    expect(await join(head, headCode)).toContain("Методическое объединение: ШМО учителей математики");
    const mathsTeacher = h.user(800_009, { first_name: "Пётр" });
    const teacherCode = codeFrom((await deputy.command("invite", "teacher ШМО учителей математики")).replies[0]!.text);
    expect(await join(mathsTeacher, teacherCode)).toContain("Методическое объединение: ШМО учителей математики");
    await mathsTeacher.send("Смирнов Пётр Андреевич");
    await mathsTeacher.command("cancel");
    const store = h.app.store;
    const teacherUser = (await store.users.byTelegramId(800_009n))!;
    const schoolId = (await store.organisations.membershipsOf(teacherUser.id))[0]!.organisationId;
    const id = (await store.routes.create(readyRoute({ teacherId: teacherUser.id, schoolId }))).id!;
    await mathsTeacher.command("route");
    await mathsTeacher.press("Отправить на согласование");
    expect(head.last()!.text).toContain("Педагог: Смирнов Пётр Андреевич");
    // The head of the ШМО does not get the routes of teachers outside it.
    expect(head.messages().filter((m) => m.text?.includes("Иванова Анна Петровна"))).toEqual([]);
    const approved = await head.press("Утвердить");
    expect(approved.answer?.text).toBe("ИОМ утверждён.");
    expect((await store.routes.byId(id))!.status).toBe("active");
    expect(mathsTeacher.last()!.text).toContain("Галина Завьялова");
  });
});

// The people who manage routes, from their home screen, through Telegram updates and with no
// hand-made button data: a deputy pages through 25 routes awaiting her and approves the 23rd; a
// methodist goes district → school → teacher and recommends; a ШМО head sees only her association;
// a mentor her teachers; a button of an old layout gets the current screen.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joined } from "../helpers/people.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { providers } from "../helpers/databases.js";
import { readyRoute } from "../helpers/routes.js";
import type { Role } from "../../src/domain/permissions.js";
import type { TelegramUser } from "../../src/testing/telegram-user.js";

const clock = () => new Date("2026-11-26T06:00:00Z");

describe.each(providers)("home screens of the people who manage routes (%s)", (provider) => {
  let h: Harness;
  let schoolId = 0, otherSchoolId = 0;
  let deputy: TelegramUser, methodist: TelegramUser, head: TelegramUser, mentor: TelegramUser;
  const teacherChats: number[] = [];

  /** Someone who joined (consent given, name known) in a role. */
  const person = (telegramId: number, name: string, organisationId: number, role: Role, associationId?: number) =>
    joined(h, { telegramId, name, organisationId, role, at: clock(), firstName: name.split(" ")[0]!, ...(associationId ? { associationId } : {}) });

  beforeAll(async () => {
    h = await startHarness({ provider, clock });
    const store = h.app.store;
    const district = await store.organisations.createDistrict("Городской округ");
    schoolId = (await store.organisations.createSchool(district.id, "МБОУ СОШ № 1")).id;
    otherSchoolId = (await store.organisations.createSchool(district.id, "МБОУ Гимназия № 2")).id;
    const maths = await store.organisations.association(schoolId, "ШМО учителей математики");
    deputy = (await person(900_001, "Ольга Петрова", schoolId, "deputy")).user;
    methodist = (await person(900_002, "Елена Методистова", district.id, "methodist")).user;
    head = (await person(900_003, "Нина Главная", schoolId, "shmo_head", maths.id)).user;
    const mentorPerson = await person(900_004, "Мария Наставникова", schoolId, "mentor");
    mentor = mentorPerson.user;
    // 25 teachers, each with a route submitted a day after the previous one; three are in the maths ШМО.
    for (let i = 1; i <= 25; i += 1) {
      const number = String(i).padStart(2, "0");
      const teacher = await person(910_000 + i, `Учитель ${number}`, schoolId, "teacher", i <= 3 ? maths.id : undefined);
      teacherChats.push(910_000 + i);
      const submittedAt = new Date(Date.UTC(2026, 10, i, 6)).toISOString();
      await store.routes.create(readyRoute({ teacherId: teacher.id, schoolId, title: `ИОМ учителя ${number}`, status: "submitted", version: 1, submittedAt }));
      if (i === 5) await store.organisations.assignMentor(mentorPerson.id, teacher.id, schoolId);
    }
    // A teacher of another school: nobody here may see her route.
    const stranger = await person(920_001, "Чужой Учитель", otherSchoolId, "teacher");
    await store.routes.create(readyRoute({ teacherId: stranger.id, schoolId: otherSchoolId, status: "submitted", version: 1, submittedAt: clock().toISOString() }));
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("the deputy pages through 25 routes awaiting her, longest waiting first, and approves the 23rd on its card", async () => {
    const home = await deputy.command("menu");
    expect(home.replies).toHaveLength(1);
    expect(home.replies[0]!.text).toContain("МБОУ СОШ № 1");
    expect(home.replies[0]!.text).toContain("На согласовании: 25.");

    const first = await deputy.press("На согласовании (25)");
    expect(first.replies).toHaveLength(0);
    expect(first.edits).toHaveLength(1);
    expect(first.edits[0]!.text).toContain("Стр. 1 из 4");
    const labels = deputy.buttons().map((b) => b.text);
    expect(labels.slice(0, 8)).toEqual(Array.from({ length: 8 }, (_, i) => `Учитель 0${i + 1} — с 0${i + 1}.11.2026`.replace("0010", "10")));
    expect(labels.join(" ")).not.toContain("Чужой");

    await deputy.press("▶");
    const third = await deputy.press("▶");
    expect(third.replies).toHaveLength(0);
    expect(third.edits[0]!.text).toContain("Стр. 3 из 4");
    // The list is a menu: its buttons carry the page, never a route's id, and a press is checked again.
    const itemData = deputy.buttons().find((b) => b.text.startsWith("Учитель 23"))!.callback_data!;
    const nextItemData = deputy.buttons().find((b) => b.text.startsWith("Учитель 24"))!.callback_data!;
    expect(itemData).toMatch(new RegExp(`^wl/[0-9a-f]+/0/0\\.${schoolId}\\.2/`));
    // The head of the maths ШМО pressing the deputy's ▶ gets her own list: three routes, not the school's.
    await head.command("menu");
    const forged = await head.pressData(deputy.buttons().find((b) => b.text === "▶")!.callback_data!);
    expect(forged.answer?.text).toBe("Кнопка устарела — вот актуальный экран.");
    const shown = [...forged.edits, ...forged.replies].map((m) => m.text).join("\n");
    expect(shown).toContain("(3)");
    expect(head.buttons().map((b) => b.text).join(" ")).not.toContain("Учитель 23");
    const card = await deputy.press("Учитель 23");
    expect(card.replies).toHaveLength(0);
    const cardText = card.edits[0]!.text!;
    expect(cardText).toContain("Педагог: Учитель 23, МБОУ СОШ № 1");
    expect(cardText).toContain("Отправлен на согласование 23.11.2026");
    expect(cardText).toContain("Дефициты:");
    expect(cardText.length).toBeLessThanOrEqual(1000);

    const approved = await deputy.press("Утвердить");
    expect(approved.answer?.text).toBe("ИОМ утверждён.");
    expect(approved.edits.at(-1)!.text).toContain("Утверждён: Ольга Петрова");
    const route = (await h.app.store.routes.allOf((await h.app.store.users.byTelegramId(910_023n))!.id))[0]!;
    expect(route.status).toBe("active"); // approved, and its term has begun
    expect(h.tg.lastMessage(910_023)?.text).toContain("утверждён");

    // An item of the list as it was before the approval: the list has changed, so the press is not taken.
    const shifted = await deputy.pressData(nextItemData);
    expect(shifted.answer?.text).toBe("Кнопка устарела — вот актуальный экран.");
    expect(shifted.edits.at(-1)!.text).toContain("Стр. 3 из 3");
    expect(deputy.buttons().map((b) => b.text).join(" ")).not.toContain("Учитель 23");
    // The list no longer holds the approved route; the home screen counts 24.
    const back = await deputy.press("Меню");
    expect(back.edits[0]!.text).toContain("На согласовании: 24.");
  });

  it("the ШМО head sees the routes of her association only, and may decide on them", async () => {
    await head.command("menu");
    const list = await head.press("На согласовании (3)");
    expect(list.edits[0]!.text).toContain("На согласовании — МБОУ СОШ № 1 (3)");
    expect(head.buttons().map((b) => b.text).filter((t) => t.startsWith("Учитель"))).toEqual(["Учитель 01 — с 01.11.2026", "Учитель 02 — с 02.11.2026", "Учитель 03 — с 03.11.2026"]);
    await head.press("Учитель 02");
    expect(head.buttons().map((b) => b.text)).toContain("✅ Утвердить");
  });

  it("a mentor opens the route of the teacher she accompanies, without decision buttons", async () => {
    const home = await mentor.command("menu");
    expect(home.replies[0]!.text).toContain("ИОМ ваших педагогов: 1");
    await mentor.press("ИОМ моих педагогов (1)");
    const card = await mentor.press("Учитель 05");
    expect(card.edits[0]!.text).toContain("Педагог: Учитель 05");
    const labels = mentor.buttons().map((b) => b.text);
    expect(labels).toContain("💬 Комментарий к ИОМ");
    expect(labels).not.toContain("✅ Утвердить");
  });

  it("a methodist goes from her district to a school to a teacher and issues a targeted recommendation", async () => {
    const home = await methodist.command("menu");
    expect(home.replies[0]!.text).toContain("Городской округ: 2 школы");
    const schools = await methodist.press("Школы района (2)");
    expect(schools.edits[0]!.text).toContain("Школы района «Городской округ»");
    // A menu: a school's button carries the district and the page, the school comes from the list rendered for the methodist.
    const schoolData = methodist.buttons().find((b) => b.text === "МБОУ СОШ № 1")!.callback_data!;
    expect(schoolData).toMatch(/^sl\//);
    expect((await deputy.pressData(schoolData)).answer?.text).toBe("Кнопка устарела — вот актуальный экран.");
    expect(deputy.buttons().map((b) => b.text)).not.toContain("МБОУ Гимназия № 2");
    await methodist.press("МБОУ СОШ № 1");
    await methodist.press("Все ИОМ школы (25)");
    const card = await methodist.press("Учитель 07");
    expect(card.edits[0]!.text).toContain("Педагог: Учитель 07");
    const ask = await methodist.press("Адресная рекомендация");
    expect(ask.replies[0]!.text).toMatch(/рекомендац/i);
    await methodist.send("Пройти курсы по функциональной грамотности до марта");
    expect(h.tg.lastMessage(910_007)?.text).toContain("Пройти курсы по функциональной грамотности до марта");
    const teacherId = (await h.app.store.users.byTelegramId(910_007n))!.id;
    const route = (await h.app.store.routes.currentOf(teacherId))!;
    const comments = await h.app.store.routes.comments(route.id!);
    expect(comments.filter((c) => c.isRecommendation)).toHaveLength(1);
    // The teacher replies and carries it out; the methodist hears both, and the district counts it.
    const teacher07 = h.user(910_007, { first_name: "Учитель" });
    await teacher07.press("Ответить");
    await teacher07.send("Записалась на курс, начало 15 января");
    expect(methodist.lastText()).toContain("Записалась на курс, начало 15 января");
    await teacher07.press("Выполнено");
    expect(methodist.lastText()).toContain("выполнена");
    const district = await methodist.command("district");
    expect(district.replies[0]!.text).toContain("2.4.4 Адресные рекомендации: выдано 1, выполнено 1");
    // Her home lists what she recommended and where each stands; each opens its route.
    await methodist.command("menu");
    const mine = await methodist.press("Мои адресные рекомендации");
    expect(mine.edits[0]!.text).toContain("Мои адресные рекомендации: 1, выполнено: 1");
    expect(mine.edits[0]!.text).toContain("Учитель 07 — выполнена: Пройти курсы по функциональной грамотности до марта");
    const opened = await methodist.press("Учитель 07:");
    expect(opened.edits[0]!.text).toContain("Педагог: Учитель 07");
  });

  it("nobody opens a list of a school that is not theirs, whatever the button", async () => {
    await deputy.command("menu");
    const data = deputy.buttons().find((b) => b.text.startsWith("📥"))!.callback_data!;
    const forged = await deputy.pressData(data.replace(`:${schoolId}:`, `:${otherSchoolId}:`));
    expect(forged.edits[0]!.text).toBe("Недостаточно прав для этого действия.");
    expect(deputy.buttons().map((b) => b.text)).toEqual(["🏠 Меню"]);
  });

  it("a button of an older layout gets the current screen instead of an error", async () => {
    await deputy.command("menu");
    await deputy.press("На согласовании (24)");
    const old = await deputy.pressData("rd9:new");
    expect(old.answer?.text).toBe("Кнопка устарела — вот актуальный экран.");
    expect(old.edits[0]!.text).toContain("На согласовании: 24.");
  });

  it("the methodist records the start and the end of the year and sees the year's dynamics", async () => {
    await methodist.command("district");
    await methodist.press("Мониторинг: начало и конец года");
    const started = await methodist.press("Зафиксировать начало года");
    expect(started.answer?.text).toBe("Срез зафиксирован.");
    expect(started.edits[0]!.text).toContain("Начало учебного года: зафиксирован 26.11.2026 (Елена Методистова)");
    expect(started.edits[0]!.text).toContain("Динамика появится, когда будут зафиксированы оба среза.");
    // Meanwhile the deputy approves one more route.
    await deputy.command("menu");
    await deputy.press("На согласовании (24)");
    await deputy.press("Учитель 01");
    await deputy.press("Утвердить");
    const ended = await methodist.press("Зафиксировать конец года");
    const text = ended.edits[0]!.text!;
    expect(text).toContain("Педагогов с утверждённым ИОМ: 1 → 2");
    expect(text).toContain("МБОУ СОШ № 1: с ИОМ 1 → 2");
    expect(methodist.buttons().map((b) => b.text)).toContain("🔄 Обновить срез начала года");
  });

  it("the deputy picks whom a mentor accompanies from the school's 25 teachers, paged in place", async () => {
    await deputy.command("mentor");
    await deputy.press("Мария Наставникова");
    const chooser = deputy.messages().at(-1)!;
    expect(chooser.text).toContain("Кого будет сопровождать наставник Мария Наставникова?");
    expect(chooser.text).toContain("Стр. 1 из 4.");
    expect(deputy.buttons().filter((b) => b.text.startsWith("Учитель"))).toHaveLength(8);
    const third = (await deputy.press("▶"), await deputy.press("▶"));
    expect(third.edits[0]!.message_id).toBe(chooser.message_id);
    expect(third.edits[0]!.text).toContain("Стр. 3 из 4.");
    const assigned = await deputy.press("Учитель 20");
    expect(assigned.replies[0]!.text).toBe("Наставник Мария Наставникова закреплён за педагогом Учитель 20.");
  });
});

// ШМО in a school, as the deputy runs it from her home screen, and approval in two steps (002
// §3.3.2): teacher submits → the ШМО head records the protocol → the deputy approves («Утверждаю»)
// → the Word document carries both blocks. Everything through the stand-in, by pressing buttons.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { joined } from "../helpers/people.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { providers } from "../helpers/databases.js";
import { readyRoute } from "../helpers/routes.js";
import type { Role } from "../../src/domain/permissions.js";
import type { TelegramUser } from "../../src/testing/telegram-user.js";

const clock = () => new Date("2026-11-26T06:00:00Z");

describe.each(providers)("ШМО and two-step approval (%s)", (provider) => {
  let h: Harness;
  let schoolId = 0;
  let deputy: TelegramUser, head: TelegramUser, teacher: TelegramUser, newcomer: TelegramUser;
  let teacherId = 0;

  const person = (telegramId: number, name: string, role: Role) => joined(h, { telegramId, name, organisationId: schoolId, role, at: clock(), firstName: name.split(" ")[1] ?? name });

  beforeAll(async () => {
    h = await startHarness({ provider, clock });
    const store = h.app.store;
    const district = await store.organisations.createDistrict("Район");
    schoolId = (await store.organisations.createSchool(district.id, "МБОУ СОШ № 4")).id;
    deputy = (await person(940_001, "Петрова Ольга", "deputy")).user;
    head = (await person(940_002, "Главная Нина", "mentor")).user;
    const t = await person(940_003, "Смирнова Анна Петровна", "teacher");
    teacher = t.user;
    teacherId = t.id;
    newcomer = h.user(940_004, { first_name: "Вера" });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("the deputy creates a ШМО from her home screen, appoints its head, places a teacher and chooses two-step approval", async () => {
    await deputy.command("menu");
    const list = await deputy.press("ШМО школы");
    expect(list.edits[0]!.text).toContain("ШМО пока не созданы.");
    await deputy.press("Создать ШМО");
    const created = await deputy.send("ШМО учителей математики");
    expect(created.replies[0]!.text).toBe("ШМО «ШМО учителей математики» создано.");
    expect(created.replies[1]!.text).toContain("Руководитель: не назначен");
    await deputy.press("Назначить руководителя");
    const appointed = await deputy.press("Главная Нина");
    expect(appointed.edits[0]!.text).toContain("Руководитель: Главная Нина");
    await deputy.press("Добавить педагогов");
    const placed = await deputy.press("Смирнова Анна Петровна");
    expect(placed.answer?.text).toBe("Сохранено");
    await deputy.press("К ШМО");
    expect(deputy.last()!.text).toContain("Педагогов: 1");
    await deputy.press("Все ШМО");
    const twoSteps = await deputy.press("Утверждать в две ступени");
    expect(twoSteps.edits[0]!.text).toContain("в две ступени — рассмотрение на заседании ШМО");
    // The ШМО's people and the school's staff are the school's managers' to see: a teacher's forged presses show no one.
    const associationId = (await h.app.store.associations.ofSchool(schoolId))[0]!.id;
    await teacher.command("menu");
    for (const data of [`shmo:o:${associationId}`, `shmo:h:${associationId}:0`, `shmo:t:${associationId}:0`]) {
      const forged = await teacher.pressData(data);
      const shown = [...forged.edits, ...forged.replies].map((m) => m.text).join("\n") + teacher.buttons().map((b) => b.text).join(" ");
      expect(shown).not.toContain("Главная Нина");
      expect(shown).not.toContain("Петрова Ольга");
      expect(teacher.lastText()).toBe("Недостаточно прав для этого действия.");
    }
  });

  it("a teacher who joins chooses her ШМО from the school's list", async () => {
    const invite = await h.app.store.organisations.createInvite({ organisationId: schoolId, role: "teacher", expiresAt: new Date("2027-01-01T00:00:00Z") });
    await newcomer.command("start", invite.code);
    const joined = await newcomer.press("Даю согласие");
    expect(joined.replies.map((r) => r.text).join("\n")).toContain("Выберите своё");
    const chosen = await newcomer.press("ШМО учителей математики");
    expect(chosen.edits[0]!.text).toBe("Ваше методическое объединение: ШМО учителей математики.");
    const memberships = await h.app.store.organisations.membershipsOf((await h.app.store.users.byTelegramId(940_004n))!.id);
    expect(memberships[0]!.associationId).toBeGreaterThan(0);
  });

  it("a submitted route goes to the ШМО head first; the deputy cannot approve it before the review", async () => {
    const store = h.app.store;
    const routeId = (await store.routes.create(readyRoute({ teacherId, schoolId, title: "ИОМ учителя математики" }))).id!;
    await teacher.command("route");
    await teacher.press("Отправить на согласование");
    expect(head.last()!.text).toContain("ИОМ на рассмотрение ШМО");
    expect(deputy.messages().some((m) => m.text?.includes("Смирнова Анна Петровна"))).toBe(false);
    await deputy.command("menu");
    expect(deputy.last()!.text).toContain("На согласовании: 0.");
    const route = (await store.routes.byId(routeId))!;
    const early = await deputy.pressData(`ap:ok:${routeId}:${route.version}`);
    expect(early.answer?.text).toBe("ИОМ ещё не рассмотрен на заседании ШМО: утвердить его можно после рассмотрения.");
    expect((await store.routes.byId(routeId))!.status).toBe("submitted");
    await head.command("menu");
    expect(head.last()!.text).toContain("На рассмотрении ШМО: 1.");
  });

  it("the head records the protocol and the recommendation; the deputy approves; the document carries both blocks", async () => {
    await head.press("Рассмотрено на заседании ШМО");
    expect((await head.send("вчера")).replies[0]!.text).toContain("Не понял номер и дату протокола");
    const asked = await head.send("3 от 20.11.2026");
    expect(asked.replies[0]!.text).toContain("Рекомендация ШМО");
    const done = await head.send("рекомендовать к утверждению");
    expect(done.replies[0]!.text).toContain("передан на утверждение заместителю директора");
    expect(teacher.last()!.text).toContain("рассмотрен на заседании ШМО (протокол № 3 от 20.11.2026)");
    const request = deputy.last()!.text!;
    expect(request).toContain("Рассмотрено на заседании ШМО: протокол № 3 от 20.11.2026.");
    expect(request).toContain("Рекомендация ШМО: рекомендовать к утверждению");
    const approved = await deputy.press("Утвердить");
    expect(approved.answer?.text).toBe("ИОМ утверждён.");

    await teacher.command("route");
    const sent = await teacher.press("ИОМ в Word");
    const file = sent.replies[0]!.document!;
    expect(file.file_name).toBe("ИОМ Смирнова А.П. 2026-2027.docx");
    const zip = await JSZip.loadAsync(file.bytes);
    const xml = (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
    expect(xml).toContain("Рассмотрено на заседании ШМО учителей математики, протокол № 3 от 20.11.2026");
    expect(xml).toContain("«Утверждаю»: заместитель директора по УМР Петрова Ольга, 26.11.2026");
  });
});

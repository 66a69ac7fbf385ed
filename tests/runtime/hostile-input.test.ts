// Input that used to break screens or leak data: control characters in names and texts, content
// longer than one Telegram message, group chats, personal data before consent.
import { afterEach, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { startHarness, type Harness } from "../helpers/harness.js";
import { providers } from "../helpers/databases.js";
import { readyRoute, task } from "../helpers/routes.js";
import { renderBarChart } from "../../src/bot/render/chart.js";
import { routeDocx } from "../../src/bot/render/route-docx.js";
import { splitText } from "../../src/bot/api-guards.js";
import { invitedTeacher } from "../helpers/invited.js";
import { seedTeachers } from "../helpers/seed.js";

const ADMIN = 820_001;
const long = (label: string, length: number) => `${label} ${"развитие функциональной грамотности ".repeat(60)}`.slice(0, length);

describe.each(providers)("hostile input (%s)", (provider) => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it("control characters are removed from typed names and never reach the database, a chart or a document", async () => {
    h = await startHarness({ provider, env: { ADMIN_IDS: String(ADMIN) } });
    const admin = h.user(ADMIN, { first_name: "Админ" });
    await admin.command("newschool", "МБОУ\u0001 СОШ\u0000 № 1\u001b");
    const schools = await h.app.store.organisations.schoolsOf((await h.app.store.organisations.districts())[0]!.id);
    expect(schools.map((s) => s.name)).toEqual(["МБОУ СОШ № 1"]);
    const { replies } = await admin.command("district");
    expect(replies.map((r) => r.text ?? r.caption ?? "").join("\n")).not.toContain("Что-то пошло не так");

    // Text stored before the rule (or by another program) is cleaned by the renderers.
    const png = renderBarChart({ title: "Профиль\u0007", labels: ["Цифровая\u0000 компетентность", "Школа\u001f"], values: [40, 80] });
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const docx = await routeDocx({
      route: readyRoute({ title: "ИОМ\u0002", goal: "Цель\u0003 с управляющими символами", tasks: [task({ title: "Задача\u000b" })] }),
      t: (key) => key,
      school: "Школа\u0001",
      teacher: "Иванова\u0000",
      areaName: (code) => code,
      decimal: String,
      historyLines: ["Стаж\u0008: 10"],
    });
    const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
    expect(xml).toContain("Цель с управляющими символами");
    // eslint-disable-next-line no-control-regex -- looking for exactly these characters
    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)).toBe(false);
  });

  it("a route longer than a message: the card stays one phone screen, and its sections page through all of it, never cut", async () => {
    h = await startHarness({ provider });
    const { user, schoolId } = await invitedTeacher(h, 820_010);
    await user.press("Даю согласие");
    const teacherId = (await h.app.store.users.byTelegramId(820_010n))!.id;
    const tasks = Array.from({ length: 8 }, (_, i) => task({ title: long(`Задача ${i + 1}:`, 300), expectedResult: long(`Результат ${i + 1}`, 1000) }));
    await h.app.store.routes.create(readyRoute({ teacherId, schoolId, goal: long("Цель", 1000), tasks }));
    const { replies } = await user.command("route");
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text!.length).toBeLessThanOrEqual(1000);
    expect(replies[0]!.reply_markup?.inline_keyboard?.length).toBeGreaterThan(0);
    const first = await user.press("Задачи и мероприятия");
    const pages = Number(/1 из (\d+)/.exec(user.buttons().map((b) => b.text).join(" "))?.[1]);
    expect(pages).toBeGreaterThan(3);
    const seen = [first.edits[0]!.text!];
    for (let page = 2; page <= pages; page += 1) seen.push((await user.press("▶")).edits[0]!.text!);
    for (const text of seen) expect(text.length).toBeLessThanOrEqual(1000);
    const all = seen.join("\n");
    for (let i = 1; i <= 8; i += 1) expect(all).toContain(`Результат ${i}`);
  });

  it("180 holiday ranges are listed whole", async () => {
    h = await startHarness({ provider, env: { ADMIN_IDS: String(ADMIN) } });
    const district = await h.app.store.organisations.createDistrict("Район");
    const ranges = Array.from({ length: 180 }, (_, i) => {
      const day = new Date(Date.UTC(2026, 0, 1 + i * 4)).toISOString().slice(0, 10);
      const next = new Date(Date.UTC(2026, 0, 2 + i * 4)).toISOString().slice(0, 10);
      return { start: day, end: next };
    });
    await h.app.store.organisations.setHolidays(district.id, ranges);
    const { replies } = await h.user(ADMIN).command("holidays");
    for (const reply of replies) expect((reply.text ?? "").length).toBeLessThanOrEqual(4096);
    const text = replies.map((r) => r.text ?? "").join(" ");
    expect(text).toContain("18.12.2027–19.12.2027");
    expect(text).toContain("01.01.2026–02.01.2026");
  });

  it("in a group the bot answers once with a pointer to the private chat and stores nothing", async () => {
    h = await startHarness({ provider });
    const group = { id: -100_123, type: "supergroup", title: "Учительская" };
    const member = { id: 820_020, is_bot: false, first_name: "Пётр", username: "petr_group" };
    for (const text of ["/start", "/mydata", "привет"]) {
      await h.tg.pushUpdate({ message: { message_id: Math.floor(Math.random() * 1e6), date: Math.floor(Date.now() / 1000), chat: group, from: member, text } });
    }
    const said = h.tg.messages(group.id);
    expect(said).toHaveLength(1);
    expect(said[0]!.text).toContain("личных сообщениях");
    expect(await h.app.store.users.byTelegramId(820_020n)).toBeNull();
  });

  it("nothing personal is stored before consent: not the username, not a name typed into /profile", async () => {
    h = await startHarness({ provider });
    const { user } = await invitedTeacher(h, 820_030);
    const before = (await h.app.store.users.byTelegramId(820_030n))!;
    expect(before.username).toBeNull();
    const profile = await user.command("profile");
    expect(profile.replies.at(-1)!.text).toContain("Согласие на обработку");
    await user.send("Петрова Мария Ивановна");
    expect((await h.app.store.users.byTelegramId(820_030n))!.fullName).toBeNull();
    await user.press("Даю согласие");
    const after = (await h.app.store.users.byTelegramId(820_030n))!;
    expect(after.username).toBe("anna_teacher");
    expect(after.consentAt).not.toBeNull();
  });
});

describe("splitting long texts", () => {
  it("splits at line breaks, then spaces, never inside a character, and loses nothing", () => {
    const lines = Array.from({ length: 300 }, (_, i) => `${i + 1}. строка с текстом 😀`);
    const parts = splitText(lines.join("\n"), 1000);
    expect(parts.every((p) => p.length <= 1000)).toBe(true);
    expect(parts.join("\n")).toBe(lines.join("\n"));
    const word = "слово ".repeat(400);
    expect(splitText(word, 1000).every((p) => !p.startsWith(" ") && p.length <= 1000)).toBe(true);
    const emoji = "😀".repeat(600);
    expect(splitText(emoji, 1001).join("")).toBe(emoji);
  });
});

describe("invites an administrator can control", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  const linkIn = (text: string | undefined) => /start=([A-Za-z0-9_-]+)/.exec(text ?? "")![1]!;

  it("the deputy's link is single-use unless asked for more; the administrator and the deputy list and revoke it; others are answered", async () => {
    h = await startHarness({ env: { ADMIN_IDS: String(ADMIN) } });
    const admin = h.user(ADMIN, { first_name: "Админ" });
    const created = await admin.command("newschool", "МБОУ СОШ № 2");
    expect(created.replies[0]!.text).toContain("одноразовое");
    const code = linkIn(created.replies[0]!.text);
    const deputy = h.user(820_101, { first_name: "Ольга" });
    await deputy.command("start", code);
    await deputy.press("Даю согласие");
    const second = h.user(820_102, { first_name: "Чужой" });
    await second.command("start", code);
    const refused = await second.press("Даю согласие");
    expect(refused.replies.map((r) => r.text).join("\n")).not.toContain("заместитель директора по УМР");

    const several = await admin.command("newschool", "МБОУ СОШ № 3 x3");
    expect(several.replies[0]!.text).toContain("на 3 человек");
    expect(several.replies[0]!.text).toContain("Школа создана: МБОУ СОШ № 3.");
    const listed = await admin.command("invites");
    expect(listed.replies[0]!.text).toContain("МБОУ СОШ № 3: осталось использований — 3");
    const revoked = await admin.press("Отозвать 1");
    // The list the link was revoked from shows it gone, in place.
    expect(revoked.edits.at(-1)!.message_id).toBe(listed.replies[0]!.message_id);
    expect(revoked.edits.at(-1)!.text).not.toContain("МБОУ СОШ № 3");
    const afterRevoke = await admin.command("invites");
    expect(afterRevoke.replies[0]!.text).not.toContain("МБОУ СОШ № 3");
    // Links of many schools are paged in place, never cut: every school's is reachable.
    for (let i = 4; i <= 15; i += 1) await admin.command("newschool", `Школа ${i}`);
    const first = await admin.command("invites");
    const pages = [first.replies[0]!.text!];
    expect(pages[0]).toMatch(/Стр\. 1 из \d\./);
    while (admin.buttons().some((b) => b.text === "▶")) pages.push((await admin.press("▶")).edits[0]!.text!);
    for (const text of pages) expect(text.length).toBeLessThanOrEqual(1500);
    for (let i = 4; i <= 15; i += 1) expect(pages.join("\n")).toContain(`Школа ${i}:`);

    // The deputy of school 2 sees her school's links and may revoke a co-deputy's link.
    const deputyId = (await h.app.store.users.byTelegramId(820_101n))!.id;
    const schoolId = (await h.app.store.organisations.membershipsOf(deputyId))[0]!.organisationId;
    const extra = await h.app.store.organisations.createInvite({ organisationId: schoolId, role: "deputy", maxUses: 1, expiresAt: new Date(Date.now() + 86_400_000) });
    const mine = await deputy.command("invites");
    expect(mine.replies[0]!.text).toContain("заместитель директора по УМР");
    await deputy.press("Отозвать 1");
    expect((await h.app.store.organisations.inviteById(extra.id))!.revokedAt).not.toBeNull();

    const stranger = h.user(820_103);
    for (const command of ["invites", "mentor"]) {
      const { replies } = await stranger.command(command);
      expect(replies).toHaveLength(1);
      expect(replies[0]!.text).toContain("для заместителя директора по УМР или директора школы");
    }
  });
});

describe("bounded imports and safe exports", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it("a 100 000-line schools file is refused with the real limit, and so is a file over 2 MB without a size", async () => {
    h = await startHarness({ env: { ADMIN_IDS: String(ADMIN) } });
    const admin = h.user(ADMIN, { first_name: "Админ" });
    await admin.command("schools");
    const lines = Array.from({ length: 100_000 }, (_, i) => `Школа № ${i + 1}`).join("\n");
    const refused = await admin.sendDocument(Buffer.from(lines, "utf8"), "schools.csv", "text/csv");
    expect(refused.replies[0]!.text).toMatch(/не больше 5\s?000/);
    const big = Buffer.alloc(3 * 1024 * 1024, "а");
    const file = h.tg.storeFile(big, "big.csv", "text/csv");
    // Telegram does not always tell the size: the document arrives without file_size.
    await h.tg.pushUpdate({
      message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: ADMIN, type: "private", first_name: "Админ" }, from: { id: ADMIN, is_bot: false, first_name: "Админ" }, document: { file_id: file.file_id, file_unique_id: file.file_unique_id, file_name: "big.csv" } },
    });
    expect(admin.lastText()).toContain("не больше 2 МБ");
    expect(await h.app.store.organisations.districts()).toEqual([]);
  });

  it.each(providers)("/district counts a district of 40 000 teachers without hitting the database's parameter limit (%s)", async (provider) => {
    h = await startHarness({ provider });
    const store = h.app.store;
    const district = await store.organisations.createDistrict("Большой район");
    const school = await store.organisations.createSchool(district.id, "МБОУ СОШ № 40");
    await seedTeachers(h.database.url, school.id, 40_000);
    const invite = await store.organisations.createInvite({ organisationId: district.id, role: "methodist", expiresAt: new Date(Date.now() + 86_400_000) });
    const methodist = h.user(820_300, { first_name: "Елена" });
    await methodist.command("start", invite.code);
    await methodist.press("Даю согласие");
    const { replies } = await methodist.command("district");
    const text = replies.map((r) => r.text ?? "").join("\n");
    expect(text).toContain("численность педагогов не указана (утверждённых ИОМ в этом учебном году: 0)");
    expect(text).toMatch(/зарегистрировано педагогов: 40\s000/);
    expect(text).not.toContain("Что-то пошло не так");
  }, 120_000);

  it("exported CSV cells cannot run as formulas; only http(s) links are accepted", async () => {
    const { catalogToRows, catalogFromRows, starterCatalog, CSV_COLUMNS } = await import("../../src/domain/catalog.js");
    const { writeCsv, readCsv } = await import("../../src/bot/render/csv.js");
    const entry = { ...starterCatalog()[0]!, title: "=HYPERLINK(\"http://evil\")", provider: "@SUM(A1)" };
    const csv = writeCsv(catalogToRows([entry])).toString("utf8");
    expect(csv).toContain("'=HYPERLINK");
    expect(csv).toContain("'@SUM(A1)");
    const row = (url: string) => readCsv(`${CSV_COLUMNS.join(",")}\nx1,Курс,course,formal,regional,digital,24,${url},ИРО`);
    expect(catalogFromRows(row("javascript:alert(1)")).errors.map((e) => e.code)).toEqual(["invalid_url"]);
    expect(catalogFromRows(row("https://iro.example/kurs")).errors).toEqual([]);
  });
});

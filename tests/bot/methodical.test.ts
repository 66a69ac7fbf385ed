// The methodical service through the stand-in: an administrator makes a methodist responsible for
// two of three schools; her home starts from them; she recommends to a school; its deputy accepts,
// answers and carries it out, the methodist hearing of each step; the district counts it (2.4.4).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joined } from "../helpers/people.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { providers } from "../helpers/databases.js";
import type { Role } from "../../src/domain/permissions.js";
import type { TelegramUser } from "../../src/testing/telegram-user.js";

const clock = () => new Date("2026-11-26T06:00:00Z");
const ADMIN = 960_000;

describe.each(providers)("the methodical service (%s)", (provider) => {
  let h: Harness;
  let admin: TelegramUser, methodist: TelegramUser, deputy: TelegramUser;

  const person = async (telegramId: number, name: string, organisationId: number, role: Role) => (await joined(h, { telegramId, name, organisationId, role, at: clock() })).user;

  beforeAll(async () => {
    h = await startHarness({ provider, clock, env: { ADMIN_IDS: String(ADMIN) } });
    const store = h.app.store;
    const district = await store.organisations.createDistrict("Северный округ");
    const schools = await Promise.all(["Гимназия № 1", "Лицей № 2", "СОШ № 3"].map((name) => store.organisations.createSchool(district.id, name)));
    admin = h.user(ADMIN, { first_name: "Админ" });
    await store.users.recordConsent((await store.users.touch({ telegramId: BigInt(ADMIN) })).id, "2026-11", clock());
    methodist = await person(960_001, "Елена Методистова", district.id, "methodist");
    deputy = await person(960_002, "Ольга Петрова", schools[0]!.id, "deputy");
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("an administrator makes the methodist responsible for two schools", async () => {
    await admin.command("menu");
    await admin.press("Методисты и их школы");
    await admin.press("Елена Методистова");
    await admin.press("Гимназия № 1");
    const ticked = await admin.press("Лицей № 2");
    expect(ticked.edits[0]!.text).toContain("выбрано: 2");
    expect(admin.buttons().map((b) => b.text)).toEqual(expect.arrayContaining(["✅ Гимназия № 1", "✅ Лицей № 2", "▫️ СОШ № 3"]));
    const refused = await methodist.pressData(admin.buttons().find((b) => b.text.includes("СОШ № 3"))!.callback_data!);
    expect(refused.answer?.text).toBe("Недостаточно прав для этого действия.");
  });

  it("the methodist's home starts from her schools; she recommends to one; the deputy accepts, answers and carries it out", async () => {
    const home = await methodist.command("menu");
    expect(methodist.buttons(home.replies[0]!.message_id)[0]!.text).toBe("🏫 Мои школы (2)");
    const mine = await methodist.press("Мои школы (2)");
    expect(methodist.buttons().map((b) => b.text)).not.toContain("СОШ № 3");
    expect(mine.edits[0]!.text).toContain("Мои школы — Северный округ");
    await methodist.press("Гимназия № 1");
    await methodist.press("Рекомендация школе");
    const saved = await methodist.send("Включить мониторинг ИОМ в ВСОКО до конца полугодия");
    expect(saved.replies[0]!.text).toContain("получили: 1");
    expect(deputy.lastText()).toContain("Включить мониторинг ИОМ в ВСОКО до конца полугодия");

    const deputyHome = await deputy.command("menu");
    expect(deputy.buttons(deputyHome.replies[0]!.message_id).map((b) => b.text)).toContain("📌 Рекомендации методической службы (1)");
    await deputy.press("Рекомендации методической службы (1)");
    await deputy.press("выдана");
    await deputy.press("Принято к исполнению");
    expect(methodist.lastText()).toContain("«Гимназия № 1» принимает к исполнению");
    await deputy.press("Ответить");
    await deputy.send("Положение о ВСОКО дополним на педсовете 15.12");
    expect(methodist.lastText()).toContain("Положение о ВСОКО дополним на педсовете 15.12");
    const done = await deputy.press("Выполнено");
    expect(done.edits[0]!.text).toContain("Состояние: выполнена");
    expect(methodist.lastText()).toContain("рекомендация выполнена");

    const district = await methodist.command("district");
    expect(district.replies[0]!.text).toContain("2.4.4 Адресные рекомендации: выдано 1, выполнено 1");
  });
});

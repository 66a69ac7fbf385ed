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

    // A recommendation and a methodist's schools are not for anyone's eyes: forged presses show the refusal.
    const stranger = await person(960_009, "Чужой Учитель", (await h.app.store.organisations.districts())[0]!.id, "teacher");
    await stranger.command("menu");
    const recommendationId = (await h.app.store.methodists.recommendationsBy((await h.app.store.users.byTelegramId(960_001n))!.id))[0]!.id;
    const districtId = (await h.app.store.organisations.districts())[0]!.id;
    for (const data of [`mm:r:${recommendationId}`, `mm:m:${districtId}:${(await h.app.store.users.byTelegramId(960_001n))!.id}:0`]) {
      await stranger.pressData(data);
      expect(stranger.lastText()).toBe("Недостаточно прав для этого действия.");
    }
  });

  it("lists of recommendations are paged, never cut: the methodist and the deputy page through eleven in place", async () => {
    const store = h.app.store;
    const methodistId = (await store.users.byTelegramId(960_001n))!.id;
    const schoolId = (await store.organisations.membershipsOf((await store.users.byTelegramId(960_002n))!.id))[0]!.organisationId;
    for (let i = 2; i <= 11; i += 1) {
      const entry = { actorId: methodistId, action: "school_recommendation_issued", targetType: "school_recommendation", details: { schoolId } };
      await store.methodists.recommend({ schoolId, authorId: methodistId, text: `Рекомендация номер ${i}`, schoolYear: 2026 }, { entry, at: clock() });
    }
    await methodist.command("menu");
    const mine = await methodist.press("Мои адресные рекомендации");
    expect(mine.edits[0]!.text).toContain("Мои адресные рекомендации: 11, выполнено: 1");
    const firstPage = mine.edits[0]!.text!;
    expect(firstPage).toContain("Стр. 1 из 2.");
    const next = await methodist.press("▶");
    expect(next.edits[0]!.message_id).toBe(mine.edits[0]!.message_id);
    const seen = [firstPage, next.edits[0]!.text!].join("\n");
    for (let i = 2; i <= 11; i += 1) expect(seen).toContain(`Рекомендация номер ${i}`);
    expect(seen).toContain("Включить мониторинг ИОМ в ВСОКО");

    await deputy.command("menu");
    const list = await deputy.press("Рекомендации методической службы (10)");
    expect(list.edits[0]!.text).toContain("Стр. 1 из 2.");
    expect(deputy.buttons().filter((b) => b.text.includes("Рекомендация номер"))).toHaveLength(8);
    const rest = await deputy.press("▶");
    expect(rest.edits[0]!.text).toContain("Стр. 2 из 2.");
    expect(deputy.buttons().filter((b) => /Рекомендация номер|мониторинг/.test(b.text))).toHaveLength(3);
    expect((await deputy.press("Рекомендация номер 2")).edits[0]!.text).toContain("Рекомендация номер 2");
  });
});

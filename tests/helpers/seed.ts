// Many teachers at once, straight into the database (a district's worth, in seconds).
import Database from "better-sqlite3";
import pg from "pg";
import type { Store } from "../../src/data/index.js";

export async function seedTeachers(url: string, schoolId: number, count: number, firstTelegramId = 50_000_000): Promise<void> {
  if (url.startsWith("file:")) {
    const db = new Database(url.slice("file:".length));
    try {
      db.exec(`WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < ${count})
        INSERT INTO "User" ("telegramId", "fullName", "locale", "isActive", "createdAt", "updatedAt") SELECT ${firstTelegramId} + v, 'Педагог ' || v, 'ru', 1, 0, 0 FROM n`);
      db.exec(`INSERT INTO "Membership" ("userId", "organisationId", "role", "createdAt") SELECT id, ${schoolId}, 'teacher', 0 FROM "User" WHERE "telegramId" > ${firstTelegramId}`);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`INSERT INTO "User" ("telegramId", "fullName", "locale", "isActive", "createdAt", "updatedAt")
      SELECT ${firstTelegramId} + v, 'Педагог ' || v, 'ru', true, now(), now() FROM generate_series(1, ${count}) AS v`);
    await client.query(`INSERT INTO "Membership" ("userId", "organisationId", "role", "createdAt") SELECT id, ${schoolId}, 'teacher', now() FROM "User" WHERE "telegramId" > ${firstTelegramId}`);
  } finally {
    await client.end();
  }
}

/** A district's school with a consented deputy (`deputyTelegramId`), as the process tests start from. */
export async function schoolWithDeputy(store: Store, schoolName: string, deputyTelegramId: number): Promise<{ schoolId: number }> {
  const district = await store.organisations.createDistrict("Район");
  const school = await store.organisations.createSchool(district.id, schoolName);
  const deputy = await store.users.touch({ telegramId: BigInt(deputyTelegramId) });
  await store.users.recordConsent(deputy.id, "2026-11", new Date());
  await store.users.setFullName(deputy.id, "Ольга Петровна");
  await store.organisations.addMembership({ userId: deputy.id, organisationId: school.id, role: "deputy" });
  return { schoolId: school.id };
}

// A fresh SQLite store for each test of the use cases (no bot, no Telegram).
import { afterEach, beforeEach } from "vitest";
import { createStore, openDatabase, type Database, type Store } from "../../src/data/index.js";
import { sqliteDatabase, type TestDatabase } from "./databases.js";
import type { Role } from "../../src/domain/permissions.js";
import type { Route } from "../../src/domain/route.js";
import { readyRoute } from "./routes.js";

/** Registers the hooks; `store` is a new, migrated database in every test. */
export function storeForEachTest(): { readonly store: Store } {
  let database: TestDatabase | undefined;
  let opened: Database | undefined;
  let store: Store | undefined;
  beforeEach(async () => {
    database = sqliteDatabase();
    opened = await openDatabase(database.url);
    store = createStore(opened);
  });
  afterEach(async () => {
    await opened?.close();
    await database?.drop();
  });
  return {
    get store() {
      if (!store) throw new Error("the store exists only inside a test");
      return store;
    },
  };
}

/** A person of the organisation in the role, as if they had joined by an invite. */
export async function member(store: Store, telegramId: bigint, organisationId: number, role: Role): Promise<number> {
  const user = await store.users.touch({ telegramId });
  await store.organisations.addMembership({ userId: user.id, organisationId, role });
  return user.id;
}

/** A district with one school in it; the school's id. */
export async function schoolOfDistrict(store: Store): Promise<number> {
  const district = await store.organisations.createDistrict("Район");
  return (await store.organisations.createSchool(district.id, "Школа № 1")).id;
}

/** A school with its teacher (Telegram id 1) and deputy (Telegram id 2). */
export async function teacherAndDeputy(store: Store): Promise<{ schoolId: number; teacher: number; deputy: number }> {
  const schoolId = await schoolOfDistrict(store);
  const teacher = await member(store, 1n, schoolId, "teacher");
  const deputy = await member(store, 2n, schoolId, "deputy");
  return { schoolId, teacher, deputy };
}

/** `teacherAndDeputy` and the teacher's route, complete and being carried out. */
export async function activeRouteOfTeacher(store: Store): Promise<{ schoolId: number; teacher: number; deputy: number; route: Route }> {
  const people = await teacherAndDeputy(store);
  const route = await store.routes.create(readyRoute({ teacherId: people.teacher, schoolId: people.schoolId, status: "active" }));
  return { ...people, route };
}

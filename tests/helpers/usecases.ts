// A fresh SQLite store for each test of the use cases (no bot, no Telegram).
import { afterEach, beforeEach } from "vitest";
import { createStore, openDatabase, type Database, type Store } from "../../src/data/index.js";
import { sqliteDatabase, type TestDatabase } from "./databases.js";
import type { Role } from "../../src/domain/permissions.js";

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

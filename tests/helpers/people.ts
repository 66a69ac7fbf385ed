// Someone who has joined a school or district: name given, consent recorded, a role held — as if
// they had come by an invite, without walking through it (scenarios that are not about joining).
import type { Harness } from "./harness.js";
import type { Role } from "../../src/domain/permissions.js";
import type { TelegramUser } from "../../src/testing/telegram-user.js";

export interface Joined {
  user: TelegramUser;
  id: number;
}

export async function joined(
  h: Harness,
  input: { telegramId: number; name: string; organisationId: number; role: Role; associationId?: number; at: Date; firstName?: string },
): Promise<Joined> {
  const store = h.app.store;
  const record = await store.users.touch({ telegramId: BigInt(input.telegramId) });
  await store.users.setFullName(record.id, input.name);
  await store.users.recordConsent(record.id, "2026-11", input.at);
  await store.organisations.addMembership({ userId: record.id, organisationId: input.organisationId, role: input.role, ...(input.associationId ? { associationId: input.associationId } : {}) });
  return { user: h.user(input.telegramId, { first_name: input.firstName ?? input.name }), id: record.id };
}

// A person withdraws consent and erases what the bot holds about them (152-ФЗ): one transaction,
// with an audit record that names no one.
import type { Store } from "../data/index.js";

export async function erasePersonalData(store: Store, input: { userId: number; telegramId: bigint; at: Date }): Promise<void> {
  await store.privacy.erase(input.userId, input.telegramId, { entry: { action: "personal_data_erased" }, at: input.at });
}

// How a person is named on screen: the name they gave, else their @username, else a neutral
// word. Never an internal id; a person who erased their data is shown as such.
import type { BotContext } from "../context.js";

export async function personName(ctx: BotContext, userId: number | null | undefined): Promise<string> {
  if (userId === null || userId === undefined) return ctx.t("person-erased");
  if (userId === ctx.user.id && ctx.user.fullName) return ctx.user.fullName;
  const user = await ctx.deps.store.users.byId(userId);
  if (!user) return ctx.t("person-erased");
  return user.fullName ?? (user.username ? `@${user.username}` : ctx.t(user.isActive ? "person-unnamed" : "person-erased"));
}

// How a person is named on screen: the name they gave, else their @username, else a neutral
// word. Never an internal id; a person who erased their data is shown as such.
import type { BotContext } from "../context.js";
import type { UserRecord } from "../../data/index.js";

// Within one update the same people are named and told several times (the decider, the teacher).
const usersSeen = new WeakMap<BotContext, Map<number, Promise<UserRecord | null>>>();

/** A person's record, read once per update (the person acting was read at its start). */
export function userById(ctx: BotContext, userId: number): Promise<UserRecord | null> {
  if (userId === (ctx.user as UserRecord | undefined)?.id) return Promise.resolve(ctx.user);
  let seen = usersSeen.get(ctx);
  if (!seen) usersSeen.set(ctx, (seen = new Map()));
  let user = seen.get(userId);
  if (!user) seen.set(userId, (user = ctx.deps.store.users.byId(userId)));
  return user;
}

export async function personName(ctx: BotContext, userId: number | null | undefined): Promise<string> {
  if (userId === null || userId === undefined) return ctx.t("person-erased");
  if (userId === ctx.user.id && ctx.user.fullName) return ctx.user.fullName;
  const user = await userById(ctx, userId);
  if (!user) return ctx.t("person-erased");
  return user.fullName ?? (user.username ? `@${user.username}` : ctx.t(user.isActive ? "person-unnamed" : "person-erased"));
}

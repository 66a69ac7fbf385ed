// Reading a press in a handler: the typed press; a malformed button is refused and logged; a
// button of an older layout gets the current screen (the home screen) instead; either way the
// handler stops.
import type { BotContext } from "../context.js";
import { refuseCallback } from "../access.js";
import { showHome } from "../views/home.js";
import type { ActionSpec, CallbackCodec, Press } from "./codec.js";

export async function pressOf<A extends Record<string, ActionSpec>>(ctx: BotContext, codec: CallbackCodec<A>): Promise<Press<A> | undefined> {
  const press = codec.unpack(ctx.callbackQuery?.data);
  if (press && press !== "stale") return press;
  if (press === "stale") {
    await ctx.answerCallbackQuery({ text: ctx.t("home-outdated") });
    await showHome(ctx);
    return undefined;
  }
  await refuseCallback(ctx);
  return undefined;
}

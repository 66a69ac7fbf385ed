// Reading a press in a handler: the typed press; a malformed button is refused and logged; a
// button of an older layout gets the current screen (the home screen) instead; either way the
// handler stops.
import type { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { refuseCallback } from "../access.js";
import { showHome } from "../views/home.js";
import { refreshedWith } from "../views/screen.js";
import type { ActionSpec, CallbackCodec, Press } from "./codec.js";

export async function pressOf<A extends Record<string, ActionSpec>>(ctx: BotContext, codec: CallbackCodec<A>): Promise<Press<A> | undefined> {
  const press = codec.unpack(ctx.callbackQuery?.data);
  if (press && press !== "stale") return press;
  if (press === "stale") {
    await refreshedWith(showHome)(ctx);
    return undefined;
  }
  await refuseCallback(ctx);
  return undefined;
}

/** One handler per action of a namespace; the compiler asks for every action and types its values. */
export type PressHandlers<A extends Record<string, ActionSpec>> = { [K in keyof A & string]: (ctx: BotContext, press: Extract<Press<A>, { action: K }>) => Promise<unknown> };

/** Routes each press of a namespace's buttons to its action's handler. */
export function handlePresses<A extends Record<string, ActionSpec>>(composer: Composer<BotContext>, codec: CallbackCodec<A>, handlers: PressHandlers<A>): void {
  composer.callbackQuery(codec.filter, async (ctx) => {
    const press = await pressOf(ctx, codec);
    if (press) await handlers[press.action](ctx, press as never);
  });
}

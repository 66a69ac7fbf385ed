// Reading a press in a handler: the typed press, or (for a malformed button, or one of an older
// layout) the press is answered as stale, logged, and the handler stops.
import type { BotContext } from "../context.js";
import { refuseCallback } from "../access.js";
import type { ActionSpec, CallbackCodec, Press } from "./codec.js";

export async function pressOf<A extends Record<string, ActionSpec>>(ctx: BotContext, codec: CallbackCodec<A>): Promise<Press<A> | undefined> {
  const press = codec.unpack(ctx.callbackQuery?.data);
  if (press && press !== "stale") return press;
  await refuseCallback(ctx);
  return undefined;
}

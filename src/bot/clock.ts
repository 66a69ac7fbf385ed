// The time as the bot sees it: the injected clock (tests set it), and today in the bot's time zone.
import type { BotContext } from "./context.js";
import { localDateOf, type LocalDate } from "../domain/time.js";

export function today(ctx: BotContext): LocalDate {
  return localDateOf(ctx.deps.clock(), ctx.deps.config.TIMEZONE);
}

export function now(ctx: BotContext): Date {
  return ctx.deps.clock();
}

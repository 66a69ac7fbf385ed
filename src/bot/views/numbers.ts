// Numbers as people read them: a decimal comma in Russian (46,7), a point in English.
import type { BotContext } from "../context.js";

export function percent(ctx: BotContext, value: number): string {
  return new Intl.NumberFormat(ctx.user.locale === "en" ? "en-GB" : "ru-RU", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

// Reminders are humane: snooze one for a day, pause all of them for a vacation, and (for a
// methodist or an administrator) set the district's school holidays.
import { Composer, type CommandContext } from "grammy";
import type { BotContext } from "../context.js";
import { pressOf } from "../callback-data/press.js";
import { reminderButtons } from "../callback-data/buttons.js";
import { actorOf, ensureAllowed, refuseCallback } from "../access.js";
import { now, today } from "../clock.js";
import { pauseReminders, setSchoolHolidays, snoozeReminder } from "../../usecases/reminders.js";
import { addDays, formatDate, parseUserDate, zonedInstant, type LocalDate } from "../../domain/time.js";

const MAX_PAUSE_DAYS = 90;

export function remindersFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.callbackQuery(reminderButtons.filter, async (ctx) => {
    const press = await pressOf(ctx, reminderButtons);
    if (!press) return;
    const snoozed = await snoozeReminder(ctx.deps.store, { userId: ctx.user.id, reminderId: press.values[0], at: now(ctx) });
    if (!snoozed.ok) return refuseCallback(ctx);
    await ctx.answerCallbackQuery({ text: ctx.t("rm-snoozed") });
    await ctx.editMessageReplyMarkup().catch(() => undefined); // tidying old buttons; the answer below is what counts
  });

  composer.command("pause", async (ctx) => {
    const argument = ctx.match.trim();
    const days = Number(argument);
    let until: LocalDate | undefined;
    if (Number.isInteger(days) && days > 0 && days <= MAX_PAUSE_DAYS) until = addDays(today(ctx), days);
    else if (argument) until = parseUserDate(argument, today(ctx));
    if (!until || until <= today(ctx) || until > addDays(today(ctx), MAX_PAUSE_DAYS)) return ctx.reply(ctx.t("pause-usage", { max: MAX_PAUSE_DAYS }));
    await pauseReminders(ctx.deps.store, { userId: ctx.user.id, until: zonedInstant(until, 0, 0, ctx.deps.config.TIMEZONE) });
    await ctx.reply(ctx.t("pause-set", { date: formatDate(until) }));
  });

  composer.command("resume", async (ctx) => {
    await pauseReminders(ctx.deps.store, { userId: ctx.user.id, until: null });
    await ctx.reply(ctx.t("pause-cleared"));
  });

  composer.command("holidays", setHolidays);

  return composer;
}

/** `/holidays` shows the district's school holidays; `/holidays 28.12.2026–08.01.2027, …` sets them. */
async function setHolidays(ctx: CommandContext<BotContext>): Promise<unknown> {
  const actor = await actorOf(ctx);
  const district = actor.memberships.find((m) => m.role === "methodist" || m.role === "admin")?.districtId ?? (actor.isSuperAdmin ? (await ctx.deps.store.organisations.districts())[0]?.id : undefined);
  if (district === undefined) return ctx.reply(ctx.t("error-not-allowed"));
  if (!(await ensureAllowed(ctx, "district.record_facts", { kind: "district", districtId: district }, actor))) return;
  const text = ctx.match.trim();
  if (!text) {
    const current = await ctx.deps.store.organisations.holidaysOf(district);
    return ctx.reply(ctx.t("holidays-current", { list: current.map((r) => `${formatDate(r.start)}–${formatDate(r.end)}`).join(", ") || "—" }));
  }
  const ranges: { start: LocalDate; end: LocalDate }[] = [];
  for (const part of text.split(/[,;\n]+/).map((p) => p.trim()).filter(Boolean)) {
    const [from, to] = part.split(/\s*[-–—]\s*/);
    const start = from ? parseUserDate(from, today(ctx)) : undefined;
    const end = to ? parseUserDate(to, today(ctx)) : undefined;
    if (!start || !end || end < start) return ctx.reply(ctx.t("holidays-usage"));
    ranges.push({ start, end });
  }
  await setSchoolHolidays(ctx.deps.store, { userId: ctx.user.id, districtId: district, ranges, at: now(ctx) });
  await ctx.reply(ctx.t("holidays-set", { count: ranges.length }));
}

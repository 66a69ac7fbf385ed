// Reminders are humane: snooze one for a day, pause all of them for a vacation, and (for a
// methodist or an administrator) set the district's school holidays.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { pressOf } from "../callback-data/press.js";
import { reminderButtons } from "../callback-data/buttons.js";
import { actorOf, ensureAllowed, refuseCallback } from "../access.js";
import { now, today } from "../clock.js";
import { outboxKey } from "../../data/index.js";
import { addDays, formatDate, parseUserDate, zonedInstant, type LocalDate } from "../../domain/time.js";

const DAY_MS = 86_400_000;
const MAX_PAUSE_DAYS = 90;

export function remindersFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.callbackQuery(reminderButtons.filter, async (ctx) => {
    const press = await pressOf(ctx, reminderButtons);
    if (!press) return;
    const store = ctx.deps.store;
    const row = await store.outbox.byId(press.values[0]);
    if (!row || row.userId !== ctx.user.id) return refuseCallback(ctx);
    const dueAt = new Date(now(ctx).getTime() + DAY_MS);
    const notAfter = row.notAfter ? new Date(Math.max(row.notAfter.getTime(), dueAt.getTime()) + DAY_MS) : null;
    await store.outbox.enqueue([
      {
        key: outboxKey(ctx.user.id, row.kind, `snooze:${row.id}`, dueAt),
        userId: ctx.user.id,
        chatId: row.chatId,
        kind: row.kind,
        payload: JSON.parse(row.payload) as Record<string, unknown>,
        dueAt,
        ...(notAfter ? { notAfter } : {}),
      },
    ]);
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
    await ctx.deps.store.users.setPausedUntil(ctx.user.id, zonedInstant(until, 0, 0, ctx.deps.config.TIMEZONE));
    await ctx.reply(ctx.t("pause-set", { date: formatDate(until) }));
  });

  composer.command("resume", async (ctx) => {
    await ctx.deps.store.users.setPausedUntil(ctx.user.id, null);
    await ctx.reply(ctx.t("pause-cleared"));
  });

  composer.command("holidays", async (ctx) => {
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
    await ctx.deps.store.organisations.setHolidays(district, ranges);
    await ctx.reply(ctx.t("holidays-set", { count: ranges.length }));
  });

  return composer;
}

// The route being carried out: the activities to mark (nearest first), points of broadcasting,
// the checkpoint that is due, and the ways to record a product, reflect or change the route.
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { documentButtons, livingButtons, routeButtons } from "../callback-data/buttons.js";
import { today } from "../clock.js";
import { shorten } from "../text.js";
import { routeText } from "./route.js";
import { activityState, allActivities, type Route } from "../../domain/route.js";
import { addDays, formatDate } from "../../domain/time.js";

/** The final reflection is offered in the last month of the term and after it. */
const FINAL_WINDOW_DAYS = 30;

export async function showLiving(ctx: BotContext, route: Route): Promise<void> {
  const day = today(ctx);
  const id = route.id!;
  const keyboard = new InlineKeyboard();
  if (route.status === "active" || route.status === "approved") {
    const open = allActivities(route)
      .filter((a) => a.status === "planned")
      .sort((a, b) => a.date.localeCompare(b.date))
      .slice(0, 6);
    for (const activity of open) {
      const state = activityState(activity, day);
      const mark = state === "overdue" ? "❗" : state === "due" ? "🔔" : "▫️";
      keyboard.text(shorten(`${mark} ${formatDate(activity.date)} ${activity.event}`, 60), livingButtons.pack("markDone", id, activity.id!)).row();
    }
    for (const point of route.broadcasts.filter((b) => !b.doneAt).slice(0, 2)) {
      keyboard.text(shorten(`📣 ${formatDate(point.date)} ${point.event}`, 60), livingButtons.pack("broadcastHeld", id, point.id!)).row();
    }
    const checkpoint = route.checkpoints.find((c) => !c.answeredAt && c.dueDate <= day);
    if (checkpoint) keyboard.text(ctx.t("lv-checkpoint"), livingButtons.pack("checkpoint", id, checkpoint.id!)).row();
    keyboard.text(ctx.t("lv-add-product"), livingButtons.pack("addProduct", id)).row();
    if (route.status === "active") {
      keyboard.text(ctx.t("lv-half-year"), livingButtons.pack("halfYear", id));
      if (route.term && addDays(route.term.end, -FINAL_WINDOW_DAYS) <= day) keyboard.text(ctx.t("lv-final"), livingButtons.pack("finalReflection", id));
      // Changes go to the approver as a correction (route design), never straight into the plan.
      keyboard.row().text(ctx.t("hy-change-route"), routeButtons.pack("review", id));
    }
  }
  keyboard.row().text(ctx.t("doc-button"), documentButtons.pack("routeDocument", id));
  await ctx.reply(routeText(ctx, route, day), { reply_markup: keyboard });
}

// The teacher's own route on one phone screen: title, status, term, goal, progress and the next
// activity, with what she can do now — edit and submit a draft, mark what is done — and the
// sections (tasks, what is done, products, reflection, comments) and the document. Details open
// in the sections, paged; nothing is printed twice.
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { cardButtons, documentButtons, homeButtons, livingButtons, routeButtons, type CardSection } from "../callback-data/buttons.js";
import { today } from "../clock.js";
import { shorten } from "../text.js";
import { termText } from "./route.js";
import type { Screen } from "./screen.js";
import { openWork } from "../../domain/work.js";
import { activityState, allActivities, routeProgress, type Route } from "../../domain/route.js";
import { addDays, formatDate, localDateOf } from "../../domain/time.js";
import { LIMITS } from "../../domain/validation.js";

/** Marks on the card: the nearest planned activities (the rest are in the sections). */
const MARKS_ON_CARD = 4;
/** The final reflection is offered in the last month of the term and after it. */
const FINAL_WINDOW_DAYS = 30;

export async function teacherCardScreen(ctx: BotContext, route: Route): Promise<Screen> {
  const keyboard = new InlineKeyboard();
  const lines = [...(await headLines(ctx, route))];
  if (route.status === "draft" || route.status === "returned") designButtons(ctx, keyboard, route);
  if (route.status === "approved" || route.status === "active") workButtons(ctx, keyboard, route);
  sectionButtons(ctx, keyboard, route);
  keyboard.text(ctx.t("doc-button"), documentButtons.pack("routeDocument", route.id!)).text(ctx.t("home-back-home"), homeButtons.pack("show"));
  return { text: lines.join("\n"), keyboard };
}

async function headLines(ctx: BotContext, route: Route): Promise<string[]> {
  const day = today(ctx);
  const lines = [
    ctx.t("route-header", { title: shorten(route.title, 120), status: ctx.t(`status-${route.status}`) }),
    ctx.t("route-term", { term: termText(ctx, route) }),
    ctx.t("route-goal", { goal: shorten(route.goal ?? ctx.t("route-not-set"), 300) }),
    ...(route.theme ? [ctx.t("route-theme", { theme: shorten(route.theme, 200) })] : []),
    ctx.t("tc-tasks", { count: route.tasks.length }),
  ];
  if (route.status === "submitted" && route.submittedAt) lines.push(ctx.t("card-submitted", { date: formatDate(localDateOf(new Date(route.submittedAt), ctx.deps.config.TIMEZONE)) }));
  if (route.status === "returned" || route.status === "draft") {
    const lastReturn = await ctx.deps.store.routes.lastReturn(route.id!);
    if (lastReturn?.comment && lastReturn.routeVersion === route.version) lines.push(ctx.t("tc-returned", { comment: shorten(lastReturn.comment, 300) }));
  }
  if (route.status === "approved" || route.status === "active" || route.status === "completed") {
    const progress = routeProgress(route, day);
    const { thisWeek } = openWork(route, day);
    lines.push(ctx.t("tc-progress", { done: progress.done, total: progress.total, thisWeek, overdue: progress.overdue }));
    const next = allActivities(route).filter((a) => a.status === "planned" && a.date >= day).sort((a, b) => a.date.localeCompare(b.date))[0];
    if (next) lines.push(ctx.t("tc-next", { date: formatDate(next.date), event: shorten(next.event, 120) }));
  }
  return lines;
}

function designButtons(ctx: BotContext, keyboard: InlineKeyboard, route: Route): void {
  const id = route.id!;
  keyboard.text(ctx.t("rd-title"), routeButtons.pack("title", id)).text(ctx.t("rd-theme"), routeButtons.pack("theme", id)).row();
  keyboard.text(ctx.t("rd-goal"), routeButtons.pack("goal", id)).text(ctx.t("rd-term"), routeButtons.pack("term", id)).row();
  keyboard.text(ctx.t("rd-tasks", { count: route.tasks.length }), routeButtons.pack("tasks", id)).text(ctx.t("rd-broadcast"), routeButtons.pack("addBroadcast", id)).row();
  if (route.tasks.length < LIMITS.tasks) keyboard.text(ctx.t("rd-add-task"), routeButtons.pack("addTask", id)).row();
  keyboard.text(ctx.t("rd-submit"), routeButtons.pack("submit", id)).row();
}

function workButtons(ctx: BotContext, keyboard: InlineKeyboard, route: Route): void {
  const day = today(ctx);
  const id = route.id!;
  const open = allActivities(route)
    .filter((a) => a.status === "planned")
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, MARKS_ON_CARD);
  for (const activity of open) {
    const state = activityState(activity, day);
    const mark = state === "overdue" ? "❗" : state === "due" ? "🔔" : "▫️";
    keyboard.text(shorten(`${mark} ${formatDate(activity.date)} ${activity.event}`, 60), livingButtons.pack("markDone", id, activity.id!)).row();
  }
  for (const point of route.broadcasts.filter((b) => !b.doneAt).slice(0, 1)) keyboard.text(shorten(`📣 ${formatDate(point.date)} ${point.event}`, 60), livingButtons.pack("broadcastHeld", id, point.id!)).row();
  const checkpoint = route.checkpoints.find((c) => !c.answeredAt && c.dueDate <= day);
  if (checkpoint) keyboard.text(ctx.t("lv-checkpoint"), livingButtons.pack("checkpoint", id, checkpoint.id!)).row();
  keyboard.text(ctx.t("lv-add-product"), livingButtons.pack("addProduct", id));
  if (route.status === "active") {
    keyboard.text(ctx.t("lv-half-year"), livingButtons.pack("halfYear", id)).row();
    if (route.term && addDays(route.term.end, -FINAL_WINDOW_DAYS) <= day) keyboard.text(ctx.t("lv-final"), livingButtons.pack("finalReflection", id));
    // Changes go to the approver as a correction, never straight into the plan.
    keyboard.text(ctx.t("hy-change-route"), routeButtons.pack("review", id));
  }
  keyboard.row();
}

function sectionButtons(ctx: BotContext, keyboard: InlineKeyboard, route: Route): void {
  const id = route.id!;
  const section = (key: string, name: CardSection) => keyboard.text(ctx.t(key), cardButtons.pack("section", id, name, 0));
  section("tc-section-tasks", "tasks");
  if (route.status !== "draft" && route.status !== "returned" && route.status !== "submitted") section("tc-section-done", "evidence");
  keyboard.row();
  section("tc-section-outcomes", "outcomes");
  section("tc-section-comments", "comments").row();
}

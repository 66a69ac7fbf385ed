// The teacher's own route on one phone screen: title, status, term, goal, progress and the next
// activity, with what she can do now — edit and submit a draft, mark what is done — and the
// sections (tasks, what is done, products, reflection, comments) and the document. Details open
// in the sections, paged; nothing is printed twice.
import type { BotContext } from "../context.js";
import { documentButtons, livingButtons, routeButtons, type CardSection } from "../callback-data/buttons.js";
import { today } from "../clock.js";
import { shorten } from "../text.js";
import { termText } from "./route.js";
import type { CardKey, CardScreen } from "./card-menu.js";
import { openWork } from "../../domain/work.js";
import { activityState, allActivities, routeProgress, type Route } from "../../domain/route.js";
import { addDays, formatDate, localDateOf } from "../../domain/time.js";
import { LIMITS } from "../../domain/validation.js";

/** Marks on the card: the nearest planned activities (the rest are in the sections). */
const MARKS_ON_CARD = 4;
/** The final reflection is offered in the last month of the term and after it. */
const FINAL_WINDOW_DAYS = 30;

export async function teacherCardScreen(ctx: BotContext, route: Route): Promise<CardScreen> {
  const lines = await headLines(ctx, route);
  const keys = [
    ...(route.status === "draft" || route.status === "returned" ? designKeys(ctx, route) : []),
    ...(route.status === "approved" || route.status === "active" ? workKeys(ctx, route) : []),
    ...sectionKeys(ctx, route),
    [{ label: ctx.t("doc-button"), data: documentButtons.pack("routeDocument", route.id!) }, { label: ctx.t("home-back-home"), open: "home" as const }],
  ];
  return { text: lines.join("\n"), keys: keys.filter((row) => row.length > 0) };
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

function designKeys(ctx: BotContext, route: Route): CardKey[][] {
  const id = route.id!;
  const key = (label: string, data: string, params?: Record<string, number>): CardKey => ({ label: ctx.t(label, params), data });
  return [
    [key("rd-title", routeButtons.pack("title", id)), key("rd-theme", routeButtons.pack("theme", id))],
    [key("rd-goal", routeButtons.pack("goal", id)), key("rd-term", routeButtons.pack("term", id))],
    [key("rd-tasks", routeButtons.pack("tasks", id), { count: route.tasks.length }), key("rd-broadcasts", routeButtons.pack("broadcasts", id), { count: route.broadcasts.length })],
    route.tasks.length < LIMITS.tasks ? [key("rd-add-task", routeButtons.pack("addTask", id))] : [],
    [key("rd-submit", routeButtons.pack("submit", id))],
  ];
}

/** The nearest activities to mark, the point of broadcasting and the checkpoint that are due, and what else she can record. */
function workKeys(ctx: BotContext, route: Route): CardKey[][] {
  const day = today(ctx);
  const id = route.id!;
  const open = allActivities(route)
    .filter((a) => a.status === "planned")
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, MARKS_ON_CARD);
  const rows: CardKey[][] = open.map((activity) => {
    const state = activityState(activity, day);
    const mark = state === "overdue" ? "❗" : state === "due" ? "🔔" : "▫️";
    return [{ label: shorten(`${mark} ${formatDate(activity.date)} ${activity.event}`, 60), data: livingButtons.pack("markDone", id, activity.id!) }];
  });
  for (const point of route.broadcasts.filter((b) => !b.doneAt).slice(0, 1)) rows.push([{ label: shorten(`📣 ${formatDate(point.date)} ${point.event}`, 60), data: livingButtons.pack("broadcastHeld", id, point.id!) }]);
  const checkpoint = route.checkpoints.find((c) => !c.answeredAt && c.dueDate <= day);
  if (checkpoint) rows.push([{ label: ctx.t("lv-checkpoint"), data: livingButtons.pack("checkpoint", id, checkpoint.id!) }]);
  const last: CardKey[] = [{ label: ctx.t("lv-add-product"), data: livingButtons.pack("addProduct", id) }];
  if (route.status === "active") {
    last.push({ label: ctx.t("lv-half-year"), data: livingButtons.pack("halfYear", id) });
    rows.push(last.splice(0));
    if (route.term && addDays(route.term.end, -FINAL_WINDOW_DAYS) <= day) last.push({ label: ctx.t("lv-final"), data: livingButtons.pack("finalReflection", id) });
    // Changes go to the approver as a correction, never straight into the plan.
    last.push({ label: ctx.t("hy-change-route"), data: routeButtons.pack("review", id) });
  }
  return [...rows, last];
}

function sectionKeys(ctx: BotContext, route: Route): CardKey[][] {
  const section = (key: string, name: CardSection): CardKey => ({ label: ctx.t(key), open: { section: name, page: 0 } });
  const done = route.status !== "draft" && route.status !== "returned" && route.status !== "submitted";
  return [
    [section("tc-section-tasks", "tasks"), ...(done ? [section("tc-section-done", "evidence")] : [])],
    [section("tc-section-outcomes", "outcomes"), section("tc-section-comments", "comments")],
  ];
}

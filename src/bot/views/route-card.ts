// The route card for the people who support the teacher: who, where, term, status and the last
// decision, the deficits and the tasks in short, progress — one phone screen — with the decision
// buttons for those who decide and the way to comment, recommend, read it in full or as a document.
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { approvalButtons, cardButtons, commentButtons, documentButtons, homeButtons, proposalButtons, reviewButtons, type CardSection } from "../callback-data/buttons.js";
import { actorOf, routeTarget } from "../access.js";
import { today } from "../clock.js";
import { shorten } from "../text.js";
import type { Screen } from "./screen.js";
import { areaName, termText } from "./route.js";
import { personName } from "./people.js";
import { reviewLine } from "../notifications/approvers.js";
import { teacherCardScreen } from "./teacher-card.js";
import { percent } from "./numbers.js";
import { DEFAULT_DEFICIT_THRESHOLD } from "../../domain/diagnostics.js";
import { can } from "../../domain/permissions.js";
import { routeProgress, type Route } from "../../domain/route.js";
import { formatDate, localDateOf } from "../../domain/time.js";
import type { WorkList } from "../../domain/work.js";

const TASKS_ON_CARD = 5;

/** Where the card was opened from, for its "back" button. */
export interface CardOrigin {
  list: WorkList;
  schoolId: number;
  page: number;
}

export async function routeCardScreen(ctx: BotContext, route: Route, origin?: CardOrigin): Promise<Screen> {
  if (route.teacherId === ctx.user.id) return teacherCardScreen(ctx, route);
  const text = [await whoAndWhere(ctx, route), await decisionLine(ctx, route), ...planLines(ctx, route)].filter((line) => line !== "").join("\n");
  return { text, keyboard: await cardKeyboard(ctx, route, origin) };
}

async function whoAndWhere(ctx: BotContext, route: Route): Promise<string> {
  const store = ctx.deps.store;
  const target = await routeTarget(ctx, route);
  const [teacher, school, association] = await Promise.all([
    personName(ctx, route.teacherId),
    store.organisations.byId(route.schoolId),
    target.associationId ? store.organisations.associationById(target.associationId) : undefined,
  ]);
  const place = association ? ctx.t("card-place-association", { school: school?.name ?? "", association: association.name }) : (school?.name ?? "");
  return [
    ctx.t("route-header", { title: shorten(route.title, 120), status: ctx.t(`status-${route.status}`) }),
    ctx.t("card-teacher", { teacher, place }),
    ctx.t("route-term", { term: termText(ctx, route) }),
  ].join("\n");
}

/** When it was submitted, and who decided what when (the last return's comment for a resubmitted route). */
async function decisionLine(ctx: BotContext, route: Route): Promise<string> {
  const store = ctx.deps.store;
  const date = (at: Date | string) => formatDate(localDateOf(new Date(at), ctx.deps.config.TIMEZONE));
  const lines: string[] = [];
  if (route.status === "submitted" && route.submittedAt) lines.push(ctx.t("card-submitted", { date: date(route.submittedAt) }));
  const review = route.reviewedAt ? await store.reviews.of(route.id!, route.version) : undefined;
  if (review) lines.push(reviewLine((key, params) => ctx.t(key, params), review));
  const decision = await store.routes.decisionOf(route.id!, route.version);
  if (decision) lines.push(ctx.t(`card-decided-${decision.decision}`, { decider: await personName(ctx, decision.deciderId), date: date(decision.createdAt) }));
  const lastReturn = route.status === "submitted" || route.status === "draft" ? await store.routes.lastReturn(route.id!) : undefined;
  if (lastReturn?.comment && lastReturn.routeVersion !== route.version) lines.push(ctx.t("card-returned-before", { comment: shorten(lastReturn.comment, 200) }));
  return lines.join("\n");
}

/** The deficits the route answers: the profile's areas under the threshold (with their level), else its tasks' areas. */
function deficitsOf(ctx: BotContext, route: Route): string[] {
  const weak = (route.profile?.areas ?? []).filter((a) => a.answered > 0 && a.percent < DEFAULT_DEFICIT_THRESHOLD);
  if (weak.length) return weak.map((a) => `${areaName(ctx, a.area)} — ${percent(ctx, a.percent)} %`);
  return [...new Set(route.tasks.map((t) => t.deficit?.area).filter((area): area is string => area !== undefined))].map((area) => areaName(ctx, area));
}

function planLines(ctx: BotContext, route: Route): string[] {
  const deficits = deficitsOf(ctx, route);
  const lines = [ctx.t("route-goal", { goal: shorten(route.goal ?? ctx.t("route-not-set"), 250) })];
  if (route.theme) lines.push(ctx.t("route-theme", { theme: shorten(route.theme, 150) }));
  if (deficits.length) lines.push(ctx.t("card-deficits", { areas: deficits.join("; ") }));
  lines.push(ctx.t("card-tasks", { count: route.tasks.length }));
  route.tasks.slice(0, TASKS_ON_CARD).forEach((task, i) => {
    lines.push(ctx.t("card-task", { n: i + 1, title: shorten(task.title, 70), resources: task.resources.length, activities: task.activities.length }));
  });
  if (route.tasks.length > TASKS_ON_CARD) lines.push(ctx.t("card-more-tasks", { count: route.tasks.length - TASKS_ON_CARD }));
  if (route.status === "approved" || route.status === "active" || route.status === "completed") lines.push(ctx.t("route-progress", { ...routeProgress(route, today(ctx)) }));
  return lines;
}

/** The card's sections, two to a row; «what changed» only for a route that came back after a return. */
async function sectionButtons(ctx: BotContext, keyboard: InlineKeyboard, route: Route): Promise<void> {
  const id = route.id!;
  const comments = (await ctx.deps.store.routes.comments(id)).filter((c) => c.text !== "").length;
  const section = (key: string, name: CardSection, params?: Record<string, number>) => keyboard.text(ctx.t(key, params), cardButtons.pack("section", id, name, 0));
  section("card-tasks-button", "tasks").row();
  section("card-evidence-button", "evidence");
  section("card-outcomes-button", "outcomes").row();
  section("card-reflection-button", "reflection");
  section("card-comments-button", "comments", { count: comments }).row();
  const resubmitted = (route.status === "submitted" || route.status === "draft") && (await ctx.deps.store.routes.lastReturn(id)) !== undefined;
  if (resubmitted) section("card-changes-button", "changes").row();
}

async function cardKeyboard(ctx: BotContext, route: Route, origin: CardOrigin | undefined): Promise<InlineKeyboard> {
  const actor = await actorOf(ctx);
  const target = await routeTarget(ctx, route);
  const id = route.id!;
  const keyboard = new InlineKeyboard();
  if (can(actor, "route.review", target)) keyboard.text(ctx.t("rv-record"), reviewButtons.pack("record", id, route.version)).row();
  if (can(actor, "route.approve", target)) keyboard.text(ctx.t("ap-approve"), approvalButtons.pack("approve", id, route.version));
  if (can(actor, "route.decide", target)) keyboard.text(ctx.t("ap-return"), approvalButtons.pack("returnForCorrection", id, route.version)).row();
  if (can(actor, "route.comment", target)) keyboard.text(ctx.t("cm-comment"), commentButtons.pack("comment", id)).text(ctx.t("cm-comment-task"), commentButtons.pack("chooseTask", id)).row();
  if (can(actor, "route.recommend", target)) keyboard.text(ctx.t("cm-recommend"), commentButtons.pack("recommend", id)).row();
  const proposes = route.teacherId !== ctx.user.id && can(actor, "route.comment", target) && ["draft", "returned", "active"].includes(route.status);
  if (proposes) keyboard.text(ctx.t("pr-propose"), proposalButtons.pack("choose", id)).row();
  await sectionButtons(ctx, keyboard, route);
  if (route.profile?.areas.length) keyboard.text(ctx.t("card-profile-chart"), cardButtons.pack("profile", id));
  keyboard.text(ctx.t("doc-button"), documentButtons.pack("routeDocument", id)).row();
  if (origin) keyboard.text(ctx.t("home-back-list"), homeButtons.pack("list", origin.list, origin.schoolId, origin.page));
  keyboard.text(ctx.t("home-back-home"), homeButtons.pack("show"));
  return keyboard;
}

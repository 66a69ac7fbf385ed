// The route card for the people who support the teacher: who, where, term, status and the last
// decision, the deficits and the tasks in short, progress — one phone screen — with the decision
// buttons for those who decide and the way to comment, recommend, read it in full or as a document.
import type { BotContext } from "../context.js";
import { approvalButtons, commentButtons, documentButtons, homeButtons, proposalButtons, reviewButtons, type CardSection } from "../callback-data/buttons.js";
import { actorOf, routeTarget } from "../access.js";
import { today } from "../clock.js";
import { shorten } from "../text.js";
import type { CardKey, CardOrigin, CardPlace, CardScreen } from "./card-menu.js";
import { sectionScreen } from "./route-sections.js";
import { areaName, termText } from "./route.js";
import { personName } from "./people.js";
import { reviewLine } from "../notifications/approvers.js";
import { teacherCardScreen } from "./teacher-card.js";
import { percent } from "./numbers.js";
import { DEFAULT_DEFICIT_THRESHOLD } from "../../domain/diagnostics.js";
import { can, type Action } from "../../domain/permissions.js";
import { routeProgress, type Route } from "../../domain/route.js";
import { formatDate, localDateOf } from "../../domain/time.js";

const TASKS_ON_CARD = 5;

/** The card (the teacher's own, or as those who support her see it) or one of its sections. */
export async function drawCard(ctx: BotContext, route: Route, at: CardPlace, origin?: CardOrigin): Promise<CardScreen> {
  if (at.section !== "card") return sectionScreen(ctx, route, at.section, at.page);
  if (route.teacherId === ctx.user.id) return teacherCardScreen(ctx, route);
  const text = [await whoAndWhere(ctx, route), await decisionLine(ctx, route), ...planLines(ctx, route)].filter((line) => line !== "").join("\n");
  return { text, keys: await cardKeys(ctx, route, origin) };
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
async function sectionKeys(ctx: BotContext, route: Route): Promise<CardKey[][]> {
  const comments = (await ctx.deps.store.routes.comments(route.id!)).filter((c) => c.text !== "").length;
  const section = (key: string, name: CardSection, params?: Record<string, number>): CardKey => ({ label: ctx.t(key, params), open: { section: name, page: 0 } });
  const rows = [
    [section("card-tasks-button", "tasks")],
    [section("card-evidence-button", "evidence"), section("card-outcomes-button", "outcomes")],
    [section("card-reflection-button", "reflection"), section("card-comments-button", "comments", { count: comments })],
  ];
  const resubmitted = (route.status === "submitted" || route.status === "draft") && (await ctx.deps.store.routes.lastReturn(route.id!)) !== undefined;
  if (resubmitted) rows.push([section("card-changes-button", "changes")]);
  return rows;
}

/** What the person may do with the route (each button handled by its feature), then the sections and the way back. */
async function cardKeys(ctx: BotContext, route: Route, origin: CardOrigin | undefined): Promise<CardKey[][]> {
  const [actor, target] = await Promise.all([actorOf(ctx), routeTarget(ctx, route)]);
  const id = route.id!;
  const key = (label: string, data: string): CardKey => ({ label: ctx.t(label), data });
  const allowed = (action: Action) => can(actor, action, target);
  const proposes = route.teacherId !== ctx.user.id && allowed("route.comment") && ["draft", "returned", "active"].includes(route.status);
  const rows: CardKey[][] = [
    allowed("route.review") ? [key("rv-record", reviewButtons.pack("record", id, route.version))] : [],
    [
      ...(allowed("route.approve") ? [key("ap-approve", approvalButtons.pack("approve", id, route.version))] : []),
      ...(allowed("route.decide") ? [key("ap-return", approvalButtons.pack("returnForCorrection", id, route.version))] : []),
    ],
    allowed("route.comment") ? [key("cm-comment", commentButtons.pack("comment", id)), key("cm-comment-task", commentButtons.pack("chooseTask", id))] : [],
    allowed("route.recommend") ? [key("cm-recommend", commentButtons.pack("recommend", id))] : [],
    proposes ? [key("pr-propose", proposalButtons.pack("choose", id))] : [],
    ...(await sectionKeys(ctx, route)),
    [...(route.profile?.areas.length ? [{ label: ctx.t("card-profile-chart"), open: "chart" as const }] : []), key("doc-button", documentButtons.pack("routeDocument", id))],
    [...(origin ? [key("home-back-list", homeButtons.pack("list", origin.list, origin.schoolId, origin.page))] : []), { label: ctx.t("home-back-home"), open: "home" }],
  ];
  return rows.filter((row) => row.length > 0);
}

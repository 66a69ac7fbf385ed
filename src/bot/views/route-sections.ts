// The sections of the route card, each a screen paged by length (never cut): tasks with their
// resources, activities with the evidence attached (files forwarded on request), products and
// broadcasting, analyses and reflections, comments with their replies, and what changed since
// the version that was returned.
import type { BotContext } from "../context.js";
import { productButtons } from "../callback-data/buttons.js";
import { shorten } from "../text.js";
import { personName } from "./people.js";
import { taskText } from "./route.js";
import type { CardKey, CardScreen, CardTarget } from "./card-menu.js";
import { pagerKeys } from "./menu-keys.js";
import { changeLines } from "../notifications/approvers.js";
import { allActivities, type Activity, type Route } from "../../domain/route.js";
import { planChanges, planOf } from "../../domain/correction.js";
import { formatDate, localDateOf } from "../../domain/time.js";
import { pageWindow } from "../../domain/work.js";
import type { CardSection } from "../callback-data/buttons.js";

/** About one phone screen of text per page. */
const PAGE_CHARS = 900;

/** Splits lines into pages of at most PAGE_CHARS (a longer line makes a page of its own, split at spaces). */
export function pageLines(lines: string[], budget = PAGE_CHARS): string[][] {
  const pages: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const line of lines.flatMap((l) => splitLong(l, budget))) {
    if (current.length && size + line.length + 1 > budget) {
      pages.push(current);
      current = [];
      size = 0;
    }
    current.push(line);
    size += line.length + 1;
  }
  if (current.length) pages.push(current);
  return pages.length ? pages : [[]];
}

function splitLong(line: string, budget: number): string[] {
  if (line.length <= budget) return [line];
  const cut = line.lastIndexOf(" ", budget) > budget / 2 ? line.lastIndexOf(" ", budget) : budget;
  return [line.slice(0, cut), ...splitLong(line.slice(cut).trimStart(), budget)];
}

export async function sectionScreen(ctx: BotContext, route: Route, section: CardSection, page: number): Promise<CardScreen> {
  const lines = await SECTION_LINES[section](ctx, route);
  const pages = pageLines(lines.length ? lines : [ctx.t("card-section-empty")]);
  const window = pageWindow(pages.length, page, 1);
  const keys = [
    ...(section === "evidence" ? evidenceKeys(route, pages[window.page]!, ctx) : []),
    ...(section === "outcomes" ? productKeys(ctx, route) : []),
    pagerKeys<CardTarget>(ctx, window, (p) => ({ section, page: p })),
    [{ label: ctx.t("card-back"), open: { section: "card", page: 0 } }, { label: ctx.t("home-back-home"), open: "home" }] satisfies CardKey[],
  ];
  const title = ctx.t(`card-section-${section}`, { title: shorten(route.title, 80) });
  return { text: [title, "", ...pages[window.page]!].join("\n"), keys: keys.filter((row) => row.length > 0) };
}

const SECTION_LINES: Record<CardSection, (ctx: BotContext, route: Route) => Promise<string[]>> = {
  tasks: async (ctx, route) => route.tasks.flatMap((_, i) => [taskText(ctx, route, i, todayOf(ctx)), ""]),
  evidence: async (ctx, route) => allActivities(route).filter((a) => a.status === "done").map((a) => evidenceLine(ctx, a)),
  outcomes: async (ctx, route) => [
    ...(route.products.length ? [ctx.t("route-products-title"), ...route.products.map((p) => ctx.t("route-product-line", { kind: ctx.t(`product-${p.kind}`), title: p.title }))] : []),
    ...(route.broadcasts.length ? ["", ctx.t("route-broadcasts-title"), ...route.broadcasts.map((b) => ctx.t("route-broadcast-line", { date: formatDate(b.date), event: b.event, topic: b.topic, done: b.doneAt ? "yes" : "no" }))] : []),
  ],
  reflection: async (ctx, route) => [
    ...route.reflections.flatMap((r) => [ctx.t(`card-reflection-${r.kind}`, { date: formatDate(r.createdAt.slice(0, 10)) }), ...reflectionParts(ctx, r), ""]),
    ...route.checkpoints.filter((c) => c.answer).map((c) => ctx.t("card-checkpoint", { date: formatDate(c.dueDate), answer: c.answer! })),
    ...(await interviewLines(ctx, route)),
  ],
  comments: (ctx, route) => commentLines(ctx, route),
  changes: async (ctx, route) => {
    const returned = await ctx.deps.store.routes.returnedPlan(route.id!);
    if (!returned) return [ctx.t("card-no-return")];
    const changes = planChanges(returned, planOf(route));
    return changes.length ? [ctx.t("rc-changes", { count: changes.length }), changeLines((key, params) => ctx.t(key, params), changes)] : [ctx.t("card-nothing-changed")];
  },
};

export async function interviewLines(ctx: BotContext, route: Route): Promise<string[]> {
  const interviews = await ctx.deps.store.interviews.ofRoute(route.id!);
  return interviews.map((i) => {
    const state = i.heldAt
      ? ctx.t("card-interview-held", { date: formatDate(localDateOf(i.heldAt, ctx.deps.config.TIMEZONE)), outcome: i.outcome ?? "" })
      : i.scheduledOn
        ? ctx.t("card-interview-day", { date: formatDate(i.scheduledOn) })
        : ctx.t("card-interview-waiting");
    return ctx.t("card-interview", { event: i.event, state });
  });
}

function todayOf(ctx: BotContext): string {
  return localDateOf(ctx.deps.clock(), ctx.deps.config.TIMEZONE);
}

function reflectionParts(ctx: BotContext, r: Route["reflections"][number]): string[] {
  const parts: [string, string | undefined][] = [["doc-fact", r.fact], ["doc-expected", r.expected], ["doc-corrections", r.corrections], ["doc-prospects", r.prospects]];
  return parts.filter(([, value]) => value).map(([key, value]) => `${ctx.t(key)}: ${value}`);
}

function evidenceLine(ctx: BotContext, activity: Activity): string {
  const head = `✅ ${formatDate(activity.date)} ${activity.event}`;
  if (!activity.evidence.length) return `${head} — ${ctx.t("card-no-evidence")}`;
  const parts = activity.evidence.map((e) => (e.kind === "text" || e.kind === "link" ? e.value : ctx.t(`card-evidence-${e.kind}`, { name: e.fileName ?? "" })));
  return `${head} — ${parts.join("; ")}`;
}

/** A button to get the files of each activity on this page that has any, one to a row. */
function evidenceKeys(route: Route, page: string[], ctx: BotContext): CardKey[][] {
  const withFiles = allActivities(route).filter((a) => a.status === "done" && a.id !== undefined && a.evidence.some((e) => e.kind === "file" || e.kind === "photo"));
  return withFiles.filter((a) => page.includes(evidenceLine(ctx, a))).map((a) => [{ label: shorten(`📎 ${formatDate(a.date)} ${a.event}`, 60), open: { evidence: a.id! } }]);
}

/** The teacher's own products, each to be renamed or removed (recorded by mistake), while the route is carried out. */
function productKeys(ctx: BotContext, route: Route): CardKey[][] {
  if (route.teacherId !== ctx.user.id || (route.status !== "approved" && route.status !== "active")) return [];
  return route.products
    .filter((p) => p.id !== undefined)
    .map((p) => [
      { label: shorten(ctx.t("lv-rename-product", { title: p.title }), 50), data: productButtons.pack("rename", route.id!, p.id!) },
      { label: ctx.t("lv-remove-product"), data: productButtons.pack("remove", route.id!, p.id!) },
    ]);
}

/** Comments in order, each reply under what it answers. */
async function commentLines(ctx: BotContext, route: Route): Promise<string[]> {
  const comments = (await ctx.deps.store.routes.comments(route.id!)).filter((c) => c.text !== "");
  const line = async (c: (typeof comments)[number], indent: string) => {
    const date = formatDate(localDateOf(c.createdAt, ctx.deps.config.TIMEZONE));
    const status = c.isRecommendation ? ` (${ctx.t(`doc-recommendation-${c.status ?? "issued"}`)})` : "";
    const task = c.taskId ? route.tasks.find((t) => t.id === c.taskId)?.title : undefined;
    return `${indent}${ctx.t(c.isRecommendation ? "card-recommendation" : "card-comment", { date, author: await personName(ctx, c.authorId), status, text: c.text, task: task ? shorten(task, 50) : "", onTask: task ? "yes" : "no" })}`;
  };
  const lines: string[] = [];
  const walk = async (parentId: number | null, depth: number): Promise<void> => {
    const children = comments.filter((c) => (parentId === null ? !c.parentId || !comments.some((p) => p.id === c.parentId) : c.parentId === parentId));
    for (const comment of children) {
      lines.push(await line(comment, depth ? `${"   ".repeat(Math.min(depth, 3) - 1)}   ↳ ` : ""));
      await walk(comment.id, depth + 1);
    }
  };
  await walk(null, 0);
  return lines;
}

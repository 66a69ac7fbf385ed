// The route as a Word document, sent on request to the teacher or anyone who may view it.
import { Composer, InputFile } from "grammy";
import type { BotContext } from "../context.js";
import { documentButtons } from "../callback-data/buttons.js";
import { ensureAllowed, refuseCallback, routeTarget } from "../access.js";
import { sendFileOrOfferRetry } from "../files.js";
import { routeDocx } from "../render/route-docx.js";
import { profileChart } from "../views/diagnosis.js";
import { historyText } from "../views/history.js";
import { areaName } from "../views/route.js";
import type { Route } from "../../domain/route.js";
import { personName } from "../views/people.js";
import { percent } from "../views/numbers.js";
import { interviewLines } from "../views/route-sections.js";
import { formatDate, localDateOf } from "../../domain/time.js";

/** The review block (the association's meeting, the minutes' number and date) and the approval block (role, name, date). */
async function approvalLines(ctx: BotContext, route: Route): Promise<string[]> {
  const store = ctx.deps.store;
  const lines: string[] = [];
  const review = await store.reviews.latest(route.id!);
  if (review) {
    const association = review.associationId ? (await store.organisations.associationById(review.associationId))?.name : undefined;
    lines.push(ctx.t("doc-reviewed", { association: association ?? ctx.t("doc-association"), number: review.protocolNumber, date: formatDate(review.protocolDate) }));
  }
  const decision = route.approvedAt ? await store.routes.decisionOf(route.id!, route.version) : undefined;
  if (decision?.decision === "approve") {
    const role = decision.deciderId ? (await store.organisations.membershipsOf(decision.deciderId)).find((m) => m.organisationId === route.schoolId && m.role !== "teacher")?.role : undefined;
    const date = formatDate(localDateOf(decision.createdAt, ctx.deps.config.TIMEZONE));
    lines.push(ctx.t("doc-approved", { role: ctx.t(`doc-approver-${role ?? "deputy"}`), name: await personName(ctx, decision.deciderId), date }));
  }
  return lines;
}

async function commentLines(ctx: BotContext, route: Route): Promise<string[]> {
  const comments = (await ctx.deps.store.routes.comments(route.id!)).filter((c) => c.text !== "");
  return Promise.all(
    comments.map(async (c) => {
      const date = formatDate(localDateOf(c.createdAt, ctx.deps.config.TIMEZONE));
      const status = c.isRecommendation ? ` (${ctx.t(`doc-recommendation-${c.status ?? "issued"}`)})` : "";
      return ctx.t(c.isRecommendation ? "doc-recommendation-line" : "doc-comment-line", { date, author: await personName(ctx, c.authorId), text: c.text, status });
    }),
  );
}

/** «ИОМ Иванова А.П. 2026-2027.docx» */
export function documentName(ctx: BotContext, route: Route, teacherName: string | null): string {
  const [surname, ...given] = (teacherName ?? "").trim().split(/\s+/).filter(Boolean);
  const initials = given.map((part) => `${part[0]}.`).join("");
  const who = surname ? ` ${surname}${initials ? ` ${initials}` : ""}` : "";
  const years = route.term ? ` ${route.term.start.slice(0, 4)}-${route.term.end.slice(0, 4)}` : "";
  return ctx.t("doc-file-name", { who, years }).replace(/[\\/:*?"<>|]/g, "");
}

export async function routeDocumentFor(ctx: BotContext, route: Route): Promise<Buffer> {
  const store = ctx.deps.store;
  const teacher = await store.users.byId(route.teacherId);
  const school = await store.organisations.byId(route.schoolId);
  const history = route.history ?? (await store.profiles.history(route.teacherId));
  return routeDocx({
    approvalLines: await approvalLines(ctx, route),
    commentLines: await commentLines(ctx, route),
    interviewLines: await interviewLines(ctx, route),
    route,
    t: (key, params) => ctx.t(key, params),
    school: school?.name ?? "",
    teacher: teacher?.fullName ?? "",
    areaName: (code) => areaName(ctx, code),
    decimal: (value) => percent(ctx, value).replace(/[,.]0$/, ""),
    historyLines: historyText(ctx, history).split("\n").slice(2),
    ...(route.profile?.areas.length ? { chartPng: profileChart(ctx, route.profile) } : {}),
  });
}

export function documentsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.callbackQuery(documentButtons.filter, async (ctx) => {
    const press = documentButtons.unpack(ctx.callbackQuery.data);
    const route = press && press !== "stale" ? await ctx.deps.store.routes.byId(press.values[0]) : undefined;
    if (!route) return refuseCallback(ctx);
    if (!(await ensureAllowed(ctx, "route.export", await routeTarget(ctx, route)))) return;
    await ctx.answerCallbackQuery();
    await sendFileOrOfferRetry(
      ctx,
      async () => {
        const teacher = await ctx.deps.store.users.byId(route.teacherId);
        return ctx.replyWithDocument(new InputFile(await routeDocumentFor(ctx, route), documentName(ctx, route, teacher?.fullName ?? null)), { caption: route.title });
      },
      ctx.callbackQuery.data,
    );
  });
  return composer;
}

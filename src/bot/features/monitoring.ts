// Dashboards: /school for a deputy or director (teachers, route states, share with a route,
// overdue activities, recent activity) and /district for a methodist (all schools side by side
// with the indicators of 000 §2.4; 2, 3 and 5 recorded here as yes/no); both as XLSX too.
import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { BotContext } from "../context.js";
import { recordSchoolFact } from "../../usecases/schools.js";
import { refusalText } from "../views/refusals.js";
import { pressOf } from "../callback-data/press.js";
import { dashboardButtons } from "../callback-data/buttons.js";
import { actorOf, ensureAllowed, personOf, refuseCallback, routeTarget } from "../access.js";
import { now, today } from "../clock.js";
import { shorten } from "../text.js";
import { renderBarChart } from "../render/chart.js";
import { monitoringXlsx } from "../render/monitoring-xlsx.js";
import { showRouteForSupporter } from "../views/supporter.js";
import { SCHOOL_FACT_FIELDS, type MonitoringFacts } from "../../data/index.js";
import { districtIndicators, schoolIndicators, type DistrictIndicators } from "../../domain/indicators.js";
import { activityState, ROUTE_STATUSES } from "../../domain/route.js";
import { formatDate, localDateOf } from "../../domain/time.js";

const RECENT_DAYS = 7;

function progressOf(facts: MonitoringFacts, day: string) {
  return (routeId: number) => {
    const route = facts.routes.find((r) => r.routeId === routeId);
    const states = (route?.activities ?? []).map((a) => activityState({ ...a, event: "", topic: "", level: "school", evidence: [] }, day)).filter((s) => s !== "cancelled");
    return { done: states.filter((s) => s === "done").length, total: states.length, overdue: states.filter((s) => s === "overdue").length };
  };
}

async function deputySchool(ctx: BotContext): Promise<{ schoolId: number; districtId: number } | undefined> {
  const actor = await actorOf(ctx);
  const m = actor.memberships.find((x) => x.role === "deputy" || x.role === "director");
  return m ? { schoolId: m.organisationId, districtId: m.districtId } : undefined;
}

async function methodistDistrict(ctx: BotContext): Promise<number | undefined> {
  const actor = await actorOf(ctx);
  const m = actor.memberships.find((x) => x.role === "methodist" || x.role === "admin");
  if (m) return m.districtId;
  return actor.isSuperAdmin ? (await ctx.deps.store.organisations.districts())[0]?.id : undefined;
}

async function showSchool(ctx: BotContext, schoolId: number): Promise<void> {
  const store = ctx.deps.store;
  const day = today(ctx);
  const facts = await store.monitoring.facts([schoolId]);
  const school = facts.schools[0];
  if (!school) return;
  const indicators = schoolIndicators(school, facts.teachers, facts.routes, facts.recommendations, day);
  const statuses = ROUTE_STATUSES.filter((s) => indicators.routesByStatus[s] > 0);
  const chart = renderBarChart({
    title: ctx.t("ds-chart-school", { school: school.name }),
    labels: [ctx.t("ds-no-route"), ...statuses.map((s) => ctx.t(`status-${s}`))],
    values: [indicators.teachers - indicators.teachersWithRoute, ...statuses.map((s) => indicators.routesByStatus[s])],
    max: Math.max(1, indicators.teachers, ...statuses.map((s) => indicators.routesByStatus[s])),
  });
  await ctx.replyWithPhoto(new InputFile(chart, "school.png"), { caption: school.name });
  const progress = progressOf(facts, day);
  const nameOf = (teacher: { name: string }) => teacher.name || ctx.t("person-unnamed");
  const lines = facts.teachers.map((teacher) => {
    const route = facts.routes.filter((r) => r.teacherId === teacher.userId && r.status !== "archived").sort((a, b) => b.routeId - a.routeId)[0];
    if (!route) return ctx.t("ds-teacher-no-route", { teacher: nameOf(teacher) });
    const p = progress(route.routeId);
    return ctx.t("ds-teacher-line", { teacher: nameOf(teacher), status: ctx.t(`status-${route.status}`), done: p.done, total: p.total, overdue: p.overdue });
  });
  const recent = await store.monitoring.recentlyDone([schoolId], new Date(now(ctx).getTime() - RECENT_DAYS * 86_400_000));
  const names = new Map(facts.teachers.map((t) => [t.userId, nameOf(t)]));
  const recentLines = recent.map((r) => ctx.t("ds-recent-line", { date: formatDate(localDateOf(r.doneAt, ctx.deps.config.TIMEZONE)), teacher: names.get(r.teacherId) ?? "", event: r.event }));
  const text = [
    ctx.t("ds-school-summary", { school: school.name, teachers: indicators.teachers, withRoute: indicators.teachersWithRoute, share: indicators.shareWithRoute, overdue: indicators.activitiesOverdue, completion: indicators.completion }),
    "",
    ...lines,
    "",
    recentLines.length ? ctx.t("ds-recent-title", { days: RECENT_DAYS }) : ctx.t("ds-recent-none", { days: RECENT_DAYS }),
    ...recentLines,
  ].join("\n");
  const keyboard = new InlineKeyboard();
  for (const route of facts.routes.filter((r) => r.status !== "archived").slice(0, 10)) {
    keyboard.text(shorten(`${names.get(route.teacherId) ?? ""}: ${route.title}`, 50), dashboardButtons.pack("openRoute", route.routeId)).row();
  }
  keyboard.text(ctx.t("ds-xlsx"), dashboardButtons.pack("schoolWorkbook", schoolId));
  await ctx.reply((text), { reply_markup: keyboard });
}

function yesNo(ctx: BotContext, value: boolean | undefined): string {
  return ctx.t(value === undefined ? "ds-unknown" : value ? "ds-yes" : "ds-no");
}

async function districtData(ctx: BotContext, districtId: number): Promise<{ facts: MonitoringFacts; indicators: DistrictIndicators }> {
  const schools = await ctx.deps.store.organisations.schoolsOf(districtId);
  const facts = await ctx.deps.store.monitoring.facts(schools.map((s) => s.id));
  return { facts, indicators: districtIndicators(facts.schools, facts.teachers, facts.routes, facts.recommendations, today(ctx)) };
}

async function showDistrict(ctx: BotContext, districtId: number): Promise<void> {
  const { indicators } = await districtData(ctx, districtId);
  if (!indicators.schools.length) return void (await ctx.reply(ctx.t("ds-no-schools")));
  const chart = renderBarChart({
    title: ctx.t("ds-chart-district"),
    labels: indicators.schools.map((s) => s.name),
    values: indicators.schools.map((s) => s.shareWithRoute),
    max: 100,
  });
  await ctx.replyWithPhoto(new InputFile(chart, "district.png"), { caption: ctx.t("ds-chart-district") });
  const lines = indicators.schools.map((s) =>
    ctx.t("ds-school-line", {
      school: s.name,
      share: s.shareWithRoute,
      withRoute: s.teachersWithRoute,
      teachers: s.teachers,
      recommendations: s.recommendations,
      regulation: yesNo(ctx, s.hasCpdRegulation),
      vsoko: yesNo(ctx, s.monitoringInVsoko),
      jobs: yesNo(ctx, s.jobDescriptionsUpdated),
    }),
  );
  const total = indicators.total;
  const keyboard = new InlineKeyboard();
  for (const s of indicators.schools.slice(0, 20)) keyboard.text(shorten(ctx.t("ds-record-facts", { school: s.name }), 50), dashboardButtons.pack("schoolFacts", s.schoolId)).row();
  keyboard.text(ctx.t("ds-xlsx"), dashboardButtons.pack("districtWorkbook", districtId));
  await ctx.reply(
    ([ctx.t("ds-district-summary", { share: total.shareWithRoute, withRoute: total.teachersWithRoute, teachers: total.teachers, recommendations: total.recommendations }), "", ...lines].join("\n\n")),
    { reply_markup: keyboard },
  );
}

async function showFacts(ctx: BotContext, schoolId: number): Promise<void> {
  const facts = await ctx.deps.store.monitoring.facts([schoolId]);
  const school = facts.schools[0];
  if (!school) return;
  const keyboard = new InlineKeyboard();
  SCHOOL_FACT_FIELDS.forEach((field, index) => {
    keyboard.text(`${ctx.t(`ds-fact-${field}`)}: ${yesNo(ctx, school[field])}`, dashboardButtons.pack("nothing", schoolId)).row();
    keyboard.text(ctx.t("ds-yes"), dashboardButtons.pack("setFact", schoolId, index, "1")).text(ctx.t("ds-no"), dashboardButtons.pack("setFact", schoolId, index, "0")).row();
  });
  await ctx.reply(ctx.t("ds-facts-title", { school: school.name }), { reply_markup: keyboard });
}

export function monitoringFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("school", async (ctx) => {
    const school = await deputySchool(ctx);
    if (!school) return ctx.reply(ctx.t("error-not-allowed"));
    if (!(await ensureAllowed(ctx, "school.dashboard", { kind: "school", ...school }))) return;
    return showSchool(ctx, school.schoolId);
  });

  composer.command("district", async (ctx) => {
    const districtId = await methodistDistrict(ctx);
    if (districtId === undefined) return ctx.reply(ctx.t("error-not-allowed"));
    if (!(await ensureAllowed(ctx, "district.dashboard", { kind: "district", districtId }))) return;
    return showDistrict(ctx, districtId);
  });

  composer.callbackQuery(dashboardButtons.filter, async (ctx) => {
    const press = await pressOf(ctx, dashboardButtons);
    if (!press) return;
    const store = ctx.deps.store;
    const id = press.values[0];
    if (press.action === "nothing") return ctx.answerCallbackQuery();
    if (press.action === "openRoute") {
      const route = await store.routes.byId(id);
      if (!route) return refuseCallback(ctx);
      if (!(await ensureAllowed(ctx, "route.view", await routeTarget(ctx, route)))) return;
      await ctx.answerCallbackQuery();
      return showRouteForSupporter(ctx, route);
    }
    if (press.action === "schoolWorkbook" || press.action === "districtWorkbook") {
      const isSchool = press.action === "schoolWorkbook";
      const districtId = isSchool ? await store.organisations.districtIdOf(id) : id;
      const allowed = isSchool
        ? await ensureAllowed(ctx, "school.export", { kind: "school", schoolId: id, districtId })
        : await ensureAllowed(ctx, "district.export", { kind: "district", districtId });
      if (!allowed) return;
      await ctx.answerCallbackQuery();
      const schoolIds = isSchool ? [id] : (await store.organisations.schoolsOf(districtId)).map((s) => s.id);
      const facts = await store.monitoring.facts(schoolIds);
      const indicators = districtIndicators(facts.schools, facts.teachers, facts.routes, facts.recommendations, today(ctx));
      const file = await monitoringXlsx(indicators, facts, (key, params) => ctx.t(key, params), progressOf(facts, today(ctx)));
      return ctx.replyWithDocument(new InputFile(file, `monitoring-${today(ctx)}.xlsx`));
    }
    const schoolId = id;
    const districtId = await store.organisations.districtIdOf(schoolId);
    if (!(await ensureAllowed(ctx, "district.record_facts", { kind: "district", districtId }))) return;
    if (press.action === "setFact") {
      const field = SCHOOL_FACT_FIELDS[press.values[1]];
      if (!field) return refuseCallback(ctx);
      const value = press.values[2] === "1";
      const recorded = await recordSchoolFact(store, { person: personOf(ctx), schoolId, field, value, at: now(ctx) });
      if (!recorded.ok) return ctx.answerCallbackQuery({ text: await refusalText(ctx, recorded.refusal), show_alert: true });
      await ctx.answerCallbackQuery({ text: ctx.t("saved") });
      return showFacts(ctx, schoolId);
    }
    await ctx.answerCallbackQuery();
    return showFacts(ctx, schoolId);
  });

  return composer;
}

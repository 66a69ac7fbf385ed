// Dashboards: /school for a deputy or director and /district for a methodist, as screens for a
// school year (◀ ▶ change the year in place): the indicators of 000 §2.4, the deficit map, the
// picture and the workbook on request; a deputy enters the school's pedagogical staff (the
// denominator of 2.4.1), a methodist records 2.4.2, 2.4.3 and 2.4.5 as yes/no.
import { Composer, InputFile } from "grammy";
import type { BotContext } from "../context.js";
import { currentYear, deficitMapScreen, districtDashboardScreen, progressOf, schoolDashboardScreen, sendDashboardChart, showFacts } from "../views/dashboards.js";
import { recordSchoolFact, recordStaffCount } from "../../usecases/schools.js";
import { refusalText } from "../views/refusals.js";
import { showRouteCard } from "../views/card-menu.js";
import { areaName } from "../views/route.js";
import { showRounds } from "../views/rounds.js";
import { takeRound } from "../../usecases/rounds.js";
import type { RoundKind } from "../../domain/monitoring.js";
import { showScreen } from "../views/screen.js";
import { handlePresses, type PressHandlers } from "../callback-data/press.js";
import { dashboardButtons } from "../callback-data/buttons.js";
import type { ActionsOf } from "../callback-data/codec.js";
import { actorOf, ensureAllowed, personOf, refuseCallback, routeTarget } from "../access.js";
import { now, today } from "../clock.js";
import { askTyped, awaitInput, whenAwaiting, type MessageContext } from "../input.js";
import type { AwaitedInputs } from "../awaiting.js";
import { monitoringXlsx } from "../render/monitoring-xlsx.js";
import { SCHOOL_FACT_FIELDS } from "../../data/index.js";
import { districtIndicators, schoolYear, type SchoolYear } from "../../domain/indicators.js";

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

export function monitoringFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command("school", async (ctx) => {
    const school = await deputySchool(ctx);
    if (!school) return ctx.reply(ctx.t("error-not-allowed"));
    return openSchool(ctx, school.schoolId, currentYear(ctx));
  });
  composer.command("district", async (ctx) => {
    const districtId = await methodistDistrict(ctx);
    if (districtId === undefined) return ctx.reply(ctx.t("error-not-allowed"));
    return openDistrict(ctx, districtId, currentYear(ctx), "screen");
  });
  handlePresses(composer, dashboardButtons, HANDLERS);
  composer.on("message", whenAwaiting("staff-count", saveStaffCount));
  return composer;
}

async function openSchool(ctx: BotContext, schoolId: number, year: SchoolYear, what: "screen" | "chart" = "screen"): Promise<unknown> {
  const districtId = await ctx.deps.store.organisations.districtIdOf(schoolId);
  if (!(await ensureAllowed(ctx, "school.dashboard", { kind: "school", schoolId, districtId }))) return;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  if (what === "chart") return sendDashboardChart(ctx, "school", schoolId, year);
  return showScreen(ctx, await schoolDashboardScreen(ctx, schoolId, year));
}

async function openDistrict(ctx: BotContext, districtId: number, year: SchoolYear, what: "screen" | "chart" | "map"): Promise<unknown> {
  if (!(await ensureAllowed(ctx, "district.dashboard", { kind: "district", districtId }))) return;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  if (what === "chart") return sendDashboardChart(ctx, "district", districtId, year);
  return showScreen(ctx, what === "map" ? await deficitMapScreen(ctx, districtId, year) : await districtDashboardScreen(ctx, districtId, year));
}

const HANDLERS: PressHandlers<ActionsOf<typeof dashboardButtons>> = {
  nothing: (ctx) => ctx.answerCallbackQuery(),
  openRoute: (ctx, press) => openRoute(ctx, press.values[0]),
  schoolYear: (ctx, press) => openSchool(ctx, press.values[0], schoolYear(press.values[1])),
  schoolChart: (ctx, press) => openSchool(ctx, press.values[0], schoolYear(press.values[1]), "chart"),
  districtYear: (ctx, press) => openDistrict(ctx, press.values[0], schoolYear(press.values[1]), "screen"),
  districtChart: (ctx, press) => openDistrict(ctx, press.values[0], schoolYear(press.values[1]), "chart"),
  deficitMap: (ctx, press) => openDistrict(ctx, press.values[0], schoolYear(press.values[1]), "map"),
  rounds: async (ctx, press) => {
    await ctx.answerCallbackQuery();
    return showRounds(ctx, press.values[0], press.values[1], press.values[2]);
  },
  takeRound: (ctx, press) => recordRound(ctx, press.values[0], press.values[1], press.values[2]),
  schoolWorkbook: (ctx, press) => sendWorkbook(ctx, "school", press.values[0], currentYear(ctx)),
  districtWorkbook: (ctx, press) => sendWorkbook(ctx, "district", press.values[0], currentYear(ctx)),
  schoolWorkbookOf: (ctx, press) => sendWorkbook(ctx, "school", press.values[0], schoolYear(press.values[1])),
  districtWorkbookOf: (ctx, press) => sendWorkbook(ctx, "district", press.values[0], schoolYear(press.values[1])),
  staff: (ctx, press) => askStaff(ctx, press.values[0]),
  schoolFacts: (ctx, press) => withFactsRight(ctx, press.values[0], () => showFacts(ctx, press.values[0])),
  setFact: (ctx, press) => withFactsRight(ctx, press.values[0], () => recordFact(ctx, press.values[0], press.values[1], press.values[2] === "1")),
};

async function openRoute(ctx: BotContext, routeId: number): Promise<unknown> {
  const route = await ctx.deps.store.routes.byId(routeId);
  if (!route) return refuseCallback(ctx);
  if (!(await ensureAllowed(ctx, "route.view", await routeTarget(ctx, route)))) return;
  await ctx.answerCallbackQuery();
  return showRouteCard(ctx, route);
}

/** The monitoring workbook of a school or of the whole district, for a school year. */
async function sendWorkbook(ctx: BotContext, kind: "school" | "district", id: number, year: SchoolYear): Promise<unknown> {
  const store = ctx.deps.store;
  const districtId = kind === "school" ? await store.organisations.districtIdOf(id) : id;
  const allowed =
    kind === "school" ? await ensureAllowed(ctx, "school.export", { kind: "school", schoolId: id, districtId }) : await ensureAllowed(ctx, "district.export", { kind: "district", districtId });
  if (!allowed) return;
  await ctx.answerCallbackQuery();
  const schoolIds = kind === "school" ? [id] : (await store.organisations.schoolsOf(districtId)).map((s) => s.id);
  const facts = await store.monitoring.facts(schoolIds);
  const indicators = districtIndicators(facts.schools, facts.teachers, facts.routes, facts.recommendations, today(ctx), year);
  const file = await monitoringXlsx(indicators, facts, (key, params) => ctx.t(key, params), { progress: progressOf(facts, today(ctx)), areaName: (code) => areaName(ctx, code) });
  return ctx.replyWithDocument(new InputFile(file, ctx.t("xlsx-file-name", { year: `${year.first}-${year.first + 1}` })));
}

async function withFactsRight(ctx: BotContext, schoolId: number, then: () => Promise<unknown>): Promise<unknown> {
  const districtId = await ctx.deps.store.organisations.districtIdOf(schoolId);
  if (!(await ensureAllowed(ctx, "district.record_facts", { kind: "district", districtId }))) return;
  return then();
}

async function recordFact(ctx: BotContext, schoolId: number, fieldIndex: number, value: boolean): Promise<unknown> {
  const field = SCHOOL_FACT_FIELDS[fieldIndex];
  if (!field) return refuseCallback(ctx);
  const recorded = await recordSchoolFact(ctx.deps.store, { person: personOf(ctx), schoolId, field, value, at: now(ctx) });
  if (!recorded.ok) return ctx.answerCallbackQuery({ text: await refusalText(ctx, recorded.refusal), show_alert: true });
  await ctx.answerCallbackQuery({ text: ctx.t("saved") });
  return showFacts(ctx, schoolId);
}

async function recordRound(ctx: BotContext, districtId: number, year: number, kind: RoundKind): Promise<unknown> {
  const taken = await takeRound(ctx.deps.store, { person: personOf(ctx), districtId, year, kind, today: today(ctx), at: now(ctx) });
  if (!taken.ok) return ctx.answerCallbackQuery({ text: await refusalText(ctx, taken.refusal), show_alert: true });
  await ctx.answerCallbackQuery({ text: ctx.t("mr-saved") });
  return showRounds(ctx, districtId, year, 0);
}

async function askStaff(ctx: BotContext, schoolId: number): Promise<unknown> {
  const districtId = await ctx.deps.store.organisations.districtIdOf(schoolId);
  if (!(await ensureAllowed(ctx, "school.record_staff", { kind: "school", schoolId, districtId }))) return;
  await ctx.answerCallbackQuery();
  awaitInput(ctx, "staff-count", { schoolId });
  return askTyped(ctx, ctx.t("ds-ask-staff"));
}

async function saveStaffCount(ctx: MessageContext, payload: AwaitedInputs["staff-count"]): Promise<unknown> {
  const count = Number((ctx.message.text ?? "").trim());
  const saved = await recordStaffCount(ctx.deps.store, { person: personOf(ctx), schoolId: payload.schoolId, count, at: now(ctx) });
  if (!saved.ok && saved.refusal.reason === "not_ready") return ctx.reply(ctx.t("ds-staff-invalid"));
  ctx.session.awaiting = undefined;
  if (!saved.ok) return ctx.reply(await refusalText(ctx, saved.refusal));
  await ctx.reply(ctx.t("ds-staff-saved", { staff: saved.value.count }));
  return showScreen(ctx, await schoolDashboardScreen(ctx, payload.schoolId, currentYear(ctx)));
}

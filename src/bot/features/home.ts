// The home screen (/menu, the persistent Menu button, /start) and what is reached from it: the lists of
// routes with their route cards, a methodist's schools, the dashboards. Navigation edits the
// screen in place.
import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { handlePresses, type PressHandlers } from "../callback-data/press.js";
import type { ActionsOf } from "../callback-data/codec.js";
import { homeButtons } from "../callback-data/buttons.js";
import { ensureAllowed, refuseCallback, routeTarget } from "../access.js";
import { requireConsent } from "../consent.js";
import { showHome } from "../views/home.js";
import { showSettings } from "../views/settings.js";
import { showScreen } from "../views/screen.js";
import { showList, showSchools, schoolScreen } from "../views/worklists.js";
import { showRouteCard } from "../views/card-menu.js";
import { showRouteForSupporter } from "../views/supporter.js";
import { currentYear, districtDashboardScreen, schoolDashboardScreen } from "../views/dashboards.js";
import { askStep, showProfile } from "../views/history.js";
import { HISTORY_STEPS, OPTIONAL_HISTORY_STEPS } from "../../domain/route.js";
import { LOCALES } from "../i18n.js";

export function homeFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command("menu", leaveAndShowHome);
  composer.on("message:text").filter(isMenuButton, leaveAndShowHome);

  handlePresses(composer, homeButtons, HANDLERS);

  return composer;
}

/** The persistent Menu button under the input field sends its label as text, in the person's language. */
function isMenuButton(ctx: BotContext): boolean {
  const text = ctx.message?.text?.trim();
  return text !== undefined && LOCALES.some((locale) => ctx.deps.i18n.t(locale, "home-menu-button") === text);
}

/** The menu button leaves whatever input was awaited: the person has moved on. */
async function leaveAndShowHome(ctx: BotContext): Promise<void> {
  ctx.session.awaiting = undefined;
  await ctx.conversation.exitAll();
  if (!(await requireConsent(ctx))) return;
  await showHome(ctx);
}

const HANDLERS: PressHandlers<ActionsOf<typeof homeButtons>> = {
  show: async (ctx) => {
    await ctx.answerCallbackQuery();
    return showHome(ctx);
  },
  help: async (ctx) => {
    await ctx.answerCallbackQuery();
    return showScreen(ctx, { text: ctx.t("help-text"), keyboard: new InlineKeyboard().text(ctx.t("home-back-home"), homeButtons.pack("show")) });
  },
  settings: async (ctx) => {
    await ctx.answerCallbackQuery();
    return showSettings(ctx);
  },
  profile: async (ctx) => {
    await ctx.answerCallbackQuery();
    const history = await ctx.deps.store.profiles.history(ctx.user.id);
    const missing = HISTORY_STEPS.find((step) => !OPTIONAL_HISTORY_STEPS.includes(step) && (history[step] === undefined || history[step] === ""));
    return missing ? askStep(ctx, missing, true) : showProfile(ctx);
  },
  list: async (ctx, press) => {
    await ctx.answerCallbackQuery();
    const [list, schoolId, page] = press.values;
    return showList(ctx, list, schoolId, page);
  },
  route: async (ctx, press) => {
    const [routeId, list, schoolId, page] = press.values;
    const route = await ctx.deps.store.routes.byId(routeId);
    if (!route) return refuseCallback(ctx);
    if (!(await ensureAllowed(ctx, "route.view", await routeTarget(ctx, route)))) return;
    await ctx.answerCallbackQuery();
    return showRouteCard(ctx, route, { origin: { list, schoolId, page } });
  },
  fullRoute: async (ctx, press) => {
    const route = await ctx.deps.store.routes.byId(press.values[0]);
    if (!route) return refuseCallback(ctx);
    if (!(await ensureAllowed(ctx, "route.view", await routeTarget(ctx, route)))) return;
    await ctx.answerCallbackQuery();
    return showRouteForSupporter(ctx, route);
  },
  districtSchools: async (ctx, press) => {
    await ctx.answerCallbackQuery();
    return showSchools(ctx, press.values[0], press.values[1]);
  },
  mySchools: async (ctx, press) => {
    await ctx.answerCallbackQuery();
    return showSchools(ctx, press.values[0], press.values[1], true);
  },
  school: async (ctx, press) => {
    await ctx.answerCallbackQuery();
    return showScreen(ctx, await schoolScreen(ctx, press.values[0], press.values[1]));
  },
  schoolDashboard: async (ctx, press) => {
    const schoolId = press.values[0];
    const districtId = await ctx.deps.store.organisations.districtIdOf(schoolId);
    if (!(await ensureAllowed(ctx, "school.dashboard", { kind: "school", schoolId, districtId }))) return;
    await ctx.answerCallbackQuery();
    return showScreen(ctx, await schoolDashboardScreen(ctx, schoolId, currentYear(ctx)));
  },
  districtDashboard: async (ctx, press) => {
    const districtId = press.values[0];
    if (!(await ensureAllowed(ctx, "district.dashboard", { kind: "district", districtId }))) return;
    await ctx.answerCallbackQuery();
    return showScreen(ctx, await districtDashboardScreen(ctx, districtId, currentYear(ctx)));
  },
};

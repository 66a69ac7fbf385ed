// The route card and its sections as one @grammyjs/menu screen, edited in place. The buttons
// that navigate (a section, its pages, back to the card, the profile chart, an activity's files,
// home) are the menu's own; the buttons that act (approve, comment, mark done, edit…) carry their
// feature's callback data and are handled, and checked, by that feature. Every menu button
// carries the place it is on (route, section, page, the list the card was opened from): a press
// re-reads the route and checks that the person may still see it before anything runs.
import { InputFile } from "grammy";
import type { BotContext } from "../context.js";
import { CARD_SECTIONS, type CardSection } from "../callback-data/buttons.js";
import { actorOf, ensureAllowed, refuseCallback, routeTarget } from "../access.js";
import { numbersOf, screenMenu, type Key, type KeyedScreen } from "./menu-keys.js";
import { showHome } from "./home.js";
import { profileChart } from "./diagnosis.js";
import { drawCard } from "./route-card.js";
import { authorize } from "../../domain/permissions.js";
import { allActivities, type Route } from "../../domain/route.js";
import { WORK_LISTS, type WorkList } from "../../domain/work.js";

/** Where a menu button leads: a place on the card, an activity's files, the chart, home. */
export type CardTarget = CardPlace | { evidence: number } | "chart" | "home";
export type CardKey = Key<CardTarget>;
export type CardScreen = KeyedScreen<CardTarget>;

export interface CardPlace {
  section: CardSection | "card";
  page: number;
}

/** Where the card was opened from, for its "back" button. */
export interface CardOrigin {
  list: WorkList;
  schoolId: number;
  page: number;
}

interface CardView {
  route: Route;
  at: CardPlace;
  origin?: CardOrigin | undefined;
}

const PLACES = ["card", ...CARD_SECTIONS] as const;

const card = screenMenu<CardView, CardTarget>("rc", {
  placeOfPress: async (ctx) => {
    const view = await placeOfPress(ctx);
    return view && authorize(await actorOf(ctx), "route.view", await routeTarget(ctx, view.route)).allowed ? view : undefined;
  },
  dataOf: placeData,
  draw: (ctx, view) => drawCard(ctx, view.route, view.at, view.origin),
  go,
  outdated: showOutdated,
});
export const cardMenu = card.menu;

/** The card, or one of its sections at a page; `lead`, what just happened, above it. */
export async function showRouteCard(ctx: BotContext, route: Route, options: { at?: CardPlace; origin?: CardOrigin | undefined; lead?: string | undefined } = {}): Promise<void> {
  await card.show(ctx, { route, at: options.at ?? { section: "card", page: 0 }, origin: options.origin }, options.lead);
}

async function go(ctx: BotContext, view: CardView, target: CardTarget): Promise<void> {
  if (target === "home") return showHome(ctx);
  if (target === "chart") return sendProfileChart(ctx, view.route);
  if ("evidence" in target) return sendEvidence(ctx, view.route, target.evidence);
  await showRouteCard(ctx, view.route, { at: target, origin: view.origin });
}

/** A press on a card that changed meanwhile: the card as it is now, if the person may still see it. */
async function showOutdated(ctx: BotContext): Promise<void> {
  const place = await placeOfPress(ctx);
  if (!place) return refuseCallback(ctx);
  if (!(await ensureAllowed(ctx, "route.view", await routeTarget(ctx, place.route)))) return;
  await ctx.answerCallbackQuery({ text: ctx.t("home-outdated") });
  await showRouteCard(ctx, place.route, place);
}

/** "route.place.page" and, for a card opened from a list, ".list.school.page". */
function placeData(view: CardView): string {
  const place = [view.route.id!, PLACES.indexOf(view.at.section), view.at.page];
  const origin = view.origin ? [WORK_LISTS.indexOf(view.origin.list), view.origin.schoolId, view.origin.page] : [];
  return [...place, ...origin].join(".");
}

async function placeOfPress(ctx: BotContext): Promise<CardView | undefined> {
  const [routeId, place, page, list, schoolId, listPage] = numbersOf(ctx.match, 3, 6) ?? [];
  const section = PLACES[place ?? -1];
  if (routeId === undefined || section === undefined || page === undefined) return undefined;
  const route = await ctx.deps.store.routes.byId(routeId);
  if (!route) return undefined;
  const origin = list !== undefined && WORK_LISTS[list] ? { origin: { list: WORK_LISTS[list], schoolId: schoolId!, page: listPage! } } : {};
  return { route, at: { section, page }, ...origin };
}

export async function sendProfileChart(ctx: BotContext, route: Route): Promise<void> {
  if (route.profile?.areas.length) await ctx.replyWithPhoto(new InputFile(profileChart(ctx, route.profile), "profile.png"), { caption: route.title });
}

/** The files and photos attached to an activity, as new messages (Telegram keeps them by id). */
export async function sendEvidence(ctx: BotContext, route: Route, activityId: number): Promise<void> {
  const activity = allActivities(route).find((a) => a.id === activityId);
  if (!activity) return;
  for (const evidence of activity.evidence) {
    const caption = activity.event.slice(0, 1000);
    if (evidence.kind === "photo") await ctx.replyWithPhoto(evidence.value, { caption });
    else if (evidence.kind === "file") await ctx.replyWithDocument(evidence.value, { caption });
  }
}

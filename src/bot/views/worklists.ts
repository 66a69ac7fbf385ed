// The lists the people who manage routes work through, page by page, and a methodist's way
// from her district to a school: every item opens the route card.
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { homeButtons, interviewButtons, methodicalButtons } from "../callback-data/buttons.js";
import { ensureAllowed, personOf, refuseCallback, routeTarget } from "../access.js";
import { today } from "../clock.js";
import { shorten } from "../text.js";
import { showScreen, type Screen } from "./screen.js";
import { numbersOf, pagerKeys, screenMenu, type Key, type KeyedScreen } from "./menu-keys.js";
import { showHome } from "./home.js";
import { showRouteCard } from "./card-menu.js";
import { refusalText } from "./refusals.js";
import { districtSchoolsPage, routeListPage } from "../../usecases/work.js";
import { WORK_LISTS, type WorkList } from "../../domain/work.js";
import type { RouteSummary } from "../../data/index.js";
import { formatDate, localDateOf } from "../../domain/time.js";

type ListTarget = { route: number } | { page: number } | "home";
interface ListPlace {
  list: WorkList;
  schoolId: number;
  page: number;
}

/** A list of routes, page by page; each item opens the route card, which knows its way back here. */
const workList = screenMenu<ListPlace, ListTarget>("wl", {
  autoAnswer: false,
  placeOfPress: listOfPress,
  dataOf: (place) => [WORK_LISTS.indexOf(place.list), place.schoolId, place.page].join("."),
  draw: (ctx, place) => listScreen(ctx, place.list, place.schoolId, place.page),
  go: goFromList,
});
export const workListMenu = workList.menu;

export function showList(ctx: BotContext, list: WorkList, schoolId: number, page: number): Promise<void> {
  return workList.show(ctx, { list, schoolId, page });
}

async function goFromList(ctx: BotContext, view: ListPlace, target: ListTarget): Promise<void> {
  if (target === "home" || "page" in target) {
    await ctx.answerCallbackQuery();
    return target === "home" ? showHome(ctx) : showList(ctx, view.list, view.schoolId, target.page);
  }
  const route = await ctx.deps.store.routes.byId(target.route);
  if (!route) return refuseCallback(ctx);
  if (!(await ensureAllowed(ctx, "route.view", await routeTarget(ctx, route)))) return;
  await ctx.answerCallbackQuery();
  await showRouteCard(ctx, route, { origin: { list: view.list, schoolId: view.schoolId, page: view.page } });
}

function listOfPress(ctx: BotContext): ListPlace | undefined {
  const [list, schoolId, page] = numbersOf(ctx.match, 3) ?? [];
  const name = WORK_LISTS[list ?? -1];
  return name === undefined ? undefined : { list: name, schoolId: schoolId!, page: page! };
}

async function listScreen(ctx: BotContext, list: WorkList, schoolId: number, page: number): Promise<KeyedScreen<ListTarget>> {
  const outcome = await routeListPage(ctx.deps.store, { person: personOf(ctx), list, schoolId, page, today: today(ctx) });
  const home: Key<ListTarget>[] = [{ label: ctx.t("home-back-home"), open: "home" }];
  if (!outcome.ok) return { text: await refusalText(ctx, outcome.refusal), keys: [home] };
  const { items, window, total, schoolName } = outcome.value;
  const keys = [
    ...items.map((item): Key<ListTarget>[] => [{ label: shorten(itemLabel(ctx, list, item), 60), open: { route: item.id } }]),
    pagerKeys<ListTarget>(ctx, window, (p) => ({ page: p })),
    home,
  ];
  const title = ctx.t(outcome.value.review === "pending" ? "home-list-awaiting-review" : `home-list-${list}`, { school: schoolName, count: total });
  const body = total ? ctx.t("home-list-page", { page: window.page + 1, pages: window.pages }) : ctx.t("home-list-empty");
  return { text: `${title}\n${body}`, keys: keys.filter((row) => row.length > 0) };
}

/** "Name — status (since date)" for a route in a list. */
function itemLabel(ctx: BotContext, list: WorkList, item: RouteSummary): string {
  const name = item.teacherName ?? (item.teacherUsername ? `@${item.teacherUsername}` : ctx.t("person-unnamed"));
  const since = item.submittedAt ? formatDate(localDateOf(item.submittedAt, ctx.deps.config.TIMEZONE)) : "";
  if (list === "awaiting" && since) return ctx.t("home-item-waiting", { teacher: name, date: since });
  return ctx.t("home-item", { teacher: name, status: ctx.t(`status-${item.status}`) });
}

type SchoolsTarget = { school: number } | { page: number } | "home";
interface SchoolsPlace {
  districtId: number;
  page: number;
  mine: boolean;
}

/** A methodist's schools (all of the district's, or those she is assigned), page by page; each opens the school. */
const schoolList = screenMenu<SchoolsPlace, SchoolsTarget>("sl", {
  placeOfPress: schoolsOfPress,
  dataOf: (place) => [place.districtId, place.page, Number(place.mine)].join("."),
  draw: schoolsScreen,
  go: async (ctx, place, target) =>
    target === "home" ? showHome(ctx) : "page" in target ? showSchools(ctx, place.districtId, target.page, place.mine) : showScreen(ctx, await schoolScreen(ctx, target.school, place.page)),
});
export const schoolsMenu = schoolList.menu;

export function showSchools(ctx: BotContext, districtId: number, page: number, mine = false): Promise<void> {
  return schoolList.show(ctx, { districtId, page, mine });
}

function schoolsOfPress(ctx: BotContext): SchoolsPlace | undefined {
  const [districtId, page, mine] = numbersOf(ctx.match, 3) ?? [];
  return districtId === undefined ? undefined : { districtId, page: page!, mine: mine === 1 };
}

async function schoolsScreen(ctx: BotContext, view: SchoolsPlace): Promise<KeyedScreen<SchoolsTarget>> {
  const outcome = await districtSchoolsPage(ctx.deps.store, { person: personOf(ctx), districtId: view.districtId, page: view.page, mine: view.mine });
  const home: Key<SchoolsTarget>[] = [{ label: ctx.t("home-back-home"), open: "home" }];
  if (!outcome.ok) return { text: await refusalText(ctx, outcome.refusal), keys: [home] };
  const { schools, window, district } = outcome.value;
  const keys = [
    ...schools.map((school): Key<SchoolsTarget>[] => [{ label: shorten(school.name, 60), open: { school: school.id } }]),
    pagerKeys<SchoolsTarget>(ctx, window, (p) => ({ page: p })),
    home,
  ];
  const body = schools.length ? ctx.t("home-list-page", { page: window.page + 1, pages: window.pages }) : ctx.t("ds-no-schools");
  return { text: `${ctx.t(view.mine ? "home-my-schools-title" : "home-district-title", { district })}\n${body}`, keys: keys.filter((row) => row.length > 0) };
}

/** A school as a methodist sees it: its routes and its indicators. */
export async function schoolScreen(ctx: BotContext, schoolId: number, districtPage: number): Promise<Screen> {
  const [school, districtId] = await Promise.all([ctx.deps.store.organisations.byId(schoolId), ctx.deps.store.organisations.districtIdOf(schoolId)]);
  const routes = await routeListPage(ctx.deps.store, { person: personOf(ctx), list: "school", schoolId, page: 0 });
  const keyboard = new InlineKeyboard();
  if (!school || !routes.ok) return { text: ctx.t("error-not-allowed"), keyboard: keyboard.text(ctx.t("home-back-home"), homeButtons.pack("show")) };
  keyboard.text(ctx.t("home-school-routes", { count: routes.value.total }), homeButtons.pack("list", "school", schoolId, 0)).row();
  keyboard.text(ctx.t("home-school-dashboard"), homeButtons.pack("schoolDashboard", schoolId)).row();
  keyboard.text(ctx.t("mm-recommend"), methodicalButtons.pack("recommend", schoolId)).text(ctx.t("mm-recommendations"), methodicalButtons.pack("recommendations", schoolId)).row();
  const interviews = await ctx.deps.store.interviews.countPending(schoolId);
  if (interviews) keyboard.text(ctx.t("home-interviews", { count: interviews }), interviewButtons.pack("list", schoolId, 0)).row();
  keyboard.text(ctx.t("home-back-schools"), homeButtons.pack("districtSchools", districtId, districtPage)).text(ctx.t("home-back-home"), homeButtons.pack("show"));
  return { text: ctx.t("home-school", { school: school.name }), keyboard };
}

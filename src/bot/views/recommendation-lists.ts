// The recommendations of the methodical service as paged lists (never cut): those given to a
// school as a whole, and everything a methodist recommended, to teachers and to schools, with
// where each stands (000 §2.4.4). Each item opens the recommendation (or the teacher's route).
import type { BotContext } from "../context.js";
import { cardButtons, methodicalButtons } from "../callback-data/buttons.js";
import { personOf } from "../access.js";
import { shorten } from "../text.js";
import { personName } from "./people.js";
import { refusalText } from "./refusals.js";
import { showHome } from "./home.js";
import { numbersOf, pagerKeys, screenMenu, type Key, type KeyedScreen } from "./menu-keys.js";
import { schoolRecommendations } from "../../usecases/methodists.js";
import { formatDate, localDateOf } from "../../domain/time.js";
import { pageWindow } from "../../domain/work.js";

const PAGE = 8;

type PageTarget = { page: number } | "home";
interface Item {
  line: string;
  key: Key<PageTarget>;
}

/** A page of records, each drawn as its line and its button (only the page's are drawn), ◀ ▶, home. */
async function pageOf<R>(ctx: BotContext, head: string, records: R[], page: number, draw: (record: R) => Promise<Item> | Item): Promise<KeyedScreen<PageTarget>> {
  const window = pageWindow(records.length, page, PAGE);
  const shown = await Promise.all(records.slice(window.skip, window.skip + window.take).map(draw));
  const body = shown.length ? [...shown.map((item) => item.line), ...(window.pages > 1 ? [ctx.t("list-page", { page: window.page + 1, pages: window.pages })] : [])] : [ctx.t("home-list-empty")];
  const keys = [...shown.map((item) => [item.key]), pagerKeys<PageTarget>(ctx, window, (p) => ({ page: p })), [{ label: ctx.t("home-back-home"), open: "home" as const }]];
  return { text: [head, ...body].join("\n"), keys: keys.filter((row) => row.length > 0) };
}

const schoolList = screenMenu<{ schoolId: number; page: number }, PageTarget>("sr", {
  placeOfPress: schoolPlaceOfPress,
  dataOf: (place) => `${place.schoolId}.${place.page}`,
  draw: (ctx, place) => schoolRecommendationsScreen(ctx, place.schoolId, place.page),
  go: (ctx, place, target) => (target === "home" ? showHome(ctx) : showSchoolRecommendations(ctx, place.schoolId, target.page)),
});

function schoolPlaceOfPress(ctx: BotContext): { schoolId: number; page: number } | undefined {
  const [schoolId, page] = numbersOf(ctx.match, 2) ?? [];
  return schoolId === undefined ? undefined : { schoolId, page: page! };
}

const mineList = screenMenu<{ page: number }, PageTarget>("mr", {
  placeOfPress: (ctx) => {
    const [page] = numbersOf(ctx.match, 1) ?? [];
    return page === undefined ? undefined : { page };
  },
  dataOf: (place) => String(place.page),
  draw: (ctx, place) => myRecommendationsScreen(ctx, place.page),
  go: (ctx, _place, target) => (target === "home" ? showHome(ctx) : showMyRecommendations(ctx, target.page)),
});

export const recommendationMenus = [schoolList.menu, mineList.menu];

export function showSchoolRecommendations(ctx: BotContext, schoolId: number, page = 0): Promise<void> {
  return schoolList.show(ctx, { schoolId, page });
}

export function showMyRecommendations(ctx: BotContext, page = 0): Promise<void> {
  return mineList.show(ctx, { page });
}

async function schoolRecommendationsScreen(ctx: BotContext, schoolId: number, page: number): Promise<KeyedScreen<PageTarget>> {
  const outcome = await schoolRecommendations(ctx.deps.store, { person: personOf(ctx), schoolId });
  if (!outcome.ok) return { text: await refusalText(ctx, outcome.refusal), keys: [[{ label: ctx.t("home-back-home"), open: "home" }]] };
  const school = (await ctx.deps.store.organisations.byId(schoolId))?.name ?? "";
  return pageOf(ctx, ctx.t("mm-recommendations-title", { school, count: outcome.value.length }), outcome.value, page, (r) => {
    const line = ctx.t("mm-recommendation-line", { date: dateOf(ctx, r.createdAt), status: ctx.t(`doc-recommendation-${r.status}`), text: shorten(r.text, 80) });
    return { line, key: { label: shorten(line, 60), data: methodicalButtons.pack("recommendation", r.id) } };
  });
}

type Given = { createdAt: Date; status: string; text: string } & ({ teacherId: number; routeId: number } | { schoolId: number; id: number });

async function myRecommendationsScreen(ctx: BotContext, page: number): Promise<KeyedScreen<PageTarget>> {
  const store = ctx.deps.store;
  const [toTeachers, toSchools] = await Promise.all([store.recommendations.byAuthor(ctx.user.id), store.methodists.recommendationsBy(ctx.user.id)]);
  const all: Given[] = [...toTeachers, ...toSchools];
  const head = ctx.t("mm-mine-title", { count: all.length, done: all.filter((r) => r.status === "done").length });
  return pageOf(ctx, head, all, page, async (r) => {
    const whom = "teacherId" in r ? await personName(ctx, r.teacherId) : ((await store.organisations.byId(r.schoolId))?.name ?? "");
    const data = "teacherId" in r ? cardButtons.pack("card", r.routeId) : methodicalButtons.pack("recommendation", r.id);
    return {
      line: ctx.t("mm-mine-line", { date: dateOf(ctx, r.createdAt), whom, status: ctx.t(`doc-recommendation-${r.status}`), text: shorten(r.text, 80) }),
      key: { label: shorten(`${whom}: ${r.text}`, 60), data },
    };
  });
}

function dateOf(ctx: BotContext, at: Date): string {
  return formatDate(localDateOf(at, ctx.deps.config.TIMEZONE));
}

// The methodical service's screens: the district's methodists and the schools each answers for
// (an administrator ticks them), and one recommendation given to a school as a whole (the lists
// of recommendations: recommendation-lists.ts).
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { homeButtons, methodicalButtons } from "../callback-data/buttons.js";
import { actorOf, personOf } from "../access.js";
import { shorten } from "../text.js";
import { personName } from "./people.js";
import { refusalText } from "./refusals.js";
import type { Screen } from "./screen.js";
import { numbersOf, pagerKeys, screenMenu, type Key, type KeyedScreen } from "./menu-keys.js";
import { showHome } from "./home.js";
import { districtMethodists, methodistSchools, openSchoolRecommendation } from "../../usecases/methodists.js";
import { can } from "../../domain/permissions.js";
import { formatDate, localDateOf } from "../../domain/time.js";
import { pageWindow } from "../../domain/work.js";

const PAGE = 8;
const homeOnly = (ctx: BotContext) => new InlineKeyboard().text(ctx.t("home-back-home"), homeButtons.pack("show"));

export async function methodistsScreen(ctx: BotContext, districtId: number): Promise<Screen> {
  const outcome = await districtMethodists(ctx.deps.store, { person: personOf(ctx), districtId });
  if (!outcome.ok) return { text: await refusalText(ctx, outcome.refusal), keyboard: homeOnly(ctx) };
  const keyboard = new InlineKeyboard();
  const lines = [ctx.t("mm-methodists-title")];
  for (const m of outcome.value) {
    const name = await personName(ctx, m.userId);
    lines.push(ctx.t("mm-methodist-line", { name, schools: m.schools.length }));
    keyboard.text(shorten(name, 60), methodicalButtons.pack("methodist", districtId, m.userId, 0)).row();
  }
  if (!outcome.value.length) lines.push(ctx.t("mm-no-methodists"));
  keyboard.text(ctx.t("home-back-home"), homeButtons.pack("show"));
  return { text: lines.join("\n"), keyboard };
}

type TickTarget = { page: number } | "home";
interface TickPlace {
  districtId: number;
  methodistId: number;
  page: number;
}

/** The district's schools with a tick for those the methodist answers for, paged in place; a press toggles it. */
const methodistSchoolList = screenMenu<TickPlace, TickTarget>("ms", {
  placeOfPress: tickPlaceOfPress,
  dataOf: (place) => [place.districtId, place.methodistId, place.page].join("."),
  draw: methodistSchoolsScreen,
  go: (ctx, place, target) => (target === "home" ? showHome(ctx) : showMethodistSchools(ctx, place.districtId, place.methodistId, target.page)),
});
export const methodistSchoolsMenu = methodistSchoolList.menu;

export function showMethodistSchools(ctx: BotContext, districtId: number, methodistId: number, page: number): Promise<void> {
  return methodistSchoolList.show(ctx, { districtId, methodistId, page });
}

function tickPlaceOfPress(ctx: BotContext): TickPlace | undefined {
  const [districtId, methodistId, page] = numbersOf(ctx.match, 3) ?? [];
  return districtId === undefined ? undefined : { districtId, methodistId: methodistId!, page: page! };
}

async function methodistSchoolsScreen(ctx: BotContext, { districtId, methodistId, page }: TickPlace): Promise<KeyedScreen<TickTarget>> {
  const home: Key<TickTarget> = { label: ctx.t("home-back-home"), open: "home" };
  const outcome = await methodistSchools(ctx.deps.store, { person: personOf(ctx), districtId, methodistId });
  if (!outcome.ok) return { text: await refusalText(ctx, outcome.refusal), keys: [[home]] };
  const { schools, mine } = outcome.value;
  const window = pageWindow(schools.length, page, PAGE);
  const keys: Key<TickTarget>[][] = schools
    .slice(window.skip, window.skip + window.take)
    .map((school) => [{ label: shorten(`${mine.includes(school.id) ? "✅" : "▫️"} ${school.name}`, 60), data: methodicalButtons.pack("toggle", methodistId, school.id, window.page) }]);
  keys.push(pagerKeys<TickTarget>(ctx, window, (p) => ({ page: p })), [{ label: ctx.t("mm-back-methodists"), data: methodicalButtons.pack("methodists", districtId) }, home]);
  return { text: ctx.t("mm-methodist-schools", { name: await personName(ctx, methodistId), count: mine.length }), keys: keys.filter((row) => row.length > 0) };
}

export async function schoolRecommendationScreen(ctx: BotContext, id: number): Promise<Screen> {
  const opened = await openSchoolRecommendation(ctx.deps.store, { person: personOf(ctx), id });
  if (!opened.ok) return { text: await refusalText(ctx, opened.refusal), keyboard: homeOnly(ctx) };
  const r = opened.value;
  const districtId = await ctx.deps.store.organisations.districtIdOf(r.schoolId);
  const responds = can(await actorOf(ctx), "school.respond", { kind: "school", schoolId: r.schoolId, districtId });
  const lines = [
    ctx.t("mm-recommendation-title", { author: await personName(ctx, r.authorId), date: formatDate(localDateOf(r.createdAt, ctx.deps.config.TIMEZONE)) }),
    r.text,
    ctx.t("mm-status", { status: ctx.t(`doc-recommendation-${r.status}`) }),
    ...(r.reply ? [ctx.t("mm-reply", { text: r.reply })] : []),
  ];
  const keyboard = new InlineKeyboard();
  if (responds && r.status === "issued") keyboard.text(ctx.t("cm-accept"), methodicalButtons.pack("accept", id));
  if (responds && r.status !== "done") keyboard.text(ctx.t("cm-carried-out"), methodicalButtons.pack("carriedOut", id)).row();
  if (responds) keyboard.text(ctx.t("cm-reply"), methodicalButtons.pack("answer", id)).row();
  keyboard.text(ctx.t("mm-back-recommendations"), methodicalButtons.pack("recommendations", r.schoolId)).text(ctx.t("home-back-home"), homeButtons.pack("show"));
  return { text: lines.join("\n"), keyboard };
}

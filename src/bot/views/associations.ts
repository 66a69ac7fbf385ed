// The school's subject associations as screens edited in place: the list with how routes are approved, one with
// its head and teachers, and the people to choose from (paged).
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { associationButtons, homeButtons } from "../callback-data/buttons.js";
import { personOf } from "../access.js";
import { shorten } from "../text.js";
import { numbersOf, pagerKeys, screenMenu, type Key, type KeyedScreen } from "./menu-keys.js";
import { showHome } from "./home.js";
import { personName } from "./people.js";
import { refusalText } from "./refusals.js";
import type { Screen } from "./screen.js";
import { openAssociation, schoolAssociations } from "../../usecases/associations.js";
import { pageWindow } from "../../domain/work.js";

const PAGE = 8;
const NAMES_ON_SCREEN = 15;

const homeOnly = (ctx: BotContext) => new InlineKeyboard().text(ctx.t("home-back-home"), homeButtons.pack("show"));

export async function associationsScreen(ctx: BotContext, schoolId: number): Promise<Screen> {
  const outcome = await schoolAssociations(ctx.deps.store, { person: personOf(ctx), schoolId });
  if (!outcome.ok) return { text: await refusalText(ctx, outcome.refusal), keyboard: homeOnly(ctx) };
  const { associations, reviewSteps, teachersWithout } = outcome.value;
  const school = (await ctx.deps.store.organisations.byId(schoolId))?.name ?? "";
  const lines = [ctx.t("shmo-title", { school }), ctx.t(`shmo-steps-${reviewSteps}`), ""];
  const keyboard = new InlineKeyboard();
  for (const a of associations) {
    const heads = (await Promise.all(a.headIds.map((id) => personName(ctx, id)))).join(", ") || ctx.t("shmo-no-head");
    lines.push(ctx.t("shmo-line", { name: a.name, heads, teachers: a.teacherIds.length }));
    keyboard.text(shorten(a.name, 60), associationButtons.pack("open", a.id)).row();
  }
  if (!associations.length) lines.push(ctx.t("shmo-none"));
  lines.push("", ctx.t("shmo-without", { count: teachersWithout }));
  keyboard.text(ctx.t("shmo-create"), associationButtons.pack("create", schoolId)).row();
  keyboard.text(ctx.t(reviewSteps === 2 ? "shmo-to-one-step" : "shmo-to-two-steps"), associationButtons.pack("steps", schoolId, reviewSteps === 2 ? "1" : "2")).row();
  keyboard.text(ctx.t("home-back-home"), homeButtons.pack("show"));
  return { text: lines.join("\n"), keyboard };
}

export async function associationScreen(ctx: BotContext, associationId: number): Promise<Screen> {
  const opened = await openAssociation(ctx.deps.store, { person: personOf(ctx), associationId });
  if (!opened.ok) return { text: await refusalText(ctx, opened.refusal), keyboard: homeOnly(ctx) };
  const association = opened.value;
  const heads = (await Promise.all(association.headIds.map((id) => personName(ctx, id)))).join(", ") || ctx.t("shmo-no-head");
  const names = await Promise.all(association.teacherIds.slice(0, NAMES_ON_SCREEN).map((id) => personName(ctx, id)));
  const more = association.teacherIds.length - names.length;
  const lines = [ctx.t("shmo-one-title", { name: association.name }), ctx.t("shmo-heads", { heads }), ctx.t("shmo-teachers", { count: association.teacherIds.length }), ...names.map((n) => `• ${n}`)];
  if (more > 0) lines.push(ctx.t("shmo-more", { count: more }));
  const keyboard = new InlineKeyboard()
    .text(ctx.t("shmo-appoint-head"), associationButtons.pack("chooseHead", associationId, 0))
    .row()
    .text(ctx.t("shmo-invite-head"), associationButtons.pack("inviteHead", associationId))
    .row()
    .text(ctx.t("shmo-add-teachers"), associationButtons.pack("chooseTeacher", associationId, 0))
    .row()
    .text(ctx.t("shmo-back"), associationButtons.pack("list", association.schoolId))
    .text(ctx.t("home-back-home"), homeButtons.pack("show"));
  return { text: lines.join("\n"), keyboard };
}

type ChoiceTarget = { page: number } | "home";
interface ChoicePlace {
  associationId: number;
  mode: "head" | "teacher";
  page: number;
}

const MODES = ["head", "teacher"] as const;

/** The people to choose a head from (anyone of the school), or the teachers to add (those not in it yet), paged in place. */
const peopleChoice = screenMenu<ChoicePlace, ChoiceTarget>("pc", {
  placeOfPress: choiceOfPress,
  dataOf: (place) => [place.associationId, MODES.indexOf(place.mode), place.page].join("."),
  draw: peopleChoiceScreen,
  go: (ctx, place, target) => (target === "home" ? showHome(ctx) : showPeopleChoice(ctx, place.associationId, place.mode, target.page)),
});
export const peopleChoiceMenu = peopleChoice.menu;

export function showPeopleChoice(ctx: BotContext, associationId: number, mode: "head" | "teacher", page: number): Promise<void> {
  return peopleChoice.show(ctx, { associationId, mode, page });
}

function choiceOfPress(ctx: BotContext): ChoicePlace | undefined {
  const [associationId, mode, page] = numbersOf(ctx.match, 3) ?? [];
  const name = MODES[mode ?? -1];
  return name === undefined ? undefined : { associationId: associationId!, mode: name, page: page! };
}

async function peopleChoiceScreen(ctx: BotContext, { associationId, mode, page }: ChoicePlace): Promise<KeyedScreen<ChoiceTarget>> {
  const opened = await openAssociation(ctx.deps.store, { person: personOf(ctx), associationId });
  if (!opened.ok) return { text: await refusalText(ctx, opened.refusal), keys: [[{ label: ctx.t("home-back-home"), open: "home" }]] };
  const association = opened.value;
  const teachers = await ctx.deps.store.associations.teachersOf(association.schoolId);
  const candidates =
    mode === "teacher"
      ? teachers.filter((t) => t.associationId !== associationId).map((t) => t.userId)
      : (await ctx.deps.store.organisations.peopleOfSchool(association.schoolId)).map((p) => p.userId);
  const window = pageWindow(candidates.length, page, PAGE);
  const keys: Key<ChoiceTarget>[][] = [];
  for (const userId of candidates.slice(window.skip, window.skip + window.take)) {
    const elsewhere = teachers.find((t) => t.userId === userId)?.associationId;
    const label = `${await personName(ctx, userId)}${mode === "teacher" && elsewhere ? ` ${ctx.t("shmo-moves")}` : ""}`;
    keys.push([{ label: shorten(label, 60), data: associationButtons.pack(mode === "head" ? "setHead" : "addTeacher", associationId, userId) }]);
  }
  keys.push(pagerKeys<ChoiceTarget>(ctx, window, (p) => ({ page: p })), [{ label: ctx.t("shmo-back-one"), data: associationButtons.pack("open", associationId) }]);
  const title = ctx.t(mode === "head" ? "shmo-choose-head" : "shmo-choose-teachers", { name: association.name });
  return { text: candidates.length ? title : `${title}\n${ctx.t("home-list-empty")}`, keys: keys.filter((row) => row.length > 0) };
}

/** For a teacher who has just joined: her school's associations to choose from. */
export function chooseOwnKeyboard(ctx: BotContext, associations: { id: number; name: string }[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const a of associations) keyboard.text(shorten(a.name, 60), associationButtons.pack("join", a.id)).row();
  return keyboard;
}

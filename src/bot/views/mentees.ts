// Choosing whom a mentor accompanies: the school's teachers, paged in place (a school may have a
// hundred; Telegram allows a hundred buttons to a message and a phone shows a dozen). Each
// teacher's button assigns the mentor, through the organisations feature, which checks it.
import type { BotContext } from "../context.js";
import { organisationButtons } from "../callback-data/buttons.js";
import { actorOf } from "../access.js";
import { shorten } from "../text.js";
import { personName } from "./people.js";
import { showHome } from "./home.js";
import { numbersOf, pagerKeys, screenMenu, type Key, type KeyedScreen } from "./menu-keys.js";
import { managedSchool } from "../../usecases/invites.js";
import { can } from "../../domain/permissions.js";
import { pageWindow } from "../../domain/work.js";

const PAGE = 8;

type MenteeTarget = { page: number } | "home";
interface MenteePlace {
  mentorId: number;
  page: number;
}

const mentees = screenMenu<MenteePlace, MenteeTarget>("mt", {
  placeOfPress,
  dataOf: (place) => `${place.mentorId}.${place.page}`,
  draw: menteesScreen,
  go: (ctx, place, target) => (target === "home" ? showHome(ctx) : showMentees(ctx, place.mentorId, target.page)),
});
export const menteesMenu = mentees.menu;

export function showMentees(ctx: BotContext, mentorId: number, page = 0): Promise<void> {
  return mentees.show(ctx, { mentorId, page });
}

function placeOfPress(ctx: BotContext): MenteePlace | undefined {
  const [mentorId, page] = numbersOf(ctx.match, 2) ?? [];
  return mentorId === undefined ? undefined : { mentorId, page: page! };
}

async function menteesScreen(ctx: BotContext, place: MenteePlace): Promise<KeyedScreen<MenteeTarget>> {
  const home: Key<MenteeTarget>[] = [{ label: ctx.t("home-back-home"), open: "home" }];
  const actor = await actorOf(ctx);
  const school = managedSchool(actor);
  if (!school || !can(actor, "school.assign_mentor", { kind: "school", ...school })) return { text: ctx.t("error-not-allowed"), keys: [home] };
  const store = ctx.deps.store;
  const [mentors, teachers] = await Promise.all([store.organisations.membersWithRole(school.schoolId, "mentor"), store.organisations.membersWithRole(school.schoolId, "teacher")]);
  if (!mentors.includes(place.mentorId)) return { text: ctx.t("error-stale-button"), keys: [home] };
  const candidates = teachers.filter((id) => id !== place.mentorId);
  const window = pageWindow(candidates.length, place.page, PAGE);
  const shown = candidates.slice(window.skip, window.skip + window.take);
  const keys: Key<MenteeTarget>[][] = await Promise.all(
    shown.map(async (teacherId) => [{ label: shorten(await personName(ctx, teacherId), 50), data: organisationButtons.pack("assignMentor", place.mentorId, teacherId) }]),
  );
  keys.push(pagerKeys<MenteeTarget>(ctx, window, (p) => ({ page: p })), home);
  const pages = window.pages > 1 ? [ctx.t("list-page", { page: window.page + 1, pages: window.pages })] : [];
  const text = [ctx.t("org-choose-mentee-of", { mentor: await personName(ctx, place.mentorId) }), ...pages].join("\n");
  return { text, keys: keys.filter((row) => row.length > 0) };
}

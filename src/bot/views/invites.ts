// Invite links on screen: the link itself, and the list of the links in force — a school's
// (for its administrator) or the deputies' links of the district (for the administrator of the
// service) — paged in place, never cut, each with its revoke button.
import type { BotContext } from "../context.js";
import { organisationButtons } from "../callback-data/buttons.js";
import { actorOf } from "../access.js";
import { now } from "../clock.js";
import { showHome } from "./home.js";
import { numbersOf, pagerKeys, screenMenu, type Key, type KeyedScreen } from "./menu-keys.js";
import { managedSchool } from "../../usecases/invites.js";
import { can } from "../../domain/permissions.js";
import { formatDate, localDateOf } from "../../domain/time.js";
import { pageWindow } from "../../domain/work.js";

/** Each line holds a link: five make about a phone screen. */
const PAGE = 5;

export function inviteLink(ctx: BotContext, code: string): string {
  return `https://t.me/${ctx.me.username}?start=${code}`;
}

type InviteTarget = { page: number } | "home";

const inviteList = screenMenu<{ page: number }, InviteTarget>("iv", {
  placeOfPress: (ctx) => {
    const [page] = numbersOf(ctx.match, 1) ?? [];
    return page === undefined ? undefined : { page };
  },
  dataOf: (place) => String(place.page),
  draw: (ctx, place) => invitesScreen(ctx, place.page),
  go: (ctx, _place, target) => (target === "home" ? showHome(ctx) : showInvites(ctx, target.page)),
});
export const invitesMenu = inviteList.menu;

export function showInvites(ctx: BotContext, page = 0): Promise<void> {
  return inviteList.show(ctx, { page });
}

type Link = Awaited<ReturnType<BotContext["deps"]["store"]["organisations"]["invitesOf"]>>[number] & { school?: string };

/** The links this person manages: her school's, or (the service's administrator) the deputies' of the district. */
async function linksOf(ctx: BotContext): Promise<{ deputies: boolean; invites: Link[] } | undefined> {
  const actor = await actorOf(ctx);
  const school = managedSchool(actor);
  const store = ctx.deps.store;
  if (school && can(actor, "school.invite.teacher", { kind: "school", ...school })) return { deputies: false, invites: await store.organisations.invitesOf(school.schoolId) };
  if (school || !actor.isSuperAdmin) return undefined;
  const district = (await store.organisations.districts())[0];
  const invites = district ? await store.organisations.invitesOfDistrict(district.id, "deputy") : [];
  return { deputies: true, invites: invites.map((invite) => ({ ...invite, school: invite.organisation.name })) };
}

async function invitesScreen(ctx: BotContext, page: number): Promise<KeyedScreen<InviteTarget>> {
  const home: Key<InviteTarget>[] = [{ label: ctx.t("home-back-home"), open: "home" }];
  const links = await linksOf(ctx);
  if (!links) return { text: ctx.t("org-not-school-admin"), keys: [home] };
  const live = links.invites.filter((i) => !i.revokedAt && i.expiresAt > now(ctx));
  if (!live.length) return { text: ctx.t(links.deputies ? "org-no-deputy-links" : "org-no-invites"), keys: [home] };
  const window = pageWindow(live.length, page, PAGE);
  const shown = live.slice(window.skip, window.skip + window.take).map((invite, index) => ({ invite, n: window.skip + index + 1 }));
  const lines = shown.map(({ invite, n }) => {
    const date = formatDate(localDateOf(invite.expiresAt, ctx.deps.config.TIMEZONE));
    const link = inviteLink(ctx, invite.code);
    if (links.deputies) return ctx.t("org-deputy-link-line", { n, school: invite.school ?? "", left: invite.maxUses === null ? "∞" : Math.max(0, invite.maxUses - invite.uses), date, link });
    return ctx.t("org-invite-line", { n, role: ctx.t(`role-${invite.role}`), uses: invite.uses, max: invite.maxUses ?? "∞", date, link });
  });
  const keys = [
    ...shown.map(({ invite, n }): Key<InviteTarget>[] => [{ label: ctx.t("org-revoke", { n }), data: organisationButtons.pack("revokeInvite", invite.id) }]),
    pagerKeys<InviteTarget>(ctx, window, (p) => ({ page: p })),
    home,
  ];
  const pages = window.pages > 1 ? [ctx.t("list-page", { page: window.page + 1, pages: window.pages })] : [];
  return { text: [...lines, ...pages].join("\n\n"), keys: keys.filter((row) => row.length > 0) };
}

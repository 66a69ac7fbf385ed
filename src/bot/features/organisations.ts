// Schools and invites: an administrator creates schools; a deputy (or director) invites the
// people of their school by links that expire and can be listed and revoked.
import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import type { BotContext } from "../context.js";
import { callbackData, callbackPattern, idPart, parseCallback } from "../callbacks.js";
import { actorOf, ensureAllowed, now, refuseCallback } from "../helpers.js";
import { invitableSchoolRoles, ROLES, type Role } from "../../domain/permissions.js";
import { formatDate, localDateOf } from "../../domain/time.js";
import { LIMITS, parseField, textSchema } from "../../domain/validation.js";

const NS = "inv";
const INVITE_DAYS = 30;

function inviteLink(ctx: BotContext, code: string): string {
  return `https://t.me/${ctx.me.username}?start=${code}`;
}

async function adminSchool(ctx: BotContext): Promise<{ schoolId: number; districtId: number } | undefined> {
  const actor = await actorOf(ctx);
  const membership = actor.memberships.find((m) => m.role === "deputy" || m.role === "director") ?? actor.memberships.find((m) => m.role === "admin");
  return membership ? { schoolId: membership.organisationId, districtId: membership.districtId } : undefined;
}

export function organisationsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("newschool", async (ctx) => {
    const actor = await actorOf(ctx);
    if (!(await ensureAllowed(ctx, "system.manage_districts", { kind: "system" }, actor))) return;
    const parsed = parseField(textSchema(LIMITS.title), ctx.match);
    if (!parsed.ok) return ctx.reply(ctx.t("org-newschool-usage"));
    const store = ctx.deps.store;
    const district = (await store.organisations.districts())[0] ?? (await store.organisations.createDistrict(ctx.t("org-default-district"), ctx.deps.config.TIMEZONE));
    const school = await store.organisations.createSchool(district.id, parsed.value);
    const expiresAt = new Date(now(ctx).getTime() + INVITE_DAYS * 86_400_000);
    const deputy = await store.organisations.createInvite({ organisationId: school.id, role: "deputy", createdById: ctx.user.id, maxUses: 3, expiresAt });
    await store.audit.record({ actorId: ctx.user.id, action: "school_created", targetType: "school", targetId: school.id }, now(ctx));
    return ctx.reply(ctx.t("org-school-created", { name: school.name, link: inviteLink(ctx, deputy.code), date: formatDate(localDateOf(expiresAt, ctx.deps.config.TIMEZONE)) }));
  });

  composer.command("invite", async (ctx) => {
    const school = await adminSchool(ctx);
    const actor = await actorOf(ctx);
    const roles = school ? invitableSchoolRoles(actor, school) : [];
    if (!school || !roles.length) return ctx.reply(ctx.t("error-not-allowed"));
    const role = ctx.match.trim();
    if (!(ROLES as readonly string[]).includes(role) || !roles.includes(role as Role)) {
      const keyboard = new InlineKeyboard();
      for (const candidate of roles) keyboard.text(ctx.t(`role-${candidate}`), callbackData(NS, "new", candidate)).row();
      return ctx.reply(ctx.t("org-invite-choose"), { reply_markup: keyboard });
    }
    return createInvite(ctx, role as Role);
  });

  composer.command("invites", async (ctx) => {
    const school = await adminSchool(ctx);
    if (!school || !(await ensureAllowed(ctx, "school.invite.teacher", { kind: "school", ...school }))) return;
    const invites = (await ctx.deps.store.organisations.invitesOf(school.schoolId)).filter((i) => !i.revokedAt && i.expiresAt > now(ctx));
    if (!invites.length) return ctx.reply(ctx.t("org-no-invites"));
    const keyboard = new InlineKeyboard();
    const lines = invites.slice(0, 10).map((invite, index) => {
      keyboard.text(ctx.t("org-revoke", { n: index + 1 }), callbackData(NS, "rv", invite.id)).row();
      return ctx.t("org-invite-line", {
        n: index + 1,
        role: ctx.t(`role-${invite.role}`),
        uses: invite.uses,
        max: invite.maxUses ?? "∞",
        date: formatDate(localDateOf(invite.expiresAt, ctx.deps.config.TIMEZONE)),
        link: inviteLink(ctx, invite.code),
      });
    });
    return ctx.reply(lines.join("\n\n"), { reply_markup: keyboard, link_preview_options: { is_disabled: true } });
  });

  composer.callbackQuery(callbackPattern(NS), async (ctx) => {
    const create = parseCallback(NS, z.tuple([z.literal("new"), z.enum(ROLES)]), ctx.callbackQuery.data);
    const revoke = parseCallback(NS, z.tuple([z.literal("rv"), idPart]), ctx.callbackQuery.data);
    if (create) {
      await ctx.answerCallbackQuery();
      return createInvite(ctx, create[1]);
    }
    if (!revoke) return refuseCallback(ctx);
    const store = ctx.deps.store;
    const invite = (await adminSchool(ctx)) ? (await store.organisations.invitesOf((await adminSchool(ctx))!.schoolId)).find((i) => i.id === revoke[1]) : undefined;
    if (!invite) return refuseCallback(ctx);
    const districtId = await store.organisations.districtIdOf(invite.organisationId);
    if (!(await ensureAllowed(ctx, `school.invite.${invite.role as Role}` as never, { kind: "school", schoolId: invite.organisationId, districtId }))) return;
    await store.organisations.revokeInvite(invite.id, now(ctx));
    await store.audit.record({ actorId: ctx.user.id, action: "invite_revoked", targetType: "invite", targetId: invite.id }, now(ctx));
    await ctx.answerCallbackQuery({ text: ctx.t("org-revoked") });
  });

  return composer;
}

async function createInvite(ctx: BotContext, role: Role): Promise<void> {
  const school = await adminSchool(ctx);
  if (!school || !(await ensureAllowed(ctx, `school.invite.${role}` as never, { kind: "school", ...school }))) return;
  const expiresAt = new Date(now(ctx).getTime() + INVITE_DAYS * 86_400_000);
  const invite = await ctx.deps.store.organisations.createInvite({
    organisationId: school.schoolId,
    role,
    createdById: ctx.user.id,
    maxUses: role === "teacher" ? null : 1,
    expiresAt,
  });
  await ctx.deps.store.audit.record({ actorId: ctx.user.id, action: "invite_created", targetType: "invite", targetId: invite.id }, now(ctx));
  await ctx.reply(
    ctx.t("org-invite-created", { role: ctx.t(`role-${role}`), link: inviteLink(ctx, invite.code), date: formatDate(localDateOf(expiresAt, ctx.deps.config.TIMEZONE)), multi: role === "teacher" ? "yes" : "no" }),
    { link_preview_options: { is_disabled: true } },
  );
}

// Invite links on screen: the link itself, and the administrator's list of the deputies' links.
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { organisationButtons } from "../callback-data/buttons.js";
import { now } from "../clock.js";
import { formatDate, localDateOf } from "../../domain/time.js";

export function inviteLink(ctx: BotContext, code: string): string {
  return `https://t.me/${ctx.me.username}?start=${code}`;
}

/** The administrator's view of the deputies' links: every school's, with uses left and a revoke button. */
export async function listDeputyLinks(ctx: BotContext): Promise<void> {
  const district = (await ctx.deps.store.organisations.districts())[0];
  const invites = district ? (await ctx.deps.store.organisations.invitesOfDistrict(district.id, "deputy")).filter((i) => !i.revokedAt && i.expiresAt > now(ctx)) : [];
  if (!invites.length) return void (await ctx.reply(ctx.t("org-no-deputy-links")));
  const keyboard = new InlineKeyboard();
  const lines = invites.slice(0, 20).map((invite, index) => {
    keyboard.text(ctx.t("org-revoke", { n: index + 1 }), organisationButtons.pack("revokeInvite", invite.id)).row();
    return ctx.t("org-deputy-link-line", {
      n: index + 1,
      school: invite.organisation.name,
      left: invite.maxUses === null ? "∞" : Math.max(0, invite.maxUses - invite.uses),
      date: formatDate(localDateOf(invite.expiresAt, ctx.deps.config.TIMEZONE)),
      link: inviteLink(ctx, invite.code),
    });
  });
  await ctx.reply(lines.join("\n\n"), { reply_markup: keyboard, link_preview_options: { is_disabled: true } });
}

// /start: joining by an invite deep link, after consent to personal data processing (152-ФЗ).
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { redeemInvite } from "../../usecases/invites.js";
import { giveConsent } from "../../usecases/personal.js";
import { pressOf } from "../callback-data/press.js";
import { consentButtons } from "../callback-data/buttons.js";
import { now } from "../clock.js";
import { askConsent } from "../consent.js";
import { startHistory } from "../views/history.js";
import { showHome } from "../views/home.js";
import { chooseOwnKeyboard } from "../views/associations.js";

const INVITE_CODE = /^[A-Za-z0-9_-]{16,64}$/;

export function startFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("start", async (ctx) => {
    const code = ctx.match.trim();
    if (code) {
      if (!INVITE_CODE.test(code)) return ctx.reply(ctx.t("invite-not_found"));
      if (!ctx.user.consentAt) {
        ctx.session.pendingInvite = code;
        return askConsent(ctx);
      }
      return join(ctx, code);
    }
    ctx.session.awaiting = undefined;
    return showHome(ctx);
  });

  composer.callbackQuery(consentButtons.filter, async (ctx) => {
    const press = await pressOf(ctx, consentButtons);
    if (!press) return;
    await ctx.answerCallbackQuery();
    if (press.action === "refuse") {
      ctx.session.pendingInvite = undefined;
      return ctx.editMessageText(ctx.t("consent-declined"));
    }
    await giveConsent(ctx.deps.store, { userId: ctx.user.id, ...(ctx.from.username ? { username: ctx.from.username } : {}), at: now(ctx) });
    ctx.user = { ...ctx.user, consentAt: now(ctx) };
    await ctx.editMessageText(ctx.t("consent-given"));
    const code = ctx.session.pendingInvite;
    ctx.session.pendingInvite = undefined;
    if (code) await join(ctx, code);
  });

  return composer;
}

/** A teacher who joined without a subject association named in her invite chooses hers, if the school has any. */
async function offerAssociations(ctx: BotContext, schoolId: number): Promise<void> {
  const associations = await ctx.deps.store.associations.ofSchool(schoolId);
  if (associations.length) await ctx.reply(ctx.t("shmo-choose-own"), { reply_markup: chooseOwnKeyboard(ctx, associations) });
}

async function join(ctx: BotContext, code: string): Promise<void> {
  const displayName = [ctx.from?.first_name, ctx.from?.last_name].filter(Boolean).join(" ").trim();
  const joined = await redeemInvite(ctx.deps.store, { userId: ctx.user.id, code, ...(displayName ? { displayName } : {}), at: now(ctx) });
  if (!joined.ok) return void (await ctx.reply(ctx.t(`invite-${joined.refusal}`)));
  const { role, organisation, association } = joined.value;
  // The joining message brings the persistent Menu button under the input field.
  const menuButton = { keyboard: [[{ text: ctx.t("home-menu-button") }]], resize_keyboard: true, is_persistent: true };
  await ctx.reply(ctx.t("invite-joined", { organisation, role: ctx.t(`role-${role}`), association: association ?? "", hasAssociation: association ? "yes" : "no" }), { reply_markup: menuButton });
  if (role !== "teacher") return showHome(ctx);
  if (!association) await offerAssociations(ctx, joined.value.organisationId);
  await startHistory(ctx);
}

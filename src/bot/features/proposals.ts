// A route formed with a mentor or methodist (002 §3.2): from the route card a supporter proposes
// a goal or a task; the teacher gets it with Accept / Decline; the author hears the answer.
import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { cardButtons, proposalButtons, routeButtons } from "../callback-data/buttons.js";
import { pressOf } from "../callback-data/press.js";
import { personOf } from "../access.js";
import { now } from "../clock.js";
import { askTyped, awaitInput, typedText, whenAwaiting, type MessageContext } from "../input.js";
import type { AwaitedInputs } from "../awaiting.js";
import { personName } from "../views/people.js";
import { refusalText } from "../views/refusals.js";
import { showScreen } from "../views/screen.js";
import { tell, titleOf } from "../notifications/tell.js";
import { answerProposal, proposeEdit } from "../../usecases/proposals.js";
import { LIMITS } from "../../domain/validation.js";

export function proposalsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.callbackQuery(proposalButtons.filter, async (ctx) => {
    const press = await pressOf(ctx, proposalButtons);
    if (!press) return;
    if (press.action === "accept" || press.action === "decline") return answer(ctx, press.values[0], press.action === "accept");
    await ctx.answerCallbackQuery();
    const routeId = press.values[0];
    if (press.action === "choose") {
      const keyboard = new InlineKeyboard()
        .text(ctx.t("pr-kind-goal"), proposalButtons.pack("kind", routeId, "goal"))
        .text(ctx.t("pr-kind-task"), proposalButtons.pack("kind", routeId, "task"))
        .row()
        .text(ctx.t("card-back"), cardButtons.pack("card", routeId));
      return showScreen(ctx, { text: ctx.t("pr-choose"), keyboard });
    }
    awaitInput(ctx, "proposal-text", { routeId, kind: press.values[1] });
    return askTyped(ctx, ctx.t(`pr-ask-${press.values[1]}`));
  });
  composer.on("message", whenAwaiting("proposal-text", saveProposal));
  return composer;
}

async function saveProposal(ctx: MessageContext, payload: AwaitedInputs["proposal-text"]): Promise<unknown> {
  const text = await typedText(ctx, payload.kind === "goal" ? LIMITS.longText : LIMITS.title);
  if (text === undefined) return;
  ctx.session.awaiting = undefined;
  const proposed = await proposeEdit(ctx.deps.store, { person: personOf(ctx), routeId: payload.routeId, kind: payload.kind, text, at: now(ctx) });
  if (!proposed.ok) return ctx.reply(await refusalText(ctx, proposed.refusal));
  const { id, route } = proposed.value;
  const author = await personName(ctx, ctx.user.id);
  await tell(ctx, route.teacherId, (t) => ({
    text: t(`pr-notify-${payload.kind}`, { author, title: titleOf(t, route), text }),
    keyboard: new InlineKeyboard().text(t("pr-accept"), proposalButtons.pack("accept", id)).text(t("pr-decline"), proposalButtons.pack("decline", id)),
  }));
  return ctx.reply(ctx.t("pr-sent"));
}

async function answer(ctx: BotContext, proposalId: number, accept: boolean): Promise<unknown> {
  const answered = await answerProposal(ctx.deps.store, { person: personOf(ctx), proposalId, accept, at: now(ctx) });
  if (!answered.ok) return ctx.answerCallbackQuery({ text: await refusalText(ctx, answered.refusal), show_alert: true });
  await ctx.answerCallbackQuery({ text: ctx.t(accept ? "pr-accepted" : "pr-declined") });
  const { proposal, route } = answered.value;
  const next = accept ? new InlineKeyboard().text(ctx.t(route.status === "active" ? "pr-to-correction" : "pr-to-route"), routeButtons.pack("review", route.id!)) : undefined;
  await ctx.editMessageReplyMarkup(next ? { reply_markup: next } : {}).catch(() => undefined); // the answer is saved; the old buttons are only tidied
  const teacher = await personName(ctx, ctx.user.id);
  await tell(ctx, proposal.authorId, (t) => ({ text: t(accept ? "pr-author-accepted" : "pr-author-declined", { teacher, title: titleOf(t, route), text: proposal.text }) }));
}

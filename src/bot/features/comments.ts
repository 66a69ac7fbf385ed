// Comments and recommendations (002 §4.2, 000 §2.4.4): a deputy, mentor or methodist comments
// on a route or one of its tasks; a methodist's targeted recommendation is recorded as such;
// the teacher is notified and can reply, and the author gets the reply.
import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { pressOf } from "../callback-data/press.js";
import { cardButtons, commentButtons } from "../callback-data/buttons.js";
import { showScreen } from "../views/screen.js";
import { ensureAllowed, personOf, refuseCallback, routeTarget } from "../access.js";
import { now } from "../clock.js";
import { askTyped, awaitInput, typedText, whenAwaiting, type MessageContext } from "../input.js";
import type { AwaitedInputs } from "../awaiting.js";
import { shorten } from "../text.js";
import { personName } from "../views/people.js";
import { refusalText } from "../views/refusals.js";
import { addComment, markRecommendation } from "../../usecases/comments.js";
import { tell, titleOf } from "../notifications/tell.js";
import { LIMITS } from "../../domain/validation.js";

/** A comment or recommendation to its recipient, with a Reply button (and, for a recommendation, its marks). */
async function notify(ctx: BotContext, userId: number, key: string, params: Record<string, string | number>, commentId: number, recommendation = false): Promise<void> {
  await tell(ctx, userId, (t) => {
    const keyboard = new InlineKeyboard().text(t("cm-reply"), commentButtons.pack("reply", commentId));
    if (recommendation) keyboard.row().text(t("cm-accept"), commentButtons.pack("accept", commentId)).text(t("cm-carried-out"), commentButtons.pack("carriedOut", commentId));
    return { text: t(key, params), keyboard };
  });
}

export function commentsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.callbackQuery(commentButtons.filter, onPress);
  composer.on("message", whenAwaiting("comment", saveComment));
  return composer;
}

async function onPress(ctx: BotContext): Promise<unknown> {
  const press = await pressOf(ctx, commentButtons);
  if (!press) return;
  if (press.action === "reply") return askReply(ctx, press.values[0]);
  if (press.action === "accept" || press.action === "carriedOut") return mark(ctx, press.values[0], press.action === "accept" ? "accepted" : "done");
  const route = await ctx.deps.store.routes.byId(press.values[0]);
  if (!route) return refuseCallback(ctx);
  const recommend = press.action === "recommend";
  if (!(await ensureAllowed(ctx, recommend ? "route.recommend" : "route.comment", await routeTarget(ctx, route)))) return;
  await ctx.answerCallbackQuery();
  if (press.action === "chooseTask") {
    const keyboard = new InlineKeyboard();
    route.tasks.forEach((t, i) => keyboard.text(shorten(`${i + 1}. ${t.title}`), commentButtons.pack("onTask", route.id!, i)).row());
    keyboard.text(ctx.t("card-back"), cardButtons.pack("card", route.id!));
    return showScreen(ctx, { text: ctx.t("cm-choose-task"), keyboard });
  }
  const taskIndex = press.action === "onTask" ? press.values[1] : -1;
  if (taskIndex >= 0 && !route.tasks[taskIndex]) return;
  awaitInput(ctx, "comment", { routeId: route.id!, task: taskIndex, recommendation: recommend ? 1 : 0, parentId: 0 });
  return askTyped(ctx, ctx.t(recommend ? "cm-ask-recommendation" : "cm-ask-comment"));
}

async function askReply(ctx: BotContext, commentId: number): Promise<unknown> {
  const store = ctx.deps.store;
  const comment = (await store.routes.comments((await commentRoute(ctx, commentId)) ?? 0)).find((c) => c.id === commentId);
  const route = comment ? await store.routes.byId(comment.routeId) : undefined;
  if (!comment || !route) return refuseCallback(ctx);
  if (!(await ensureAllowed(ctx, "route.comment", await routeTarget(ctx, route)))) return;
  await ctx.answerCallbackQuery();
  awaitInput(ctx, "comment", { routeId: route.id!, parentId: comment.id, task: -1, recommendation: 0 });
  return askTyped(ctx, ctx.t("cm-ask-reply"));
}

async function saveComment(ctx: MessageContext, payload: AwaitedInputs["comment"]): Promise<unknown> {
  const text = await typedText(ctx, LIMITS.longText);
  if (text === undefined) return;
  ctx.session.awaiting = undefined;
  const recommendation = payload.recommendation === 1;
  const outcome = await addComment(ctx.deps.store, {
    person: personOf(ctx),
    routeId: payload.routeId,
    text,
    taskIndex: payload.task,
    ...(payload.parentId ? { parentId: payload.parentId } : {}),
    recommendation,
    at: now(ctx),
  });
  if (!outcome.ok) return ctx.reply(await refusalText(ctx, outcome.refusal));
  const { commentId, route, taskTitle, recipients } = outcome.value;
  const author = await personName(ctx, ctx.user.id);
  const key = ctx.user.id === route.teacherId ? "cm-notify-reply" : recommendation ? "cm-notify-recommendation" : "cm-notify-comment";
  const params = { author, title: route.title, text, task: taskTitle ?? "", hasTask: taskTitle ? "yes" : "no" };
  for (const userId of recipients) await notify(ctx, userId, key, params, commentId, recommendation && userId === route.teacherId);
  return ctx.reply(ctx.t(recommendation ? "cm-recommendation-saved" : ctx.user.id === route.teacherId ? "cm-reply-saved" : "cm-saved"));
}

/** The teacher marks a recommendation accepted or carried out; its author is told. */
async function mark(ctx: BotContext, recommendationId: number, status: "accepted" | "done"): Promise<unknown> {
  const marked = await markRecommendation(ctx.deps.store, { person: personOf(ctx), recommendationId, status, at: now(ctx) });
  if (!marked.ok) return ctx.answerCallbackQuery({ text: await refusalText(ctx, marked.refusal), show_alert: true });
  await ctx.answerCallbackQuery({ text: ctx.t(`cm-marked-${status}`) });
  const keyboard = new InlineKeyboard().text(ctx.t("cm-reply"), commentButtons.pack("reply", recommendationId));
  if (status === "accepted") keyboard.text(ctx.t("cm-carried-out"), commentButtons.pack("carriedOut", recommendationId));
  await ctx.editMessageReplyMarkup({ reply_markup: keyboard }).catch(() => undefined); // the mark is saved; the old buttons are only tidied
  const { authorId, route, text } = marked.value;
  const teacher = await personName(ctx, route.teacherId);
  await tell(ctx, authorId, (t) => ({ text: t(`cm-author-${status}`, { teacher, text: shorten(text, 200), title: titleOf(t, route) }) }));
}

async function commentRoute(ctx: BotContext, commentId: number): Promise<number | undefined> {
  return ctx.deps.store.routes.commentRouteId(commentId);
}

// Living the route: /route shows progress (done / due / overdue); an activity is marked done
// with evidence (file, photo, link or text) kept with it; products are recorded; checkpoints
// are answered with a short reflection.
import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import type { BotContext } from "../context.js";
import { refusalText } from "../views/refusals.js";
import { markActivityDone } from "../../usecases/mark-activity-done.js";
import { answerCheckpoint, markBroadcastHeld, recordProduct } from "../../usecases/progress.js";
import { pressOf } from "../callback-data/press.js";
import { evidenceFrom } from "../evidence.js";
import type { CallbackCodec, Press } from "../callback-data/codec.js";
import { cardButtons, livingButtons } from "../callback-data/buttons.js";
import { ensureAllowed, personOf, refuseCallback, routeTarget } from "../access.js";
import { now } from "../clock.js";
import { askInPlace, awaitInput, typedText, whenAwaiting, type MessageContext } from "../input.js";
import type { AwaitedInputs } from "../awaiting.js";
import { showLiving } from "../views/living.js";
import { showScreen } from "../views/screen.js";
import { allActivities, type Evidence, type Route } from "../../domain/route.js";
import { PRODUCT_KINDS } from "../../domain/vocabulary.js";
import { formatDate } from "../../domain/time.js";
import { FINAL, HALF_YEAR } from "../conversation-names.js";
import { LIMITS } from "../../domain/validation.js";

async function ownRoute(ctx: BotContext, routeId: number): Promise<Route | undefined> {
  const route = await ctx.deps.store.routes.byId(routeId);
  if (!route) {
    await refuseCallback(ctx);
    return undefined;
  }
  if (!(await ensureAllowed(ctx, "route.progress", await routeTarget(ctx, route)))) return undefined;
  return route;
}

async function markDone(ctx: BotContext, routeId: number, activityId: number, evidence: Evidence | undefined): Promise<void> {
  const outcome = await markActivityDone(ctx.deps.store, { person: personOf(ctx), routeId, activityId, ...(evidence ? { evidence } : {}), at: now(ctx) });
  if (!outcome.ok) return void (await ctx.reply(await refusalText(ctx, outcome.refusal)));
  const done = ctx.t("lv-done", { event: outcome.value.event });
  const updated = await ctx.deps.store.routes.byId(routeId);
  // The card, refreshed, with what was marked above it; the news alone if the route is gone meanwhile.
  if (updated) await showLiving(ctx, updated, done);
  else await ctx.reply(done);
}

type LivingPress = Press<typeof livingButtons extends CallbackCodec<infer A> ? A : never>;
/** What each button on the teacher's own route does; `value` is the press's second value. */
const HANDLERS: Partial<Record<LivingPress["action"], (ctx: BotContext, route: Route, value: number) => Promise<unknown>>> = {
  halfYear: (ctx, route) => reflect(ctx, route, HALF_YEAR),
  finalReflection: (ctx, route) => reflect(ctx, route, FINAL),
  addProduct: (ctx, route) => askProductKind(ctx, route.id!),
  markDone: askEvidence,
  doneWithoutEvidence: (ctx, route, activityId) => {
    ctx.session.awaiting = undefined;
    return markDone(ctx, route.id!, activityId, undefined);
  },
  broadcastHeld: confirmBroadcastHeld,
  broadcastHeldConfirmed: broadcastHeld,
  checkpoint: askCheckpoint,
  productKind: askProduct,
};

export function livingFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.callbackQuery(livingButtons.filter, async (ctx) => {
    const press = await pressOf(ctx, livingButtons);
    if (!press) return;
    const routeId = press.values[0];
    if (press.action === "open") return openRoute(ctx, routeId);
    const route = await ownRoute(ctx, routeId);
    if (!route) return;
    await ctx.answerCallbackQuery();
    await HANDLERS[press.action]?.(ctx, route, (press.values[1] as number | undefined) ?? 0);
  });

  composer.on(
    "message",
    whenAwaiting("evidence", async (ctx, payload) => {
      const evidence = evidenceFrom(ctx);
      if (!evidence || "error" in evidence) return ctx.reply(evidence?.error ?? ctx.t("lv-evidence-hint"));
      ctx.session.awaiting = undefined;
      return markDone(ctx, Number(payload.routeId), Number(payload.activityId), evidence);
    }),
  );

  composer.on("message", whenAwaiting("checkpoint", saveCheckpointAnswer));
  composer.on("message", whenAwaiting("product", saveProduct));

  return composer;
}

async function saveCheckpointAnswer(ctx: MessageContext, payload: AwaitedInputs["checkpoint"]): Promise<unknown> {
  const answer = await typedText(ctx, LIMITS.longText);
  if (answer === undefined) return;
  ctx.session.awaiting = undefined;
  const answered = await answerCheckpoint(ctx.deps.store, { person: personOf(ctx), routeId: payload.routeId, checkpointId: payload.checkpointId, answer, at: now(ctx) });
  return ctx.reply(answered.ok ? ctx.t("lv-checkpoint-saved") : answered.refusal.reason === "changed_meanwhile" ? ctx.t("error-stale-button") : await refusalText(ctx, answered.refusal));
}

async function saveProduct(ctx: MessageContext, payload: AwaitedInputs["product"]): Promise<unknown> {
  const title = await typedText(ctx, LIMITS.shortText);
  if (title === undefined) return;
  ctx.session.awaiting = undefined;
  const kind = z.enum(PRODUCT_KINDS).safeParse(payload.kind);
  if (!kind.success) return ctx.reply(ctx.t("error-stale-button"));
  const recorded = await recordProduct(ctx.deps.store, { person: personOf(ctx), routeId: payload.routeId, kind: kind.data, title, at: now(ctx) });
  return ctx.reply(recorded.ok ? ctx.t("lv-product-saved") : await refusalText(ctx, recorded.refusal));
}

async function openRoute(ctx: BotContext, routeId: number): Promise<unknown> {
  const route = await ctx.deps.store.routes.byId(routeId);
  if (!route) return refuseCallback(ctx);
  if (!(await ensureAllowed(ctx, "route.view", await routeTarget(ctx, route)))) return;
  await ctx.answerCallbackQuery();
  return showLiving(ctx, route);
}

async function reflect(ctx: BotContext, route: Route, conversation: typeof HALF_YEAR | typeof FINAL): Promise<unknown> {
  if (route.status !== "active") return ctx.reply(ctx.t("error-wrong-status"));
  return ctx.conversation.enter(conversation, route.id!);
}

async function askProductKind(ctx: BotContext, routeId: number): Promise<unknown> {
  const keyboard = new InlineKeyboard();
  PRODUCT_KINDS.forEach((kind, i) => {
    keyboard.text(ctx.t(`product-${kind}`), livingButtons.pack("productKind", routeId, i));
    if (i % 2 === 1) keyboard.row();
  });
  return ctx.reply(ctx.t("lv-product-kind"), { reply_markup: keyboard });
}

async function askProduct(ctx: BotContext, route: Route, kindIndex: number): Promise<unknown> {
  const productKind = PRODUCT_KINDS[kindIndex];
  if (!productKind) return refuseCallback(ctx);
  awaitInput(ctx, "product", { routeId: route.id!, kind: productKind });
  return askInPlace(ctx, ctx.t("lv-ask-product", { kind: ctx.t(`product-${productKind}`) }));
}

async function askEvidence(ctx: BotContext, route: Route, activityId: number): Promise<unknown> {
  const activity = allActivities(route).find((a) => a.id === activityId);
  if (!activity || activity.status !== "planned") return ctx.reply(ctx.t("error-stale-button"));
  awaitInput(ctx, "evidence", { routeId: route.id!, activityId });
  const keyboard = new InlineKeyboard().text(ctx.t("lv-no-evidence"), livingButtons.pack("doneWithoutEvidence", route.id!, activityId));
  return askInPlace(ctx, ctx.t("lv-ask-evidence", { event: activity.event }), keyboard);
}

/** "Held" cannot be taken back: the teacher confirms it first. */
async function confirmBroadcastHeld(ctx: BotContext, route: Route, broadcastId: number): Promise<unknown> {
  const point = route.broadcasts.find((b) => b.id === broadcastId && !b.doneAt);
  if (!point) return ctx.reply(ctx.t("error-stale-button"));
  const keyboard = new InlineKeyboard().text(ctx.t("lv-broadcast-confirm"), livingButtons.pack("broadcastHeldConfirmed", route.id!, broadcastId)).row().text(ctx.t("confirm-cancel"), cardButtons.pack("card", route.id!));
  return showScreen(ctx, { text: ctx.t("lv-broadcast-ask", { event: point.event, date: formatDate(point.date) }), keyboard });
}

async function broadcastHeld(ctx: BotContext, route: Route, broadcastId: number): Promise<unknown> {
  const held = await markBroadcastHeld(ctx.deps.store, { person: personOf(ctx), routeId: route.id!, broadcastId, at: now(ctx) });
  if (!held.ok) return ctx.reply(await refusalText(ctx, held.refusal));
  await ctx.reply(ctx.t("lv-broadcast-done", { event: held.value.event }));
  const updated = await ctx.deps.store.routes.byId(route.id!);
  return updated ? showLiving(ctx, updated) : undefined;
}

async function askCheckpoint(ctx: BotContext, route: Route, checkpointId: number): Promise<unknown> {
  const checkpoint = route.checkpoints.find((c) => c.id === checkpointId && !c.answeredAt);
  if (!checkpoint) return ctx.reply(ctx.t("error-stale-button"));
  awaitInput(ctx, "checkpoint", { routeId: route.id!, checkpointId });
  return askInPlace(ctx, ctx.t("lv-ask-checkpoint", { date: formatDate(checkpoint.dueDate) }));
}

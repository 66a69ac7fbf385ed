// A product of the teacher's route, from the outcomes section of her card (products and
// broadcasting): its title written again, or the product removed after asking (recorded by
// mistake); the section shows the products as they are then.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { cardButtons, productButtons } from "../callback-data/buttons.js";
import { pressOf } from "../callback-data/press.js";
import { ensureAllowed, personOf, refuseCallback, routeTarget } from "../access.js";
import { now } from "../clock.js";
import { askInPlace, awaitInput, typedText, whenAwaiting, type MessageContext } from "../input.js";
import type { AwaitedInputs } from "../awaiting.js";
import { confirmScreen } from "../views/screen.js";
import { showRouteCard } from "../views/card-menu.js";
import { refusalText } from "../views/refusals.js";
import { removeProduct, renameProduct } from "../../usecases/progress.js";
import { LIMITS } from "../../domain/validation.js";

export function productsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.callbackQuery(productButtons.filter, onPress);
  composer.on("message", whenAwaiting("product-title", saveTitle));
  return composer;
}

async function onPress(ctx: BotContext): Promise<unknown> {
  const press = await pressOf(ctx, productButtons);
  if (!press) return;
  const [routeId, productId] = press.values;
  const route = await ctx.deps.store.routes.byId(routeId);
  const product = route?.products.find((p) => p.id === productId);
  if (!route || !product) return refuseCallback(ctx);
  if (!(await ensureAllowed(ctx, "route.progress", await routeTarget(ctx, route)))) return;
  if (press.action === "rename") {
    await ctx.answerCallbackQuery();
    awaitInput(ctx, "product-title", { routeId, productId });
    return askInPlace(ctx, ctx.t("lv-ask-product-title", { title: product.title }));
  }
  if (press.action === "remove") {
    await ctx.answerCallbackQuery();
    const question = ctx.t("lv-confirm-remove-product", { title: product.title });
    return confirmScreen(ctx, question, productButtons.pack("removeConfirmed", routeId, productId), cardButtons.pack("section", routeId, "outcomes", 0));
  }
  const removed = await removeProduct(ctx.deps.store, { person: personOf(ctx), routeId, productId, at: now(ctx) });
  if (!removed.ok) return ctx.answerCallbackQuery({ text: await refusalText(ctx, removed.refusal), show_alert: true });
  await ctx.answerCallbackQuery({ text: ctx.t("lv-product-removed") });
  return showProducts(ctx, routeId);
}

async function saveTitle(ctx: MessageContext, payload: AwaitedInputs["product-title"]): Promise<unknown> {
  const title = await typedText(ctx, LIMITS.shortText);
  if (title === undefined) return;
  ctx.session.awaiting = undefined;
  const renamed = await renameProduct(ctx.deps.store, { person: personOf(ctx), ...payload, title, at: now(ctx) });
  if (!renamed.ok) return ctx.reply(await refusalText(ctx, renamed.refusal));
  return showProducts(ctx, payload.routeId, ctx.t("lv-product-renamed"));
}

/** The route's outcomes section (products and broadcasting) as it is now. */
async function showProducts(ctx: BotContext, routeId: number, lead?: string): Promise<void> {
  const route = await ctx.deps.store.routes.byId(routeId);
  if (route) await showRouteCard(ctx, route, { at: { section: "outcomes", page: 0 }, lead });
}

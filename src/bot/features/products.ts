// A product recorded by mistake is removed by the teacher from her route's «Продукты и
// трансляция» section, after asking; the section shows the products as they are then.
import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { cardButtons, productButtons } from "../callback-data/buttons.js";
import { pressOf } from "../callback-data/press.js";
import { ensureAllowed, personOf, refuseCallback, routeTarget } from "../access.js";
import { now } from "../clock.js";
import { showScreen } from "../views/screen.js";
import { showRouteCard } from "../views/card-menu.js";
import { refusalText } from "../views/refusals.js";
import { removeProduct } from "../../usecases/progress.js";

export function productsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.callbackQuery(productButtons.filter, async (ctx) => {
    const press = await pressOf(ctx, productButtons);
    if (!press) return;
    const [routeId, productId] = press.values;
    const route = await ctx.deps.store.routes.byId(routeId);
    const product = route?.products.find((p) => p.id === productId);
    if (!route || !product) return refuseCallback(ctx);
    if (!(await ensureAllowed(ctx, "route.progress", await routeTarget(ctx, route)))) return;
    if (press.action === "remove") {
      await ctx.answerCallbackQuery();
      const keyboard = new InlineKeyboard()
        .text(ctx.t("confirm-yes"), productButtons.pack("removeConfirmed", routeId, productId))
        .row()
        .text(ctx.t("confirm-cancel"), cardButtons.pack("section", routeId, "outcomes", 0));
      return showScreen(ctx, { text: ctx.t("lv-confirm-remove-product", { title: product.title }), keyboard });
    }
    const removed = await removeProduct(ctx.deps.store, { person: personOf(ctx), routeId, productId, at: now(ctx) });
    if (!removed.ok) return ctx.answerCallbackQuery({ text: await refusalText(ctx, removed.refusal), show_alert: true });
    await ctx.answerCallbackQuery({ text: ctx.t("lv-product-removed") });
    return showRouteCard(ctx, (await ctx.deps.store.routes.byId(routeId))!, { at: { section: "outcomes", page: 0 } });
  });
  return composer;
}

// Opening a route card from another screen (a list, a recommendation, an interview), and the
// card's buttons in messages sent before the card became a menu (views/card-menu.ts): each shows
// the same place of the card, for everyone who may view the route.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { cardButtons } from "../callback-data/buttons.js";
import { pressOf } from "../callback-data/press.js";
import { ensureAllowed, refuseCallback, routeTarget } from "../access.js";
import { sendEvidence, sendProfileChart, showRouteCard } from "../views/card-menu.js";

export function routeCardFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.callbackQuery(cardButtons.filter, async (ctx) => {
    const press = await pressOf(ctx, cardButtons);
    if (!press) return;
    const route = await ctx.deps.store.routes.byId(press.values[0]);
    if (!route) return refuseCallback(ctx);
    if (!(await ensureAllowed(ctx, "route.view", await routeTarget(ctx, route)))) return;
    await ctx.answerCallbackQuery();
    if (press.action === "card") return showRouteCard(ctx, route);
    if (press.action === "section") return showRouteCard(ctx, route, { at: { section: press.values[1], page: press.values[2] } });
    if (press.action === "profile") return sendProfileChart(ctx, route);
    return sendEvidence(ctx, route, press.values[1]);
  });
  return composer;
}

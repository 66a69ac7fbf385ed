// The route card's navigation: back to the card, its sections page by page, and the evidence of
// an activity sent as the files the teacher attached — for everyone who may view the route.
import { Composer, InputFile } from "grammy";
import type { BotContext } from "../context.js";
import { cardButtons } from "../callback-data/buttons.js";
import { pressOf } from "../callback-data/press.js";
import { ensureAllowed, refuseCallback, routeTarget } from "../access.js";
import { routeCardScreen } from "../views/route-card.js";
import { sectionScreen } from "../views/route-sections.js";
import { showScreen } from "../views/screen.js";
import { profileChart } from "../views/diagnosis.js";
import { allActivities, type Route } from "../../domain/route.js";

export function routeCardFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.callbackQuery(cardButtons.filter, async (ctx) => {
    const press = await pressOf(ctx, cardButtons);
    if (!press) return;
    const route = await ctx.deps.store.routes.byId(press.values[0]);
    if (!route) return refuseCallback(ctx);
    if (!(await ensureAllowed(ctx, "route.view", await routeTarget(ctx, route)))) return;
    await ctx.answerCallbackQuery();
    if (press.action === "card") return showScreen(ctx, await routeCardScreen(ctx, route));
    if (press.action === "section") return showScreen(ctx, await sectionScreen(ctx, route, press.values[1], press.values[2]));
    if (press.action === "profile") return route.profile?.areas.length ? ctx.replyWithPhoto(new InputFile(profileChart(ctx, route.profile), "profile.png"), { caption: route.title }) : undefined;
    return sendEvidence(ctx, route, press.values[1]);
  });
  return composer;
}

/** The files and photos attached to an activity, as new messages (Telegram keeps them by id). */
async function sendEvidence(ctx: BotContext, route: Route, activityId: number): Promise<void> {
  const activity = allActivities(route).find((a) => a.id === activityId);
  if (!activity) return;
  for (const evidence of activity.evidence) {
    const caption = activity.event.slice(0, 1000);
    if (evidence.kind === "photo") await ctx.replyWithPhoto(evidence.value, { caption });
    else if (evidence.kind === "file") await ctx.replyWithDocument(evidence.value, { caption });
  }
}

// Designing the route: the automatic draft from the deficits or building by hand; goal, term,
// tasks, resources from the catalogue (paged) or the teacher's own, dated activities,
// broadcasting experience; a review screen where any part can be edited; submission.
import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import { requireConsent } from "../../consent.js";
import { handleRouteButtons } from "./buttons.js";
import { handleRouteInputs } from "./inputs.js";
import { offerStart, showCurrent } from "./screens.js";

export function routeDesignFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("route", async (ctx) => {
    if (!(await requireConsent(ctx))) return;
    const route = await ctx.deps.store.routes.currentOf(ctx.user.id);
    if (route && route.status !== "completed") return showCurrent(ctx, route);
    return offerStart(ctx);
  });

  handleRouteButtons(composer);
  handleRouteInputs(composer);

  return composer;
}

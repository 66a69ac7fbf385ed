// The route being carried out, as the teacher's card: the activities to mark (nearest first),
// the point of broadcasting and the checkpoint that are due, and the ways to record a product,
// reflect or change the route (views/teacher-card.ts).
import type { BotContext } from "../context.js";
import type { Route } from "../../domain/route.js";
import { showRouteCard } from "./card-menu.js";

/** The card; `lead`, what just happened, above it. */
export async function showLiving(ctx: BotContext, route: Route, lead?: string): Promise<void> {
  await showRouteCard(ctx, route, { lead });
}

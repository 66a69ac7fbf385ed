// The route being carried out, as the teacher's card: the activities to mark (nearest first),
// the point of broadcasting and the checkpoint that are due, and the ways to record a product,
// reflect or change the route (views/teacher-card.ts).
import type { BotContext } from "../context.js";
import type { Route } from "../../domain/route.js";
import { showScreen, withLead } from "./screen.js";
import { teacherCardScreen } from "./teacher-card.js";

/** The card; `lead`, what just happened, above it. */
export async function showLiving(ctx: BotContext, route: Route, lead?: string): Promise<void> {
  const card = await teacherCardScreen(ctx, route);
  await showScreen(ctx, withLead(lead, card));
}

// The points of broadcasting experience of a route being designed (or corrected): a new date, or
// removed after asking. A point already held stays as it is in a route being carried out.
import type { BotContext } from "../../context.js";
import { routeButtons } from "../../callback-data/buttons.js";
import type { Route } from "../../../domain/route.js";
import { askInPlace, awaitInput } from "../../input.js";
import { formatDate } from "../../../domain/time.js";
import { save } from "./editing.js";
import { confirmScreen } from "../../views/screen.js";
import { showBroadcasts } from "./design-menu.js";

/** A point that may still change: undefined (and said) for one already held. */
async function changeable(ctx: BotContext, route: Route, index: number): Promise<Route["broadcasts"][number] | undefined> {
  const point = route.broadcasts[index];
  if (point && !point.doneAt) return point;
  await ctx.reply(ctx.t("rd-bc-held"));
  return undefined;
}

export async function askBroadcastDate(ctx: BotContext, route: Route, index: number): Promise<unknown> {
  const point = await changeable(ctx, route, index);
  if (!point) return;
  awaitInput(ctx, "route-bc-move", { routeId: route.id!, index });
  return askInPlace(ctx, ctx.t("rd-ask-move", { event: point.event, date: formatDate(point.date) }));
}

/** Where and how the experience is presented, then its product (each asked again, typed). */
export async function askBroadcastEvent(ctx: BotContext, route: Route, index: number): Promise<unknown> {
  const point = await changeable(ctx, route, index);
  if (!point) return;
  awaitInput(ctx, "route-bc-rename", { routeId: route.id!, index });
  return askInPlace(ctx, ctx.t("rd-ask-bc-event-edit", { current: point.event }));
}

export async function askRemoveBroadcast(ctx: BotContext, route: Route, index: number): Promise<unknown> {
  const point = await changeable(ctx, route, index);
  if (!point) return;
  const question = ctx.t("rd-confirm-remove-bc", { date: formatDate(point.date), event: point.event });
  return confirmScreen(ctx, question, routeButtons.pack("removeBroadcastConfirmed", route.id!, index), routeButtons.pack("broadcasts", route.id!));
}

export async function removeBroadcast(ctx: BotContext, route: Route, index: number): Promise<unknown> {
  if (!(await changeable(ctx, route, index))) return;
  const saved = await save(ctx, { ...route, broadcasts: route.broadcasts.filter((_, i) => i !== index) });
  return saved ? showBroadcasts(ctx, saved) : undefined;
}

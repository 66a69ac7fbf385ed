// A route as someone who supports the teacher sees it (deputy, association head, mentor, methodist).
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { commentButtons, documentButtons } from "../callback-data/buttons.js";
import { actorOf, routeTarget } from "../access.js";
import { today } from "../clock.js";
import { routeText } from "./route.js";
import { personName } from "./people.js";
import { can } from "../../domain/permissions.js";
import type { Route } from "../../domain/route.js";

/** A route as someone who supports the teacher sees it: with comment, recommendation and document buttons. */
export async function showRouteForSupporter(ctx: BotContext, route: Route): Promise<void> {
  const actor = await actorOf(ctx);
  const target = await routeTarget(ctx, route);
  const id = route.id!;
  const keyboard = new InlineKeyboard();
  if (can(actor, "route.comment", target)) keyboard.text(ctx.t("cm-comment"), commentButtons.pack("comment", id)).text(ctx.t("cm-comment-task"), commentButtons.pack("chooseTask", id)).row();
  if (can(actor, "route.recommend", target)) keyboard.text(ctx.t("cm-recommend"), commentButtons.pack("recommend", id)).row();
  keyboard.text(ctx.t("doc-button"), documentButtons.pack("routeDocument", id));
  await ctx.reply(routeText(ctx, route, today(ctx)), { reply_markup: keyboard });
  const comments = await ctx.deps.store.routes.comments(id);
  if (comments.length) {
    const lines = await Promise.all(comments.slice(-10).map(async (c) => ctx.t(c.isRecommendation ? "cm-line-recommendation" : "cm-line", { author: await personName(ctx, c.authorId), text: c.text })));
    await ctx.reply([ctx.t("cm-history"), ...lines].join("\n"));
  }
}

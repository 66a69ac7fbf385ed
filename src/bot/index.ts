// Assembles the bot: middleware in order, then one composer per feature.
import { Bot, BotError, type Api, type ErrorHandler, type Middleware, type RawApi } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { sequentialize } from "@grammyjs/runner";
import type { BotContext } from "./context.js";
import type { BotDeps } from "./deps.js";
import { updateLogger } from "./middlewares/logging.js";
import { screenMenus } from "./menus.js";
import { updateErrorHandler } from "./middlewares/error-boundary.js";
import { startFeature } from "./features/start.js";
import { homeFeature } from "./features/home.js";
import { routeCardFeature } from "./features/route-card.js";
import { settingsFeature } from "./features/settings.js";
import { helpFeature } from "./features/help.js";
import { languageFeature } from "./features/language.js";
import { cancelFeature } from "./features/cancel.js";
import { unhandledFeature } from "./features/unhandled.js";
import { profileFeature } from "./features/profile.js";
import { diagnosticsFeature } from "./features/diagnostics.js";
import { routeDesignFeature } from "./features/route-design/index.js";
import { approvalFeature } from "./features/approval.js";
import { reviewFeature } from "./features/review.js";
import { correctionsFeature } from "./features/corrections.js";
import { livingFeature } from "./features/living.js";
import { productsFeature } from "./features/products.js";
import { organisationsFeature } from "./features/organisations.js";
import { schoolsFeature } from "./features/schools.js";
import { associationsFeature } from "./features/associations.js";
import { methodicalFeature } from "./features/methodical.js";
import { proposalsFeature } from "./features/proposals.js";
import { commandLeavesInput } from "./middlewares/input.js";
import { measure, turnOf } from "./middlewares/runtime.js";
import { installState } from "./state.js";
import { reflectionFeature } from "./features/reflection.js";
import { remindersFeature } from "./features/reminders.js";
import { interviewsFeature } from "./features/interviews.js";
import { documentsFeature } from "./features/documents.js";
import { commentsFeature } from "./features/comments.js";
import { monitoringFeature } from "./features/monitoring.js";
import { privacyFeature } from "./features/privacy.js";
import { catalogFeature } from "./features/catalog.js";
import { guardApi } from "./api-guards.js";
import { privateChatsOnly } from "./middlewares/private-only.js";
import { cleanIncomingText } from "./middlewares/clean-input.js";
import { telegramClient } from "./telegram-fetch.js";

export interface BotOptions {
  apiRoot?: string;
  botInfo?: UserFromGetMe;
  /** Transformers for outgoing API calls (retries, rate limits). */
  configureApi?: (api: Api<RawApi>) => void;
  /** Told when the bot has finished with an update (tests and graceful shutdown wait for it). */
  onHandled?: (updateId: number) => void;
  onStarted?: (updateId: number) => void;
  /** Told how long the handlers took for an update, once its chat's turn came (ms). */
  observeLatency?: (ms: number) => void;
  /** The features to install (all of them by default; a test may run one alone). */
  features?: (deps: BotDeps) => Middleware<BotContext>[];
}

/** Every feature, in the order they see an update (the first that handles it wins). */
export function allFeatures(deps: BotDeps): Middleware<BotContext>[] {
  return [
    cancelFeature(),
    commandLeavesInput(),
    settingsFeature(),
    homeFeature(),
    routeCardFeature(),
    reflectionFeature(deps),
    privacyFeature(),
    startFeature(),
    helpFeature(),
    languageFeature(),
    profileFeature(),
    diagnosticsFeature(),
    routeDesignFeature(),
    approvalFeature(),
    reviewFeature(),
    correctionsFeature(),
    livingFeature(),
    productsFeature(),
    schoolsFeature(),
    associationsFeature(),
    methodicalFeature(),
    proposalsFeature(),
    organisationsFeature(),
    remindersFeature(),
    interviewsFeature(),
    documentsFeature(),
    commentsFeature(),
    monitoringFeature(),
    catalogFeature(),
    unhandledFeature(),
  ];
}

export function createBot(deps: BotDeps, options: BotOptions = {}): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.config.BOT_TOKEN, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    client: telegramClient(options.apiRoot),
  });
  guardApi(bot.api, deps.logger);
  options.configureApi?.(bot.api);

  const handleUpdateError = updateErrorHandler(deps.i18n);
  installRuntime(bot, deps, options, handleUpdateError);
  bot.use(screenMenus);
  for (const feature of (options.features ?? allFeatures)(deps)) bot.use(feature);

  bot.catch(handleUpdateError);
  return bot;
}

/** What every update goes through before the features: errors, order per chat, logging, the user, language, session. */
function installRuntime(bot: Bot<BotContext>, deps: BotDeps, options: BotOptions, handleUpdateError: ErrorHandler<BotContext>): void {
  bot.use(async (ctx, next) => {
    options.onStarted?.(ctx.update.update_id);
    try {
      await next();
    } catch (error) {
      // A webhook's update that failed before it was taken is recorded nowhere: answering the
      // webhook with an error makes Telegram deliver it again (and the person sees no failure).
      if (deps.config.BOT_MODE === "webhook" && !ctx.claimed) throw error;
      await handleUpdateError(new BotError(error, ctx));
    } finally {
      options.onHandled?.(ctx.update.update_id);
    }
  });
  // Updates of one chat are handled one after another, also under the concurrent runner, and
  // across instances on PostgreSQL (data/chat-locks.ts).
  bot.use(sequentialize((ctx) => turnOf(ctx)?.toString()));
  bot.use((ctx, next) => {
    const chat = turnOf(ctx);
    return chat === undefined ? next() : deps.store.chatLocks.around(chat, next);
  });
  bot.use(async (ctx, next) => {
    ctx.deps = deps;
    const started = performance.now();
    await next();
    options.observeLatency?.(performance.now() - started);
  });
  bot.use(measure(deps.metrics));
  bot.use(updateLogger(deps.logger));
  bot.use(privateChatsOnly());
  bot.use(cleanIncomingText());
  installState(bot, deps);
}

// What an update carries from one to the next: it is taken once, its user is loaded with the
// chat's session, the language chosen, and the session (with the conversations in it) written
// back with the update's done mark.
import { session, type Bot } from "grammy";
import { conversations } from "@grammyjs/conversations";
import type { BotContext, ConversationContext, SessionData } from "./context.js";
import type { BotDeps } from "./deps.js";
import { loadUser } from "./middlewares/user.js";
import { handleOnce, rateLimit } from "./middlewares/runtime.js";
import { HeldSessionWrites, StatesReadAhead } from "../data/index.js";
import { guardApi } from "./api-guards.js";
import { isLocale, DEFAULT_LOCALE } from "./i18n.js";

const SESSION_PREFIX = "session";

/** Bump when a conversation's code changes so that old replay state is discarded. */
export const CONVERSATION_STATE_VERSION = 1;

/**
 * The update taken once, the user, language and session: the session is read with the user and
 * written with the update's done mark.
 */
export function installState(bot: Bot<BotContext>, deps: BotDeps): void {
  const held = new HeldSessionWrites();
  const readAhead = new StatesReadAhead();
  bot.use(handleOnce(held));
  bot.use(loadUser(deps.store, readAhead, SESSION_PREFIX));
  bot.use(deps.i18n);
  bot.use(rateLimit(deps.config.RATE_LIMIT_PER_MINUTE, deps.metrics));
  bot.use(session<SessionData, BotContext>({ initial: () => ({}), storage: deps.store.sessions.storage<SessionData>(SESSION_PREFIX, held, readAhead) }));
  bot.use(
    conversations<BotContext, ConversationContext>({
      // A conversation's state is part of the session: read and written with it, no round trip of its own.
      storage: { type: "context", version: CONVERSATION_STATE_VERSION, adapter: conversationInSession },
      plugins: [guardConversationApi(deps), deps.i18n, conversationLocale(deps)],
    }),
  );
}

/** Sessions are kept per chat; an update without one (grammY would throw on ctx.session) has none. */
const sessionOf = (ctx: BotContext): SessionData | undefined => (ctx.chat === undefined ? undefined : (ctx.session ?? undefined));

const conversationInSession = {
  read: (ctx: BotContext) => sessionOf(ctx)?.conversations as never,
  write: (ctx: BotContext, state: unknown) => {
    const session = sessionOf(ctx);
    if (session) session.conversations = state;
  },
  delete: (ctx: BotContext) => {
    const session = sessionOf(ctx);
    if (session) session.conversations = undefined;
  },
};

/** A conversation's context has an Api of its own: it gets the same retries and guards. */
function guardConversationApi(deps: BotDeps) {
  return async (ctx: ConversationContext, next: () => Promise<void>) => {
    guardApi(ctx.api, deps.logger);
    await next();
  };
}

/** Inside a conversation the context is fresh: take the locale from the user's record. */
function conversationLocale(deps: BotDeps) {
  return async (ctx: ConversationContext, next: () => Promise<void>) => {
    if (ctx.from) {
      const user = await deps.store.users.byTelegramId(BigInt(ctx.from.id));
      ctx.i18n.useLocale(isLocale(user?.locale) ? user.locale : DEFAULT_LOCALE);
    }
    await next();
  };
}

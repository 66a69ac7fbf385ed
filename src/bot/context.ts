import type { Context as BaseContext, SessionFlavor } from "grammy";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { ConversationFlavor } from "@grammyjs/conversations";
import type { Logger } from "../logger.js";
import type { UserRecord } from "../data/index.js";
import type { BotDeps } from "./deps.js";
import type { Awaiting } from "./awaiting.js";

/** Short-lived UI state of a chat (which screen, which page); durable facts live in the database. */
export interface SessionData {
  /** What free text the bot is waiting for outside a conversation, if anything. */
  awaiting?: Awaiting;
  /** The conversations' replay state (the plugin's own format). */
  conversations?: unknown;
  /** The message that shows the current screen (its buttons are taken off when a new one comes). */
  screenMessageId?: number;
  /** An invite code opened before consent to personal data processing was given. */
  pendingInvite?: string;
  /** How the catalogue is narrowed for a task: words, a form, a level, all areas or the task's own. */
  catalogQuery?: CatalogQuery;
}

export interface CatalogQuery {
  routeId: number;
  task: number;
  words?: string;
  form?: string;
  level?: string;
  allAreas?: boolean;
}

interface Extras {
  logger: Logger;
  deps: BotDeps;
  /** The update is taken (recorded as being handled here): from now on a failure is answered, not retried. */
  claimed?: boolean;
  /** The update is handled again after its process died half-way: finish what may be half done. */
  redelivered?: boolean;
  /** The person behind the update, loaded (or created) from the database. */
  user: UserRecord;
}

export type BotContext = ConversationFlavor<BaseContext & SessionFlavor<SessionData> & I18nFlavor & Extras>;

/** The context inside a conversation: a fresh one with only the plugins installed for it. */
export type ConversationContext = BaseContext & I18nFlavor;

// What every call to Telegram goes through: bounded retries for rate limits, server errors and
// broken connections, and answers that are not errors for a person (an edit that changes
// nothing, a button press answered too late).
import { HttpError, type Api, type RawApi, type Transformer } from "grammy";
import { autoRetry } from "@grammyjs/auto-retry";
import type { Logger } from "../logger.js";

export interface RetryPolicy {
  /** Retries after a 429, a 5xx or a broken connection, per call. */
  attempts: number;
  /** Longest `retry_after` worth waiting for inside one update (longer ones fail the call). */
  maxRetryAfterSeconds: number;
  /** First pause after a broken connection or a 5xx, doubled each time. */
  networkBackoffMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 3, maxRetryAfterSeconds: 30, networkBackoffMs: 250 };

/** Installs the guards on an Api (the bot's, or a conversation's own). */
export function guardApi(api: Api<RawApi>, logger?: Logger, policy: RetryPolicy = DEFAULT_RETRY_POLICY): void {
  // The last installed transformer is the outermost: harmless answers are judged on the final result.
  api.config.use(retryFailures(policy, logger));
  api.config.use(
    autoRetry({ maxRetryAttempts: policy.attempts, maxDelaySeconds: policy.maxRetryAfterSeconds, rethrowHttpErrors: true, rethrowInternalServerErrors: true }),
  );
  api.config.use(ignoreHarmlessErrors(logger));
  // Outermost: each part of a long text is a call of its own, with its own retries.
  api.config.use(splitLongMessages());
}

/**
 * Broken connections and Telegram's 5xx, retried a few times with a short backoff (auto-retry's
 * own starts at 3 s and doubles, and never gives up on a broken connection). 429 is left to
 * auto-retry; getUpdates to the runner, which has its own retry loop.
 */
export function retryFailures(policy: RetryPolicy, logger?: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    for (let attempt = 0; ; attempt++) {
      const retryable = method !== "getUpdates" && attempt < policy.attempts && !signal?.aborted;
      let failure: string;
      try {
        const result = await prev(method, payload, signal);
        if (result.ok || result.error_code < 500 || !retryable) return result;
        failure = `${result.error_code} ${result.description}`;
      } catch (error) {
        if (!(error instanceof HttpError) || !retryable) throw error;
        failure = error.message;
      }
      logger?.warn({ method, attempt: attempt + 1, failure }, "telegram call failed, retrying");
      await new Promise((resolve) => setTimeout(resolve, policy.networkBackoffMs * 2 ** attempt));
    }
  };
}

const HARMLESS: { methods: RegExp; description: RegExp }[] = [
  // The same button pressed twice: the screen already shows what it should.
  { methods: /^editMessage/, description: /message is not modified/i },
  // A press handled late (after downtime or a lock): the action behind it still counts.
  { methods: /^answerCallbackQuery$/, description: /query is too old|query ID is invalid/i },
  // Tidying an old screen that is already gone.
  { methods: /^deleteMessage$/, description: /message to delete not found|message can't be deleted/i },
];

export function isHarmless(method: string, description: string | undefined): boolean {
  return HARMLESS.some((rule) => rule.methods.test(method) && rule.description.test(description ?? ""));
}

export function ignoreHarmlessErrors(logger?: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (result.ok || !isHarmless(method, result.description)) return result;
    logger?.debug({ method, description: result.description }, "harmless telegram answer ignored");
    return { ok: true, result: true as never };
  };
}

/** Telegram's limit on a message's text. */
export const MESSAGE_LIMIT = 4096;

/** Splits a text into parts of at most `limit` characters: at a line break, else a space, never inside a character. */
export function splitText(text: string, limit = MESSAGE_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf("\n", limit);
    if (cut < limit / 2) cut = rest.lastIndexOf(" ", limit);
    if (cut < limit / 2) cut = limit;
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--; // keep a surrogate pair together
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, "");
  }
  if (rest || parts.length === 0) parts.push(rest);
  return parts;
}

type TextPayload = { chat_id?: number | string; text?: unknown; reply_markup?: unknown; inline_message_id?: string };

/**
 * Every message fits Telegram's limit by construction: a longer text goes out as several
 * messages split at line breaks, the buttons under the last one. A long edit keeps its first
 * part in place and sends the rest as new messages.
 */
export function splitLongMessages(limit = MESSAGE_LIMIT): Transformer {
  return async (prev, method, payload, signal) => {
    const p = payload as TextPayload;
    const splittable = (method === "sendMessage" || (method === "editMessageText" && p.chat_id !== undefined)) && typeof p.text === "string" && p.text.length > limit;
    if (!splittable) return prev(method, payload, signal);
    const parts = splitText(p.text as string, limit);
    const { reply_markup: markup, ...plain } = p;
    const withMarkup = (i: number) => (i === parts.length - 1 && markup !== undefined ? { reply_markup: markup } : {});
    const first = await prev(method, { ...plain, text: parts[0]!, ...withMarkup(0) } as typeof payload, signal);
    if (!first.ok) return first;
    let last = first;
    for (let i = 1; i < parts.length; i++) {
      const next = { chat_id: p.chat_id, text: parts[i]!, ...withMarkup(i) };
      const sent = await prev("sendMessage" as typeof method, next as unknown as typeof payload, signal);
      if (!sent.ok) return sent;
      last = sent;
    }
    // A send answers with the message that carries the buttons; an edit with the edited one.
    return method === "sendMessage" ? last : first;
  };
}

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

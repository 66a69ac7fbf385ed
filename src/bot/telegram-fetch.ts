// The requests to Telegram's Bot API for grammY's client: node's own http(s).request on the
// keep-alive agent grammY passes, the answer read as JSON. grammY reads nothing of a response but
// its JSON; node-fetch, its default on Node, wraps every call in a WHATWG request, headers and
// body stream: ≈ 6 % of an update's processor time in the benchmark (bench/RESULTS.md).
import http from "node:http";
import https from "node:https";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import type { ApiClientOptions } from "grammy";

interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

export interface TelegramRequest {
  method?: string;
  headers?: Record<string, string>;
  /** JSON as text, or a multipart stream (a file upload). */
  body?: string | Readable;
  agent?: http.Agent;
  signal?: AbortSignalLike;
}

export interface TelegramResponse {
  status: number;
  json(): Promise<unknown>;
}

export function telegramFetch(url: string, init: TelegramRequest = {}): Promise<TelegramResponse> {
  return new Promise((resolve, reject) => {
    const { signal, body } = init;
    if (signal?.aborted) return reject(abortError());
    const headers: Record<string, string> = { ...init.headers, "accept-encoding": "gzip" };
    if (typeof body === "string") headers["content-length"] = String(Buffer.byteLength(body));
    const options = { method: init.method ?? "GET", headers, ...(init.agent ? { agent: init.agent } : {}) };
    const request = (url.startsWith("https:") ? https : http).request(url, options, (response) => {
      response.on("error", fail);
      const stream = response.headers["content-encoding"] === "gzip" ? response.pipe(createGunzip()).on("error", fail) : response;
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        signal?.removeEventListener("abort", onAbort);
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: response.statusCode ?? 0, json: async () => JSON.parse(text) as unknown });
      });
    });
    function fail(error: Error) {
      signal?.removeEventListener("abort", onAbort);
      reject(error);
    }
    function onAbort() {
      request.destroy(abortError());
    }
    signal?.addEventListener("abort", onAbort);
    request.on("error", fail);
    if (body === undefined || typeof body === "string") request.end(body);
    else body.on("error", (error) => request.destroy(error)).pipe(request);
  });
}

/** grammY's client options for Telegram at `apiRoot` (api.telegram.org when unset). */
export function telegramClient(apiRoot?: string): ApiClientOptions {
  return { ...(apiRoot ? { apiRoot } : {}), fetch: telegramFetch as unknown as NonNullable<ApiClientOptions["fetch"]> };
}

function abortError(): Error {
  const error = new Error("The request to Telegram was aborted");
  error.name = "AbortError";
  return error;
}

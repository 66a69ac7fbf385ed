// A local stand-in for the Telegram Bot API, served over HTTP. The real bot talks to it
// through `client.apiRoot` (long polling or a webhook); tests and `npm run console` act as
// users through it and read what the bot sent. It keeps every chat's messages in memory.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";

export interface InlineButton {
  text: string;
  callback_data?: string;
  url?: string;
}

export interface SentMessage {
  message_id: number;
  chat_id: number;
  text?: string;
  caption?: string;
  reply_markup?: { inline_keyboard?: InlineButton[][]; keyboard?: { text: string }[][]; remove_keyboard?: boolean };
  parse_mode?: string;
  photo?: StoredFile;
  document?: StoredFile;
  edited: number;
  deleted: boolean;
  date: number;
}

export interface StoredFile {
  file_id: string;
  file_unique_id: string;
  file_name?: string;
  mime_type?: string;
  bytes: Buffer;
}

export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  at: number;
  /** Which process called, when its API root ends in /via/<name>. */
  via?: string;
}

/** Return a response to short-circuit a method call (e.g. a 429), or undefined to proceed. */
export type Interceptor = (method: string, params: Record<string, unknown>) => ApiError | undefined;

export interface ApiError {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number };
}

/** A fault Telegram (or the network on the way) can answer a call with. */
export type Fault =
  | { kind: "retry-after"; seconds: number }
  | { kind: "server-error"; code?: number }
  | { kind: "reset" }
  | { kind: "bad-request"; description: string };

interface PlannedFault {
  method: string;
  fault: Fault;
  remaining: number;
  when?: (params: Record<string, unknown>) => boolean;
}

interface Waiter {
  offset: number;
  resolve: () => void;
}

export interface FakeTelegramOptions {
  token?: string;
  botId?: number;
  botUsername?: string;
  /** Called for every bot → Telegram request, after the response is decided. */
  onCall?: (call: ApiCall) => void;
  /** Enforce Telegram's sending limits with 429 answers (messages per second overall and per chat). */
  limits?: { perSecond: number; perChatPerSecond: number };
}

const SENDING_METHODS = new Set(["sendMessage", "sendPhoto", "sendDocument"]);

export class FakeTelegram {
  readonly token: string;
  readonly botId: number;
  readonly botUsername: string;
  readonly calls: ApiCall[] = [];
  /** Milliseconds to hold the answer of a method (a slow network, for shutdown tests). */
  readonly delays = new Map<string, number>();
  /** The most answers held back by `delays` at one time (how many handlers waited at once). */
  mostHeldAtOnce = 0;
  private held = 0;
  readonly chats = new Map<number, SentMessage[]>();
  readonly files = new Map<string, StoredFile>();
  interceptor: Interceptor | undefined;
  commands: Record<string, unknown> = {};
  webhook: { url: string; secret?: string } | undefined;
  /** How Telegram posts to a webhook: how long it waits for an answer, how it retries. */
  webhookDelivery = { timeoutMs: 10_000, retryDelayMs: 100, maxAttempts: 30 };
  /** Webhook requests that were not taken (and were retried), in order. */
  readonly webhookFailures: { update_id: number; attempt: number; reason: string }[] = [];
  private webhookMaxConnections = 40;
  private readonly webhookConnections = new Slots();
  private cutDeliveries: { remaining: number; afterMs: number; when?: (update: Record<string, unknown>) => boolean }[] = [];

  private server: Server | undefined;
  private updates: { update_id: number; [key: string]: unknown }[] = [];
  private nextUpdateId = 1;
  private nextMessageId = new Map<number, number>();
  private confirmedOffset = 0;
  private processedWaiters: Waiter[] = [];
  private pollWaiters: (() => void)[] = [];
  private messageListeners: ((message: SentMessage) => void)[] = [];
  private readonly onCall?: (call: ApiCall) => void;
  private callbackAnswers = new Map<string, { text?: string; show_alert?: boolean }>();
  private readonly limits: FakeTelegramOptions["limits"];
  private recentSends: number[] = [];
  private lastSendToChat = new Map<number, number>();
  /** How many sends were refused with 429 by the limits. */
  limited = 0;
  private faults: PlannedFault[] = [];
  /** Calls answered with a planned fault, in order. */
  readonly faulted: (ApiCall & { fault: Fault["kind"] })[] = [];

  constructor(options: FakeTelegramOptions = {}) {
    this.botId = options.botId ?? 7_000_000_001;
    this.token = options.token ?? `${this.botId}:FAKE${randomBytes(16).toString("hex")}`;
    this.botUsername = options.botUsername ?? "iom_test_bot";
    this.onCall = options.onCall;
    this.limits = options.limits;
  }
  private async hold(ms: number): Promise<void> {
    this.mostHeldAtOnce = Math.max(this.mostHeldAtOnce, ++this.held);
    await new Promise((resolve) => setTimeout(resolve, ms));
    this.held--;
  }


  /** A 429 when a send would break the limits, as Telegram answers. */
  private rateLimit(method: string, params: Record<string, unknown>): ApiError | undefined {
    if (!this.limits || !SENDING_METHODS.has(method)) return undefined;
    const now = Date.now();
    this.recentSends = this.recentSends.filter((t) => now - t < 1000);
    const chat = Number(params.chat_id);
    const last = this.lastSendToChat.get(chat);
    if (this.recentSends.length >= this.limits.perSecond || (last !== undefined && now - last < 1000 / this.limits.perChatPerSecond)) {
      this.limited++;
      return { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } };
    }
    this.recentSends.push(now);
    this.lastSendToChat.set(chat, now);
    return undefined;
  }

  get botInfo() {
    return {
      id: this.botId,
      is_bot: true as const,
      first_name: "IOM",
      username: this.botUsername,
      can_join_groups: false,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
      can_manage_bots: false,
      supports_join_request_queries: false,
    };
  }

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    return this.apiRoot;
  }

  get apiRoot(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error("the fake Telegram server is not started");
    return `http://127.0.0.1:${address.port}`;
  }

  async stop(): Promise<void> {
    for (const wake of this.pollWaiters.splice(0)) wake();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections?.();
  }

  /**
   * Makes the next `times` calls of `method` ("*" for any method but getUpdates) fail with
   * `fault`; `when` narrows it to calls with matching parameters.
   */
  fail(method: string, fault: Fault, times = 1, when?: (params: Record<string, unknown>) => boolean): void {
    this.faults.push({ method, fault, remaining: times, ...(when ? { when } : {}) });
  }

  /** Drops every planned fault that has not happened yet. */
  clearFaults(): void {
    this.faults = [];
  }

  private takeFault(method: string, params: Record<string, unknown>): Fault | undefined {
    if (method === "getUpdates") return undefined;
    const planned = this.faults.find((f) => f.remaining > 0 && (f.method === method || f.method === "*") && (!f.when || f.when(params)));
    if (!planned) return undefined;
    planned.remaining--;
    this.faults = this.faults.filter((f) => f.remaining > 0);
    return planned.fault;
  }

  // ---- users' side ----

  /**
   * Set by a harness whose bot confirms offsets before handling (the concurrent runner):
   * resolves once the bot has finished with an update.
   */
  handledHook: ((updateId: number) => Promise<void>) | undefined;

  /** Queues an update; resolves when the bot has handled it (polling: confirmed the offset; webhook: answered). */
  async pushUpdate(update: Record<string, unknown>): Promise<number> {
    const update_id = this.nextUpdateId++;
    const full = { update_id, ...update };
    if (this.webhook) {
      await this.deliverToWebhook(full);
      return update_id;
    }
    const handled = this.handledHook?.(update_id);
    this.updates.push(full);
    for (const wake of this.pollWaiters.splice(0)) wake();
    await new Promise<void>((resolve) => {
      if (this.confirmedOffset > update_id) resolve();
      else this.processedWaiters.push({ offset: update_id + 1, resolve });
    });
    await handled;
    return update_id;
  }

  /** Queues an update without waiting for it to be handled. */
  enqueueUpdate(update: Record<string, unknown>): number {
    const update_id = this.nextUpdateId++;
    this.updates.push({ update_id, ...update });
    for (const wake of this.pollWaiters.splice(0)) wake();
    return update_id;
  }

  /** Delivers a raw update again (Telegram does this after crashes and webhook retries). */
  async redeliver(update: Record<string, unknown>): Promise<void> {
    if (this.webhook) {
      await this.deliverToWebhook(update);
      return;
    }
    const id = Number(update.update_id);
    const handled = this.handledHook?.(id);
    this.updates.push(update as { update_id: number });
    this.confirmedOffset = Math.min(this.confirmedOffset, id);
    for (const wake of this.pollWaiters.splice(0)) wake();
    await new Promise<void>((resolve) => this.processedWaiters.push({ offset: id + 1, resolve }));
    await handled;
  }

  /**
   * Posts an update to the webhook as Telegram does: at most `max_connections` requests at once,
   * and again (after a pause) while the answer is not a 2xx, the connection fails, or no answer
   * comes within `webhookDelivery.timeoutMs` — the request that timed out may still be running.
   */
  private async deliverToWebhook(update: Record<string, unknown>): Promise<void> {
    const { retryDelayMs, maxAttempts } = this.webhookDelivery;
    for (let attempt = 1; ; attempt++) {
      const failure = await this.postToWebhook(update, attempt);
      if (!failure) return;
      this.webhookFailures.push({ update_id: Number(update.update_id), attempt, reason: failure });
      if (attempt >= maxAttempts) throw new Error(`the webhook did not take update ${String(update.update_id)} in ${attempt} attempts (last: ${failure})`);
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs * Math.min(attempt, 10)));
    }
  }

  /** One request to the webhook: undefined when it was taken, else why not. Only a first attempt is cut short. */
  private async postToWebhook(update: Record<string, unknown>, attempt: number): Promise<string | undefined> {
    const webhook = this.webhook;
    if (!webhook) return "no webhook";
    await this.webhookConnections.acquire(this.webhookMaxConnections);
    const cut = attempt === 1 ? this.cutDeliveries.find((c) => c.remaining > 0 && (!c.when || c.when(update))) : undefined;
    if (cut) cut.remaining--;
    const timeout = AbortSignal.timeout(cut?.afterMs ?? this.webhookDelivery.timeoutMs);
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (webhook.secret) headers["x-telegram-bot-api-secret-token"] = webhook.secret;
    try {
      const response = await fetch(webhook.url, { method: "POST", headers, body: JSON.stringify(update), signal: timeout });
      await response.arrayBuffer();
      return response.ok ? undefined : `status ${response.status}`;
    } catch (error) {
      return timeout.aborted ? "timeout" : `network: ${(error as Error).message}`;
    } finally {
      this.webhookConnections.release();
    }
  }

  /** Makes the first request of the next `times` updates (matching `when`) give up waiting after `afterMs`, as on a slow network. */
  cutWebhookRequests(times: number, afterMs: number, when?: (update: Record<string, unknown>) => boolean): void {
    this.cutDeliveries.push({ remaining: times, afterMs, ...(when ? { when } : {}) });
  }

  messages(chatId: number): SentMessage[] {
    return (this.chats.get(chatId) ?? []).filter((m) => !m.deleted);
  }

  lastMessage(chatId: number): SentMessage | undefined {
    return this.messages(chatId).at(-1);
  }

  onMessage(listener: (message: SentMessage) => void): void {
    this.messageListeners.push(listener);
  }

  callbackAnswer(callbackQueryId: string) {
    return this.callbackAnswers.get(callbackQueryId);
  }

  storeFile(bytes: Buffer, fileName?: string, mimeType?: string): StoredFile {
    const id = randomBytes(12).toString("hex");
    const file: StoredFile = { file_id: `F${id}`, file_unique_id: `U${id}`, bytes, ...(fileName ? { file_name: fileName } : {}), ...(mimeType ? { mime_type: mimeType } : {}) };
    this.files.set(file.file_id, file);
    return file;
  }

  // ---- the Bot API ----

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    // An API root of the form <root>/via/<name> tells which of several bot processes is calling.
    const via = /^\/via\/([\w-]+)(?=\/)/.exec(url.pathname)?.[1];
    const path = via === undefined ? url.pathname : url.pathname.slice(`/via/${via}`.length);
    const fileMatch = /^\/file\/bot([^/]+)\/(.+)$/.exec(path);
    if (fileMatch) return this.serveFile(fileMatch[1]!, fileMatch[2]!, res);
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(path);
    if (!match) return this.reply(res, { ok: false, error_code: 404, description: "Not Found" });
    if (match[1] !== this.token) return this.reply(res, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = match[2]!;
    let params: Record<string, unknown>;
    try {
      params = await this.readParams(req, url);
    } catch (error) {
      return this.reply(res, { ok: false, error_code: 400, description: `Bad Request: ${(error as Error).message}` });
    }
    const call: ApiCall = { method, params, at: Date.now(), ...(via === undefined ? {} : { via }) };
    const fault = this.takeFault(method, params);
    if (fault) {
      this.faulted.push({ ...call, fault: fault.kind });
      return this.answerWithFault(fault, req, res);
    }
    const intercepted = method === "getUpdates" ? undefined : (this.interceptor?.(method, params) ?? this.rateLimit(method, params));
    if (intercepted) {
      this.calls.push(call);
      this.onCall?.(call);
      return this.reply(res, { ok: false, ...intercepted });
    }
    if (method !== "getUpdates") {
      this.calls.push(call);
      this.onCall?.(call);
    }
    const delay = this.delays.get(method);
    if (delay) await this.hold(delay);
    try {
      const result = await this.dispatch(method, params, req);
      this.reply(res, { ok: true, result });
    } catch (error) {
      const apiError = error as Partial<ApiError>;
      this.reply(res, { ok: false, error_code: apiError.error_code ?? 400, description: apiError.description ?? String(error) });
    }
  }

  private answerWithFault(fault: Fault, req: IncomingMessage, res: ServerResponse): void {
    switch (fault.kind) {
      case "reset":
        req.socket.destroy();
        return;
      case "retry-after":
        return this.reply(res, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${fault.seconds}`, parameters: { retry_after: fault.seconds } });
      case "server-error":
        return this.reply(res, { ok: false, error_code: fault.code ?? 502, description: "Bad Gateway" }, fault.code ?? 502);
      case "bad-request":
        return this.reply(res, { ok: false, error_code: 400, description: fault.description }, 400);
    }
  }

  private reply(res: ServerResponse, body: unknown, status = 200): void {
    if (res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  }

  private serveFile(token: string, path: string, res: ServerResponse): void {
    const file = token === this.token ? this.files.get(decodeURIComponent(path)) : undefined;
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": file.mime_type ?? "application/octet-stream" });
    res.end(file.bytes);
  }

  private async readParams(req: IncomingMessage, url: URL): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const type = req.headers["content-type"] ?? "";
    const params: Record<string, unknown> = Object.fromEntries(url.searchParams.entries());
    if (body.length === 0) return params;
    if (type.includes("application/json")) return { ...params, ...JSON.parse(body.toString("utf8")) };
    if (type.includes("multipart/form-data")) {
      const form = parseMultipart(body, type);
      const files = new Map<string, StoredFile>();
      for (const [key, value] of form) {
        if (typeof value === "string") continue;
        files.set(key, this.storeFile(value.bytes, value.name, value.type));
      }
      for (const [key, value] of form) {
        if (typeof value !== "string") continue;
        const attach = /^attach:\/\/(.+)$/.exec(value);
        if (attach) params[key] = files.get(attach[1]!);
        else params[key] = tryJson(value);
      }
      for (const [key, file] of files) if (!(key in params) && !Object.values(params).includes(file)) params[key] = file;
      return params;
    }
    if (type.includes("application/x-www-form-urlencoded")) {
      for (const [k, v] of new URLSearchParams(body.toString("utf8"))) params[k] = tryJson(v);
      return params;
    }
    return params;
  }

  private async dispatch(method: string, p: Record<string, unknown>, req: IncomingMessage): Promise<unknown> {
    switch (method) {
      case "getMe":
        return this.botInfo;
      case "getUpdates":
        return this.getUpdates(p, req);
      case "deleteWebhook":
        this.webhook = undefined;
        return true;
      case "setWebhook":
        this.webhook = { url: String(p.url), ...(p.secret_token ? { secret: String(p.secret_token) } : {}) };
        this.webhookMaxConnections = Number(p.max_connections ?? 40);
        return true;
      case "getWebhookInfo":
        return { url: this.webhook?.url ?? "", has_custom_certificate: false, pending_update_count: this.updates.length };
      case "setMyCommands":
        this.commands[String(p.language_code ?? "")] = p.commands;
        return true;
      case "getMyCommands":
        return this.commands[String(p.language_code ?? "")] ?? [];
      case "setMyDescription":
      case "setMyShortDescription":
      case "setChatMenuButton":
      case "sendChatAction":
        return true;
      case "sendMessage":
        return this.addMessage(p, { text: String(p.text ?? "") });
      case "sendPhoto":
        return this.addMessage(p, { photo: this.fileParam(p.photo), ...(p.caption ? { caption: String(p.caption) } : {}) });
      case "sendDocument":
        return this.addMessage(p, { document: this.fileParam(p.document), ...(p.caption ? { caption: String(p.caption) } : {}) });
      case "editMessageText":
        if (String(p.text ?? "").length > 4096) throw { error_code: 400, description: "Bad Request: MESSAGE_TOO_LONG" };
        return this.edit(p, (m) => {
          m.text = String(p.text ?? "");
          m.reply_markup = p.reply_markup as SentMessage["reply_markup"];
        });
      case "editMessageReplyMarkup":
        return this.edit(p, (m) => {
          m.reply_markup = p.reply_markup as SentMessage["reply_markup"];
        });
      case "editMessageCaption":
        return this.edit(p, (m) => {
          m.caption = String(p.caption ?? "");
          m.reply_markup = p.reply_markup as SentMessage["reply_markup"];
        });
      case "deleteMessage": {
        const message = this.find(Number(p.chat_id), Number(p.message_id));
        message.deleted = true;
        return true;
      }
      case "answerCallbackQuery":
        this.callbackAnswers.set(String(p.callback_query_id), {
          ...(p.text ? { text: String(p.text) } : {}),
          ...(p.show_alert ? { show_alert: Boolean(p.show_alert) } : {}),
        });
        return true;
      case "getFile": {
        const file = this.files.get(String(p.file_id));
        if (!file) throw { error_code: 400, description: "Bad Request: invalid file_id" };
        return { file_id: file.file_id, file_unique_id: file.file_unique_id, file_size: file.bytes.length, file_path: file.file_id };
      }
      default:
        throw { error_code: 404, description: `Not Found: method ${method} is not supported by the stand-in` };
    }
  }

  private fileParam(value: unknown): StoredFile {
    if (value && typeof value === "object" && "bytes" in value) return value as StoredFile;
    const existing = this.files.get(String(value));
    if (existing) return existing;
    throw { error_code: 400, description: "Bad Request: wrong file identifier" };
  }

  private async getUpdates(p: Record<string, unknown>, req: IncomingMessage) {
    const offset = Number(p.offset ?? 0);
    if (offset > this.confirmedOffset) this.confirm(offset);
    const timeoutMs = Math.min(Number(p.timeout ?? 0), 50) * 1000;
    const pending = () => this.updates.filter((u) => u.update_id >= offset);
    if (pending().length === 0 && timeoutMs > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        this.pollWaiters.push(wake);
        req.once("close", wake);
      });
    }
    const limit = Number(p.limit ?? 100);
    return pending().slice(0, limit);
  }

  private confirm(offset: number): void {
    this.confirmedOffset = offset;
    this.updates = this.updates.filter((u) => u.update_id >= offset);
    const ready = this.processedWaiters.filter((w) => w.offset <= offset);
    this.processedWaiters = this.processedWaiters.filter((w) => w.offset > offset);
    for (const waiter of ready) waiter.resolve();
  }

  private addMessage(p: Record<string, unknown>, content: Partial<SentMessage>): unknown {
    const chatId = Number(p.chat_id);
    if (!Number.isFinite(chatId)) throw { error_code: 400, description: "Bad Request: chat not found" };
    if (content.text !== undefined && content.text.length === 0) throw { error_code: 400, description: "Bad Request: message text is empty" };
    if (content.text !== undefined && content.text.length > 4096) throw { error_code: 400, description: "Bad Request: message is too long" };
    const markup = p.reply_markup as SentMessage["reply_markup"];
    for (const row of markup?.inline_keyboard ?? []) {
      for (const button of row) {
        if (button.callback_data !== undefined && Buffer.byteLength(button.callback_data) > 64) {
          throw { error_code: 400, description: "Bad Request: BUTTON_DATA_INVALID" };
        }
      }
    }
    const messageId = (this.nextMessageId.get(chatId) ?? 0) + 1;
    this.nextMessageId.set(chatId, messageId);
    const message: SentMessage = {
      message_id: messageId,
      chat_id: chatId,
      edited: 0,
      deleted: false,
      date: Math.floor(Date.now() / 1000),
      ...content,
      ...(markup ? { reply_markup: markup } : {}),
      ...(p.parse_mode ? { parse_mode: String(p.parse_mode) } : {}),
    };
    const list = this.chats.get(chatId) ?? [];
    list.push(message);
    this.chats.set(chatId, list);
    for (const listener of this.messageListeners) listener(message);
    return this.toTelegramMessage(message);
  }

  private find(chatId: number, messageId: number): SentMessage {
    const message = this.chats.get(chatId)?.find((m) => m.message_id === messageId && !m.deleted);
    if (!message) throw { error_code: 400, description: "Bad Request: message to edit not found" };
    return message;
  }

  private edit(p: Record<string, unknown>, change: (message: SentMessage) => void): unknown {
    const message = this.find(Number(p.chat_id), Number(p.message_id));
    // No keyboard and an empty one look the same: removing nothing is "not modified", as Telegram says.
    const looks = () => JSON.stringify([message.text, message.caption, message.reply_markup?.inline_keyboard?.flat().length ? message.reply_markup : undefined]);
    const before = looks();
    change(message);
    if (looks() === before) {
      throw { error_code: 400, description: "Bad Request: message is not modified" };
    }
    message.edited += 1;
    for (const listener of this.messageListeners) listener(message);
    return this.toTelegramMessage(message);
  }

  private toTelegramMessage(message: SentMessage) {
    const chat = { id: message.chat_id, type: "private" as const, first_name: "User" };
    const photo = message.photo
      ? [{ file_id: message.photo.file_id, file_unique_id: message.photo.file_unique_id, width: 800, height: 600, file_size: message.photo.bytes.length }]
      : undefined;
    const document = message.document
      ? {
          file_id: message.document.file_id,
          file_unique_id: message.document.file_unique_id,
          file_name: message.document.file_name,
          mime_type: message.document.mime_type,
          file_size: message.document.bytes.length,
        }
      : undefined;
    return {
      message_id: message.message_id,
      date: message.date,
      chat,
      from: this.botInfo,
      ...(message.text !== undefined ? { text: message.text } : {}),
      ...(message.caption !== undefined ? { caption: message.caption } : {}),
      ...(photo ? { photo } : {}),
      ...(document ? { document } : {}),
      ...(message.reply_markup ? { reply_markup: message.reply_markup } : {}),
    };
  }
}

function tryJson(value: string): unknown {
  if (!/^[[{]/.test(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

type FormValue = string | { bytes: Buffer; name?: string; type?: string };

/** A plain multipart/form-data reader (undici's refuses some bodies grammY streams). */
function parseMultipart(body: Buffer, contentType: string): [string, FormValue][] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) throw new Error("multipart without a boundary");
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const entries: [string, FormValue][] = [];
  let position = body.indexOf(delimiter);
  while (position !== -1) {
    const start = position + delimiter.length;
    if (body.subarray(start, start + 2).toString() === "--") break;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const part = body.subarray(start + 2, next - 2); // skip the CRLF after the delimiter and before the next
    const headerEnd = part.indexOf("\r\n\r\n");
    const headers = part.subarray(0, headerEnd).toString("utf8");
    const content = part.subarray(headerEnd + 4);
    const name = /(?:^|;)\s*name="([^"]*)"/i.exec(headers)?.[1] ?? "";
    const fileNameMatch = /filename=(?:"([^"]*)"|([^;\r\n]*))/i.exec(headers);
    const fileName = fileNameMatch ? (fileNameMatch[1] ?? fileNameMatch[2] ?? "").trim() : undefined;
    const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim();
    if (fileName !== undefined) entries.push([name, { bytes: Buffer.from(content), name: fileName, ...(type ? { type } : {}) }]);
    else entries.push([name, content.toString("utf8")]);
    position = next;
  }
  return entries;
}

/** A counting semaphore: at most `limit` holders at once, the others wait in line. */
class Slots {
  private held = 0;
  private readonly waiting: (() => void)[] = [];

  async acquire(limit: number): Promise<void> {
    if (this.held < limit) {
      this.held++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Hands the slot to the next in line, or frees it. */
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.held--;
  }
}

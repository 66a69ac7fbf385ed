// A person in the stand-in: sends messages, commands and files, presses inline buttons,
// and reads what the bot answered.
import type { FakeTelegram, InlineButton, SentMessage } from "./fake-telegram.js";

export interface UserProfile {
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export interface Exchange {
  /** Messages the bot sent to this chat while handling the update. */
  replies: SentMessage[];
  /** Messages of this chat the bot edited while handling the update. */
  edits: SentMessage[];
  /** The bot's answer to a pressed button (toast text), if any. */
  answer?: { text?: string; show_alert?: boolean };
  updateId: number;
}

let callbackCounter = 0;

export class TelegramUser {
  constructor(
    readonly tg: FakeTelegram,
    readonly id: number,
    readonly profile: UserProfile = { first_name: "Anna", language_code: "ru" },
  ) {}

  get chatId(): number {
    return this.id;
  }

  private get from() {
    return { id: this.id, is_bot: false, ...this.profile };
  }

  private get chat() {
    return { id: this.id, type: "private" as const, first_name: this.profile.first_name };
  }

  private messageBase() {
    return { message_id: Math.floor(Math.random() * 1e9), date: Math.floor(Date.now() / 1000), chat: this.chat, from: this.from };
  }

  /** Builds the raw update for a text message (for redelivery tests). */
  textUpdate(text: string): Record<string, unknown> {
    const entities = text.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]!.length }] : undefined;
    return { message: { ...this.messageBase(), text, ...(entities ? { entities } : {}) } };
  }

  async send(text: string): Promise<Exchange> {
    return this.exchange(this.textUpdate(text));
  }

  async command(name: string, payload?: string): Promise<Exchange> {
    return this.send(payload ? `/${name} ${payload}` : `/${name}`);
  }

  async sendPhoto(bytes: Buffer = Buffer.from("fake-jpeg"), caption?: string): Promise<Exchange> {
    const file = this.tg.storeFile(bytes, undefined, "image/jpeg");
    const photo = [{ file_id: file.file_id, file_unique_id: file.file_unique_id, width: 1280, height: 960, file_size: bytes.length }];
    return this.exchange({ message: { ...this.messageBase(), photo, ...(caption ? { caption } : {}) } });
  }

  async sendDocument(bytes: Buffer, fileName: string, mimeType = "application/octet-stream", caption?: string): Promise<Exchange> {
    const file = this.tg.storeFile(bytes, fileName, mimeType);
    const document = { file_id: file.file_id, file_unique_id: file.file_unique_id, file_name: fileName, mime_type: mimeType, file_size: bytes.length };
    return this.exchange({ message: { ...this.messageBase(), document, ...(caption ? { caption } : {}) } });
  }

  /** Presses the newest button whose text matches (a string matches when the text contains it). */
  async press(label: string | RegExp, options: { messageId?: number } = {}): Promise<Exchange> {
    const found = this.findButton(label, options.messageId);
    if (!found) throw new Error(`no button ${String(label)} in chat ${this.id}; buttons: ${this.buttons().map((b) => b.text).join(" | ")}`);
    return this.pressData(found.button.callback_data!, found.message);
  }

  /** Sends a callback query with arbitrary data, as a forged or stale client would. */
  async pressData(data: string, message: SentMessage | undefined = this.tg.lastMessage(this.id)): Promise<Exchange> {
    const id = `cb${++callbackCounter}`;
    const update = {
      callback_query: {
        id,
        from: this.from,
        chat_instance: String(this.id),
        data,
        ...(message
          ? {
              message: {
                message_id: message.message_id,
                date: message.date,
                chat: this.chat,
                from: this.tg.botInfo,
                ...(message.text !== undefined ? { text: message.text } : {}),
                ...(message.reply_markup ? { reply_markup: message.reply_markup } : {}),
              },
            }
          : {}),
      },
    };
    const exchange = await this.exchange(update);
    const answer = this.tg.callbackAnswer(id);
    return answer ? { ...exchange, answer } : exchange;
  }

  private async exchange(update: Record<string, unknown>): Promise<Exchange> {
    const before = this.tg.chats.get(this.id)?.length ?? 0;
    const editsBefore = new Map((this.tg.chats.get(this.id) ?? []).map((m) => [m.message_id, m.edited]));
    const updateId = await this.tg.pushUpdate(update);
    const all = this.tg.chats.get(this.id) ?? [];
    const replies = all.slice(before).filter((m) => !m.deleted);
    const edits = all.slice(0, before).filter((m) => m.edited !== editsBefore.get(m.message_id));
    return { replies, edits, updateId };
  }

  messages(): SentMessage[] {
    return this.tg.messages(this.id);
  }

  last(): SentMessage | undefined {
    return this.tg.lastMessage(this.id);
  }

  lastText(): string {
    const last = this.last();
    return last?.text ?? last?.caption ?? "";
  }

  buttons(messageId?: number): InlineButton[] {
    const message = messageId ? this.messages().find((m) => m.message_id === messageId) : [...this.messages()].reverse().find((m) => m.reply_markup?.inline_keyboard);
    return message?.reply_markup?.inline_keyboard?.flat() ?? [];
  }

  private findButton(label: string | RegExp, messageId?: number): { button: InlineButton; message: SentMessage } | undefined {
    const matches = (text: string) => (typeof label === "string" ? text.includes(label) : label.test(text));
    const candidates = [...this.messages()].reverse().filter((m) => messageId === undefined || m.message_id === messageId);
    for (const message of candidates) {
      const button = message.reply_markup?.inline_keyboard?.flat().find((b) => b.callback_data !== undefined && matches(b.text));
      if (button) return { button, message };
    }
    return undefined;
  }
}

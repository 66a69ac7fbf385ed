// The HTTP requests grammY's client makes to Telegram, against a local server: what is sent,
// what comes back (plain or compressed), uploads as streams, and the failures grammY must see.
import { afterEach, describe, expect, it } from "vitest";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { Api, InputFile } from "grammy";
import { telegramClient, telegramFetch } from "../../src/bot/telegram-fetch.js";

interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

let server: http.Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** A server that records each request and answers as `answer` says. */
async function serve(answer: (request: Received, response: http.ServerResponse) => void): Promise<{ root: string; received: Received[] }> {
  const received: Received[] = [];
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const entry = { method: request.method ?? "", url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks) };
      received.push(entry);
      answer(entry, response);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { root: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, received };
}

const json = (response: http.ServerResponse, value: unknown) => response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(value));

describe("requests to Telegram", () => {
  it("posts JSON with its length and reads the JSON answer", async () => {
    const { root, received } = await serve((_request, response) => json(response, { ok: true, result: { message_id: 7 } }));
    const body = JSON.stringify({ chat_id: 1, text: "Привет" });
    const response = await telegramFetch(`${root}/botTOKEN/sendMessage`, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(await response.json()).toEqual({ ok: true, result: { message_id: 7 } });
    expect(received[0]).toMatchObject({ method: "POST", url: "/botTOKEN/sendMessage" });
    expect(received[0]!.headers["content-length"]).toBe(String(Buffer.byteLength(body)));
    expect(JSON.parse(received[0]!.body.toString("utf8"))).toEqual({ chat_id: 1, text: "Привет" });
  });

  it("asks for a compressed answer and reads it", async () => {
    const { root, received } = await serve((_request, response) =>
      response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" }).end(gzipSync(JSON.stringify({ ok: true, result: "сжато" }))),
    );
    const response = await telegramFetch(`${root}/botTOKEN/getMe`, { method: "POST", body: "{}" });
    expect(await response.json()).toEqual({ ok: true, result: "сжато" });
    expect(received[0]!.headers["accept-encoding"]).toBe("gzip");
  });

  it("sends a stream (an upload) whole", async () => {
    const { root, received } = await serve((_request, response) => json(response, { ok: true, result: true }));
    const parts = ["--b\r\n", "x".repeat(100_000), "\r\n--b--\r\n"];
    await telegramFetch(`${root}/botTOKEN/sendDocument`, { method: "POST", body: Readable.from(parts) });
    expect(received[0]!.body.toString("utf8")).toBe(parts.join(""));
  });

  it("an answer that is not JSON fails when read, as grammY expects", async () => {
    const { root } = await serve((_request, response) => response.writeHead(502).end("<html>Bad Gateway</html>"));
    const response = await telegramFetch(`${root}/botTOKEN/getMe`, { method: "POST", body: "{}" });
    expect(response.status).toBe(502);
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it("a connection reset fails the request", async () => {
    const { root } = await serve(() => server!.closeAllConnections());
    await expect(telegramFetch(`${root}/botTOKEN/getMe`, { method: "POST", body: "{}" })).rejects.toThrow();
  });

  it("an abort ends a waiting request, and one aborted before it starts is not sent", async () => {
    const { root, received } = await serve(() => undefined); // never answers, as a long poll
    const controller = new AbortController();
    const waiting = telegramFetch(`${root}/botTOKEN/getUpdates`, { method: "POST", body: "{}", signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: "AbortError" });
    await expect(telegramFetch(`${root}/botTOKEN/getMe`, { method: "POST", body: "{}", signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(received.map((r) => r.url)).toEqual(["/botTOKEN/getUpdates"]);
  });

  it("serves grammY's client: a call with its result, a refusal as Telegram's error, a file as multipart", async () => {
    const { root, received } = await serve((request, response) => {
      if (request.url.endsWith("/sendMessage")) return json(response, { ok: false, error_code: 400, description: "Bad Request: chat not found" });
      if (request.url.endsWith("/sendDocument")) return json(response, { ok: true, result: { message_id: 3, date: 0, chat: { id: 1, type: "private" } } });
      return json(response, { ok: true, result: { id: 1, is_bot: true, first_name: "Bot", username: "bot" } });
    });
    const api = new Api("TOKEN", telegramClient(root));
    expect(await api.getMe()).toMatchObject({ username: "bot" });
    await expect(api.sendMessage(1, "hi")).rejects.toMatchObject({ error_code: 400, description: "Bad Request: chat not found" });
    const sent = await api.sendDocument(1, new InputFile(Buffer.from("содержимое файла"), "ИОМ.docx"));
    expect(sent.message_id).toBe(3);
    const upload = received.find((r) => r.url.endsWith("/sendDocument"))!;
    expect(upload.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(upload.body.toString("utf8")).toContain("содержимое файла");
  });
});

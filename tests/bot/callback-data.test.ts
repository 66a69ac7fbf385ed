// Typed buttons: what a screen packs, its handler unpacks; the wire stays what chats already hold;
// a button of another layout version is recognised as stale; anything malformed is refused.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { action, callbackCodec, idPart } from "../../src/bot/callback-data/codec.js";
import { documentButtons, livingButtons, routeButtons } from "../../src/bot/callback-data/buttons.js";

describe("callback codecs", () => {
  it("packs to the wire format buttons in chats already carry, and unpacks typed values", () => {
    expect(livingButtons.pack("markDone", 12, 345)).toBe("lv:done:12:345");
    expect(livingButtons.unpack("lv:done:12:345")).toEqual({ action: "markDone", values: [12, 345] });
    expect(documentButtons.pack("routeDocument", 7)).toBe("doc:7");
    expect(documentButtons.unpack("doc:7")).toEqual({ action: "routeDocument", values: [7] });
    expect(routeButtons.unpack("rd:cat:3:1:2")).toEqual({ action: "catalogPage", values: [3, 1, 2] });
  });

  it("refuses malformed data and recognises another layout version as stale", () => {
    for (const data of ["lv:done:12", "lv:done:x:1", "lv:nope:1", "lv:done:-1:2", "lvx:done:1:2", undefined, ""]) expect(livingButtons.unpack(data), String(data)).toBeUndefined();
    expect(livingButtons.unpack("lv2:done:12:345")).toBe("stale");
    const next = callbackCodec("lv", { markDone: action("done", idPart, idPart) }, 2);
    expect(next.pack("markDone", 1, 2)).toBe("lv2:done:1:2");
    expect(next.unpack("lv:done:1:2")).toBe("stale");
    expect(livingButtons.filter.test("lv2:done:1:2")).toBe(true);
    expect(livingButtons.filter.test("lvx:done:1:2")).toBe(false);
  });

  it("never makes a button over Telegram's 64 bytes", () => {
    const wordy = callbackCodec("wordy", { say: action("say", z.string()) });
    expect(() => wordy.pack("say", "я".repeat(40))).toThrow(RangeError);
    expect(Buffer.byteLength(routeButtons.pack("pickResource", 2 ** 31 - 1, 9, 2 ** 31 - 1))).toBeLessThanOrEqual(64);
  });
});

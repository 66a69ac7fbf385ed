import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  daysBetween,
  endOfLocalDay,
  formatDate,
  isLocalDate,
  localDateOf,
  monthsBetween,
  parseUserDate,
  zonedInstant,
} from "../../src/domain/time.js";

describe("calendar arithmetic", () => {
  it("adds days across month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
  });

  it("adds months clamping to the last day of shorter months", () => {
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-10-15", 3)).toBe("2027-01-15");
    expect(addMonths("2027-01-15", -3)).toBe("2026-10-15");
  });

  it("counts days and whole months", () => {
    expect(daysBetween("2028-02-01", "2028-03-01")).toBe(29);
    expect(monthsBetween("2026-09-01", "2027-03-01")).toBe(6);
    expect(monthsBetween("2026-09-02", "2027-03-01")).toBe(5);
    expect(monthsBetween("2026-08-31", "2027-02-28")).toBe(6);
  });

  it("validates ISO dates including leap days", () => {
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(isLocalDate("2027-02-29")).toBe(false);
    expect(isLocalDate("2027-13-01")).toBe(false);
    expect(isLocalDate("27-01-01")).toBe(false);
  });
});

describe("time zones", () => {
  it("finds the local date of an instant", () => {
    // 20:30 UTC on 31 Dec is already 1 Jan in Krasnoyarsk (UTC+7).
    expect(localDateOf(new Date("2026-12-31T20:30:00Z"), "Asia/Krasnoyarsk")).toBe("2027-01-01");
    expect(localDateOf(new Date("2026-12-31T20:30:00Z"), "Europe/Moscow")).toBe("2026-12-31");
  });

  it("turns a wall-clock time into an instant, also across DST", () => {
    expect(zonedInstant("2027-03-15", 10, 0, "Asia/Krasnoyarsk").toISOString()).toBe("2027-03-15T03:00:00.000Z");
    expect(zonedInstant("2027-03-15", 10, 0, "Europe/Kaliningrad").toISOString()).toBe("2027-03-15T08:00:00.000Z");
    // Berlin switches to summer time on 28 March 2027.
    expect(zonedInstant("2027-03-27", 10, 0, "Europe/Berlin").toISOString()).toBe("2027-03-27T09:00:00.000Z");
    expect(zonedInstant("2027-03-29", 10, 0, "Europe/Berlin").toISOString()).toBe("2027-03-29T08:00:00.000Z");
  });

  it("ends a local day at the next local midnight", () => {
    expect(endOfLocalDay("2027-02-28", "Asia/Vladivostok").toISOString()).toBe("2027-02-28T14:00:00.000Z");
  });
});

describe("dates typed by people", () => {
  const today = "2026-11-25";
  it("accepts full and short forms", () => {
    expect(parseUserDate("15.03.2027", today)).toBe("2027-03-15");
    expect(parseUserDate(" 15.03.27 ", today)).toBe("2027-03-15");
    expect(parseUserDate("15/03/2027", today)).toBe("2027-03-15");
    expect(parseUserDate("2027-03-15", today)).toBe("2027-03-15");
    expect(parseUserDate("1.9.2027", today)).toBe("2027-09-01");
  });

  it("reads day.month as the nearest such day from today", () => {
    expect(parseUserDate("15.03", today)).toBe("2027-03-15");
    expect(parseUserDate("25.11", today)).toBe("2026-11-25");
    expect(parseUserDate("01.12", today)).toBe("2026-12-01");
    expect(parseUserDate("29.02", today)).toBe("2028-02-29");
  });

  it("refuses anything else", () => {
    for (const bad of ["", "завтра", "31.02.2027", "15.13", "32.01", "15 марта", "2027/03/15x", "15.03.202"]) {
      expect(parseUserDate(bad, today), bad).toBeUndefined();
    }
  });

  it("formats dates the Russian way", () => {
    expect(formatDate("2027-03-05")).toBe("05.03.2027");
  });
});

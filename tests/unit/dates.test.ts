import fc from "fast-check";
import { DateTime, IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { eventEndExclusive, eventTime, frenchDate, frenchDateRange, isoDateTime, PARIS, parseContentDate } from "../../lib/dates.ts";

describe("parseContentDate", () => {
  it("reads a date with an offset and shows it in Europe/Paris", () => {
    const d = parseContentDate("2022-10-25 16:46:00 +02:00")!;
    expect(isoDateTime(d)).toBe("2022-10-25T16:46:00+02:00");
    expect(frenchDate(d.value)).toBe("25 octobre 2022");
  });

  it("converts UTC to Paris time, summer and winter", () => {
    expect(isoDateTime(parseContentDate("2022-10-25T14:46:00Z")!)).toBe("2022-10-25T16:46:00+02:00");
    expect(isoDateTime(parseContentDate("2023-01-10 09:00:00 Z")!)).toBe("2023-01-10T10:00:00+01:00");
  });

  it("keeps a date without time as a day", () => {
    const d = parseContentDate("2018-07-02")!;
    expect(d.dateOnly).toBe(true);
    expect(isoDateTime(d)).toBe("2018-07-02");
    expect(frenchDate(d.value)).toBe("2 juillet 2018");
  });

  it("writes the first of the month as 1er", () => {
    expect(frenchDate(parseContentDate("2022-12-01")!.value)).toBe("1er décembre 2022");
  });

  it("names the months as Intl does in French, on the day of Paris (not of UTC)", () => {
    for (let month = 1; month <= 12; month++) {
      const date = DateTime.fromObject({ year: 2024, month, day: 15 }, { zone: PARIS });
      expect(frenchDate(date)).toBe(`15 ${date.setLocale("fr").toFormat("LLLL yyyy")}`);
    }
    expect(frenchDate(DateTime.fromISO("2024-12-31T23:30:00Z"))).toBe("1er janvier 2025");
  });

  it("rejects impossible dates", () => {
    expect(parseContentDate("0007-08-31 23:09:21 +00:09")).toBeNull();
    expect(parseContentDate("2022-13-45")).toBeNull();
    expect(parseContentDate("demain")).toBeNull();
    expect(parseContentDate(42)).toBeNull();
  });
});

describe("event dates in French", () => {
  const range = (start: string, end?: string) => frenchDateRange(eventTime(parseContentDate(start)!, end ? parseContentDate(end) : undefined));

  it("writes whole-day ranges as people write them", () => {
    expect(range("2022-12-01", "2022-12-15")).toBe("du 1er au 15 décembre 2022");
    expect(range("2022-11-30", "2022-12-02")).toBe("du 30 novembre au 2 décembre 2022");
    expect(range("2022-12-30", "2023-01-02")).toBe("du 30 décembre 2022 au 2 janvier 2023");
    expect(range("2026-11-26", "2026-11-26")).toBe("le 26 novembre 2026");
    expect(range("2026-12-01")).toBe("le 1er décembre 2026");
  });

  it("writes times in French typography, in Paris time", () => {
    expect(range("2024-10-08 09:00:00 +02:00", "2024-10-08 12:00:00 +02:00")).toBe("le 8 octobre 2024 de 9 h à 12 h");
    expect(range("2024-10-08 09:00:00 +02:00")).toBe("le 8 octobre 2024 à 9 h");
    expect(range("2024-10-08T07:30:00Z", "2024-10-08T10:45:00Z")).toBe("le 8 octobre 2024 de 9 h 30 à 12 h 45");
    expect(range("2019-06-13 09:30:00 +02:00", "2019-06-14 19:00:00 +02:00")).toBe("du 13 juin à 9 h 30 au 14 juin 2019 à 19 h");
  });

  it("reads midnight as a whole day, as the old CMS wrote it", () => {
    const time = eventTime(parseContentDate("2019-04-24 00:00:00 +02:00")!);
    expect(time.allDay).toBe(true);
    expect(frenchDateRange(time)).toBe("le 24 avril 2019");
  });

  it("drops an end that is not after the start", () => {
    expect(range("2024-10-08 09:00:00 +02:00", "2024-10-08 08:00:00 +02:00")).toBe("le 8 octobre 2024 à 9 h");
    expect(range("2022-12-15", "2022-12-01")).toBe("le 15 décembre 2022");
  });

  it("ends an all-day event at the start of the next day, across the clock change", () => {
    const time = eventTime(parseContentDate("2026-10-24")!, parseContentDate("2026-10-25"));
    expect(eventEndExclusive(time).toISO()).toBe("2026-10-26T00:00:00.000+01:00");
    const timed = eventTime(parseContentDate("2024-10-08 09:00:00 +02:00")!, parseContentDate("2024-10-08 12:00:00 +02:00"));
    expect(eventEndExclusive(timed).toISO()).toBe("2024-10-08T12:00:00.000+02:00");
  });
});

describe("parseContentDate, the forms of real files", () => {
  it("reads offsets written with or without a space, and without seconds", () => {
    expect(isoDateTime(parseContentDate("2022-10-25 16:46:00 +02:00")!)).toBe("2022-10-25T16:46:00+02:00");
    expect(isoDateTime(parseContentDate("2022-10-25 16:46:00+0200")!)).toBe("2022-10-25T16:46:00+02:00");
    expect(isoDateTime(parseContentDate("2022-10-25 16:46 +02:00")!)).toBe("2022-10-25T16:46:00+02:00");
    expect(isoDateTime(parseContentDate("2022-10-25 16:46:00")!)).toBe("2022-10-25T16:46:00+02:00");
  });

  it("gives the same answer when asked twice (parsed once)", () => {
    expect(parseContentDate("2023-03-01 09:00:00 +01:00")).toBe(parseContentDate("2023-03-01 09:00:00 +01:00"));
    expect(parseContentDate("0007-08-31 23:09:21 +00:09")).toBeNull();
  });
});

describe("the Europe/Paris zone given to luxon", () => {
  it("has the offsets of the IANA zone at every instant, around each change of time too", () => {
    const iana = IANAZone.create("Europe/Paris");
    const changes = ["2024-03-31T01:00:00Z", "2024-10-27T01:00:00Z", "1996-10-27T01:00:00Z", "2038-03-28T01:00:00Z"].map((iso) => Date.parse(iso));
    for (const change of changes) {
      for (const delta of [-3_600_001, -1, 0, 1, 59_999, 3_599_999, 3_600_000]) expect(PARIS.offset(change + delta)).toBe(iana.offset(change + delta));
    }
    fc.assert(fc.property(fc.integer({ min: -2_208_988_800_000, max: 4_102_444_800_000 }), (ts) => PARIS.offset(ts) === iana.offset(ts)));
    expect(DateTime.fromISO("2024-10-27T02:30:00+01:00", { zone: PARIS }).toISO()).toBe("2024-10-27T02:30:00.000+01:00");
  });

  it("agrees with the IANA zone every day and around each change of time, in the years it computes itself (1996–2099) and either side", () => {
    const iana = IANAZone.create("Europe/Paris");
    const disagreements: string[] = [];
    for (let year = 1995; year <= 2100; year++) {
      const instants: number[] = [Date.UTC(year, 0, 1) - 1];
      // A noon each day; the changes fall on whole UTC hours of the last Sunday: each hour of the last
      // eight days of March and October, a millisecond either side.
      for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 24 * 3_600_000) instants.push(day + 12 * 3_600_000);
      for (const month of [2, 9]) {
        for (let hour = Date.UTC(year, month, 24); hour < Date.UTC(year, month + 1, 1); hour += 3_600_000) instants.push(hour - 1, hour, hour + 1);
      }
      for (const instant of instants) if (PARIS.offset(instant) !== iana.offset(instant)) disagreements.push(new Date(instant).toISOString());
    }
    expect(disagreements).toEqual([]);
  });
});

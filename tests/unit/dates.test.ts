import { describe, expect, it } from "vitest";
import { frenchDate, isoDateTime, parseContentDate } from "../../lib/dates.ts";

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

  it("rejects impossible dates", () => {
    expect(parseContentDate("0007-08-31 23:09:21 +00:09")).toBeNull();
    expect(parseContentDate("2022-13-45")).toBeNull();
    expect(parseContentDate("demain")).toBeNull();
    expect(parseContentDate(42)).toBeNull();
  });
});

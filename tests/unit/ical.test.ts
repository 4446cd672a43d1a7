import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeText, foldLine } from "../../lib/ical.ts";

describe("iCalendar text", () => {
  it("escapes backslashes, semicolons, commas and line breaks (RFC 5545 §3.3.11)", () => {
    expect(escapeText("a\\b; c, d\r\ne\nf")).toBe("a\\\\b\\; c\\, d\\ne\\nf");
    expect(escapeText("bip\u0007 tab\tok")).toBe("bip tab\tok");
  });

  it("leaves short lines alone", () => {
    expect(foldLine("SUMMARY:Court")).toBe("SUMMARY:Court");
    expect(foldLine("X".repeat(75))).toBe("X".repeat(75));
  });

  it("folds at 75 octets without cutting a UTF-8 character, and unfolds to the same text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${text}`;
        const folded = foldLine(line);
        const parts = folded.split("\r\n");
        for (const part of parts) {
          expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
          // A fold inside a character would leave half a surrogate pair (U+FFFD once encoded).
          expect(Buffer.from(part).toString("utf8")).toBe(part);
        }
        parts.slice(1).forEach((part) => expect(part.startsWith(" ")).toBe(true));
        expect(folded.replace(/\r\n /g, "")).toBe(line);
      }),
    );
    expect(foldLine(`SUMMARY:${"é".repeat(40)}`).split("\r\n").map((p) => Buffer.byteLength(p))).toEqual([74, 15]);
  });
});

import { describe, expect, it } from "vitest";
import { infoHref, isOnline } from "../../lib/events.ts";

describe("practical-information links", () => {
  it("turns e-mail addresses into mailto links and keeps web addresses", () => {
    expect(infoHref("infonuage.dinum@modernisation.gouv.fr")).toBe("mailto:infonuage.dinum@modernisation.gouv.fr");
    expect(infoHref("mailto:presse@numerique.gouv.fr")).toBe("mailto:presse@numerique.gouv.fr");
    expect(infoHref("https://id-forum.eu/ ")).toBe("https://id-forum.eu/");
    expect(infoHref("www.example.org/page")).toBe("https://www.example.org/page");
    expect(infoHref("/espace-presse/")).toBe("/espace-presse/");
  });

  it("refuses what is neither", () => {
    expect(infoHref("pas un lien")).toBeNull();
    expect(infoHref("javascript:alert(1)")).toBeNull();
  });
});

describe("online events", () => {
  it("are recognised from the place, however it is written", () => {
    expect(isOnline("En ligne")).toBe(true);
    expect(isOnline("Evènement 100% en ligne sous forme de webinaire")).toBe(true);
    expect(isOnline("Lille Grand Palais")).toBe(false);
    expect(isOnline(undefined)).toBe(false);
  });
});

/** `npm run nouveau`: the new file's content, its place, its checks, and the refusal to overwrite. */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { DateTime } from "luxon";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { describeFields, flattenFields } from "../../lib/fields.ts";
import { communiqueKind, KINDS } from "../../lib/kinds.ts";
import { newFileName, newFileText } from "../../lib/new-file.ts";
import { loadSite } from "../../lib/site.ts";
import { CommandError } from "../../lib/cli.ts";
import { runCheck } from "../../scripts/check-content.ts";
import { createContent } from "../../scripts/new-content.ts";
import { contentFolder, ROOT } from "../helpers.ts";

const NOW = DateTime.fromISO("2026-11-28T15:42:37", { zone: "Europe/Paris" });

/** Warnings that only ask the author to fill the new file in. */
const FILL_IN = new Set(["corps-vide", "image-sans-fichier", "telechargement-sans-fichier", "evenement-sans-date", "candidature-absente"]);

describe("new file text", () => {
  const text = newFileText(communiqueKind, "L’État « numérique » : été 2024", NOW);

  it("holds the title, the current time in Europe/Paris, and is a draft", () => {
    const data = parse(text.split("---\n")[1]!);
    expect(data.title).toBe("L’État « numérique » : été 2024");
    expect(data.date).toBe("2026-11-28 15:42:00 +01:00");
    expect(data.published).toBe(false);
    expect(text).not.toContain("undefined");
  });

  it.each(KINDS.map((kind) => [kind.name, kind] as const))("has every field of the %s schema, each after its French help", (_name, kind) => {
    const lines = newFileText(kind, "Titre", NOW).split("\n");
    for (const { field } of flattenFields(describeFields(kind.schema))) {
      // A field is a key line (live, or commented out for the author to enable), after the comment that explains it.
      const index = lines.findIndex((line) => new RegExp(`^#?\\s*(- )?${field.key}:`).test(line));
      expect(index, field.key).toBeGreaterThan(0);
      const help = [lines[index - 1], lines[index]].join("\n");
      expect(help, field.key).toContain(field.title);
      if (field.description) expect(help, field.key).toContain(field.description);
    }
  });

  it("leaves the alternative text out, so that a decorative image is the author's choice", () => {
    expect(text).toMatch(/^#\s+alternative-textuelle: ""$/m);
    expect(text).toContain("# Alternative textuelle : Ce que montre l’image ; vide si elle est décorative ; pour l’utiliser, retirez le #");
  });

  it("is named after today in Europe/Paris and a clean, short slug", () => {
    expect(newFileName("L’État « numérique » : été 2024", NOW)).toBe("2026-11-28-letat-numerique-ete-2024.md");
    // 23:30 UTC is already the next day in Paris.
    expect(newFileName("Bilan", DateTime.fromISO("2026-11-28T23:30:00Z"))).toBe("2026-11-29-bilan.md");
    const long = newFileName("Le gouvernement entérine l’ordonnance visant à contrôler l’accessibilité des sites des administrations publiques à compter de 2024", NOW);
    expect(long).toBe("2026-11-28-le-gouvernement-enterine-lordonnance-visant-a-controler-laccessibilite-des-sites.md");
    expect(long.length - "2026-11-28-.md".length).toBeLessThanOrEqual(80);
    expect(newFileName("« ! »", NOW)).toBe("");
  });
});

describe("npm run nouveau", () => {
  it.each(KINDS.map((kind) => [kind.name, kind] as const))("writes a %s that the checker accepts with only fill-in warnings", (name, kind) => {
    const dir = contentFolder({ "uploads/.gitkeep": "" });
    const created = createContent({ kind: name, title: "Lancement de la salle de presse", contentDir: dir, now: NOW });
    expect(path.resolve(created.file)).toBe(path.join(dir, kind.folder, "2026-11-28-lancement-de-la-salle-de-presse.md"));
    expect(created.url).toBe(`${kind.baseUrl}lancement-de-la-salle-de-presse/`);
    // `npm run check`: exit 0, and every warning asks to fill something in.
    const out: string[] = [];
    expect(runCheck([dir, "--format", "json"], { out: (t) => out.push(t), err: (t) => out.push(t) })).toBe(0);
    const codes = (JSON.parse(out.join("")) as { code: string }[]).map((f) => f.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((code) => !FILL_IN.has(code))).toEqual([]);
    const site = loadSite({ contentDir: dir, preview: true });
    const pages = [...site.communiques, ...site.events, ...site.jobs].map((c) => [c.url, c.title, c.draft]);
    expect(pages).toEqual([[created.url, "Lancement de la salle de presse", true]]);
  });

  it("goes into the Jekyll folder when the content uses one, and accepts the accented kind name", () => {
    const dir = contentFolder({ "_communiques/.gitkeep": "" });
    const created = createContent({ kind: "Communiqué", title: "Bilan", contentDir: dir, now: NOW });
    expect(path.resolve(created.file)).toBe(path.join(dir, "_communiques/2026-11-28-bilan.md"));
  });

  it("refuses to overwrite a file, or to take the address of another one", () => {
    const dir = contentFolder({ "communiques/2026-11-28-bilan.md": "déjà écrit", "communiques/2025-01-10-rapport.md": "autre" });
    const attempt = (title: string) => () => createContent({ kind: "communique", title, contentDir: dir, now: NOW });
    expect(attempt("Bilan")).toThrow(expect.objectContaining({ exitCode: 1, message: expect.stringContaining("existe déjà : il n’a pas été modifié") }));
    expect(attempt("Rapport")).toThrow(expect.objectContaining({ exitCode: 1, message: expect.stringContaining("L’adresse /espace-presse/rapport/ est déjà celle de") }));
    expect(attempt("?")).toThrow(CommandError);
    expect(() => createContent({ kind: "billet", title: "Bilan", contentDir: dir })).toThrow(expect.objectContaining({ exitCode: 2 }));
    expect(fs.readFileSync(path.join(dir, "communiques/2026-11-28-bilan.md"), "utf8")).toBe("déjà écrit");
    expect(fs.readdirSync(path.join(dir, "communiques")).sort()).toEqual(["2025-01-10-rapport.md", "2026-11-28-bilan.md"]);
  });

  it("on the command line, refuses in French with exit code 1", async () => {
    const dir = contentFolder({ "communiques/2024-03-15-titre-du-communique.md": "déjà écrit" });
    const run = promisify(execFile)(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "scripts/new-content.ts"), "communique", "Titre du communiqué", "--content", "."], { cwd: dir });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stdout: "",
      stderr: "L’adresse /espace-presse/titre-du-communique/ est déjà celle de communiques/2024-03-15-titre-du-communique.md : aucun fichier n’a été créé.\nChoisissez un autre titre.\n",
    });
  });
});

/**
 * The editing form in a real browser: Decap CMS loads its generated configuration without asking
 * anything of the network, and a communiqué written in the form passes the checker.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasErrors } from "../../lib/findings.ts";
import { loadSite } from "../../lib/site.ts";
import { startEditor, type Editor } from "../../scripts/editor.ts";
import { browserAvailable, launchBrowser, type BrowserSession } from "../browser-helpers.ts";
import { temporaryDir } from "../helpers.ts";

describe.skipIf(!browserAvailable("éditeur"))("the editing form in Chromium", () => {
  const root = temporaryDir("editeur-navigateur");
  let editor: Editor;
  let browser: BrowserSession;

  beforeAll(async () => {
    fs.mkdirSync(path.join(root, "content/communiques"), { recursive: true });
    fs.mkdirSync(path.join(root, "content/uploads"));
    [editor, browser] = await Promise.all([startEditor({ root, contentDir: "content", port: 0 }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await editor?.close();
  });

  it("writes a communiqué that the checker accepts, without any request leaving the machine", async () => {
    const outside: string[] = [];
    await browser.context.route("**/*", (route) => {
      if (new URL(route.request().url()).hostname === "127.0.0.1") return route.continue();
      outside.push(route.request().url());
      return route.abort("blockedbyclient");
    });
    const page = await browser.context.newPage();
    // Decap is a 5 MB bundle: on a busy machine each step can take a while.
    page.setDefaultTimeout(90_000);
    await page.goto(editor.url, { waitUntil: "commit" });
    // The local backend needs no account: one button.
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByRole("link", { name: "Communiqués" }).first().waitFor();
    await page.goto(`${editor.url}#/collections/communiques/new`, { waitUntil: "commit" });
    await page.getByLabel("Titre").fill("Lancement du formulaire : l’été numérique");
    await page.getByRole("button", { name: "Publier" }).click();
    await page.getByText("Publier maintenant").click();
    await page.getByText("Modifications enregistrées", { exact: false }).waitFor();

    const files = fs.readdirSync(path.join(root, "content/communiques"));
    expect(files).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}-lancement-du-formulaire-l-ete-numerique\.md$/)]);
    const site = loadSite({ contentDir: path.join(root, "content"), preview: true });
    expect(hasErrors(site.findings)).toBe(false);
    expect(site.communiques.map((c) => [c.title, c.draft])).toEqual([["Lancement du formulaire : l’été numérique", true]]);
    expect(outside).toEqual([]);
  }, 300_000);
});

/**
 * `npm start` in a real browser: a saved communiqué shows in the open tab without a reload (even when
 * the editor empties the file first), the home page (rendered by Eleventy) follows, a new file and
 * its upload are published, and a deleted file's page is gone.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ui from "../../_data/ui.json" with { type: "json" };
import { browserAvailable, launchBrowser, startPreview, type BrowserSession, type PreviewServer } from "../browser-helpers.ts";
import { contentFolder, temporaryDir } from "../helpers.ts";

const communique = (title: string, date: string, body: string) => `---\ntitle: ${title}\ndate: ${date} 10:00:00 +01:00\n---\n\n${body}\n`;

describe.skipIf(!browserAvailable("aperçu"))("the preview in Chromium", () => {
  const dir = contentFolder({
    "communiques/2024-03-15-ancien.md": communique("Un ancien communiqué", "2024-03-15", "Le premier texte."),
    "communiques/2024-06-01-recent.md": communique("Le plus récent", "2024-06-01", "Texte récent."),
    "uploads/dossier.pdf": "%PDF-1.4\n",
  });
  let server: PreviewServer;
  let origin: string;
  let browser: BrowserSession;

  beforeAll(async () => {
    server = await startPreview(dir, temporaryDir("apercu"), 110_000);
    origin = server.origin;
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it("patches the open communiqué in place when its file is saved", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/espace-presse/ancien/`);
    expect(await page.locator("main").textContent()).toContain("Le premier texte.");
    // Set before the save: a reload would lose it.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    fs.writeFileSync(path.join(dir, "communiques/2024-03-15-ancien.md"), communique("Un ancien communiqué", "2024-03-15", "Le texte corrigé."));
    await page.locator("main", { hasText: "Le texte corrigé." }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  }, 60_000);

  it("waits for the content of a file saved in two steps, emptied then written: the open tab is patched, not reloaded", async () => {
    const file = path.join(dir, "communiques/2024-03-15-ancien.md");
    const page = await browser.context.newPage();
    await page.goto(`${origin}/espace-presse/ancien/`);
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    // An editor held up between the two steps, as on a loaded machine.
    const descriptor = fs.openSync(file, "w");
    await new Promise((resolve) => setTimeout(resolve, 300));
    fs.writeSync(descriptor, communique("Un ancien communiqué", "2024-03-15", "Écrit en deux temps."));
    fs.closeSync(descriptor);
    await page.locator("main", { hasText: "Écrit en deux temps." }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  }, 60_000);

  it("shows a new title on the home page, which Eleventy renders", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/`);
    expect(await page.locator("main").textContent()).toContain("Le plus récent");

    fs.writeFileSync(path.join(dir, "communiques/2024-06-01-recent.md"), communique("Un titre tout neuf", "2024-06-01", "Texte récent."));
    await page.locator("main", { hasText: "Un titre tout neuf" }).waitFor({ timeout: 30_000 });
  }, 60_000);

  it("publishes a new communiqué and the upload it links to", async () => {
    fs.writeFileSync(path.join(dir, "uploads/annexe.pdf"), "%PDF-1.4\n");
    fs.writeFileSync(path.join(dir, "communiques/2024-07-01-nouveau.md"), communique("Nouveau", "2024-07-01", "Voir [l’annexe](/uploads/annexe.pdf)."));
    const page = await browser.context.newPage();
    await expect.poll(async () => (await page.goto(`${origin}/espace-presse/nouveau/`))?.status(), { timeout: 30_000 }).toBe(200);
    expect(await page.locator("h1").textContent()).toBe("Nouveau");
    // The watcher may report the two files in separate batches: the upload is then copied by the next refresh, after the page (seen under the full test run).
    for (const [url, type] of [["/uploads/annexe.pdf", "application/pdf"], ["/uploads/dossier.pdf", "application/pdf"], ["/dsfr/dsfr.min.css", "text/css"]] as const) {
      await expect
        .poll(async () => {
          const response = await fetch(`${origin}${url}`);
          return [url, response.status, response.headers.get("content-type")];
        }, { timeout: 30_000 })
        .toEqual([url, 200, expect.stringContaining(type)]);
    }
  }, 60_000);

  it("takes a deleted communiqué's page away: its open tab reloads to the page not found", async () => {
    fs.writeFileSync(path.join(dir, "communiques/2024-08-01-retire.md"), communique("À retirer", "2024-08-01", "Texte."));
    const page = await browser.context.newPage();
    await expect.poll(async () => (await page.goto(`${origin}/espace-presse/retire/`))?.status(), { timeout: 30_000 }).toBe(200);

    fs.rmSync(path.join(dir, "communiques/2024-08-01-retire.md"));
    // The tab is never navigated again here: only the preview's message can bring the 404 page in. It may
    // first reload once for the refresh that published the page (its message can come after the page is
    // served, on a loaded machine), so each load is looked at until the deletion's.
    await expect
      .poll(async () => {
        await page.waitForLoadState();
        return page.locator("h1").textContent();
      }, { timeout: 30_000 })
      .toBe(ui.notFound.title);
    expect((await fetch(`${origin}/espace-presse/retire/`)).status).toBe(404);
  }, 60_000);
});

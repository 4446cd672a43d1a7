/**
 * `npm run editeur`: Decap CMS served from node_modules with the generated configuration, and
 * decap-server writing into the content folder, both on 127.0.0.1, started and stopped here.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cmsConfig } from "../../lib/cms.ts";
import { KINDS } from "../../lib/kinds.ts";
import { startEditor, type Editor } from "../../scripts/editor.ts";
import { temporaryDir } from "../helpers.ts";

const post = (url: string, body: unknown) => fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

describe("npm run editeur", () => {
  const root = temporaryDir("editeur");
  let editor: Editor;

  beforeAll(async () => {
    fs.mkdirSync(path.join(root, "content/communiques"), { recursive: true });
    fs.mkdirSync(path.join(root, "content/uploads"));
    fs.writeFileSync(path.join(root, "content/communiques/2024-11-05-essai.md"), "---\ntitle: Essai\ndate: 2024-11-05\n---\n\nTexte.\n");
    fs.writeFileSync(path.join(root, "content/uploads/logo.png"), "png");
    editor = await startEditor({ root, contentDir: "content", port: 0 });
  });
  afterAll(() => editor?.close());


  it("serves the admin page, Decap's bundle from node_modules, the uploads, and nothing else", async () => {
    expect(new URL(editor.url).hostname).toBe("127.0.0.1");
    const page = await (await fetch(editor.url)).text();
    expect(page).toContain('<link href="config.yml" type="text/yaml" rel="cms-config-url">');
    expect(page).toContain('<script src="decap-cms.js"></script>');
    const bundle = await fetch(new URL("decap-cms.js", editor.url));
    expect([bundle.status, bundle.headers.get("content-type")]).toEqual([200, "text/javascript; charset=utf-8"]);
    await bundle.body?.cancel();
    const upload = await fetch(new URL("/uploads/logo.png", editor.url));
    expect([upload.status, upload.headers.get("content-type"), await upload.text()]).toEqual([200, "image/png", "png"]);
    expect((await fetch(new URL("/admin/%2e%2e/package.json", editor.url))).status).toBe(404);
    expect((await fetch(new URL("/lib/schema.ts", editor.url))).status).toBe(404);
  });

  it("serves the configuration generated from the schema, pointing at its own decap-server", async () => {
    const response = await fetch(new URL("config.yml", editor.url));
    expect(response.headers.get("content-type")).toBe("text/yaml; charset=utf-8");
    const config = parse(await response.text());
    expect(config).toEqual(
      cmsConfig(KINDS, { folderOf: (kind) => `content/${kind.folder}`, mediaFolder: "content/uploads", backendUrl: editor.backendUrl, siteUrl: "http://localhost:8080" }),
    );
    expect(new URL(editor.backendUrl).hostname).toBe("127.0.0.1");
  });

  it("reads and writes the Markdown files of the content folder, and nothing outside it", async () => {
    const entries = await (await post(editor.backendUrl, { action: "entriesByFolder", params: { branch: "main", folder: "content/communiques", extension: "md", depth: 1 } })).json();
    expect(entries).toEqual([expect.objectContaining({ file: expect.objectContaining({ path: "content/communiques/2024-11-05-essai.md" }), data: expect.stringContaining("title: Essai") })]);

    const raw = "---\ntitle: Depuis le formulaire\ndate: 2026-11-28 10:00:00 +01:00\n---\n";
    const persist = (file: string) => post(editor.backendUrl, { action: "persistEntry", params: { branch: "main", entry: { slug: "x", path: file, raw }, assets: [], options: { commitMessage: "x", useWorkflow: false, status: "draft" } } });
    expect((await persist("content/communiques/2026-11-28-depuis-le-formulaire.md")).status).toBe(200);
    expect(fs.readFileSync(path.join(root, "content/communiques/2026-11-28-depuis-le-formulaire.md"), "utf8")).toBe(raw);
    expect((await persist("../en-dehors.md")).status).toBe(422);
    expect(fs.existsSync(path.join(root, "../en-dehors.md"))).toBe(false);
  });

  it("stops both servers", async () => {
    const { url, backendUrl } = editor;
    await editor.close();
    await expect(fetch(url)).rejects.toThrow();
    await expect(post(backendUrl, { action: "info" })).rejects.toThrow();
  });
});

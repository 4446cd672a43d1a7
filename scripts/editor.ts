/**
 * `npm run editeur [-- --content DIR --port N]`: the editing form. Serves Decap CMS from
 * node_modules (no CDN) with a configuration generated from the schema, and starts decap-server, its
 * local backend, which writes the Markdown files straight into the content folder. Both listen on
 * 127.0.0.1 only: no account, nothing leaves the machine. Opens nothing.
 * https://decapcms.org/docs/working-with-a-local-git-repository/
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import ui from "../_data/ui.json" with { type: "json" };
import { CommandError, folderProblem, runCommand } from "../lib/cli.ts";
import { cmsConfig } from "../lib/cms.ts";
import { escapeHtml } from "../lib/html.ts";
import { KINDS } from "../lib/kinds.ts";
import { contentFolder, kindFolder } from "../lib/site.ts";
import { contentType, resolveStatic } from "../lib/static.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DECAP_DIST = path.join(ROOT, "node_modules/decap-cms/dist");
const DECAP_SERVER = path.join(ROOT, "node_modules/decap-server/dist/index.js");
const HOST = "127.0.0.1";
const USAGE = "Usage : npm run editeur -- [--content DOSSIER] [--port PORT]";

export interface EditorOptions {
  contentDir: string;
  /** The folder decap-server may write in, and the one its paths are relative to (default: the current one). */
  root?: string;
  /** 0 for any free port. */
  port: number;
  /** The live preview linked from the form. */
  siteUrl?: string;
}

export interface Editor {
  /** `http://127.0.0.1:8082/admin/` */
  url: string;
  backendUrl: string;
  close(): Promise<void>;
}

function adminPage(): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(ui.authoring.editor.title)}</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<script src="decap-cms.js"></script>
</body>
</html>
`;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Waits until decap-server answers, or fails if it stops first. */
async function waitForBackend(running: () => boolean, backendUrl: string, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (!running()) throw new CommandError(`decap-server s’est arrêté au démarrage :\n${log()}`);
    try {
      const response = await fetch(backendUrl, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"action":"info"}' });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new CommandError(`decap-server ne répond pas sur ${backendUrl}.\n${log()}`);
}

export async function startEditor(options: EditorOptions): Promise<Editor> {
  const root = path.resolve(options.root ?? process.cwd());
  const contentDir = path.resolve(root, options.contentDir);
  const problem = folderProblem(contentDir);
  if (problem) throw new CommandError(`${problem}\n${USAGE}`, 2);
  const inRoot = (dir: string) => path.relative(root, dir).split(path.sep).join("/");
  if (inRoot(contentDir).startsWith("..")) throw new CommandError(`Le dossier de contenu doit être dans ${root}.\n${USAGE}`, 2);

  const uploadsDir = contentFolder(contentDir, "uploads");
  const backendPort = await freePort();
  const backendUrl = `http://${HOST}:${backendPort}/api/v1`;
  const config = stringify(
    cmsConfig(KINDS, {
      folderOf: (kind) => inRoot(kindFolder(contentDir, kind)),
      mediaFolder: inRoot(uploadsDir),
      backendUrl,
      siteUrl: options.siteUrl ?? "http://localhost:8080",
    }),
    { lineWidth: 0 },
  );

  let output = "";
  const child = spawn(process.execPath, [DECAP_SERVER], {
    cwd: root,
    env: { ...process.env, PORT: String(backendPort), BIND_HOST: HOST, MODE: "fs", GIT_REPO_DIRECTORY: root, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const running = () => child.exitCode === null && child.signalCode === null;
  const stopChild = () => running() && child.kill();
  process.once("exit", stopChild);
  try {
    await waitForBackend(running, backendUrl, () => output);
  } catch (error) {
    stopChild();
    throw error;
  }

  const server = http.createServer((request, response) => {
    const urlPath = (request.url ?? "/").split(/[?#]/)[0]!;
    if (urlPath === "/" || urlPath === "/admin") return response.writeHead(302, { Location: "/admin/" }).end();
    if (urlPath === "/admin/") return response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(adminPage());
    if (urlPath === "/admin/config.yml") return response.writeHead(200, { "Content-Type": "text/yaml; charset=utf-8", "Cache-Control": "no-store" }).end(config);
    // Decap's bundle and the chunks it loads next to itself; the uploads, for the form's thumbnails (public_folder).
    const file = urlPath.startsWith("/admin/")
      ? resolveStatic(DECAP_DIST, urlPath.slice("/admin".length))
      : urlPath.startsWith("/uploads/")
        ? resolveStatic(uploadsDir, urlPath.slice("/uploads".length))
        : null;
    if (file && fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(200, { "Content-Type": contentType(file) });
      return fs.createReadStream(file).pipe(response);
    }
    response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Introuvable");
  });
  try {
    await new Promise<void>((resolve, reject) => server.once("error", reject).listen(options.port, HOST, resolve));
  } catch (error) {
    stopChild();
    const code = (error as { code?: string }).code;
    throw new CommandError(code === "EADDRINUSE" ? `Le port ${options.port} est déjà utilisé : choisissez-en un autre avec --port.` : String(error));
  }
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${HOST}:${port}/admin/`,
    backendUrl,
    async close() {
      process.off("exit", stopChild);
      const exited = new Promise((resolve) => (running() ? child.once("exit", resolve) : resolve(null)));
      stopChild();
      server.closeAllConnections();
      await Promise.all([new Promise((resolve) => server.close(resolve)), exited]);
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { content: { type: "string", default: "content" }, port: { type: "string", default: "8082" } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CommandError(`Port invalide : « ${values.port} ».\n${USAGE}`, 2);
  const editor = await startEditor({ contentDir: values.content, port });
  console.log(`Éditeur : ${editor.url}
Les fichiers sont enregistrés dans ${values.content}/ ; l’aperçu du site : npm start (http://localhost:8080).
Arrêt : Ctrl+C.`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void editor.close().then(() => process.exit(0)));
}

if (import.meta.url === `file://${process.argv[1]}`) runCommand(main, USAGE);

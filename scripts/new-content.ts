/**
 * `npm run nouveau -- communique "Titre du communiqué" [--content DIR]`: writes a new file with
 * every field of the kind's schema, dated now (Europe/Paris), as a draft. It opens nothing and never
 * overwrites: an existing file, or another file giving the same address, stops it (exit 1).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { CommandError, runCommand } from "../lib/cli.ts";
import { KINDS, kindNamed } from "../lib/kinds.ts";
import { newFileName, newFileText } from "../lib/new-file.ts";
import { contentFolder } from "../lib/site.ts";
import { slugFromFileName, slugify } from "../lib/slug.ts";
import { cleanTitle } from "../lib/text.ts";

const USAGE = `Usage : npm run nouveau -- <${KINDS.map((k) => k.name).join("|")}> "Titre" [--content DOSSIER]`;

export interface NewContent {
  kind: string;
  title: string;
  contentDir: string;
  now?: DateTime;
}

export interface Created {
  file: string;
  url: string;
}

export function createContent(options: NewContent): Created {
  const kind = kindNamed(slugify(options.kind));
  if (!kind) throw new CommandError(`Type de contenu inconnu : « ${options.kind} ».\n${USAGE}`, 2);
  const title = cleanTitle(options.title);
  const now = options.now ?? DateTime.now();
  const fileName = newFileName(title, now);
  if (!fileName) throw new CommandError(`Le titre doit contenir au moins une lettre ou un chiffre.\n${USAGE}`, 2);
  const folder = contentFolder(path.resolve(options.contentDir), kind.folder);
  const file = path.join(folder, fileName);
  const shown = path.relative(process.cwd(), file);
  if (fs.existsSync(file)) {
    throw new CommandError(`Le fichier ${shown} existe déjà : il n’a pas été modifié.\nOuvrez-le pour le compléter, ou choisissez un autre titre.`, 1);
  }
  const slug = slugFromFileName(fileName);
  const url = `${kind.baseUrl}${slug}/`;
  const sameAddress = fs.existsSync(folder) ? fs.readdirSync(folder).find((name) => /\.(md|markdown)$/i.test(name) && slugFromFileName(name) === slug) : undefined;
  if (sameAddress) {
    throw new CommandError(
      `L’adresse ${url} est déjà celle de ${path.relative(process.cwd(), path.join(folder, sameAddress))} : aucun fichier n’a été créé.\nChoisissez un autre titre.`,
      1,
    );
  }
  fs.mkdirSync(folder, { recursive: true });
  // "wx": fails rather than overwrite a file created in the meantime.
  fs.writeFileSync(file, newFileText(kind, title, now), { flag: "wx" });
  return { file: shown, url };
}

function main(): void {
  const { values, positionals } = parseArgs({ options: { content: { type: "string", default: "content" } }, allowPositionals: true });
  if (positionals.length !== 2) throw new CommandError(USAGE, 2);
  const [kind, title] = positionals as [string, string];
  const created = createContent({ kind, title, contentDir: values.content });
  console.log(`Créé : ${created.file}
C’est un brouillon (published: false) : remplissez les champs, écrivez le texte, puis passez « published » à true.
Aperçu avec npm start : http://localhost:8080${created.url}
Vérification : npm run check`);
}

if (import.meta.url === `file://${process.argv[1]}`) runCommand(main, USAGE);

/**
 * `npm run pdf-links [-- --content DOSSIER --output DOSSIER]`: prints every document of the
 * published communiqués as a table and writes the list where the build puts it
 * (`espace-presse/documents.json` and `.csv` under the output folder), with the same functions.
 * Exit 0 when written, 1 when the content has errors (nothing written), 2 on a usage error.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { exitQuietlyOnClosedPipe, folderProblem } from "../lib/cli.ts";
import { hasErrors } from "../lib/findings.ts";
import { DOCUMENTS_CSV_URL, DOCUMENTS_JSON_URL, documentsCsv, documentsJson, documentsTable, pressDocuments } from "../lib/press-documents.ts";
import { formatFindings } from "../lib/report.ts";
import { loadSite } from "../lib/site.ts";

const USAGE = "Usage : npm run pdf-links -- [--content DOSSIER] [--output DOSSIER]";

export interface PdfLinksIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Terminal width for the table. */
  columns?: number;
}

/** Writes next to the target then renames: a reader never sees half a file. */
function writeAtomically(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

export function runPdfLinks(args: string[], io: PdfLinksIo): number {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { content: { type: "string", default: "content" }, output: { type: "string", default: "_site" } } }));
  } catch (error) {
    io.err(`Option incorrecte : ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const problem = folderProblem(values.content);
  if (problem) {
    io.err(`${problem}\n${USAGE}`);
    return 2;
  }
  const site = loadSite({ contentDir: values.content });
  const errors = site.findings.filter((f) => f.severity === "error");
  if (hasErrors(errors)) {
    io.err(`${formatFindings(errors)}\n\nListe non écrite : corrigez ces erreurs (npm run check -- ${values.content} pour le détail).`);
    return 1;
  }
  const rows = pressDocuments(site.communiques);
  const files = [
    [DOCUMENTS_JSON_URL, documentsJson(rows)],
    [DOCUMENTS_CSV_URL, documentsCsv(rows)],
  ] as const;
  for (const [url, text] of files) writeAtomically(path.join(values.output, url), text);
  io.out(documentsTable(rows, io.columns));
  io.out(`\n${rows.length} document${rows.length > 1 ? "s" : ""} ; liste écrite dans ${files.map(([url]) => path.join(values.output, url)).join(" et ")}.`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  exitQuietlyOnClosedPipe();
  process.exitCode = runPdfLinks(process.argv.slice(2), { out: console.log, err: console.error, columns: process.stdout.columns });
}

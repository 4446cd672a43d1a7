/**
 * `npm run check [-- DOSSIER] [--format json] [--strict]`: reads and checks a content folder exactly
 * as the build does (`loadSite`), without building anything. Exit 0 without errors, 1 with errors,
 * 2 on a usage error or a folder that cannot be read.
 */
import { parseArgs } from "node:util";
import type { DateTime } from "luxon";
import { exitQuietlyOnClosedPipe, folderProblem } from "../lib/cli.ts";
import { hasErrors, type Finding } from "../lib/findings.ts";
import { formatFindings, groupByFile, summary } from "../lib/report.ts";
import { loadSite } from "../lib/site.ts";

const USAGE = "Usage : npm run check -- [DOSSIER] [--format texte|json] [--strict]";

export interface CheckIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The build's time, for dates in the future (tests fix it). */
  now?: DateTime;
}

class UsageError extends Error {}

function parse(args: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: "string", default: "texte" }, strict: { type: "boolean", default: false } },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`un seul dossier à la fois (reçu : ${positionals.join(", ")})`);
  if (!["texte", "text", "json"].includes(values.format)) throw new UsageError(`format « ${values.format} » inconnu (texte ou json)`);
  return { contentDir: positionals[0] ?? "content", json: values.format === "json", strict: values.strict };
}

/** JSON output, keys in the documented order. */
function toJson(findings: readonly Finding[]): string {
  const rows = groupByFile(findings)
    .flat()
    .map(({ file, line, column, severity, field, code, message }) => ({ file, line, column, severity, field, code, message }));
  return JSON.stringify(rows, null, 2);
}

/** Runs the checker; returns the exit code. */
export function runCheck(args: string[], io: CheckIo): number {
  let options;
  try {
    options = parse(args);
  } catch (error) {
    io.err(`Option incorrecte : ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { contentDir } = options;
  const problem = folderProblem(contentDir);
  if (problem) {
    io.err(`${problem}\n${USAGE}`);
    return 2;
  }
  let site;
  try {
    site = loadSite({ contentDir, now: io.now });
  } catch (error) {
    const file = (error as NodeJS.ErrnoException).path;
    io.err(file ? `« ${file} » ne peut pas être lu (${(error as NodeJS.ErrnoException).code}).` : `Erreur inattendue : ${(error as Error).message}`);
    if (process.env.DEBUG) io.err(String((error as Error).stack));
    return 2;
  }
  if (!site.documents.length) {
    io.err(`Aucun fichier de contenu dans « ${contentDir} » : indiquez le dossier qui contient communiques/ (ou _communiques/) et uploads/.\n${USAGE}`);
    return 2;
  }
  const findings = options.strict ? site.findings.map((f) => ({ ...f, severity: "error" as const })) : site.findings;
  if (options.json) io.out(toJson(findings));
  else io.out([formatFindings(findings), `${summary(findings, site.documents.length)}.`].filter(Boolean).join("\n\n"));
  return hasErrors(findings) ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  exitQuietlyOnClosedPipe();
  process.exitCode = runCheck(process.argv.slice(2), { out: console.log, err: console.error });
}

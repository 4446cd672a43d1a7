/** Printing findings for people: grouped by file, then a French summary line. */
import { formatFinding, type Finding } from "./findings.ts";

function plural(n: number, one: string, many: string): string {
  return `${n} ${n > 1 ? many : one}`;
}

export function summary(findings: readonly Finding[], fileCount: number): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  return `${plural(errors, "erreur", "erreurs")}, ${plural(findings.length - errors, "avertissement", "avertissements")} dans ${plural(fileCount, "fichier", "fichiers")}`;
}

/** Findings grouped by file (in the order files come), sorted by line and column within a file. */
export function groupByFile(findings: readonly Finding[]): Finding[][] {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  return [...byFile.values()].map((list) => list.sort((a, b) => a.line - b.line || a.column - b.column));
}

/** One line per finding, a blank line between files. */
export function formatFindings(findings: readonly Finding[]): string {
  return groupByFile(findings)
    .map((list) => list.map(formatFinding).join("\n"))
    .join("\n\n");
}

/**
 * The list of every document offered for download by a published communiqué, newest first: the
 * page /espace-presse/documents/, its JSON and CSV versions and `npm run pdf-links` all use it.
 */
import { PRESS_ROOM_URL, type Communique } from "./communiques.ts";
import { frenchFileSize } from "./format.ts";
import { absoluteUrl } from "./urls.ts";

export const DOCUMENTS_URL = `${PRESS_ROOM_URL}documents/`;
export const DOCUMENTS_JSON_URL = `${PRESS_ROOM_URL}documents.json`;
export const DOCUMENTS_CSV_URL = `${PRESS_ROOM_URL}documents.csv`;

export interface PressDocument {
  /** Day of the communiqué, `2024-03-15` (Europe/Paris). */
  date: string;
  /** "15 mars 2024" */
  dateLabel: string;
  communiqueTitle: string;
  communiqueUrl: string;
  label: string;
  /** `/uploads/…` on the site, or the external address. */
  url: string;
  external: boolean;
  /** "PDF", or "" when the name has no extension. */
  format: string;
  /** Measured at build time; null for an external document. */
  bytes: number | null;
  /** "245 Ko", or "" when unknown. */
  size: string;
  /** What the link states: "PDF, 245 Ko". */
  details: string;
}

/**
 * `make` run once per list: the page, its JSON and its CSV are three outputs of one template, and
 * the page states the size of the other two (https://www.11ty.dev/docs/pagination/).
 */
function oncePerList<T extends object, R>(make: (list: T) => R): (list: T) => R {
  const made = new WeakMap<T, R>();
  return (list) => {
    if (!made.has(list)) made.set(list, make(list));
    return made.get(list)!;
  };
}

/** One row per download of every published communiqué, newest communiqué first. */
export const pressDocuments = oncePerList((communiques: readonly Communique[]): readonly PressDocument[] =>
  communiques
    .filter((c) => !c.draft) // a new array: sorting it leaves the site model alone
    .sort((a, b) => b.date.value.toMillis() - a.date.value.toMillis())
    .flatMap((c) =>
      c.downloads.map((d) => ({
        date: c.date.value.toISODate()!,
        dateLabel: c.dateLabel,
        communiqueTitle: c.title,
        communiqueUrl: c.url,
        label: d.label,
        url: d.href,
        external: d.external,
        format: d.format,
        bytes: d.bytes,
        size: d.bytes === null ? "" : frenchFileSize(d.bytes),
        details: d.details,
      })),
    ),
);

/** The columns of the JSON and CSV files, in order: key, then CSV header. */
const COLUMNS = [
  ["date", "date"],
  ["communiqueTitle", "communiqué"],
  ["communiqueUrl", "adresse du communiqué"],
  ["label", "document"],
  ["url", "adresse du document"],
  ["format", "format"],
  ["bytes", "octets"],
  ["size", "taille"],
] as const;

type ExportRow = { [K in (typeof COLUMNS)[number][0]]: PressDocument[K] };

/** The files are read outside the site (spreadsheets, scripts): their addresses are absolute. */
function exportRow(row: PressDocument): ExportRow {
  return {
    date: row.date,
    communiqueTitle: row.communiqueTitle,
    communiqueUrl: absoluteUrl(row.communiqueUrl),
    label: row.label,
    url: absoluteUrl(row.url),
    format: row.format,
    bytes: row.bytes,
    size: row.size,
  };
}

export const documentsJson = oncePerList((rows: readonly PressDocument[]): string => `${JSON.stringify(rows.map(exportRow), null, 2)}\n`);

/** RFC 4180 quoting: a cell with the separator, a quote or a line break goes between quotes. */
export function csvCell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * `;`-separated, as French spreadsheets expect (the comma is their decimal mark), CRLF line ends
 * (RFC 4180). The byte order mark is what makes Excel read the file as UTF-8: without it, the
 * accents of every title are garbled when a journalist double-clicks the file.
 */
export const documentsCsv = oncePerList((rows: readonly PressDocument[]): string => {
  const lines = [COLUMNS.map(([, header]) => header), ...rows.map(exportRow).map((row) => COLUMNS.map(([key]) => row[key]))];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(";")).join("\r\n")}\r\n`;
});

function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** The list as a plain-text table for the terminal; long titles are cut to fit `width`. */
export function documentsTable(rows: readonly PressDocument[], width = 120): string {
  const header = ["Date", "Format", "Taille", "Document", "Communiqué"];
  const cells = rows.map((r) => [r.date, r.format, r.size, r.label, r.communiqueTitle]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const fixed = widths.slice(0, 3).reduce((a, b) => a + b + 2, 0);
  const room = Math.max(20, width - fixed - 2);
  widths[3] = Math.min(widths[3]!, Math.ceil(room * 0.4));
  widths[4] = Math.min(widths[4]!, room - widths[3]);
  const line = (c: string[]) => c.map((text, i) => (i === c.length - 1 ? fit(text, widths[i]!).trimEnd() : fit(text, widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}

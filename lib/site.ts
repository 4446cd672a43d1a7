/**
 * The whole site as data: every content file read once, validated, turned into page models, plus
 * the list pages. The build, the checker and the templates all start from `loadSite`.
 */
import fs from "node:fs";
import path from "node:path";
import site from "../_data/site.json" with { type: "json" };
import { DateTime } from "luxon";
import { checkDocument } from "./checks.ts";
import { newestFirst, withTimeLimit } from "./dates.ts";
import { PRESS_ROOM_URL, toCommunique, type Communique, type Term } from "./communiques.ts";
import type { z } from "zod";
import { forgetText, readDocument, report, validateDocument, type KindRules, type SourceDocument } from "./content.ts";
import { AGENDA_URL, agendaOrder, toEvent, type AgendaEvent } from "./events.ts";
import { siteFeeds, type Feed } from "./feeds.ts";
import { hasErrors, makeFinding, type Finding } from "./findings.ts";
import { toJob, type Job } from "./jobs.ts";
import { communiqueKind, eventKind, jobKind, type ContentKind } from "./kinds.ts";
import { DOCUMENTS_URL } from "./press-documents.ts";
import { slugFromFileName } from "./slug.ts";
import type { RenderedBody } from "./markdown.ts";
import { uploadLinks, Uploads } from "./uploads.ts";
import { JOBS_URL } from "./urls.ts";

export interface SiteOptions {
  contentDir: string;
  /**
   * The preview (`npm start`): drafts are shown with a badge, and a file with errors becomes an
   * error page listing them instead of being left out, so the server never stops on a typo.
   */
  preview?: boolean;
  /** The build time: it splits the agenda into upcoming and past events, tells expired job offers and dates in the future. Default: now. */
  now?: DateTime;
}

export interface ListPage<T> {
  items: T[];
  pageNumber: number;
  pageCount: number;
  url: string;
  previousUrl?: string;
  nextUrl?: string;
  /** The category or tag the list is about. */
  term?: Term;
  termKind?: "category" | "tag" | "metier" | "region";
}

/** In preview, the page of a file with errors: its findings, at the address its file name gives. */
export interface ErrorPage {
  url: string;
  /** The file's title when it can be read, else its name. */
  title: string;
  /** Usually one; several when files with errors would share an address. */
  sources: { file: string; findings: Finding[] }[];
}

export interface Site {
  contentDir: string;
  uploadsDir: string;
  /** The build time the site was loaded for. */
  now: DateTime;
  /** Every content file read: communiqués, events, then job offers. */
  documents: SourceDocument[];
  findings: Finding[];
  communiques: Communique[];
  pressPages: ListPage<Communique>[];
  /** The lists of each category, then of each tag. */
  termPages: ListPage<Communique>[];
  categories: Term[];
  tags: Term[];
  /** Events in agenda order: upcoming soonest first, past newest first, undated last. */
  events: AgendaEvent[];
  agendaPages: ListPage<AgendaEvent>[];
  /** Every published offer, newest first; expired ones keep their page. */
  jobs: Job[];
  /** The offers whose deadline is not past: the default listing. */
  openJobs: Job[];
  /** The open offers of each trade, then of each region. */
  jobFacetPages: ListPage<Job>[];
  metiers: Term[];
  regions: Term[];
  /** The feed files: the press room's Atom, RSS and JSON feeds, an Atom feed per category. */
  feeds: Feed[];
  /** Empty outside the preview. */
  errorPages: ErrorPage[];
  /** Upload files (relative to the uploads folder) that only drafts or embargoed communiqués link to: left out of the build. */
  withheldUploads: string[];
}

/** The content folder's sub-folder, under its name or a Jekyll one (`_communiques`, `_evenements` for `agenda`). */
export function contentFolder(contentDir: string, name: string, jekyllName = `_${name}`): string {
  const plain = path.join(contentDir, name);
  const jekyll = path.join(contentDir, jekyllName);
  return !fs.existsSync(plain) && fs.existsSync(jekyll) ? jekyll : plain;
}

const MARKDOWN = /\.(md|markdown)$/i;

/** The Markdown files of a content folder and its sub-folders, as Jekyll reads them; other files get a warning. */
export function markdownFiles(folder: string, ignoredFindings: Finding[]): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith(".") && !path.relative(folder, entry.parentPath).split(path.sep).some((p) => p.startsWith(".")))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
    .filter((file) => {
      if (MARKDOWN.test(file)) return true;
      ignoredFindings.push(makeFinding("fichier-ignore", { file: path.relative(process.cwd(), file), line: 1, column: 1, field: "fichier" }));
      return false;
    });
}

export function paginate<T>(items: T[], baseUrl: string, pageSize = site.pageSize, term?: Term, termKind?: ListPage<T>["termKind"]): ListPage<T>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const urlOf = (n: number) => (n === 1 ? baseUrl : `${baseUrl}page/${n}/`);
  return Array.from({ length: pageCount }, (_, i) => ({
    items: items.slice(i * pageSize, (i + 1) * pageSize),
    pageNumber: i + 1,
    pageCount,
    url: urlOf(i + 1),
    previousUrl: i > 0 ? urlOf(i) : undefined,
    nextUrl: i + 1 < pageCount ? urlOf(i + 2) : undefined,
    term,
    termKind,
  }));
}

/** Groups items by term (category, tag, trade, region), each group paginated. */
function termPages<T>(items: T[], kind: NonNullable<ListPage<T>["termKind"]>, termsOf: (item: T) => Term[]): { terms: Term[]; pages: ListPage<T>[] } {
  const groups = new Map<string, { term: Term; items: T[] }>();
  for (const item of items) {
    for (const term of termsOf(item)) {
      const group = groups.get(term.slug) ?? { term, items: [] };
      group.items.push(item);
      groups.set(term.slug, group);
    }
  }
  const sorted = [...groups.values()].sort((a, b) => a.term.label.localeCompare(b.term.label, "fr"));
  return { terms: sorted.map((g) => g.term), pages: sorted.flatMap((g) => paginate(g.items, g.term.url, site.pageSize, g.term, kind)) };
}

/**
 * Two sources that would write the same page: an error on each, naming the other. A source that
 * would overwrite a page the site writes itself (`reserved`) is an error too.
 */
export function checkDuplicateUrls(entries: { url: string; doc: SourceDocument }[], reserved: ReadonlySet<string> = new Set()): void {
  const byUrl = new Map<string, SourceDocument>();
  for (const { url, doc } of entries) {
    if (reserved.has(url)) {
      report(doc, "url-reservee", "permalink", { url });
      continue;
    }
    const other = byUrl.get(url);
    if (other) {
      report(doc, "url-en-double", "permalink", { url, other: other.displayPath });
      report(other, "url-en-double", "permalink", { url, other: doc.displayPath });
    } else byUrl.set(url, doc);
  }
}

/** What a page may link to in the uploads folder. */
interface LinkingPage {
  url: string;
  draft: boolean;
  /** A communiqué under embargo at build time. */
  embargo?: unknown;
  image?: { src: string };
  downloads?: { href: string }[];
  chapeauHtml?: string;
  body: RenderedBody;
}

/** A file read, checked and turned into its page, kept while the file and what it depends on stay the same. */
interface ProcessedFile {
  stamp: string;
  /** The file's modification time, size and inode when it was read. */
  version: string;
  /** The build time it was made for, and the first instant at which it may be made otherwise (see `sinceNow`). */
  madeAt: number;
  validUntil: number;
  doc: SourceDocument;
  page: LinkingPage | null;
  /** Findings of the file itself; those comparing it with other files are added after. */
  ownFindings: number;
}

/**
 * The preview reloads the site at every save: files that did not change are not read again (their
 * modification time, size and inode tell). The stamp covers what a page depends on besides its
 * text: the uploads folder (a file added or removed) and the mode; the build time counts only
 * from the first instant the file's page compared it with (an embargo lifting, a deadline passing).
 */
const processed = new Map<string, ProcessedFile>();

/**
 * Reads, validates and checks each file of a kind and builds its page model, pausing (`yield`)
 * after each file. Drafts and embargoed communiqués are withheld from the build (the preview shows
 * them): they come back apart. `onBuilt` is told of each page model that will be published.
 */
function* buildPages<S extends z.ZodObject, P extends LinkingPage>(
  files: string[],
  rules: KindRules & { schema: S },
  context: { options: SiteOptions; now: DateTime; uploadsStamp: string },
  toPage: (doc: SourceDocument, data: z.infer<S>) => P,
  onBuilt: (page: P) => void = () => {},
): Generator<void, { documents: SourceDocument[]; built: { page: P; doc: SourceDocument }[]; withheld: P[] }> {
  const documents: SourceDocument[] = [];
  const built: { page: P; doc: SourceDocument }[] = [];
  const withheld: P[] = [];
  const common = `${context.uploadsStamp}|${context.options.preview ? 1 : 0}`;
  const now = context.now.toMillis();
  // Only the preview reads the same files again: a one-off build or check keeps nothing.
  const cache = context.options.preview ? processed : undefined;
  for (const file of files) {
    let entry = cache?.get(file);
    const stat = cache && fs.statSync(file);
    const version = stat ? `${stat.mtimeMs}|${stat.size}|${stat.ino}` : "";
    if (entry?.stamp === common && entry.version === version && entry.madeAt <= now && now < entry.validUntil) {
      entry.doc.findings.length = entry.ownFindings;
    } else {
      const doc = readDocument(file, fs.readFileSync(file, "utf8"));
      const { result: page, validUntil } = withTimeLimit(() => {
        const data = validateDocument(doc, rules);
        const page = data && toPage(doc, data);
        // The same text checks for every kind, in the build as in `npm run check`.
        checkDocument(doc, { now: context.now });
        return page;
      });
      entry = { stamp: common, version, madeAt: now, validUntil, doc, page, ownFindings: doc.findings.length };
      cache?.set(file, entry);
    }
    // A one-off build keeps no file's text once its checks ran: the page model holds what it shows.
    if (!cache) forgetText(entry.doc);
    documents.push(entry.doc);
    const page = entry.page as P | null;
    if (page && (page.draft || page.embargo) && !context.options.preview) withheld.push(page);
    else if (page) {
      built.push({ page, doc: entry.doc });
      onBuilt(page);
    }
    yield;
  }
  return { documents, built, withheld };
}

/** The `/uploads/…` files a page links to (image, downloads, links and images of its text), decoded. */
function uploadsOf(page: LinkingPage): string[] {
  return [...uploadLinks([page.image?.src, ...(page.downloads ?? []).map((d) => d.href), page.chapeauHtml].join(" ")), ...page.body.uploads()];
}

/** Files that only withheld pages link to: a draft's or an embargoed press kit must not be published before its page. */
function withheldUploads(visible: LinkingPage[], withheld: LinkingPage[]): string[] {
  if (withheld.length === 0) return [];
  const published = new Set(visible.flatMap(uploadsOf));
  return [...new Set(withheld.flatMap(uploadsOf))].filter((file) => !published.has(file)).sort();
}

/** The folder of a kind in the content folder, under its name or its Jekyll one. */
export function kindFolder(contentDir: string, kind: ContentKind): string {
  return contentFolder(contentDir, kind.folder, kind.jekyllFolder);
}

/**
 * The error pages of the preview: one per address given by the file name of a file with errors.
 * Pages of valid files are built from the rest (`withoutErrors`), so no address is written twice.
 */
function errorPages(sources: readonly { kind: ContentKind; documents: readonly SourceDocument[] }[]): ErrorPage[] {
  const pages = new Map<string, ErrorPage>();
  for (const { kind, documents } of sources) {
    for (const doc of documents.filter((d) => hasErrors(d.findings))) {
      const url = `${kind.baseUrl}${slugFromFileName(doc.absolutePath)}/`;
      const title = typeof doc.data?.title === "string" && doc.data.title.trim() ? doc.data.title.trim() : path.basename(doc.absolutePath);
      const page = pages.get(url) ?? { url, title, sources: [] };
      page.sources.push({ file: doc.displayPath, findings: [...doc.findings].sort((a, b) => a.line - b.line || a.column - b.column) });
      pages.set(url, page);
    }
  }
  return [...pages.values()];
}

/** Pages of files with errors, or at an error page's address, give way to the error pages. */
function withoutErrors<P extends { url: string }>(entries: { page: P; doc: SourceDocument }[], failed: readonly ErrorPage[]): { page: P; doc: SourceDocument }[] {
  const failedUrls = new Set(failed.map((page) => page.url));
  return entries.filter(({ page, doc }) => !hasErrors(doc.findings) && !failedUrls.has(page.url));
}

type Built<P> = { page: P; doc: SourceDocument }[];

/** The pages' models in their orders, and every list page made from them. */
function siteLists(built: Built<Communique>, builtEvents: Built<AgendaEvent>, builtJobs: Built<Job>) {
  const communiques = built.map((b) => b.page).sort(newestFirst);
  const jobs = builtJobs.map((b) => b.page).sort(newestFirst);
  const openJobs = jobs.filter((job) => !job.expired);
  const events = agendaOrder(builtEvents.map((b) => b.page));
  return {
    communiques,
    jobs,
    openJobs,
    events,
    pressPages: paginate(communiques, PRESS_ROOM_URL),
    agendaPages: paginate(events, AGENDA_URL),
    categories: termPages(communiques, "category", (c) => (c.category ? [c.category] : [])),
    tags: termPages(communiques, "tag", (c) => c.tags),
    metiers: termPages(openJobs, "metier", (job) => (job.metier ? [job.metier] : [])),
    regions: termPages(openJobs, "region", (job) => (job.region ? [job.region] : [])),
  };
}

/** Addresses of the pages the site writes itself, which no content file may take. */
function siteUrls(lists: ReturnType<typeof siteLists>): Set<string> {
  const pages: ListPage<unknown>[] = [
    ...lists.pressPages,
    ...lists.agendaPages,
    ...lists.categories.pages,
    ...lists.tags.pages,
    ...lists.metiers.pages,
    ...lists.regions.pages,
  ];
  return new Set(["/", DOCUMENTS_URL, JOBS_URL, ...pages.map((page) => page.url)]);
}

/** A page model as soon as it is built, with its kind. */
export type BuiltModel = { kind: "communique"; model: Communique } | { kind: "event"; model: AgendaEvent } | { kind: "job"; model: Job };

/** Lets the event loop run (timers, pipes to other processes) between two pieces of synchronous work. */
export const giveWay = () => new Promise((resolve) => setImmediate(resolve));

/** Reads and checks the whole content folder. */
export function loadSite(options: SiteOptions): Site {
  const steps = siteSteps(options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, telling `onBuilt` of each published page model as soon as its file is read (in file
 * order), and giving way to the event loop every few files, so that what `onBuilt` starts (writing
 * the page, sending it to Pagefind) goes on while the next files are read. `onKindRead` is told
 * when every file of a kind is read; the offers are read first (see `siteSteps`).
 */
export async function loadSiteStreaming(options: SiteOptions, onBuilt: (built: BuiltModel) => void, onKindRead: (kind: BuiltModel["kind"]) => void = () => {}): Promise<Site> {
  const steps = siteSteps(options, onBuilt, onKindRead);
  for (let count = 1; ; count++) {
    const step = steps.next();
    if (step.done) return step.value;
    if (count % 16 === 0) await giveWay();
  }
}

function* siteSteps(options: SiteOptions, onBuilt: (built: BuiltModel) => void = () => {}, onKindRead: (kind: BuiltModel["kind"]) => void = () => {}): Generator<void, Site> {
  const contentDir = path.resolve(options.contentDir);
  const uploadsDir = contentFolder(contentDir, "uploads");
  const uploads = new Uploads(uploadsDir);
  const now = options.now ?? DateTime.now();
  const looseFindings: Finding[] = [];
  const uploadsStamp = fs.existsSync(uploadsDir) ? String(fs.statSync(uploadsDir).mtimeMs) : "";
  const context = { options, now, uploadsStamp };
  const filesOf = (kind: ContentKind) => markdownFiles(kindFolder(contentDir, kind), looseFindings);
  // Listed in the site's order (communiqués, events, offers: the findings keep it), read offers first:
  // the build then writes their search index, the smaller, while it reads the rest (lib/build-output.ts).
  const files = { communique: filesOf(communiqueKind), event: filesOf(eventKind), job: filesOf(jobKind) };
  const jobPages = yield* buildPages(files.job, jobKind, context, (doc, data) => toJob(doc, data, now), (model) => onBuilt({ kind: "job", model }));
  onKindRead("job");
  const communiquePages = yield* buildPages(files.communique, communiqueKind, context, (doc, data) => toCommunique(doc, data, uploads, now), (model) => onBuilt({ kind: "communique", model }));
  onKindRead("communique");
  const eventPages = yield* buildPages(files.event, eventKind, context, (doc, data) => toEvent(doc, data, uploads, now), (model) => onBuilt({ kind: "event", model }));
  onKindRead("event");
  const communiqueDocs = communiquePages.documents;
  const eventDocs = eventPages.documents;
  const jobDocs = jobPages.documents;
  let built = communiquePages.built;
  let builtEvents = eventPages.built;
  let builtJobs = jobPages.built;
  const documents = [...communiqueDocs, ...eventDocs, ...jobDocs];
  checkDuplicateUrls(
    [...built, ...builtEvents, ...builtJobs].map(({ page, doc }) => ({ url: page.url, doc })),
    siteUrls(siteLists(built, builtEvents, builtJobs)),
  );
  const failed = options.preview
    ? errorPages([
        { kind: communiqueKind, documents: communiqueDocs },
        { kind: eventKind, documents: eventDocs },
        { kind: jobKind, documents: jobDocs },
      ])
    : [];
  if (options.preview) {
    built = withoutErrors(built, failed);
    builtEvents = withoutErrors(builtEvents, failed);
    builtJobs = withoutErrors(builtJobs, failed);
  }

  const { communiques, jobs, openJobs, events, pressPages, agendaPages, categories, tags, metiers, regions } = siteLists(built, builtEvents, builtJobs);
  return {
    contentDir,
    uploadsDir,
    now,
    documents,
    findings: [...looseFindings, ...documents.flatMap((d) => d.findings)],
    communiques,
    pressPages,
    termPages: [...categories.pages, ...tags.pages],
    categories: categories.terms,
    tags: tags.terms,
    events,
    agendaPages,
    jobs,
    openJobs,
    jobFacetPages: [...metiers.pages, ...regions.pages],
    metiers: metiers.terms,
    regions: regions.terms,
    feeds: siteFeeds(communiques, categories.terms),
    errorPages: failed,
    withheldUploads: withheldUploads(
      [...built, ...builtEvents, ...builtJobs].map((b) => b.page),
      [...communiquePages.withheld, ...eventPages.withheld, ...jobPages.withheld],
    ),
  };
}


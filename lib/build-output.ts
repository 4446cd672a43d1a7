/**
 * The output of a one-off build (`npm run build`), written as a pipeline. Each communiqué, event
 * and offer page is rendered as soon as its file is read and handed to a second thread
 * (lib/page-sink.ts), which writes it and sends it to Pagefind. Only these pages are searchable:
 * once they are all read, Pagefind writes the index while Eleventy's fixed pages and the lists,
 * which need the whole site, are rendered.
 */
import { Worker } from "node:worker_threads";
import type { EleventyResult } from "@11ty/eleventy";
import { checkAddresses, itemPages, sitePages, type WrittenPage } from "./content-pages.ts";
import type { SentPage, SinkMessage, SinkReply } from "./page-sink.ts";
import { giveWay, type BuiltModel, type Site } from "./site.ts";

/** How many pages may wait for the second thread: beyond, the main thread waits (memory stays flat). */
const MAX_AHEAD = 512;

type ReplyOf<T extends SinkReply["type"]> = Extract<SinkReply, { type: T }>;

interface Waiter {
  type: SinkReply["type"];
  resolve: (reply: SinkReply) => void;
  reject: (error: Error) => void;
}

/** A worker running a TypeScript module, under the build script (tsx) as under the tests (vitest). */
function typeScriptWorker(module: URL, workerData: unknown): Worker {
  const start = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(start, { eval: true, workerData });
}

export class BuildOutput {
  private readonly written = new Set<string>();
  private sent = 0;
  private acknowledged = 0;
  private waiters: Waiter[] = [];
  private batch: SentPage[] = [];
  private readonly encoder = new TextEncoder();
  private failure: Error | undefined;
  private indexed: Promise<ReplyOf<"indexed">> | undefined;
  private readonly exited: Promise<unknown>;

  private constructor(
    readonly outputDir: string,
    private readonly sink: Worker,
  ) {
    sink.on("message", (reply: SinkReply) => this.receive(reply));
    sink.on("error", (error) => this.fail(error));
    this.exited = new Promise((resolve) => sink.once("exit", resolve));
  }

  /** Starts the second thread and Pagefind; the pages go into `outputDir`, a folder that starts empty. */
  static async open(outputDir: string): Promise<BuildOutput> {
    const output = new BuildOutput(outputDir, typeScriptWorker(new URL("./page-sink.ts", import.meta.url), { outputDir }));
    await output.next("written");
    return output;
  }

  private receive(reply: SinkReply): void {
    if (reply.type === "failed") return this.fail(new Error(reply.message));
    if (reply.type === "written") this.acknowledged = reply.count;
    const [ready, waiting] = [this.waiters.filter((w) => w.type === reply.type), this.waiters.filter((w) => w.type !== reply.type)];
    this.waiters = waiting;
    for (const waiter of ready) waiter.resolve(reply);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiters) waiter.reject(this.failure);
    this.waiters = [];
  }

  /** The next reply of a kind (or the thread's failure). */
  private next<T extends SinkReply["type"]>(type: T): Promise<ReplyOf<T>> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.waiters.push({ type, resolve: resolve as (reply: SinkReply) => void, reject }));
  }

  private send(message: SinkMessage): void {
    this.sink.postMessage(message, message.type === "pages" ? message.pages.map((page) => page.bytes.buffer) : []);
  }

  private publish(page: WrittenPage): void {
    // TextEncoder gives each page a buffer of its own (Buffer.from may share one), so it can be moved.
    this.batch.push({ url: page.url, bytes: this.encoder.encode(page.content), searchable: page.content.includes("data-pagefind-body") });
    this.sent++;
    this.written.add(page.url);
  }

  /**
   * Sends the pages published since the last batch. One message per page woke the second thread
   * for each: on two cores shared with Pagefind, the main thread then waited 2 s in postMessage at
   * N = 10,000.
   */
  private sendBatch(): void {
    if (!this.batch.length) return;
    this.send({ type: "pages", pages: this.batch });
    this.batch = [];
  }

  /** Between files read (every 16): sends their pages, lets the replies in, and waits while the second thread is too far behind. */
  async pause(): Promise<void> {
    this.sendBatch();
    await giveWay();
    while (this.sent - this.acknowledged > MAX_AHEAD) await this.next("written");
    if (this.failure) throw this.failure;
  }

  /** The pages of a communiqué, event or offer, as soon as it is built; its body is not kept (see `RenderedBody`). */
  addItem(built: BuiltModel): void {
    for (const page of itemPages(built)) this.publish({ url: page.url, content: page.render() });
    built.model.body.forget();
  }

  /** Every searchable page is sent: Pagefind writes the index meanwhile. */
  startIndex(): void {
    this.sendBatch();
    this.indexed = this.next("indexed");
    // Awaited in finish(); a failure before then is not an unhandled rejection.
    this.indexed.catch(() => {});
    this.send({ type: "index" });
  }

  /** After Eleventy: the pages made from the whole site. None of them, nor Eleventy's, is searchable. */
  async addSitePages(site: Site, eleventyPages: readonly EleventyResult[]): Promise<void> {
    const taken = new Set(eleventyPages.map((result) => result.url).filter((url) => url !== false));
    const pages = sitePages(site);
    checkAddresses([...this.written, ...pages.map((page) => page.url)], taken);
    const searchable = eleventyPages.find((page) => page.content.includes("data-pagefind-body"));
    if (searchable) throw new Error(`la page ${String(searchable.url)} est à indexer : lib/build-output.ts n’indexe que les pages des contenus`);
    for (const [count, page] of pages.entries()) {
      this.publish({ url: page.url, content: page.render() });
      if (count % 16 === 15) await this.pause();
    }
  }

  /** Waits until every page is on disk and the index is written. Returns the number of pages indexed. */
  async finish(): Promise<number> {
    if (!this.indexed) this.startIndex();
    this.sendBatch();
    const flushed = this.next("flushed");
    this.send({ type: "flush" });
    const [indexed] = await Promise.all([this.indexed!, flushed]);
    return indexed.pages;
  }

  /** Stops Pagefind and the second thread (after a failure, or once finished). */
  async close(): Promise<void> {
    this.send({ type: "close" });
    await this.exited;
  }
}

/**
 * The build's second thread (started by lib/build-output.ts): it writes each page file and sends
 * the searchable ones to Pagefind, so that the main thread only reads, checks and renders. On this
 * machine, making folders and writing files waits on the disk for about as long as rendering takes.
 * https://nodejs.org/docs/latest-v20.x/api/worker_threads.html
 */
import { parentPort, workerData } from "node:worker_threads";
import { PageFiles } from "./page-files.ts";
import { SearchSession } from "./search-index.ts";

/** What the main thread sends, in order. */
export type SinkMessage =
  /** The pages of the files read since the last batch: one message each would wake this thread per page. */
  | { type: "pages"; pages: SentPage[] }
  /** No searchable page comes after this one: Pagefind may write the index. */
  | { type: "index" }
  /** Answered once every page sent before is on disk. */
  | { type: "flush" }
  | { type: "close" };

/**
 * A page as UTF-8 bytes, moved to this thread rather than copied: a page sent as a string was copied
 * twice on its way (serialized, then read back here) and encoded once more to be written.
 */
export interface SentPage {
  url: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** Whether it goes to Pagefind: only those pages are decoded again. */
  searchable: boolean;
}

/** What the thread answers. */
export type SinkReply =
  /** After each batch: how many pages are written (the main thread waits when too far ahead). */
  | { type: "written"; count: number }
  | { type: "indexed"; pages: number }
  | { type: "flushed" }
  | { type: "failed"; message: string };

const port = parentPort!;
const { outputDir } = workerData as { outputDir: string };
const files = new PageFiles(outputDir);
const search = await SearchSession.open();
let written = 0;
let indexing = false;
const decoder = new TextDecoder();
const reply = (message: SinkReply) => port.postMessage(message);
const failed = (error: unknown) => reply({ type: "failed", message: error instanceof Error ? error.message : String(error) });

port.on("message", (message: SinkMessage) => {
  try {
    switch (message.type) {
      case "pages":
        for (const page of message.pages) {
          files.write(page.url, page.bytes);
          if (!page.searchable) continue;
          if (indexing) throw new Error(`la page ${page.url} est à indexer mais l’index est déjà écrit`);
          search.add({ url: page.url, content: decoder.decode(page.bytes) });
        }
        written += message.pages.length;
        reply({ type: "written", count: written });
        break;
      case "index":
        indexing = true;
        search.write(outputDir).then((pages) => reply({ type: "indexed", pages }), failed);
        break;
      case "flush":
        reply({ type: "flushed" });
        break;
      case "close":
        void search.close().then(() => port.close());
        break;
    }
  } catch (error) {
    failed(error);
  }
});
reply({ type: "written", count: 0 });

/**
 * Every generated page is valid HTML under html-validate's recommended rules, with two exceptions
 * in `.htmlvalidate.json` (JSON holds no comments, so the reasons are here):
 * - `long-title` off: a title is the page's own title plus the site name (RGAA 8.6 and the site's
 *   rule), and communiqué titles alone often pass 70 characters; shortening them would hide content.
 * - `aria-label-misuse` skips `div`: DSFR's modal pattern (the header menu) names a `div` with
 *   `aria-labelledby`, which DSFR's script turns into `role="dialog"` when the modal opens.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { sampleSite } from "../helpers.ts";
import { htmlFiles, projectValidator, urlOf } from "./pages.ts";

describe("html-validate on every page of the sample site", () => {
  let output: string;
  beforeAll(async () => {
    output = (await sampleSite()).output;
  });

  it("finds no error", async () => {
    const validator = projectValidator();
    const problems: string[] = [];
    const files = htmlFiles(output);
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const m of report.results.flatMap((r) => r.messages)) {
        problems.push(`${urlOf(output, file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}${m.selector ? ` (${m.selector})` : ""}`);
      }
    }
    expect(files.length).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it("reports real errors, and applies the project's exceptions only", async () => {
    const page = (title: string, body: string) => `<!DOCTYPE html><html lang="fr"><head><title>${title}</title></head><body><main>${body}</main></body></html>`;
    const rules = async (source: string) => (await projectValidator().validateString(source)).results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(await rules(page("x", "<button>ok</button><p><div></div></p>"))).toEqual(expect.arrayContaining(["no-implicit-button-type", "close-order"]));
    expect(await rules(page("x", '<p aria-label="x">paragraphe</p>'))).toEqual(["aria-label-misuse"]);
    // The exceptions: long titles (a communiqué title plus the site name) and DSFR's named modal div.
    expect(await rules(page("t".repeat(120), '<div class="fr-modal" id="m" aria-labelledby="b">x</div><button type="button" id="b">b</button>'))).toEqual([]);
  });
});

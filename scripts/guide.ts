/** `npm run guide`: writes docs/guide-redaction.md from its source, the schema and the message catalogue. */
import fs from "node:fs";
import { runCommand } from "../lib/cli.ts";
import { GUIDE, GUIDE_SOURCE, guideMarkdown } from "../lib/guide.ts";

function main(): void {
  fs.writeFileSync(GUIDE, guideMarkdown(fs.readFileSync(GUIDE_SOURCE, "utf8")));
  console.log(`${GUIDE} est à jour.`);
}

if (import.meta.url === `file://${process.argv[1]}`) runCommand(main, "Usage : npm run guide");

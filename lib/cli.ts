/** What the commands share: telling a content folder that cannot be read, in French. */
import fs from "node:fs";

/** Why `dir` cannot be used as a content folder, or null when it can. */
export function folderProblem(dir: string): string | null {
  try {
    if (!fs.statSync(dir).isDirectory()) return `« ${dir} » n’est pas un dossier.`;
    fs.readdirSync(dir);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? `Le dossier « ${dir} » n’existe pas.` : `Le dossier « ${dir} » ne peut pas être lu (${code}).`;
  }
}

/** `npm run check | head` closes the pipe early: stop quietly instead of printing a stack trace. */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

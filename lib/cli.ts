/** What the commands share: French refusals and exit codes, never a stack trace. */
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

/** A refusal the user can act on: its French message is all that is printed. */
export class CommandError extends Error {
  constructor(
    message: string,
    /** 2 for a usage error, 1 otherwise. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** Runs a command: a CommandError prints its message, a bad option the usage, anything else one French line. */
export function runCommand(main: () => unknown, usage: string): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof CommandError) {
        console.error(message);
        process.exit(error.exitCode);
      }
      const badOption = String((error as { code?: unknown }).code ?? "").startsWith("ERR_PARSE_ARGS");
      console.error(badOption ? `Option invalide : ${message}\n${usage}` : `Erreur inattendue : ${message}`);
      process.exit(badOption ? 2 : 1);
    });
}

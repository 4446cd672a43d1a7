/** Temporary folders for tests, removed when their test file ends (tests/setup.ts). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const made: string[] = [];

export function temporaryDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `presse-${prefix}-`));
  made.push(dir);
  return dir;
}

export function removeTemporaryDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

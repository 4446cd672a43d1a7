/**
 * Runs before each test file (vitest `setupFiles`). Its `afterAll` is registered first, so it runs
 * after the file's own hooks have stopped the servers and browsers that used the folders.
 */
import { afterAll } from "vitest";
import { removeTemporaryDirs } from "./temporary.ts";

afterAll(removeTemporaryDirs);

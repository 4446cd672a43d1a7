/**
 * The part of Eleventy 3's API this project uses (Eleventy ships no type declarations).
 * https://www.11ty.dev/docs/config/  https://www.11ty.dev/docs/programmatic/
 */
declare module "@11ty/eleventy" {
  export interface EleventyResult {
    url: string | false;
    inputPath: string;
    outputPath: string | false;
    content: string;
  }

  export interface UserConfig {
    addExtension(extensions: string[], options: { key: string }): void;
    addTemplateFormats(formats: string | string[]): void;
    setTemplateFormats(formats: string[]): void;
    addGlobalData(name: string, value: unknown): void;
    addPassthroughCopy(copy: string | Record<string, string>): void;
    addWatchTarget(target: string): void;
    setWatchThrottleWaitTime(ms: number): void;
    setInputDirectory(dir: string): void;
    setOutputDirectory(dir: string): void;
    setIncludesDirectory(dir: string): void;
    setDataDirectory(dir: string): void;
    setQuietMode(quiet: boolean): void;
    setServerOptions(options: Record<string, unknown>): void;
    setUseGitIgnore(use: boolean): void;
    on(event: "eleventy.after", handler: (event: { results: EleventyResult[]; runMode: string; directories: { output: string } }) => unknown): void;
    on(event: "eleventy.before", handler: (event: { runMode: string }) => unknown): void;
    ignores: Set<string>;
    watchIgnores: Set<string>;
  }

  export interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string | false;
    config?: (config: UserConfig) => void | Promise<void>;
    runMode?: "build" | "watch" | "serve";
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    /** Silences Eleventy's console output (errors are still thrown). */
    disableLogger(): void;
    toJSON(): Promise<EleventyResult[]>;
  }
}

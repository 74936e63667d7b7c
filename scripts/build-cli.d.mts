// Types for scripts/build-cli.mjs (plain JavaScript, so bin/dsplus.js can run it without a TypeScript step).
export declare const ROOT: string;
export declare const OUT: string;
export declare const INPUTS: string;
/** Builds build/cli/; returns the sources read and the npm packages left external. */
export declare function buildCli(): Promise<{ inputs: string[]; external: string[] }>;

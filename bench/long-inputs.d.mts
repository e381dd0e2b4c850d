// Types for long-inputs.mjs, which the tests use as well as the bench.
export declare const FORMATS: readonly string[];
export declare function longText(bytes: number): string;
export declare function callWith(format: string, text: string): string;
export declare function manyTurns(count: number): string;
export declare function writeLongLines(dir: string, bytes: number): Record<string, string>;

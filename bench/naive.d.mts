// Types for naive.mjs, which the tests use as well as the bench.
export declare function textFiles(dir: string): string[];
export declare function naiveLint(dirs: string[]): { filePath: string; hits: number[] }[];

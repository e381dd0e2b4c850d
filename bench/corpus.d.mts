// Types for corpus.mjs, which the tests use as well as the bench.
export declare function prng(seed: number): () => number;
export declare function transcript(rand: () => number, targetBytes: number): string;
export interface CorpusOptions {
  count?: number;
  perFolder?: number;
  seed?: number;
  meanBytes?: number;
}
export declare function writeCorpus(dir: string, options?: CorpusOptions): number;
export declare function ensureCorpus(dir: string, options?: CorpusOptions): { bytes: number; reused: boolean };
export declare function writeMultiCallFile(path: string, targetBytes: number, options?: { seed?: number; meanBytes?: number }): { bytes: number; calls: number };

import type { Stats } from 'node:fs';

/** Files smaller than this are sent uncompressed. */
export declare const MIN_COMPRESS_BYTES: number;
/** Larger files are streamed uncompressed. */
export declare const MAX_COMPRESS_BYTES: number;
/** Encodings the static server can produce, preferred first. */
export declare const ENCODINGS: readonly ['br', 'gzip'];
export type Encoding = (typeof ENCODINGS)[number];
/** Whether a Content-Type is worth compressing. */
export declare function isCompressible(contentType: string): boolean;
/** The encoding to send for an Accept-Encoding value, or null for identity. */
export declare function negotiateEncoding(header: string | string[] | undefined): Encoding | null;
/** A cache of compressed file bodies keyed by path, encoding, size and mtime. */
export declare function createCompressionCache(): {
  get(file: string, stats: Stats, encoding: Encoding): Promise<Buffer>;
  readonly size: number;
};

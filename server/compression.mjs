// Content-Encoding negotiation and an in-memory cache of compressed file bytes for server/static.mjs.
//
// Only text-like types are compressed (HTML, JS, CSS, JSON, SVG, ...); images, fonts and other
// already-compressed formats are sent as they are. Compressed bytes are kept per file, encoding and
// (size, mtime), so each file is compressed once per change.

import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Files smaller than this are sent uncompressed: the saving would not pay for the work. */
export const MIN_COMPRESS_BYTES = 1024;

/** Larger files are streamed uncompressed rather than held in memory. */
export const MAX_COMPRESS_BYTES = 16 * 1024 * 1024;

/** Encodings we can produce, in order of preference when the client accepts both equally. */
export const ENCODINGS = /** @type {const} */ (['br', 'gzip']);

/** @typedef {(typeof ENCODINGS)[number]} Encoding */

/**
 * Whether a Content-Type is worth compressing (text, JavaScript, JSON, XML, SVG, manifests, wasm).
 *
 * @param {string} contentType
 * @returns {boolean}
 */
export function isCompressible(contentType) {
  const type = contentType.split(';')[0].trim().toLowerCase();
  return (
    type.startsWith('text/') ||
    type === 'application/json' ||
    type === 'application/manifest+json' ||
    type === 'application/xml' ||
    type === 'application/wasm' ||
    type === 'image/svg+xml' ||
    type === 'image/x-icon'
  );
}

/**
 * Picks the encoding to send for an Accept-Encoding header value, or null for the identity encoding.
 * Honours q-values (q=0 refuses) and the "*" wildcard; prefers brotli over gzip on a tie.
 *
 * @param {string | string[] | undefined} header
 * @returns {Encoding | null}
 */
export function negotiateEncoding(header) {
  if (!header) return null;
  const text = Array.isArray(header) ? header.join(',') : header;
  /** @type {Map<string, number>} */
  const weights = new Map();
  for (const part of text.split(',')) {
    const [name, ...params] = part.trim().split(';');
    const coding = name.trim().toLowerCase();
    if (!coding) continue;
    let q = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(param);
      if (match) q = Number(match[1]);
    }
    if (Number.isNaN(q)) continue;
    weights.set(coding, Math.max(weights.get(coding) ?? 0, q));
  }
  /** @type {Encoding | null} */
  let best = null;
  let bestQ = 0;
  for (const coding of ENCODINGS) {
    const q = weights.get(coding) ?? (coding === 'gzip' ? weights.get('x-gzip') : undefined) ?? weights.get('*') ?? 0;
    if (q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  return best;
}

/**
 * @param {Buffer} bytes
 * @param {Encoding} encoding
 * @returns {Promise<Buffer>}
 */
function compress(bytes, encoding) {
  if (encoding === 'br') {
    return brotli(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        // Quality 9 is close to the best ratio at a fraction of quality 11's time; results are cached.
        [zlib.constants.BROTLI_PARAM_QUALITY]: 9,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
  }
  return gzip(bytes, { level: 9 });
}

/**
 * Creates a cache of compressed file bodies keyed by path and encoding, valid while the file's size and
 * mtime are unchanged. Concurrent requests for the same file share one compression.
 */
export function createCompressionCache() {
  /** @type {Map<string, { version: string, body: Promise<Buffer> }>} */
  const entries = new Map();

  return {
    /**
     * The compressed bytes of file for encoding.
     *
     * @param {string} file
     * @param {import('node:fs').Stats} stats
     * @param {Encoding} encoding
     * @returns {Promise<Buffer>}
     */
    get(file, stats, encoding) {
      const key = `${encoding}\0${file}`;
      const version = `${stats.size}-${stats.mtimeMs}`;
      const cached = entries.get(key);
      if (cached?.version === version) return cached.body;
      const body = readFile(file).then((bytes) => compress(bytes, encoding));
      entries.set(key, { version, body });
      // A failed read (file removed meanwhile) must not stay cached.
      body.catch(() => {
        if (entries.get(key)?.body === body) entries.delete(key);
      });
      return body;
    },
    /** Number of cached bodies (for tests). */
    get size() {
      return entries.size;
    },
  };
}

import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createCompressionCache, isCompressible, negotiateEncoding } from './compression.mjs';

describe('negotiateEncoding', () => {
  it('prefers brotli, falls back to gzip, and returns null for identity', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
    expect(negotiateEncoding('x-gzip')).toBe('gzip');
    expect(negotiateEncoding('deflate')).toBeNull();
    expect(negotiateEncoding('identity')).toBeNull();
    expect(negotiateEncoding('')).toBeNull();
    expect(negotiateEncoding(undefined)).toBeNull();
  });

  it('honours q-values and the wildcard', () => {
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0.2, gzip;q=0.8')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*;q=0')).toBeNull();
    expect(negotiateEncoding('br;q=0, *')).toBe('gzip');
  });
});

describe('isCompressible', () => {
  it('compresses text-like types only', () => {
    for (const type of ['text/html; charset=utf-8', 'text/javascript; charset=utf-8', 'application/json; charset=utf-8', 'image/svg+xml', 'application/manifest+json; charset=utf-8']) {
      expect(isCompressible(type), type).toBe(true);
    }
    for (const type of ['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'font/woff2', 'application/octet-stream']) {
      expect(isCompressible(type), type).toBe(false);
    }
  });
});

describe('createCompressionCache', () => {
  it('compresses once per file version and shares the result', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cognito-sandbox-compress-'));
    try {
      const file = path.join(dir, 'a.js');
      await writeFile(file, 'let x = 1;\n'.repeat(500));
      const cache = createCompressionCache();
      const stats = await stat(file);
      const [one, two] = await Promise.all([cache.get(file, stats, 'gzip'), cache.get(file, stats, 'gzip')]);
      expect(one).toBe(two);
      expect(zlib.gunzipSync(one).toString('utf8')).toBe('let x = 1;\n'.repeat(500));
      expect(cache.size).toBe(1);
      await cache.get(file, stats, 'br');
      expect(cache.size).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

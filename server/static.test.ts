import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, createStaticServer } from './static.mjs';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let tempDir: string;
let server: http.Server;
let port: number;

/** Sends the request target exactly as given (no URL normalisation, unlike fetch). */
function request(target: string, method = 'GET', headers: http.OutgoingHttpHeaders = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: target, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Like request, but keeps the body as raw bytes (for compressed replies). */
function requestBytes(target: string, headers: http.OutgoingHttpHeaders = {}, method = 'GET'): Promise<Omit<Reply, 'body'> & { body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: target, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Text big enough to be compressed (well over the server's minimum size). */
const BIG_SCRIPT = Array.from({ length: 400 }, (_, i) => `export const value${i} = ${i} * 2; // line ${i}\n`).join('');
/** Bytes of a fake PNG (images are never re-compressed). */
const PNG_BYTES = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(4096, 7)]);

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), 'cognito-sandbox-static-'));
  const root = path.join(tempDir, 'out');
  await mkdir(path.join(root, 'sandbox'), { recursive: true });
  await mkdir(path.join(root, '_next', 'static', 'chunks'), { recursive: true });
  await writeFile(path.join(tempDir, 'package.json'), '{"secret":"outside the web root"}');
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>home</title>');
  await writeFile(path.join(root, '404.html'), '<!doctype html><title>custom 404</title>');
  await writeFile(path.join(root, 'about.html'), '<!doctype html><title>about</title>');
  await writeFile(path.join(root, 'sandbox', 'index.html'), '<!doctype html><title>sandbox</title>');
  await writeFile(path.join(root, 'sandbox', 'index.txt'), 'rsc payload');
  await writeFile(path.join(root, '_next', 'static', 'chunks', 'app.js'), 'console.log(1);');
  await writeFile(path.join(root, '_next', 'static', 'chunks', 'app.css'), 'body{}');
  await writeFile(path.join(root, 'data.json'), '{"ok":true}');
  await writeFile(path.join(root, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(path.join(root, 'space name.txt'), 'spaces work');
  await writeFile(path.join(root, '_next', 'static', 'chunks', 'big.js'), BIG_SCRIPT);
  await writeFile(path.join(root, 'photo.png'), PNG_BYTES);

  server = createStaticServer(root);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

describe('static server', () => {
  it('serves index.html for / and for directory URLs with a trailing slash', async () => {
    const home = await request('/');
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.body).toContain('<title>home</title>');

    const sandbox = await request('/sandbox/?tab=users');
    expect(sandbox.status).toBe(200);
    expect(sandbox.body).toContain('<title>sandbox</title>');
  });

  it('redirects a directory URL without a trailing slash, keeping the query', async () => {
    const reply = await request('/sandbox?x=1');
    expect(reply.status).toBe(308);
    expect(reply.headers.location).toBe('/sandbox/?x=1');
  });

  it('maps /x to x.html', async () => {
    const reply = await request('/about');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>about</title>');
  });

  it('sends the right content types', async () => {
    expect((await request('/_next/static/chunks/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await request('/_next/static/chunks/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await request('/data.json')).headers['content-type']).toBe('application/json; charset=utf-8');
    expect((await request('/icon.svg')).headers['content-type']).toBe('image/svg+xml');
    expect((await request('/sandbox/index.txt?_rsc=abc')).headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(contentTypeFor('x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('x.wasm')).toBe('application/wasm');
    expect(contentTypeFor('x.PNG')).toBe('image/png');
    expect(contentTypeFor('x.ico')).toBe('image/x-icon');
    expect(contentTypeFor('x.map')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream');
  });

  it('caches hashed assets forever and revalidates pages', async () => {
    expect((await request('/_next/static/chunks/app.js')).headers['cache-control']).toContain('immutable');
    const page = await request('/');
    expect(page.headers['cache-control']).toBe('no-cache');
    const again = await request('/', 'GET', { 'If-None-Match': page.headers.etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
  });

  it('decodes percent-encoded paths', async () => {
    const reply = await request('/space%20name.txt');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('spaces work');
  });

  it('answers unknown paths with 404.html and status 404', async () => {
    const reply = await request('/no/such/page/');
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body).toContain('custom 404');
    expect((await request('/missing.js')).status).toBe(404);
  });

  it('refuses path traversal', async () => {
    for (const target of ['/../package.json', '/sandbox/../../package.json', '/..%2fpackage.json', '/%2e%2e/package.json', '/..\\package.json']) {
      const reply = await request(target);
      expect(reply.status, target).toBe(400);
      expect(reply.body, target).not.toContain('secret');
    }
  });

  it('supports HEAD and rejects other methods', async () => {
    const head = await request('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);

    const post = await request('/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  describe('compression', () => {
    it('sends brotli when accepted, and the body decompresses to the file', async () => {
      const reply = await requestBytes('/_next/static/chunks/big.js', { 'Accept-Encoding': 'gzip, deflate, br' });
      expect(reply.status).toBe(200);
      expect(reply.headers['content-encoding']).toBe('br');
      expect(reply.headers.vary).toBe('Accept-Encoding');
      expect(Number(reply.headers['content-length'])).toBe(reply.body.length);
      expect(reply.body.length).toBeLessThan(Buffer.byteLength(BIG_SCRIPT));
      expect(zlib.brotliDecompressSync(reply.body).toString('utf8')).toBe(BIG_SCRIPT);
    });

    it('sends gzip when only gzip is accepted', async () => {
      const reply = await requestBytes('/_next/static/chunks/big.js', { 'Accept-Encoding': 'gzip' });
      expect(reply.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(reply.body).toString('utf8')).toBe(BIG_SCRIPT);
    });

    it('honours q=0 and prefers the higher q-value', async () => {
      const noBrotli = await requestBytes('/_next/static/chunks/big.js', { 'Accept-Encoding': 'br;q=0, gzip' });
      expect(noBrotli.headers['content-encoding']).toBe('gzip');
      const gzipFirst = await requestBytes('/_next/static/chunks/big.js', { 'Accept-Encoding': 'br;q=0.5, gzip;q=0.9' });
      expect(gzipFirst.headers['content-encoding']).toBe('gzip');
    });

    it('sends the plain file when compression is not accepted', async () => {
      for (const headers of [{}, { 'Accept-Encoding': 'identity' }, { 'Accept-Encoding': 'gzip;q=0, br;q=0' }]) {
        const reply = await requestBytes('/_next/static/chunks/big.js', headers);
        expect(reply.status).toBe(200);
        expect(reply.headers['content-encoding']).toBeUndefined();
        // Still Vary, so a shared cache does not hand this body to a client that accepts brotli.
        expect(reply.headers.vary).toBe('Accept-Encoding');
        expect(reply.body.toString('utf8')).toBe(BIG_SCRIPT);
      }
    });

    it('leaves images and small files untouched', async () => {
      const image = await requestBytes('/photo.png', { 'Accept-Encoding': 'gzip, br' });
      expect(image.headers['content-type']).toBe('image/png');
      expect(image.headers['content-encoding']).toBeUndefined();
      expect(image.headers.vary).toBeUndefined();
      expect(image.body.equals(PNG_BYTES)).toBe(true);

      const small = await requestBytes('/data.json', { 'Accept-Encoding': 'gzip, br' });
      expect(small.headers['content-encoding']).toBeUndefined();
      expect(small.body.toString('utf8')).toBe('{"ok":true}');
    });

    it('gives each encoding its own ETag and answers 304 for the matching one', async () => {
      const plain = await requestBytes('/_next/static/chunks/big.js');
      const br = await requestBytes('/_next/static/chunks/big.js', { 'Accept-Encoding': 'br' });
      expect(br.headers.etag).not.toBe(plain.headers.etag);
      const again = await requestBytes('/_next/static/chunks/big.js', { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag });
      expect(again.status).toBe(304);
      const mismatched = await requestBytes('/_next/static/chunks/big.js', { 'If-None-Match': br.headers.etag });
      expect(mismatched.status).toBe(200);
    });

    it('answers HEAD with the compressed length and no body', async () => {
      const get = await requestBytes('/_next/static/chunks/big.js', { 'Accept-Encoding': 'gzip' });
      const head = await requestBytes('/_next/static/chunks/big.js', { 'Accept-Encoding': 'gzip' }, 'HEAD');
      expect(head.headers['content-encoding']).toBe('gzip');
      expect(head.headers['content-length']).toBe(String(get.body.length));
      expect(head.body.length).toBe(0);
    });

    it('recompresses a file after it changes', async () => {
      const file = path.join(tempDir, 'out', 'changing.txt');
      await writeFile(file, 'a'.repeat(5000));
      const first = await requestBytes('/changing.txt', { 'Accept-Encoding': 'gzip' });
      expect(zlib.gunzipSync(first.body).toString('utf8')).toBe('a'.repeat(5000));
      await writeFile(file, 'b'.repeat(6000));
      const second = await requestBytes('/changing.txt', { 'Accept-Encoding': 'gzip' });
      expect(zlib.gunzipSync(second.body).toString('utf8')).toBe('b'.repeat(6000));
    });
  });
});

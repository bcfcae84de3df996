import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
});

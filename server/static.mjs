#!/usr/bin/env node
// A tiny, dependency-free static file server for the exported site in out/.
//
//   node server/static.mjs            # serves ./out on http://127.0.0.1:3000
//   PORT=8080 HOST=0.0.0.0 node server/static.mjs
//
// URL mapping (matches `next build` with output: 'export' and trailingSlash: true):
//   /x/        -> out/x/index.html
//   /x         -> out/x (a file), else out/x.html, else a redirect to /x/ when out/x/ is a directory
//   not found  -> out/404.html with status 404 (plain text when there is none)
// Only GET and HEAD are allowed; paths containing ".." segments, backslashes or NUL bytes are refused.
// Text-like files are sent brotli- or gzip-compressed when the client's Accept-Encoding allows it
// (compressed bytes are cached in memory per file and mtime; see compression.mjs).

import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_COMPRESS_BYTES, MIN_COMPRESS_BYTES, createCompressionCache, isCompressible, negotiateEncoding } from './compression.mjs';

/** @type {Readonly<Record<string, string>>} */
export const CONTENT_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
});

/**
 * @param {string} filePath
 * @returns {string}
 */
export function contentTypeFor(filePath) {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * @param {string} file
 * @returns {Promise<import('node:fs').Stats | null>}
 */
async function statOrNull(file) {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

/**
 * Creates (but does not start) an HTTP server that serves the files under rootDir.
 *
 * @param {string} rootDir
 * @returns {http.Server}
 */
export function createStaticServer(rootDir) {
  const root = path.resolve(rootDir);
  /** @type {Promise<string> | undefined} */
  let realRootPromise;
  const realRoot = () => (realRootPromise ??= realpath(root).catch(() => root));
  const compressed = createCompressionCache();

  /**
   * Returns the stats of a regular file inside the root (after resolving symlinks), or null.
   * @param {string} file
   */
  async function fileInRoot(file) {
    const stats = await statOrNull(file);
    if (!stats?.isFile()) return null;
    const [real, base] = await Promise.all([realpath(file), realRoot()]);
    if (real !== base && !real.startsWith(base + path.sep)) return null;
    return stats;
  }

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {number} status
   * @param {string} file
   * @param {import('node:fs').Stats} stats
   * @param {string} pathname
   * @returns {Promise<void>}
   */
  async function sendFile(req, res, status, file, stats, pathname) {
    const contentType = contentTypeFor(file);
    const compressible =
      isCompressible(contentType) && stats.size >= MIN_COMPRESS_BYTES && stats.size <= MAX_COMPRESS_BYTES;
    const encoding = compressible ? negotiateEncoding(req.headers['accept-encoding']) : null;
    const baseTag = `${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}`;
    // Each representation gets its own validator, so caches never mix compressed and plain bytes.
    const etag = `W/"${baseTag}${encoding ? `-${encoding}` : ''}"`;
    res.setHeader('Content-Type', contentType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (compressible) res.setHeader('Vary', 'Accept-Encoding');
    if (status === 200) {
      res.setHeader('ETag', etag);
      res.setHeader('Last-Modified', stats.mtime.toUTCString());
      // Next.js puts content-hashed assets under /_next/static/; everything else must be revalidated.
      res.setHeader(
        'Cache-Control',
        pathname.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304).end();
        return;
      }
    } else {
      res.setHeader('Cache-Control', 'no-store');
    }
    if (encoding) {
      const body = await compressed.get(file, stats, encoding);
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Length', body.length);
      res.writeHead(status);
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.setHeader('Content-Length', stats.size);
    res.writeHead(status);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  /**
   * @param {http.ServerResponse} res
   * @param {number} status
   * @param {string} message
   * @param {Record<string, string>} [headers]
   */
  function sendText(res, status, message, headers = {}) {
    const body = `${message}\n`;
    res.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  }

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  async function notFound(req, res) {
    const page = path.join(root, '404.html');
    const stats = await fileInRoot(page);
    if (stats) await sendFile(req, res, 404, page, stats, '/404.html');
    else sendText(res, 404, 'Not found');
  }

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }

    // Work on the raw request target (not a WHATWG URL, which would silently normalise "/../").
    const target = req.url ?? '/';
    const queryStart = target.search(/[?#]/);
    const rawPath = queryStart === -1 ? target : target.slice(0, queryStart);
    const search = queryStart === -1 ? '' : target.slice(queryStart).replace(/#.*$/, '');

    /** @type {string} */
    let pathname;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch {
      sendText(res, 400, 'Bad request');
      return;
    }
    const segments = pathname.split('/');
    if (
      !pathname.startsWith('/') ||
      pathname.includes('\0') ||
      pathname.includes('\\') ||
      segments.some((segment) => segment === '..' || segment === '.')
    ) {
      sendText(res, 400, 'Bad request');
      return;
    }

    const local = path.join(root, ...segments.filter(Boolean));
    if (local !== root && !local.startsWith(root + path.sep)) {
      sendText(res, 400, 'Bad request');
      return;
    }

    if (pathname.endsWith('/')) {
      const index = path.join(local, 'index.html');
      const stats = await fileInRoot(index);
      if (stats) await sendFile(req, res, 200, index, stats, pathname);
      else await notFound(req, res);
      return;
    }

    const exact = await fileInRoot(local);
    if (exact) {
      await sendFile(req, res, 200, local, exact, pathname);
      return;
    }

    const html = `${local}.html`;
    const htmlStats = await fileInRoot(html);
    if (htmlStats) {
      await sendFile(req, res, 200, html, htmlStats, pathname);
      return;
    }

    if ((await statOrNull(local))?.isDirectory()) {
      // encodeURI keeps "/" and re-escapes what decodeURIComponent decoded.
      const location = `${encodeURI(pathname)}/${search}`;
      sendText(res, 308, `Redirecting to ${location}`, { Location: location });
      return;
    }

    await notFound(req, res);
  }

  return http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error(error);
      if (res.headersSent) res.destroy();
      else sendText(res, 500, 'Internal server error');
    });
  });
}

/**
 * Starts serving rootDir and resolves once listening.
 *
 * @param {{ rootDir?: string, port?: number, host?: string }} [options]
 * @returns {Promise<http.Server>}
 */
export function startStaticServer({
  rootDir = fileURLToPath(new URL('../out/', import.meta.url)),
  port = Number(process.env.PORT ?? 3000),
  host = process.env.HOST ?? '127.0.0.1',
} = {}) {
  const server = createStaticServer(rootDir);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      console.log(`Cognito Sandbox on http://localhost:${actualPort}`);
      resolve(server);
    });
  });
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (isMain) {
  const portText = process.env.PORT ?? '3000';
  if (!/^\d+$/.test(portText) || Number(portText) > 65535) {
    console.error(`Invalid PORT: ${portText}`);
    process.exit(1);
  }
  startStaticServer().then(
    (server) => {
      const stop = () => {
        server.close(() => process.exit(0));
        server.closeAllConnections();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error) => {
      console.error(`Could not start the static server: ${error.message}`);
      process.exit(1);
    },
  );
}

#!/usr/bin/env node
// `npm start`: build the static site if out/ is missing or stale, then serve it.
//
// The build is considered stale when out/index.html is older than the newest source file under
// app/, content/, simulator/, machines/ or public/, or than one of the top-level config files.

import { spawn } from 'node:child_process';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static.mjs';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(projectDir, 'out');
const SOURCE_DIRS = ['app', 'content', 'simulator', 'machines', 'public'];
const SOURCE_FILES = ['package.json', 'package-lock.json', 'next.config.js', 'postcss.config.mjs', 'tsconfig.json'];
// Files that cannot change the built site.
const IGNORED = /(^|[\\/])(node_modules|\.[^\\/]+)$|\.(test|spec)\.[cm]?[jt]sx?$/;

/** @param {string} file */
async function mtimeOf(file) {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * The newest modification time of any file under dir (0 when dir does not exist).
 * @param {string} dir
 * @returns {Promise<number>}
 */
async function newestUnder(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  const times = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(dir, entry.name);
      if (IGNORED.test(full)) return 0;
      if (entry.isDirectory()) return newestUnder(full);
      return mtimeOf(full);
    }),
  );
  return Math.max(0, ...times);
}

/** @returns {Promise<string | null>} why a build is needed, or null when out/ is up to date */
async function buildReason() {
  const built = await mtimeOf(path.join(outDir, 'index.html'));
  if (built === 0) return 'out/index.html is missing';
  const newest = Math.max(
    ...(await Promise.all(SOURCE_DIRS.map((dir) => newestUnder(path.join(projectDir, dir))))),
    ...(await Promise.all(SOURCE_FILES.map((file) => mtimeOf(path.join(projectDir, file))))),
  );
  return newest > built ? 'sources changed since the last build' : null;
}

/** Runs `next build` with inherited stdio; exits the process if it fails. */
function build() {
  /** @type {[string, string[]]} */
  let command;
  try {
    // Run the project's own Next.js directly (same as `npx next build`, without npx's overhead).
    const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
    command = [process.execPath, [nextBin, 'build']];
  } catch {
    command = [process.platform === 'win32' ? 'npx.cmd' : 'npx', ['next', 'build']];
  }
  return new Promise((resolve) => {
    const child = spawn(command[0], command[1], {
      cwd: projectDir,
      stdio: 'inherit',
      env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env },
      shell: process.platform === 'win32' && command[0] === 'npx.cmd',
    });
    child.on('error', (error) => {
      console.error(`\nCould not run next build: ${error.message}`);
      process.exit(1);
    });
    child.on('exit', (code, signal) => {
      if (code === 0) {
        resolve(undefined);
        return;
      }
      console.error(`\nnext build failed (${signal ? `signal ${signal}` : `exit code ${code}`}); not starting the server.`);
      process.exit(code || 1);
    });
  });
}

// Two servers started at once from one checkout (e.g. two Playwright runs on different ports)
// must not run `next build` into the same .next/ side by side: the second waits for the first,
// then checks again whether the site is still stale.
const lockDir = path.join(projectDir, '.build-lock');
const STALE_LOCK_MS = 15 * 60 * 1000;

async function acquireBuildLock() {
  for (;;) {
    try {
      await mkdir(lockDir);
      const release = () => rm(lockDir, { recursive: true, force: true });
      process.once('exit', () => {
        try {
          // Synchronous best effort on exit (build failures call process.exit).
          createRequire(import.meta.url)('node:fs').rmSync(lockDir, { recursive: true, force: true });
        } catch {
          /* already gone */
        }
      });
      return release;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
      const age = Date.now() - (await mtimeOf(lockDir));
      if (age > STALE_LOCK_MS) {
        await rm(lockDir, { recursive: true, force: true });
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

if (await buildReason()) {
  const release = await acquireBuildLock();
  try {
    const reason = await buildReason();
    if (reason) {
      console.log(`Building the site (${reason})…`);
      const started = Date.now();
      await build();
      console.log(`Build finished in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
  } finally {
    await release();
  }
}

try {
  const server = await startStaticServer({ rootDir: outDir });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(`Could not start the static server: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

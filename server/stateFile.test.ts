import { spawn } from 'node:child_process';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SimState } from '../simulator/core/model';
import { loadStateFile, StateFileError, StateSaver, writeFileAtomic } from './stateFile';
import { listDir, removeDir, tempDir } from './testHelpers';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const emptyState = (region = 'us-east-1', nextMessageId = 1): SimState => ({ version: 1, region, userPools: {}, outbox: [], nextMessageId });

let dir: string;
beforeEach(async () => {
  dir = await tempDir('state');
});
afterEach(async () => {
  await removeDir(dir);
});

describe('loadStateFile', () => {
  it('returns undefined when the file does not exist yet', async () => {
    expect(await loadStateFile(path.join(dir, 'missing.json'))).toBeUndefined();
  });

  it('loads a valid snapshot', async () => {
    const file = path.join(dir, 'state.json');
    await writeFile(file, JSON.stringify(emptyState('eu-west-1', 42)));
    expect(await loadStateFile(file)).toEqual(emptyState('eu-west-1', 42));
  });

  const bad: Array<[string, string, RegExp]> = [
    ['not JSON', '{"version": 1, "region": ', /not valid JSON/],
    ['empty', '', /not valid JSON/],
    ['foreign JSON', '{"name":"some other tool","items":[]}', /not a Cognito Sandbox snapshot/],
    ['a JSON array', '[1,2,3]', /not a Cognito Sandbox snapshot/],
    ['a newer version', JSON.stringify({ ...emptyState(), version: 2 }), /version 2 is not supported/],
    ['damaged fields', JSON.stringify({ ...emptyState(), region: 42 }), /damaged/],
  ];
  it.each(bad)('refuses %s with a message naming the file, and leaves it untouched', async (_label, text, why) => {
    const file = path.join(dir, 'state.json');
    await writeFile(file, text);
    const before = await stat(file);
    const err = await loadStateFile(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StateFileError);
    expect((err as Error).message).toMatch(why);
    expect((err as Error).message).toContain(file);
    expect(await readFile(file, 'utf8')).toBe(text);
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
    expect(await listDir(dir)).toEqual(['state.json']);
  });

  it('reports a file it cannot read (a folder) as a StateFileError', async () => {
    const folder = path.join(dir, 'folder.json');
    await mkdir(folder);
    await expect(loadStateFile(folder)).rejects.toThrow(StateFileError);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const file = path.join(dir, '.endpoint-state.json');
    await writeFileAtomic(file, 'first');
    await writeFileAtomic(file, 'second');
    expect(await readFile(file, 'utf8')).toBe('second');
    expect(await listDir(dir)).toEqual(['.endpoint-state.json']);
  });

  it('keeps the old file and removes its temporary file when the write fails', async () => {
    // Renaming a file over a non-empty folder fails after the temporary file was written.
    const target = path.join(dir, 'state.json');
    await mkdir(target);
    await writeFile(path.join(target, 'keep'), 'x');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(await listDir(dir)).toEqual(['state.json']);
    expect(await readFile(path.join(target, 'keep'), 'utf8')).toBe('x');
  });

  it('never leaves a partial file when the writing process is killed mid-write', async () => {
    // A child process rewrites the file with two large, different, valid documents as fast as it can;
    // it is killed with SIGKILL at an arbitrary moment. The file must then be one of the two documents.
    const file = path.join(dir, 'state.json');
    const docs = ['a', 'b'].map((c) => JSON.stringify({ fill: c.repeat(2_000_000) }));
    await writeFile(file, docs[0]);
    const script = `
      import { writeFileAtomic } from ${JSON.stringify(path.join(projectDir, 'server/stateFile.ts'))};
      const docs = ${JSON.stringify(['a', 'b'])}.map((c) => JSON.stringify({ fill: c.repeat(2_000_000) }));
      process.stdout.write('ready\\n');
      for (let i = 1; ; i++) await writeFileAtomic(${JSON.stringify(file)}, docs[i % 2]);
    `;
    const scriptFile = path.join(dir, 'writer.mts');
    await writeFile(scriptFile, script);
    // `node --import tsx` (not the tsx CLI, which would run the script in a grandchild that SIGKILL does not reach).
    const child = spawn(process.execPath, ['--import', 'tsx', scriptFile], {
      cwd: projectDir,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => resolve());
      child.once('exit', (code) => reject(new Error(`writer exited early (${code})`)));
    });
    await new Promise((r) => setTimeout(r, 150 + Math.random() * 200));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const text = await readFile(file, 'utf8');
    expect(docs).toContain(text);
    // At most one temporary file of the killed writer is left, and the ignore rule covers its name.
    const others = (await listDir(dir)).filter((n) => n !== 'state.json' && n !== 'writer.mts');
    expect(others.length).toBeLessThanOrEqual(1);
    for (const n of others) expect(n).toMatch(/^state\.tmp-\d+-\d+\.json$/);
  });
});

describe('StateSaver', () => {
  it('writes only when the state changed, and group-commits saves asked for during a write', async () => {
    let state = emptyState();
    const writes: string[] = [];
    let release: () => void = () => undefined;
    const slowWrite = async (_p: string, text: string) => {
      writes.push(text);
      await new Promise<void>((r) => (release = r));
    };
    const saver = new StateSaver(path.join(dir, 'x.json'), () => state, slowWrite);
    saver.markSaved(state);
    expect(saver.dirty).toBe(false);
    await saver.save();
    expect(writes).toHaveLength(0);

    state = emptyState('us-east-1', 2);
    const first = saver.save();
    await new Promise((r) => setTimeout(r, 5));
    expect(writes).toHaveLength(1);
    // Three more changes while the first write runs: one more write covers them all.
    state = emptyState('us-east-1', 3);
    const a = saver.save();
    state = emptyState('us-east-1', 4);
    const b = saver.save();
    state = emptyState('us-east-1', 5);
    const c = saver.save();
    expect(a).toBe(b);
    expect(b).toBe(c);
    release();
    await first;
    await new Promise((r) => setTimeout(r, 5));
    expect(writes).toHaveLength(2);
    release();
    await Promise.all([a, b, c]);
    expect(JSON.parse(writes[1]).nextMessageId).toBe(5);
    expect(saver.dirty).toBe(false);
  });

  it('gathers the changes of delayMs into one write, and flush starts it at once', async () => {
    let state = emptyState();
    const writes: string[] = [];
    const saver = new StateSaver(path.join(dir, 'x.json'), () => state, async (_p, text) => {
      writes.push(text);
    });
    saver.markSaved(state);
    const saves: Array<Promise<void>> = [];
    for (let n = 2; n <= 4; n++) {
      state = emptyState('us-east-1', n);
      saves.push(saver.save(60_000));
    }
    expect(new Set(saves).size).toBe(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(writes).toHaveLength(0);
    await saver.flush();
    expect(writes).toHaveLength(1);
    expect(JSON.parse(writes[0]).nextMessageId).toBe(4);
    await Promise.all(saves);
    expect(saver.dirty).toBe(false);

    // A short delay writes by itself.
    state = emptyState('us-east-1', 5);
    await saver.save(5);
    expect(writes).toHaveLength(2);
  });

  it('rejects the save when the write fails, and retries on the next save', async () => {
    let state = emptyState();
    let fail = true;
    const written: string[] = [];
    const saver = new StateSaver(path.join(dir, 'x.json'), () => state, async (_p, text) => {
      if (fail) throw new Error('disk full');
      written.push(text);
    });
    state = emptyState('us-east-1', 7);
    await expect(saver.save()).rejects.toThrow('disk full');
    expect(saver.dirty).toBe(true);
    fail = false;
    await saver.save();
    expect(written).toHaveLength(1);
    expect(saver.dirty).toBe(false);
  });
});

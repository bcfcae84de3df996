/**
 * The HTTP endpoint's protocol behaviour, independent of which operations
 * exist: status page, AWS JSON 1.1 errors, CORS, limits, state file handling
 * and the command line.
 */
import { spawn } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListUserPoolsCommand } from '@aws-sdk/client-cognito-identity-provider';
import { supportedTargets } from '../simulator';
import { parseCliArgs, startEndpoint, StateFileError, type RunningEndpoint } from './endpoint';
import { awsCall, httpSdkClient, listDir, rawRequest, removeDir, tempDir, UUID_PATTERN } from './testHelpers';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const version = (JSON.parse(await readFile(path.join(projectDir, 'package.json'), 'utf8')) as { version: string }).version;
const snapshotText = (region: string) => JSON.stringify({ version: 1, region, userPools: {}, outbox: [], nextMessageId: 1 });

let dir: string;
let ep: RunningEndpoint;

beforeAll(async () => {
  dir = await tempDir('endpoint');
  await writeFile(path.join(dir, 'state.json'), snapshotText('eu-west-2'));
  ep = await startEndpoint({ port: 0, statePath: path.join(dir, 'state.json'), maxBodyBytes: 64 * 1024 });
});
afterAll(async () => {
  await ep?.close();
  await removeDir(dir);
});

describe('endpoint: status page', () => {
  it('answers GET / with an HTML page naming the service, version, pools and targets', async () => {
    const res = await rawRequest(ep.url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('Cognito Sandbox endpoint');
    expect(res.body).toContain(`Version ${version}`);
    expect(res.body).toContain('<strong>0</strong> user pool(s)');
    expect(res.body).toContain(`Supported targets (${supportedTargets().length})`);
    for (const t of supportedTargets()) expect(res.body).toContain(t);
  });

  it('answers GET / as JSON when asked for JSON, with the state it loaded', async () => {
    const res = await rawRequest(ep.url, { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(200);
    const info = JSON.parse(res.body);
    expect(info).toMatchObject({ name: 'Cognito Sandbox endpoint', version, region: 'eu-west-2', userPools: 0, endpoint: ep.url });
    expect(info.supportedTargets).toEqual(supportedTargets());
  });

  it('answers HEAD / without a body', async () => {
    const res = await rawRequest(ep.url, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    expect(Number(res.headers['content-length'])).toBeGreaterThan(0);
  });
});

describe('endpoint: AWS JSON 1.1 errors', () => {
  it('answers an unknown target with 400 UnknownOperationException, a request id and the error type header', async () => {
    const res = await awsCall(ep.url, 'AWSCognitoIdentityProviderService.NoSuchOperation', '{}');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(JSON.parse(res.body)).toEqual({ __type: 'UnknownOperationException', message: 'Unknown operation AWSCognitoIdentityProviderService.NoSuchOperation' });
    expect(res.headers['x-amzn-errortype']).toBe('UnknownOperationException:');
    expect(res.headers['x-amzn-requestid']).toMatch(UUID_PATTERN);
  });

  it('gives every answer its own request id', async () => {
    const [a, b] = await Promise.all([awsCall(ep.url, 'X.Y', '{}'), awsCall(ep.url, 'X.Y', '{}')]);
    expect(a.headers['x-amzn-requestid']).not.toBe(b.headers['x-amzn-requestid']);
  });

  it('requires the service prefix in X-Amz-Target, as AWS does', async () => {
    for (const target of ['DescribeUserPool', 'CognitoIdentityProviderService.DescribeUserPool', 'AWSCognitoIdentityProviderService.']) {
      const res = await awsCall(ep.url, target, '{"UserPoolId":"eu-west-2_Abc123456"}');
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toEqual({ __type: 'UnknownOperationException', message: `Unknown operation ${target}` });
    }
  });

  it('answers a call without X-Amz-Target with UnknownOperationException', async () => {
    const res = await rawRequest(ep.url, { method: 'POST', headers: { 'Content-Type': 'application/x-amz-json-1.1' }, body: '{}' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).__type).toBe('UnknownOperationException');
  });

  it.each(['{', '{"a":', 'nope', '{"a":1}}', '\u00ff\u00fe'])('answers malformed JSON %j with SerializationException', async (body) => {
    const res = await awsCall(ep.url, 'AWSCognitoIdentityProviderService.ListUserPools', body);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).__type).toBe('SerializationException');
    expect(res.headers['x-amzn-errortype']).toBe('SerializationException:');
  });

  it('refuses a body over the size limit with 413 before reading it all', async () => {
    const res = await awsCall(ep.url, 'AWSCognitoIdentityProviderService.ListUserPools', JSON.stringify({ x: 'a'.repeat(70 * 1024) }));
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({ __type: 'SerializationException', message: 'Request body is larger than 65536 bytes.' });
  });

  it('refuses a chunked body that grows over the limit', async () => {
    const res = await rawRequest(ep.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityProviderService.ListUserPools', 'Transfer-Encoding': 'chunked' },
      body: Buffer.alloc(200 * 1024, 0x20),
    });
    expect(res.status).toBe(413);
  });

  it('carries the error to the AWS SDK as a typed exception with the message', async () => {
    // An operation name no Cognito API has, so the answer does not depend on what is implemented.
    const client = httpSdkClient(ep.url);
    const { CognitoIdentityProviderServiceException } = await import('@aws-sdk/client-cognito-identity-provider');
    const cmd = new ListUserPoolsCommand({ MaxResults: 10 });
    cmd.middlewareStack.add(
      (next) => async (args) => {
        (args.request as { headers: Record<string, string> }).headers['x-amz-target'] = 'AWSCognitoIdentityProviderService.NoSuchOperation';
        return next(args);
      },
      { step: 'build', name: 'renameTarget' },
    );
    const err = await client.send(cmd).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CognitoIdentityProviderServiceException);
    expect((err as Error).name).toBe('UnknownOperationException');
    expect((err as Error).message).toBe('Unknown operation AWSCognitoIdentityProviderService.NoSuchOperation');
    expect((err as { $metadata: { httpStatusCode: number; requestId: string } }).$metadata).toMatchObject({ httpStatusCode: 400, requestId: expect.stringMatching(UUID_PATTERN) });
    client.destroy();
  });

  it('answers unsupported methods with 405 and unknown paths with 404', async () => {
    expect((await rawRequest(ep.url, { method: 'PUT', body: '{}' })).status).toBe(405);
    expect((await rawRequest(ep.url, { path: '/nothing/here' })).status).toBe(404);
  });

  it('answers the discovery URLs of a pool that does not exist with 404 and Cognito\u2019s message', async () => {
    for (const doc of ['jwks.json', 'openid-configuration']) {
      const res = await rawRequest(ep.url, { path: `/eu-west-2_Nope12345/.well-known/${doc}` });
      expect(res.status).toBe(404);
      expect(JSON.parse(res.body)).toEqual({ message: 'User pool eu-west-2_Nope12345 does not exist.' });
    }
  });
});

describe('endpoint: CORS', () => {
  it('answers a preflight with the methods and the headers the browser asked for', async () => {
    const res = await rawRequest(ep.url, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:3000',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,x-amz-target,x-amz-user-agent,cache-control',
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-methods']).toContain('POST');
    expect(res.headers['access-control-allow-headers']).toBe('content-type,x-amz-target,x-amz-user-agent,cache-control');
    expect(Number(res.headers['access-control-max-age'])).toBeGreaterThan(0);
  });

  it('allows the usual AWS client headers when the preflight lists none', async () => {
    const res = await rawRequest(ep.url, { method: 'OPTIONS', headers: { Origin: 'http://localhost:3000' } });
    expect(res.headers['access-control-allow-headers']?.toLowerCase()).toContain('x-amz-target');
    expect(res.headers['access-control-allow-headers']?.toLowerCase()).toContain('content-type');
  });

  it('lets a page read the error headers of an answer', async () => {
    const res = await awsCall(ep.url, 'X.Y', '{}', { Origin: 'http://localhost:3000' });
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const exposed = String(res.headers['access-control-expose-headers']).toLowerCase().split(',');
    expect(exposed).toEqual(expect.arrayContaining(['x-amzn-requestid', 'x-amzn-errortype', 'x-amzn-errormessage']));
  });
});

describe('endpoint: state file', () => {
  it('refuses to start on a corrupt state file, with a message, and leaves the file untouched', async () => {
    const d = await tempDir('corrupt');
    try {
      const file = path.join(d, 'state.json');
      const text = snapshotText('us-east-1').slice(0, 40);
      await writeFile(file, text);
      const before = await stat(file);
      const err = await startEndpoint({ port: 0, statePath: file }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StateFileError);
      expect((err as Error).message).toMatch(/Refusing to load the state file .*state\.json: The snapshot is not valid JSON\./);
      expect(await readFile(file, 'utf8')).toBe(text);
      expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
      expect(await listDir(d)).toEqual(['state.json']);
    } finally {
      await removeDir(d);
    }
  });

  it('does not write a state file until something changes', async () => {
    const d = await tempDir('nochange');
    try {
      const e = await startEndpoint({ port: 0, statePath: path.join(d, 'state.json') });
      await rawRequest(e.url);
      await awsCall(e.url, 'X.Y', '{}');
      await e.close();
      expect(await listDir(d)).toEqual([]);
    } finally {
      await removeDir(d);
    }
  });
});

describe('endpoint: command line', () => {
  it('parses flags, with flags winning over the environment', () => {
    expect(parseCliArgs([], {})).toMatchObject({ port: 9229, host: '127.0.0.1', statePath: '.endpoint-state.json' });
    expect(parseCliArgs([], { PORT: '9300', COGNITO_SANDBOX_STATE: '/tmp/s.json' })).toMatchObject({ port: 9300, statePath: '/tmp/s.json' });
    expect(parseCliArgs(['--port', '9400', '--state=/x.json'], { PORT: '9300' })).toMatchObject({ port: 9400, statePath: '/x.json' });
    expect(() => parseCliArgs(['--port', 'abc'], {})).toThrow('Invalid port abc');
    expect(() => parseCliArgs(['--port'], {})).toThrow('--port needs a value');
    expect(() => parseCliArgs(['--bogus'], {})).toThrow('Unknown option --bogus');
  });

  /** Runs `tsx server/endpoint.ts` and returns what it printed once it printed `until` (or exited). */
  function runCli(args: string[], until: RegExp): Promise<{ out: string; code: number | null; stop: () => Promise<number | null> }> {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectDir, 'server/endpoint.ts'), ...args], { cwd: projectDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    return new Promise((resolve) => {
      const check = () => {
        if (until.test(out)) resolve({ out, code: null, stop: () => (child.kill('SIGTERM'), exited) });
      };
      child.stdout.on('data', (c: Buffer) => ((out += c.toString()), check()));
      child.stderr.on('data', (c: Buffer) => ((out += c.toString()), check()));
      void exited.then((code) => resolve({ out, code, stop: async () => code }));
    });
  }

  it('prints its URL when ready, answers, and stops on SIGTERM with exit code 0', async () => {
    const d = await tempDir('cli');
    try {
      const run = await runCli(['--port', '0', '--state', path.join(d, 'state.json'), '--quiet'], /endpoint on (http:\S+)/);
      const url = /Cognito Sandbox endpoint on (http:\/\/127\.0\.0\.1:\d+)/.exec(run.out)?.[1];
      expect(url).toBeDefined();
      expect((await rawRequest(url as string)).status).toBe(200);
      expect(await run.stop()).toBe(0);
    } finally {
      await removeDir(d);
    }
  });

  it('exits non-zero with a clear message on a foreign state file, leaving it as it was', async () => {
    const d = await tempDir('cli-bad');
    try {
      const file = path.join(d, 'state.json');
      await writeFile(file, '{"some":"other file"}');
      const run = await runCli(['--port', '0', '--state', file], /$^/);
      expect(run.code).toBe(1);
      expect(run.out).toContain(`Refusing to load the state file ${file}: This is not a Cognito Sandbox snapshot (no version field).`);
      expect(await readFile(file, 'utf8')).toBe('{"some":"other file"}');
    } finally {
      await removeDir(d);
    }
  });
});

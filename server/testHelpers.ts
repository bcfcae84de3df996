/**
 * Helpers for the endpoint's tests: temporary state folders, raw HTTP
 * requests (exact bytes, no client library in between) and an SDK client
 * pointed at a running endpoint.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';

export interface RawReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Sends one request as given and collects the answer. */
export function rawRequest(
  url: string,
  opts: { method?: string; path?: string; headers?: http.OutgoingHttpHeaders; body?: string | Buffer } = {},
): Promise<RawReply> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, path: opts.path ?? '/', method: opts.method ?? 'GET', headers: opts.headers, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** POSTs an AWS JSON 1.1 call. */
export function awsCall(url: string, target: string, body: string, headers: http.OutgoingHttpHeaders = {}): Promise<RawReply> {
  return rawRequest(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': target, ...headers },
    body,
  });
}

/** A fresh temporary folder; remove it with {@link removeDir}. */
export const tempDir = (label: string): Promise<string> => mkdtemp(path.join(tmpdir(), `cognito-sandbox-${label}-`));
export const removeDir = (dir: string | undefined): Promise<void> => (dir ? rm(dir, { recursive: true, force: true }) : Promise.resolve());
export const listDir = (dir: string): Promise<string[]> => readdir(dir).then((names) => names.sort());

/** The real AWS SDK v3 client, talking HTTP to `url`. */
export function httpSdkClient(url: string, region = 'us-east-1'): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    region,
    endpoint: url,
    credentials: { accessKeyId: 'AKIDSANDBOX', secretAccessKey: 'sandbox-secret' },
    maxAttempts: 1,
  });
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

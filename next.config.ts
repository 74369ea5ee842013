import type { NextConfig } from 'next';

const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A second build can live beside the default one (benchmarks, parallel test suites).
  distDir: process.env.GATEWAY_BUILD_DIR || '.next',
  // Types are checked by `npm run typecheck` (part of `npm test`), over the whole project at once.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // Server-only packages with native files or wasm stay outside the bundles and load from node_modules.
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'pino', 'ioredis', 'undici', 'prom-client', 'esbuild'],
  async headers() {
    return [{ source: '/((?!api/gateway).*)', headers: securityHeaders }];
  },
};

export default nextConfig;

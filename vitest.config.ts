import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code (`*.test.ts`); integration tests (`*.int.test.ts`) use a real
// Postgres when DATABASE_URL is set (a fresh database per file) and embedded PGlite otherwise.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', '.next/**', '.next-*/**', '*-dist/**', 'e2e/**', 'dist/**', '.data/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

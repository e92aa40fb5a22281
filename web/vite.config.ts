// Build config. JSX through esbuild's automatic runtime (no React plugin needed).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 600 },
  server: {
    // `npm run dev` talks to the mock (or a real server) on 18081.
    proxy: { '/api': process.env.KOMPAS_API ?? 'http://127.0.0.1:18081' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
});

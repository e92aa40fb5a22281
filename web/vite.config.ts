// Build config. JSX through esbuild's automatic runtime (no React plugin needed).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 600 },
  server: {
    // `npm run dev` sends /api to a running `kompas serve`: by default the one `make run` starts
    // (port 8080, demo data and accounts); KOMPAS_API points it elsewhere.
    proxy: { '/api': process.env.KOMPAS_API ?? 'http://127.0.0.1:8080' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
});

/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The server serves designer/dist at `/` on the same origin; in development the API is proxied.
const apiTarget = process.env.HEALTHFLOWS_SERVER ?? 'http://localhost:5000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: { '/api': apiTarget, '/health': apiTarget },
    // The icon test reads the activity classes' [Activity(Icon = ...)] names; only Vitest may read outside designer/.
    ...(process.env.VITEST ? { fs: { allow: ['.', '../activities'] } } : {}),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/testing/setup-tests.ts'],
    css: false,
    restoreMocks: true,
    unstubGlobals: true,
  },
});

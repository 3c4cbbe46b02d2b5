import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Port of the Fastify server the dev server forwards API calls to. */
const apiTarget = `http://localhost:${process.env.PORT ?? '3000'}`;

/** Vite builds the single-page web app from src/web into dist/web, which the server serves. */
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        manualChunks: {
          react: ['react', 'react-dom', 'react-dom/client'],
          router: ['react-router'],
          query: ['@tanstack/react-query'],
          i18n: ['i18next', 'react-i18next'],
        },
      },
    },
  },
  server: {
    port: Number(process.env.WEB_DEV_PORT ?? '5173'),
    strictPort: true,
    proxy: {
      '/api': apiTarget,
      '/health': apiTarget,
      '/dev': apiTarget,
    },
  },
});

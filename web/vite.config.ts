// The web app's build: React with the automatic JSX runtime, output in dist/web (served by
// `dossier serve` at /). In development, /api goes to a running `dossier serve`.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { '/api': process.env.DOSSIER_API ?? 'http://127.0.0.1:8080' } },
});

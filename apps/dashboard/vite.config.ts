import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { bundleBudget } from './build/bundle-budget.js';

export default defineConfig({
  plugins: [svelte(), bundleBudget(350)],
  // The budget plugin is the size gate (gzip, first page only); Rolldown's raw-size warning would only repeat it.
  build: { manifest: true, chunkSizeWarningLimit: 1000 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});

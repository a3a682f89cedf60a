// The web app's build (tools/build-web.mjs runs it; `npm run web:dev` serves it with hot reload).
// Everything it emits is served by the api from its own origin: no CDN, no web fonts.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  html: {
    // The api replaces this placeholder with a fresh nonce in every index.html it sends, and names
    // the same nonce in the response's Content-Security-Policy; antd's <style> tags carry it too.
    cspNonce: 'CSP_NONCE_PLACEHOLDER',
  },
  build: {
    // tools/build-web.mjs reads the manifest to measure the initial JavaScript against its budget.
    manifest: true,
    assetsDir: 'assets',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npm run web:dev` talks to a tracker started with `npm start` on the default port.
    proxy: { '/graphql': 'http://localhost:3000', '/files': 'http://localhost:3000' },
  },
});

import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';

/**
 * The web app, served by the API under /app/ (same origin, so the session cookie and CSRF
 * header work without CORS). `npm run dev:web` proxies the API's routes to a running API
 * (API_URL, default http://127.0.0.1:3000). JSX is compiled by Vite's own oxc transform:
 * @vitejs/plugin-react would add only Fast Refresh, and its optional Babel peers cannot be
 * resolved beside jest's Babel by npm (see docs/dependencies.md).
 */
const apiRoutes = ['/auth', '/cases', '/me', '/programs', '/directory', '/admin', '/reports', '/calendar', '/health'];
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: import.meta.dirname,
  base: '/app/',
  plugins: [tailwindcss()],
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    reportCompressedSize: false,
    rollupOptions: {
      // React Router marks its modules "use client" for server components, which this app does not use.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: Object.fromEntries(apiRoutes.map((route) => [route, { target: apiUrl, changeOrigin: false }])) },
});

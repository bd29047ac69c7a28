import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The server (default port 4321) serves REST under /api and the board websocket under /sync. */
const server = 'http://127.0.0.1:4321';

export default defineConfig({
  plugins: [react()],
  resolve: { dedupe: ['yjs', 'react', 'react-dom'] },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: {
      '/api': { target: server, changeOrigin: true },
      '/sync': { target: server, ws: true, changeOrigin: true },
    },
  },
});

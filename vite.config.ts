import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// Two pages: the task pane and the ribbon function file. `--mode https` serves over the
// office-addin-dev-certs certificate so desktop Office and Office on the web can load the pane.
export default defineConfig(async ({ mode }): Promise<UserConfig> => {
  let https: UserConfig['server'] extends infer S ? (S extends { https?: infer H } ? H : never) : never;
  if (mode === 'https') {
    const devCerts = await import('office-addin-dev-certs');
    https = await devCerts.getHttpsServerOptions();
  }
  return {
    plugins: [react()],
    base: './',
    server: { https, open: false },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: false,
      chunkSizeWarningLimit: 4000,
      rollupOptions: {
        input: {
          taskpane: resolve(import.meta.dirname, 'taskpane/index.html'),
          commands: resolve(import.meta.dirname, 'commands/commands.html'),
        },
      },
    },
  };
});

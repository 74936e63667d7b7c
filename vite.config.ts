import { defineConfig, type ServerOptions } from 'vite';
import react from '@vitejs/plugin-react';
import { dirname, join, resolve } from 'node:path';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { mountRelay as MountRelay } from './scripts/dev-relay.ts';

// The manifest points at /assets/icon-NN.png: copy the icons there in the build (the dev server serves them from the root).
const manifestIcons = {
  name: 'manifest-icons',
  generateBundle(this: { emitFile(f: { type: 'asset'; fileName: string; source: Uint8Array }): void }) {
    for (const f of readdirSync('assets').filter((n) => n.endsWith('.png') || n.endsWith('.svg'))) {
      this.emitFile({ type: 'asset', fileName: `assets/${f}`, source: readFileSync(`assets/${f}`) });
    }
  },
};

// pdf.js's CMaps and standard font data, served from the pane's own origin at /pdfjs/: a PDF whose
// Chinese, Japanese or Korean text uses a font that is not embedded (common in Chinese office PDFs) reads
// as empty without them. Fetched only when such a PDF is opened; emitted into the build, served by the dev
// server from node_modules.
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const PDFJS_DATA = ['cmaps', 'standard_fonts'];
const pdfjsData = {
  name: 'pdfjs-data',
  configureServer(server: {
    middlewares: {
      use(path: string, fn: (req: { url?: string }, res: { setHeader(k: string, v: string): void; end(b: Uint8Array): void }, next: () => void) => void): void;
    };
  }) {
    server.middlewares.use('/pdfjs/', (req, res, next) => {
      const rel = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\/+/, '');
      const [dir, file, ...rest] = rel.split('/');
      if (!PDFJS_DATA.includes(dir) || !file || rest.length || !/^[\w.-]+$/.test(file) || !existsSync(join(PDFJS_DIR, dir, file))) return next();
      res.setHeader('Content-Type', 'application/octet-stream');
      res.end(readFileSync(join(PDFJS_DIR, dir, file)));
    });
  },
  generateBundle(this: { emitFile(f: { type: 'asset'; fileName: string; source: Uint8Array }): void }) {
    for (const dir of PDFJS_DATA) {
      for (const f of readdirSync(join(PDFJS_DIR, dir)))
        this.emitFile({ type: 'asset', fileName: `pdfjs/${dir}/${f}`, source: readFileSync(join(PDFJS_DIR, dir, f)) });
    }
  },
};

// The Content-Security-Policy of the built pane pages (task pane and ribbon function file), in a <meta>
// right after the charset. An add-in served from a static host cannot count on headers, and Microsoft
// publishes no CSP guidance (see docs/architecture.md, "Content-Security-Policy").
//
// - Scripts only from the pane's own files and Microsoft's Office.js origin; no inline script, no eval.
// - Pictures only from the pane, data: and blob: (the mind-map PNG, pictures the user opened): a remote
//   picture in a model's answer can never load by itself.
// - connect-src here is only the outer bound (any http/https origin, since the provider is the user's
//   choice); at startup the pane adds a second policy naming exactly the saved provider's origin
//   (taskpane/app/connect-policy.ts), and a browser enforces both.
// - Styles inline: Fluent UI and markmap insert <style> elements at run time.
const PANE_CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https: http:",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'self' https://appsforoffice.microsoft.com",
  "worker-src 'self' blob:",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Vite plugin: the policy in every built page (not in the dev server, whose React refresh runs inline). */
function contentSecurityPolicy(policy = PANE_CSP) {
  return {
    name: 'content-security-policy',
    apply: 'build' as const,
    transformIndexHtml(html: string): string {
      const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
      // Right after the charset declaration, before anything that could load.
      return /<meta charset="[^"]*" \/>/i.test(html)
        ? html.replace(/(<meta charset="[^"]*" \/>)/i, `$1\n    ${meta}`)
        : html.replace(/<head>/i, `<head>\n    ${meta}`);
    },
  };
}

// Two pages: the task pane and the ribbon function file. `--mode https` serves over the
// office-addin-dev-certs certificate so desktop Office and Office on the web can load the pane.
/** `npm start` prints where the pane is, not just the server root. */
const printPaneUrl = {
  name: 'print-pane-url',
  configureServer(server: {
    httpServer: { once(e: string, f: () => void): void } | null;
    resolvedUrls: { local: string[] } | null;
    config: { logger: { info(m: string): void } };
  }) {
    server.httpServer?.once('listening', () => {
      setTimeout(() => {
        for (const url of server.resolvedUrls?.local ?? [])
          server.config.logger.info(`  ➜  Task pane: ${url}taskpane/index.html  (standalone in a browser tab; sideload manifest.xml into Office)`);
      }, 50);
    });
  },
};

/**
 * The local relay on the pane's own origin, /relay/v1 (scripts/dev-relay.ts): the pane calls the provider
 * through it with no key in the browser. Loaded through tsx when a server starts, so this config imports
 * no project source.
 */
async function mountRelay(server: Parameters<typeof MountRelay>[0]) {
  const { tsImport } = await import('tsx/esm/api');
  const mod = (await tsImport(pathToFileURL(resolve(import.meta.dirname, 'scripts/dev-relay.ts')).href, import.meta.url)) as { mountRelay: typeof MountRelay };
  mod.mountRelay(server);
}
const localRelay = { name: 'dsplus-relay', configureServer: mountRelay, configurePreviewServer: mountRelay };

export default defineConfig(async ({ mode }) => {
  let https: ServerOptions['https'];
  if (mode === 'https') {
    const devCerts = await import('office-addin-dev-certs');
    https = await devCerts.getHttpsServerOptions();
  }
  return {
    plugins: [react(), manifestIcons, pdfjsData, printPaneUrl, localRelay, contentSecurityPolicy()],
    base: './',
    server: { https, open: false },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      assetsDir: 'static',
      manifest: true,
      sourcemap: false,
      chunkSizeWarningLimit: 4000,
      rollupOptions: {
        input: {
          taskpane: resolve(import.meta.dirname, 'taskpane/index.html'),
          commands: resolve(import.meta.dirname, 'commands/commands.html'),
          // The one place a remote picture is fetched from, one agreed site per frame (taskpane/picture-fetch.ts).
          'picture-fetch': resolve(import.meta.dirname, 'taskpane/picture-fetch.html'),
          // The mind map shown large, in Office's dialog or a new tab (taskpane/map-view.tsx).
          'map-view': resolve(import.meta.dirname, 'taskpane/map-view.html'),
          // Test connection for an address not saved yet, in a frame that reaches only it (taskpane/connection-probe.ts).
          'connection-probe': resolve(import.meta.dirname, 'taskpane/connection-probe.html'),
        },
        output: {
          // pdf.js's worker is an asset (`?url`) loaded as a module worker: name it .js, which every web
          // server sends as JavaScript (IIS and several static hosts send .mjs as application/octet-stream,
          // and a browser refuses a module with that type).
          assetFileNames: (info: { names?: string[] }) =>
            info.names?.some((n) => n.endsWith('.mjs')) ? 'static/[name]-[hash].js' : 'static/[name]-[hash][extname]',
        },
      },
    },
  };
});

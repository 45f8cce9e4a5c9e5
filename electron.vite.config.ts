import { defineConfig } from 'electron-vite';
import { rendererConfig } from './renderer/vite.config';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: 'electron/main/index.ts',
          // PDF export runs on a worker thread; runPdfJob.ts loads this file beside the main bundle.
          exportWorker: 'electron/core/export/exportWorker.ts',
          // Imports are parsed on a pool of worker threads (importers/importPool.ts).
          importWorker: 'electron/core/importers/importWorker.ts',
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be CommonJS.
      rollupOptions: {
        input: { index: 'electron/preload/index.ts' },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      rollupOptions: { input: { index: 'renderer/index.html' } },
    },
  },
});

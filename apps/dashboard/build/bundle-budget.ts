import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/** The entry chunk and every chunk it imports statically: what the browser must fetch before the first paint. */
export function firstPageFiles(manifest: Record<string, ManifestChunk>): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...seen].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
}

/**
 * Fails the build when the JavaScript of the first page grows past the budget, measured gzipped as
 * it travels; dynamically imported chunks (the transcript viewer) are not counted.
 */
export function bundleBudget(budgetKb: number): Plugin {
  let outDir = 'dist';
  return {
    name: 'tandem-bundle-budget',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle: {
      sequential: true,
      order: 'post',
      handler() {
        const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<
          string,
          ManifestChunk
        >;
        const bytes = firstPageFiles(manifest).reduce(
          (sum, file) => sum + gzipSync(readFileSync(join(outDir, file))).length,
          0,
        );
        const kb = bytes / 1000;
        console.log(`dashboard first-page JS: ${kb.toFixed(1)} kB gzip (budget ${budgetKb} kB)`);
        if (kb > budgetKb) this.error(`first-page JS is ${kb.toFixed(1)} kB gzip, over the ${budgetKb} kB budget`);
      },
    },
  };
}

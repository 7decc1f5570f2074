import { describe, expect, it } from 'vitest';
import { firstPageFiles } from './bundle-budget.js';

describe('firstPageFiles', () => {
  it('counts the entry and what it imports statically, transitively, once each; not dynamic imports or CSS', () => {
    const manifest = {
      'index.html': { file: 'assets/index-a.js', isEntry: true, imports: ['_echarts', '_shared'], css: [] },
      _echarts: { file: 'assets/echarts-b.js', imports: ['_shared'] },
      _shared: { file: 'assets/shared-c.js' },
      'src/transcript/TranscriptDialog.svelte': { file: 'assets/transcript-d.js', imports: ['_shared'] },
      'style.css': { file: 'assets/index-e.css' },
    };
    expect(firstPageFiles(manifest).sort()).toEqual(['assets/echarts-b.js', 'assets/index-a.js', 'assets/shared-c.js']);
  });

  it('finds nothing without an entry', () => {
    expect(firstPageFiles({ _lonely: { file: 'assets/lonely.js' } })).toEqual([]);
  });
});

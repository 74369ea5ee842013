import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RECOGNIZERS } from '../registry';

// A window whose hint fails is skipped without running the pattern, so every match of a pattern
// must pass its recogniser's hint; otherwise the entity would silently be missed.
const evalDir = join(__dirname, '..', 'eval');
const texts = ['dev.jsonl', 'eval.jsonl'].flatMap((f) =>
  readFileSync(join(evalDir, f), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text),
);

describe('digit-window hints', () => {
  it('pass on every match of their pattern in the evaluation texts', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const r of ALL_RECOGNIZERS) {
      if (r.kind !== 'pattern' || r.scope.kind !== 'digits' || !r.scope.hint) continue;
      const re = new RegExp(r.pattern.source, r.pattern.flags.includes('g') ? r.pattern.flags : `${r.pattern.flags}g`);
      for (const text of texts) {
        for (const m of text.matchAll(re)) {
          if (m[0].length === 0) continue;
          checked++;
          if (!r.scope.hint.test(m[0])) failures.push(`${r.id}: ${JSON.stringify(m[0])}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });
});

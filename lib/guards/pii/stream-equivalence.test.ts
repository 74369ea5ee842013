import { describe, expect, it } from 'vitest';
import { applyEntityActions } from './actions';
import { detectEntities } from './detect';
import { loadSamples } from './eval/run-eval';
import { createStreamScanner } from './stream-scanner';

/** Streaming must mask exactly what scanning the whole text masks, wherever the chunks are cut. */
describe('stream scanner matches whole-text masking', () => {
  const samples = loadSamples('dev').filter((_, i) => i % 4 === 0);
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;

  it.each([1, 6, 50])('random chunks of up to %i characters', (maxChunk) => {
    for (const sample of samples) {
      const expected = applyEntityActions(sample.text, detectEntities(sample.text), () => 'mask').text;
      const scanner = createStreamScanner();
      let out = '';
      for (let i = 0; i < sample.text.length; ) {
        const size = 1 + Math.floor(random() * maxChunk);
        out += scanner.push(sample.text.slice(i, i + size)).text;
        i += size;
      }
      out += scanner.flush().text;
      expect(out, sample.id).toBe(expected);
    }
  });
});

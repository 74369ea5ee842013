import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, LOCALES, entityTypeInfo } from './entity-types';
import { ALL_RECOGNIZERS } from './registry';

describe('entity catalogue', () => {
  it('every recogniser reports a catalogued type', () => {
    for (const r of ALL_RECOGNIZERS) expect(entityTypeInfo(r.type), r.id).toBeDefined();
  });

  it('every catalogued type has a recogniser', () => {
    const produced = new Set(ALL_RECOGNIZERS.map((r) => r.type));
    for (const info of ENTITY_TYPES) expect(produced.has(info.type), info.type).toBe(true);
  });

  it('covers at least 80 patterns across at least 10 locales', () => {
    const patterns = ALL_RECOGNIZERS.length;
    const localesWithRecognisers = new Set(ALL_RECOGNIZERS.flatMap((r) => [r.locale, ...(r.alsoLocales ?? [])]));
    expect(patterns).toBeGreaterThanOrEqual(80);
    expect(localesWithRecognisers.size).toBeGreaterThanOrEqual(10);
    for (const locale of LOCALES) expect(localesWithRecognisers.has(locale), locale).toBe(true);
  });

  it('recogniser ids are unique and bounded', () => {
    const ids = ALL_RECOGNIZERS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RECOGNIZERS) expect(r.maxLength, r.id).toBeGreaterThan(0);
  });
});

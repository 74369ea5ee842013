import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { BoundedValues, CounterFamily, HistogramFamily } from './family';

describe('metric families', () => {
  it('expose counters and histograms in the Prometheus text format through prom-client', async () => {
    const registry = new Registry();
    const counter = new CounterFamily('x_requests_total', 'Requests.', ['provider', 'status']).register(registry);
    const histogram = new HistogramFamily('x_duration_seconds', 'Duration.', ['provider'], [0.1, 1]).register(registry);
    const ok = counter.cell('openai', '200');
    ok.value += 2;
    counter.cell('openai', '429').value++;
    expect(counter.cell('openai', '200')).toBe(ok);
    const cell = histogram.cell('openai');
    for (const v of [0.05, 0.1, 0.5, 3]) histogram.observe(cell, v);
    const text = await registry.metrics();
    expect(text).toContain('# TYPE x_requests_total counter');
    expect(text).toContain('x_requests_total{provider="openai",status="200"} 2');
    expect(text).toContain('x_requests_total{provider="openai",status="429"} 1');
    expect(text).toContain('# TYPE x_duration_seconds histogram');
    expect(text).toContain('x_duration_seconds_bucket{provider="openai",le="0.1"} 2');
    expect(text).toContain('x_duration_seconds_bucket{provider="openai",le="1"} 3');
    expect(text).toContain('x_duration_seconds_bucket{provider="openai",le="+Inf"} 4');
    expect(text).toContain('x_duration_seconds_sum{provider="openai"} 3.65');
    expect(text).toContain('x_duration_seconds_count{provider="openai"} 4');
  });

  it('escapes label values', async () => {
    const registry = new Registry();
    new CounterFamily('x_total', 'X.', ['model']).register(registry).cell('a"b\\c\nd').value++;
    expect(await registry.metrics()).toContain('x_total{model="a\\"b\\\\c\\nd"} 1');
  });

  it('caps the values a caller can invent', () => {
    const models = new BoundedValues(3);
    expect(['a', 'b', 'c', 'd', 'a'].map((m) => models.value(m))).toEqual(['a', 'b', 'c', 'other', 'a']);
    const strict = new BoundedValues(10);
    expect(strict.value('made-up-model', false)).toBe('other');
    expect(strict.value('gpt-4o')).toBe('gpt-4o');
    expect(strict.value('gpt-4o', false)).toBe('gpt-4o');
    expect(strict.value('x'.repeat(200))).toBe('other');
    expect(strict.value(undefined)).toBe('none');
  });
});

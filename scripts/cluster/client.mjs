// HTTP helpers for scripts/test-cluster.mjs: gateway calls that remember what was served (so the
// `requests` table can be compared with it), management API calls, metrics scraping, bursts.
import { randomUUID } from 'node:crypto';

/** Every gateway call made, with the status it got: the ledger the database must match. */
export const ledger = [];

export async function chat(base, key, { id = randomUUID(), stream = false, model = 'gpt-4o-mini' } = {}) {
  const at = Date.now();
  let status;
  let body = '';
  try {
    const res = await fetch(`${base}/api/gateway/openai/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'x-request-id': id },
      body: JSON.stringify({ model, messages: [{ role: 'user', content: 'hello from the cluster test' }], stream }),
    });
    status = res.status;
    body = await res.text();
  } catch (error) {
    status = `error: ${error.cause?.code ?? error.message}`;
  }
  ledger.push({ id, status, at, done: Date.now() });
  return { id, status, body };
}

export async function api(base, method, path, { token, body } = {}) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let parsed = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body: parsed };
}

/** Runs `count` calls of `fn(i)` with at most `concurrency` in flight; returns their results. */
export async function burst(count, concurrency, fn) {
  const results = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await fn(i);
      }
    }),
  );
  return results;
}

/** Calls `fn` with `concurrency` workers until `stop()` says so; returns every result. */
export async function loop(concurrency, fn, stop) {
  const results = [];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (!stop()) results.push(await fn());
    }),
  );
  return results;
}

/** Sum of a metric's samples on one instance (optionally only lines containing `match`). */
export async function metric(base, name, match = '') {
  const text = await (await fetch(`${base}/api/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !(line.startsWith(`${name}{`) || line.startsWith(`${name} `))) continue;
    if (match && !line.includes(match)) continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

export const countBy = (items, key) => items.reduce((acc, item) => ((acc[key(item)] = (acc[key(item)] ?? 0) + 1), acc), {});

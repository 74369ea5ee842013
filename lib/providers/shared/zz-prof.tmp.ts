import { startMockUpstream } from '@/lib/testing/mock-upstream';
import { capture, testHooks } from '@/lib/providers/shared/edit-testing';
import { openAiChatFormat } from '@/lib/providers/openai/chat';
import type { ResponseHooks } from '@/lib/providers/types';
const words = Array.from({ length: 400 }, (_, i) => (i % 25 === 7 ? `user${i}@example.com` : `word${i}`)).join(' ');
const pass: ResponseHooks = { text: (_i, d) => d, endText: () => '', toolCall: () => ({ action: 'allow' }), blocked: () => null };
async function main() {
  const mock = await startMockUpstream();
  const { body } = await capture(mock.url + '/v1/chat/completions', { model: 'm', stream: true, messages: [{ role: 'user', content: 'mock:text=' + words }] });
  await mock.close();
  const chunks: Buffer[] = [];
  for (let i = 0; i < body.length; i += 256) chunks.push(body.subarray(i, i + 256));
  const route = { path: '/', format: openAiChatFormat };
  const t0 = process.hrtime.bigint();
  for (let n = 0; n < 2000; n++) {
    const e = openAiChatFormat.createStreamEditor!(route, 'text/event-stream', pass);
    for (const c of chunks) e.push(c);
    e.end();
  }
  console.log('per run', Number(process.hrtime.bigint() - t0) / 1e3 / 2000, 'us');
}
void main();

import { startMockUpstream } from '@/lib/testing/mock-upstream';
import { capture, testHooks } from '@/lib/providers/shared/edit-testing';
import { openAiChatFormat } from '@/lib/providers/openai/chat';
import { openAiResponsesFormat } from '@/lib/providers/openai/responses';
import { anthropicMessagesFormat } from '@/lib/providers/anthropic/messages';
import { geminiFormat, geminiJsonArrayFormat } from '@/lib/providers/google/gemini';
import { bedrockConverseFormat } from '@/lib/providers/bedrock/converse';
import { bedrockInvokeFormat } from '@/lib/providers/bedrock/invoke';
import type { WireFormat } from '@/lib/providers/types';

const words = Array.from({ length: 400 }, (_, i) => (i % 25 === 7 ? `user${i}@example.com` : `word${i}`)).join(' ');

async function main() {
  const mock = await startMockUpstream({ port: 0 } as never);
  const M = '/model/' + encodeURIComponent('anthropic.claude-3-5-sonnet-20240620-v1:0');
  const cases: Array<[string, WireFormat, string, Promise<{ body: Buffer; contentType: string }>]> = [
    ['openai-chat', openAiChatFormat, '/v1/chat/completions', capture(mock.url + '/v1/chat/completions', { model: 'm', stream: true, messages: [{ role: 'user', content: 'mock:text=' + words }] })],
    ['openai-responses', openAiResponsesFormat, '/v1/responses', capture(mock.url + '/v1/responses', { model: 'm', stream: true, input: 'mock:text=' + words })],
    ['anthropic', anthropicMessagesFormat, '/v1/messages', capture(mock.url + '/v1/messages', { model: 'm', max_tokens: 9999, stream: true, messages: [{ role: 'user', content: 'mock:text=' + words }] }, { 'x-api-key': 'k' })],
    ['gemini-sse', geminiFormat, '/v1beta/models/g:streamGenerateContent?alt=sse', capture(mock.url + '/v1beta/models/g:streamGenerateContent?alt=sse', { contents: [{ role: 'user', parts: [{ text: 'mock:text=' + words }] }] }, { 'x-goog-api-key': 'k' })],
    ['gemini-array', geminiJsonArrayFormat, '/v1beta/models/g:streamGenerateContent', capture(mock.url + '/v1beta/models/g:streamGenerateContent', { contents: [{ role: 'user', parts: [{ text: 'mock:text=' + words }] }] }, { 'x-goog-api-key': 'k' })],
    ['bedrock-converse', bedrockConverseFormat, M + '/converse-stream', capture(mock.url + M + '/converse-stream', { messages: [{ role: 'user', content: [{ text: 'mock:text=' + words }] }] })],
    ['bedrock-invoke', bedrockInvokeFormat, M + '/invoke-with-response-stream', capture(mock.url + M + '/invoke-with-response-stream', { anthropic_version: 'bedrock-2023-05-31', max_tokens: 9999, messages: [{ role: 'user', content: 'mock:text=' + words }] })],
  ];
  for (const [name, format, path, p] of cases) {
    const { body, contentType } = await p;
    // Chunks of ~one event each: split the body into 64 pieces of similar size is unfair; use 256-byte pieces (a small network read).
    const chunks: Buffer[] = [];
    for (let i = 0; i < body.length; i += 256) chunks.push(body.subarray(i, i + 256));
    const route = { path, format };
    const run = (mode: 'reader' | 'pass' | 'mask') => {
      const t0 = process.hrtime.bigint();
      const N = 200;
      for (let n = 0; n < N; n++) {
        if (mode === 'reader') {
          const r = format.createStreamReader(route, contentType);
          for (const c of chunks) r.push(c);
          r.finish();
        } else {
          const e = format.createStreamEditor!(route, contentType, testHooks(mode === 'mask' ? { text: 'mask' } : {}));
          for (const c of chunks) e.push(c);
          e.end();
        }
      }
      return Number(process.hrtime.bigint() - t0) / 1e3 / N;
    };
    for (let w = 0; w < 3; w++) { run('reader'); run('pass'); run('mask'); }
    const reader = run('reader'), pass = run('pass'), mask = run('mask');
    const events = name.startsWith('bedrock') ? '' : String(body.toString().split(/\r?\n\r?\n/).length - 1);
    console.log(`${name.padEnd(18)} bytes=${body.length} events~${events || 'frames'} chunks=${chunks.length}  reader ${reader.toFixed(0)}us  edit(pass) ${pass.toFixed(0)}us  edit(mask) ${mask.toFixed(0)}us  per-chunk pass ${(pass / chunks.length).toFixed(2)}us mask ${(mask / chunks.length).toFixed(2)}us`);
  }
  await mock.close();
}
void main();

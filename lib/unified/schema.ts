import { z } from 'zod';

/** `POST /api/gateway`: one request shape for every provider. */
const message = z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string().max(1_000_000) }).strict();
const qualifiedModel = z.string().regex(/^[a-z0-9-]+\/.+$/, 'a provider-namespaced model id such as openai/gpt-4o-mini');

export const unifiedRequestSchema = z
  .object({
    prompt: z.string().min(1).max(1_000_000).optional(),
    messages: z.array(message).min(1).max(1000).optional(),
    model: qualifiedModel,
    stream: z.boolean().default(false),
    max_tokens: z.number().int().positive().max(200_000).optional(),
    temperature: z.number().min(0).max(2).optional(),
    fallbacks: z.array(qualifiedModel).max(5).optional(),
  })
  .strict()
  .refine((v) => (v.prompt === undefined) !== (v.messages === undefined), { message: 'send either prompt or messages', path: ['prompt'] });

export type UnifiedRequest = z.output<typeof unifiedRequestSchema>;

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export function messagesOf(request: UnifiedRequest): ChatMessage[] {
  return request.messages ?? [{ role: 'user', content: request.prompt! }];
}

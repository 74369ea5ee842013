import type { GatewayKey, ProviderCredential } from './types';

/** The "get set up" checklist as data, worked out from what the organisation already has. */

export interface SetupStep {
  id: 'credential' | 'key' | 'request';
  title: string;
  description: string;
  done: boolean;
  href: string;
  action: string;
}

export function setupSteps(input: { credentials: ProviderCredential[]; keysTotal: number; keys: GatewayKey[] }): SetupStep[] {
  const providers = [...new Set(input.credentials.map((c) => c.provider))];
  const used = input.keys.some((k) => k.last_used_at);
  return [
    {
      id: 'credential',
      title: 'Add a provider credential',
      description: providers.length
        ? `Stored for ${providers.length} provider${providers.length === 1 ? '' : 's'}. The gateway forwards calls with it, so your agents never hold the provider key.`
        : 'Store your OpenAI, Anthropic, Bedrock or other provider key, encrypted. Your agents then only ever hold a gateway key.',
      done: providers.length > 0,
      href: '/providers',
      action: providers.length ? 'Manage providers' : 'Add a credential',
    },
    {
      id: 'key',
      title: 'Create a gateway key',
      description: input.keysTotal
        ? `${input.keysTotal} key${input.keysTotal === 1 ? '' : 's'} created. Each key can carry its own model list, rate limits and budget.`
        : 'Your agents authenticate to the gateway with it. It is shown once, so have a secret store ready.',
      done: input.keysTotal > 0,
      href: '/keys',
      action: input.keysTotal ? 'Manage keys' : 'Create a key',
    },
    {
      id: 'request',
      title: 'Send your first request',
      description: used ? 'The gateway has served requests with your keys.' : 'Point your SDK at the gateway base URL below and use your gateway key in place of the provider key.',
      done: used,
      href: '#quickstart',
      action: 'See the snippet',
    },
  ];
}

/** Code snippets for the quick start, filled with this deployment's base URL. */
export function quickstartSnippets(origin: string): { base: string; curl: string; python: string; typescript: string } {
  const base = `${origin}/api/gateway/openai`;
  return {
    base,
    curl: [
      `curl ${base}/v1/chat/completions \\`,
      `  -H "Authorization: Bearer $GATEWAY_KEY" \\`,
      `  -H "Content-Type: application/json" \\`,
      `  -d '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hello!"}]}'`,
    ].join('\n'),
    python: [
      'from openai import OpenAI',
      '',
      'client = OpenAI(',
      '    api_key="gw_live_YOUR_KEY",  # your gateway key, not the OpenAI key',
      `    base_url="${base}/v1",`,
      ')',
      'reply = client.chat.completions.create(',
      '    model="gpt-4o-mini",',
      '    messages=[{"role": "user", "content": "Hello!"}],',
      ')',
      'print(reply.choices[0].message.content)',
    ].join('\n'),
    typescript: [
      "import OpenAI from 'openai';",
      '',
      'const client = new OpenAI({',
      '  apiKey: process.env.GATEWAY_KEY, // gw_live_…',
      `  baseURL: '${base}/v1',`,
      '});',
      'const reply = await client.chat.completions.create({',
      "  model: 'gpt-4o-mini',",
      "  messages: [{ role: 'user', content: 'Hello!' }],",
      '});',
    ].join('\n'),
  };
}

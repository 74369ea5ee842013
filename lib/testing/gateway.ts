import type { AddressInfo } from 'node:net';
import { getDb } from '@/db';
import { eq } from 'drizzle-orm';
import { requests, type RequestRow } from '@/db/schema';
import { resetEnvCache } from '@/lib/config/env';
import { clearCredentialCache } from '@/lib/credentials/resolve';
import { createGatewayListener } from '@/lib/pipeline/node';
import { circuitBreakers } from '@/lib/pipeline/upstream/circuit';
import { PROVIDER_IDS } from '@/lib/providers/catalog';
import { createFrontServer } from '@/lib/server/front';
import { usageWriter } from '@/lib/usage/recorder';
import { call, startTestApp, type TestApp } from './harness';
import { createTestServiceAccount, startMockUpstream, type MockUpstream, type ServiceAccount } from './mock-upstream';

export const TEST_AWS = { accessKeyId: 'AKIAGATEWAYTEST00001', secretAccessKey: 'gatewayTestSecretKey/0123456789abcdefghij' };

export interface GatewayTestEnv {
  app: TestApp;
  mock: MockUpstream;
  serviceAccount: ServiceAccount;
  /** `http://127.0.0.1:<port>` of the gateway (HTTP/1.1 and cleartext HTTP/2). */
  url: string;
  /** Base URL an SDK uses for a provider: `<url>/api/gateway/<provider>`. */
  base(provider: string): string;
  /** A tenant with a gateway key and stored credentials for every provider (all pointing at the mock). */
  tenant(name: string): Promise<{ orgId: string; key: string; keyId: string; token: string }>;
  /** Writes queued usage rows and returns this org's rows, oldest first. */
  rows(orgId: string): Promise<RequestRow[]>;
  close(): Promise<void>;
}

/**
 * A real gateway in-process (the production server's front and fast path) against a real database
 * and the project's mock upstream; every provider's upstream URL points at the mock.
 */
export async function startGatewayTestEnv(): Promise<GatewayTestEnv> {
  const serviceAccount = createTestServiceAccount();
  const mock = await startMockUpstream({ aws: TEST_AWS, google: { serviceAccount } });
  for (const provider of PROVIDER_IDS) process.env[`GATEWAY_UPSTREAM_${provider.toUpperCase()}_URL`] = mock.url;
  process.env.GATEWAY_GOOGLE_TOKEN_URL = `${mock.url}/token`;
  process.env.GATEWAY_MAX_RETRIES ??= '2';
  const app = await startTestApp();
  resetEnvCache();
  clearCredentialCache();
  circuitBreakers().reset();
  const server = createFrontServer(createGatewayListener() as never);
  const { front } = server;
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;

  const credentialBodies = (): Record<string, unknown>[] => [
    ...['openai', 'anthropic', 'google', 'mistral', 'groq', 'deepseek', 'together', 'fireworks', 'openrouter', 'xai', 'moonshot', 'cohere', 'huggingface'].map((provider) => ({ provider, name: 'default', api_key: `sk-${provider}-stored-credential-0001` })),
    { provider: 'azure', name: 'default', api_key: 'azure-stored-credential-0001', resource: 'acme-eu', api_version: '2024-10-21' },
    { provider: 'bedrock', name: 'default', aws_access_key_id: TEST_AWS.accessKeyId, aws_secret_access_key: TEST_AWS.secretAccessKey, region: 'us-east-1' },
    { provider: 'vertex', name: 'default', service_account_json: JSON.stringify(serviceAccount), location: 'us-central1' },
    { provider: 'custom', name: 'local-vllm', base_url: `${mock.url}/compat/v1`, api_key: 'vllm-stored-credential-0001' },
  ];

  return {
    app,
    mock,
    serviceAccount,
    url,
    base: (provider) => `${url}/api/gateway/${provider}`,
    async tenant(name) {
      const t = await app.tenant(name);
      for (const body of credentialBodies()) {
        const res = await call('POST', '/api/v1/providers', { token: t.token, body });
        if (res.status !== 201) throw new Error(`credential ${String(body.provider)}: ${JSON.stringify(res.body)}`);
      }
      const key = await call('POST', '/api/v1/keys', { token: t.token, body: { name: `${name} key` } });
      return { orgId: t.orgId, key: key.body.key as string, keyId: key.body.id as string, token: t.token };
    },
    async rows(orgId) {
      await usageWriter().flush();
      const db = await getDb();
      return (await db.select().from(requests).where(eq(requests.orgId, orgId))).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    },
    async close() {
      await usageWriter().flush();
      const closed = new Promise<void>((resolve) => front.close(() => resolve()));
      server.destroyAll();
      await closed;
      await mock.close();
      await app.close();
    },
  };
}

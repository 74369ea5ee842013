/**
 * Starts the mock upstream on its own, for e2e suites and benchmarks:
 *
 *   npx tsx scripts/mock-upstream.ts --port 4010 [--host 127.0.0.1] [--no-record]
 *     [--aws-access-key-id AKID --aws-secret-access-key SECRET]   verify Bedrock SigV4
 *     [--google-service-account sa.json]                          verify Vertex token assertions
 *     [--write-service-account out.json]                          generate one (token_uri = this mock)
 *
 * Drive it over HTTP: POST /__mock/behavior, GET /__mock/requests, POST /__mock/reset, GET /__mock/stats.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createTestServiceAccount, startMockUpstream, type ServiceAccount } from '../lib/testing/mock-upstream';
import type { MockUpstreamOptions } from '../lib/testing/mock-upstream/types';

function parseArgs(argv: string[]): Map<string, string | true> {
  const out = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument: ${a}`);
    const eq = a.indexOf('=');
    if (eq > 0) out.set(a.slice(2, eq), a.slice(eq + 1));
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) out.set(a.slice(2), argv[++i]);
    else out.set(a.slice(2), true);
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const str = (k: string, env?: string): string | undefined => {
    const v = args.get(k);
    return typeof v === 'string' ? v : env !== undefined ? process.env[env] : undefined;
  };
  const port = Number(str('port', 'MOCK_UPSTREAM_PORT') ?? 4010);
  const host = str('host') ?? '127.0.0.1';
  const options: MockUpstreamOptions = { port, host, record: !args.has('no-record') };

  const akid = str('aws-access-key-id', 'MOCK_AWS_ACCESS_KEY_ID');
  const secret = str('aws-secret-access-key', 'MOCK_AWS_SECRET_ACCESS_KEY');
  if (akid && secret) options.aws = { accessKeyId: akid, secretAccessKey: secret };

  let sa: ServiceAccount | undefined;
  const saPath = str('google-service-account', 'MOCK_GOOGLE_SERVICE_ACCOUNT');
  if (saPath) sa = JSON.parse(readFileSync(saPath, 'utf8')) as ServiceAccount;
  const writeSa = str('write-service-account');
  if (!sa && writeSa) sa = createTestServiceAccount({ tokenUri: `http://${host}:${port}/token` });
  if (sa) options.google = { serviceAccount: sa };

  const mock = await startMockUpstream(options);
  if (writeSa && sa) writeFileSync(writeSa, JSON.stringify(sa, null, 2) + '\n', { mode: 0o600 });
  console.log(`listening on ${mock.url}`);

  const stop = (): void => {
    void mock.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});

import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';

/**
 * SigV4 for bedrock-runtime with the AWS SDK's own signer. Bedrock is not S3, so the canonical
 * request encodes each path segment again: the path is handed over exactly as it is sent (model
 * ids already percent-encoded once, `%3A`) and the signer's default `uriEscapePath` makes `%253A`,
 * which is what AWS computes from the path it receives.
 *
 * Only `host`, `content-type` and the `x-amz*` headers are signed: they are all AWS requires, and a
 * header that a proxy or the HTTP client may rewrite (content-length, user-agent…) cannot then break
 * the signature. The SDK's signing-key cache (per secret, date, region and service) is used as is.
 */

/**
 * SHA-256 and HMAC-SHA256 for the signer from node:crypto. A signature takes four of them (the
 * SDK re-derives a cache-key HMAC on every call, then the payload hash, the canonical-request hash
 * and the final HMAC). Measured side by side, the pure-JS @aws-crypto/sha256-js made signing about
 * twice as slow for a 1 KiB body and ~20x slower for 100 KiB (it hashes ~18 µs per KiB). The
 * signatures are identical; the test signs with both and compares.
 */
export class NodeSha256 {
  private readonly secret: Uint8Array | string | undefined;
  private hash: Hash | Hmac;

  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.secret =
      secret === undefined || typeof secret === 'string'
        ? secret
        : secret instanceof ArrayBuffer
          ? new Uint8Array(secret)
          : new Uint8Array(secret.buffer, secret.byteOffset, secret.byteLength);
    this.hash = this.create();
  }

  private create(): Hash | Hmac {
    return this.secret === undefined ? createHash('sha256') : createHmac('sha256', this.secret);
  }

  update(chunk: Uint8Array): void {
    this.hash.update(chunk);
  }

  digest(): Promise<Uint8Array> {
    return Promise.resolve(this.hash.digest());
  }

  reset(): void {
    this.hash = this.create();
  }
}

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface SignInput {
  method: string;
  url: URL;
  /** Upstream headers (lower-case names); gets `authorization`, `x-amz-date` and maybe `x-amz-security-token`. */
  headers: Record<string, string>;
  body: Uint8Array | null;
  region: string;
  credentials: AwsCredentials;
  signingDate?: Date;
}

/** Headers a client may have sent for its own signature; left in place they would be stale or wrong. */
const STALE = ['authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256'];

function queryOf(search: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (search.length <= 1) return out;
  for (const [k, v] of new URLSearchParams(search)) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

export async function signBedrockRequest(input: SignInput): Promise<void> {
  const { url, headers, credentials } = input;
  for (const name of STALE) delete headers[name];
  const signed: Record<string, string> = { host: url.host };
  for (const name in headers) {
    if (name === 'content-type' || name.startsWith('x-amz')) signed[name] = headers[name];
  }
  const request = new HttpRequest({
    method: input.method.toUpperCase(),
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
    query: queryOf(url.search),
    headers: signed,
    body: input.body ?? undefined,
  });
  const signer = new SignatureV4({
    credentials: {
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
      sessionToken: credentials.sessionToken || undefined,
    },
    region: input.region,
    service: 'bedrock',
    sha256: NodeSha256,
    applyChecksum: false,
  });
  const out = await signer.sign(request, { signingDate: input.signingDate });
  const h = out.headers;
  headers.authorization = h.authorization;
  headers['x-amz-date'] = h['x-amz-date'];
  if (h['x-amz-security-token']) headers['x-amz-security-token'] = h['x-amz-security-token'];
}

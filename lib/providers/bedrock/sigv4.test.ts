import { createHash, createHmac } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { signBedrockRequest } from './sigv4';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const date = new Date('2024-05-01T12:34:56Z');
const url = new URL('http://127.0.0.1:4010/model/anthropic.claude-3-5-sonnet-20240620-v1%3A0/converse');
const body = new TextEncoder().encode('{"messages":[{"role":"user","content":[{"text":"hi"}]}]}');

/** The AWS SigV4 steps written out independently of @smithy, for a non-S3 service. */
function referenceSignature(path: string, headers: Record<string, string>): string {
  const hex = (d: string | Uint8Array) => createHash('sha256').update(d).digest('hex');
  const hmac = (k: string | Buffer, d: string) => createHmac('sha256', k).update(d).digest();
  const names = Object.keys(headers).sort();
  // Non-S3 services encode each path segment a second time: `%3A` becomes `%253A`.
  const canonicalPath = path.split('/').map((s) => encodeURIComponent(s)).join('/');
  const canonical = ['POST', canonicalPath, '', ...names.map((n) => `${n}:${headers[n]}`), '', names.join(';'), hex(body)].join('\n');
  const scope = '20240501/us-east-1/bedrock/aws4_request';
  const toSign = ['AWS4-HMAC-SHA256', '20240501T123456Z', scope, hex(canonical)].join('\n');
  let key = hmac('AWS4' + credentials.secretAccessKey, '20240501');
  for (const part of ['us-east-1', 'bedrock', 'aws4_request']) key = hmac(key, part);
  return createHmac('sha256', key).update(toSign).digest('hex');
}

describe('signBedrockRequest', () => {
  it('matches SigV4 computed by hand, with the path encoded twice in the canonical request', async () => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'not signed' };
    await signBedrockRequest({ method: 'POST', url, headers, body, region: 'us-east-1', credentials, signingDate: date });
    const expected = referenceSignature(url.pathname, { 'content-type': 'application/json', host: '127.0.0.1:4010', 'x-amz-date': '20240501T123456Z' });
    expect(headers.authorization).toBe(
      `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240501/us-east-1/bedrock/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=${expected}`,
    );
    expect(headers['x-amz-date']).toBe('20240501T123456Z');
    expect(headers['user-agent']).toBe('not signed');
  });

  it('gives the same signature as the signer with @aws-crypto/sha256-js', async () => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-amzn-bedrock-trace': 'ENABLED' };
    const token = 'session/token+value=';
    await signBedrockRequest({ method: 'POST', url, headers, body, region: 'eu-west-3', credentials: { ...credentials, sessionToken: token }, signingDate: date });
    const reference = new SignatureV4({ credentials: { ...credentials, sessionToken: token }, region: 'eu-west-3', service: 'bedrock', sha256: Sha256, applyChecksum: false });
    const out = await reference.sign(
      new HttpRequest({
        method: 'POST',
        protocol: 'http:',
        hostname: '127.0.0.1',
        port: 4010,
        path: url.pathname,
        headers: { host: url.host, 'content-type': 'application/json', 'x-amzn-bedrock-trace': 'ENABLED' },
        body,
      }),
      { signingDate: date },
    );
    expect(headers.authorization).toBe(out.headers.authorization);
    expect(headers['x-amz-security-token']).toBe(token);
    expect(headers.authorization).toContain('SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amzn-bedrock-trace,');
  });
});

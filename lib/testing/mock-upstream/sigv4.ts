/**
 * SigV4 verification for the Bedrock routes: the signature is recomputed with the AWS SDK's own
 * signer over exactly what arrived (method, still-encoded path, query, the signed headers, body hash),
 * so a gateway that re-signs a request wrongly (e.g. forgets to encode the model id again) is caught.
 */
import { timingSafeEqual } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { IncomingHttpHeaders } from 'node:http';

export interface SigV4Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export type SigV4Result =
  | { ok: true }
  | { ok: false; status: number; type: string; message: string };

const HEADER_RE = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request,\s*SignedHeaders=([^,]+),\s*Signature=([0-9a-f]{64})$/;
const MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

function parseAmzDate(s: string | undefined): Date | undefined {
  const m = s ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s) : null;
  if (!m) return undefined;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
}

function parseQuery(raw: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (!raw) return out;
  for (const [k, v] of new URLSearchParams(raw)) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

export async function verifySigV4(
  creds: SigV4Credentials,
  req: { method: string; path: string; rawQuery: string; headers: IncomingHttpHeaders; body: Buffer },
): Promise<SigV4Result> {
  const auth = req.headers.authorization ?? '';
  const m = HEADER_RE.exec(auth);
  if (!m) {
    return { ok: false, status: 403, type: 'IncompleteSignatureException', message: 'Authorization header requires Credential, SignedHeaders and Signature.' };
  }
  const [, akid, shortDate, region, service, signedList, signature] = m;
  if (akid !== creds.accessKeyId) {
    return { ok: false, status: 403, type: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' };
  }
  const date = parseAmzDate(req.headers['x-amz-date'] as string | undefined);
  if (!date || date.toISOString().slice(0, 10).replace(/-/g, '') !== shortDate) {
    return { ok: false, status: 403, type: 'IncompleteSignatureException', message: 'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP.' };
  }
  if (Math.abs(Date.now() - date.getTime()) > 15 * 60_000) {
    return { ok: false, status: 403, type: 'InvalidSignatureException', message: 'Signature expired: the request time is too far from the current time.' };
  }
  const signed = signedList.split(';');
  const headers: Record<string, string> = {};
  for (const name of signed) {
    // Over HTTP/2 the signed `host` travels as the `:authority` pseudo-header.
    const v = req.headers[name] ?? (name === 'host' ? req.headers[':authority'] : undefined);
    if (v === undefined) {
      return { ok: false, status: 403, type: 'InvalidSignatureException', message: MISMATCH };
    }
    headers[name] = Array.isArray(v) ? v.join(',') : v;
  }
  const host = headers.host ?? '';
  const colon = host.lastIndexOf(':');
  const request = new HttpRequest({
    method: req.method,
    protocol: 'http:',
    hostname: colon > 0 ? host.slice(0, colon) : host,
    path: req.path,
    query: parseQuery(req.rawQuery),
    headers,
    body: req.body,
  });
  const signer = new SignatureV4({
    credentials: { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey },
    region,
    service,
    sha256: Sha256,
    uriEscapePath: true,
    applyChecksum: false,
  });
  const out = await signer.sign(request, { signingDate: date, signableHeaders: new Set(signed) });
  const expected = /Signature=([0-9a-f]{64})/.exec(String(out.headers.authorization ?? out.headers.Authorization))?.[1] ?? '';
  const a = Buffer.from(expected);
  const b = Buffer.from(signature);
  if (a.length === b.length && timingSafeEqual(a, b)) return { ok: true };
  return { ok: false, status: 403, type: 'InvalidSignatureException', message: MISMATCH };
}

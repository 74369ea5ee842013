import { upstreamOverride } from '@/lib/config/env';
import { AppError } from '@/lib/errors';
import type { ProviderAdapter, ResolvedRoute, RouteInput, WireFormat } from '../types';
import { bedrockConverseFormat } from './converse';
import { bedrockInvokeFormat } from './invoke';
import { signBedrockRequest, type AwsCredentials } from './sigv4';

/**
 * AWS Bedrock runtime. The SDK's endpoint is `<app>/api/gateway/bedrock/{region}`, so the path is
 * `/{region}/model/{modelId}/{operation}`; the region picks the upstream host and signs the call.
 * The gateway key travels the way the SDK sends a Bedrock API key (`Authorization: Bearer`); a
 * SigV4 `Authorization` header is not a gateway key.
 */

const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
// One segment: SDKs encode `/` in ARNs as %2F. A multi-segment or dot-segment model would be
// normalised by the URL parser into a different upstream path than the model the guards checked.
const MODEL_OPERATION = /^\/model\/([^/]+)\/([a-z-]+)$/;

const OPERATIONS: Record<string, { format: WireFormat; stream: boolean }> = {
  invoke: { format: bedrockInvokeFormat, stream: false },
  'invoke-with-response-stream': { format: bedrockInvokeFormat, stream: true },
  converse: { format: bedrockConverseFormat, stream: false },
  'converse-stream': { format: bedrockConverseFormat, stream: true },
};

function decodeModel(encoded: string): string {
  let model: string | undefined;
  try {
    model = decodeURIComponent(encoded);
  } catch {
    model = undefined;
  }
  if (model === undefined || model === '.' || model === '..') {
    throw new AppError('validation', 'modelId: is not a valid percent-encoded model id', { field: 'modelId' });
  }
  return model;
}

function resolveBedrock(input: RouteInput): ResolvedRoute {
  const { rest, query, method } = input;
  const slash = rest.indexOf('/', 1);
  const region = slash < 0 ? rest.slice(1) : rest.slice(1, slash);
  if (!REGION.test(region)) {
    throw new AppError('validation', 'region: the path must start with an AWS region, e.g. /api/gateway/bedrock/us-east-1', { field: 'region' });
  }
  const upstreamPath = slash < 0 ? '/' : rest.slice(slash);
  const base: ResolvedRoute = {
    origin: upstreamOverride('bedrock') ?? `https://bedrock-runtime.${region}.amazonaws.com`,
    // The model id keeps the encoding it arrived with: it is sent and signed exactly so.
    path: query ? `${upstreamPath}?${query}` : upstreamPath,
    format: null,
    region,
  };
  const match = MODEL_OPERATION.exec(upstreamPath);
  const operation = match && method === 'POST' ? OPERATIONS[match[2]] : undefined;
  if (match && operation) {
    return { ...base, format: operation.format, pathModel: decodeModel(match[1]), pathStream: operation.stream };
  }
  // Reads (async-invoke status and lists) have no body to inspect; everything else is refused
  // rather than forwarded uninspected.
  if (method === 'GET' || method === 'HEAD') return base;
  throw new AppError('not_found', `bedrock: no runtime operation at ${method} ${upstreamPath.slice(0, 200)}`);
}

export const bedrockAdapter: ProviderAdapter = {
  errorShape: 'bedrock',
  keyLocations: [{ header: 'authorization', scheme: 'bearer' }],
  resolve: resolveBedrock,
  async authorize({ route, method, url, headers, body, credential }) {
    let aws: AwsCredentials | undefined;
    let region = route.region;
    if (credential.mode === 'passthrough') {
      // Without AWS keys the caller sent its own Bedrock API key, which the pipeline kept.
      aws = credential.aws;
    } else if (credential.kind === 'aws') {
      aws = credential;
      region ??= credential.region;
    } else if (credential.kind === 'api_key' && credential.apiKey) {
      headers.authorization = `Bearer ${credential.apiKey}`;
      return;
    } else {
      throw new AppError('validation', 'credential: a Bedrock credential must be an AWS key pair or a Bedrock API key', { field: 'credential' });
    }
    if (!aws) return;
    if (!region) throw new AppError('validation', 'region: unknown AWS region for signing', { field: 'region' });
    await signBedrockRequest({ method, url, headers, body, region, credentials: aws });
  },
};

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';
import { errorResponse } from '@/lib/api/respond';
import { requestIdFrom } from '@/lib/api/request-id';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors';
import { healthReport, readinessReport } from '@/lib/health';
import { headerValue } from '@/lib/pipeline/authenticate';
import { METRICS_CONTENT_TYPE, metricsAuthorized, metricsText, type ProcessMetrics } from '@/lib/metrics';

type NodeRequest = IncomingMessage | Http2ServerRequest;
type NodeResponse = ServerResponse | Http2ServerResponse;

/**
 * Health, readiness and metrics describe the gateway process (its usage queue, circuit breakers,
 * request counters), so when the dashboard runs in its own process these paths are answered here
 * rather than proxied. Same responses as the route handlers under app/api/health and app/api/metrics.
 */
export const OPS_PATHS = new Set(['/api/health', '/api/health/ready', '/api/metrics']);

export interface OpsSources {
  /** The dashboard process's metrics, merged into this process's; null when it cannot answer. */
  dashboardMetrics(): Promise<ProcessMetrics | null>;
  /** `ok`, `starting` or `down`: reported in readiness, not a reason to refuse gateway traffic. */
  dashboardState(): string;
}

export function createOpsHandler(sources: OpsSources) {
  return (req: NodeRequest, res: NodeResponse, pathname: string): void => {
    const requestId = requestIdFrom(headerValue(req.headers, 'x-request-id'));
    answer(req, pathname, sources)
      .then((response) => sendWebResponse(res, response, requestId))
      .catch((error) => sendWebResponse(res, errorResponse(error, requestId), requestId));
  };
}

async function answer(req: NodeRequest, pathname: string, sources: OpsSources): Promise<Response> {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new AppError('method_not_allowed', `${req.method} is not allowed here`, {}, { allow: 'GET, HEAD' });
  const noStore = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
  if (pathname === '/api/health') return new Response(JSON.stringify(await healthReport()), { status: 200, headers: noStore });
  if (pathname === '/api/health/ready') {
    const report = await readinessReport();
    const body = { ...report, checks: { ...report.checks, dashboard: sources.dashboardState() } };
    return new Response(JSON.stringify(body), { status: report.status === 'ready' ? 200 : 503, headers: noStore });
  }
  if (!metricsAuthorized(headerValue(req.headers, 'authorization'), env().GATEWAY_METRICS_TOKEN)) {
    throw new AppError('unauthorized', 'metrics need Authorization: Bearer <GATEWAY_METRICS_TOKEN>', {}, { 'www-authenticate': 'Bearer' });
  }
  const dashboard = await sources.dashboardMetrics();
  return new Response(await metricsText(dashboard ? [dashboard] : []), { status: 200, headers: { 'content-type': METRICS_CONTENT_TYPE, 'cache-control': 'no-store' } });
}

/** Writes a Web Response (the management API's own error and JSON helpers make these) to Node's response. */
export async function sendWebResponse(res: NodeResponse, response: Response, requestId: string): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  headers['x-request-id'] = requestId;
  const body = Buffer.from(await response.arrayBuffer());
  headers['content-length'] = String(body.byteLength);
  (res as ServerResponse).writeHead(response.status, headers);
  res.end(body);
}

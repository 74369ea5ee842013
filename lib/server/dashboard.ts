import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';
import os from 'node:os';
import path from 'node:path';
import { errorResponse } from '@/lib/api/respond';
import { requestIdFrom } from '@/lib/api/request-id';
import { AppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { headerValue } from '@/lib/pipeline/authenticate';
import type { ProcessMetrics } from '@/lib/metrics';
import { sendWebResponse } from './ops';

type NodeRequest = IncomingMessage | Http2ServerRequest;
type NodeResponse = ServerResponse | Http2ServerResponse;

/** Messages between the gateway process and the dashboard process (dashboard.ts). */
export type DashboardMessage = { type: 'ready' } | { type: 'metrics'; id: string; data?: ProcessMetrics };

export interface DashboardProcess {
  /** Proxies one request to the dashboard process, streaming both ways. */
  handle(req: NodeRequest, res: NodeResponse): void;
  metrics(): Promise<ProcessMetrics | null>;
  state(): 'ok' | 'starting' | 'down';
  /** SIGTERM, then wait for the process to finish its own graceful shutdown (or kill it at `deadline`). */
  stop(deadline: number): Promise<void>;
}

/** Headers that describe one hop and are not copied across the proxy. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'http2-settings', 'te', 'trailer']);
/** Unix socket paths are limited to about 100 bytes. */
const MAX_SOCKET_PATH = 100;

function socketPathIn(dir: string): string {
  const candidate = path.join(dir, `dashboard-${process.pid}.sock`);
  if (candidate.length <= MAX_SOCKET_PATH) return candidate;
  return path.join(mkdtempSync(path.join(os.tmpdir(), 'gw-')), 'dashboard.sock');
}

/** Node flags that must not be inherited (a profiler or debugger attached to the gateway process). */
const inheritedFlags = () => process.execArgv.filter((flag) => !/^--(cpu-prof|heap-prof|heapsnapshot|inspect|diagnostic-dir)/.test(flag));

/**
 * Starts the dashboard and management API (Next.js, `dashboard.mjs` beside the server bundle) in a
 * child process listening on a Unix socket in the data directory (0700, so only this OS user can
 * reach it), and resolves once it serves. The gateway's hot path then runs in a process that never
 * loads the framework: no async-context hooks on every promise, no patched globals, a fraction of
 * the memory. A dashboard process that dies is restarted; gateway traffic is not interrupted.
 */
export async function startDashboardProcess(options: { bundle: string; dataDir: string; readyTimeoutMs?: number }): Promise<DashboardProcess> {
  const socketPath = socketPathIn(options.dataDir);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const pendingMetrics = new Map<string, (data: ProcessMetrics | null) => void>();
  let child: ChildProcess | null = null;
  let status: 'ok' | 'starting' | 'down' = 'starting';
  let stopping = false;

  const spawnChild = () =>
    new Promise<void>((resolve, reject) => {
      status = 'starting';
      // A process that crashed leaves its socket file behind; the next one could not listen there.
      rmSync(socketPath, { force: true });
      const started = fork(options.bundle, [], {
        env: { ...process.env, GATEWAY_DASHBOARD_SOCKET: socketPath },
        execArgv: inheritedFlags(),
        stdio: 'inherit',
      });
      child = started;
      const timer = setTimeout(() => reject(new Error(`the dashboard process did not start within ${options.readyTimeoutMs ?? 120_000} ms`)), options.readyTimeoutMs ?? 120_000);
      started.on('message', (message: DashboardMessage) => {
        if (message.type === 'ready') {
          clearTimeout(timer);
          status = 'ok';
          resolve();
        } else if (message.type === 'metrics') {
          pendingMetrics.get(message.id)?.(message.data ?? null);
          pendingMetrics.delete(message.id);
        }
      });
      started.once('exit', (code, signal) => {
        clearTimeout(timer);
        for (const done of pendingMetrics.values()) done(null);
        pendingMetrics.clear();
        if (child === started) child = null;
        status = 'down';
        if (stopping) return;
        log.error({ code, signal }, 'the dashboard process exited; restarting it (gateway traffic is not affected)');
        reject(new Error(`the dashboard process exited with ${signal ?? code} while starting`));
        setTimeout(() => {
          if (!stopping) spawnChild().catch((error: Error) => log.error({ err: error }, 'the dashboard process could not be restarted'));
        }, 1000).unref();
      });
    });

  await spawnChild();

  return {
    state: () => status,

    handle(req, res) {
      if (status !== 'ok') return unavailable(req, res);
      const headers: Record<string, string | string[]> = {};
      for (const name in req.headers) {
        const value = req.headers[name];
        if (value === undefined || name.charCodeAt(0) === 58 /* ':' HTTP/2 pseudo-header */ || HOP_BY_HOP.has(name)) continue;
        headers[name] = value;
      }
      const authority = req.headers[':authority'];
      if (!headers.host && typeof authority === 'string') headers.host = authority;
      // The dashboard sees the caller, not this hop (next-auth derives its origin from these).
      const remote = req.socket?.remoteAddress;
      if (remote) headers['x-forwarded-for'] = headers['x-forwarded-for'] ? `${headers['x-forwarded-for']}, ${remote}` : remote;
      headers['x-forwarded-proto'] ??= 'http';
      if (typeof headers.host === 'string') headers['x-forwarded-host'] ??= headers.host;

      const upstream = http.request({ socketPath, agent, method: req.method, path: req.url, headers }, (answer) => {
        const out: Record<string, string | string[]> = {};
        for (const name in answer.headers) {
          const value = answer.headers[name];
          if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
        }
        (res as ServerResponse).writeHead(answer.statusCode ?? 502, out);
        // Live views (server-sent events) must see their headers before the first event.
        if (String(answer.headers['content-type'] ?? '').startsWith('text/event-stream')) (res as ServerResponse).flushHeaders?.();
        answer.pipe(res as ServerResponse);
        answer.on('error', () => res.destroy());
      });
      let clientGone = false;
      upstream.on('error', (error) => {
        // A browser cancelling a prefetch or leaving a live view is routine, not a failure.
        if (clientGone) return;
        // The path only: a query can carry a one-time token (sign-in callbacks, invitations).
        log.warn({ err: error, path: req.url?.split('?')[0] }, 'dashboard request failed');
        if (!res.headersSent) unavailable(req, res);
        else res.destroy();
      });
      res.on('close', () => {
        if (res.writableFinished) return;
        clientGone = true;
        upstream.destroy();
      });
      (req as IncomingMessage).pipe(upstream);
    },

    metrics() {
      const current = child;
      if (!current?.connected || status !== 'ok') return Promise.resolve(null);
      const id = randomUUID();
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pendingMetrics.delete(id);
          resolve(null);
        }, 2000);
        pendingMetrics.set(id, (data) => {
          clearTimeout(timer);
          resolve(data);
        });
        current.send({ type: 'metrics', id } satisfies DashboardMessage);
      });
    },

    async stop(deadline) {
      stopping = true;
      agent.destroy();
      const current = child;
      if (!current || current.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => current.once('exit', () => resolve()));
      current.kill('SIGTERM');
      const timer = setTimeout(() => current.kill('SIGKILL'), Math.max(0, deadline - Date.now()));
      await exited;
      clearTimeout(timer);
    },
  };
}

/** 503 in the management API's error shape, while the dashboard process starts or restarts. */
function unavailable(req: NodeRequest, res: NodeResponse): void {
  const requestId = requestIdFrom(headerValue(req.headers, 'x-request-id'));
  const error = new AppError('service_unavailable', 'the dashboard is starting; try again in a moment', {}, { 'retry-after': '1' });
  void sendWebResponse(res, errorResponse(error, requestId), requestId);
}

/**
 * The production server (`npm start`). Gateway traffic (`/api/gateway/*`) goes straight to the
 * pipeline on Node's own request objects; everything else (dashboard, management API) goes to
 * Next.js. By default Next.js runs in a child process (dashboard.ts) that this one proxies over a
 * Unix socket, so the gateway's hot path never shares a process with the framework; health,
 * readiness and metrics, which describe this process, are answered here (lib/server/ops.ts).
 * With the embedded database, or GATEWAY_DASHBOARD_PROCESS=inline, Next.js runs in this process.
 *
 * One port speaks HTTP/1.1 and cleartext HTTP/2 (lib/server/front.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { closeDatabase, getDatabase } from '@/db';
import { env } from '@/lib/config/env';
import { log } from '@/lib/log';
import { createGatewayListener } from '@/lib/pipeline/node';
import { startChangeTransport } from '@/lib/events/transport';
import { startRetentionJob } from '@/lib/orgs/retention';
import { markShuttingDown, onShutdown, runShutdownHooks } from '@/lib/runtime/shutdown';
import { rateLimiter } from '@/lib/pipeline/limit';
import { createFrontServer, type Listener } from '@/lib/server/front';
import { startDashboardProcess, type DashboardProcess } from '@/lib/server/dashboard';
import { createOpsHandler, OPS_PATHS } from '@/lib/server/ops';
import { dataDir } from '@/lib/runtime/data-dir';

/** Paths the pipeline serves directly; the model catalog and the unified endpoint live in Next. */
function isProxyPath(url: string): boolean {
  return url.startsWith('/api/gateway/') && !url.startsWith('/api/gateway/models');
}

/** Next.js in this process: the request handler for everything that is not gateway traffic. */
async function inlineNext(config: ReturnType<typeof env>): Promise<Listener> {
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: process.cwd(), hostname: config.HOST, port: config.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  return (req, res) => {
    // next-auth derives its origin from these when NEXTAUTH_URL is unset.
    if (!req.headers['x-forwarded-proto']) req.headers['x-forwarded-proto'] = 'http';
    void handle(req as IncomingMessage, res as ServerResponse);
  };
}

/** Next.js in a child process, proxied; health, readiness and metrics answered here. */
async function dashboardProcess(): Promise<{ rest: Listener; dashboard: DashboardProcess }> {
  const dashboard = await startDashboardProcess({ bundle: fileURLToPath(new URL('./dashboard.mjs', import.meta.url)), dataDir: dataDir() });
  const ops = createOpsHandler({ dashboardMetrics: () => dashboard.metrics(), dashboardState: () => dashboard.state() });
  const rest: Listener = (req, res) => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const pathname = q < 0 ? url : url.slice(0, q);
    if (OPS_PATHS.has(pathname)) ops(req, res, pathname);
    else dashboard.handle(req, res);
  };
  return { rest, dashboard };
}

async function main(): Promise<void> {
  const config = env();
  const separate = config.GATEWAY_DASHBOARD_PROCESS === 'separate' && Boolean(config.DATABASE_URL);
  const [database, { rest, dashboard }] = await Promise.all([getDatabase(), separate ? dashboardProcess() : inlineNext(config).then((rest) => ({ rest, dashboard: null }))]);
  const gateway = createGatewayListener();
  // Connect the shared rate limiter now: created on the first gateway request, its Redis connection
  // would still be opening under that first burst, and those requests would pass unlimited.
  rateLimiter();

  const listener: Listener = (req, res) => {
    const url = req.url ?? '/';
    if (isProxyPath(url)) return gateway(req, res);
    rest(req, res);
  };

  const server = createFrontServer(listener);
  const { front } = server;
  onShutdown('database', () => closeDatabase());
  // Registered after the database hook, so it closes first (hooks run in reverse order).
  const transport = await startChangeTransport();
  // Hourly: rows past each organisation's retention_days (lib/orgs/retention.ts); the dashboard
  // process runs it when there is one.
  if (!separate) onShutdown('retention', startRetentionJob(getDatabase));

  await new Promise<void>((resolve) => front.listen(config.PORT, config.HOST, resolve));
  const address = front.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  log.info({ port, database: database.driver, changes: transport, dashboard: separate ? 'separate process' : 'in process' }, `listening on http://localhost:${port}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    markShuttingDown();
    // The grace period covers in-flight streams; the hooks (usage flush, database) get 5 s more.
    const graceEnd = Date.now() + config.GATEWAY_SHUTDOWN_GRACE_MS;
    log.info({ signal, inFlight: server.active(), graceMs: config.GATEWAY_SHUTDOWN_GRACE_MS }, 'shutting down: no new connections, finishing in-flight requests');
    server.drain();
    while (server.active() > 0 && Date.now() < graceEnd) await new Promise((resolve) => setTimeout(resolve, 50));
    const cut = server.active();
    server.destroyAll();
    await dashboard?.stop(graceEnd + 5000);
    await runShutdownHooks(Date.now() + 5000);
    log.info({ cutShort: cut }, 'stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: Error) => {
  log.fatal({ err: error }, `failed to start: ${error.message}`);
  // Configuration errors name the variable; print them plainly for people reading a terminal.
  process.stderr.write(`\n${error.message}\n`);
  process.exit(1);
});

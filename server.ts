/**
 * The production server (`npm start`). Gateway traffic (`/api/gateway/*`) goes straight to the
 * pipeline on Node's own request objects; everything else (dashboard, management API) goes to
 * Next.js's request handler. Both run in this one process and share its caches and queues.
 *
 * One port speaks HTTP/1.1 and cleartext HTTP/2 (lib/server/front.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';
import next from 'next';
import { closeDatabase, getDatabase } from '@/db';
import { env } from '@/lib/config/env';
import { log } from '@/lib/log';
import { createGatewayListener } from '@/lib/pipeline/node';
import { startChangeTransport } from '@/lib/events/transport';
import { startRetentionJob } from '@/lib/orgs/retention';
import { markShuttingDown, onShutdown, runShutdownHooks } from '@/lib/runtime/shutdown';
import { rateLimiter } from '@/lib/pipeline/limit';
import { createFrontServer } from '@/lib/server/front';

/** Paths the pipeline serves directly; the model catalog and the unified endpoint live in Next. */
function isProxyPath(url: string): boolean {
  return url.startsWith('/api/gateway/') && !url.startsWith('/api/gateway/models');
}

async function main(): Promise<void> {
  const config = env();
  const app = next({ dev: false, dir: process.cwd(), hostname: config.HOST, port: config.PORT });
  const [, database] = await Promise.all([app.prepare(), getDatabase()]);
  const handle = app.getRequestHandler();
  const gateway = createGatewayListener();
  // Connect the shared rate limiter now: created on the first gateway request, its Redis connection
  // would still be opening under that first burst, and those requests would pass unlimited.
  rateLimiter();

  const listener = (req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse) => {
    const url = req.url ?? '/';
    if (isProxyPath(url)) return gateway(req, res);
    // next-auth derives its origin from these when NEXTAUTH_URL is unset.
    if (!req.headers['x-forwarded-proto']) req.headers['x-forwarded-proto'] = 'http';
    void handle(req as IncomingMessage, res as ServerResponse);
  };

  const server = createFrontServer(listener);
  const { front } = server;
  onShutdown('database', () => closeDatabase());
  // Registered after the database hook, so it closes first (hooks run in reverse order).
  const transport = await startChangeTransport();
  // Hourly: rows past each organisation's retention_days (lib/orgs/retention.ts).
  onShutdown('retention', startRetentionJob(getDatabase));

  await new Promise<void>((resolve) => front.listen(config.PORT, config.HOST, resolve));
  const address = front.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  log.info({ port, database: database.driver, changes: transport }, `listening on http://localhost:${port}`);

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

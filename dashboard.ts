/**
 * The dashboard and management API process (Next.js), started by the production server
 * (server.ts, lib/server/dashboard.ts) beside the gateway process. It listens on the Unix socket it
 * is given and talks to the gateway process over IPC: `ready` once it serves, and its metrics on
 * request. Caches in both processes stay in step through the change transport (lib/events).
 */
import { chmodSync, rmSync } from 'node:fs';
import http from 'node:http';
import next from 'next';
import { closeDatabase, getDatabase } from '@/db';
import { log } from '@/lib/log';
import { metricsJson } from '@/lib/metrics';
import { startChangeTransport } from '@/lib/events/transport';
import { startRetentionJob } from '@/lib/orgs/retention';
import { markShuttingDown, onShutdown, runShutdownHooks } from '@/lib/runtime/shutdown';
import type { DashboardMessage } from '@/lib/server/dashboard';
import { env } from '@/lib/config/env';

async function main(): Promise<void> {
  const socketPath = process.env.GATEWAY_DASHBOARD_SOCKET;
  if (!socketPath || !process.send) throw new Error('dashboard.mjs is started by the production server (npm start), not on its own');
  const config = env();
  const app = next({ dev: false, dir: process.cwd(), hostname: config.HOST, port: config.PORT });
  await Promise.all([app.prepare(), getDatabase()]);
  const handle = app.getRequestHandler();
  let inFlight = 0;
  const server = http.createServer((req, res) => {
    inFlight++;
    res.once('close', () => inFlight--);
    void handle(req, res);
  });
  server.keepAliveTimeout = 65_000;

  onShutdown('database', () => closeDatabase());
  await startChangeTransport();
  // Hourly: rows past each organisation's retention_days (lib/orgs/retention.ts).
  onShutdown('retention', startRetentionJob(getDatabase));

  rmSync(socketPath, { force: true });
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  chmodSync(socketPath, 0o600);

  process.on('message', (message: DashboardMessage) => {
    if (message.type !== 'metrics') return;
    metricsJson()
      .then((data) => process.send?.({ type: 'metrics', id: message.id, data } satisfies DashboardMessage))
      .catch(() => process.send?.({ type: 'metrics', id: message.id } satisfies DashboardMessage));
  });
  process.send({ type: 'ready' } satisfies DashboardMessage);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    markShuttingDown();
    const graceEnd = Date.now() + config.GATEWAY_SHUTDOWN_GRACE_MS;
    server.close();
    server.closeIdleConnections();
    while (inFlight > 0 && Date.now() < graceEnd) await new Promise((resolve) => setTimeout(resolve, 50));
    server.closeAllConnections();
    await runShutdownHooks(Date.now() + 5000);
    rmSync(socketPath, { force: true });
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  // The gateway process is gone (it crashed or was killed): do not linger as an orphan.
  process.on('disconnect', () => void stop());
}

main().catch((error: Error) => {
  log.fatal({ err: error }, `the dashboard process failed to start: ${error.message}`);
  process.exit(1);
});

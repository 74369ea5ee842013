import { chmodSync, rmSync } from 'node:fs';
import net from 'node:net';
import type { Database } from '@/db/client';
import { log } from '@/lib/log';

/**
 * The embedded database can only be opened by one process, so while the server runs, the admin CLI
 * sends its command here: one JSON line `{command, args}` in, one JSON line `{ok, result|error}` out.
 * The socket is created 0600 inside the 0700 data directory: only the same OS user can connect.
 */
export async function startControlServer(socketPath: string, database: Database): Promise<{ close(): Promise<void> }> {
  rmSync(socketPath, { force: true });
  const server = net.createServer((socket) => {
    let buffer = '';
    socket.setEncoding('utf8');
    socket.on('data', async (chunk: string) => {
      buffer += chunk;
      if (buffer.length > 64 * 1024) return socket.destroy();
      const newline = buffer.indexOf('\n');
      if (newline < 0) return;
      const line = buffer.slice(0, newline);
      buffer = '';
      let reply: unknown;
      try {
        const { command, args } = JSON.parse(line) as { command: string; args: Record<string, string> };
        const { runCommand } = await import('./commands');
        reply = { ok: true, result: await runCommand(database, command, args ?? {}) };
      } catch (error) {
        reply = { ok: false, error: (error as Error).message };
      }
      socket.end(JSON.stringify(reply) + '\n');
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  chmodSync(socketPath, 0o600);
  server.unref();
  log.debug({ socketPath }, 'control socket listening');
  return {
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Client side: sends one command and waits for the reply. */
export function sendControlCommand(socketPath: string, command: string, args: Record<string, string | undefined>): Promise<{ ok: boolean; result?: unknown; error?: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(socketPath);
    let data = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(JSON.stringify({ command, args }) + '\n'));
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('end', () => {
      try {
        resolve(JSON.parse(data));
      } catch {
        reject(new Error('the server closed the control socket without a reply'));
      }
    });
    socket.on('error', reject);
  });
}

// The pieces of the production topology for scripts/test-cluster.mjs, without containers: a
// throwaway redis-server, a cuttable TCP proxy in front of Postgres, the mock upstream, gateway
// instances (`node <server bundle>`) and Debian's nginx running deploy/nginx.conf.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function waitFor(what, check, ms = 60_000, every = 100) {
  const start = Date.now();
  for (;;) {
    try {
      if (await check()) return Date.now() - start;
    } catch {
      // not yet
    }
    if (Date.now() - start > ms) throw new Error(`${what}: not within ${ms} ms`);
    await sleep(every);
  }
}

/** A child process whose output goes to a log file; `stop()` sends a signal and waits for the exit. */
export function startProcess(name, command, args, { env = {}, logDir, cwd } = {}) {
  const log = createWriteStream(path.join(logDir, `${name}.log`));
  const child = spawn(command, args, { env: { ...process.env, ...env }, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    name,
    child,
    exited,
    logFile: path.join(logDir, `${name}.log`),
    async stop(signal = 'SIGTERM', ms = 30_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), ms);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

function redisPing(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.setTimeout(500, () => socket.destroy());
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => {
      resolve(d.toString().startsWith('+PONG'));
      socket.destroy();
    });
    socket.on('error', () => resolve(false));
    socket.on('close', () => resolve(false));
  });
}

/** Our own redis-server (the shared one on 6379 is never stopped). */
export async function startRedis(port, logDir) {
  const proc = startProcess(`redis-${Date.now()}`, 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no'], { logDir });
  await waitFor('redis-server', () => redisPing(port), 10_000, 50);
  return proc;
}

/** A TCP proxy to Postgres that can be cut (connections destroyed, new ones refused) and restored. */
export async function startTcpProxy(port, target) {
  const sockets = new Set();
  let server;
  const listen = () =>
    new Promise((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream);
        upstream.pipe(client);
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
  await listen();
  return {
    async cut() {
      const closed = new Promise((resolve) => server.close(() => resolve()));
      for (const s of sockets) s.destroy();
      await closed;
    },
    restore: listen,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export function ensureNginx() {
  if (existsSync('/usr/sbin/nginx')) return '/usr/sbin/nginx';
  console.log('nginx not found: installing Debian nginx');
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  const result = spawnSync('apt-get', ['install', '-y', '-qq', 'nginx-light'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0 || !existsSync('/usr/sbin/nginx')) throw new Error('could not install nginx');
  return '/usr/sbin/nginx';
}

/**
 * deploy/nginx.conf with only the lines marked `cluster-test` pointed at local ports, plus what a
 * non-root prefix needs (pid, logs and temp paths in `dir`, foreground).
 */
export function nginxConfig(dir, { instances, http, h2c }) {
  let conf = readFileSync('deploy/nginx.conf', 'utf8');
  let i = 0;
  conf = conf.replace(/^(\s*)server app\d+:3000([^;]*);(.*cluster-test.*)$/gm, (_, indent, opts) => `${indent}server 127.0.0.1:${instances[i++]}${opts};`);
  conf = conf.replace(/^(\s*)listen 80;.*cluster-test.*$/m, `$1listen 127.0.0.1:${http};`);
  conf = conf.replace(/^(\s*)listen 8081 http2;.*cluster-test.*$/m, `$1listen 127.0.0.1:${h2c} http2;`);
  if (i !== instances.length || !conf.includes(`:${http};`) || !conf.includes(`:${h2c} http2;`)) throw new Error('deploy/nginx.conf: cluster-test markers not found');
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, sub), { recursive: true });
  const head = `user root;\ndaemon off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\n`;
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k, n) => `  ${k}_temp_path ${dir}/${['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'][n]};`).join('\n');
  conf = head + conf.replace(/^http \{$/m, `http {\n${temp}`);
  const file = path.join(dir, 'nginx.conf');
  writeFileSync(file, conf);
  return file;
}

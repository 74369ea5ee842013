// A stand-in for dashboard.mjs in lib/server/dashboard.test.ts: the same contract (listen on
// GATEWAY_DASHBOARD_SOCKET, say `ready`, answer `metrics`), with routes that echo what arrived.
import http from 'node:http';

const socketPath = process.env.GATEWAY_DASHBOARD_SOCKET;
let stream = null;
const server = http.createServer((req, res) => {
  if (req.url === '/crash') process.exit(3);
  if (req.url === '/events') {
    // The first event now, the last one only when /release is called.
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write('data: first\n\n');
    stream = res;
    return;
  }
  if (req.url === '/release') {
    stream?.end('data: last\n\n');
    res.end();
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    res.writeHead(201, { 'content-type': 'application/json', 'set-cookie': ['a=1; Path=/', 'b=2; Path=/'] });
    res.end(JSON.stringify({ pid: process.pid, method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString() }));
  });
});
server.listen(socketPath, () => process.send({ type: 'ready' }));
process.on('message', (message) => {
  if (message.type === 'metrics') {
    process.send({ type: 'metrics', id: message.id, data: [{ name: 'stand_in_requests_total', help: 'Requests the stand-in served.', type: 'counter', aggregator: 'sum', values: [{ labels: {}, value: 7 }] }] });
  }
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));

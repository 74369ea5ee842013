// Calibration for the benchmark: the least a Node proxy can do (read the body, forward it over a
// keep-alive undici pool, stream the answer back). No auth, no metering, no recording. The gateway's
// numbers are read against this on the same machine, at the same moment.
import http from 'node:http';
import { Agent, request } from 'undici';

const [upstream, port] = [process.argv[2], Number(process.argv[3])];
const agent = new Agent({ connections: 256 });

http
  .createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const r = await request(upstream + req.url, { method: req.method, headers: { 'content-type': 'application/json', authorization: req.headers.authorization }, body: Buffer.concat(chunks), dispatcher: agent });
    const headers = { 'content-type': r.headers['content-type'] };
    if (r.headers['content-length']) headers['content-length'] = r.headers['content-length'];
    res.writeHead(r.statusCode, headers);
    for await (const chunk of r.body) res.write(chunk);
    res.end();
  })
  .listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));

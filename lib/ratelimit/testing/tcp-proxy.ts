import net from 'node:net';

/**
 * A TCP proxy in front of Redis that a test can stall or cut, to make Redis unreachable for one
 * limiter without touching the server others on the machine share (`CLIENT PAUSE` would stall every
 * client of it).
 *
 * - `pause()` stops reading what the client sends, as a stalled server does: commands sit in the
 *   socket buffers, unanswered, and are delivered on `resume()`.
 * - `refuse()` drops every connection and resets new ones, as a restarting server does; `accept()`
 *   lets them through again.
 */
export class TcpProxy {
  private readonly server = net.createServer((client) => this.onConnection(client));
  private readonly links = new Set<{ client: net.Socket; upstream: net.Socket }>();
  private paused = false;
  private refusing = false;

  constructor(private readonly target: { host: string; port: number }) {}

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as net.AddressInfo).port;
  }

  pause(): void {
    this.paused = true;
    for (const l of this.links) l.client.pause();
  }

  resume(): void {
    this.paused = false;
    for (const l of this.links) l.client.resume();
  }

  refuse(): void {
    this.refusing = true;
    for (const l of this.links) this.drop(l);
  }

  accept(): void {
    this.refusing = false;
  }

  async close(): Promise<void> {
    for (const l of this.links) this.drop(l);
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onConnection(client: net.Socket): void {
    if (this.refusing) {
      client.resetAndDestroy();
      return;
    }
    const upstream = net.connect(this.target.port, this.target.host);
    const link = { client, upstream };
    this.links.add(link);
    // 'data' listeners rather than pipe(): pipe() resumes a paused source whenever its destination drains.
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => client.write(chunk));
    const end = () => this.drop(link);
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
    if (this.paused) client.pause();
  }

  private drop(link: { client: net.Socket; upstream: net.Socket }): void {
    if (!this.links.delete(link)) return;
    link.client.destroy();
    link.upstream.destroy();
  }
}

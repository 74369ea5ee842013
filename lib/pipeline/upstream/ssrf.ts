import dns from 'node:dns';
import net, { BlockList } from 'node:net';
import { AppError } from '@/lib/errors';

/**
 * Server-side request forgery defence for tenant-configured upstreams (`custom` base URLs, a stored
 * Ollama / TGI URL). The address is checked after DNS resolution, inside the connection's own
 * lookup, so a name that resolves to a private address is refused at connect time (no window
 * between check and use). The gateway never follows redirects, so a redirect cannot lead elsewhere.
 */
const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, including cloud metadata 169.254.169.254
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7], // unique local, including fd00:ec2::254 (EC2 metadata over IPv6)
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
] as const) blocked.addSubnet(network, prefix, 'ipv6');

/** True for loopback, private, link-local, metadata, multicast and reserved addresses. */
export function isPrivateAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family !== 6) return true;
  const lower = address.toLowerCase();
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses carry an IPv4 target.
  const embedded = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower)?.[1];
  if (embedded) return blocked.check(embedded, 'ipv4');
  const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (mappedHex) {
    const n = (parseInt(mappedHex[1], 16) << 16) | parseInt(mappedHex[2], 16);
    return blocked.check([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.'), 'ipv4');
  }
  return blocked.check(address, 'ipv6');
}

export function privateUpstreamError(host: string): AppError {
  return new AppError('forbidden', `upstream ${host} resolves to a private or reserved address; an operator can allow this with GATEWAY_ALLOW_PRIVATE_UPSTREAMS=true`);
}

/** Refuses an IP-literal host up front (connections to literals skip DNS lookup). */
export function assertPublicHost(hostname: string): void {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host) && isPrivateAddress(host)) throw privateUpstreamError(host);
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal')) throw privateUpstreamError(host);
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/** A `lookup` for net.connect that resolves normally and refuses private results. */
export function guardedLookup(hostname: string, options: dns.LookupOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const list = addresses as dns.LookupAddress[];
    const bad = list.find((a) => isPrivateAddress(a.address));
    if (bad || list.length === 0) {
      const refusal = Object.assign(privateUpstreamError(hostname), { code: 'EPRIVATEUPSTREAM' }) as unknown as NodeJS.ErrnoException;
      return callback(refusal, []);
    }
    if (options.all) return callback(null, list);
    callback(null, list[0].address, list[0].family);
  });
}

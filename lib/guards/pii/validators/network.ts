/** IPv4 dotted quad: four octets 0-255 without leading zeros (leading zeros read as octal elsewhere). */
export function isValidIpv4(value: string): boolean {
  const parts = value.split('.');
  if (parts.length !== 4) return false;
  for (const part of parts) {
    if (part.length === 0 || part.length > 3) return false;
    if (part.length > 1 && part[0] === '0') return false;
    if (Number(part) > 255) return false;
  }
  return true;
}

const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

/** IPv6 (RFC 4291 text form), including "::" compression and a trailing embedded IPv4. */
export function isValidIpv6(value: string): boolean {
  let v = value;
  let groupsForIpv4 = 0;
  const lastColon = v.lastIndexOf(':');
  if (v.indexOf('.', lastColon) > 0) {
    if (!isValidIpv4(v.slice(lastColon + 1))) return false;
    v = v.slice(0, lastColon + 1) + '0';
    groupsForIpv4 = 1;
  }
  const halves = v.split('::');
  if (halves.length > 2) return false;
  const groups = (half: string) => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  for (const g of [...head, ...tail]) if (!HEX_GROUP.test(g)) return false;
  const count = head.length + tail.length + groupsForIpv4;
  if (halves.length === 2) return count <= 7;
  return count === 8;
}

/** A MAC address with one consistent separator; all-zero and broadcast addresses carry no identity. */
export function isValidMac(value: string): boolean {
  const lower = value.toLowerCase();
  if (lower === '00:00:00:00:00:00' || lower === 'ff:ff:ff:ff:ff:ff') return false;
  const sep = value[2];
  if (sep !== ':' && sep !== '-') return value.length === 14 && value[4] === '.'; // Cisco aaaa.bbbb.cccc
  for (let i = 2; i < value.length; i += 3) if (value[i] !== sep) return false;
  return true;
}

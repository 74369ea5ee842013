/**
 * The Lua scripts behind `RedisRateLimiter`. They repeat the rules of `window.ts` (`rollWindow`,
 * `used`, `needed`) in the same arithmetic order, so both limiters decide identically;
 * `redis.int.test.ts` replays one sequence through both to hold them to it.
 *
 * One hash per scope (`<prefix><scope>:<id>` → w, cr, pr, ct, pt) rather than one key per fixed
 * window: a check then reads and writes exactly the keys it declares in KEYS, and an idle scope costs
 * one key that expires two windows after its last write.
 *
 * Time comes from `redis.call('TIME')`, so gateway instances with skewed clocks share one window
 * boundary. (Redis 5+ replicates a script's effects, not the script, so reading TIME before writing
 * is allowed.) A non-negative ARGV[3] replaces it; only tests pass one.
 */
import { createHash } from 'node:crypto';

const PRELUDE = `
local W = tonumber(ARGV[1])
local cost = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
if now < 0 then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local win = math.floor(now / W)
local function load(key)
  local v = redis.call('HMGET', key, 'w', 'cr', 'pr', 'ct', 'pt')
  local w = tonumber(v[1]) or win
  local cr, pr = tonumber(v[2]) or 0, tonumber(v[3]) or 0
  local ct, pt = tonumber(v[4]) or 0, tonumber(v[5]) or 0
  if w < win then
    if w == win - 1 then pr, pt = cr, ct else pr, pt = 0, 0 end
    cr, ct = 0, 0
  end
  return v[1], cr, pr, ct, pt
end
local function store(key, cr, pr, ct, pt)
  redis.call('HSET', key, 'w', win, 'cr', cr, 'pr', pr, 'ct', ct, 'pt', pt)
  redis.call('PEXPIRE', key, 2 * W)
end
`;

/**
 * KEYS: one per scope. ARGV: windowMs, cost (tokens), now (-1: server clock), then rpm and tpm per key
 * (0: no limit). Returns { now, allowed (1|0), then cr, pr, ct, pt per key } with the counters as they
 * were before this request, so the caller can compute remaining and reset with `decide`.
 */
export const CHECK_SCRIPT = `${PRELUDE}
local weight = 1 - (now - win * W) / W
local function exceeds(limit, prev, cur, c)
  if limit <= 0 then return false end
  return math.floor(prev * weight) + cur + math.min(math.max(c, 1), limit) > limit
end
local out = { now, 1 }
local ok = true
for i = 1, #KEYS do
  local _, cr, pr, ct, pt = load(KEYS[i])
  local rpm, tpm = tonumber(ARGV[2 + 2 * i]), tonumber(ARGV[3 + 2 * i])
  if exceeds(rpm, pr, cr, 1) or exceeds(tpm, pt, ct, cost) then ok = false end
  local n = #out
  out[n + 1], out[n + 2], out[n + 3], out[n + 4] = cr, pr, ct, pt
end
if ok then
  for i = 1, #KEYS do
    local b = 2 + 4 * (i - 1)
    store(KEYS[i], out[b + 1] + 1, out[b + 2], out[b + 3] + cost, out[b + 4])
  end
else
  out[2] = 0
end
return out
`;

/**
 * KEYS: the scopes to settle. ARGV: windowMs, delta (tokens, may be negative), now (-1: server clock).
 * Same rule as `applyTokenDelta`: a refund beyond the current window spills into the previous one.
 */
export const SETTLE_SCRIPT = `${PRELUDE}
local delta = cost
for i = 1, #KEYS do
  local existed, cr, pr, ct, pt = load(KEYS[i])
  if existed or delta > 0 then
    ct = ct + delta
    if ct < 0 then
      pt = math.max(0, pt + ct)
      ct = 0
    end
    store(KEYS[i], cr, pr, ct, pt)
  end
end
return 0
`;

export interface LoadedScript {
  source: string;
  sha: string;
}

function script(source: string): LoadedScript {
  return { source, sha: createHash('sha1').update(source).digest('hex') };
}

export const checkScript = script(CHECK_SCRIPT);
export const settleScript = script(SETTLE_SCRIPT);

import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv as parseProcessEnv } from './env';

const parseEnv = (vars: Record<string, string>) => parseProcessEnv(vars as NodeJS.ProcessEnv);

describe('environment validation', () => {
  it('applies defaults when nothing is set', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.GATEWAY_SHUTDOWN_GRACE_MS).toBe(25_000);
    expect(env.GATEWAY_CIRCUIT_THRESHOLD).toBe(5);
    expect(env.GATEWAY_REQUEST_LOG).toBe(true);
  });

  it.each([
    ['PORT', 'eighty'],
    ['GATEWAY_USAGE_BATCH_SIZE', '0'],
    ['GATEWAY_SHUTDOWN_GRACE_MS', '-5'],
    ['REDIS_URL', 'http://localhost:6379'],
    ['GATEWAY_ALERT_WEBHOOK_URL', 'not a url'],
    ['GATEWAY_METRICS_TOKEN', 'short'],
    ['GATEWAY_UPSTREAM_OPENAI_URL', 'nowhere'],
    ['GATEWAY_RATE_LIMIT_PER_PROVIDER_OPENAI', 'lots'],
  ])('refuses a bad %s with a message naming it', (name, value) => {
    let error: unknown;
    try {
      parseEnv({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(name);
    expect((error as Error).message).toContain(name);
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ PORT: '', REDIS_URL: '' }).PORT).toBe(3000);
  });
});

import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../src/config.ts';
import { DEFAULT_CONNECTION_LIMITS } from '../src/sync/connection-limits.ts';

describe('settings from the environment', () => {
  it('uses the workshop-sized connection limits and trusts no proxy unless told otherwise', () => {
    const config = configFromEnv({});
    expect(config.connectionLimits).toEqual(DEFAULT_CONNECTION_LIMITS);
    expect(config.trustProxy).toBe(false);
    expect(config.port).toBe(4321);
    expect(config.listenBacklog).toBe(4096);
  });

  it('reads per-address connection limits', () => {
    const config = configFromEnv({ MAX_CONNECTIONS_PER_ADDRESS: '5000', CONNECT_BURST_PER_ADDRESS: '1000', CONNECTS_PER_SECOND_PER_ADDRESS: '250' });
    expect(config.connectionLimits).toEqual({ maxPerAddress: 5000, connectBurst: 1000, connectsPerSecond: 250 });
  });

  it('refuses limits that are not whole positive numbers, naming the setting', () => {
    expect(() => configFromEnv({ MAX_CONNECTIONS_PER_ADDRESS: 'lots' })).toThrow(/MAX_CONNECTIONS_PER_ADDRESS/);
    expect(() => configFromEnv({ CONNECTS_PER_SECOND_PER_ADDRESS: '0' })).toThrow(/CONNECTS_PER_SECOND_PER_ADDRESS/);
    expect(() => configFromEnv({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => configFromEnv({ LISTEN_BACKLOG: '-1' })).toThrow(/LISTEN_BACKLOG/);
  });

  it('reads TRUST_PROXY as true or a list of proxy addresses', () => {
    expect(configFromEnv({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(configFromEnv({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(configFromEnv({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });
});

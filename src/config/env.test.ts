import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env.js';

describe('loadConfig', () => {
  it('applies the defaults of a fresh machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      DATA_DIR: './data',
      NODE_ENV: 'development',
      PUBLIC_URL: 'http://localhost:3000',
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('derives the public URL from the port and ignores empty variables', () => {
    expect(loadConfig({ PORT: '4100', DATABASE_URL: '' }).PUBLIC_URL).toBe('http://localhost:4100');
  });

  it('lists every wrong variable with its reason', () => {
    try {
      loadConfig({
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        SMTP_URL: 'http://mail',
        MAP_TILE_URL: 'https://tile.{s}.example.fr/{z}/{x}/{y}.png',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/DATABASE_URL: must start with postgres/);
      expect(problems).toMatch(/SMTP_URL: must start with smtp/);
      expect(problems).toMatch(/MAP_TILE_URL: must be an http\(s\) URL template/);
    }
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistrationConfig, RegistrationConfigError } from './config.js';

describe('loadRegistrationConfig', () => {
  it('applies the defaults of a fresh machine', () => {
    expect(loadRegistrationConfig({})).toMatchObject({
      NODE_ENV: 'development',
      REGISTRATION_PORT: 3100,
      REGISTRATION_HOST: '127.0.0.1',
      REGISTRATION_PUBLIC_URL: 'http://localhost:3100',
      REGISTRATION_DATA_DIR: path.join('./data', 'registration'),
      REGISTRATION_PLATFORM_KEY: 'dev-platform-key',
    });
  });

  it('derives the data folder from DATA_DIR and the public URL from the port', () => {
    const config = loadRegistrationConfig({
      DATA_DIR: '/srv/alin',
      REGISTRATION_PORT: '4100',
      REGISTRATION_DATABASE_URL: '',
    });
    expect(config).toMatchObject({
      REGISTRATION_DATA_DIR: path.join('/srv/alin', 'registration'),
      REGISTRATION_PUBLIC_URL: 'http://localhost:4100',
    });
    expect(config.REGISTRATION_DATABASE_URL).toBeUndefined();
  });

  it('lists every wrong variable with its reason', () => {
    try {
      loadRegistrationConfig({
        REGISTRATION_PORT: 'abc',
        REGISTRATION_DATABASE_URL: 'mysql://x',
        SMTP_URL: 'http://mail',
        REGISTRATION_PLATFORM_KEY: 'short',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RegistrationConfigError);
      const problems = (error as RegistrationConfigError).problems.join('\n');
      expect(problems).toMatch(/REGISTRATION_PORT/);
      expect(problems).toMatch(/REGISTRATION_DATABASE_URL: must start with postgres/);
      expect(problems).toMatch(/SMTP_URL: must start with smtp/);
      expect(problems).toMatch(/REGISTRATION_PLATFORM_KEY: must be at least 8 characters/);
    }
  });

  it('requires a real platform key and an SMTP server in production', () => {
    expect(() => loadRegistrationConfig({ NODE_ENV: 'production' })).toThrow(
      /REGISTRATION_PLATFORM_KEY: is required in production[\s\S]*SMTP_URL: is required in production/,
    );
    expect(() =>
      loadRegistrationConfig({
        NODE_ENV: 'production',
        REGISTRATION_PLATFORM_KEY: 'dev-platform-key',
        SMTP_URL: 'smtp://mail',
      }),
    ).toThrow(/must not be the development key/);
    expect(
      loadRegistrationConfig({
        NODE_ENV: 'production',
        REGISTRATION_PLATFORM_KEY: 'a-long-shared-secret',
        SMTP_URL: 'smtp://mail',
      }).NODE_ENV,
    ).toBe('production');
  });
});

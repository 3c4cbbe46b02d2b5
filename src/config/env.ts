import { z } from 'zod';
import { tileImageSource } from './map-tiles.js';

/** Every setting the platform reads from the environment, validated once at start. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    PUBLIC_URL: z.url().optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
    MAIL_FROM: z.string().min(3).default("AL'in <no-reply@al-in.localhost>"),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    WEB_DIST: z.string().min(1).default('./dist/web'),
    JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
    REGISTRATION_PORT: z.coerce.number().int().min(0).max(65535).default(3100),
    REGISTRATION_URL: z.url().optional(),
    REGISTRATION_PUBLIC_URL: z.url().optional(),
    REGISTRATION_PLATFORM_KEY: z.string().min(8).default('dev-platform-key'),
    /** Requests per minute and per IP address on sensitive routes (login, sign-up, links, import). */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
    TRUST_PROXY: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    /** Days a personal access code sent by HR stays usable (single use). */
    ACCESS_CODE_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(90),
    /** When the daily purge of files struck off over a year ago runs (cron, Europe/Paris). */
    PURGE_CRON: z.string().min(9).default('30 3 * * *'),
    /** Affordability: monthly income (housing benefit included) ≥ factor × (rent + charges). */
    AFFORDABILITY_FACTOR: z.coerce.number().positive().max(10).default(3),
    /** Tile server of the offers map (Leaflet URL template) and its attribution. */
    MAP_TILE_URL: z
      .string()
      .min(1)
      .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png')
      .refine((template) => tileImageSource(template) !== null, {
        message:
          'must be an http(s) URL template, a placeholder such as {s} only in the leftmost label of the host',
      }),
    MAP_TILE_ATTRIBUTION: z.string().min(1).default('© les contributeurs d’OpenStreetMap'),
    /** Largest offer photo accepted, in bytes (default 8 MB). */
    PHOTO_MAX_BYTES: z.coerce.number().int().min(100_000).max(50_000_000).default(8_000_000),
    /** Key that signs the unsubscribe links of alert e-mails (required in production). */
    ALERTS_SECRET: z.string().min(32).optional(),
    /** How often an open position stream (SSE) or long poll checks for a change, milliseconds. */
    CANDIDACY_STREAM_POLL_MS: z.coerce.number().int().min(20).max(60_000).default(2000),
  })
  .transform((env) => {
    const registrationUrl = env.REGISTRATION_URL ?? `http://localhost:${env.REGISTRATION_PORT}`;
    return {
      ...env,
      PUBLIC_URL: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
      REGISTRATION_URL: registrationUrl,
      REGISTRATION_PUBLIC_URL: env.REGISTRATION_PUBLIC_URL ?? registrationUrl,
    };
  })
  .refine(
    (env) => env.NODE_ENV !== 'production' || env.REGISTRATION_PLATFORM_KEY !== 'dev-platform-key',
    {
      message: 'must be set to a secret of your own in production',
      path: ['REGISTRATION_PLATFORM_KEY'],
    },
  )
  .refine((env) => env.NODE_ENV !== 'production' || env.ALERTS_SECRET !== undefined, {
    message: 'must be set (32 characters or more) in production',
    path: ['ALERTS_SECRET'],
  });

/** The validated configuration. */
export type Config = z.infer<typeof envSchema>;

/** A configuration error that lists every wrong variable with its reason. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration from an environment object (process.env by default). */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const relevant = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(relevant);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`),
    );
  }
  return parsed.data;
}

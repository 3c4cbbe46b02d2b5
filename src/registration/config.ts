import path from 'node:path';
import { z } from 'zod';

const DEV_PLATFORM_KEY = 'dev-platform-key';

/** Every setting the registration service reads from the environment, validated once at start. */
export const registrationEnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    REGISTRATION_PORT: z.coerce.number().int().min(0).max(65535).default(3100),
    REGISTRATION_HOST: z.string().min(1).default('127.0.0.1'),
    REGISTRATION_PUBLIC_URL: z.url().optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    REGISTRATION_DATA_DIR: z.string().min(1).optional(),
    REGISTRATION_DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    REGISTRATION_PLATFORM_KEY: z.string().min(8, 'must be at least 8 characters').optional(),
    /** Signs the access cookie of the web pages; a random one per start when unset. */
    REGISTRATION_COOKIE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
    MAIL_FROM: z.string().min(3).default("AL'in <no-reply@al-in.localhost>"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    if (!env.REGISTRATION_PLATFORM_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['REGISTRATION_PLATFORM_KEY'],
        message: 'is required in production',
      });
    } else if (env.REGISTRATION_PLATFORM_KEY === DEV_PLATFORM_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['REGISTRATION_PLATFORM_KEY'],
        message: 'must not be the development key in production',
      });
    }
    if (!env.SMTP_URL)
      ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'is required in production' });
  })
  .transform(({ DATA_DIR, ...env }) => ({
    ...env,
    REGISTRATION_PUBLIC_URL: (
      env.REGISTRATION_PUBLIC_URL ?? `http://localhost:${env.REGISTRATION_PORT}`
    ).replace(/\/+$/, ''),
    REGISTRATION_DATA_DIR: env.REGISTRATION_DATA_DIR ?? path.join(DATA_DIR, 'registration'),
    REGISTRATION_PLATFORM_KEY: env.REGISTRATION_PLATFORM_KEY ?? DEV_PLATFORM_KEY,
  }));

/** The validated configuration of the registration service. */
export type RegistrationConfig = z.infer<typeof registrationEnvSchema>;

/** A configuration error that lists every wrong variable with its reason. */
export class RegistrationConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid registration service configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'RegistrationConfigError';
  }
}

/** Reads and validates the configuration from an environment object (process.env by default). */
export function loadRegistrationConfig(
  source: NodeJS.ProcessEnv = process.env,
): RegistrationConfig {
  const relevant = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = registrationEnvSchema.safeParse(relevant);
  if (!parsed.success) {
    throw new RegistrationConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`),
    );
  }
  return parsed.data;
}

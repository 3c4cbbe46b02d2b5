import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Config } from '../config/env.js';

/** The registration stand-in running as its own process beside the platform. */
export type RegistrationChild = { url: string; stop(): Promise<void> };

/**
 * Starts our stand-in for the registration system as a separate process, unless REGISTRATION_URL
 * points elsewhere (a real connector or a stand-in started by hand).
 */
export async function startRegistrationChild(
  config: Config,
  root: string,
): Promise<RegistrationChild | null> {
  if (process.env['REGISTRATION_URL']) return null;
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'src/cli/registration.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: config.NODE_ENV,
        LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
        REGISTRATION_PORT: String(config.REGISTRATION_PORT),
        DATA_DIR: config.DATA_DIR,
        REGISTRATION_PLATFORM_KEY: config.REGISTRATION_PLATFORM_KEY,
      },
      // The IPC channel closes when this process ends in any way: the child then stops too.
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const url = config.REGISTRATION_URL;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the registration service exited with code ${child.exitCode}`);
    const ok = await fetch(`${url}/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

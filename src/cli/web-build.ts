import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Whether the built web app is missing or older than its sources. */
export function isWebBuildStale(root: string, dist: string): boolean {
  const index = path.join(dist, 'index.html');
  if (!existsSync(index)) return true;
  const sources = Math.max(
    newestMtime(path.join(root, 'src/web')),
    newestMtime(path.join(root, 'src/domain')),
    statSync(path.join(root, 'vite.config.ts')).mtimeMs,
  );
  return sources > statSync(index).mtimeMs;
}

/** Builds the web app with Vite when it is missing or stale. */
export async function ensureWebBuild(
  root: string,
  dist: string,
  log: (msg: string) => void,
): Promise<void> {
  if (!isWebBuildStale(root, dist)) return;
  log('Construction de l’application web (Vite)…');
  const { build } = await import('vite');
  await build({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: path.resolve(dist), emptyOutDir: true },
  });
}

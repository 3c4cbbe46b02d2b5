import path from 'node:path';
import { ensureWebBuild } from '../../src/cli/web-build.js';

/** Builds the web app once before the browser tests when it is missing or stale. */
export default async function setup(): Promise<void> {
  await ensureWebBuild(process.cwd(), path.resolve('dist/web'), console.log);
}

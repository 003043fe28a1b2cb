/**
 * Builds dist/sw.js from src/serviceWorker/sw-template.js with the list of every file of the build.
 *
 * Why not vite-plugin-pwa: it needs workbox-build, which needs rollup, whose optional native
 * packages for other platforms this machine's registry does not serve — npm then cannot record
 * them and `npm ci` refuses the lock file. The service worker itself is small (see the template);
 * registration and the update prompt use Workbox's own client, workbox-window.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/** Files a browser never needs from the cache. */
const SKIP = [/^sw\.js$/, /\.map$/, /^\.vite\//];
/** Workbox's default limit: larger files are not precached (none is close to it here). */
const MAX_BYTES = 2 * 1024 * 1024;

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, root) : [relative(root, path).split(sep).join('/')];
  });
}

export function serviceWorker(): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  return {
    name: 'cam-ket-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      root = config.root;
    },
    // After everything, public files included, is written.
    closeBundle() {
      // resolve, not join: an absolute --outDir (/tmp/…) stays absolute.
      const dist = resolve(root, outDir);
      const files = listFiles(dist)
        .filter((f) => !SKIP.some((re) => re.test(f)))
        .filter((f) => statSync(join(dist, f)).size <= MAX_BYTES)
        .sort();
      // The build id names the cache: it changes with any file of the build or the worker's own code,
      // so a new version never writes into the cache the running version serves from.
      const template = readFileSync(join(root, 'src/serviceWorker/sw-template.js'), 'utf8');
      const hash = createHash('sha256').update(template);
      for (const f of files) hash.update(f).update(readFileSync(join(dist, f)));
      const build = hash.digest('hex').slice(0, 16);
      const precache = JSON.stringify(files.map((f) => `/${f}`));
      writeFileSync(join(dist, 'sw.js'), template.replace('__CAMKET_BUILD__', build).replace('__CAMKET_PRECACHE__', precache));
    },
  };
}

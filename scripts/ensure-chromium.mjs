// Makes sure a Chromium is there for the end-to-end tests: installs Debian's package when it can
// (root on Debian), otherwise says exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

if (chromiumPath()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('Chromium not found: installing Debian\'s chromium package (apt-get install -y chromium)…');
  execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium', { stdio: 'inherit' });
  if (chromiumPath()) process.exit(0);
}
console.error(
  [
    'The end-to-end tests need a Chromium, and none was found.',
    hasApt ? 'Install it with:  sudo apt-get update && sudo apt-get install -y chromium' : 'Install Chromium with your system\'s package manager,',
    'or point CHROMIUM_PATH at a Chromium or Chrome binary:  CHROMIUM_PATH=/path/to/chrome npm test',
  ].join('\n'),
);
process.exit(1);

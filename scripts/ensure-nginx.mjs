// Makes sure nginx is there for the end-to-end tests that serve the app with the shipped
// configuration (deploy/nginx/, tests/e2e/nginx.spec.ts): installs Debian's package when it can
// (root on Debian), otherwise says exactly what to run. The package's own service is not started
// (the tests run nginx in the foreground on their own port, deploy/nginx/run.sh).
import { execSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

/** @returns {string | null} */
function nginxPath() {
  const fromEnv = process.env.NGINX;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx'].find((p) => existsSync(p)) ?? null;
}

if (nginxPath()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log("nginx not found: installing Debian's nginx package (apt-get install -y nginx)…");
  // A policy-rc.d that says no (exit 101) keeps the package from starting its service on port 80;
  // one already there (containers have one) is left as it is.
  const ownPolicy = !existsSync('/usr/sbin/policy-rc.d');
  if (ownPolicy) writeFileSync('/usr/sbin/policy-rc.d', '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y nginx', { stdio: 'inherit' });
  } finally {
    if (ownPolicy) rmSync('/usr/sbin/policy-rc.d', { force: true });
  }
  if (nginxPath()) process.exit(0);
}
console.error(
  [
    'The end-to-end tests serve the app with nginx (deploy/nginx/), and none was found.',
    hasApt ? 'Install it with:  sudo apt-get update && sudo apt-get install -y nginx' : "Install nginx with your system's package manager,",
    'or point NGINX at an nginx binary:  NGINX=/path/to/nginx npm test',
  ].join('\n'),
);
process.exit(1);

#!/usr/bin/env node
// Makes `npm run demo` and `npm test` work on a machine that has only Node 20 and npm:
// installs pnpm 12.4.2 and the workspace's dependencies when they are missing, installs Debian's
// chromium for the browser tests and redis-server for the campaigns when we are root and they are
// absent, then hands over to pnpm.
// Plain .mjs on purpose: it runs before any dependency exists.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM = '12.4.2';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const script = process.argv[2];
if (!script) {
  console.error('usage: node scripts/bootstrap.mjs <pnpm-script> [args...]');
  process.exit(2);
}

function say(line) {
  process.stderr.write(`[linejsx] ${line}\n`);
}

function pnpmVersion(cmd) {
  try {
    return execFileSync(cmd, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function ensurePnpm() {
  if (pnpmVersion('pnpm') === PNPM) return ['pnpm'];
  say(`installing pnpm ${PNPM} with npm`);
  const global = spawnSync('npm', ['install', '--global', `pnpm@${PNPM}`], { stdio: 'inherit' });
  if (global.status === 0 && pnpmVersion('pnpm') === PNPM) return ['pnpm'];
  // No rights to install globally: run it through npx instead.
  say(`global install failed; using npx pnpm@${PNPM}`);
  return ['npx', '--yes', `pnpm@${PNPM}`];
}

function needsInstall() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  if (!existsSync(marker)) return true;
  return statSync(join(root, 'pnpm-lock.yaml')).mtimeMs > statSync(marker).mtimeMs;
}

/** Debian's redis-server, for the campaign tests and the demo's campaign; installed as chromium is. */
function ensureRedis() {
  if (existsSync('/usr/bin/redis-server') || process.env.LINEJSX_SKIP_REDIS) return;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0 || !existsSync('/usr/bin/apt-get')) {
    say('redis-server is not installed and cannot be installed here (needs root and apt-get); campaign tests will say so');
    return;
  }
  say('installing Debian redis-server for the campaigns (a few seconds)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'redis-server'], { stdio: 'inherit', env });
}

function ensureChromium() {
  if (existsSync('/usr/bin/chromium') || process.env.LINEJSX_SKIP_CHROMIUM) return;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0 || !existsSync('/usr/bin/apt-get')) {
    say('chromium is not installed and cannot be installed here (needs root and apt-get); browser tests will say so');
    return;
  }
  say('installing Debian chromium for the browser tests (about 20 s)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}

const pnpm = ensurePnpm();
const run = (args) => spawnSync(pnpm[0], [...pnpm.slice(1), ...args], { stdio: 'inherit', cwd: root });
if (needsInstall()) {
  say('installing dependencies (pnpm install --frozen-lockfile)');
  const installed = run(['install', '--frozen-lockfile']);
  if (installed.status !== 0) process.exit(installed.status ?? 1);
}
if (script.startsWith('test')) ensureChromium();
if (script.startsWith('test') || script.startsWith('demo')) ensureRedis();
const result = run(['run', script, ...process.argv.slice(3)]);
process.exit(result.status ?? 1);

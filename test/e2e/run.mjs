#!/usr/bin/env node
// npm run test:e2e [-- --browser chromium|firefox] [--no-build] [vitest args...]
// Finds Chromium and Firefox (installing them with apt-get when root), builds, then runs the e2e specs with vitest.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);

const CANDIDATES = {
  chromium: ['CHROME_PATH', ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']],
  firefox: ['FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox']],
};

function parseArgs(argv) {
  const options = { browsers: ['chromium', 'firefox'], build: true, vitestArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--browser' || arg.startsWith('--browser=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!(value in CANDIDATES)) {
        console.error(`--browser must be chromium or firefox, not ${value ?? 'nothing'}`);
        process.exit(2);
      }
      options.browsers = [value];
    } else if (arg === '--no-build') {
      options.build = false;
    } else {
      options.vitestArgs.push(arg);
    }
  }
  return options;
}

function findBrowser(name) {
  const [envVar, paths] = CANDIDATES[name];
  const fromEnv = process.env[envVar];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return paths.find((p) => existsSync(p)) ?? null;
}

function canApt() {
  return process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const options = parseArgs(process.argv.slice(2));

const MISSING_MESSAGE = 'e2e needs Chromium and Firefox: apt-get install chromium firefox-esr, or set CHROME_PATH / FIREFOX_PATH';
const missing = () => options.browsers.filter((name) => !found[name]);

let found = Object.fromEntries(options.browsers.map((name) => [name, findBrowser(name)]));
// A path given in the environment that does not exist is a mistake to report, not a reason to install.
const explicit = missing().some((name) => process.env[CANDIDATES[name][0]]);
if (missing().length > 0 && !explicit && canApt()) {
  console.log('installing chromium and firefox-esr with apt-get (needed for the end-to-end tests)');
  if (run('apt-get', ['update']) !== 0 || run('apt-get', ['install', '-y', 'chromium', 'firefox-esr']) !== 0) {
    console.error('apt-get failed to install chromium and firefox-esr');
    process.exit(1);
  }
  found = Object.fromEntries(options.browsers.map((name) => [name, findBrowser(name)]));
}
if (missing().length > 0) {
  console.error(MISSING_MESSAGE);
  process.exit(1);
}

if (options.build && run(process.execPath, ['build.mjs']) !== 0) process.exit(1);

const env = { ...process.env, E2E_BROWSERS: options.browsers.join(',') };
if (found.chromium) env.CHROME_PATH = found.chromium;
if (found.firefox) env.FIREFOX_PATH = found.firefox;

const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
process.exit(run(process.execPath, [vitest, 'run', '--config', 'test/e2e/vitest.config.ts', ...options.vitestArgs], env));

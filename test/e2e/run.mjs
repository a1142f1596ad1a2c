#!/usr/bin/env node
// npm run test:e2e [-- --browser chromium|firefox] [--serial] [--no-build] [vitest args...]
// Both browsers run side by side (one vitest each) unless --serial.
// Finds Chromium and Firefox (installing them with apt-get when root), builds, then runs the e2e specs with vitest.
import { spawn, spawnSync } from 'node:child_process';
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
  const options = { browsers: ['chromium', 'firefox'], build: true, serial: false, vitestArgs: [] };
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
    } else if (arg === '--serial') {
      options.serial = true;
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

const baseEnv = { ...process.env };
if (found.chromium) baseEnv.CHROME_PATH = found.chromium;
if (found.firefox) baseEnv.FIREFOX_PATH = found.firefox;
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
const vitestArgs = [vitest, 'run', '--config', 'test/e2e/vitest.config.ts', ...options.vitestArgs];

if (options.browsers.length === 1 || options.serial) {
  process.exit(run(process.execPath, vitestArgs, { ...baseEnv, E2E_BROWSERS: options.browsers.join(',') }));
}

// One vitest per browser, side by side: the tests mostly wait on the browsers (a serial run keeps a core under a third
// busy), so two browsers at once halve the wall time. Each line of output names its browser; each summary comes whole.
const runs = options.browsers.map(
  (name) =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, vitestArgs, { env: { ...baseEnv, E2E_BROWSERS: name }, stdio: ['ignore', 'pipe', 'pipe'] });
      for (const [stream, out] of [
        [child.stdout, process.stdout],
        [child.stderr, process.stderr],
      ]) {
        let rest = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk) => {
          const lines = (rest + chunk).split('\n');
          rest = lines.pop();
          for (const line of lines) out.write(`[${name}] ${line}\n`);
        });
        stream.on('end', () => rest && out.write(`[${name}] ${rest}\n`));
      }
      child.on('error', (err) => {
        console.error(`[${name}] ${err.message}`);
        resolve(1);
      });
      child.on('close', (code) => resolve(code ?? 1));
    }),
);
const codes = await Promise.all(runs);
options.browsers.forEach((name, i) => console.log(`e2e ${name}: ${codes[i] === 0 ? 'passed' : `FAILED (exit ${codes[i]})`}`));
process.exit(codes.every((c) => c === 0) ? 0 : 1);

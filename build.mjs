// Builds everything into dist/: the engine and CLI for Node, and (unless --engine-only) the extension for each browser
// and the playground.
//   node build.mjs                 dist/engine.mjs, dist/cli.mjs, dist/chrome/, dist/firefox/, dist/playground/
//   node build.mjs --engine-only   dist/engine.mjs, dist/cli.mjs
//   node build.mjs --extension-only  dist/chrome/, dist/firefox/
//   node build.mjs --package       everything, then the store zips dist/follow-up-coach-{chrome,firefox}-<version>.zip
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPlayground } from './src/playground/build.mjs';
import { packageExtensions } from './src/build/package.mjs';

export const GECKO_ID = 'follow-up-coach@example.org';
// CSS highlights exist from Firefox 140, but their text-decoration (our underlines) only from 146.
export const FIREFOX_MIN_VERSION = '146.0';
export const CHROME_MIN_VERSION = '105';
export const ICON_SIZES = [16, 32, 48, 128];

// content.js: the small watcher every mail page runs; coach.js: engine, sidebar and page controller, which the background
// injects into a page when its first compose window opens.
const CONTENT_ENTRY = 'src/content/watcher.ts';
const COACH_ENTRY = 'src/content/main.ts';

async function buildNode() {
  await mkdir('dist', { recursive: true });
  await esbuild.build({
    // learn.mjs: the feature code and trainer that `npm run train` uses; not part of the extension.
    entryPoints: { engine: 'src/engine/index.ts', learn: 'src/engine/learn/index.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    logLevel: 'warning',
  });
  await esbuild.build({
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
}

/** The Chrome manifest: the source manifest with the package version. */
export function chromeManifest(source, version) {
  return { ...source, version };
}

/** The Firefox manifest: background scripts instead of a service worker, and the gecko settings AMO requires. */
export function firefoxManifest(source, version) {
  const { minimum_chrome_version: _chromeOnly, background, ...rest } = source;
  return {
    ...rest,
    version,
    background: { scripts: [background.service_worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}

// Preact's only innerHTML write serves `dangerouslySetInnerHTML`, which this extension never uses. AMO's linter (web-ext
// lint) rejects any dynamic innerHTML assignment, so the build replaces that write with a throw.
const PREACT_INNER_HTML_WRITE = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;
const noInnerHtml = {
  name: 'no-inner-html',
  setup(build) {
    build.onLoad({ filter: /[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      const patched = code.replace(PREACT_INNER_HTML_WRITE, '(()=>{throw new Error("dangerouslySetInnerHTML is not allowed")})()');
      if (/\.innerHTML\s*=[^=]/.test(patched)) {
        return { errors: [{ text: 'preact writes innerHTML in a way build.mjs does not recognize: update noInnerHtml' }] };
      }
      return { contents: patched, loader: 'js' };
    });
  },
};

async function buildBundles(outdir, target) {
  await esbuild.build({
    entryPoints: {
      content: CONTENT_ENTRY,
      coach: COACH_ENTRY,
      background: 'src/background/main.ts',
      popup: 'src/popup/main.tsx',
      options: 'src/options/main.tsx',
    },
    outdir,
    bundle: true,
    format: 'iife',
    minify: true,
    target,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    plugins: [noInnerHtml],
    logLevel: 'warning',
  });
}

async function copyPages(outdir) {
  await Promise.all([
    copyFile('src/popup/popup.html', path.join(outdir, 'popup.html')),
    copyFile('src/options/options.html', path.join(outdir, 'options.html')),
    copyFile('src/shared/highlights.css', path.join(outdir, 'highlights.css')),
    cp('src/_locales', path.join(outdir, '_locales'), { recursive: true }),
  ]);
}

async function renderIcons(outdirs) {
  const { Resvg } = await import('@resvg/resvg-js');
  const svg = await readFile('icons/icon.svg');
  const pngs = ICON_SIZES.map((size) => ({
    size,
    png: new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng(),
  }));
  for (const outdir of outdirs) {
    await mkdir(path.join(outdir, 'icons'), { recursive: true });
    await Promise.all(pngs.map(({ size, png }) => writeFile(path.join(outdir, 'icons', `icon-${size}.png`), png)));
  }
}

async function writeManifest(outdir, manifest) {
  await writeFile(path.join(outdir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

async function buildChrome(source, version, outdir) {
  await buildBundles(outdir, `chrome${CHROME_MIN_VERSION}`);
  await copyPages(outdir);
  await writeManifest(outdir, chromeManifest(source, version));
}

async function buildFirefox(source, version, outdir) {
  await buildBundles(outdir, `firefox${parseInt(FIREFOX_MIN_VERSION, 10)}`);
  await copyPages(outdir);
  await writeManifest(outdir, firefoxManifest(source, version));
}

/** Builds <outRoot>/chrome and <outRoot>/firefox (outRoot: tests build elsewhere); returns the package version. */
export async function buildExtension(outRoot = 'dist') {
  const source = JSON.parse(await readFile('manifest.json', 'utf8'));
  const { version } = JSON.parse(await readFile('package.json', 'utf8'));
  for (const entry of [CONTENT_ENTRY, COACH_ENTRY]) if (!existsSync(entry)) throw new Error(`build: the content script ${entry} is missing`);
  const chrome = path.join(outRoot, 'chrome');
  const firefox = path.join(outRoot, 'firefox');
  await rm(chrome, { recursive: true, force: true });
  await rm(firefox, { recursive: true, force: true });
  await Promise.all([buildChrome(source, version, chrome), buildFirefox(source, version, firefox)]);
  await renderIcons([chrome, firefox]);
  return version;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const engineOnly = process.argv.includes('--engine-only');
  const extensionOnly = process.argv.includes('--extension-only');
  if (!extensionOnly) await buildNode();
  const version = engineOnly ? null : await buildExtension();
  if (!engineOnly && !extensionOnly) await buildPlayground('dist/playground');
  if (version && process.argv.includes('--package')) {
    for (const file of await packageExtensions('dist', version)) console.log(`wrote ${file}`);
  }
}

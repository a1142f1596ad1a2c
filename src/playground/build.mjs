// Bundles the playground (npm start) into one folder of static files: index.html, playground.js, playground.css and
// the icon. Everything it needs is bundled: the page loads nothing from the network.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE = path.join(ROOT, 'src/playground');

/** Builds the playground into outdir (relative paths are from the repository root); returns its absolute path. */
export async function buildPlayground(outdir = 'dist/playground') {
  const out = path.resolve(ROOT, outdir);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { playground: path.join(SOURCE, 'main.tsx') },
    outdir: out,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome105', 'firefox128'],
    minify: true,
    sourcemap: 'linked',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'warning',
  });
  await copyFile(path.join(SOURCE, 'index.html'), path.join(out, 'index.html'));
  const icon = path.join(ROOT, 'icons/icon.svg');
  if (existsSync(icon)) await copyFile(icon, path.join(out, 'icon.svg'));
  return out;
}

// Store packages: dist/follow-up-coach-chrome-<version>.zip and dist/follow-up-coach-firefox-<version>.zip, zipped from
// dist/chrome and dist/firefox. Reproducible: the same files give the same bytes on any machine, in any time zone, on
// any day (sorted entries, one fixed timestamp, fixed permissions, fflate's pure-JS deflate at a fixed level).
//   node build.mjs --package    (npm run package)
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync } from 'fflate';

export const PACKAGE_NAME = 'follow-up-coach';
export const PACKAGE_TARGETS = /** @type {const} */ (['chrome', 'firefox']);

// DOS timestamps hold local time: a date built from local fields encodes to 1980-01-01 00:00 in every time zone.
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
const UNIX = 3;
const REGULAR_FILE_644 = (0o100644 << 16) >>> 0;

/** Every file under dir, as sorted '/'-separated paths relative to it. */
export async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The zip of every file under dir: the same files always give the same bytes. */
export async function zipDirectory(dir) {
  const files = {};
  for (const name of await listFiles(dir)) {
    const data = new Uint8Array(await readFile(path.join(dir, ...name.split('/'))));
    files[name] = [data, { level: 9, mem: 8, mtime: FIXED_MTIME, os: UNIX, attrs: REGULAR_FILE_644 }];
  }
  return zipSync(files);
}

export function packageFileName(target, version) {
  return `${PACKAGE_NAME}-${target}-${version}.zip`;
}

/** Zips <distRoot>/chrome and <distRoot>/firefox into <distRoot>; returns the written paths. */
export async function packageExtensions(distRoot, version) {
  const written = [];
  for (const target of PACKAGE_TARGETS) {
    const file = path.join(distRoot, packageFileName(target, version));
    await writeFile(file, await zipDirectory(path.join(distRoot, target)));
    written.push(file);
  }
  return written;
}

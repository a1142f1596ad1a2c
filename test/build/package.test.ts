// npm run package: the store zips hold exactly the built extension, and the same sources give the same bytes.
import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { listFiles, packageExtensions, packageFileName, zipDirectory } from '../../src/build/package.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
// build.mjs is plain JavaScript at the top of the repository, without a declaration file.
const { buildExtension } = (await import('../../build.mjs' as string)) as { buildExtension(outRoot?: string): Promise<string> };
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Central-directory entries of a zip: name, DOS date and time, OS, external attributes (APPNOTE 4.3.12). */
function centralDirectory(zip: Uint8Array): { name: string; dosTime: number; dosDate: number; os: number; attrs: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      os: view.getUint8(at + 5),
      dosTime: view.getUint16(at + 12, true),
      dosDate: view.getUint16(at + 14, true),
      attrs: view.getUint32(at + 38, true),
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

describe('store packages', () => {
  let work: string;
  let pkgVersion = '';

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'fuc-package-'));
    pkgVersion = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')).version;
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('are named from package.json, and two builds of the same sources give byte-identical zips', async () => {
    const first = path.join(work, 'first');
    const second = path.join(work, 'second');
    expect(await buildExtension(first)).toBe(pkgVersion);
    const firstZips = await packageExtensions(first, pkgVersion);
    // A later build: every file has a new modification time.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await buildExtension(second);
    const secondZips = await packageExtensions(second, pkgVersion);

    expect(firstZips.map((file) => path.basename(file))).toEqual([
      `follow-up-coach-chrome-${pkgVersion}.zip`,
      `follow-up-coach-firefox-${pkgVersion}.zip`,
    ]);
    const hashes = async (files: string[]) => Promise.all(files.map(async (file) => sha256(await readFile(file))));
    const [a, b] = [await hashes(firstZips), await hashes(secondZips)];
    expect(b).toEqual(a);
    expect(a[0]).not.toBe(a[1]);
  }, 120_000);

  it('hold exactly the files of dist/<browser>, byte for byte, sorted, with one fixed timestamp and mode', async () => {
    const built = path.join(work, 'first');
    for (const target of ['chrome', 'firefox']) {
      const dir = path.join(built, target);
      const zip = await readFile(path.join(built, packageFileName(target, pkgVersion)));
      const files = await listFiles(dir);
      expect(files).toContain('manifest.json');
      expect(files).toContain('_locales/en/messages.json');

      const unzipped = unzipSync(new Uint8Array(zip));
      expect(Object.keys(unzipped).sort()).toEqual(files);
      for (const name of files) {
        const original = await readFile(path.join(dir, ...name.split('/')));
        expect(sha256(unzipped[name]), name).toBe(sha256(original));
      }
      const entries = centralDirectory(new Uint8Array(zip));
      expect(entries.map((e) => e.name)).toEqual(files);
      for (const entry of entries) {
        expect(entry.dosDate).toBe((0 << 9) | (1 << 5) | 1); // 1980-01-01
        expect(entry.dosTime).toBe(0);
        expect(entry.os).toBe(3);
        expect(entry.attrs >>> 16).toBe(0o100644);
      }
      const manifest = JSON.parse(new TextDecoder().decode(unzipped['manifest.json']));
      expect(manifest.version).toBe(pkgVersion);
    }
  });

  it('zip a folder the same whatever order its files were written in and whatever their times', async () => {
    const one = path.join(work, 'order-one');
    const two = path.join(work, 'order-two');
    const files: [string, string][] = [
      ['b.txt', 'bee'],
      ['a/z.json', '{"z":1}'],
      ['a/b/c.css', 'p{}'],
      ['A.txt', 'capital'],
    ];
    for (const [dir, order] of [[one, files], [two, [...files].reverse()]] as const) {
      for (const [name, text] of order) {
        const file = path.join(dir, name);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, text);
      }
    }
    await utimes(path.join(two, 'b.txt'), new Date('2031-05-05T05:05:05Z'), new Date('2031-05-05T05:05:05Z'));
    const [zipOne, zipTwo] = [await zipDirectory(one), await zipDirectory(two)];
    expect(sha256(zipTwo)).toBe(sha256(zipOne));
    expect(centralDirectory(zipOne).map((e) => e.name)).toEqual(['A.txt', 'a/b/c.css', 'a/z.json', 'b.txt']);
  });
});

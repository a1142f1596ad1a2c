// The built manifests (dist/chrome, dist/firefox) ask for as little as possible, and each browser accepts its own.
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, GECKO_ID, launch, MAIL_ORIGINS, type Harness } from './harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HOST_PATTERNS = MAIL_ORIGINS.map((origin) => `${origin}/*`);
const DIST = { chromium: path.join(ROOT, 'dist/chrome'), firefox: path.join(ROOT, 'dist/firefox') } as const;

type Manifest = Record<string, any>;
const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** Every file a manifest refers to. */
function referencedFiles(m: Manifest): string[] {
  return [
    ...m.content_scripts.flatMap((cs: Manifest) => [...cs.js, ...(cs.css ?? [])]),
    m.action.default_popup,
    m.options_ui.page,
    ...(m.background.scripts ?? [m.background.service_worker]),
    ...Object.values(m.icons as Record<string, string>),
    ...Object.values(m.action.default_icon as Record<string, string>),
  ];
}

describe.each(Object.entries(DIST))('%s manifest', (name, dir) => {
  const m = readManifest(dir);

  it('is MV3 with the package version, and asks for storage, scripting and the five mail hosts only', () => {
    expect(m.manifest_version).toBe(3);
    // The name is translated (issue 5): the manifest names the message, and English says "Follow-Up Coach".
    expect(m.name).toBe('__MSG_extName__');
    expect(m.default_locale).toBe('en');
    const english = JSON.parse(readFileSync(path.join(dir, '_locales/en/messages.json'), 'utf8'));
    expect(english.extName.message).toBe('Follow-Up Coach');
    expect(m.version).toBe(version);
    // scripting loads the coach into a mail page when its first compose opens (issue 9); it carries no install warning,
    // and the hosts it may inject into are the mail hosts the content script already runs on (the same warning).
    expect(m.permissions).toEqual(['storage', 'scripting']);
    // Reminders (issue 10) are opt-in: the notifications permission is asked for when the user turns them on.
    expect(m.optional_permissions).toEqual(['notifications']);
    expect(m.host_permissions).toEqual(HOST_PATTERNS);
    expect(m.optional_host_permissions).toBeUndefined();
  });

  it('runs only the small watcher on every mail page; the coach is a file of its own, loaded when a compose opens', () => {
    expect(m.content_scripts.flatMap((cs: Manifest) => cs.js)).toEqual(['content.js']);
    expect(existsSync(path.join(dir, 'coach.js'))).toBe(true);
    expect(statSync(path.join(dir, 'content.js')).size).toBeLessThanOrEqual(40 * 1024);
  });

  it('runs one content script on the five mail origins only, top frame, when idle', () => {
    expect(m.content_scripts).toEqual([
      { matches: HOST_PATTERNS, js: ['content.js'], css: ['highlights.css'], run_at: 'document_idle', all_frames: false },
    ]);
  });

  it('exposes nothing to pages or other extensions and keeps the default CSP', () => {
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined();
  });

  it('has the popup, the options page, the shortcut and four icon sizes', () => {
    expect(m.action.default_popup).toBe('popup.html');
    expect(m.options_ui.page).toBe('options.html');
    expect(m.commands['toggle-sidebar'].suggested_key.default).toBe('Alt+Shift+F');
    expect(Object.keys(m.icons)).toEqual(['16', '32', '48', '128']);
  });

  it('refers only to files that exist', () => {
    for (const file of referencedFiles(m)) expect(existsSync(path.join(dir, file)), file).toBe(true);
  });

  it('loads no remote code: no eval, no remote scripts', () => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(path.join(dir, file), 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(|\bnew Function\s*\(|\bimportScripts\s*\(|\bWebSocket\b|\bsendBeacon\b|\bEventSource\b/);
    }
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(path.join(dir, file), 'utf8');
      expect(html, file).not.toMatch(/<script\b[^>]*\bsrc=["']?(https?:)?\/\//i);
      expect(html, file).not.toMatch(/<script\b[^>]*>[^<\s]/i); // no inline script (the default CSP forbids it anyway)
    }
  });

  if (name === 'chromium') {
    it('uses a service worker and no gecko settings', () => {
      expect(m.background).toEqual({ service_worker: 'background.js' });
      expect(m.browser_specific_settings).toBeUndefined();
    });
  } else {
    it('uses background scripts and declares its gecko id, minimum version and that it collects no data', () => {
      expect(m.background).toEqual({ scripts: ['background.js'] });
      expect(m.minimum_chrome_version).toBeUndefined();
      const gecko = m.browser_specific_settings.gecko;
      expect(gecko.id).toBe(GECKO_ID);
      // CSS highlight text-decoration (the underlines) needs Firefox 146.
      expect(parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(146);
      expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    });
  }
});

for (const name of browsers()) {
  describe(`${name}: the browser accepts the manifest`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch(name);
    });
    afterAll(() => h?.close());

    it('loads it unchanged and grants the mail origins to the content script', async () => {
      const page = await h.openExtensionPage('popup.html');
      const { manifest, permissions, localizedName } = await page.evaluate(async () => ({
        manifest: chrome.runtime.getManifest(),
        permissions: await chrome.permissions.getAll(),
        localizedName: chrome.i18n.getMessage('extName'),
      }));
      const built = readManifest(DIST[name]);
      expect(manifest.version).toBe(built.version);
      expect(localizedName).toBe('Follow-Up Coach');
      expect(manifest.permissions).toEqual(['storage', 'scripting']);
      expect(manifest.content_scripts?.[0].matches).toEqual(HOST_PATTERNS);
      expect([...(permissions.permissions ?? [])].sort()).toEqual(['scripting', 'storage']);
      // Firefox MV3 treats content-script hosts as revocable host permissions: they must be granted at install.
      expect([...(permissions.origins ?? [])].sort()).toEqual(expect.arrayContaining([...HOST_PATTERNS].sort()));
      await page.close();
    });
  });
}

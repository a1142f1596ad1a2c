// Dark mode in real browsers: the sidebar follows the mail site's own theme (Gmail's and Outlook's dark themes, read
// from the compose background), switches when the site does, and falls back to the system setting. Saves screenshots of
// both themes on both sites: test/e2e/artifacts/<browser>-theme-<fixture>.png, and with UPDATE_STORE_SCREENSHOTS=1
// (Chromium) the store's store/screenshots/<fixture>.png.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { browsers, launch, sidebarSelector, type Harness, type Site } from './harness';
import { COMPOSE_ATTR, lintCount, pageHighlights, placeCaretAfter, typeHere, waitForLint } from './coach';
import { openDraft as openSiteDraft, outlookFixture } from './sites';
import { emulateDarkScheme } from './axe';

const ROOT = path.resolve(import.meta.dirname, '../..');
const STORE_SCREENSHOTS = path.join(ROOT, 'store/screenshots');

const SUBJECT = 'Thank you - Senior Product Designer interview';
const TO = 'priya.raman@lumenhealth.com';
const DRAFT_LINES = [
  'Hi Priya,',
  '',
  'Thank you for taking the time to talk with me on Tuesday. I enjoyed hearing how your team is rebuilding the patient-intake flow.',
  '',
  'Could you also tell me the salary range for this role? Please let me know ASAP!!',
  '',
  'Best,',
  'Jordan',
];

interface Opened {
  page: Page;
  id: string;
  editor: string;
  /** The compose window's element, for the screenshot's crop. */
  composeSelector: string;
}

/** One compose window with the draft (Gmail: a new pop-up, the others closed; Outlook: the docked reply). */
async function openDraft(h: Harness, site: Site, fixture: string): Promise<Opened> {
  // The two pop-ups the Gmail page starts with would crowd the picture: leave the inline reply and the new draft.
  const opened = await openSiteDraft(h, site, DRAFT_LINES, { fixture, subject: SUBJECT, to: [TO], alone: true, viewport: { width: 1280, height: 800 }, hints: ['money'] });
  return { ...opened, composeSelector: `[${COMPOSE_ATTR}="${opened.id}"]` };
}

function sidebarTheme(page: Page, id: string): Promise<string | null> {
  return page.evaluate((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.fc-root')?.getAttribute('data-theme') ?? null, sidebarSelector(id));
}

/** The panel's background luminance-ish (0 black .. 255 white), as painted. */
function panelBrightness(page: Page, id: string): Promise<number> {
  return page.evaluate((sel) => {
    const panel = document.querySelector(sel)!.shadowRoot!.querySelector('.fc-panel')!;
    const [r, g, b] = (getComputedStyle(panel).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }, sidebarSelector(id));
}

/** Waits for the next lint after typing a space at the end of the greeting (a lint re-reads the theme). */
async function relint(page: Page, id: string, editor: string): Promise<void> {
  const settled = await lintCount(page, id);
  await placeCaretAfter(page, editor, 'Hi Priya,');
  await typeHere(page, ' ');
  await waitForLint(page, id, settled);
}

/** The compose window and its sidebar, cropped from the page. */
async function screenshotComposeAndSidebar(page: Page, opened: Opened, file: string): Promise<void> {
  const clip = await page.evaluate(
    (composeSel, hostSel) => {
      const boxes = [document.querySelector(composeSel)!, document.querySelector(hostSel)!].map((el) => el.getBoundingClientRect());
      const margin = 16;
      const left = Math.max(0, Math.min(...boxes.map((b) => b.left)) - margin);
      const top = Math.max(0, Math.min(...boxes.map((b) => b.top)) - margin);
      const right = Math.min(innerWidth, Math.max(...boxes.map((b) => b.right)) + margin);
      const bottom = Math.min(innerHeight, Math.max(...boxes.map((b) => b.bottom)) + margin);
      return { x: Math.floor(left), y: Math.floor(top), width: Math.ceil(right - left), height: Math.ceil(bottom - top) };
    },
    opened.composeSelector,
    sidebarSelector(opened.id),
  );
  // Nothing focused: no caret or focus ring in the picture.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: file as `${string}.png`, clip });
}

/** The captions in store/description.en.md. */
const STORE_CAPTIONS: Record<string, string> = {
  gmail: 'Hints, a score and one-click fixes beside your Gmail draft',
  'gmail-dark': "Follows Gmail's dark theme",
  outlook: 'Works the same in Outlook on the web',
  'outlook-dark': "And in Outlook's dark mode",
};

/** The stores take 1280x800 pictures: the crop, centred under its caption on a plain background. */
async function storeFrame(h: Harness, crop: string, caption: string, dark: boolean, file: string): Promise<void> {
  const page = await h.browser.newPage();
  await page.setViewport({ width: 1280, height: 800, deviceScaleFactor: 1 });
  const image = `data:image/png;base64,${(await readFile(crop)).toString('base64')}`;
  const [bg, fg] = dark ? ['#111318', '#e8eaed'] : ['#eef2f9', '#1f1f1f'];
  await page.setContent(
    `<!doctype html><html><body style="margin:0;height:800px;display:flex;flex-direction:column;align-items:center;
      justify-content:center;gap:28px;background:${bg};color:${fg};font:600 30px system-ui,sans-serif">
      <div></div><img style="max-width:1200px;max-height:660px;border-radius:10px;box-shadow:0 6px 28px rgba(0,0,0,.35)"></body></html>`,
  );
  await page.evaluate(
    (text, src) =>
      new Promise<void>((resolve, reject) => {
        document.querySelector('div')!.textContent = text;
        const img = document.querySelector('img')!;
        img.onload = () => resolve();
        img.onerror = () => reject(new Error('screenshot did not load'));
        img.src = src;
      }),
    caption,
    image,
  );
  await page.screenshot({ path: file as `${string}.png` });
  await page.close();
}

for (const name of browsers()) {
  describe(`${name}: dark mode`, () => {
    let h: Harness;

    beforeAll(async () => {
      h = await launch(name);
    });
    afterAll(async () => {
      await h?.close();
    });

    for (const [site, fixture] of [
      ['gmail', 'gmail'],
      ['gmail', 'gmail-dark'],
      ['outlook', 'outlook'],
      ['outlook', 'outlook-dark'],
    ] as const) {
      const dark = fixture.endsWith('-dark');
      it(`${fixture}: the sidebar is ${dark ? 'dark' : 'light'} like the compose window, and the draft is underlined`, async () => {
        const opened = await openDraft(h, site, fixture);
        const { page, id } = opened;
        expect(await sidebarTheme(page, id)).toBe(dark ? 'dark' : 'light');
        const brightness = await panelBrightness(page, id);
        if (dark) expect(brightness).toBeLessThan(80);
        else expect(brightness).toBeGreaterThan(200);
        expect((await pageHighlights(page))['followup-coach-error']).toBeGreaterThan(0);

        const artifact = path.join(ROOT, 'test/e2e/artifacts', `${name}-theme-${fixture}.png`);
        await mkdir(path.dirname(artifact), { recursive: true });
        await screenshotComposeAndSidebar(page, opened, artifact);
        if (process.env.UPDATE_STORE_SCREENSHOTS === '1' && name === 'chromium') {
          await mkdir(STORE_SCREENSHOTS, { recursive: true });
          await storeFrame(h, artifact, STORE_CAPTIONS[fixture], dark, path.join(STORE_SCREENSHOTS, `${fixture}.png`));
        }
        await page.close();
      });
    }

    it('switches when the site switches its theme, without a reload', async () => {
      const opened = await openDraft(h, 'gmail', 'gmail');
      const { page, id, editor } = opened;
      expect(await sidebarTheme(page, id)).toBe('light');
      await page.addStyleTag({ content: '.nH.Hd, .ip.adB { background: #1f1f1f !important; color: #e3e3e3 !important; }' });
      await relint(page, id, editor);
      expect(await sidebarTheme(page, id)).toBe('dark');
      await page.close();
    });

    it("dark Outlook: the sidebar stays dark when the message is switched to a light background (the compose chrome decides)", async () => {
      const { page, id, editor } = await openDraft(h, 'outlook', 'outlook-dark');
      expect(await sidebarTheme(page, id)).toBe('dark');
      // Outlook's dark mode stamps what it repainted with the original colours.
      expect(await page.evaluate(() => document.querySelectorAll('[data-ogsb], [data-ogsc]').length)).toBeGreaterThan(0);
      await outlookFixture.switchBackground(page, true);
      await relint(page, id, editor);
      const canvas = await page.evaluate((sel) => getComputedStyle(document.querySelector(sel)!.closest('[data-followup-coach-compose]')!).backgroundColor, editor);
      expect(canvas).toBe('rgb(255, 255, 255)');
      expect(await sidebarTheme(page, id)).toBe('dark');
      expect(await panelBrightness(page, id)).toBeLessThan(80);
      await page.close();
    });

    it('follows the system setting where the site paints no background of its own', async () => {
      const opened = await openDraft(h, 'outlook', 'outlook');
      const { page, id, editor } = opened;
      // The Outlook fixture leaves the reading pane unpainted: the browser's canvas shows through.
      expect(await sidebarTheme(page, id)).toBe('light');
      if (!(await emulateDarkScheme(page))) {
        // Without media emulation (Firefox over WebDriver BiDi) the content script's matchMedia can't be made dark.
        await page.close();
        return;
      }
      await relint(page, id, editor);
      expect(await sidebarTheme(page, id)).toBe('dark');
      await page.close();
    });
  });
}

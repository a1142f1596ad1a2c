// Beyond one draft (issue 10), in Chromium and Firefox: the coach reads the thread (the interview date fills itself,
// the plan line says when to send), the sent log (a thank-you sent plans a check-in in the popup and on the badge; a
// near-copy to a colleague gets the generic hint), the subject fix and the writer's time zone.
//
// The fixtures' conversation is of February 2026 and the extension judges times by the browser's clock, so the pages
// are moved in time (test/fixtures/sites/pages.ts, "<page>~<N>d") to put the interview yesterday at 2 PM.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { fingerprint } from '../../src/engine/index';
import { localInputFromIso } from '../../src/content/draft';
import { browsers, hintRules, launch, placeCaret, pressUndo, sidebarSelector, typeInEditor, waitForHint, waitForNoHint, waitForShadow, type Harness } from './harness';
import { clickInSidebar, composeIdAt, editorIn, ensureOpen, innerHtml, lintCount, placeCaretAfter, typeHere, waitForLint } from './coach';
import { COACHED_ROOT, EDITOR, GMAIL_ROOT, gmailFixture, openDraft } from './sites';
import { daysSinceFixtureInterview } from '../fixtures/sites/pages';

const DAY_MS = 86_400_000;
/** The fixtures' interview (Thursday, February 26, 2026, 2 PM local) moved to yesterday at 2 PM. */
const SHIFT = daysSinceFixtureInterview(new Date()) - 1;
const INTERVIEW = (() => {
  const at = new Date(Date.now() - DAY_MS);
  at.setHours(14, 0, 0, 0);
  return at;
})();

const PRIYA = 'priya.raman@lumenhealth.com';
const MARCUS = 'marcus.lee@lumenhealth.com';
const THANK_YOU = [
  'Hi Priya,',
  'Thank you for taking the time to meet with me yesterday. I enjoyed hearing how your team is rebuilding the patient-intake flow, and the idea of testing the new forms with clinic staff first. It made me even more excited about the role.',
  'Best,',
  'Jordan',
];
const TO_MARCUS_COPY = ['Hi Marcus,', ...THANK_YOU.slice(1)];
const TO_MARCUS_OWN = [
  'Hi Marcus,',
  'Thank you for walking me through the design system migration on Thursday. Your point about retiring the old component library one screen at a time has stayed with me, and I would love to help with it.',
  'Best,',
  'Jordan',
];

const CHECK_IN = [
  'Hi Priya,',
  'I hope your week is going well. I wanted to check in on the status of the Senior Product Designer role, as I remain very interested in joining the team and in helping rebuild the patient-intake flow.',
  'Best,',
  'Jordan',
];

/** What the sidebar shows of the plan: the interview field (value, source) and the plan line (kind, text). */
function sidebarPlan(page: Page, id: string) {
  return page.evaluate((host) => {
    const root = document.querySelector(host)!.shadowRoot!;
    const field = root.querySelector<HTMLInputElement>('input[data-field="interview-at"]')!;
    const plan = root.querySelector<HTMLElement>('[data-plan]');
    return {
      interviewAt: field.value,
      source: field.dataset.source ?? null,
      note: root.querySelector('[data-note="interview-from-thread"]')?.textContent ?? null,
      plan: plan ? { kind: plan.dataset.plan, text: plan.textContent } : null,
    };
  }, sidebarSelector(id));
}

const threadReads = (page: Page, id: string) => page.$eval(sidebarSelector(id), (host) => Number((host as HTMLElement).dataset.threadReads));

/** The sent log's entries as stored. */
async function sentEntries(h: Harness): Promise<Record<string, unknown>[]> {
  const all = await h.storage();
  return Object.entries(all)
    .filter(([key]) => key.startsWith('sent:'))
    .map(([, value]) => value as Record<string, unknown>);
}

async function waitForSent(h: Harness, count: number): Promise<Record<string, unknown>[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const entries = await sentEntries(h);
    if (entries.length >= count) return entries;
    if (Date.now() > deadline) throw new Error(`the sent log has ${entries.length} entries, expected ${count}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function badgeText(h: Harness, page: Page): Promise<string> {
  return page.evaluate(() => chrome.action.getBadgeText({}));
}

async function waitForBadge(h: Harness, page: Page, text: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await badgeText(h, page)) !== text) {
    if (Date.now() > deadline) throw new Error(`the badge never showed "${text}" (it shows "${await badgeText(h, page)}")`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Zones (as Etc/GMT±N) where it is now late at night or the weekend, and where it is a weekday's working hours. */
function zonesNow(): { night?: string; working?: string } {
  const soon = new Date(Date.now() + 60_000);
  const out: { night?: string; working?: string } = {};
  for (let offset = -12; offset <= 14; offset++) {
    // Etc/GMT zones are named with the sign reversed: Etc/GMT-9 is UTC+9.
    const zone = offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', hourCycle: 'h23', weekday: 'short' }).formatToParts(soon);
    const hour = Number(parts.find((p) => p.type === 'hour')!.value);
    const weekend = ['Sat', 'Sun'].includes(parts.find((p) => p.type === 'weekday')!.value);
    // A margin of an hour on each side of 22:00–06:00, so that the test's own minutes cannot cross a boundary.
    if (!out.night && (weekend || hour >= 23 || hour < 5)) out.night = zone;
    if (!out.working && !weekend && hour >= 10 && hour <= 15) out.working = zone;
  }
  return out;
}

for (const name of browsers()) {
  describe(`${name}: the thread, the plan and the sent log`, () => {
    let h: Harness;

    beforeAll(async () => {
      h = await launch(name);
    });
    afterAll(() => h?.close());

    describe('Gmail inline reply', () => {
      let page: Page;
      let id: string;
      let editor: string;

      beforeAll(async () => {
        page = await h.newMailPage('gmail', `gmail-confirmed~${SHIFT}d`);
        await page.setViewport({ width: 1400, height: 1000 });
        id = await composeIdAt(page, GMAIL_ROOT, 0);
        editor = editorIn(id, EDITOR.gmail);
        await gmailFixture.closeCompose(page, 2);
        await gmailFixture.closeCompose(page, 1);
      });
      afterAll(() => page?.close());

      it('the quoted confirmation dates the interview: the field fills itself, marked; the plan line says when to send; no timing hint', async () => {
        await typeInEditor(page, editor, THANK_YOU[0], { at: 'start' });
        // Closing the two pop-ups changed the page: the thread is read again a second later (THREAD_READ_DELAY_MS).
        await new Promise((r) => setTimeout(r, 1500));
        const reads = await threadReads(page, id);
        await placeCaretAfter(page, editor, THANK_YOU[0]);
        for (const line of THANK_YOU.slice(1)) {
          await page.keyboard.press('Enter');
          await typeHere(page, line);
        }
        await ensureOpen(page, id);
        await waitForShadow(page, sidebarSelector(id), '[data-plan="send-by"]');
        const shown = await sidebarPlan(page, id);
        expect(shown.interviewAt).toBe(localInputFromIso(INTERVIEW.toISOString()));
        expect(shown.source).toBe('thread');
        expect(shown.note).toMatch(/read from the thread/i);
        expect(shown.plan?.text).toMatch(/^Send by \w+ 2 PM$/);
        expect(await hintRules(page, id)).not.toContain('timing');
        // The thread is read when the compose opens, not on a keystroke.
        expect(await threadReads(page, id)).toBe(reads);
        await h.screenshot(page, 'plan-sidebar');
      });

      it('the user can change the date: their value wins', async () => {
        const sidebar = sidebarSelector(id);
        const before = await lintCount(page, id);
        await page.evaluate((host) => {
          const field = document.querySelector(host)!.shadowRoot!.querySelector<HTMLInputElement>('input[data-field="interview-at"]')!;
          field.value = '2020-01-06T09:00';
          field.dispatchEvent(new Event('change', { bubbles: true }));
        }, sidebar);
        await waitForLint(page, id, before);
        const shown = await sidebarPlan(page, id);
        expect(shown.source).toBeNull();
        expect(shown.note).toBeNull();
        await waitForHint(page, id, 'timing');
      });

      it('sending the thank-you keeps who, when, its kind and fingerprint (no text), and the popup lists the check-in after it', async () => {
        await page.evaluate((host) => {
          const field = document.querySelector(host)!.shadowRoot!.querySelector<HTMLInputElement>('input[data-field="interview-at"]')!;
          field.value = '';
          field.dispatchEvent(new Event('change', { bubbles: true }));
        }, sidebarSelector(id));
        await waitForNoHint(page, id, 'timing');
        await page.click(`${'[data-followup-coach-compose="' + id + '"]'} div[role="button"].aoO`);
        expect((await gmailFixture.sent(page)).map((mail) => mail.to)).toEqual([[PRIYA]]);
        const [entry] = await waitForSent(h, 1);
        expect(entry).toMatchObject({ to: PRIYA, kind: 'thank-you' });
        expect(Math.abs(Date.parse(entry.at as string) - Date.now())).toBeLessThan(60_000);
        expect((entry.fingerprint as number[]).length).toBe(128);
        expect(Date.parse(entry.checkInAfter as string)).toBeGreaterThan(Date.now());
        const stored = JSON.stringify(await h.storage());
        for (const word of ['patient-intake', 'clinic staff', 'Thank you for taking']) expect(stored).not.toContain(word);

        const popup = await h.openExtensionPage('popup.html');
        const item = await popup.waitForSelector('[data-plan-item]');
        const text = await item!.evaluate((el) => el.textContent ?? '');
        expect(text).toContain(PRIYA);
        expect(text).toMatch(/Check in on \w{3}/);
        expect(await popup.$('[data-plan-item][data-due]')).toBeNull();
        await waitForBadge(h, popup, '');
        await popup.close();
      });
    });

    it('a check-in that is due is counted on the toolbar badge and marked in the popup', async () => {
      const [key, entry] = Object.entries(await h.storage()).find(([k]) => k.startsWith('sent:'))!;
      const yesterday = new Date(Date.now() - DAY_MS).toISOString();
      // Sam's check-in, planned four days ahead on a business morning, as the engine's plan would put it.
      const samCheckIn = new Date(Date.now() + 4 * DAY_MS);
      while (samCheckIn.getDay() === 0 || samCheckIn.getDay() === 6) samCheckIn.setDate(samCheckIn.getDate() + 1);
      samCheckIn.setHours(9, 0, 0, 0);
      const samTheirDate = new Date(samCheckIn);
      do samTheirDate.setDate(samTheirDate.getDate() - 1);
      while (samTheirDate.getDay() === 0 || samTheirDate.getDay() === 6);
      samTheirDate.setHours(12, 0, 0, 0);
      const fp = fingerprint('Hi Sam,\n\nThank you for the tour of the roastery and the talk about the new espresso line.\n\nBest,\nJordan');
      await h.setStorage({
        [key]: { ...(entry as object), checkInAfter: yesterday },
        'sent:other': { to: 'sam@harvestmill.com', at: new Date(Date.now() - 2 * DAY_MS).toISOString(), kind: 'thank-you', fingerprint: fp, theirDate: samTheirDate.toISOString(), checkInAfter: samCheckIn.toISOString() },
      });
      const popup = await h.openExtensionPage('popup.html');
      await popup.setViewport({ width: 360, height: 560 });
      await waitForBadge(h, popup, '1');
      await popup.waitForSelector('[data-plan-item][data-due]');
      const items = await popup.$$eval('[data-plan-item]', (els) => els.map((el) => ({ due: (el as HTMLElement).dataset.due ?? null, text: el.textContent ?? '' })));
      expect(items).toHaveLength(2);
      expect(items[0]).toMatchObject({ due: 'true' });
      expect(items[0].text).toContain(PRIYA);
      expect(items[0].text).toMatch(/Check in now/);
      expect(items[1].text).toContain('sam@harvestmill.com');
      expect(items[1].text).toMatch(/decide by/);
      await h.screenshot(popup, 'popup-follow-ups');
      await popup.close();
    });

    describe('Gmail inline reply, a week after the interview', () => {
      let page: Page;
      let id: string;
      let editor: string;

      beforeAll(async () => {
        await h.clearStorage();
        // The interview six days ago: the conversation so far is the confirmation and the writer's answer.
        page = await h.newMailPage('gmail', `gmail-confirmed~${SHIFT - 5}d`);
        await page.setViewport({ width: 1400, height: 1000 });
        id = await composeIdAt(page, GMAIL_ROOT, 0);
        editor = editorIn(id, EDITOR.gmail);
        await gmailFixture.closeCompose(page, 2);
        await gmailFixture.closeCompose(page, 1);
      });
      afterAll(() => page?.close());

      it('a check-in: the plan line gives the day to check in, and their date once a new message in the conversation gives it', async () => {
        await typeInEditor(page, editor, CHECK_IN.join('\n'), { at: 'start' });
        await ensureOpen(page, id);
        const first = await waitForShadow(page, sidebarSelector(id), '[data-plan^="check-in"]');
        expect(await first.evaluate((el) => el.textContent)).not.toMatch(/decide by/);

        // Their mail arrives in the open conversation (two days ago, 4:12 PM): the thread is read again, not typed.
        const sent = new Date(Date.now() - 2 * DAY_MS);
        sent.setHours(16, 12, 0, 0);
        const stamp = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' }).format(sent);
        await page.evaluate((title) => {
          const list = document.querySelector('[role="list"]')!;
          const message = list.querySelector('.adn.ads')!.cloneNode(true) as HTMLElement;
          message.setAttribute('data-message-id', '#msg-f:1800');
          message.querySelector('.g3')!.setAttribute('title', title);
          message.querySelector('.a3s')!.textContent = 'Hi Jordan, thanks again for coming in. We expect to make a decision by the end of next week. Priya';
          list.append(message);
        }, stamp);
        await page.waitForFunction(
          (host) => /decide by/.test(document.querySelector(host)!.shadowRoot!.querySelector('[data-plan]')?.textContent ?? ''),
          { polling: 100, timeout: 10_000 },
          sidebarSelector(id),
        );
        const text = await page.evaluate((host) => document.querySelector(host)!.shadowRoot!.querySelector('[data-plan]')!.textContent, sidebarSelector(id));
        expect(text).toMatch(/^Check in on \w{3}, \w{3} \d+ — they said they'd decide by Fri, \w{3} \d+$/);
        // Before the first business day after their date, a check-in is too soon.
        await waitForHint(page, id, 'timing');
      });
    });

    it('one note per interviewer: a near-copy to a colleague at the same company gets the generic hint; a note of their own does not', async () => {
      await h.clearStorage();
      await h.setStorage({
        'sent:priya': { to: PRIYA, at: new Date(Date.now() - DAY_MS).toISOString(), kind: 'thank-you', fingerprint: fingerprint(THANK_YOU.join('\n')) },
      });
      const copy = await openDraft(h, 'gmail', TO_MARCUS_COPY, { to: [MARCUS], alone: true, subject: 'Thank you - Senior Product Designer interview' });
      const hint = await waitForHint(copy.page, copy.id, 'generic');
      expect(await hint.evaluate((el) => el.textContent ?? '')).toMatch(/own note|each interviewer/i);

      const index = await gmailFixture.openCompose(copy.page, { to: [MARCUS], subject: 'Thank you - Senior Product Designer interview', body: TO_MARCUS_OWN.join('\n') });
      const own = await composeIdAt(copy.page, GMAIL_ROOT, index);
      await waitForLint(copy.page, own, 0);
      await ensureOpen(copy.page, own);
      expect(await hintRules(copy.page, own)).not.toContain('generic');
      await copy.page.close();
    });

    it('a fix for the subject line writes the subject box, never the body, and Ctrl+Z there undoes it', async () => {
      const draft = await openDraft(
        h,
        'gmail',
        ['Hi Priya,', 'Thank you for meeting with me about the Senior Product Designer role. I enjoyed hearing how your team is rebuilding the patient-intake flow.', 'Best,', 'Jordan'],
        { subject: 'Following up', alone: true, hints: ['subject'] },
      );
      const subject = `[data-followup-coach-compose="${draft.id}"] input[name="subjectbox"]`;
      const body = await innerHtml(draft.page, draft.editor);
      await clickInSidebar(draft.page, draft.id, '[data-rule="subject"] button[data-action="apply-fix"][data-target="subject"]');
      await draft.page.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement).value !== 'Following up', { polling: 50 }, subject);
      expect(await draft.page.$eval(subject, (input) => (input as HTMLInputElement).value)).toBe('Thank you – Senior Product Designer interview');
      expect(await innerHtml(draft.page, draft.editor)).toBe(body);
      await waitForNoHint(draft.page, draft.id, 'subject');
      await pressUndo(draft.page);
      await draft.page.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement).value === 'Following up', { polling: 50, timeout: 5000 }, subject);
      expect(await innerHtml(draft.page, draft.editor)).toBe(body);
      await draft.page.close();
    });

    it("send-time judges the hour in the browser's time zone", async () => {
      const page = await h.newMailPage('gmail');
      await page.setViewport({ width: 1400, height: 1000 });
      const lines = ['Hi Priya,', 'Thank you for meeting with me yesterday about the Senior Product Designer role. I enjoyed hearing how your team is rebuilding the patient-intake flow.', 'Best,', 'Jordan'];
      const relint = async (id: string, editor: string) => {
        const count = await lintCount(page, id);
        await typeInEditor(page, editor, ' ', { at: 'start' });
        await waitForLint(page, id, count);
      };
      const { night, working } = zonesNow();
      // Chromium's zone override (CDP Emulation.setTimezoneOverride) reaches the extension's content scripts. Firefox's
      // (WebDriver BiDi, Firefox 153 ESR) changes the page's own scripts only: the content script keeps the system
      // zone, even after a reload. There the hint is checked against the browser's own zone, the machine's.
      const emulated = name === 'chromium';
      if (emulated) await page.emulateTimezone(night);
      const index = await gmailFixture.openCompose(page, { to: [PRIYA], subject: 'Thank you - Senior Product Designer interview', body: lines.join('\n') });
      const id = await composeIdAt(page, GMAIL_ROOT, index);
      const editor = editorIn(id, EDITOR.gmail);
      await waitForLint(page, id, 0);
      await ensureOpen(page, id);
      if (emulated) {
        await waitForHint(page, id, 'send-time');
        if (working) {
          await page.emulateTimezone(working);
          await relint(id, editor);
          await waitForNoHint(page, id, 'send-time');
        } else {
          console.log(`${name}: no zone is in a weekday's working hours now; only the night/weekend half was checked`);
        }
      } else {
        // The browser's zone is the machine's: the hint follows its hour (the same zone Node sees).
        const local = new Date();
        const lateOrWeekend = local.getHours() >= 22 || local.getHours() < 6 || local.getDay() === 0 || local.getDay() === 6;
        if (lateOrWeekend) await waitForHint(page, id, 'send-time');
        else expect(await hintRules(page, id)).not.toContain('send-time');
      }
      await page.close();
    });

    describe('Outlook reading-pane reply with a From/Sent block', () => {
      let page: Page;
      let id: string;
      let editor: string;

      beforeAll(async () => {
        await h.clearStorage();
        page = await h.newMailPage('outlook', `outlook-reply-confirmed~${SHIFT}d`);
        await page.setViewport({ width: 1400, height: 1000 });
        id = await composeIdAt(page, COACHED_ROOT, 0);
        editor = editorIn(id, EDITOR.outlook);
      });
      afterAll(() => page?.close());

      it('the quoted confirmation dates the interview: the field fills itself, marked; the plan line says when to send; no timing hint', async () => {
        await typeInEditor(page, editor, THANK_YOU.join('\n'), { at: 'start' });
        await ensureOpen(page, id);
        await waitForShadow(page, sidebarSelector(id), '[data-plan="send-by"]');
        const shown = await sidebarPlan(page, id);
        expect(shown.interviewAt).toBe(localInputFromIso(INTERVIEW.toISOString()));
        expect(shown.source).toBe('thread');
        expect(shown.plan?.text).toMatch(/^Send by \w+ 2 PM$/);
        expect(await hintRules(page, id)).not.toContain('timing');
      });

      it('Ctrl+Enter sends it: the sent log names the recipient from the thread (the reply shows no To field)', async () => {
        await placeCaret(page, editor, 'start');
        await page.keyboard.down('Control');
        await page.keyboard.press('Enter');
        await page.keyboard.up('Control');
        const [entry] = await waitForSent(h, 1);
        expect(entry).toMatchObject({ to: PRIYA, kind: 'thank-you' });
      });
    });

    it('sends no request', () => {
      expect(h.networkLog).toEqual([]);
    });
  });
}

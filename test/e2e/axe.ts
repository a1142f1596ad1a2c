// axe-core in the page under test, and the colour-scheme switches the a11y and theme specs share.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.0, 2.1 and 2.2 level A and AA rules. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's WCAG A/AA violations in the page, or only inside `include` (a selector; a shadow host includes its open shadow
 * tree), one line each: "rule-id: target — what is wrong".
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async (selector, tags) => {
      interface AxeResult {
        violations: { id: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
      }
      const axe = (globalThis as unknown as { axe: { run(context: unknown, options: object): Promise<AxeResult> } }).axe;
      const context = selector ? { include: [[selector]] } : document;
      const { violations } = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`),
      );
    },
    include ?? null,
    WCAG_AA_TAGS,
  );
}

/** Emulates a dark system for this page; false where the browser can't (Firefox over WebDriver BiDi). */
export async function emulateDarkScheme(page: Page): Promise<boolean> {
  try {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    return await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  } catch {
    return false; // UnsupportedOperation
  }
}

/**
 * Makes the page render as in a dark system: the real media emulation where the browser has it (Chromium), else the
 * page's own `prefers-color-scheme: dark` rules switched on (Firefox over WebDriver BiDi has no media emulation).
 */
export async function preferDarkScheme(page: Page): Promise<'emulated' | 'forced'> {
  if (await emulateDarkScheme(page)) return 'emulated';
  const switched = await page.evaluate(() => {
    let count = 0;
    const visit = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSMediaRule && /prefers-color-scheme:\s*dark/.test(rule.conditionText)) {
          rule.media.mediaText = 'all';
          count += 1;
        } else if ('cssRules' in rule) {
          visit((rule as CSSGroupingRule).cssRules);
        }
      }
    };
    for (const sheet of Array.from(document.styleSheets)) visit(sheet.cssRules);
    document.documentElement.style.colorScheme = 'dark';
    return count;
  });
  if (switched === 0) throw new Error('the page has no prefers-color-scheme: dark rules to switch on');
  return 'forced';
}

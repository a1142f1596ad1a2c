import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMessage, t, tCount } from '../../src/shared/i18n';
import { RULE_IDS } from '../../src/engine/types';
import { RULE_MESSAGES, ruleText } from '../../src/shared/ruleText';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCALES = path.join(ROOT, 'src/_locales');

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
const readMessages = (locale: string): Record<string, Entry> =>
  JSON.parse(readFileSync(path.join(LOCALES, locale, 'messages.json'), 'utf8'));
const ENGLISH = readMessages('en');

/** The source files whose text a user sees: everything they show must come from messages.json. */
const UI_DIRS = ['src/ui', 'src/popup', 'src/options', 'src/background'];
const uiSources = UI_DIRS.flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => ({ file: `${dir}/${file}`, code: readFileSync(path.join(ROOT, dir, file), 'utf8') })),
);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('formatMessage (Chrome placeholder rules)', () => {
  it('fills named placeholders from their $n content, case-insensitively, and keeps $$ as $', () => {
    const entry = {
      message: '$SINCE$ — window $Hours$h, costs $$5',
      placeholders: { since: { content: '$1' }, hours: { content: '$2' } },
    };
    expect(formatMessage(entry, ['3 hours', '48'])).toBe('3 hours — window 48h, costs $5');
  });

  it('leaves unknown placeholders alone and missing arguments empty', () => {
    expect(formatMessage({ message: '$NOPE$ and $1.' }, [])).toBe('$NOPE$ and .');
  });
});

describe('t', () => {
  it('falls back to the English file where no extension API exists', () => {
    expect(t('extName')).toBe('Follow-Up Coach');
    expect(t('memoDeleted', 'priya@lumenhealth.com')).toBe('Interview date for priya@lumenhealth.com deleted.');
    expect(t('windowInvalid', 1, 336)).toBe('Enter a whole number from 1 to 336.');
  });

  it("uses the browser's i18n API when there is one, and English where it has no text", () => {
    const getMessage = vi.fn((name: string, subs?: string[]) => (name === 'extName' ? 'Coach de relance' : name === 'memoDeleted' ? `supprimé : ${subs?.[0]}` : ''));
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    expect(t('extName')).toBe('Coach de relance');
    expect(t('memoDeleted', 'a@b.c')).toBe('supprimé : a@b.c');
    expect(getMessage).toHaveBeenCalledWith('memoDeleted', ['a@b.c']);
    expect(t('cancel')).toBe('Cancel');
  });

  it('prefers `browser` (Firefox) over `chrome`, and survives an API that throws', () => {
    vi.stubGlobal('browser', { i18n: { getMessage: () => 'from browser' } });
    vi.stubGlobal('chrome', { i18n: { getMessage: () => 'from chrome' } });
    expect(t('cancel')).toBe('from browser');
    vi.stubGlobal('browser', { i18n: { getMessage: () => { throw new Error('Extension context invalidated.'); } } });
    expect(t('cancel')).toBe('Cancel');
  });

  it('picks the plural form by count', () => {
    expect(tCount('suggestions', 1)).toBe('1 suggestion');
    expect(tCount('suggestions', 0)).toBe('0 suggestions');
    expect(tCount('hoursSince', 19)).toBe('19 hours since the interview');
  });
});

describe('_locales', () => {
  const locales = readdirSync(LOCALES);

  it('has English, and every locale has exactly the English message names, with the same placeholders', () => {
    expect(locales).toContain('en');
    for (const locale of locales) {
      const messages = readMessages(locale);
      expect(Object.keys(messages).sort(), locale).toEqual(
        // A language may add plural forms (_few, _many) that English does not need.
        expect.arrayContaining(Object.keys(ENGLISH).filter((k) => !/_(one|other)$/.test(k) || locale === 'en').sort()),
      );
      for (const [name, entry] of Object.entries(messages)) {
        const english = ENGLISH[name] ?? ENGLISH[name.replace(/_(zero|one|two|few|many|other)$/, '_other')];
        expect(english, `${locale}: ${name} is not an English message`).toBeDefined();
        expect(Object.keys(entry.placeholders ?? {}).sort(), `${locale}: ${name}`).toEqual(Object.keys(english.placeholders ?? {}).sort());
      }
    }
  });

  it('follows Chrome’s format: valid unique names, a description for translators, every placeholder used', () => {
    const lower = new Set<string>();
    for (const [name, entry] of Object.entries(ENGLISH)) {
      expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(name.startsWith('@@')).toBe(false);
      expect(lower.has(name.toLowerCase()), name).toBe(false);
      lower.add(name.toLowerCase());
      expect(entry.message.trim(), name).not.toBe('');
      expect(entry.description?.trim(), name).toBeTruthy();
      for (const [placeholder, { content }] of Object.entries(entry.placeholders ?? {})) {
        expect(placeholder).toBe(placeholder.toLowerCase());
        expect(content).toMatch(/^\$[1-9]$/);
        expect(entry.message.toLowerCase(), name).toContain(`$${placeholder}$`);
      }
    }
  });

  it('holds the manifest’s name, description and shortcut text, within the store limits', () => {
    const manifest = readFileSync(path.join(ROOT, 'manifest.json'), 'utf8');
    const used = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription', 'commandToggleSidebar']));
    for (const name of used) expect(ENGLISH[name], name).toBeDefined();
    expect(JSON.parse(manifest).default_locale).toBe('en');
    expect(ENGLISH.extName.message.length).toBeLessThanOrEqual(75);
    expect(ENGLISH.extDescription.message.length).toBeLessThanOrEqual(132);
  });

  it('has no message that nothing uses', () => {
    const sources = [
      ...uiSources.map((s) => s.code),
      readFileSync(path.join(ROOT, 'src/shared/i18n.ts'), 'utf8'),
      readFileSync(path.join(ROOT, 'src/shared/ruleText.ts'), 'utf8'),
      readFileSync(path.join(ROOT, 'src/content/draft.ts'), 'utf8'),
      readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'),
    ].join('\n');
    for (const name of Object.keys(ENGLISH)) {
      const base = name.replace(/_(one|other)$/, '');
      const referenced = sources.includes(`'${name}'`) || sources.includes(`__MSG_${name}__`) || sources.includes(`'${base}'`);
      expect(referenced, `${name} is unused`).toBe(true);
    }
  });

  it('names and describes every rule, for the popup and the playground alike', () => {
    for (const id of RULE_IDS) {
      expect(ruleText(id).label).toBe(t(RULE_MESSAGES[id].label));
      expect(ruleText(id).label.length).toBeGreaterThan(2);
      expect(ruleText(id).description).toMatch(/\.$/);
    }
  });
});

describe('the sidebar, popup and options sources', () => {
  it('hold no user-visible English: no text between tags, no literal labels, titles or placeholders', () => {
    for (const { file, code } of uiSources) {
      const jsxText = [...code.matchAll(/(?<![=-])>\s*([A-Za-z][^<>{}();=]*?)\s*</g)].map((m) => m[1]);
      expect(jsxText, file).toEqual([]);
      const literalAttributes = [...code.matchAll(/\b(aria-label|aria-valuetext|title|placeholder|alt)="([^"]+)"/g)].map((m) => m[0]);
      expect(literalAttributes, file).toEqual([]);
    }
  });
});

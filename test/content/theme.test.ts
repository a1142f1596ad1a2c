// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  composeChrome,
  composite,
  contrastRatio,
  detectTheme,
  effectiveBackground,
  isDarkBackground,
  parseCssColor,
  relativeLuminance,
  type Rgba,
} from '../../src/content/theme';

const rgb = (r: number, g: number, b: number, a = 1): Rgba => ({ r, g, b, a });
const WHITE = rgb(255, 255, 255);

/** Backgrounds the sidebar and the underlines meet: plain white, Gmail's and Outlook's dark compose windows. */
const BACKGROUNDS = {
  white: WHITE,
  gmailDark: rgb(0x1f, 0x1f, 0x1f),
  gmailDarkGrey: rgb(0x20, 0x21, 0x24),
  outlookDark: rgb(0x29, 0x29, 0x29),
};

describe('colour math', () => {
  it('parses the computed colour forms, and rejects others', () => {
    expect(parseCssColor('rgb(32, 33, 36)')).toEqual(rgb(32, 33, 36));
    expect(parseCssColor('rgba(0, 0, 0, 0.5)')).toEqual(rgb(0, 0, 0, 0.5));
    expect(parseCssColor('rgb(10 20 30 / 25%)')).toEqual(rgb(10, 20, 30, 0.25));
    expect(parseCssColor('transparent')).toEqual(rgb(0, 0, 0, 0));
    expect(parseCssColor('oklch(0.5 0.1 200)')).toBeNull();
    expect(parseCssColor('')).toBeNull();
  });

  it('computes WCAG luminance and contrast', () => {
    expect(relativeLuminance(WHITE)).toBeCloseTo(1);
    expect(relativeLuminance(rgb(0, 0, 0))).toBe(0);
    expect(contrastRatio(WHITE, rgb(0, 0, 0))).toBeCloseTo(21);
    // The WCAG example: #767676 on white is the lightest grey with 4.5:1.
    expect(contrastRatio(rgb(0x76, 0x76, 0x76), WHITE)).toBeCloseTo(4.54, 1);
  });

  it('composites a translucent layer over an opaque one', () => {
    expect(composite(rgb(0, 0, 0, 0.5), WHITE)).toEqual(rgb(127.5, 127.5, 127.5));
  });

  it('calls the dark themes dark and light greys light', () => {
    for (const dark of [BACKGROUNDS.gmailDark, BACKGROUNDS.gmailDarkGrey, BACKGROUNDS.outlookDark, rgb(60, 64, 67)]) {
      expect(isDarkBackground(dark)).toBe(true);
    }
    for (const light of [WHITE, rgb(0xf6, 0xf8, 0xfc), rgb(0xe8, 0xea, 0xed), rgb(200, 200, 200)]) {
      expect(isDarkBackground(light)).toBe(false);
    }
  });
});

describe('detectTheme (computed styles)', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.body.removeAttribute('style');
    vi.unstubAllGlobals();
  });

  function page(html: string): HTMLElement {
    document.body.innerHTML = html;
    return document.querySelector<HTMLElement>('[data-root]')!;
  }

  const preferDark = (dark: boolean) =>
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: dark && query.includes('dark'), media: query }));

  it('reads the first opaque background up from the compose root', () => {
    const root = page('<div style="background-color: rgb(31, 31, 31)"><div><div data-root>draft</div></div></div>');
    expect(effectiveBackground(root, WHITE)).toEqual(rgb(31, 31, 31));
    expect(detectTheme(root)).toBe('dark');
  });

  it('stops at the nearest opaque background: a light compose inside a dark page is light', () => {
    const root = page('<div style="background: rgb(20, 20, 20)"><div style="background-color: #ffffff" data-root>x</div></div>');
    expect(detectTheme(root)).toBe('light');
  });

  it('paints translucent layers over what is below them', () => {
    const root = page('<div style="background-color: rgb(255, 255, 255)"><div style="background-color: rgba(0, 0, 0, 0.9)" data-root>x</div></div>');
    expect(detectTheme(root)).toBe('dark');
    const faint = page('<div style="background-color: rgb(255, 255, 255)"><div style="background-color: rgba(0, 0, 0, 0.1)" data-root>x</div></div>');
    expect(detectTheme(faint)).toBe('light');
  });

  it('follows the system setting where the page paints no background', () => {
    const root = page('<div><div data-root>x</div></div>');
    preferDark(true);
    expect(detectTheme(root)).toBe('dark');
    preferDark(false);
    expect(detectTheme(root)).toBe('light');
  });

  it("reads the compose chrome (its toolbar), not the message canvas: dark Outlook with one message on a light background", () => {
    const root = page(
      '<div style="background-color: rgb(31, 31, 31)"><div data-root style="background-color: rgb(255, 255, 255)">' +
        '<div role="toolbar" style="background-color: rgb(41, 41, 41)"><button>Send</button></div>' +
        '<div contenteditable="true" data-ogsb="rgb(255, 255, 255)" style="background-color: rgb(255, 255, 255)">Hi</div></div></div>',
    );
    expect(composeChrome(root).getAttribute('role')).toBe('toolbar');
    expect(detectTheme(root)).toBe('dark');
  });

  it('never takes the chrome from inside the message: a toolbar in the editor or in repainted message HTML', () => {
    const root = page(
      '<div data-root style="background-color: rgb(255, 255, 255)">' +
        '<div contenteditable="true"><div role="toolbar" style="background-color: rgb(0, 0, 0)">x</div></div>' +
        '<div data-ogsc="rgb(0, 0, 0)"><div role="toolbar" style="background-color: rgb(0, 0, 0)">y</div></div></div>',
    );
    expect(composeChrome(root)).toBe(root);
    expect(detectTheme(root)).toBe('light');
  });

  it("finds the chrome without looking inside the editor (a pasted megabyte costs nothing here), and remembers it", () => {
    const root = page(
      '<div data-root><div role="toolbar" style="background-color: rgb(41, 41, 41)">Send</div>' +
        `<div contenteditable="true">${'<div>line</div>'.repeat(500)}</div></div>`,
    );
    const editor = root.querySelector('[contenteditable]')!;
    const seen = new Set<Element>();
    const matches = Element.prototype.matches;
    const spy = vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
      seen.add(this);
      return matches.call(this, selector);
    });
    // A selector query on the root would match against every element of the editor too.
    const queried: Element[] = [];
    const querySelectorAll = Element.prototype.querySelectorAll;
    const querySpy = vi.spyOn(Element.prototype, 'querySelectorAll').mockImplementation(function (this: Element, selector: string) {
      queried.push(this);
      return querySelectorAll.call(this, selector);
    });
    try {
      expect(composeChrome(root).getAttribute('role')).toBe('toolbar');
      expect(queried.filter((el) => el.contains(editor))).toEqual([]);
      expect([...seen].filter((el) => editor.contains(el) && el !== editor)).toEqual([]);
      seen.clear();
      expect(composeChrome(root).getAttribute('role')).toBe('toolbar');
      expect(seen.size).toBeLessThanOrEqual(1);
    } finally {
      spy.mockRestore();
      querySpy.mockRestore();
    }
  });

  it('a compose root inside repainted message HTML is read from outside it', () => {
    const root = page('<div style="background-color: rgb(41, 41, 41)"><div data-ogsb="#ffffff" style="background-color: rgb(255, 255, 255)"><div data-root>x</div></div></div>');
    expect(detectTheme(root)).toBe('dark');
  });

  it('where nothing behind the chrome is opaque, light text on it says dark (a site painting its dark on a layer beside it)', () => {
    const root = page('<div><div data-root style="color: rgb(255, 255, 255)">x</div></div>');
    preferDark(false);
    expect(detectTheme(root)).toBe('dark');
    const dark = page('<div><div data-root style="color: rgb(32, 32, 32)">x</div></div>');
    expect(detectTheme(dark)).toBe('light');
  });

  it("follows the site, not the system, where the site paints one (Gmail's dark theme in a light system, and back)", () => {
    const dark = page('<div style="background-color: rgb(32, 33, 36)"><div data-root>x</div></div>');
    preferDark(false);
    expect(detectTheme(dark)).toBe('dark');
    const light = page('<div style="background-color: rgb(255, 255, 255)"><div data-root>x</div></div>');
    preferDark(true);
    expect(detectTheme(light)).toBe('light');
  });
});

describe('the underline colours (src/shared/highlights.css)', () => {
  const css = readFileSync(path.resolve(import.meta.dirname, '../../src/shared/highlights.css'), 'utf8');
  const underline = (name: string): Rgba => {
    const block = new RegExp(`::highlight\\(${name}\\)\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
    const hex = /text-decoration(?:-color)?:[^;]*#([0-9a-f]{6})/i.exec(block)?.[1];
    if (!hex) throw new Error(`no underline colour for ${name}`);
    return rgb(parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16));
  };

  it('each stand out at 3:1 (WCAG non-text contrast) on light and on dark compose windows', () => {
    for (const name of ['followup-coach-error', 'followup-coach-warning', 'followup-coach-info']) {
      const color = underline(name);
      for (const [background, bg] of Object.entries(BACKGROUNDS)) {
        expect(contrastRatio(color, bg), `${name} on ${background}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('are at least 2px thick, so they read as more than a hairline on any background', () => {
    for (const block of css.matchAll(/::highlight\(followup-coach-(?:error|warning|info)\)\s*\{([^}]*)\}/g)) {
      const thickness = /text-decoration-thickness:\s*([\d.]+)px/.exec(block[1])?.[1];
      expect(Number(thickness)).toBeGreaterThanOrEqual(2);
    }
  });
});

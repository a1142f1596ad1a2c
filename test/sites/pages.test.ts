// The fixture pages that are generated from others (test/fixtures/sites/pages.ts): gmail-es from gmail.html, the dark
// themes from the light pages. One DOM per site, so the variants cannot drift apart.
import { describe, expect, it } from 'vitest';
import { fixturePage, GMAIL_ES, gmailInSpanish } from '../fixtures/sites/pages.ts';

describe('gmail-es', () => {
  const english = fixturePage('gmail');
  const spanish = fixturePage('gmail-es');

  it('is gmail.html with every label translated, and nothing else changed', () => {
    expect(spanish).toContain('<html lang="es">');
    expect(spanish).toContain('aria-label="Cuerpo del mensaje"');
    expect(spanish).toContain('aria-label="Más opciones de envío"');
    const labels = [...spanish.matchAll(/\b(?:aria-label|placeholder|data-tooltip)="([^"]*)"/g)].map((m) => m[1]);
    const untranslated = Object.entries(GMAIL_ES).filter(([en, es]) => en !== es).map(([en]) => en);
    expect(labels.filter((label) => untranslated.includes(label))).toEqual([]);
    const strip = (html: string) => html.replace(/\b(?:aria-label|placeholder|data-tooltip|title)="[^"]*"/g, '').replace(/>(?:Send|Enviar)</g, '><');
    expect(strip(spanish).replace('lang="es"', 'lang="en"').replace('Recibidos (3)', 'Inbox (3)')).toBe(strip(english));
  });

  it('fails on a label the table does not know', () => {
    expect(() => gmailInSpanish('<div aria-label="Schedule send"></div>')).toThrow(/Schedule send/);
  });
});

describe('dark pages', () => {
  it.each(['gmail', 'outlook', 'outlook-reply'])("%s-dark: the same page with the dark stylesheet (and Outlook's dark-mode script)", (page) => {
    const light = fixturePage(page);
    const dark = fixturePage(`${page}-dark`);
    expect(dark.length).toBeGreaterThan(light.length);
    expect(dark).toMatch(/background: #1f1f1f/);
    expect(dark.includes('data-ogsc')).toBe(page.startsWith('outlook'));
  });

  it('names a missing page', () => expect(() => fixturePage('yahoo')).toThrow(/yahoo/));
});

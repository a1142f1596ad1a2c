import { describe, expect, it } from 'vitest';
import { FINGERPRINT_SIZE, fingerprint, ownWords, similarity } from '../../src/engine/fingerprint';
import { fingerprint as exported } from '../../src/engine/index';

const template = (name: string, sign = 'Jonas') =>
  `Hi ${name},\n\nThank you for taking the time to meet with me yesterday about the Logistics Coordinator role. ` +
  `I enjoyed learning how the team re-plans ferry bookings when the Bergen route closes, and I was glad to hear more ` +
  `about the TMS migration planned for the spring. It was a pleasure to talk with you, ${name}, and I am excited about ` +
  `the chance to contribute to Fjord Freight.\n\nBest regards,\n${sign}`;

const own =
  'Dear Ola,\n\nThanks for walking me through the night-shift handover on Tuesday. Your idea of pairing dispatchers ' +
  'with the customer desk for a week made me think of the rota I ran at Nordlys Cargo, where we cut missed pickups by ' +
  'a third. I would be glad to share the checklist we used.\n\nKind regards,\nJonas';

describe('fingerprint', () => {
  it('is exported from the engine, deterministic, of fixed length, and holds only 32-bit numbers', () => {
    expect(exported).toBe(fingerprint);
    const a = fingerprint(template('Marta'));
    expect(a).toHaveLength(FINGERPRINT_SIZE);
    expect(fingerprint(template('Marta'))).toEqual(a);
    expect(a.every((n) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff)).toBe(true);
    expect(fingerprint('')).toHaveLength(FINGERPRINT_SIZE);
  });

  it('holds no word of the text', () => {
    const serialized = JSON.stringify(fingerprint(template('Marta')));
    for (const word of ['Marta', 'ferry', 'Bergen', 'Logistics', 'migration']) expect(serialized).not.toContain(word.toLowerCase());
    expect(serialized).toMatch(/^\[[\d,]+\]$/);
  });

  it('a template re-sent with another name (and another signature) is at least 0.7 similar', () => {
    expect(similarity(fingerprint(template('Marta')), fingerprint(template('Ola', 'Jonas Berg')))).toBeGreaterThanOrEqual(0.9);
    // One sentence changed is still a near-copy.
    const edited = template('Ola').replace('It was a pleasure to talk with you, Ola,', 'It was good to see the depot with you, Ola,');
    expect(similarity(fingerprint(template('Marta')), fingerprint(edited))).toBeGreaterThanOrEqual(0.7);
  });

  it('two genuinely different notes are well below', () => {
    expect(similarity(fingerprint(template('Marta')), fingerprint(own))).toBeLessThan(0.2);
  });

  it('ignores the greeting, sign-off, signature and quoted history', () => {
    const quoted = `${template('Marta')}\n\nOn Mon, 9 Feb 2026 at 09:12, Marta Jensen <marta.jensen@fjordfreight.no> wrote:\n> Thanks for coming in today.\n> Marta`;
    expect(similarity(fingerprint(template('Marta')), fingerprint(quoted))).toBe(1);
    expect(ownWords('Hi Marta,\n\nThank you, Marta.\n\nBest,\nJonas')).toEqual(['thank', 'you', '\u0000name']);
  });

  it('an empty or malformed fingerprint is similar to nothing', () => {
    expect(similarity(fingerprint(''), fingerprint(''))).toBe(0);
    expect(similarity([1, 2, 3], fingerprint('x'))).toBe(0);
    expect(similarity(undefined, fingerprint('x'))).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { readGreeting } from '../../../src/engine/text/genericGreeting';

const read = (text: string) => {
  const g = readGreeting(text, 'fjordfreight');
  return g && `${g.kind}:${text.slice(0, g.length)}`;
};

describe('readGreeting', () => {
  it('reads a greeting for nobody, in any wording', () => {
    expect(read('To whom it may concern, thank you.')).toBe('impersonal:To whom it may concern');
    expect(read('DEAR SIR OR MADAM,')).toBe('impersonal:DEAR SIR OR MADAM');
    expect(read('Respected Sir/Madam, I am grateful.')).toBe('impersonal:Respected Sir/Madam');
    expect(read('Dear Mr./Ms.,')).toBe('impersonal:Dear Mr./Ms.');
    expect(read('Dear Sir(s),')).toBe('impersonal:Dear Sir(s)');
  });

  it('reads a role in place of a name, with its company and what it is for', () => {
    expect(read('Hello, Recruiter!')).toBe('role:Hello, Recruiter');
    expect(read('Dear Esteemed Hiring Manager,')).toBe('role:Dear Esteemed Hiring Manager');
    expect(read('Dear Fjord Freight Talent Acquisition Partner,')).toBe('role:Dear Fjord Freight Talent Acquisition Partner');
    expect(read('Dear Hiring Manager of the Logistics team,')).toBe('role:Dear Hiring Manager of the Logistics team');
    expect(read('Dear Hiring Manager I wanted to thank you.')).toBe('role:Dear Hiring Manager');
  });

  it('leaves greetings to real people and groups', () => {
    for (const text of ['Dear Priya and the hiring team,', 'Hi team,', 'Dear Members of the Search Committee,', 'Respected Sir,', 'Good morning sir.', 'Dear Ms. Manager-Smith,', 'Dear Mr. Fjord,', 'Dear Hiring Manager Name,', 'Hi there,', 'Greetings from Chennai.']) {
      expect(read(text), text).toBeUndefined();
    }
  });
});

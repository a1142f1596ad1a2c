import { describe, expect, it } from 'vitest';
import type { CliOptions } from '../../src/cli/args';
import { buildDraft, buildSettings } from '../../src/cli/draft';
import type { InputDraft } from '../../src/cli/read';

const fromEmail: InputDraft = {
  label: 'm.eml',
  body: 'Hi Marta',
  subject: 'From the header',
  to: ['header@fjordfreight.no'],
  now: '2026-02-10T08:00:00.000Z',
  warnings: [],
};
const noFlags: CliOptions = { format: 'stylish', file: 'm.eml', to: [], disable: [] };

describe('buildDraft', () => {
  it('uses the headers when no flag is given', () => {
    expect(buildDraft(fromEmail, noFlags)).toEqual({
      body: 'Hi Marta',
      subject: 'From the header',
      to: ['header@fjordfreight.no'],
      now: '2026-02-10T08:00:00.000Z',
    });
  });

  it('lets flags override the headers', () => {
    const draft = buildDraft(fromEmail, {
      ...noFlags,
      subject: 'From the flag',
      to: ['flag@lumenhealth.com'],
      now: '2026-03-01T09:00:00Z',
      interviewAt: '2026-02-27T15:00:00Z',
      notes: 'telehealth pilot',
    });
    expect(draft).toEqual({
      body: 'Hi Marta',
      subject: 'From the flag',
      to: ['flag@lumenhealth.com'],
      now: '2026-03-01T09:00:00Z',
      interviewAt: '2026-02-27T15:00:00Z',
      notes: 'telehealth pilot',
    });
  });

  it('takes the writer from --from, else from the From header, and the thread from the quoted history', () => {
    const thread = [{ from: 'marta@x.no', body: 'We will decide next week.' }];
    const input = { ...fromEmail, from: 'Jonas <jonas@example.org>', thread };
    expect(buildDraft(input, noFlags)).toMatchObject({ from: 'Jonas <jonas@example.org>', thread });
    expect(buildDraft(input, { ...noFlags, from: 'jonas.berg@gmail.com' }).from).toBe('jonas.berg@gmail.com');
    expect(buildDraft(fromEmail, noFlags)).not.toHaveProperty('thread');
  });

  it('splits the quote off a plain body into the thread, dating its headers in the zone of --now', () => {
    const body = 'Hi Marta,\n\nThank you.\n\n-----Original Message-----\nFrom: Marta Jensen <marta@x.no>\nSent: Monday, March 2, 2026 9:12 AM\n\nWe will decide next week.\n';
    const draft = buildDraft({ label: 'x.txt', body, warnings: [] }, { ...noFlags, file: 'x.txt', now: '2026-03-04T10:00:00-05:00' });
    expect(draft.body).toBe('Hi Marta,\n\nThank you.\n');
    expect(draft.thread).toEqual([{ from: 'Marta Jensen <marta@x.no>', date: '2026-03-02T09:12:00-05:00', body: 'We will decide next week.' }]);
  });

  it('leaves out what nobody gave', () => {
    expect(buildDraft({ label: 'x.txt', body: 'Hi', warnings: [] }, noFlags)).toEqual({ body: 'Hi' });
  });
});

describe('buildSettings', () => {
  const ids = ['timing', 'money', 'tone'];
  it('turns off only the disabled rules', () => {
    expect(buildSettings({ ...noFlags, disable: ['money'] }, ids)).toEqual({
      rules: { timing: true, money: false, tone: true },
    });
  });
  it('passes nothing when nothing is disabled, so the engine keeps its defaults', () => {
    expect(buildSettings(noFlags, ids)).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { isIsoDateTime, parseCommandLine, UsageError } from '../../src/cli/args';

const RULES = ['timing', 'specificity', 'gratitude', 'tone', 'pushy', 'money', 'generic', 'subject', 'length', 'send-time'];
const parse = (...argv: string[]) => parseCommandLine(argv, RULES);

describe('parseCommandLine', () => {
  it('defaults to stylish with nothing set', () => {
    expect(parse('draft.txt')).toEqual({
      kind: 'lint',
      options: { format: 'stylish', file: 'draft.txt', to: [], disable: [] },
    });
  });

  it('reads every flag; --to and --disable repeat and split on commas', () => {
    const command = parse(
      '--format=json', '--subject', 'Thank you', '--to', 'a@x.com, Bea <b@x.com>', '--to=c@y.org',
      '--interview', '2026-02-09T13:00:00Z', '--now', '2026-02-10T08:00', '--disable', 'money,tone', '--disable', 'generic',
      '--notes', 'ferry re-planning, Bergen', '-',
    );
    expect(command).toEqual({
      kind: 'lint',
      options: {
        format: 'json',
        file: '-',
        subject: 'Thank you',
        to: ['a@x.com', 'Bea <b@x.com>', 'c@y.org'],
        interviewAt: '2026-02-09T13:00:00Z',
        now: '2026-02-10T08:00',
        disable: ['money', 'tone', 'generic'],
        notes: 'ferry re-planning, Bergen',
      },
    });
  });

  it('reads --from, and refuses one that is not an address', () => {
    const command = parseCommandLine(['--from', 'Jonas Berg <jonas.berg@gmail.com>', 'x.txt'], RULES);
    expect(command).toMatchObject({ kind: 'lint', options: { from: 'Jonas Berg <jonas.berg@gmail.com>' } });
    expect(() => parseCommandLine(['--from', 'Jonas', 'x.txt'], RULES)).toThrow(/--from/);
  });

  it('keeps a quoted display name with a comma in one --to address', () => {
    expect(parse('--to', '"Jensen, Marta" <marta@x.no>, ola@x.no', 'x.txt')).toMatchObject({
      options: { to: ['Marta Jensen <marta@x.no>', 'ola@x.no'] },
    });
  });

  it('answers --help and --version before anything else is checked', () => {
    expect(parse('--help')).toEqual({ kind: 'help' });
    expect(parse('-h', '--format', 'xml')).toEqual({ kind: 'help' });
    expect(parse('--version')).toEqual({ kind: 'version' });
    expect(parse('-v')).toEqual({ kind: 'version' });
  });

  it('takes a file named like a flag after --', () => {
    expect(parse('--', '--odd.txt')).toMatchObject({ options: { file: '--odd.txt' } });
  });

  it.each([
    [['--frobnicate', 'x.txt'], /unknown option --frobnicate/],
    [[], /missing FILE/],
    [['a.txt', 'b.txt'], /expected one FILE/],
    [['--format', 'xml', 'x.txt'], /unknown format "xml"/],
    [['--format', 'x.txt'], /unknown format "x.txt"/],
    [['--disable', 'nope', 'x.txt'], /unknown rule "nope"/],
    [['--disable', 'money,Tone', 'x.txt'], /unknown rule "Tone"/],
    [['--now', '2026-02-30', 'x.txt'], /--now/],
    [['--interview', 'yesterday', 'x.txt'], /--interview/],
    [['--interview', '2026-02-09T24:00', 'x.txt'], /--interview/],
    [['--subject'], /--subject needs a value/],
    [['x.txt', '--to'], /--to needs a value/],
    [['--subject', '-x', 'x.txt'], /--subject needs a value/],
    [['--help=yes', 'x.txt'], /--help does not take a value/],
    [[''], /FILE is empty/],
  ])('%j is a usage error', (argv, message) => {
    let error: unknown;
    try {
      parse(...argv);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('isIsoDateTime', () => {
  it.each([
    '2026-02-09', '2026-02-09T13:00', '2026-02-09T13:00:00', '2026-02-09T13:00:00Z', '2026-02-09T13:00:00.123Z',
    '2026-02-09T13:00:00+01:00', '2026-02-09T13:00-0530', '2024-02-29', '2026-02-09 13:00',
  ])('accepts %s', (text) => {
    expect(isIsoDateTime(text)).toBe(true);
  });

  it.each([
    '', 'yesterday', '2026-2-9', '2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-02-09T25:00',
    '2026-02-09T13:60', '2026-02-09T13:00:00+24:00', '09/02/2026', '2026-02-09T13', '1770641000000',
  ])('rejects %j', (text) => {
    expect(isIsoDateTime(text)).toBe(false);
  });
});

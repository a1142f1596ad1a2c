// Command-line parsing for followup-lint (CONTRACT.md section 3). Every failure is a UsageError whose message is one line.
import { parseArgs } from 'node:util';

export type OutputFormat = 'stylish' | 'json';

export interface CliOptions {
  format: OutputFormat;
  /** A path, or '-' for stdin. */
  file: string;
  subject?: string;
  /** Recipients given with --to; empty when the flag was not used. */
  to: string[];
  interviewAt?: string;
  now?: string;
  /** The writer's own address (--from); tells the writer's quoted messages from theirs. */
  from?: string;
  disable: string[];
  notes?: string;
}

export type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'lint'; options: CliOptions };

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: followup-lint [options] FILE|-

Lints a job-interview follow-up email. FILE is a plain-text body (.txt), an RFC 822
message (.eml: its Subject, To, From and Date headers are used), or - to read stdin.
Quoted history under the body ("On ... wrote:" with "> " lines, an Outlook From/Sent
block) is read as the earlier messages of the thread, not linted as the draft.

Options:
  --format stylish|json   output format (default: stylish)
  --subject S             the subject line (overrides the Subject header)
  --to ADDR               a recipient; repeat or separate with commas (overrides the To header)
  --from ADDR             your own address, to tell your quoted messages from theirs (overrides the From header)
  --interview ISO         when the interview took place, ISO 8601 (e.g. 2026-02-09T13:00:00Z)
  --now ISO               the send time, ISO 8601 (overrides the Date header; default: now)
  --disable RULE          turn a rule off; repeat or separate with commas
  --notes TEXT            your notes of what was discussed (topics, names, projects)
  -h, --help              show this help
  -v, --version           show the version

Exit status: 0 no errors, 1 at least one error-level hint, 2 bad usage or unreadable input.`;

const OPTIONS = {
  format: { type: 'string' },
  subject: { type: 'string' },
  to: { type: 'string', multiple: true },
  from: { type: 'string' },
  interview: { type: 'string' },
  now: { type: 'string' },
  disable: { type: 'string', multiple: true },
  notes: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** True for an ISO 8601 calendar date or date-time that names a real moment (no 30 February, no 25:00). */
export function isIsoDateTime(text: string): boolean {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return false;
  const [, year, month, day, hour = '0', minute = '0', second = '0', zone] = match;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return false;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return false;
  if (zone && !/^z$/i.test(zone)) {
    const digits = zone.replace(':', '');
    if (Number(digits.slice(1, 3)) > 23 || Number(digits.slice(3, 5)) > 59) return false;
  }
  return true;
}

/** Splits on commas, except inside "quotes" or <angle brackets>, so '"Jensen, Marta" <m@x.no>' stays one address. */
function splitList(values: string[] | undefined): string[] {
  const items: string[] = [];
  for (const value of values ?? []) {
    let current = '';
    let quoted = false;
    let angled = false;
    for (const char of value) {
      if (char === '"') quoted = !quoted;
      else if (char === '<' && !quoted) angled = true;
      else if (char === '>' && !quoted) angled = false;
      if (char === ',' && !quoted && !angled) {
        items.push(current);
        current = '';
      } else current += char;
    }
    items.push(current);
  }
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** '"Jensen, Marta" <m@x.no>' → 'Marta Jensen <m@x.no>': the engine reads a comma in a recipient as a separator. */
function withoutCommaInName(recipient: string): string {
  const match = /^"([^"]*)"\s*(<[^>]*>)$/.exec(recipient);
  if (!match || !/[,;]/.test(match[1])) return recipient;
  const parts = match[1].split(/[,;]/).map((part) => part.trim()).filter(Boolean);
  return `${parts.length === 2 ? `${parts[1]} ${parts[0]}` : parts.join(' ')} ${match[2]}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function describeParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const text = String(message ?? error);
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const option = /'([^']+)'/.exec(text)?.[1];
      return `unknown option ${option ?? ''}`.trim() + ' (see --help)';
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      // "Option '-h, --help' does not take an argument": name the long form.
      const option = /'(?:-\w, )?(--?[a-z][a-z-]*)/i.exec(text)?.[1] ?? 'an option';
      if (/ambiguous/.test(text)) return `${option} needs a value (write ${option}=VALUE for a value starting with '-')`;
      if (/does not take an argument/.test(text)) return `${option} does not take a value`;
      return `${option} needs a value`;
    }
    default:
      return oneLine(text);
  }
}

/** Parses argv (without node and the script); ruleIds are the engine's known rule ids, for --disable. */
export function parseCommandLine(argv: readonly string[], ruleIds: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const format = values.format ?? 'stylish';
  if (format !== 'stylish' && format !== 'json') {
    throw new UsageError(`unknown format "${oneLine(format)}" (expected stylish or json)`);
  }
  if (positionals.length === 0) throw new UsageError('missing FILE (a .txt or .eml path, or - for stdin; see --help)');
  if (positionals.length > 1) {
    throw new UsageError(`expected one FILE, got ${positionals.length}: ${positionals.map(oneLine).join(' ')}`);
  }
  const file = positionals[0];
  if (file === '') throw new UsageError('FILE is empty');

  for (const [flag, value] of [
    ['--interview', values.interview],
    ['--now', values.now],
  ] as const) {
    if (value !== undefined && !isIsoDateTime(value)) {
      throw new UsageError(`${flag}: "${oneLine(value)}" is not an ISO 8601 date or date-time (e.g. 2026-02-09T13:00:00Z)`);
    }
  }

  if (values.from !== undefined && !/\S+@\S+/.test(values.from)) {
    throw new UsageError(`--from: "${oneLine(values.from)}" is not an e-mail address`);
  }

  const disable = splitList(values.disable);
  const unknown = disable.filter((id) => !ruleIds.includes(id));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown rule ${unknown.map((id) => `"${oneLine(id)}"`).join(', ')} in --disable (known: ${ruleIds.join(', ')})`,
    );
  }

  return {
    kind: 'lint',
    options: {
      format,
      file,
      subject: values.subject,
      to: splitList(values.to).map(withoutCommaInName),
      interviewAt: values.interview?.trim(),
      now: values.now?.trim(),
      from: values.from !== undefined ? withoutCommaInName(values.from.trim()) : undefined,
      disable,
      notes: values.notes,
    },
  };
}

// Output formats of followup-lint: `json` (one LintResult) and ESLint-like `stylish`.
import type { Hint, LintResult, Severity } from '../engine/types';

export function formatJson(result: LintResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}

/** Line starts of the body, for many lookups in one pass each. */
function lineStarts(body: string): number[] {
  const starts = [0];
  for (let index = body.indexOf('\n'); index !== -1; index = body.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function locate(starts: number[], bodyLength: number, offset: number): string {
  const clamped = Math.max(0, Math.min(offset, bodyLength));
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= clamped) low = middle;
    else high = middle - 1;
  }
  return `${low + 1}:${clamped - starts[low] + 1}`;
}

interface Palette {
  error: (text: string) => string;
  warning: (text: string) => string;
  info: (text: string) => string;
  dim: (text: string) => string;
  underline: (text: string) => string;
  bold: (text: string) => string;
  green: (text: string) => string;
}

const sgr = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`;
const COLORS: Palette = {
  error: sgr(31, 39),
  warning: sgr(33, 39),
  info: sgr(36, 39),
  dim: sgr(2, 22),
  underline: sgr(4, 24),
  bold: sgr(1, 22),
  green: sgr(32, 39),
};
const identity = (text: string) => text;
const PLAIN: Palette = {
  error: identity,
  warning: identity,
  info: identity,
  dim: identity,
  underline: identity,
  bold: identity,
  green: identity,
};

/** Colours when writing to a terminal, unless NO_COLOR is set (https://no-color.org); FORCE_COLOR forces them. */
export function shouldUseColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') {
    return true;
  }
  return stream.isTTY === true && env.TERM !== 'dumb';
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function formatStylish(result: LintResult, body: string, label: string, color: boolean): string {
  const paint = color ? COLORS : PLAIN;
  const starts = lineStarts(body);
  const rows = result.hints.map((hint: Hint) => ({
    location: hint.start === undefined ? '0:0' : locate(starts, body.length, hint.start),
    severity: hint.severity,
    message: hint.message.replace(/\s+/g, ' ').trim(),
    rule: hint.rule,
  }));
  const width = (pick: (row: (typeof rows)[number]) => string) => Math.max(0, ...rows.map((row) => pick(row).length));
  const locationWidth = width((row) => row.location);
  const severityWidth = width((row) => row.severity);
  const messageWidth = width((row) => row.message);

  const lines = [paint.underline(label)];
  for (const row of rows) {
    const paintSeverity = paint[row.severity as Severity] ?? identity;
    lines.push(
      '  ' +
        paint.dim(row.location.padEnd(locationWidth)) +
        '  ' +
        paintSeverity(row.severity.padEnd(severityWidth)) +
        '  ' +
        row.message.padEnd(messageWidth) +
        '  ' +
        paint.dim(row.rule),
    );
  }

  const count = (severity: Severity) => rows.filter((row) => row.severity === severity).length;
  const errors = count('error');
  lines.push('');
  if (rows.length === 0) lines.push(paint.green('✔ no problems'));
  else {
    const summary =
      `✖ ${plural(rows.length, 'problem')} ` +
      `(${plural(errors, 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'info')})`;
    lines.push(paint.bold((errors > 0 ? paint.error : paint.warning)(summary)));
  }
  lines.push(`score: ${result.score}/100 (follow-up: ${result.followUp ? 'yes' : 'no'})`);
  return lines.join('\n') + '\n';
}

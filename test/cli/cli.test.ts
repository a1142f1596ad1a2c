// End-to-end: runs the built dist/cli.mjs as a user would, and checks exit codes, output shapes and error handling.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
// FOLLOWUP_LINT_CLI points the tests at another build of the CLI (and skips the build step).
const CLI = process.env.FOLLOWUP_LINT_CLI ?? join(ROOT, 'dist/cli.mjs');

const HINT_LINE = /^\s+\d+:\d+\s+(error|warning|info)\s+.+\s+[a-z][a-z-]*$/;
const SUMMARY_LINE = /^(✖ \d+ problems? \(\d+ errors?, \d+ warnings?, \d+ infos?\)|✔ no problems)$/;
const SCORE_LINE = /^score: (\d+)\/100 \(follow-up: (yes|no)\)$/;

interface Hint {
  rule: string;
  severity: string;
  message: string;
  start?: number;
  end?: number;
}
interface Result {
  followUp: boolean;
  score: number;
  hints: Hint[];
}
interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function run(args: string[], options: { input?: string | Buffer; env?: Record<string, string | undefined> } = {}): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...env, ...options.env } as NodeJS.ProcessEnv });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  child.stdin.on('error', () => undefined); // the CLI may exit (usage error) before reading its input
  child.stdin.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({ status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }),
    );
  });
}

async function lintJson(args: string[], input?: string): Promise<{ run: Run; result: Result }> {
  const outcome = await run(['--format', 'json', ...args], { input });
  expect(outcome.stderr).toBe('');
  return { run: outcome, result: JSON.parse(outcome.stdout) as Result };
}

function expectResultShape(result: Result): void {
  expect(typeof result.followUp).toBe('boolean');
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(100);
  expect(Array.isArray(result.hints)).toBe(true);
  for (const hint of result.hints) {
    expect(hint.rule).toMatch(/^[a-z][a-z-]*$/);
    expect(['error', 'warning', 'info']).toContain(hint.severity);
    expect(typeof hint.message).toBe('string');
  }
}

function expectExitMatches(outcome: Run, result: Result): void {
  expect(outcome.status).toBe(result.hints.some((hint) => hint.severity === 'error') ? 1 : 0);
}

function expectOneLineError(outcome: Run): void {
  expect(outcome.status).toBe(2);
  expect(outcome.stdout).toBe('');
  const lines = outcome.stderr.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^followup-lint: \S/);
  expect(outcome.stderr).not.toMatch(/^\s+at /m);
}

const PROBLEM_DRAFT = [
  'hey [Interviewer],',
  '',
  'any news?? I need an answer ASAP because I have other offers and will move on.',
  'Also, what is the salary range, and is there a signing bonus and stock options?',
  'LOL 😂😂😂 gonna wait!!!',
  '',
  'J',
].join('\n');

let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'followup-cli-'));
  if (process.env.FOLLOWUP_LINT_CLI) return;
  const builtAt = existsSync(CLI) ? statSync(CLI).mtimeMs : 0;
  const sourcesAt = Math.max(
    newestSourceTime(join(ROOT, 'src/cli')),
    newestSourceTime(join(ROOT, 'src/engine')),
    statSync(join(ROOT, 'package.json')).mtimeMs,
  );
  if (builtAt < sourcesAt) execFileSync(process.execPath, ['build.mjs', '--engine-only'], { cwd: ROOT, stdio: 'pipe' });
}, 120_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe.concurrent('followup-lint: help and version', () => {
  it('prints usage for --help and exits 0', async () => {
    const outcome = await run(['--help']);
    expect(outcome.status).toBe(0);
    expect(outcome.stdout).toMatch(/^Usage: followup-lint /);
    expect(outcome.stdout).toContain('--disable RULE');
    expect(outcome.stderr).toBe('');
  });

  it('prints the package version for --version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await run(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe.concurrent('followup-lint: output', () => {
  it.each([
    'body.txt',
    'plain.eml',
    'quoted-printable.eml',
    'multipart-base64.eml',
    'html-only.eml',
    'truncated-multipart.eml',
    'unknown-charset.eml',
    'latin1.eml',
  ])('--format json on %s prints one LintResult and exits by its errors', async (name) => {
    const { run: outcome, result } = await lintJson([join(FIXTURES, name)]);
    expectResultShape(result);
    expectExitMatches(outcome, result);
  });

  it('stylish: file name, one aligned line per hint at its line:col, a summary and the score', async () => {
    const { result } = await lintJson(['-'], PROBLEM_DRAFT);
    expect(result.hints.length).toBeGreaterThan(0);
    const outcome = await run(['-'], { input: PROBLEM_DRAFT });
    expectExitMatches(outcome, result);
    expect(outcome.stderr).toBe('');
    expect(outcome.stdout).not.toContain('\x1b[');
    const lines = outcome.stdout.replace(/\n$/, '').split('\n');
    expect(lines[0]).toBe('<stdin>');
    const hintLines = lines.filter((line) => HINT_LINE.test(line));
    expect(hintLines).toHaveLength(result.hints.length);
    expect(lines.slice(1, 1 + hintLines.length)).toEqual(hintLines);
    expect(new Set(hintLines.map((line) => line.search(/(error|warning|info) /))).size).toBe(1);

    const bodyLines = PROBLEM_DRAFT.split('\n');
    result.hints.forEach((hint, index) => {
      const [location, severity] = hintLines[index].trim().split(/\s+/);
      expect(severity).toBe(hint.severity);
      expect(hintLines[index].endsWith(` ${hint.rule}`)).toBe(true);
      if (hint.start === undefined) expect(location).toBe('0:0');
      else {
        const [line, column] = location.split(':').map(Number);
        const offset = bodyLines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
        expect(offset).toBe(hint.start);
      }
    });

    expect(lines.at(-2)).toMatch(SUMMARY_LINE);
    const score = SCORE_LINE.exec(lines.at(-1) ?? '');
    expect(score?.[1]).toBe(String(result.score));
    expect(score?.[2]).toBe(result.followUp ? 'yes' : 'no');
  });

  it('colours only when forced or on a terminal, and never with NO_COLOR', async () => {
    expect((await run(['-'], { input: PROBLEM_DRAFT, env: { FORCE_COLOR: '1' } })).stdout).toContain('\x1b[');
    expect((await run(['-'], { input: PROBLEM_DRAFT, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
  });

  it('lints stdin exactly like the same file', async () => {
    const path = join(FIXTURES, 'body.txt');
    const eml = join(FIXTURES, 'quoted-printable.eml');
    const [textFromStdin, textFromFile, emlFromStdin, emlFromFile] = await Promise.all([
      lintJson(['-'], readFileSync(path, 'utf8')),
      lintJson([path]),
      lintJson(['-'], readFileSync(eml, 'utf8')),
      lintJson([eml]),
    ]);
    expect(textFromStdin.result).toEqual(textFromFile.result);
    expect(emlFromStdin.result).toEqual(emlFromFile.result);
  });
});

describe.concurrent('followup-lint: the e-mail is really read', () => {
  const headers = (extra: string) =>
    'From: Jonas Berg <jonas@example.org>\r\nTo: Marta Jensen <marta.jensen@fjordfreight.no>\r\n' +
    'Subject: Thank you\r\nDate: Tue, 10 Feb 2026 08:00:00 +0000\r\nMIME-Version: 1.0\r\n' +
    extra;
  const intro = 'Hi Marta,\r\n\r\nThank you for meeting with me yesterday about the ferry re-planning project.\r\n';
  const money = 'Before we go further, could you tell me whether the role includes an annual bonus and what the salary is?\r\n';
  const emails: Record<string, (withMoney: boolean) => string> = {
    'quoted-printable with a soft break inside "salary"': (withMoney) =>
      headers('Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n') +
      intro +
      (withMoney ? money.replace('annual bonus', 'annual bo=\r\nnus').replace('salary', 'sal=\r\nary') : '') +
      '\r\nBest,\r\nJonas\r\n',
    'base64 multipart/alternative': (withMoney) =>
      headers('Content-Type: multipart/alternative; boundary="zz"\r\n\r\n') +
      '--zz\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n' +
      Buffer.from(intro + (withMoney ? money : '') + '\r\nBest,\r\nJonas\r\n')
        .toString('base64')
        .replace(/.{76}/g, '$&\r\n') +
      '\r\n--zz\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Thank you!</p>\r\n--zz--\r\n',
    'html only': (withMoney) =>
      headers('Content-Type: text/html; charset=utf-8\r\n\r\n') +
      `<div>${intro}</div>${withMoney ? `<div>${money.replace('salary', '<b>salary</b>')}</div>` : ''}<p>Best,<br>Jonas</p>`,
  };

  it.each(Object.keys(emails))('%s: a money question in the body is found, and only when present', async (kind) => {
    const lintEmail = async (withMoney: boolean) => {
      const path = join(scratch, `${kind.replace(/\W+/g, '-')}-${withMoney}.eml`);
      writeFileSync(path, emails[kind](withMoney));
      return (await lintJson([path])).result;
    };
    const [withMoney, withoutMoney] = await Promise.all([lintEmail(true), lintEmail(false)]);
    expect(withMoney.hints.some((hint) => hint.rule === 'money')).toBe(true);
    expect(withoutMoney.hints.some((hint) => hint.rule === 'money')).toBe(false);
  });

  it('uses the Date header as the send time, and --now/--interview override it', async () => {
    const eml = join(FIXTURES, 'plain.eml'); // Date: 2026-02-10T08:00Z
    const timing = async (...flags: string[]) =>
      (await lintJson([...flags, eml])).result.hints.filter((hint) => hint.rule === 'timing').length;
    const [dayAfter, monthAfterByFlag, monthAfterByHeader] = await Promise.all([
      timing('--interview', '2026-02-09T13:00:00Z'),
      timing('--interview', '2026-02-09T13:00:00Z', '--now', '2026-03-20T09:00:00Z'),
      timing('--interview', '2026-01-05T13:00:00Z'),
    ]);
    expect(dayAfter).toBe(0);
    expect(monthAfterByFlag).toBeGreaterThan(0);
    expect(monthAfterByHeader).toBeGreaterThan(0);
  });
});

describe.concurrent('followup-lint: the thread', () => {
  const reply = 'Hi Marta,\n\nThank you for meeting with me yesterday about the Logistics Coordinator role. I enjoyed hearing how your team re-plans ferry bookings when the Bergen route closes, and I would be glad to help with the TMS migration.\n\nBest regards,\nJonas\n';
  const quote = '\nOn Mon, Mar 2, 2026 at 9:12 AM Marta Jensen <marta.jensen@fjordfreight.no> wrote:\n> Hi Jonas,\n>\n> Confirming your interview on Tuesday, March 3 at 2:00 PM.\n>\n> Marta\n';

  it('reads the quoted confirmation as the thread: the plan dates the interview, and the quote is not linted', async () => {
    const { result } = await lintJson(['--to', 'marta.jensen@fjordfreight.no', '--from', 'jonas.berg@gmail.com', '--now', '2026-03-04T10:00:00-05:00', '-'], reply + quote);
    const plan = (result as unknown as { plan?: Record<string, string> }).plan;
    expect(plan).toMatchObject({ interviewAt: '2026-03-03T14:00:00-05:00', interviewFrom: 'thread', sendBy: '2026-03-05T14:00:00-05:00' });
    expect(result.hints.filter((h) => h.rule === 'timing')).toEqual([]);
    expect(result.hints.every((h) => h.start === undefined || h.start < reply.length)).toBe(true);
    const late = await lintJson(['--to', 'marta.jensen@fjordfreight.no', '--now', '2026-03-09T10:00:00-05:00', '-'], reply + quote);
    expect(late.result.hints.map((h) => h.rule)).toContain('timing');
  });
});

describe.concurrent('followup-lint: --disable', () => {
  it('removes exactly the disabled rule\'s hints', async () => {
    const { result } = await lintJson(['-'], PROBLEM_DRAFT);
    const rules = [...new Set(result.hints.map((hint) => hint.rule))];
    expect(rules.length).toBeGreaterThan(1);
    const disabled = await Promise.all(rules.map((rule) => lintJson(['--disable', rule, '-'], PROBLEM_DRAFT)));
    rules.forEach((rule, index) => {
      const { hints } = disabled[index].result;
      expect(hints.filter((hint) => hint.rule === rule)).toEqual([]);
      expect(hints.length).toBeGreaterThan(0);
    });
    const [first, second] = rules;
    const both = (await lintJson([`--disable=${first},${second}`, '-'], PROBLEM_DRAFT)).result;
    expect(both.hints.some((hint) => hint.rule === first || hint.rule === second)).toBe(false);
  });
});

describe.concurrent('followup-lint: bad usage and unreadable input exit 2 with one line', () => {
  it.each([
    ['an unknown flag', ['--frobnicate', 'x.txt']],
    ['an unknown rule', ['--disable', 'spelling', 'x.txt']],
    ['an invalid --now', ['--now', '2026-02-30T10:00:00Z', 'x.txt']],
    ['an invalid --interview', ['--interview', 'last tuesday', 'x.txt']],
    ['a bad --format', ['--format', 'xml', 'x.txt']],
    ['no FILE', []],
    ['two FILEs', ['a.txt', 'b.txt']],
    ['a flag without its value', ['x.txt', '--subject']],
  ])('%s', async (_name, args) => {
    expectOneLineError(await run(args));
  });

  it.each([
    ['a missing file', () => join(scratch, 'nope.txt'), /no such file/],
    ['a directory', () => scratch, /directory/],
    ['binary garbage', () => join(FIXTURES, 'garbage.txt'), /binary/],
    ['an e-mail cut off before its body', () => join(FIXTURES, 'truncated-headers.eml'), /no text body/],
    [
      'binary garbage named .eml',
      () => {
        const path = join(scratch, 'garbage.eml');
        writeFileSync(path, readFileSync(join(FIXTURES, 'garbage.txt')));
        return path;
      },
      /binary/,
    ],
  ])('%s', async (_name, path, message) => {
    const outcome = await run([path()]);
    expectOneLineError(outcome);
    expect(outcome.stderr).toMatch(message);
  });

  it('refuses a 50 MB file', async () => {
    const path = join(scratch, 'huge.txt');
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 'Thank you for your time. '));
    try {
      const outcome = await run([path]);
      expectOneLineError(outcome);
      expect(outcome.stderr).toMatch(/too large/);
    } finally {
      rmSync(path, { force: true });
    }
  });
});

describe.concurrent('followup-lint: big input', () => {
  it('lints a 1 MB body', async () => {
    const paragraph =
      'Thank you for meeting with me on Tuesday. I enjoyed hearing how your team re-plans ferry bookings when the ' +
      'Bergen route closes for weather, and I would be glad to share how I set up carrier scorecards.\n\n';
    const body = 'Hi Marta,\n\n' + paragraph.repeat(Math.ceil((1024 * 1024) / paragraph.length)) + 'Best,\nJonas\n';
    const path = join(scratch, 'long.txt');
    writeFileSync(path, body);
    const { run: outcome, result } = await lintJson([path]);
    expectResultShape(result);
    expectExitMatches(outcome, result);
  });
});

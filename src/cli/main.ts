// followup-lint: lints a job-interview follow-up e-mail from a file or stdin (CONTRACT.md section 3).
import { RULE_IDS } from '../engine/types';
import { version } from '../../package.json';
import { parseCommandLine, USAGE, UsageError } from './args';
import { buildDraft, buildSettings } from './draft';
import { formatJson, formatStylish, shouldUseColor } from './format';
import { InputError, readInput, type InputDraft } from './read';

const PROGRAM = 'followup-lint';

const EXIT_OK = 0;
const EXIT_LINT_ERRORS = 1;
const EXIT_USAGE = 2;

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    stream.write(text, () => resolve());
  });
}

async function main(argv: readonly string[]): Promise<number> {
  let command;
  try {
    command = parseCommandLine(argv, RULE_IDS);
  } catch (error) {
    if (error instanceof UsageError) {
      await write(process.stderr, `${PROGRAM}: ${oneLine(error.message)}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  if (command.kind === 'help') {
    await write(process.stdout, USAGE + '\n');
    return EXIT_OK;
  }
  if (command.kind === 'version') {
    await write(process.stdout, version + '\n');
    return EXIT_OK;
  }

  const { options } = command;
  let input: InputDraft;
  try {
    input = await readInput(options.file);
  } catch (error) {
    if (error instanceof InputError) {
      await write(process.stderr, `${PROGRAM}: ${oneLine(error.message)}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  for (const warning of input.warnings) await write(process.stderr, `${PROGRAM}: warning: ${oneLine(warning)}\n`);

  // Loaded only now: parsing the engine's word lists takes longer than --help, --version or a usage error should.
  const { lint } = await import('../engine/index');
  const draft = buildDraft(input, options);
  const result = lint(draft, buildSettings(options, RULE_IDS));
  const output =
    options.format === 'json'
      ? formatJson(result)
      : formatStylish(result, draft.body, input.label, shouldUseColor(process.stdout, process.env));
  await write(process.stdout, output);
  return result.hints.some((hint) => hint.severity === 'error') ? EXIT_LINT_ERRORS : EXIT_OK;
}

// A closed pipe (`followup-lint x.eml | head -1`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
});

function failInternally(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${PROGRAM}: internal error: ${oneLine(reason) || 'unknown'}\n`);
  process.exitCode = EXIT_USAGE;
}
process.on('uncaughtException', failInternally);
process.on('unhandledRejection', failInternally);

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, failInternally);

// Turns what was read and what was typed into the engine's Draft and Settings. Flags win over the e-mail's headers.
import type { Draft, Settings } from '../engine/types';
import type { CliOptions } from './args';
import type { InputDraft } from './read';

export function buildDraft(input: InputDraft, options: CliOptions): Draft {
  const draft: Draft = { body: input.body };
  const subject = options.subject ?? input.subject;
  const to = options.to.length > 0 ? options.to : input.to;
  const now = options.now ?? input.now;
  if (subject !== undefined) draft.subject = subject;
  if (to !== undefined) draft.to = to;
  if (options.interviewAt !== undefined) draft.interviewAt = options.interviewAt;
  if (now !== undefined) draft.now = now;
  if (options.notes !== undefined) draft.notes = options.notes;
  return draft;
}

export function buildSettings(options: CliOptions, ruleIds: readonly string[]): Partial<Settings> {
  if (options.disable.length === 0) return {};
  const rules: Record<string, boolean> = Object.fromEntries(ruleIds.map((id) => [id, true]));
  for (const id of options.disable) rules[id] = false;
  return { rules };
}

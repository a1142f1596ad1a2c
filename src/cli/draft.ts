// Turns what was read and what was typed into the engine's Draft and Settings. Flags win over the e-mail's headers.
import type { Draft, Settings } from '../engine/types';
import type { CliOptions } from './args';
import { splitQuotedReply, type InputDraft } from './read';
import { isoOffset } from '../engine/dates';

export function buildDraft(input: InputDraft, options: CliOptions): Draft {
  const subject = options.subject ?? input.subject;
  const to = options.to.length > 0 ? options.to : input.to;
  const now = options.now ?? input.now;
  let { body, thread } = input;
  if (thread === undefined) {
    // Quoted history under a plain body becomes the thread (CONTRACT.md section 3), dated from the send time's zone.
    const ms = now !== undefined && Number.isFinite(Date.parse(now)) ? Date.parse(now) : Date.now();
    const split = splitQuotedReply(body, ms, (now !== undefined ? isoOffset(now) : null) ?? -new Date(ms).getTimezoneOffset());
    body = split.body;
    thread = split.thread;
  }
  const draft: Draft = { body };
  if (subject !== undefined) draft.subject = subject;
  if (to !== undefined) draft.to = to;
  if (options.interviewAt !== undefined) draft.interviewAt = options.interviewAt;
  if (now !== undefined) draft.now = now;
  if (options.notes !== undefined) draft.notes = options.notes;
  const from = options.from ?? input.from;
  if (from !== undefined) draft.from = from;
  if (thread.length) draft.thread = thread;
  return draft;
}

export function buildSettings(options: CliOptions, ruleIds: readonly string[]): Partial<Settings> {
  if (options.disable.length === 0) return {};
  const rules: Record<string, boolean> = Object.fromEntries(ruleIds.map((id) => [id, true]));
  for (const id of options.disable) rules[id] = false;
  return { rules };
}

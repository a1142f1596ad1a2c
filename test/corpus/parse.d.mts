export interface CorpusSpan {
  rule: string;
  text: string;
}

export interface CorpusDraft {
  id: string;
  file: string;
  subject: string;
  to: string[];
  interviewAt: string | undefined;
  now: string | undefined;
  notes: string | undefined;
  from: string | undefined;
  /** LintResult.kind expected (follow-ups only). */
  kind: string | undefined;
  /** YYYY-MM-DD that plan.theirDate must fall on. */
  theirDate: string | undefined;
  interviewFrom: string | undefined;
  thread: { from: string; date?: string; body: string }[];
  sent: { to: string; at: string; kind?: string; text: string }[];
  /** The file labels all ten rules ("#rules: all"). */
  allRules: boolean;
  /** Rules that must fire. */
  expect: string[];
  /** Rules not scored for this draft. */
  dontcare: string[];
  followUp: boolean;
  /** Text whose first occurrence in the body a hint of `rule` must cover. */
  spans: CorpusSpan[];
  tags: string[];
  body: string;
}

export const RULE_IDS: readonly string[];
export const FIRST_RULES: readonly string[];
export const KINDS: readonly string[];
export function parseCorpus(text: string, fileName: string): CorpusDraft[];
export function assertUniqueIds(drafts: CorpusDraft[]): CorpusDraft[];
export function loadCorpus(dir: string): CorpusDraft[];

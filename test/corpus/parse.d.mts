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
export function parseCorpus(text: string, fileName: string): CorpusDraft[];
export function assertUniqueIds(drafts: CorpusDraft[]): CorpusDraft[];
export function loadCorpus(dir: string): CorpusDraft[];
export function loadOfficialExamples(repoRoot: string): CorpusDraft[];

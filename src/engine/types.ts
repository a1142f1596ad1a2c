// The public engine types (CONTRACT.md section 2). Extend, never rename.

export const RULE_IDS = ['timing', 'specificity', 'gratitude', 'tone', 'pushy', 'money', 'generic'] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';

export interface Draft {
  /** Plain text of the message body; \n between lines. */
  body: string;
  subject?: string;
  /** Recipient addresses; "Name <addr>" is accepted too. */
  to?: string[];
  /** ISO 8601 date-time of the interview, if known. */
  interviewAt?: string;
  /** ISO 8601 send time; defaults to the current time. */
  now?: string;
  /** The writer's own notes of what was discussed (topics, names, projects), one per line or comma separated. */
  notes?: string;
}

export interface Fix {
  title: string;
  /** Replacement for [start, end) of the hint; '' deletes. */
  replacement: string;
}

export interface Hint {
  rule: string;
  severity: Severity;
  message: string;
  /** UTF-16 offsets into draft.body, end exclusive; both omitted for hints about something missing. */
  start?: number;
  end?: number;
  fixes?: Fix[];
}

export interface LintResult {
  followUp: boolean;
  score: number;
  hints: Hint[];
}

export interface Settings {
  rules: Record<string, boolean>;
  /** The thank-you window in hours (the article: 24 to 48 h). */
  windowHours: number;
}

export const DEFAULT_ENGINE_SETTINGS: Settings = {
  rules: Object.fromEntries(RULE_IDS.map((id) => [id, true])),
  windowHours: 48,
};

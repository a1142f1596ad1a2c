// The public engine types (CONTRACT.md section 2). Extend, never rename.

export const RULE_IDS = ['timing', 'specificity', 'gratitude', 'tone', 'pushy', 'money', 'generic', 'subject', 'length', 'send-time'] as const;
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
  /** The writer's own address: tells the writer's messages in `thread` from theirs. */
  from?: string;
  /** Earlier messages of this conversation, oldest first. */
  thread?: ThreadMessage[];
  /** Follow-ups this user already sent (the extension's local sent log; no text). */
  sent?: SentNote[];
}

export interface ThreadMessage {
  /** An address or "Name <addr>". */
  from: string;
  /** ISO 8601. */
  date?: string;
  body: string;
}

export interface SentNote {
  to: string;
  /** ISO 8601 send time. */
  at: string;
  kind?: string;
  /** fingerprint() of the writer's own text of that note. */
  fingerprint: number[];
}

/** What a follow-up is (CONTRACT.md section 1, "Message kinds"). */
export const KINDS = ['thank-you', 'check-in', 'rejection-reply', 'withdrawal', 'other'] as const;
export type Kind = (typeof KINDS)[number];

/** What the engine knows about when to send; ISO 8601 strings. */
export interface Plan {
  interviewAt?: string;
  interviewFrom?: 'draft' | 'thread' | 'text';
  /** End of the thank-you window. */
  sendBy?: string;
  /** When they said they would decide or write. */
  theirDate?: string;
  /** The earliest good day for a status check-in. */
  checkInAfter?: string;
}

export interface Fix {
  title: string;
  /** The id of the title's message in the rule's table (extension: lets a host translate it). */
  messageId?: string;
  /** Replacement for [start, end) of the hint; '' deletes. */
  replacement: string;
  /** What the replacement is for when not the hint's span: 'subject' replaces the whole subject line. */
  target?: 'subject';
}

export interface Hint {
  rule: string;
  /** The id of the message in the rule's table (extension of the contract: tests and translations use it). */
  messageId?: string;
  severity: Severity;
  message: string;
  /** UTF-16 offsets into draft.body, end exclusive; both omitted for hints about something missing. */
  start?: number;
  end?: number;
  fixes?: Fix[];
}

export interface LintResult {
  followUp: boolean;
  kind?: Kind;
  score: number;
  hints: Hint[];
  /** A rule that threw: reported here, never silently dropped. */
  errors?: { rule: string; message: string }[];
  plan?: Plan;
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

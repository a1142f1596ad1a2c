// lint(draft, settings): analyze once, run each enabled rule, turn reports into sorted hints and a score.
import { analyze } from './analyze';
import { formatMessage } from './messages/en';
import { rules } from './rules/index';
import type { AnyRule, Report } from './rule';
import { score } from './score';
import { DEFAULT_ENGINE_SETTINGS, type Draft, type Hint, type LintResult, type Settings } from './types';

function normalizeSettings(settings: Partial<Settings> | undefined): Settings {
  const rulesOn = { ...DEFAULT_ENGINE_SETTINGS.rules };
  if (settings && typeof settings.rules === 'object' && settings.rules) {
    for (const [id, on] of Object.entries(settings.rules)) if (typeof on === 'boolean') rulesOn[id] = on;
  }
  // The contract names no key for the window; accept the obvious spellings an outside caller might use.
  const loose = (settings ?? {}) as Record<string, unknown>;
  const hours = Number(loose.windowHours ?? loose.timingWindowHours ?? loose.timingWindow ?? loose.windowHoursTiming);
  return { rules: rulesOn, windowHours: Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_ENGINE_SETTINGS.windowHours };
}

function normalizeDraft(draft: Draft): Draft {
  const d = (draft ?? {}) as Partial<Draft>;
  return {
    from: typeof d.from === 'string' ? d.from : undefined,
    thread: Array.isArray(d.thread) ? d.thread.filter((m) => m && typeof m === 'object' && typeof m.body === 'string' && typeof m.from === 'string') : undefined,
    sent: Array.isArray(d.sent) ? d.sent.filter((n) => n && typeof n === 'object' && typeof n.to === 'string' && typeof n.at === 'string' && Array.isArray(n.fingerprint)) : undefined,
    body: typeof d.body === 'string' ? d.body : String(d.body ?? ''),
    subject: typeof d.subject === 'string' ? d.subject : undefined,
    to: Array.isArray(d.to) ? d.to.filter((x): x is string => typeof x === 'string') : typeof d.to === 'string' ? [d.to] : undefined,
    interviewAt: typeof d.interviewAt === 'string' ? d.interviewAt : undefined,
    now: typeof d.now === 'string' ? d.now : undefined,
    notes: typeof d.notes === 'string' ? d.notes : undefined,
  };
}

/** Never splits a surrogate pair: moves an offset off a low surrogate. */
function safeOffset(body: string, offset: number): number {
  const o = Math.max(0, Math.min(body.length, offset));
  const code = body.charCodeAt(o);
  return o > 0 && o < body.length && code >= 0xdc00 && code <= 0xdfff ? o - 1 : o;
}

export function compareHints(x: Hint, y: Hint): number {
  return (x.start ?? -1) - (y.start ?? -1) || (x.rule < y.rule ? -1 : x.rule > y.rule ? 1 : 0) || (x.end ?? -1) - (y.end ?? -1) || (x.message < y.message ? -1 : x.message > y.message ? 1 : 0);
}

/** Called with every rule error lint() reports (tests install one that fails the test). */
export type RuleErrorListener = (error: { rule: string; message: string; cause: unknown }) => void;
let ruleErrorListener: RuleErrorListener | null = null;

/** Sets (or, with null, removes) the listener told of every rule error; returns the previous one. */
export function onRuleError(listener: RuleErrorListener | null): RuleErrorListener | null {
  const previous = ruleErrorListener;
  ruleErrorListener = listener;
  return previous;
}

function describeError(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : String(cause);
  return text.split('\n')[0].slice(0, 300) || 'unknown error';
}

/** The hints of one rule's reports, with messages and fix titles from the message table (which throws on a bad id). */
function hintsOf(rule: AnyRule, reports: Report[], body: string): Hint[] {
  const id = rule.meta.id;
  const out: Hint[] = [];
  for (const r of reports) {
    const hint: Hint = { rule: id, messageId: r.messageId, severity: r.severity ?? rule.meta.severity, message: formatMessage(id, r.messageId, r.data) };
    if (typeof r.start === 'number' && typeof r.end === 'number') {
      const start = safeOffset(body, r.start);
      const end = safeOffset(body, r.end);
      if (end <= start) continue;
      hint.start = start;
      hint.end = end;
      if (r.fixes?.length) {
        hint.fixes = r.fixes.map((f) => ({
          title: formatMessage(id, f.messageId, { text: body.slice(start, end), ...r.data, ...f.data, replacement: f.replacement }),
          replacement: f.replacement,
          messageId: f.messageId,
        }));
      }
    } else {
      // A hint about something missing has no span; only a fix with its own target (a new subject line) fits it.
      const targeted = r.fixes?.filter((f) => f.target);
      if (targeted?.length) {
        hint.fixes = targeted.map((f) => ({
          title: formatMessage(id, f.messageId, { ...r.data, ...f.data, replacement: f.replacement }),
          replacement: f.replacement,
          messageId: f.messageId,
          target: f.target,
        }));
      }
    }
    out.push(hint);
  }
  return out;
}

export function lint(draft: Draft, settings?: Partial<Settings>): LintResult {
  const errors: { rule: string; message: string }[] = [];
  const fail = (rule: string, cause: unknown) => {
    const error = { rule, message: describeError(cause) };
    errors.push(error);
    try {
      ruleErrorListener?.({ ...error, cause });
    } catch {
      // A listener's own failure must not break lint().
    }
  };
  let d: Draft;
  let s: Settings;
  let analysis;
  try {
    d = normalizeDraft(draft);
    s = normalizeSettings(settings);
    analysis = analyze(d, s);
  } catch (cause) {
    fail('engine', cause);
    return { followUp: false, score: 100, hints: [], errors };
  }
  const hints: Hint[] = [];
  for (const rule of rules) {
    if (!s.rules[rule.meta.id]) continue;
    if (rule.meta.followUpOnly && !analysis.followUp) continue;
    try {
      hints.push(...hintsOf(rule, rule.check(analysis), d.body));
    } catch (cause) {
      fail(rule.meta.id, cause);
    }
  }
  hints.sort(compareHints);
  const result: LintResult = { followUp: analysis.followUp, score: score(hints), hints };
  if (analysis.followUp) {
    result.kind = analysis.kind;
    if (Object.keys(analysis.schedule.plan).length) result.plan = analysis.schedule.plan;
  }
  if (errors.length) result.errors = errors;
  return result;
}

// lint(draft, settings): analyze once, run each enabled rule, turn reports into sorted hints and a score.
import { analyze } from './analyze';
import { formatMessage } from './messages/en';
import { rules } from './rules/index';
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

export function lint(draft: Draft, settings?: Partial<Settings>): LintResult {
  const d = normalizeDraft(draft);
  const s = normalizeSettings(settings);
  let analysis;
  try {
    analysis = analyze(d, s);
  } catch {
    return { followUp: false, score: 100, hints: [] };
  }
  const hints: Hint[] = [];
  for (const rule of rules) {
    if (!s.rules[rule.meta.id]) continue;
    if (rule.meta.followUpOnly && !analysis.followUp) continue;
    let reports;
    try {
      reports = rule.check(analysis);
    } catch {
      continue;
    }
    for (const r of reports) {
      const hint: Hint = { rule: rule.meta.id, severity: r.severity ?? rule.meta.severity, message: formatMessage(r.messageId, r.data) };
      if (typeof r.start === 'number' && typeof r.end === 'number') {
        const start = safeOffset(d.body, r.start);
        const end = safeOffset(d.body, r.end);
        if (end <= start) continue;
        hint.start = start;
        hint.end = end;
        if (r.fixes?.length) hint.fixes = r.fixes.map((f) => ({ title: f.title, replacement: f.replacement }));
      }
      hints.push(hint);
    }
  }
  hints.sort(compareHints);
  return { followUp: analysis.followUp, score: score(hints), hints };
}

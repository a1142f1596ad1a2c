// The corpus target as a test: each rule and the follow-up classifier keep F1 >= 0.95 on test/corpus (npm run eval
// prints the full table and every miss).
import { describe, expect, it } from 'vitest';
import { fingerprint, lint, RULE_IDS } from '../../src/engine/index';
import type { Draft } from '../../src/engine/types';
import { loadCorpus } from '../corpus/parse.mjs';

const TARGET = 0.95;

describe('the labeled corpus', async () => {
  const drafts = await loadCorpus(new URL('../corpus/', import.meta.url).pathname);
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (key: string, field: 'tp' | 'fp' | 'fn') => {
    const c = counts.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    c[field]++;
    counts.set(key, c);
  };
  for (const d of drafts) {
    // As the eval does: the thread as it is, the sent log as fingerprints (never the text).
    const draft: Draft = { body: d.body, subject: d.subject, to: d.to, from: d.from, interviewAt: d.interviewAt, now: d.now, notes: d.notes };
    if (d.thread.length) draft.thread = d.thread;
    if (d.sent.length) draft.sent = d.sent.map((n) => ({ to: n.to, at: n.at, kind: n.kind, fingerprint: fingerprint(n.text) }));
    const result = lint(draft);
    if (result.followUp && d.followUp) bump('followUp', 'tp');
    else if (result.followUp) bump('followUp', 'fp');
    else if (d.followUp) bump('followUp', 'fn');
    const fired = new Set(result.hints.map((h) => h.rule));
    for (const rule of RULE_IDS) {
      if (d.dontcare.includes(rule)) continue;
      const want = d.expect.includes(rule);
      if (want && fired.has(rule)) bump(rule, 'tp');
      else if (fired.has(rule)) bump(rule, 'fp');
      else if (want) bump(rule, 'fn');
    }
  }
  for (const key of [...RULE_IDS, 'followUp']) {
    it(`${key}: F1 >= ${TARGET}`, () => {
      const { tp, fp, fn } = counts.get(key) ?? { tp: 0, fp: 0, fn: 0 };
      expect(tp).toBeGreaterThan(0);
      const f1 = (2 * tp) / (2 * tp + fp + fn);
      expect(f1).toBeGreaterThanOrEqual(TARGET);
    });
  }
});

// Every rule has its registry entry, its docs and its table of tests; the docs' examples are run (ESLint's checkRuleFiles).
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, rules, RULE_IDS } from '../../src/engine/index';
import { en } from '../../src/engine/messages/en';
import { docExamples } from './draftBlock';

const root = new URL('../../', import.meta.url);

describe('rule registry', () => {
  it('holds exactly the contract rule ids, sorted', () => {
    const ids = rules.map((r) => r.meta.id);
    expect([...ids].sort()).toEqual([...RULE_IDS].sort());
    expect(ids).toEqual([...ids].sort());
  });

  for (const id of RULE_IDS) {
    it(`${id} has a rule file, docs and a test file`, () => {
      expect(existsSync(new URL(`src/engine/rules/${id}.ts`, root))).toBe(true);
      expect(existsSync(new URL(`src/engine/rules/${id}.md`, root))).toBe(true);
      expect(existsSync(new URL(`test/engine/rules/${id}.test.ts`, root))).toBe(true);
    });
  }

  it('every message is one sentence or a fix title, and every message id a rule names exists', () => {
    for (const [rule, table] of Object.entries(en)) {
      expect(RULE_IDS).toContain(rule);
      for (const [id, text] of Object.entries(table as Record<string, string>)) {
        if (id.startsWith('fix')) expect(text.trim().endsWith('.'), `${rule}/${id} is a title, not a sentence`).toBe(false);
        else expect(text.trim().endsWith('.') || text.trim().endsWith('?'), `${rule}/${id}`).toBe(true);
      }
    }
    for (const id of RULE_IDS) {
      const src = readFileSync(new URL(`src/engine/rules/${id}.ts`, root), 'utf8');
      const table = (en as Record<string, Record<string, string>>)[id] ?? {};
      for (const m of src.matchAll(/messageId: '([^']+)'/g)) expect(table[m[1]], `${id}/${m[1]}`).toBeTypeOf('string');
    }
  });
});

for (const id of RULE_IDS) {
  describe(`docs of ${id}`, () => {
    const examples = docExamples(readFileSync(new URL(`src/engine/rules/${id}.md`, root), 'utf8'));
    it('has incorrect and correct examples', () => {
      expect(examples.incorrect.length).toBeGreaterThan(0);
      expect(examples.correct.length).toBeGreaterThan(0);
    });
    examples.incorrect.forEach((draft, i) => {
      it(`incorrect example ${i + 1} fires ${id}`, () => {
        expect(lint(draft).hints.some((h) => h.rule === id)).toBe(true);
      });
    });
    examples.correct.forEach((draft, i) => {
      it(`correct example ${i + 1} is silent for ${id}`, () => {
        const result = lint(draft);
        expect(result.followUp).toBe(true);
        expect(result.hints.filter((h) => h.rule === id)).toEqual([]);
      });
    });
  });
}

#!/usr/bin/env node
// npm run train: learns the classifier's weights (follow-up or not, and which kind) from the labelled corpus and the
// holdouts that already served tuning, and writes src/engine/data/model.json. Deterministic: the same corpus gives the
// same file. Blind holdouts are never read. `--cv` prints a five-fold cross-validation instead of writing.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadCorpus } from './parse.mjs';
import { loadProbes, probeDraft } from './probe.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const learn = await import(pathToFileURL(resolve(root, 'dist', 'learn.mjs')).href);

/** The corpus and the holdouts used for tuning (see HOLDOUTS in eval.mjs); never a blind one. */
export const TRAINING_SETS = ['.', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6'];
const KIND_CLASSES = ['not', 'thank-you', 'check-in', 'rejection-reply', 'withdrawal', 'other'];
export const POINT_OPTIONS = { epochs: 30, rate: 0.2, l2: 1e-4, prune: 0.1, seed: 5, minCount: 3 };
export const KIND_OPTIONS = { epochs: 20, rate: 0.05, l2: 1e-3, prune: 0.05, seed: 11, minCount: 6 };

function input(d) {
  const draft = { body: d.body, subject: d.subject, to: d.to };
  for (const key of ['from', 'interviewAt', 'now', 'notes']) if (d[key] !== undefined) draft[key] = d[key];
  if (d.thread.length) draft.thread = d.thread;
  return draft;
}

function kindExamples(drafts) {
  return drafts
    .filter((d) => !d.followUp || d.kind)
    .map((d) => ({ id: d.id, features: learn.kindFeatures(input(d)), label: KIND_CLASSES.indexOf(d.followUp ? d.kind : 'not') }));
}

function accuracy(model, examples) {
  let right = 0;
  let fuRight = 0;
  for (const ex of examples) {
    const p = learn.probabilities(model, ex.features);
    const followUp = p[0] < 0.5;
    let k = 1;
    for (let i = 2; i < p.length; i++) if (p[i] > p[k]) k = i;
    const label = followUp ? k : 0;
    if (label === ex.label) right++;
    if (followUp === (ex.label !== 0)) fuRight++;
  }
  return { kind: right / examples.length, followUp: fuRight / examples.length };
}

/**
 * Discussion points: the specificity sentences (each in the probe letter), and as non-points every sentence of the
 * drafts labelled as having none (their letters are exactly what the rule must see through).
 */
function pointExamples(drafts) {
  const out = [];
  // Each line also appears after thanks for the meeting, as real letters open ("Thank you for yesterday and for …"), so
  // that the model learns the point from its words, not from how the sentence starts.
  const OPENERS = ['Thank you for meeting with me yesterday, and ', 'Thanks again for the interview; ', 'I appreciated our conversation, and '];
  loadProbes('specificity').forEach(({ label, text }, i) => {
    const opened = OPENERS[i % OPENERS.length] + text[0].toLowerCase() + text.slice(1);
    for (const variant of [text, opened]) {
      const sentence = learn.pointFeaturesOf(probeDraft('specificity', variant)).find((s) => s.text.includes(variant) || variant.includes(s.text));
      if (sentence) out.push({ features: sentence.features, label: label === 'point' ? 1 : 0, group: `tsv${i}` });
    }
  });
  for (const d of drafts) {
    if (!d.followUp || !d.expect.includes('specificity')) continue;
    for (const s of learn.pointFeaturesOf(input(d))) out.push({ features: s.features, label: 0, group: d.id });
  }
  return out;
}

function hashGroup(text) {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

function binaryScores(model, examples, threshold = 0.5) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const ex of examples) {
    const fired = 1 - learn.probabilities(model, ex.features)[0] >= threshold;
    if (fired && ex.label) tp++;
    else if (fired) fp++;
    else if (ex.label) fn++;
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

const drafts = TRAINING_SETS.flatMap((set) => loadCorpus(resolve(here, set)));
const examples = kindExamples(drafts);
const points = pointExamples(drafts);

if (process.argv.includes('--cv')) {
  const folds = 5;
  let kind = 0;
  let followUp = 0;
  for (let f = 0; f < folds; f++) {
    const train = examples.filter((_, i) => i % folds !== f);
    const test = examples.filter((_, i) => i % folds === f);
    const a = accuracy(learn.train(KIND_CLASSES, train, KIND_OPTIONS), test);
    kind += a.kind / folds;
    followUp += a.followUp / folds;
  }
  console.log(`kind model, ${examples.length} drafts, 5-fold: kind accuracy ${kind.toFixed(3)}, follow-up accuracy ${followUp.toFixed(3)}`);
  for (const threshold of [0.3, 0.5, 0.7]) {
    let precision = 0;
    let recall = 0;
    for (let f = 0; f < folds; f++) {
      // Folds by group: a sentence and its variant with an opener, or the sentences of one draft, stay together.
      const inFold = (ex) => hashGroup(ex.group) % folds === f;
      const model = learn.train(['none', 'point'], points.filter((ex) => !inFold(ex)), POINT_OPTIONS);
      const s = binaryScores(model, points.filter(inFold), threshold);
      precision += s.precision / folds;
      recall += s.recall / folds;
    }
    console.log(`point model, ${points.length} sentences, 5-fold at ${threshold}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
  }
} else {
  const kind = learn.train(KIND_CLASSES, examples, KIND_OPTIONS);
  const point = learn.train(['none', 'point'], points, POINT_OPTIONS);
  const out = resolve(root, 'src', 'engine', 'data', 'model.json');
  writeFileSync(out, `${JSON.stringify({ kind, point })}\n`);
  console.log(`point model from ${points.length} sentences (${Object.keys(point.weights).length} features)`);
  const a = accuracy(kind, examples);
  console.log(`wrote ${out}: kind model from ${examples.length} drafts (${Object.keys(kind.weights).length} features); training accuracy kind ${a.kind.toFixed(3)}, follow-up ${a.followUp.toFixed(3)}`);
}

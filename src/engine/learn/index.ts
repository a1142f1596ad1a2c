// What the trainer (test/corpus/train.mjs) needs from the engine, bundled as dist/learn.mjs by `node build.mjs --engine-only`.
export { sentenceFeatures, featureWords } from './features';
export { probabilities, predict, type Model } from './model';
export { train, DEFAULT_TRAIN, type Example, type TrainOptions } from './train';
export { layout } from '../text/segment';
import { analyze } from '../analyze';
import { draftFeatures } from '../classify';
import { isDiscussionPoint, pointFeatures, specificWordsOf } from '../rules/specificity';
import { DEFAULT_ENGINE_SETTINGS, type Draft } from '../types';

/** The classifier's features of a draft, exactly as lint() computes them. */
export function kindFeatures(draft: Draft): string[] {
  return draftFeatures(analyze(draft, DEFAULT_ENGINE_SETTINGS).classifyInput);
}

/** The discussion-point model's features of each sentence of a draft's letter, as the specificity rule computes them. */
export function pointFeaturesOf(draft: Draft): { text: string; features: string[] }[] {
  const a = analyze(draft, DEFAULT_ENGINE_SETTINGS);
  return a.content.filter((s) => s.region === 'content').map((s) => ({ text: s.text, features: pointFeatures(a, s) }));
}

/** Why the specificity rule sees each sentence as it does (for tuning by hand). */
export function explainPoints(draft: Draft): { text: string; point: boolean; specific: string[]; features: string[] }[] {
  const a = analyze(draft, DEFAULT_ENGINE_SETTINGS);
  return a.content
    .filter((s) => s.region === 'content')
    .map((s) => ({ text: s.text, point: isDiscussionPoint(a, s), specific: specificWordsOf(a, s), features: pointFeatures(a, s).filter((f) => f.startsWith('#')) }));
}

// A learned scorer: multinomial logistic regression over sparse features (features.ts). The weights are data
// (src/engine/data/model.json), written by `npm run train` from the corpus; nothing is learned or downloaded at run time.

export interface Model {
  /** classes[0] is "none": the sentence (or draft) has nothing this model looks for. */
  classes: string[];
  bias: number[];
  /** feature → [classIndex, weight, classIndex, weight, …] (only the weights that matter). */
  weights: Record<string, number[]>;
}

/** Class probabilities for a set of features (each feature counted once). */
export function probabilities(model: Model, features: readonly string[]): number[] {
  const z = [...model.bias];
  for (const f of features) {
    const w = model.weights[f];
    if (!w) continue;
    for (let i = 0; i < w.length; i += 2) z[w[i]] += w[i + 1];
  }
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

export interface Prediction {
  /** The most likely class other than "none". */
  label: string;
  /** 1 − P(none): how sure the model is that the sentence is any of its classes. */
  score: number;
}

export function predict(model: Model, features: readonly string[]): Prediction {
  const p = probabilities(model, features);
  let best = 1;
  for (let i = 2; i < p.length; i++) if (p[i] > p[best]) best = i;
  return { label: model.classes[best] ?? 'none', score: 1 - p[0] };
}

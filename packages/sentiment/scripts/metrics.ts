/** Precision, recall and F1 of one class, with its number of true members. */
export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  n: number;
}

export interface Scores {
  n: number;
  accuracy: number;
  classes: Record<string, ClassScores>;
}

/** Accuracy and per-class precision, recall and F1 of predicted against true labels. */
export function scores<L extends string>(pairs: readonly { truth: L; predicted: L }[], classes: readonly L[]): Scores {
  const result: Scores = {
    n: pairs.length,
    accuracy: pairs.filter((p) => p.truth === p.predicted).length / pairs.length,
    classes: {},
  };
  for (const label of classes) {
    const truePositives = pairs.filter((p) => p.truth === label && p.predicted === label).length;
    const predicted = pairs.filter((p) => p.predicted === label).length;
    const actual = pairs.filter((p) => p.truth === label).length;
    const precision = predicted === 0 ? 0 : truePositives / predicted;
    const recall = actual === 0 ? 0 : truePositives / actual;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    result.classes[label] = { precision, recall, f1, n: actual };
  }
  return result;
}

/** One line per figure, for a terminal and for pasting into the docs. */
export function formatScores(title: string, s: Scores): string {
  const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const lines = [`${title}: accuracy ${percent(s.accuracy)} (n = ${s.n})`];
  for (const [label, c] of Object.entries(s.classes)) {
    lines.push(
      `  ${label.padEnd(8)} precision ${percent(c.precision)}  recall ${percent(c.recall)}  F1 ${percent(c.f1)}  (n = ${c.n})`,
    );
  }
  return lines.join('\n');
}

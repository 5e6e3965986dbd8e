/**
 * Logistic regression: applying a learned model, and fitting one (L2-regularised Newton
 * iterations). Pure and deterministic, so the learner (`npm run learn`) and the engine
 * share one definition of the model.
 */

/** A linear model over named inputs: p = σ(bias + Σ weight·value). */
export interface LogisticModel {
  /** Input names, in the order of `weights`. */
  readonly inputs: ReadonlyArray<string>;
  /** One weight per input. */
  readonly weights: ReadonlyArray<number>;
  /** The intercept. */
  readonly bias: number;
}

/** The model's log-odds for one input vector. */
export function logOdds(model: LogisticModel, values: ArrayLike<number>): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) {
    z += (model.weights[i] as number) * (values[i] as number);
  }
  return z;
}

/** The logistic function. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Training data: one row of values per example, a 0/1 label and a weight for each. */
export interface TrainingSet {
  readonly rows: ReadonlyArray<ArrayLike<number>>;
  readonly labels: ReadonlyArray<number>;
  readonly weights?: ReadonlyArray<number>;
}

/**
 * Fits a logistic model by Newton's method with an L2 penalty on the weights (not the
 * bias). Inputs are standardised internally (weighted, so an example of weight 2 counts as
 * two), so the penalty treats them alike, and the result is expressed on the original scale.
 */
export function fitLogistic(
  inputs: ReadonlyArray<string>,
  data: TrainingSet,
  l2 = 1,
  iterations = 50,
): LogisticModel {
  const d = inputs.length;
  const n = data.rows.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  const weightOf = (i: number): number => data.weights?.[i] ?? 1;
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += weightOf(i);
  }
  data.rows.forEach((row, i) => {
    for (let j = 0; j < d; j++) {
      mean[j] = (mean[j] as number) + (weightOf(i) * (row[j] as number)) / total;
    }
  });
  data.rows.forEach((row, i) => {
    for (let j = 0; j < d; j++) {
      scale[j] =
        (scale[j] as number) +
        (weightOf(i) * ((row[j] as number) - (mean[j] as number)) ** 2) / total;
    }
  });
  for (let j = 0; j < d; j++) {
    scale[j] = Math.sqrt(scale[j] as number) || 1;
  }
  const x = data.rows.map((row) => {
    const out = new Float64Array(d + 1);
    for (let j = 0; j < d; j++) {
      out[j] = ((row[j] as number) - (mean[j] as number)) / (scale[j] as number);
    }
    out[d] = 1;
    return out;
  });
  const beta = new Float64Array(d + 1);
  for (let it = 0; it < iterations; it++) {
    const grad = new Float64Array(d + 1);
    const hess = Array.from({ length: d + 1 }, () => new Float64Array(d + 1));
    for (let i = 0; i < n; i++) {
      const xi = x[i] as Float64Array;
      const w = data.weights?.[i] ?? 1;
      let z = 0;
      for (let j = 0; j <= d; j++) {
        z += (beta[j] as number) * (xi[j] as number);
      }
      const p = sigmoid(z);
      const g = w * (p - (data.labels[i] as number));
      const h = w * p * (1 - p);
      for (let j = 0; j <= d; j++) {
        grad[j] = (grad[j] as number) + g * (xi[j] as number);
        const row = hess[j] as Float64Array;
        for (let k = 0; k <= j; k++) {
          row[k] = (row[k] as number) + h * (xi[j] as number) * (xi[k] as number);
        }
      }
    }
    for (let j = 0; j <= d; j++) {
      const row = hess[j] as Float64Array;
      for (let k = 0; k < j; k++) {
        (hess[k] as Float64Array)[j] = row[k] as number;
      }
      if (j < d) {
        grad[j] = (grad[j] as number) + l2 * (beta[j] as number);
        row[j] = (row[j] as number) + l2;
      }
      row[j] = (row[j] as number) + 1e-9;
    }
    const step = solve(hess, grad);
    let size = 0;
    for (let j = 0; j <= d; j++) {
      beta[j] = (beta[j] as number) - (step[j] as number);
      size = Math.max(size, Math.abs(step[j] as number));
    }
    if (size < 1e-8) {
      break;
    }
  }
  const weights = inputs.map((_, j) => (beta[j] as number) / (scale[j] as number));
  const bias = (beta[d] as number) - weights.reduce((s, w, j) => s + w * (mean[j] as number), 0);
  return { inputs: [...inputs], weights: weights.map(round6), bias: round6(bias) };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Solves a small dense symmetric positive-definite system by Gaussian elimination. */
function solve(matrix: ReadonlyArray<Float64Array>, rhs: Float64Array): Float64Array {
  const n = rhs.length;
  const a: Float64Array[] = matrix.map((row, i) => {
    const out = new Float64Array(n + 1);
    out.set(row);
    out[n] = rhs[i] as number;
    return out;
  });
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) {
      if (
        Math.abs((a[r] as Float64Array)[col] as number) >
        Math.abs((a[pivot] as Float64Array)[col] as number)
      ) {
        pivot = r;
      }
    }
    const swap = a[col] as Float64Array;
    a[col] = a[pivot] as Float64Array;
    a[pivot] = swap;
    const p = a[col] as Float64Array;
    const diag = (p[col] as number) || 1e-12;
    for (let r = col + 1; r < n; r++) {
      const row = a[r] as Float64Array;
      const f = (row[col] as number) / diag;
      if (f !== 0) {
        for (let c = col; c <= n; c++) {
          row[c] = (row[c] as number) - f * (p[c] as number);
        }
      }
    }
  }
  const out = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    const row = a[r] as Float64Array;
    let s = row[n] as number;
    for (let c = r + 1; c < n; c++) {
      s -= (row[c] as number) * (out[c] as number);
    }
    out[r] = s / ((row[r] as number) || 1e-12);
  }
  return out;
}

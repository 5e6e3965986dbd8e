import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../util/random';
import { fitLogistic, logOdds, sigmoid } from './logistic';

describe('sigmoid and logOdds', () => {
  it('should apply weights and bias, and map log-odds to probabilities', () => {
    const model = { inputs: ['a', 'b'], weights: [2, -1], bias: 0.5 };
    expect(logOdds(model, [1, 3])).toBeCloseTo(-0.5, 12);
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(10)).toBeGreaterThan(0.9999);
    expect(sigmoid(-10)).toBeLessThan(0.0001);
  });
});

describe('fitLogistic', () => {
  it('should recover the weights that generated the labels (seeded)', () => {
    const random = mulberry32(11);
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let i = 0; i < 4000; i++) {
      const x = [random() * 4 - 2, random() * 4 - 2];
      const p = sigmoid(1.5 * x[0]! - 2 * x[1]! + 0.5);
      rows.push(x);
      labels.push(random() < p ? 1 : 0);
    }
    const model = fitLogistic(['a', 'b'], { rows, labels }, 0.01);
    expect(model.weights[0]).toBeCloseTo(1.5, 0);
    expect(model.weights[1]).toBeCloseTo(-2, 0);
    expect(model.bias).toBeCloseTo(0.5, 0);
  });

  it('should count weighted examples as repeated ones', () => {
    const rows = [[0], [1], [1], [2]];
    const twice = fitLogistic(['x'], { rows: [...rows, [1]], labels: [0, 1, 0, 1, 1] }, 0.1);
    const weighted = fitLogistic(['x'], { rows, labels: [0, 1, 0, 1], weights: [1, 2, 1, 1] }, 0.1);
    expect(weighted.weights[0]).toBeCloseTo(twice.weights[0]!, 4);
    expect(weighted.bias).toBeCloseTo(twice.bias, 4);
  });

  it('should shrink the weights as the penalty grows, and stay finite on separable data', () => {
    const rows = [[0], [1], [2], [3]];
    const labels = [0, 0, 1, 1];
    const light = fitLogistic(['x'], { rows, labels }, 0.1);
    const heavy = fitLogistic(['x'], { rows, labels }, 10);
    expect(Number.isFinite(light.weights[0]!)).toBe(true);
    expect(Math.abs(heavy.weights[0]!)).toBeLessThan(Math.abs(light.weights[0]!));
  });
});

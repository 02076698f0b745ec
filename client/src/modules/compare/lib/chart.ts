/** Pure geometry for the price chart: where to sample, and where two priced lines cross. */

/** A round upper bound for the axis: twice the visitor's figure (or 100,000), up to 1, 2 or 5 x 10^n. */
export function axisMax(figure: number | null): number {
  const target = figure && figure > 0 ? figure * 2 : 100_000;
  const power = 10 ** Math.floor(Math.log10(target));
  for (const step of [1, 2, 5, 10]) if (step * power >= target) return step * power;
  return 10 * power;
}

/** `count` evenly spaced sample points from 0 to max, as the decimal strings the API takes. */
export function samplePoints(max: number, count = 9): string[] {
  return Array.from({ length: count }, (_, i) => String(Math.round((max * i) / (count - 1))));
}

export interface Series {
  key: string;
  name: string;
  /** y per sample; null where the server gave no price. */
  values: (number | null)[];
}

export interface Crossing {
  x: number;
  y: number;
  between: [string, string];
}

/**
 * Where two series change order between neighbouring samples (not where they merely touch
 * at the start, as every percent plan does at 0). Positions are for drawing only; the prices
 * shown in words are the server's.
 */
export function crossings(xs: number[], series: Series[]): Crossing[] {
  const found: Crossing[] = [];
  for (let a = 0; a < series.length; a++) {
    for (let b = a + 1; b < series.length; b++) {
      for (let i = 1; i < xs.length; i++) {
        const [a0, a1, b0, b1] = [series[a].values[i - 1], series[a].values[i], series[b].values[i - 1], series[b].values[i]];
        if (a0 === null || a1 === null || b0 === null || b1 === null) continue;
        const d0 = a0 - b0;
        const d1 = a1 - b1;
        if (d0 === 0 || d1 === 0 || Math.sign(d0) === Math.sign(d1)) continue;
        const t = d0 / (d0 - d1);
        found.push({ x: xs[i - 1] + t * (xs[i] - xs[i - 1]), y: a0 + t * (a1 - a0), between: [series[a].name, series[b].name] });
      }
    }
  }
  return found;
}

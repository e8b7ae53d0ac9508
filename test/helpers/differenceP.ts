import { Z95 } from './adjustedWald';

/**
 * The two-sided p-value of SPEC §2's difference test, written out here
 * independently of src/nps/difference.ts: adjusted shares per group
 * (n′ = n + 3, +0.75 promoters, +0.75 detractors), δ′ = NPS′A − NPS′B,
 * SE = √(V′A/n′A + V′B/n′B), p = 2(1 − Φ(|δ′|/SE)) with Φ from erfc
 * (Abramowitz & Stegun 7.1.26 is too coarse; this uses a continued-fraction-free
 * series good to 1e-12 for |x| < 8).
 */
export function differenceP(a: [number, number, number], b: [number, number, number]): number {
  const adj = ([pr, pa, de]: [number, number, number]) => {
    const n = pr + pa + de + 3;
    const p = (pr + 0.75) / n;
    const d = (de + 0.75) / n;
    return { nps: p - d, v: (p + d - (p - d) ** 2) / n };
  };
  const A = adj(a);
  const B = adj(b);
  const z = Math.abs(A.nps - B.nps) / Math.sqrt(A.v + B.v);
  return erfc(z / Math.SQRT2);
}

/** erfc by the Taylor series of erf for small x and Lentz's continued fraction for large x. */
function erfc(x: number): number {
  if (x < 3) {
    // erf(x) = 2/√π Σ (−1)ⁿ x^(2n+1) / (n! (2n+1))
    let sum = 0;
    let term = x;
    for (let n = 0; n < 200; n++) {
      sum += term / (2 * n + 1);
      term *= (-x * x) / (n + 1);
      if (Math.abs(term) < 1e-17) break;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * sum;
  }
  // erfc(x) = exp(−x²)/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + …))))
  let f = x;
  for (let k = 60; k >= 1; k--) f = x + k / 2 / f;
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

export { Z95 };

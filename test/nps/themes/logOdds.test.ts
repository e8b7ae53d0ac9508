import { logOddsZ, priorShare } from '../../../src/nps/themes/logOdds';
import { findThemes } from '../../../src/nps/themes/findThemes';
import { adjustedWald } from '../../helpers/adjustedWald';

/**
 * Monroe, Colaresi & Quinn (2008), eq. 15–20, written out by hand, with both
 * terms of each log-odds in σ²:
 * δ = ln((y_d + α_w) / (n_d + α0 − y_d − α_w)) − ln((y_p + α_w) / (n_p + α0 − y_p − α_w)),
 * σ² = 1/(y_d + α_w) + 1/(n_d + α0 − y_d − α_w) + 1/(y_p + α_w) + 1/(n_p + α0 − y_p − α_w), z = δ/σ.
 */
function monroeZ(yD: number, yP: number, nD: number, nP: number, alphaW: number, alpha0: number): number {
  const a = yD + alphaW;
  const b = nD + alpha0 - yD - alphaW;
  const c = yP + alphaW;
  const d = nP + alpha0 - yP - alphaW;
  return (Math.log(a / b) - Math.log(c / d)) / Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
}

describe('logOddsZ', () => {
  test('equals the Monroe formula with α0 = c·n and α_w = c·y_w', () => {
    // "slow": said by 8 of 40 detractors, 1 of 50 promoters, 10 of all 120 responses; c = 0.5 → α0 = 60, α_w = 5.
    // δ = ln(13/87) − ln(6/104) = −1.900959 + 2.852631 = 0.951673;
    // σ² = 1/13 + 1/87 + 1/6 + 1/104 = 0.076923 + 0.011494 + 0.166667 + 0.009615 = 0.264699; z = 0.951673 / 0.514489 = 1.84974.
    expect(logOddsZ({ detractors: 8, promoters: 1, all: 10 }, { detractors: 40, promoters: 50, all: 120 }, 0.5)).toBeCloseTo(1.84974, 4);
    expect(logOddsZ({ detractors: 8, promoters: 1, all: 10 }, { detractors: 40, promoters: 50, all: 120 }, 0.5)).toBeCloseTo(monroeZ(8, 1, 40, 50, 5, 60), 12);
  });

  test('is antisymmetric: swapping the sides flips the sign', () => {
    const z = logOddsZ({ detractors: 3, promoters: 9, all: 14 }, { detractors: 30, promoters: 60, all: 110 }, 0.25);
    const swapped = logOddsZ({ detractors: 9, promoters: 3, all: 14 }, { detractors: 60, promoters: 30, all: 110 }, 0.25);
    expect(z).toBeLessThan(0);
    expect(swapped).toBeCloseTo(-z, 12);
  });

  test('is 0 for a term said in the same share by both sides', () => {
    expect(logOddsZ({ detractors: 4, promoters: 8, all: 15 }, { detractors: 40, promoters: 80, all: 150 }, 0.25)).toBeCloseTo(0, 12);
  });

  test('is 0, not infinite, when the corpus has a single term', () => {
    expect(logOddsZ({ detractors: 3, promoters: 3, all: 6 }, { detractors: 3, promoters: 3, all: 6 }, 1)).toBe(0);
  });

  test('the prior weighs 0.35 of the mentions up to 700 responses, all of them from 2,000', () => {
    expect(priorShare(30)).toBe(0.35);
    expect(priorShare(700)).toBe(0.35);
    expect(priorShare(1000)).toBe(0.5);
    expect(priorShare(2000)).toBe(1);
    expect(priorShare(5000)).toBe(1);
  });
});

describe('findThemes on a tiny corpus, by hand', () => {
  // 8 detractors "Slow", 2 detractors "price", 1 passive "slow", 10 promoters "Great", 2 promoters "price".
  const comments = [...Array(8).fill('Slow'), 'price', 'price', 'slow', ...Array(10).fill('Great'), 'price', 'price'];
  const scores = [0, 1, 2, 3, 4, 5, 6, 6, 3, 5, 7, 9, 10, 9, 10, 9, 10, 9, 10, 9, 10, 9, 10];
  const result = findThemes(comments, scores);

  test('lists "slow" and "great" with z from the Monroe formula, not "price"', () => {
    // 23 responses → c = 0.35. n_d = 10 detractors, n_p = 12 promoters, n = 23 responses; α0 = 8.05.
    // slow:  y_d = 8, y_p = 0, y_w = 9,  α_w = 3.15: δ = ln(11.15/6.9) − ln(3.15/16.9) = 0.479918 + 1.679911 = 2.159829,
    //        σ² = 1/11.15 + 1/6.9 + 1/3.15 + 1/16.9 = 0.611246, z = 2.159829 / 0.781822 = 2.76256.
    // great: y_d = 0, y_p = 10, y_w = 10, α_w = 3.5: δ = ln(3.5/14.55) − ln(13.5/6.55) = −1.424828 − 0.723225 = −2.148053,
    //        σ² = 1/3.5 + 1/14.55 + 1/13.5 + 1/6.55 = 0.581189, z = −2.148053 / 0.762358 = −2.81765.
    // price: y_d = 2, y_p = 2, y_w = 4, α_w = 1.4: z = 0.151 < 1.96: not listed.
    expect(result.themes.map((t) => [t.theme, t.leans])).toEqual([
      ['slow', 'Detractors'],
      ['great', 'Promoters'],
    ]);
    expect(result.themes[0].z).toBeCloseTo(2.76256, 4);
    expect(result.themes[0].z).toBeCloseTo(monroeZ(8, 0, 10, 12, 3.15, 8.05), 10);
    expect(result.themes[1].z).toBeCloseTo(-2.81765, 4);
    expect(result.themes[1].z).toBeCloseTo(monroeZ(0, 10, 10, 12, 3.5, 8.05), 10);
  });

  test('counts, NPS and interval are those of the responses that mention the theme, passives included', () => {
    const slow = result.themes[0];
    expect([slow.mentions, slow.promoters, slow.passives, slow.detractors]).toEqual([9, 0, 1, 8]);
    expect(slow.nps).toBeCloseTo((-8 / 9) * 100, 10);
    const [low, high] = adjustedWald(0, 1, 8);
    expect(slow.ci[0]).toBeCloseTo(low, 10);
    expect(slow.ci[1]).toBeCloseTo(high, 10);
    expect(slow.example).toBe('Slow');
    expect(result.comments).toBe(23);
    expect(result.ignored).toBe(0);
  });
});

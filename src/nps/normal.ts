/**
 * The standard normal distribution: its CDF Φ and its quantile Φ⁻¹, to full
 * double precision, for z values of intervals and p-values of tests.
 *
 * Φ uses W. J. Cody's rational Chebyshev approximations ("Rational Chebyshev
 * approximations for the error function", Math. Comp. 23 (1969), as in
 * ACM TOMS 715); Φ⁻¹ uses M. J. Wichura's Algorithm AS 241 (PPND16,
 * Applied Statistics 37(3), 1988). Coefficients are those published there.
 */

// Cody, |x| ≤ 0.67448975 (the quartile): Φ(x) = 1/2 + x·P(x²)/Q(x²).
const SMALL_NUM = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113];
const SMALL_DEN = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
// Cody, |x| ≤ √32: tail = exp(−x²/2)·P(|x|)/Q(|x|).
const MIDDLE_NUM = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226,
  2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218,
  1.0765576773720192317e-8,
];
const MIDDLE_DEN = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755,
  18615.571640885098091, 34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
];
// Cody, |x| > √32: tail = exp(−x²/2)/|x|·(1/√(2π) − P(1/x²)/Q(1/x²)/x²).
const LARGE_NUM = [
  0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466,
  2.9112874951168792e-5, 0.02307344176494017303,
];
const LARGE_DEN = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5];

const ONE_OVER_SQRT_2PI = 0.398942280401432677939946059934;
const SQRT_32 = 5.656854249492380195206754896838;

/**
 * Φ(x), the probability that a standard normal variable is at most x,
 * accurate to about 1e-16 relative (also far in the tails).
 *
 * @param x any number; NaN gives NaN
 * @example
 * normalCdf(0);    // 0.5
 * normalCdf(1.96); // 0.9750021048517795
 * normalCdf(-1.96); // 0.024997895148220435
 */
export function normalCdf(x: number): number {
  if (isNaN(x)) return NaN;
  const y = Math.abs(x);
  if (y <= 0.67448975) {
    const s = x * x;
    let num = SMALL_NUM[4] * s;
    let den = s;
    for (let i = 0; i < 3; i++) {
      num = (num + SMALL_NUM[i]) * s;
      den = (den + SMALL_DEN[i]) * s;
    }
    return 0.5 + (x * (num + SMALL_NUM[3])) / (den + SMALL_DEN[3]);
  }
  const tail = upperTail(y);
  return x > 0 ? 1 - tail : tail;
}

/** 1 − Φ(y) for y > 0.674…, without cancellation. */
function upperTail(y: number): number {
  let ratio: number;
  if (y <= SQRT_32) {
    let num = MIDDLE_NUM[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + MIDDLE_NUM[i]) * y;
      den = (den + MIDDLE_DEN[i]) * y;
    }
    ratio = (num + MIDDLE_NUM[7]) / (den + MIDDLE_DEN[7]);
  } else if (y < 38.5) {
    const inv = 1 / (y * y);
    let num = LARGE_NUM[5] * inv;
    let den = inv;
    for (let i = 0; i < 4; i++) {
      num = (num + LARGE_NUM[i]) * inv;
      den = (den + LARGE_DEN[i]) * inv;
    }
    ratio = (ONE_OVER_SQRT_2PI - (inv * (num + LARGE_NUM[4])) / (den + LARGE_DEN[4])) / y;
  } else {
    return 0;
  }
  // exp(−y²/2) split as exp(−a²/2)·exp(−(y−a)(y+a)/2) with a = y rounded down to 1/16,
  // so the large exponent is exact (Cody's trick against cancellation).
  const a = Math.floor(y * 16) / 16;
  return Math.exp((-a * a) / 2) * Math.exp((-(y - a) * (y + a)) / 2) * ratio;
}

// Wichura AS 241, central region |p − 1/2| ≤ 0.425.
const CENTRAL_NUM = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
  45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
];
const CENTRAL_DEN = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077,
  21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852854561,
];
// AS 241, r = √(−ln min(p, 1 − p)) ≤ 5.
const NEAR_NUM = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
  1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4,
];
const NEAR_DEN = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455,
  0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9,
];
// AS 241, r > 5 (p below about 1e-11).
const FAR_NUM = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
  0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
];
const FAR_DEN = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525,
  7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15,
];

/** c[0] + c[1]·x + … + c[7]·x⁷ by Horner's rule. */
function polynomial(c: number[], x: number): number {
  let value = c[c.length - 1];
  for (let i = c.length - 2; i >= 0; i--) value = value * x + c[i];
  return value;
}

/**
 * Φ⁻¹(p), the z with Φ(z) = p (Wichura's AS 241, about 1e-16 relative).
 *
 * @param p probability; 0 gives −Infinity, 1 gives Infinity, outside [0, 1] or NaN gives NaN
 * @example
 * normalQuantile(0.5);   // 0
 * normalQuantile(0.975); // 1.959963984540054
 * normalQuantile(0.025); // -1.959963984540054
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * polynomial(CENTRAL_NUM, r)) / polynomial(CENTRAL_DEN, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let z: number;
  if (r <= 5) {
    r -= 1.6;
    z = polynomial(NEAR_NUM, r) / polynomial(NEAR_DEN, r);
  } else {
    r -= 5;
    z = polynomial(FAR_NUM, r) / polynomial(FAR_DEN, r);
  }
  return q < 0 ? -z : z;
}

/**
 * The two-sided z of a confidence level: Φ⁻¹((1 + confidence) / 2).
 *
 * @param confidence strictly between 0 and 1 (callers check it and explain the error)
 * @example
 * zForConfidence(0.95); // 1.959963984540054
 * zForConfidence(0.9);  // 1.6448536269514722
 */
export function zForConfidence(confidence: number): number {
  return normalQuantile((1 + confidence) / 2);
}

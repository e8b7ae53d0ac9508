/**
 * Multi-select answers (SPEC §10b). Survey tools write the options a
 * respondent ticked in one cell: Google Forms and SurveyMonkey join them with
 * ", " ("Price, Support"), Qualtrics' choice-text export with a bare comma
 * ("Price,Support"), Microsoft Forms with ";" after each ("Price;Support;").
 * Such a cell is split into its options, each tested on its own; but an
 * answer may merely contain a comma ("Portland, OR", "Yes, but slowly"), so
 * a column is split only when it looks multi-select as a whole.
 *
 * The rule, on the column's distinct answers (case-folded):
 *
 * - a *combination* is an answer with two or more parts when cut at a
 *   comma (not one between two digits, as in `1,5`) or a semicolon (not one
 *   followed by a space); a *single* is an answer with one part;
 * - the column is multi-select when it has a combination and either
 *   1. at least half of its combinations are made only of parts that are
 *      also whole answers of the column (options also ticked alone), a
 *      part found in no other answer (the free text of an "Other" option)
 *      left out, and combinations with fewer than two parts left not counted; or
 *   2. it has at least 3 combinations, at least half of their distinct parts
 *      recur in two or more combinations (a small set of options, ticked in
 *      many mixes), and some part comes first in one combination and later
 *      in another (options are not tied to a place, as "Director, Sales" and
 *      "Portland, OR" are).
 *
 * Qualtrics' numeric export writes the codes of the options ticked
 * ("1,3,4"): a column whose answers are all codes joined by commas, some with
 * three or more (a decimal comma, `1,5`, joins only two), is multi-select and
 * cut at every comma ({@link isCodeList}).
 *
 * Otherwise every answer is kept whole.
 */

/**
 * What survey tools put between the options ticked in one answer: a comma
 * not between two digits, or a semicolon not followed by a space (Microsoft
 * Forms; "cheap; clean" is prose, as a comment column writes it).
 */
const OPTION_SEPARATOR = /;(?!\s)|,(?!\d)|(?<!\d),/;

/**
 * The parts of an answer cut at every comma but one between two digits and
 * every semicolon not followed by a space (empty parts dropped, each trimmed).
 *
 * @example answerParts('Price, Support') // ['Price', 'Support']
 * @example answerParts('Price;Support;') // ['Price', 'Support']
 * @example answerParts('1,5') // ['1,5']
 * @example answerParts('1,3,4', true) // ['1', '3', '4']
 * @param codes cut between digits too (a column of option codes, {@link isCodeList})
 */
export function answerParts(text: string, codes = false): string[] {
  // Most answers hold no separator: one part (or none), without a regular expression.
  if (text.indexOf(',') < 0 && text.indexOf(';') < 0) {
    const part = text.trim();
    return part === '' ? [] : [part];
  }
  return text
    .split(codes ? ',' : OPTION_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const CODES = /^\d+(,\d+)*$/;
const THREE_CODES = /^\d+(,\d+){2,}$/;

/**
 * True for a column of option codes joined by commas (Qualtrics' numeric
 * export): every answer digits joined by commas, some answer three codes or more.
 *
 * @param distinctKeys the column's distinct answers, case-folded (see answerKey)
 * @example isCodeList(['1', '2,4', '1,3,4']) // true
 * @example isCodeList(['1', '1,5', '2,5']) // false: decimal commas
 */
export function isCodeList(distinctKeys: Iterable<string>): boolean {
  let three = false;
  for (const key of distinctKeys) {
    if (!CODES.test(key)) return false;
    three = three || THREE_CODES.test(key);
  }
  return three;
}

/**
 * Whether a column of answers is multi-select, by the rule above.
 *
 * @param distinctKeys the column's distinct answers, case-folded (see answerKey)
 * @example isMultiSelect(['price', 'support', 'price, support']) // true: both parts are also whole answers
 * @example isMultiSelect(['portland, or', 'salem, or', 'paris, france']) // false
 */
export function isMultiSelect(distinctKeys: Iterable<string>): boolean {
  const keys = [...distinctKeys];
  if (isCodeList(keys)) return true;
  const singles = new Set<string>();
  const combinations: string[][] = [];
  for (const key of keys) {
    const parts = answerParts(key);
    if (parts.length >= 2) combinations.push(parts);
    else if (parts.length === 1) singles.add(parts[0]);
  }
  if (combinations.length === 0) return false;

  // Rule 1, leaving out the free texts of an "Other" option (parts of one answer only): a combination
  // with fewer than two other parts says nothing ("Yes, but only sometimes").
  const answersWith = new Map<string, number>();
  singles.forEach((part) => answersWith.set(part, 1));
  for (const parts of combinations) new Set(parts).forEach((part) => answersWith.set(part, (answersWith.get(part) ?? 0) + 1));
  let explained = 0;
  let unexplained = 0;
  for (const parts of combinations) {
    const options = parts.filter((part) => answersWith.get(part)! > 1);
    if (options.length >= 2) options.every((part) => singles.has(part)) ? explained++ : unexplained++;
  }
  if (explained > 0 && explained >= unexplained) return true;

  if (combinations.length < 3) return false;
  const inCombinations = new Map<string, number>();
  const first = new Set<string>();
  const later = new Set<string>();
  for (const parts of combinations) {
    new Set(parts).forEach((part) => inCombinations.set(part, (inCombinations.get(part) ?? 0) + 1));
    parts.forEach((part, i) => (i === 0 ? first : later).add(part));
  }
  let recurring = 0;
  inCombinations.forEach((count) => count >= 2 && recurring++);
  const movable = [...first].some((part) => later.has(part));
  return recurring * 2 >= inCombinations.size && movable;
}

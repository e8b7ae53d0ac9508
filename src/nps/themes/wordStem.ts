/**
 * A light stem for matching a word with its inflections: "crash",
 * "crashes", "crashing" and "crashed" are one theme, as are "Lieferung" and
 * "Lieferungen", "lento" and "lentas", "élevé" and "élevés". Comments say the
 * same thing in many inflections, and a theme split over its forms may be
 * missed on every form.
 *
 * Not a full stemmer per language (a language guessed per comment is
 * unreliable for short, mixed comments, and the bundle is small): a few
 * suffixes shared by the Latin-script languages, each cut only when at least
 * 3 or 4 letters remain, so short words are left alone. The stem is only a
 * matching key: a theme is shown in its most frequent spelling.
 */

const PLURAL_Y = /ies$/;
const PLURAL_S = /[^sui]s$/;
const ENDINGS = /(?:ing|ed)$/;
const GERMANIC = /e[nrm]$/;
const FINAL_E = /e$/;
const VOWEL = /[aio]$/;
// A doubled consonant left by a cut ending ("shipping" → "shipp" → "ship"); "ll", "ss", "zz" stay ("billing" → "bill").
const DOUBLED = /([bcdfghjkmnpqrtvwxy])\1$/;
const LATIN = /^[a-z]+$/;

/**
 * The stem of a lower-cased word without accents; words with other letters
 * (CJK, Cyrillic, "ß"…) are returned as they are.
 *
 * Steps, in order: "-ies" → "-y", or a plural "-s" (not after s, u or i);
 * German, Dutch and English "-en", "-er", "-em" (4 letters left); "-ing" or
 * "-ed" (3 left); "-en", "-er", "-em" again; a final e (3 left) or a, i, o
 * (4 left, so Spanish "caro" is not English "car"). "-ly" stays: "friendly"
 * is not "friend".
 *
 * @param word lower-cased, accents removed
 * @example
 * ['crash', 'crashes', 'crashing', 'crashed'].map(wordStem); // ['crash', 'crash', 'crash', 'crash']
 * ['lieferung', 'lieferungen'].map(wordStem);                // ['lieferung', 'lieferung']
 * ['lento', 'lenta', 'lentos', 'lente'].map(wordStem);       // ['lent', 'lent', 'lent', 'lent']
 * ['slow', 'slower', 'slowed'].map(wordStem);                // ['slow', 'slow', 'slow']
 * ['love', 'loves', 'loved', 'loving'].map(wordStem);        // ['lov', 'lov', 'lov', 'lov']
 * wordStem('bus'); // 'bus'
 */
export function wordStem(word: string): string {
  if (!LATIN.test(word)) return word;
  let stem = word;
  const cut = (ending: RegExp, length: number, keep: number, replacement = ''): boolean => {
    if (!ending.test(stem) || stem.length - length < keep) return false;
    stem = stem.slice(0, stem.length - length) + replacement;
    return true;
  };
  if (!cut(PLURAL_Y, 3, 3, 'y')) cut(PLURAL_S, 1, 3);
  // Before and after "-ing": Dutch "leveringen" → "levering" → "lever", English "answered" → "answer" → "answ".
  cut(GERMANIC, 2, 4);
  if (cut(ENDINGS, stem.endsWith('ed') ? 2 : 3, 3)) stem = stem.replace(DOUBLED, '$1');
  cut(GERMANIC, 2, 4);
  if (!cut(FINAL_E, 1, 3)) cut(VOWEL, 1, 4);
  return stem;
}

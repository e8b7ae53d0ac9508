/**
 * The terms of one comment: its words and two-word phrases, as the theme
 * finder counts them.
 *
 * - A word is a run of Unicode letters and digits (`\p{L}\p{N}`, with their
 *   combining marks), lower-cased; words of one letter, numbers and stop
 *   words are left out.
 * - Words are matched without accents ("atencion" and "atención" are one
 *   term) and by their stem ({@link wordStem}: "crashes" and "crashed" are
 *   one term), and shown in their most frequent spelling by the caller.
 * - A phrase is two words next to each other, separated only by spaces or
 *   a hyphen ("user-friendly"): a stop word, other punctuation or a line
 *   break between them breaks the phrase.
 * - Chinese and Japanese runs have no spaces: they are cut at function
 *   characters and read as character pairs ("价格偏高" → "价格", "格偏",
 *   "偏高", and the phrase "价格偏高" of the first and last pair); a katakana
 *   word is one term and a lone Han character is a term of its own ("慢").
 *   Korean words are read as syllable pairs too, without the particle
 *   written onto a word ("배송이", "배송은" → "배송"), the light verb after a
 *   noun ("실망했어요" → "실망") and the pairs of verb endings ("느려요" → "느려").
 */
import { isStopWord, isCjkStopCharacter, isCjkStopPair, isKoreanLightVerb, withoutCjkStopWords } from './stopWords';
import { wordStem } from './wordStem';

/** One term of a comment: `key` matches spellings, `display` is how this comment wrote it. */
export interface CommentTerm {
  /** `w:` + the word without accents, or `p:` + the phrase without accents. */
  key: string;
  /** Lower-cased as written. */
  display: string;
  /** For a phrase, the keys of its two words; empty for a word. */
  parts: string[];
}

const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;
const CJK_CHARACTER = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u30fc]/u;
const KATAKANA_WORD = /^[\p{sc=Katakana}\u30fc]+$/u;
const HAN_CHARACTER = /^\p{sc=Han}$/u;
const DIGITS = /^\p{N}+$/u;
const MARKS = /\p{M}/gu;
// Spaces and tabs, not line breaks: a new line starts a new thought. A lone hyphen
// joins a compound ("user-friendly", "customer-service"), a spaced dash does not.
const SPACES_ONLY = /^(?:[^\S\n\r\v\f\u0085\u2028\u2029]*|[-\u2010])$/;

const ASCII = /^[\x00-\x7f]*$/;

/** A word as it is matched: lower-cased, accents and other marks removed, stemmed. */
function matchKey(word: string): string {
  return wordStem(ASCII.test(word) ? word : word.normalize('NFD').replace(MARKS, '').normalize('NFC'));
}

interface Word {
  key: string;
  display: string;
  /** A CJK character pair: it overlaps its neighbours. */
  cjk: boolean;
}

/**
 * The distinct terms (words and two-word phrases) of a comment, in the order
 * they first appear.
 *
 * @param comment the comment as text
 * @example
 * commentTerms('Support was SLOW, slow support!').map((t) => t.display);
 * // ['support', 'slow', 'slow support']
 * commentTerms('客服太慢了').map((t) => t.display); // ['客服', '慢']
 */
export function commentTerms(comment: string): CommentTerm[] {
  const text = comment.normalize('NFC').toLowerCase();
  const terms: CommentTerm[] = [];
  const seen = new Set<string>();
  const add = (key: string, display: string, parts: string[]): void => {
    if (seen.has(key)) return;
    seen.add(key);
    terms.push({ key, display, parts });
  };
  // The words of the current stretch in which adjacent words form phrases.
  let stretch: Word[] = [];
  const endStretch = (): void => {
    for (let i = 0; i < stretch.length; i++) {
      const word = stretch[i];
      add(word.key, word.display, []);
      if (word.cjk) {
        // Character pairs overlap: the phrase of "价格" is "价格偏高", the pair after the next
        // ("价格", "格偏", "偏高"); the pair between is one of its parts too.
        if (i < 2) continue;
        const first = stretch[i - 2];
        add(`p:${first.key.slice(2)}${word.key.slice(2)}`, first.display + word.display, [first.key, stretch[i - 1].key, word.key]);
      } else if (i > 0) {
        const before = stretch[i - 1];
        add(`p:${before.key.slice(2)} ${word.key.slice(2)}`, `${before.display} ${word.display}`, [before.key, word.key]);
      }
    }
    stretch = [];
  };
  let lastEnd = 0;
  WORD_RUN.lastIndex = 0;
  for (let match = WORD_RUN.exec(text); match; match = WORD_RUN.exec(text)) {
    if (!SPACES_ONLY.test(text.slice(lastEnd, match.index))) endStretch();
    lastEnd = match.index + match[0].length;
    for (const piece of scriptPieces(match[0])) {
      if (piece.cjk) {
        endStretch();
        for (const part of cjkParts(piece.text)) {
          stretch = part;
          endStretch();
        }
      } else if (isStopWord(piece.text) || DIGITS.test(piece.text) || Array.from(piece.text).length < 2) {
        endStretch();
      } else {
        stretch.push({ key: 'w:' + matchKey(piece.text), display: piece.text, cjk: false });
      }
    }
    // A run that mixes scripts ("iphone很好用") ends its stretch at the script change.
  }
  endStretch();
  return terms;
}

/** A word run cut where it changes between CJK and other scripts. */
function scriptPieces(run: string): Array<{ text: string; cjk: boolean }> {
  if (!CJK_CHARACTER.test(run)) return [{ text: run, cjk: false }];
  const pieces: Array<{ text: string; cjk: boolean }> = [];
  for (const character of run) {
    const cjk = CJK_CHARACTER.test(character);
    const last = pieces[pieces.length - 1];
    if (last && last.cjk === cjk) last.text += character;
    else pieces.push({ text: character, cjk });
  }
  return pieces;
}

/**
 * A CJK run as groups of words: cut at function characters and where a
 * katakana word starts or ends; each part is a katakana word, a lone Han
 * character, or its overlapping character pairs (which join into phrases).
 */
function cjkParts(run: string): Word[][] {
  const parts: Word[][] = [];
  let current: string[] = [];
  const flush = (): void => {
    const text = current.join('');
    if (current.length === 1 && HAN_CHARACTER.test(text)) {
      parts.push([{ key: 'w:' + text, display: text, cjk: false }]);
    } else if (current.length >= 2 && KATAKANA_WORD.test(text)) {
      parts.push([{ key: 'w:' + text, display: text, cjk: false }]);
    } else if (current.length >= 2) {
      let pairs: Word[] = [];
      for (let i = 0; i + 1 < current.length; i++) {
        const pair = current[i] + current[i + 1];
        if (!isCjkStopPair(pair)) {
          pairs.push({ key: 'w:' + pair, display: pair, cjk: true });
        } else if (pairs.length > 0) {
          // A verb ending cuts the pairs: a phrase is of overlapping pairs only.
          parts.push(pairs);
          pairs = [];
        }
      }
      if (pairs.length > 0) parts.push(pairs);
    }
    current = [];
  };
  let katakana = false;
  for (const character of withoutCjkStopWords(run)) {
    // A katakana word ends where kanji or kana follow without a particle ("サポート対応").
    const isKatakana = KATAKANA_WORD.test(character);
    const stop = isCjkStopCharacter(character) || (current.length >= 2 && isKoreanLightVerb(character));
    if (stop || isKatakana !== katakana) flush();
    katakana = isKatakana;
    if (!stop) current.push(character);
  }
  flush();
  return parts;
}

import { commentTerms } from '../../../src/nps/themes/commentTerms';
import { isStopWord, isCjkStopCharacter } from '../../../src/nps/themes/stopWords';

const displays = (comment: string): string[] => commentTerms(comment).map((t) => t.display);
const keys = (comment: string): string[] => commentTerms(comment).map((t) => t.key);

describe('commentTerms: words', () => {
  test('lower-cases, drops stop words, one-letter words and numbers, and keeps each term once', () => {
    expect(displays('The SUPPORT was slow, and 2 days later SUPPORT was still slow: a joke')).toEqual([
      'support', 'slow', 'days', 'later', 'days later', 'later support', 'still', 'still slow', 'joke',
    ]);
  });

  test('matches spellings with and without accents, and shows each as written', () => {
    const accented = commentTerms('Atención lenta')[0];
    const plain = commentTerms('atencion LENTA')[0];
    expect(accented.key).toBe(plain.key);
    expect(accented.display).toBe('atención');
    expect(plain.display).toBe('atencion');
  });

  test('reads letters of any script, with combining marks, as words', () => {
    expect(displays('Обслуживание медленное')).toEqual(['обслуживание', 'медленное', 'обслуживание медленное']);
    expect(displays('Zażółć gęślą')).toEqual(['zażółć', 'gęślą', 'zażółć gęślą']);
    // "é" written as e + U+0301 is the same word as the composed "é".
    expect(keys('rapide\u0301 livraison')).toEqual(keys('rapidé livraison'));
  });

  test('matches the inflections of a word, and shows each as written', () => {
    expect(keys('crashes')).toEqual(keys('Crashed'));
    expect(keys('Lieferungen')).toEqual(keys('lieferung'));
    expect(displays('Crashed, crashing')).toEqual(['crashed']);
    expect(keys('precios altos')).toEqual(keys('precio alto'));
  });

  test('emoji, punctuation and numbers alone give no term', () => {
    expect(commentTerms('😡😡😡 👎')).toEqual([]);
    expect(commentTerms('!!! ??? 10/10 2025')).toEqual([]);
    expect(commentTerms('')).toEqual([]);
  });
});

describe('commentTerms: two-word phrases', () => {
  test('joins words next to each other, separated by spaces only', () => {
    expect(displays('slow support')).toEqual(['slow', 'support', 'slow support']);
    expect(displays('slow   support')).toContain('slow support');
  });

  test('a stop word, punctuation or a line break between two words breaks the phrase', () => {
    expect(displays('slow and support')).toEqual(['slow', 'support']);
    expect(displays('slow. Support')).toEqual(['slow', 'support']);
    expect(displays('slow,support')).toEqual(['slow', 'support']);
    expect(displays('slow\nsupport')).toEqual(['slow', 'support']);
    expect(displays('Preis zu hoch')).toEqual(['preis', 'hoch']);
  });

  test('a hyphen joins the words of a compound into a phrase; a spaced dash does not', () => {
    expect(displays('user-friendly')).toEqual(['user', 'friendly', 'user friendly']);
    expect(keys('Customer-Service')).toEqual(keys('customer service'));
    expect(displays('slow - support')).toEqual(['slow', 'support']);
    expect(displays('slow--support')).toEqual(['slow', 'support']);
  });

  test('a phrase names its two words as parts', () => {
    const phrase = commentTerms('Friendly staff').find((t) => t.display === 'friendly staff')!;
    expect(phrase.parts).toEqual(['w:friendly', 'w:staff']);
  });
});

describe('commentTerms: Chinese, Japanese and Korean', () => {
  test('a run is cut at function characters and read as character pairs', () => {
    expect(displays('客服太慢了')).toEqual(['客服', '慢']);
    expect(displays('服务差')).toEqual(['服务', '务差']);
  });

  test('two-character function words cut a run too', () => {
    expect(displays('非常好')).toEqual(['好']);
    expect(displays('价格有点贵')).toEqual(['价格', '贵']);
    expect(displays('我们没有收到')).toEqual(['收到']);
  });

  test('four characters give their pairs and the phrase of the first and last pair', () => {
    const terms = commentTerms('价格偏高');
    expect(terms.map((t) => t.display)).toEqual(['价格', '格偏', '偏高', '价格偏高']);
    expect(terms[3].parts).toEqual(['w:价格', 'w:格偏', 'w:偏高']);
  });

  test('Japanese polite endings are function words', () => {
    expect(displays('すぐ届きました')).toEqual(['すぐ', 'ぐ届', '届き', 'すぐ届き']);
    expect(displays('親切です')).toEqual(['親切']);
  });

  test('a katakana word is one term; a mixed run splits at the script change', () => {
    expect(displays('サポートが遅い')).toEqual(['サポート', '遅い']);
    expect(displays('iPhone很好用')).toEqual(['iphone', '好用']);
  });

  test('a katakana word written onto kanji is a term of its own, as when a particle follows it', () => {
    expect(displays('サポート対応')).toEqual(['サポート', '対応']);
    expect(keys('サポート窓口')[0]).toBe(keys('サポートが遅い')[0]);
  });

  test('Korean words are read as syllable pairs, so a noun is found whatever particle is written onto it', () => {
    // The particle written onto a noun and the pairs of verb endings are left out.
    expect(displays('배송이 늦어요')).toEqual(['배송', '늦어']);
    expect(displays('고객센터에서 만족합니다')).toEqual(['고객', '객센', '센터', '고객센터', '만족']);
    expect(displays('실망했어요')).toEqual(['실망']);
    // A light verb cuts a word after a noun, not at its start: 해지 (cancellation), 해결 (fix), 합리적 (reasonable) stay.
    expect(displays('해지가 어려워요')).toEqual(['해지', '어려', '려워']);
    expect(displays('합리적인 가격')).toEqual(['합리', '리적', '적인', '합리적인', '가격']);
    expect(displays('편해요')).toEqual(['편해']);
    expect(displays('최고예요 최악이에요')).toEqual(['최고', '최악']);
    for (const comment of ['배송은 엉망', '배송도 느리고', '배송을 기다렸어요']) expect(keys(comment)).toContain('w:배송');
    // Adverbs such as 너무 (too) and 정말 (really) are function words.
    expect(displays('너무 느려요')).toEqual(['느려']);
  });

  test('a comment in several languages gives the terms of each', () => {
    expect(displays('Support slow! 客服太慢了. Preis zu hoch')).toEqual(['support', 'slow', 'support slow', '客服', '慢', 'preis', 'hoch']);
  });
});

describe('stop words', () => {
  test('function words of each language the header detector knows are stop words', () => {
    for (const word of ['the', 'und', 'est', 'muy', 'não', 'della', 'het', 'się', 'och', 'ikke', 'että', 'jsou', 'değil', 'очень']) {
      expect(isStopWord(word)).toBe(true);
    }
    for (const character of ['的', '了', 'が', 'は']) expect(isCjkStopCharacter(character)).toBe(true);
  });

  test('a function word of one language that is a theme in another is not a stop word', () => {
    // German "fast" (almost), Spanish/French "mal", "bien", French "car", Dutch "door", Italian "come",
    // Spanish "sin", Swedish "men", Czech "pro", Portuguese "bem", Finnish "hyvin" (well).
    for (const word of ['fast', 'mal', 'bien', 'car', 'door', 'come', 'sin', 'men', 'pro', 'bem', 'hyvin', 'price', 'slow']) {
      expect(isStopWord(word)).toBe(false);
    }
  });

  test('Italian elided prepositions and the "no, none" determiners are stop words: no noise term, no noise phrase', () => {
    expect(displays("nessuna risposta dall'assistenza")).toEqual(['risposta', 'assistenza']);
    expect(displays("l'assistenza dell'hotel")).toEqual(['assistenza', 'hotel']);
    for (const word of ['nell', 'sull', 'quell', 'aucune', 'ninguna', 'nenhum']) expect(isStopWord(word)).toBe(true);
  });

  test('a separable German prefix, the reflexive "sich" and English "every", "because" are stop words', () => {
    expect(displays('Die App stürzt ständig ab')).toEqual(['app', 'stürzt', 'app stürzt', 'ständig', 'stürzt ständig']);
    expect(displays('Kundendienst meldet sich nicht')).toEqual(['kundendienst', 'meldet', 'kundendienst meldet']);
    expect(displays('crashes every time because of the update')).toEqual(['crashes', 'time', 'update']);
  });

  test('accents tell a content word from a stop word', () => {
    expect(isStopWord('schon')).toBe(true); // already
    expect(isStopWord('schön')).toBe(false); // nice
  });
});

/**
 * Stop words: the function words (articles, pronouns, auxiliaries,
 * prepositions, conjunctions, negations, intensifiers) of the languages the
 * header detector knows. They are never a theme and they break two-word
 * phrases.
 *
 * One union of all lists, not a language guessed per comment: NPS comments
 * are short ("Slow support", "Preis zu hoch") and often mix languages, so a
 * per-comment guess is unreliable exactly where it matters. The union only
 * goes wrong where a function word of one language is a content word of
 * another, so such words are left out of the lists (German "fast" and
 * "mal", French "car" and "bien", Dutch "door", Italian "come",
 * Spanish "sin", Swedish "men", Czech "pro"…: themes in other languages). The test of this file checks them.
 *
 * Words are matched lower-cased as written (accents kept), so German
 * "schön" (nice) is not "schon" (already); common unaccented spellings of
 * accented stop words are listed too.
 */

const LISTS: Record<string, string> = {
  en:
    'a an the and or but if so as at by for from in into of off on onto out over to up with about than then too very ' +
    'i me my mine we us our you your he him his she her it its they them their this that these those there here ' +
    'is am are was were be been being do does did done have has had having will would shall should can could may might must ' +
    'not no nor don doesn didn isn wasn aren weren won wouldn couldn shouldn cannot ve ll re im ive dont ' +
    'what which who whom whose when where why how all any both each few more most other some such only own same just also ' +
    'again ever even really quite much many lot lots get got getting one thing things every yet because since while after before until though although another',
  de:
    'der die das den dem des ein eine einer eines einem einen und oder aber wenn weil dass ob als wie zu zum zur im in ins ' +
    'an am auf aus bei mit nach von vom vor für fur über uber unter um durch gegen ohne bis ich mich mir du dich dir er sie es ' +
    'wir uns ihr euch ihn ihm ihnen mein meine sein seine ist sind war waren bin bist seid wird werden wurde wurden hat habe ' +
    'haben hatte hatten kann können konnte muss sollte würde wurde nicht kein keine keinen nichts sehr auch noch schon nur ' +
    'so da hier dort dies diese dieser dieses man doch ja nein etwas immer wieder alles alle ganz viel mehr sich ab dann denn jetzt',
  fr:
    'le la les un une des du de d l à a au aux et ou mais donc or ni que qu qui quoi dont où ou ce cet cette ces ' +
    'je j me m moi tu te t toi il elle on nous vous ils elles lui leur leurs mon ma mes ton ta tes sa ses notre nos votre vos ' +
    'est sont était etait été ete être etre ai as avons avez ont avait suis es sera fait faire ne n pas plus rien jamais ' +
    'très tres trop aussi encore déjà deja tout tous toute toutes pour par avec sans sur sous dans en chez vers y c s ça ca aucun aucune',
  es:
    'el la lo los las un una unos unas y e o u pero ni que qué quien de del al a en con por para sobre entre hasta desde ' +
    'yo me mi mis tú tu te ti él ella nos nosotros vosotros ellos ellas les le se su sus nuestro este esta esto estos estas ese esa ' +
    'es son era fue ser está esta están estan estaba estar he ha han hay había habia tengo tiene tienen no muy más mas ' +
    'también tambien ya todo toda todos todas cuando como donde porque mucho poco algo nada siempre ningún ningun ninguna',
  pt:
    'o os a as um uma uns umas e ou mas nem que de do da dos das no na nos nas ao aos à em com por pelo pela para ' +
    'eu me mim meu minha você voce vocês ele ela eles elas nós lhe se seu sua isso isto esse essa este aquele ' +
    'é e foi são sao era ser estar está esta estão tem têm ter há ha não nao muito muita mais também tambem já ja ' +
    'tudo todo toda todos quando como onde porque pouco nada sempre nenhum nenhuma',
  it:
    'il lo la i gli le un uno una e ed o ma né che chi di del dello della dei degli delle da dal dalla in nel nella ' +
    'con su sul sulla per tra fra a al alla ai io mi me tu ti lui lei noi ci voi vi loro si suo sua mio mia questo questa ' +
    'quello quella è e sono era erano essere stato ho ha hanno avere non più piu molto molta troppo anche già gia ' +
    'tutto tutti tutta quando dove perché perche sempre niente ancora nessun nessuna dell dall nell sull quell',
  nl:
    'de het een en of maar want dus dat die dit deze wat wie waar hoe als dan te van voor met op aan bij in uit naar om ' +
    'over tot ik mij me mijn jij je jou jouw u uw hij hem zijn zij ze haar wij we ons onze jullie hun ' +
    'is ben bent was waren wordt worden werd heb hebt heeft hebben had kan kunnen moet zou zal niet geen nooit ' +
    'heel erg zeer ook nog al alles er hier daar veel meer wel',
  pl:
    'i a o u w we z ze na do od po za przez dla bez pod nad przy jak że ze to ten ta te tego tej tym ci co kto ' +
    'ja mnie mi ty ciebie on ona ono my wy oni one jego jej ich mój moj moja nasz się sie jest są sa był byl była była było ' +
    'być byc mam ma mają nie bardzo też tez już juz tylko jeszcze tak ale lub albo czy bo gdy gdzie kiedy bardziej wszystko',
  sv:
    'och eller att som en ett den det de dem där dar här har hade är ar var varit blir blev jag mig min mitt du dig din ' +
    'han hon vi oss vår vara ni er hans hennes deras på pa av för for från fran till med om inte ingen mycket också ' +
    'ocksa bara så sa än an nu då da vid över under',
  da_no:
    'og eller at som en et den det de dem der her har havde var være vaere er jeg meg mig min mitt du deg dig din han hun vi ' +
    'oss os vår var dere jer hans hennes deres på av af for fra til med om ikke ingen meget mye også ogsa bare så nu da',
  fi: 'ja tai mutta että etta on ei ole oli olen olla se ne minä mina sinä sina hän han me te he tämä tama tuo kun niin myös myos vain liian',
  cs: 'a i v ve na do od po za s se z ze k je jsou byl byla být byt to ten ta že ze ale jak tak nebo také take už uz jen velmi',
  tr: 've ile bir bu şu o da de çok cok ama için icin gibi daha en ben sen biz siz onlar değil degil var yok mi mı ne',
  ru: 'и в во на с со к о об от до по за из у не нет но а или что как это этот эта то так же уже очень я мы вы он она они мне нас был была было быть есть',
};

// Single characters that glue Chinese and Japanese text: particles, auxiliaries,
// pronouns, "very"/"too". A run of CJK characters is cut at them before it is
// read as character pairs ("客服太慢了" → "客服", "慢").
const CJK_STOP_CHARACTERS = '的了是在我你他她它们这那有和就不也都很太吗呢吧啊个与或但被把' +
  'がをにはでとのもへやねよだ';
// Korean light verbs written after a noun ("실망했어요", "만족합니다", "사용하기").
const KOREAN_LIGHT_VERB = /[하해했합한됐돼되된]/;

let words: Set<string> | null = null;
// Two-character function words (very, we, but, because, not have, a bit…),
// cut out the same way: "非常好" leaves "好", not the pair "常好"; Japanese
// polite endings ("届きました" leaves "届き", not "きま", "まし", "した"); Korean
// adverbs ("너무" too, "정말" really…) are words of their own.
const CJK_STOP_WORDS = /非常|我们|你们|他们|但是|因为|所以|没有|可以|什么|这个|那个|一个|还是|就是|真的|有点|比较|特别|ちょっと|とても|ました|でした|ます|です|너무|정말|진짜|그냥|아주|매우|조금|많이|그리고|하지만|그래서/g;

let cjkCharacters: Set<string> | null = null;

// Korean particles and the copula written onto a word of two syllables or more
// ("배송이", "고객센터에서", "최고예요", "최악이에요").
const KOREAN_PARTICLE = /(?<=[\uac00-\ud7a3]{2})(?:이에요|예요|에요|입니다|에서|에게|으로|까지|부터|처럼|보다|[이가은는을를에의도로와과만])$/;
// Syllable pairs of Korean verb endings ("느려요", "만족합니다", "실망했어요"): never a theme.
const KOREAN_ENDING_PAIRS = '어요 아요 해요 예요 에요 세요 네요 니다 습니 합니 했어 됐어 워요 려요 하고';
let endingPairs: Set<string> | null = null;

/** Built on first use, not at load: every formula call in Sheets loads the whole script. */
function stopWordSet(): Set<string> {
  if (!words) {
    words = new Set<string>();
    for (const language of Object.keys(LISTS)) {
      for (const word of LISTS[language].split(' ')) words.add(word);
    }
  }
  return words;
}

/**
 * Whether a lower-cased word is a stop word of any of the languages.
 *
 * @param word a word as written, lower-cased (accents kept)
 * @example
 * isStopWord('the');    // true
 * isStopWord('schon');  // true (German "already")
 * isStopWord('schön');  // false (German "nice")
 * isStopWord('car');    // false (a French "because", but an English theme)
 */
export function isStopWord(word: string): boolean {
  return stopWordSet().has(word);
}

/**
 * Whether a single Chinese or Japanese character is a function character
 * (particle, auxiliary, pronoun, intensifier) that splits a CJK run.
 *
 * @example
 * isCjkStopCharacter('的'); // true
 * isCjkStopCharacter('慢'); // false
 */
export function isCjkStopCharacter(character: string): boolean {
  if (!cjkCharacters) cjkCharacters = new Set(Array.from(CJK_STOP_CHARACTERS));
  return cjkCharacters.has(character);
}

/**
 * Whether a Korean syllable is a light verb ("하", "했", "합"…), which cuts
 * a word after a noun of two syllables or more ("실망했어요" → "실망"), not at
 * its start ("해결", "해지", "합리적" are nouns).
 *
 * @example
 * isKoreanLightVerb('했'); // true
 * isKoreanLightVerb('배'); // false
 */
export function isKoreanLightVerb(character: string): boolean {
  return KOREAN_LIGHT_VERB.test(character);
}

/**
 * A Chinese, Japanese or Korean run with its two-character function words
 * turned into a function character, so that the run is cut there too, and a
 * Korean word without the particle written onto it.
 *
 * @example
 * withoutCjkStopWords('非常好用');   // '的好用'
 * withoutCjkStopWords('고객센터에서'); // '고객센터'
 */
export function withoutCjkStopWords(run: string): string {
  return run.replace(KOREAN_PARTICLE, '').replace(CJK_STOP_WORDS, '的');
}

/**
 * Whether a syllable pair is a Korean verb ending, which a run is cut at
 * (its other pairs are kept: "느려요" gives "느려").
 *
 * @example
 * isCjkStopPair('어요'); // true
 * isCjkStopPair('배송'); // false
 */
export function isCjkStopPair(pair: string): boolean {
  if (!endingPairs) endingPairs = new Set(KOREAN_ENDING_PAIRS.split(' '));
  return endingPairs.has(pair);
}

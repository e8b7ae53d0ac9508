/**
 * What a column header says about its column, in the languages survey tools
 * export in (English, Spanish, French, German, Portuguese, Italian, Dutch and
 * a few Nordic/Slavic stems). Headers only hint; the values decide.
 */

/** The hints a header gives, each true when one of its words appears. */
export interface HeaderHints {
  /** The recommend question, "NPS" or "LTR" (likelihood to recommend): the strongest sign of the score column. */
  recommend: boolean;
  /** "How likely…" without naming a recommendation (also asked of renewing, buying again). */
  likely: boolean;
  /** Score, rating, Punktzahl, Note, Puntuación… */
  scoreWord: boolean;
  /** "(0-10)": a 0–10 scale, but not necessarily the recommend question. */
  zeroToTen: boolean;
  /** Satisfaction or effort scales (CSAT, CES), which are not the NPS question. */
  satisfaction: boolean;
  /** An NPS group/category/sentiment column (Qualtrics `Q1_NPS_GROUP`, HubSpot "Sentiment"). */
  group: boolean;
  /** Any word for a date or time. */
  date: boolean;
  /** How good a date column is as *the* response date: higher is better (see {@link dateRank}). */
  dateRank: number;
  segment: boolean;
  comment: boolean;
  id: boolean;
  email: boolean;
  /** A person's name or contact. */
  name: boolean;
  /** Counts and measures: progress, duration, amount. */
  measure: boolean;
  /** Technical metadata: IP address, coordinates, status, user agent, tags. */
  technical: boolean;
}

const RECOMMEND =
  /recomm|recomend|recomiend|recommand|empfehl|raccomand|consigli|aanbevel|aanraden|polec|rekommend|anbefal|suosittel|doporuc|tavsiye|рекоменд|посовет|推荐|推薦|勧め|薦め|おすすめ|オススメ|추천|\bnps\b|net promoter|\bltr\b/;
const LIKELY = /likely|likelihood|wahrscheinlich|probabilidad|probabilite|probabilita|probabile|waarschijnlijk|probabilidade/;
const SCORE_WORD =
  /\bscores?\b|\bratings?\b|\brate\b|punktzahl|\bpunkte?\b|bewertung|\bwertung|\bnote\b|puntuacion|puntaje|calificacion|valoracion|\bnota\b|punteggio|\bvoto\b|\bcijfer|beoordeling|pontuacao|avaliacao/;
const ZERO_TO_TEN = /\b0 (10|to 10|a 10|bis 10|tot 10)\b/;
const SATISFACTION = /satisf|zufrieden|tevreden|\bcsat\b|\bosat\b|\bces\b|effort|\bease\b|\beasy\b/;
const GROUP = /\bgroup|gruppe|\bgrupo|\bgroupe|\bgruppo|\bgroep|categor|kategorie|sentiment|klasse|\bclass\b/;
const DATE =
  /\bdate|datum|\bfecha|\bdata\b|\btime|timestamp|\bzeit|stempel|cronolog|\bhora\b|horodat|marca temporal|created|submitted|\bsubmit|submission|recorded|completed|\bend\b|\bended\b|\bstart|updated|\bwhen\b|\bday\b|\bjour\b|\bdia\b|\bat\b/;
const SEGMENT =
  /region|\bplans?\b|channel|\bstores?\b|\bshop|branch|location\b|\bproducts?\b|country|language|\blang\b|\bsource|\bsegment|\bteam\b|\btier|department|\bcity|\bstate\b|\bdevice|platform|categor|\btype\b|industry|\brole\b|\bsize\b|\bmarket|\bcohort|hear about|hear of|\bwhich\b|\bwhere\b|\bbased\b|\bland\b|sprache|produkt|\bkanal|filiale|\bgeschaft|\bpais|idioma|producto|\bcanal|tienda|sucursal|\bpays\b|langue|produit|magasin|boutique|paese|\blingua|prodotto|negozio|winkel|\btaal\b|\bwelk|\bwelche|\bcual\b|\bquel|\bversion|gender|subscription|\baccount|custom data/;
const COMMENT =
  /\bwhy\b|\bhvorfor|\bvarfor|dlaczego|\bproc\b|\bmiksi|\bneden\b|почему|なぜ|为什么|為什麼|왜|\buwagi|komentarz|kommentti|\byorum|reason|comment|feedback|explain|tell us|anything else|suggest|improve|\bnotes\b|remark|open ended|verbatim|коммент|отзыв|причин|コメント|理由|意見|评论|原因|意见|의견|이유|코멘트|\btext\b|\bwarum|\bgrund|begrund|kommentar|anmerkung|\bpor que|\bporque|\brazon|\bmotiv|comentario|sugerencia|pourquoi|raison|commentaire|remarque|\bperche|commento|\bwaarom|\breden\b|opmerking|toelichting|what could|what can we|\bmessage|\bopen\b/;
const ID =
  /\bids?\b|identifier|\buuid|\bguid|\btoken\b|respondent|\brecord\b|\bkey\b|\bnr\b|\bnummer|\bnumero|reference|\bref\b|external|collector|\bticket|\bsession/;
const EMAIL = /\be ?mail|\bcorreo|courriel|\bmail\b/;
const NAME = /\bnames?\b|\bnombre|apellido|\bnom\b|\bprenom|vorname|nachname|\bnome\b|cognome|\bnaam|\bcontact\b|\bcontacto|recipient/;
const MEASURE =
  /progress|duration|seconds|\bsecs?\b|minutes|time taken|\bcount\b|\bage\b|amount|revenue|\bvalue\b|\barr\b|\bmrr\b|\bltv\b|\bprice|\bcost|fortschritt|\bdauer|progreso|duracion|\bprogres|\bduree|\bspend/;
const TECHNICAL =
  /\bip\b|ip address|latitude|longitude|\blat\b|\blng\b|\blon\b|user agent|browser|\burl\b|referr?er|\bstatus\b|\bfinished\b|response type|\btags?\b|metadata|hidden|\bjson\b/;

// Ranks of date headers: the response date is when the answer was submitted or recorded.
const DATE_RANKS: Array<[RegExp, number]> = [
  [/birth|geburt|nacimiento|naissance|nascita|geboorte|nascimento/, 0.1],
  [
    /recorded|submit|submission|timestamp|marca temporal|stempel|cronolog|horodat|eingereicht|abgesendet|envoy|enviad|soumis|inviat|ingediend|ingevuld|verzonden|respon|received|answered|skickad|wyslan|gonderi|отправ|ответ|提交|送信|回答|答题|제출|응답|رسال/,
    4,
  ],
  [/\bend\b|\bended\b|end date|completed|complete\b|finish|\bende\b|\bfin\b|\bfine\b|termin|voltooid|zakoncz|tamamlan|окончан|заверш|完了|完成|结束|終了|완료|종료|انتهاء/, 3.5],
  [/created|\bcreat|erstellt|\bcread|aangemaakt/, 3],
  [/\bstart|\bbegin|inicio|\bdebut|beginn|\bopened|comienzo|\binizio|gestart|rozpocz|baslang|начал|開始|开始|시작|بدء/, 0.5],
  [/updated|modified|changed|geandert|actualiz|modifi/, 1],
];

/**
 * A header as comparable words: lower case, accents removed, camelCase and
 * snake_case split (`RecordedDate` → `recorded date`, `Q1_NPS_GROUP` → `q1 nps group`),
 * punctuation turned into spaces. Letters of other scripts are kept (the word
 * lists hold a few Cyrillic and CJK stems, matched without word boundaries).
 */
export function normalizeHeader(header: string): string {
  return header
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    // Back to composed letters: Hangul syllables (and the like) must match the stems as written.
    .normalize('NFC')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}

/**
 * How good a date header is as the response date: 4 submitted/recorded/timestamp,
 * 3.5 end/completed, 3 created, 2 a plain date, 1 updated, 0.5 start, 0.1 a birth date.
 * The first matching rank wins, so "Submit Date" beats its own "Date".
 */
export function dateRank(words: string): number {
  for (const [pattern, rank] of DATE_RANKS) if (pattern.test(words)) return rank;
  return DATE.test(words) ? 2 : 0;
}

/**
 * The hints of a header (all header rows of a column joined, plus any
 * Qualtrics ImportId such as `QID2_TEXT`).
 *
 * @example headerHints('Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?').recommend // true
 */
export function headerHints(header: string): HeaderHints {
  const words = normalizeHeader(header);
  return {
    recommend: RECOMMEND.test(words),
    likely: LIKELY.test(words),
    scoreWord: SCORE_WORD.test(words),
    zeroToTen: ZERO_TO_TEN.test(words),
    satisfaction: SATISFACTION.test(words),
    group: GROUP.test(words),
    date: DATE.test(words),
    dateRank: dateRank(words),
    segment: SEGMENT.test(words),
    comment: COMMENT.test(words),
    id: ID.test(words) || words === '#',
    email: EMAIL.test(words),
    name: NAME.test(words),
    measure: MEASURE.test(words),
    technical: TECHNICAL.test(words),
  };
}

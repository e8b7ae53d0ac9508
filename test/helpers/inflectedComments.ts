/**
 * Seeded comment sets whose planted themes are written in many forms: a word
 * in its inflections ("crash", "crashes", "crashed", "crashing"), a Korean
 * noun with its particles ("배송이", "배송은", "배송도"), a katakana word
 * written onto kanji or followed by a particle ("サポート対応", "サポートが"). No single form is said
 * by more than a third of a side, so a theme is only found when its forms
 * are read as one. Everything else (openers, filler) is shared by both
 * sides.
 */
import { seededRandom } from './seededRandom';

/** A planted theme: the sentences that say it, and the forms a listed theme may show. */
export interface InflectedTheme {
  name: string;
  sentences: string[];
  forms: string[];
}

/** The material of one language. */
export interface InflectedLanguage {
  detractor: InflectedTheme;
  promoter: InflectedTheme;
  filler: string[];
  /** How sentences are joined. */
  joiner: string;
}

export const INFLECTED: Record<string, InflectedLanguage> = {
  en: {
    detractor: {
      name: 'crash',
      sentences: ['the app crashed twice', 'it crashes on my tablet', 'crashing after the update', 'one more crash and I leave', 'constant crashes', 'crashed during checkout'],
      forms: ['crash', 'crashes', 'crashed', 'crashing'],
    },
    promoter: {
      name: 'love',
      sentences: ['loved the new design', 'my kids love it', 'loving every minute', 'she loves the reminders', 'love how quiet it is'],
      forms: ['love', 'loves', 'loved', 'loving'],
    },
    filler: ['bought in March', 'we use two accounts', 'on a Samsung phone', 'my second year', 'nothing more to say', 'via the website'],
    joiner: '. ',
  },
  de: {
    detractor: {
      name: 'Lieferung',
      sentences: ['Lieferung dauerte ewig', 'Die Lieferungen sind chaotisch', 'keine Lieferung erhalten', 'zwei Lieferungen verloren', 'Lieferung beschädigt', 'Lieferungen kommen unvollständig'],
      forms: ['lieferung', 'lieferungen'],
    },
    promoter: {
      name: 'freundlich',
      sentences: ['freundliche Beratung', 'Fahrer war freundlich', 'freundlicher Service am Telefon', 'immer freundlich', 'mit freundlichen Menschen'],
      forms: ['freundlich', 'freundliche', 'freundlicher', 'freundlichen'],
    },
    filler: ['bestellt im März', 'zwei Konten', 'auf dem Handy', 'zweites Jahr', 'Rest passt', 'über die Webseite'],
    joiner: ', ',
  },
  es: {
    detractor: {
      name: 'lento',
      sentences: ['la web es lenta', 'pedidos lentos', 'el soporte es lento', 'respuestas lentas', 'todo va lento', 'pagos lentísimos y lentos'],
      forms: ['lento', 'lenta', 'lentos', 'lentas'],
    },
    promoter: {
      name: 'rápido',
      sentences: ['envío rápido', 'respuesta rápida', 'pagos rápidos', 'entregas rápidas', 'todo muy rápido'],
      forms: ['rápido', 'rápida', 'rápidos', 'rápidas'],
    },
    filler: ['comprado en marzo', 'dos cuentas', 'desde el móvil', 'segundo año', 'nada más', 'por la web'],
    joiner: '. ',
  },
  ko: {
    detractor: {
      name: '배송',
      sentences: ['배송이 늦어요', '배송은 엉망이에요', '배송도 느리고', '배송을 일주일 기다렸어요', '배송이 안 왔어요', '배송에 문제가 있어요'],
      forms: ['배송'],
    },
    promoter: {
      name: '디자인',
      sentences: ['디자인이 예뻐요', '디자인은 최고예요', '디자인도 깔끔하고', '디자인을 좋아해요'],
      forms: ['디자인', '자인', '디자'],
    },
    filler: ['삼월에 샀어요', '계정 두 개', '휴대폰으로 써요', '이 년째', '웹사이트로 주문'],
    joiner: ' ',
  },
  ja: {
    detractor: {
      name: 'サポート',
      sentences: ['サポート対応が遅い', 'サポートが最悪', 'サポート担当が失礼', 'サポートに不満', 'サポート回答が遅い', 'サポートの返事がない'],
      forms: ['サポート'],
    },
    promoter: {
      name: 'デザイン',
      sentences: ['デザイン性が高い', 'デザインが好き', 'デザイン最高', 'デザインに満足'],
      forms: ['デザイン'],
    },
    filler: ['三月に購入', '二台目', 'スマホで利用', '二年目', 'ウェブで注文'],
    joiner: '。',
  },
};

/** A drawn set. */
export interface InflectedSet {
  comments: string[];
  scores: number[];
}

/**
 * Draws `size` responses: 35 % detractors (0–6), 20 % passives, 45 %
 * promoters (9–10), in a random order. A detractor says the detractor theme
 * with probability `strength` (one of its sentences) and the promoter theme
 * with probability 0.05; promoters the other way round; passives say each
 * with probability 0.1. Every comment has one or two filler sentences; one
 * in ten comments is blank.
 */
export function drawInflectedSet(language: string, size: number, seed: number, strength = 0.6): InflectedSet {
  const material = INFLECTED[language];
  const random = seededRandom(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const comments: string[] = [];
  const scores: number[] = [];
  for (let i = 0; i < size; i++) {
    const u = random();
    const side = u < 0.35 ? 'detractor' : u < 0.55 ? 'passive' : 'promoter';
    scores.push(side === 'detractor' ? Math.floor(random() * 7) : side === 'passive' ? 7 + Math.floor(random() * 2) : 9 + Math.floor(random() * 2));
    if (random() < 0.1) {
      comments.push('');
      continue;
    }
    const own = side === 'detractor' ? strength : side === 'passive' ? 0.1 : 0.05;
    const other = side === 'promoter' ? strength : side === 'passive' ? 0.1 : 0.05;
    const sentences: string[] = [];
    if (random() < own) sentences.push(pick(material.detractor.sentences));
    if (random() < other) sentences.push(pick(material.promoter.sentences));
    sentences.push(pick(material.filler));
    if (random() < 0.5) sentences.push(pick(material.filler));
    if (random() < 0.5) sentences.reverse();
    comments.push(sentences.join(material.joiner));
  }
  return { comments, scores };
}

/** Whether a listed theme is one of the forms of a planted theme (a form is one of its words, or for CJK a part of it). */
export function isForm(theme: string, planted: InflectedTheme): boolean {
  const words = theme.split(' ');
  return planted.forms.some((form) => words.includes(form) || (/[^\x00-\u024f]/.test(form) && theme.includes(form)));
}

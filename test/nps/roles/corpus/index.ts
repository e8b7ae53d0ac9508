/**
 * The whole corpus: every shape, with seeded variations of column order,
 * header wording and row counts, each as typed and as all-text cells.
 */
import { delightedSheets } from './delighted';
import { googleFormsSheets } from './googleForms';
import { handKeptSheets } from './handKept';
import { hubspotSheets } from './hubspot';
import { jotformSheets, medalliaSheets, microsoftFormsSheets } from './moreTools';
import { oddHeaderSheets } from './oddHeaders';
import { otherLanguageSheets } from './otherLanguages';
import { qualtricsSheets } from './qualtrics';
import { randomFor } from './random';
import { satisfactionSheets } from './satisfactionScale';
import type { CorpusSheet } from './sheet';
import { surveyMonkeySheets } from './surveyMonkey';
import { twoScaleSheets } from './twoScales';
import { typeformSheets } from './typeform';
import { valuesOnlySheets } from './valuesOnly';

export type { CorpusSheet, SheetTruth } from './sheet';

const SEEDS = [1, 2, 3, 4, 5];

/** Every corpus sheet but the very large ones (see {@link largeCorpus}). */
export function corpus(): CorpusSheet[] {
  const sheets: CorpusSheet[] = [];
  for (const seed of SEEDS) {
    const rows = randomFor(seed * 7919).int(12, 400);
    sheets.push(
      ...googleFormsSheets(seed, rows, seed === 4),
      ...(seed === 5 ? googleFormsSheets(55, rows, true) : []),
      ...surveyMonkeySheets(seed, rows, seed % 2 === 0),
      ...qualtricsSheets(seed, rows, seed % 2 === 1, seed >= 3),
      ...typeformSheets(seed, rows),
      ...delightedSheets(seed, rows, seed % 2 === 0),
      ...hubspotSheets(seed, rows),
      ...handKeptSheets(seed, rows, seed % 2 === 1, seed >= 3),
      ...otherLanguageSheets(seed, rows),
      ...satisfactionSheets(seed, rows, seed % 2 ? 'satisfaction-first' : 'recommend-first', (['telling', 'neutral', 'misleading', 'only-satisfaction', 'neutral'] as const)[seed - 1]),
      ...satisfactionSheets(seed + 100, rows, seed % 2 ? 'recommend-first' : 'satisfaction-first', (['neutral', 'misleading', 'telling', 'telling', 'only-satisfaction'] as const)[seed - 1]),
      ...oddHeaderSheets(seed, rows, (['blank', 'duplicate', 'payload', 'payload', 'blank'] as const)[seed - 1]),
      ...valuesOnlySheets(seed, rows),
      ...twoScaleSheets(seed, rows, seed % 2 === 0),
      ...jotformSheets(seed, rows),
      ...medalliaSheets(seed, rows),
      ...microsoftFormsSheets(seed, rows),
    );
  }
  // Small tables: a dozen responses still have to be understood.
  sheets.push(...googleFormsSheets(99, 8), ...surveyMonkeySheets(98, 10, false), ...qualtricsSheets(97, 10, false, false));
  return sheets;
}

/** Google Forms sheets with 30,000+ rows (typed and text). */
export function largeCorpus(): CorpusSheet[] {
  return googleFormsSheets(2025, 30500);
}

/**
 * "People" on the report (SPEC §10): the NPS of each person's latest answer
 * beside the NPS of every answer, how many people answered and how many
 * more than once, and how those moved between their previous and latest
 * answers. Only counts: no name or e-mail is written on the report (the
 * follow-up sheet, asked for apart, lists people). Pure.
 */
import type { PeopleSummary } from '../nps/peopleTypes';
import type { OverallSummary } from '../nps/analysis';
import { bandOf } from '../nps/bands';
import { NEUTRAL_FORMAT, repeat, type Block, type Cell } from './reportCompose';
import { PEOPLE_BLOCK } from './reportLayout';
import type { StyleKey } from './reportStyle';
import { asSheetText } from './sheetText';

/** The comparison's header: what is counted, then NPS_SUMMARY's figures. */
export const PEOPLE_HEADER = ['Counting', 'Counted', 'Promoters', 'Passives', 'Detractors', 'NPS', 'CI low', 'CI high'];
/** NPS_MOVEMENT's header. */
export const MOVEMENT_HEADER = ['From \\ To', 'Promoter', 'Passive', 'Detractor'];
const CATEGORIES = ['Promoter', 'Passive', 'Detractor'];
const FIGURES = ['@', '0', '0', '0', '0', '0.0', '0.0', '0.0'];
const NPS_AT = 5;

/**
 * The block: title, the two NPS side by side, a sentence on repeat people,
 * and the movement table.
 *
 * @param people the people summary (at least one person)
 * @param overall the report's NPS of every answer
 * @param respondent how the respondent column is named ("Email (E)")
 * @param row the sheet row of the title
 * @param asOf in a live report, when the people were counted (they are values); null in a snapshot
 * @example peopleBlock(summary, overall, 'Email', 49, null).values[2][0] // 'Latest answer of each person'
 */
export function peopleBlock(people: PeopleSummary, overall: OverallSummary, respondent: string, row: number, asOf: string | null): Block {
  const width = PEOPLE_BLOCK.width;
  const line = (cells: Cell[]): Cell[] => [...cells, ...repeat<Cell>('', width - cells.length)];
  const title = `People: each person counted once, with their latest answer (${respondent}${asOf ? `; at the build of ${asOf}` : ''})`;
  const latest: Cell[] = ['Latest answer of each person', people.people, people.promoters, people.passives, people.detractors, people.nps, people.ci[0], people.ci[1]];
  const every: Cell[] = overall.nps === null || overall.ci === null
    ? ['Every answer', 0, 0, 0, 0, '', '', '']
    : ['Every answer', overall.responses, overall.promoters, overall.passives, overall.detractors, overall.nps, overall.ci[0], overall.ci[1]];
  const repeatWords = `${countOf(people.people, 'person', 'people')} answered; ${countOf(people.repeatPeople, 'person', 'people')} more than once (${countOf(people.responses, 'dated answer', 'dated answers')} with a respondent)`;
  const values: Cell[][] = [
    line([asSheetText(title)]),
    PEOPLE_HEADER.slice(),
    latest,
    every,
    line([asSheetText(repeatWords)]),
    line([asSheetText('How people moved, from their previous answer to their latest (people who answered more than once)')]),
    line(MOVEMENT_HEADER.slice()),
    ...CATEGORIES.map((from, i) => line([from, ...people.movement[i]])),
  ];
  const plain = repeat<StyleKey>('', width);
  const withBand = (nps: Cell): StyleKey[] => {
    const look = plain.slice();
    if (typeof nps === 'number') look[NPS_AT] = bandOf(nps);
    return look;
  };
  const styles: StyleKey[][] = [
    ['section', ...repeat<StyleKey>('', width - 1)],
    repeat<StyleKey>('header', width),
    withBand(latest[NPS_AT]),
    withBand(every[NPS_AT]),
    plain,
    ['section', ...repeat<StyleKey>('', width - 1)],
    [...repeat<StyleKey>('header', MOVEMENT_HEADER.length), ...repeat<StyleKey>('', width - MOVEMENT_HEADER.length)],
    plain,
  ];
  const text = repeat('@', width);
  const counts = ['@', '0', '0', '0', ...repeat(NEUTRAL_FORMAT, width - 4)];
  const formats = [text, repeat(NEUTRAL_FORMAT, width), FIGURES, FIGURES, text, text, repeat(NEUTRAL_FORMAT, width), counts];
  return { row, column: PEOPLE_BLOCK.column, values, formats, styles };
}

/**
 * The sentence when a respondent column is chosen and nobody could be counted.
 * @example noPeopleSentence('Email (E)') // 'People: no answer in Email (E) has a person, a 0–10 score and a readable date.'
 */
export function noPeopleSentence(respondent: string): string {
  return `People: no answer in ${respondent} has a person, a 0–10 score and a readable date.`;
}

function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

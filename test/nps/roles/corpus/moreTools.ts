/**
 * Exports of tools the other generators do not cover: Jotform (English
 * month-name dates), Medallia (LTR next to a 1–10 OSAT, Survey IDs),
 * Microsoft Forms (ID 1..n, Start time before Completion time, an empty
 * Name column).
 */
import { dayMonthName, monthNameUs, usDay } from './dateFormats';
import { randomFor, type Random } from './random';
import { buildSheets, comment, npsAnswer, shuffleSome, timeBetween, type Cell, type ColumnSpec, type CorpusSheet } from './sheet';

interface Response {
  started: Date;
  submitted: Date;
  score: number;
  rating: number;
  reason: string;
  unit: string;
}

function responsesOf(random: Random, rows: number): Response[] {
  const responses: Response[] = [];
  for (let i = 0; i < rows; i++) {
    const submitted = timeBetween(random, '2025-01-01', '2025-12-31');
    responses.push({
      started: new Date(submitted.getTime() - random.int(30, 900) * 1000),
      submitted,
      score: npsAnswer(random),
      rating: random.int(1, 10),
      reason: comment(random),
      unit: random.pick(['Hotel Aurora', 'Hotel Borealis', 'Hotel Cirrus']),
    });
  }
  return responses;
}

/** Jotform: `Submission Date` as `Mar 4, 2025 5:22 PM` (or Excel's `04-Mar-2025`), a long Submission ID last. */
export function jotformSheets(seed: number, rows: number): CorpusSheet[] {
  const random = randomFor(seed);
  const responses = responsesOf(random, rows);
  const format = random.chance(0.5) ? monthNameUs : dayMonthName;
  const questions: ColumnSpec<Response>[] = [
    { headers: ['On a scale of 0-10, how likely are you to recommend us?'], truth: 'score', value: (r) => r.score },
    { headers: ['What can we do better?'], truth: 'comment', value: (r) => r.reason },
    { headers: ['Which hotel did you stay at?'], truth: 'segment', value: (r) => r.unit },
  ];
  const columns: ColumnSpec<Response>[] = [
    { headers: ['Submission Date'], truth: 'date', value: (r) => r.submitted, text: (d: Cell) => format(d as Date) },
    { headers: ['E-mail'], truth: 'email', value: (_, i) => `guest${i}@example.org` },
    ...shuffleSome(random, questions, () => false),
    { headers: ['Submission ID'], truth: 'id', value: (_, i) => `58${String(1e15 + i * 7919).slice(1)}` },
  ];
  return buildSheets(`Jotform #${seed} (${rows} rows)`, columns, responses);
}

/** Medallia: `LTR` (0–10) beside `OSAT` (1–10), neither header naming a recommendation in words. */
export function medalliaSheets(seed: number, rows: number): CorpusSheet[] {
  const random = randomFor(seed);
  const responses = responsesOf(random, rows);
  const scales: ColumnSpec<Response>[] = [
    { headers: ['LTR'], truth: 'score', value: (r) => r.score },
    { headers: ['OSAT'], value: (r) => r.rating },
  ];
  const columns: ColumnSpec<Response>[] = [
    { headers: ['Survey ID'], truth: 'id', value: (_, i) => 7700000 + i * 13 },
    { headers: ['Response Date'], truth: 'date', value: (r) => r.submitted, text: (d: Cell) => usDay(d as Date) },
    ...shuffleSome(random, scales, () => false),
    { headers: ['Unit'], truth: 'segment', value: (r) => r.unit },
    { headers: ['LTR Comment'], truth: 'comment', value: (r) => r.reason },
  ];
  return buildSheets(`Medallia #${seed} (${rows} rows)`, columns, responses);
}

/** Microsoft Forms: `ID` 1..n, `Start time`, `Completion time`, `Email` (anonymous), `Name` (empty), then the questions. */
export function microsoftFormsSheets(seed: number, rows: number): CorpusSheet[] {
  const random = randomFor(seed);
  const responses = responsesOf(random, rows);
  const time = (d: Cell) => {
    const date = d as Date;
    return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ${date.getUTCHours()}:${String(date.getUTCMinutes()).padStart(2, '0')}:${String(date.getUTCSeconds()).padStart(2, '0')}`;
  };
  const columns: ColumnSpec<Response>[] = [
    { headers: ['ID'], truth: 'id', value: (_, i) => i + 1 },
    { headers: ['Start time'], value: (r) => r.started, text: time },
    { headers: ['Completion time'], truth: 'date', value: (r) => r.submitted, text: time },
    { headers: ['Email'], value: () => 'anonymous' },
    { headers: ['Name'], value: () => '' },
    { headers: ['How likely are you to recommend Contoso to a friend or colleague?'], truth: 'score', value: (r) => r.score },
    { headers: ['Please tell us why'], truth: 'comment', value: (r) => r.reason },
  ];
  return buildSheets(`Microsoft Forms #${seed} (${rows} rows)`, columns, responses);
}

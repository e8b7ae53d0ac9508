/**
 * A sheet with generic headers (Field 1, Field 2…): row numbers, a duration in
 * seconds, a progress percentage, a 0/1 flag and the 0–10 answers. Only the
 * values can tell the score from the IDs, the durations and the progress.
 */
import { randomFor } from './random';
import { buildSheets, npsAnswer, shuffleSome, timeBetween, type Cell, type ColumnSpec, type CorpusSheet } from './sheet';
import { isoSpace } from './dateFormats';

interface Response {
  row: number;
  time: Date;
  seconds: number;
  progress: number;
  flag: number;
  score: number;
  big: string;
}

/** A sheet whose headers say nothing. */
export function valuesOnlySheets(seed: number, rows: number): CorpusSheet[] {
  const random = randomFor(seed);
  const responses: Response[] = [];
  for (let i = 0; i < rows; i++) {
    responses.push({
      row: i + 1,
      time: timeBetween(random, '2025-01-01', '2025-12-31'),
      seconds: random.int(5, 2000),
      progress: random.pick([100, 100, 100, 80, 60, 40, 20, 0]),
      flag: random.int(0, 1),
      score: npsAnswer(random),
      big: String(random.int(1000000, 9999999)),
    });
  }
  const specs: ColumnSpec<Response>[] = [
    { headers: [''], truth: 'id', value: (r) => r.row },
    { headers: [''], truth: 'date', value: (r) => r.time, text: (d: Cell) => isoSpace(d as Date) },
    { headers: [''], value: (r) => r.seconds },
    { headers: [''], value: (r) => r.progress },
    { headers: [''], value: (r) => r.flag },
    { headers: [''], truth: 'score', value: (r) => r.score },
    { headers: [''], truth: 'id', value: (r) => r.big },
  ];
  const columns = shuffleSome(random, specs, (c) => c === specs[0]).map((c, i) => ({
    ...c, headers: [`Field ${i + 1}`],
  }));
  return buildSheets(`Generic headers #${seed}`, columns, responses);
}

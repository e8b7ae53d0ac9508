/**
 * Headers that do not help or try to hurt: blank headers, duplicate headers,
 * and formula-like payloads (`=HYPERLINK("x")`, `+1`, `@x`, `<script>`).
 * The values must decide.
 */
import { isoSpace } from './dateFormats';
import { randomFor } from './random';
import { buildSheets, comment, npsAnswer, shuffleSome, timeBetween, type Cell, type ColumnSpec, type CorpusSheet } from './sheet';

interface Response {
  time: Date;
  score: number;
  reason: string;
  region: string;
  satisfaction: number;
}

const PAYLOADS = ['=HYPERLINK("http://x.example","x")', '+1', '@x', '<script>alert(1)</script>', '-2+3', '=1+1', '<img src=x onerror=alert(1)>'];

/** `kind`: blank headers, duplicate headers, or payload headers. */
export function oddHeaderSheets(seed: number, rows: number, kind: 'blank' | 'duplicate' | 'payload'): CorpusSheet[] {
  const random = randomFor(seed);
  const responses: Response[] = [];
  for (let i = 0; i < rows; i++) {
    responses.push({
      time: timeBetween(random, '2025-01-01', '2025-12-31'),
      score: npsAnswer(random),
      reason: comment(random, 0.3),
      region: random.pick(['North', 'South', 'East', 'West']),
      satisfaction: random.int(1, 5),
    });
  }
  const payloads = random.shuffle(PAYLOADS);
  const header = (normal: string, i: number) => (kind === 'blank' ? '' : kind === 'duplicate' ? 'Answer' : payloads[i]);
  const columns: ColumnSpec<Response>[] = shuffleSome(random, [
    { headers: [kind === 'payload' ? payloads[4] : 'Date'], truth: 'date', value: (r) => r.time, text: (d: Cell) => isoSpace(d as Date) },
    { headers: [header('Score', 0)], truth: 'score', value: (r) => r.score },
    { headers: [header('Why', 1)], truth: 'comment', value: (r) => r.reason },
    { headers: [header('Region', 2)], truth: 'segment', value: (r) => r.region },
    { headers: [header('Satisfaction', 3)], value: (r) => r.satisfaction },
  ], (c) => c.truth === 'date');
  return buildSheets(`${kind} headers #${seed}`, columns, responses);
}

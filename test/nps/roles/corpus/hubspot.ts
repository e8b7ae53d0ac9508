/** HubSpot NPS survey exports: Rating 0–10 beside Sentiment (Promoter/Passive/Detractor). */
import { isoMinutes } from './dateFormats';
import { randomFor } from './random';
import { buildSheets, comment, npsAnswer, shuffleSome, timeBetween, type Cell, type ColumnSpec, type CorpusSheet } from './sheet';

interface Response {
  submitted: Date;
  contact: string;
  score: number;
  reason: string;
  stage: string;
}

const CONTACTS = ['Jordan Lee', 'Priya Patel', 'Marco Rossi', 'Anna Kowalska', 'Sam Taylor', 'Lea Martin', 'Kenji Sato', 'Olu Ade'];

/** A HubSpot export; the Rating and Sentiment columns come in either order. */
export function hubspotSheets(seed: number, rows: number): CorpusSheet[] {
  const random = randomFor(seed);
  const responses: Response[] = [];
  for (let i = 0; i < rows; i++) {
    responses.push({
      submitted: timeBetween(random, '2025-03-01', '2025-12-01'),
      contact: `${random.pick(CONTACTS)} ${i}`,
      score: npsAnswer(random),
      reason: comment(random, 0.5),
      stage: random.pick(['Customer', 'Evangelist', 'Opportunity']),
    });
  }
  const sentiment = (s: number) => (s >= 9 ? 'Promoter' : s >= 7 ? 'Passive' : 'Detractor');
  const pair: ColumnSpec<Response>[] = [
    { headers: ['Rating'], truth: 'score', value: (r) => r.score },
    { headers: ['Sentiment'], truth: 'nps_group', value: (r) => sentiment(r.score) },
  ];
  const columns: ColumnSpec<Response>[] = [
    { headers: ['Submission date'], truth: 'date', value: (r) => r.submitted, text: (d: Cell) => isoMinutes(d as Date) },
    { headers: ['Contact'], value: (r) => r.contact },
    { headers: ['Email'], truth: 'email', value: (r, i) => `contact${i}@example.com` },
    ...shuffleSome(random, pair, () => false),
    { headers: ['Response'], truth: 'comment', value: (r) => r.reason },
    { headers: ['Lifecycle stage'], truth: 'segment', value: (r) => r.stage },
  ];
  return buildSheets(`HubSpot #${seed} (${rows} rows)`, columns, responses);
}

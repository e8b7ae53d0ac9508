/** Delighted exports: Response ID, Score, Comment, Created At, Updated At, Person ID, Email, Name, then person properties. */
import { isoZ } from './dateFormats';
import { randomFor } from './random';
import { buildSheets, comment, npsAnswer, shuffleSome, timeBetween, type Cell, type ColumnSpec, type CorpusSheet } from './sheet';

interface Response {
  id: number;
  created: Date;
  updated: Date;
  person: number;
  score: number;
  reason: string;
  plan: string;
  country: string;
  name: string;
}

const FIRST = ['Alex', 'Maria', 'Tom', 'Yuki', 'Omar', 'Sofia', 'Liam', 'Ines', 'Noah', 'Zoe', 'Raj', 'Eva', 'Lars', 'Mei'];
const LAST = ['Brown', 'Schmidt', 'Lopez', 'Bianchi', 'Dubois', 'Jansen', 'Silva', 'Kim', 'Haddad', 'Novak'];

/** A Delighted export; `withUpdated` includes `Updated At`. */
export function delightedSheets(seed: number, rows: number, withUpdated: boolean): CorpusSheet[] {
  const random = randomFor(seed);
  const responses: Response[] = [];
  for (let i = 0; i < rows; i++) {
    const created = timeBetween(random, '2025-01-15', '2025-10-15');
    responses.push({
      id: random.int(10000000, 99999999),
      created,
      updated: new Date(created.getTime() + (random.chance(0.3) ? random.int(60, 86400) * 1000 : 0)),
      person: random.int(100000000, 999999999),
      score: npsAnswer(random),
      reason: comment(random, 0.5),
      plan: random.pick(['Free', 'Pro', 'Business']),
      country: random.pick(['US', 'DE', 'FR', 'GB', 'BR', 'JP']),
      name: `${random.pick(FIRST)} ${random.pick(LAST)}`,
    });
  }
  const date = (d: Cell) => isoZ(d as Date);
  const base: ColumnSpec<Response>[] = [
    { headers: ['Response ID'], truth: 'id', value: (r) => r.id },
    { headers: ['Score'], truth: 'score', value: (r) => r.score },
    { headers: ['Comment'], truth: 'comment', value: (r) => r.reason },
    { headers: ['Created At'], truth: 'date', value: (r) => r.created, text: date },
  ];
  if (withUpdated) base.push({ headers: ['Updated At'], value: (r) => r.updated, text: date });
  base.push(
    { headers: ['Person ID'], truth: 'id', value: (r) => r.person },
    { headers: ['Email'], truth: 'email', value: (r) => `${r.name.split(' ')[0].toLowerCase()}${r.person}@example.com` },
    { headers: ['Name'], value: (r) => r.name },
  );
  const properties: ColumnSpec<Response>[] = [
    { headers: ['Plan'], truth: 'segment', value: (r) => r.plan },
    { headers: ['Country'], truth: 'segment', value: (r) => r.country },
  ];
  const columns = [...base, ...shuffleSome(random, properties, () => false)];
  return buildSheets(`Delighted #${seed} (${rows} rows${withUpdated ? ', Updated At' : ''})`, columns, responses);
}

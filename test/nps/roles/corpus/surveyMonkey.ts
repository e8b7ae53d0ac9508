/** SurveyMonkey "all responses" exports: two header rows, metadata columns first, then the questions. */
import { surveyMonkey } from './dateFormats';
import { randomFor } from './random';
import { buildSheets, comment, npsAnswer, shuffleSome, timeBetween, type Cell, type ColumnSpec, type CorpusSheet } from './sheet';

interface Response {
  id: number;
  start: Date;
  end: Date;
  ip: string;
  email: string;
  first: string;
  last: string;
  custom: string;
  score: number;
  reason: string;
  region: string;
}

const FIRST = ['Ana', 'Ben', 'Chloé', 'Dev', 'Emma', 'Femi', 'Guo', 'Hana', 'Ivan', 'Jana', 'Kofi', 'Lena'];
const LAST = ['Smith', 'Müller', 'García', 'Rossi', 'Nguyen', 'Kowalski', 'Okafor', 'Tanaka'];

/** The question's value: SurveyMonkey labels the ends of the 0–10 scale. */
function labelled(score: number): Cell {
  if (score === 0) return '0 - Not at all likely';
  if (score === 10) return '10 - Extremely likely';
  return score;
}

/** A SurveyMonkey export; `withContacts` fills e-mail and names (an e-mail collector). */
export function surveyMonkeySheets(seed: number, rows: number, withContacts: boolean): CorpusSheet[] {
  const random = randomFor(seed);
  const responses: Response[] = [];
  for (let i = 0; i < rows; i++) {
    const start = timeBetween(random, '2025-04-01', '2025-11-15');
    responses.push({
      id: 11400000000 + 13 * i,
      start,
      end: new Date(start.getTime() + random.int(30, 900) * 1000),
      ip: withContacts ? '' : `203.0.113.${random.int(1, 254)}`,
      email: withContacts ? `${random.pick(FIRST).toLowerCase()}.${i}@example.org` : '',
      first: withContacts ? random.pick(FIRST) : '',
      last: withContacts ? random.pick(LAST) : '',
      custom: withContacts ? random.pick(['web', 'newsletter']) : '',
      score: npsAnswer(random),
      reason: comment(random),
      region: random.pick(['Americas', 'EMEA', 'APAC']),
    });
  }
  const date = (d: Cell) => surveyMonkey(d as Date);
  const meta: ColumnSpec<Response>[] = [
    { headers: ['Respondent ID', ''], truth: 'id', value: (r) => r.id },
    { headers: ['Collector ID', ''], value: () => 431000000 },
    { headers: ['Start Date', ''], value: (r) => r.start, text: date },
    { headers: ['End Date', ''], truth: 'date', value: (r) => r.end, text: date },
    { headers: ['IP Address', ''], value: (r) => r.ip },
    { headers: ['Email Address', ''], truth: withContacts ? 'email' : undefined, value: (r) => r.email },
    { headers: ['First Name', ''], value: (r) => r.first },
    { headers: ['Last Name', ''], value: (r) => r.last },
    // Custom data is whatever the survey owner passed in: here the invitation source, a segment.
    { headers: ['Custom Data 1', ''], truth: withContacts ? 'segment' : undefined, value: (r) => r.custom },
  ];
  const questions: ColumnSpec<Response>[] = [
    { headers: ['How likely is it that you would recommend Fabrikam to a friend or colleague?', 'Response'], truth: 'score', value: (r) => labelled(r.score) },
    { headers: ['What is the primary reason for your score?', 'Open-Ended Response'], truth: 'comment', value: (r) => r.reason },
    { headers: ['Which region are you in?', 'Response'], truth: 'segment', value: (r) => r.region },
  ];
  const columns = [...meta, ...shuffleSome(random, questions, () => false)];
  return buildSheets(`SurveyMonkey #${seed} (${rows} rows${withContacts ? ', contacts' : ''})`, columns, responses);
}

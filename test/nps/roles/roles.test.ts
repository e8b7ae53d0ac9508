import { runInNewContext } from 'node:vm';
import { columnLetter, mappingFromRoles, profileColumns } from '../../../src/nps/roles';
import { findTable } from '../../../src/nps/table';

/** A sheet from a header row and columns of values (one array per column). */
function sheet(headers: string[], ...columns: unknown[][]): unknown[][] {
  const rows = Math.max(...columns.map((c) => c.length));
  const values: unknown[][] = [headers];
  for (let r = 0; r < rows; r++) values.push(columns.map((c) => (r < c.length ? c[r] : '')));
  return values;
}

function profile(values: unknown[][], locale = 'en_US') {
  return profileColumns(values, findTable(values)!, { locale });
}

/** `n` values cycling through `pool`. */
const cycle = <T>(pool: T[], n = 40) => Array.from({ length: n }, (_, i) => pool[i % pool.length]);
const scores = cycle([9, 10, 7, 3, 8, 0, 6, 10, 5, 9, 2]);
const oneToFive = cycle([1, 2, 3, 4, 5, 4, 3]);
const dates = (n = 40, from = Date.UTC(2025, 0, 1)) => Array.from({ length: n }, (_, i) => new Date(from + i * 86400000 + 3600000));
const regions = cycle(['North', 'South', 'East', 'West']);

describe('profileColumns picks the 0–10 recommend question', () => {
  it('over a 1–5 satisfaction scale on its left', () => {
    const values = sheet(['Satisfaction', 'Recommend'], oneToFive, scores);
    const { columns, mapping } = profile(values);
    expect(mapping.score).toBe(1);
    expect(columns[0].role).toBe('number');
  });

  it('over a 1–5 satisfaction scale on its right, even when both are headed "Score"', () => {
    expect(profile(sheet(['Score', 'Score'], scores, oneToFive)).mapping.score).toBe(0);
  });

  it('and finds no score column when only a 1–5 scale exists', () => {
    const { mapping, columns } = profile(sheet(['How likely are you to recommend us? (1-5)', 'Region'], oneToFive, regions));
    expect(mapping.score).toBeNull();
    expect(columns[0].role).toBe('number');
  });

  it("over Qualtrics' Q1_NPS_GROUP (1/2/3), which becomes nps_group", () => {
    const groups = scores.map((s) => (s >= 9 ? 3 : s >= 7 ? 2 : 1));
    const { columns, mapping } = profile(sheet(['Q1_NPS_GROUP', 'Q1'], groups, scores));
    expect(mapping.score).toBe(1);
    expect(columns[0].role).toBe('nps_group');
  });

  it("over HubSpot's Sentiment (Promoter/Passive/Detractor), which becomes nps_group", () => {
    const sentiment = scores.map((s) => (s >= 9 ? 'Promoter' : s >= 7 ? 'Passive' : 'Detractor'));
    const { columns, mapping } = profile(sheet(['Sentiment', 'Rating'], sentiment, scores));
    expect(mapping.score).toBe(1);
    expect(columns[0]).toMatchObject({ role: 'nps_group' });
  });

  it('over progress (0–100), durations and unique increasing ids', () => {
    const ids = scores.map((_, i) => i + 1);
    const progress = cycle([100, 100, 100, 50, 0, 100]);
    const duration = cycle([35, 620, 88, 1500, 9, 240]);
    const { columns, mapping } = profile(sheet(['A', 'B', 'C', 'D'], ids, progress, duration, scores));
    expect(mapping.score).toBe(3);
    expect(columns.map((c) => c.role)).toEqual(['id', 'number', 'number', 'score']);
  });

  it('over long digit ids stored as text', () => {
    const ids = scores.map((_, i) => String(11400000000 + 13 * i));
    const { columns, mapping } = profile(sheet(['Respondent ID', 'Q'], ids, scores.map(String)));
    expect(mapping.score).toBe(1);
    expect(columns[0].role).toBe('id');
  });

  it('with labels, typos, N/A and blanks among the answers', () => {
    const messy = scores.map((s, i) => (i % 10 === 0 ? 'N/A' : i % 13 === 0 ? '11' : i % 7 === 0 ? '' : s === 10 ? '10 - Extremely likely' : s === 0 ? '0 – Not at all likely' : String(s)));
    expect(profile(sheet(['Date', 'How likely…'], dates().map((d) => d.toISOString()), messy)).mapping.score).toBe(1);
  });

  it('but not a 0/1 flag', () => {
    expect(profile(sheet(['Flag'], cycle([0, 1, 1, 0]))).mapping.score).toBeNull();
  });

  it('from headers in other languages', () => {
    for (const header of [
      'Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?', '¿Qué probabilidad hay de que nos recomiende?', 'Recommanderiez-vous notre service ?',
      'Você nos recomendaria?', 'Quanto è probabile che ci raccomandi?', 'Zou u ons aanbevelen?', 'NPS', 'Punktzahl', 'Note', 'Puntuación',
      'Jak prawdopodobne jest, że polecisz nas znajomemu?', 'Насколько вероятно, что вы порекомендуете нас?', '友人に勧める可能性はどのくらいありますか？',
    ]) {
      const values = sheet(['Renewal (0-10)', header], scores.slice().reverse(), scores);
      expect({ header, score: profile(values).mapping.score }).toEqual({ header, score: 1 });
    }
  });
});

describe('profileColumns picks the response date', () => {
  it('End Date over Start Date (SurveyMonkey)', () => {
    const { columns, mapping } = profile(sheet(['Start Date', 'End Date', 'Q'], dates(), dates(40, Date.UTC(2025, 0, 1, 0, 5)), scores));
    expect(mapping.date).toBe(1);
    expect(columns[0].role).toBe('other');
  });

  it('RecordedDate over StartDate and EndDate (Qualtrics)', () => {
    expect(profile(sheet(['StartDate', 'EndDate', 'RecordedDate', 'Q1'], dates(), dates(), dates(), scores)).mapping.date).toBe(2);
  });

  it('Submit Date over Start Date (Typeform), Created At over Updated At (Delighted)', () => {
    expect(profile(sheet(['Start Date (UTC)', 'Submit Date (UTC)', 'Q'], dates(), dates(), scores)).mapping.date).toBe(1);
    expect(profile(sheet(['Updated At', 'Created At', 'Score'], dates(), dates(), scores)).mapping.date).toBe(1);
  });

  it('between headers that rank alike, the column that is later on the rows (the completion)', () => {
    const started = dates();
    const completed = started.map((d, i) => new Date(d.getTime() + (i % 5 === 0 ? 0 : 60000 * (3 + i))));
    // Headers the word lists do not know: the values decide, whichever side the completion is on.
    expect(profile(sheet(['Zeitpunkt 1', 'Zeitpunkt 2', 'Q'], started, completed, scores)).mapping.date).toBe(1);
    expect(profile(sheet(['Zeitpunkt 2', 'Zeitpunkt 1', 'Q'], completed, started, scores)).mapping.date).toBe(0);
    // Headers that rank differently keep their order: created beats a later updated.
    expect(profile(sheet(['Created At', 'Updated At', 'Q'], started, completed, scores)).mapping.date).toBe(0);
    // Equal dates on every row: the leftmost stays.
    expect(profile(sheet(['T1', 'T2', 'Q'], started, started, scores)).mapping.date).toBe(0);
  });

  it('start and completion headers in Dutch, Russian, Japanese, Korean, Turkish and Arabic', () => {
    const same = dates();
    const pairs = [
      ['Gestart op', 'Ingevuld op'], ['Начало', 'Окончание'], ['開始日時', '完了日時'], ['시작 시간', '제출 시간'], ['Başlangıç', 'Gönderim zamanı'], ['وقت البدء', 'وقت الإرسال'],
    ];
    for (const [start, end] of pairs) {
      // Equal values and the start on the left: only the headers can pick the completion.
      expect({ end, date: profile(sheet([start, end, 'Q'], same, same, scores)).mapping.date }).toEqual({ end, date: 1 });
    }
  });

  it('reads text dates: day-first dotted German dates under "Datum"', () => {
    const german = dates().map((d) => `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.2025`);
    expect(profile(sheet(['Datum', 'Bewertung'], german, scores), 'de_DE').mapping).toMatchObject({ date: 0, score: 1 });
  });

  it('recognises Date cells from another JavaScript realm', () => {
    const foreign = dates().map((d) => runInNewContext(`new Date(${d.getTime()})`));
    expect(foreign[0] instanceof Date).toBe(false);
    expect(profile(sheet(['When', 'Q'], foreign, scores)).mapping.date).toBe(0);
  });
});

describe('profileColumns: segments, comments and the rest', () => {
  const why = cycle(['Support answered in minutes', 'Too expensive for what it does', '', 'The app keeps crashing on upload', 'Great value']);
  it('segments best first, comments in order, e-mails, names and constants set aside', () => {
    const values = sheet(
      ['Email', 'First Name', 'Why?', 'Plan', 'Status', 'How likely to recommend?', 'Lifecycle'],
      scores.map((_, i) => `p${i}@example.com`), cycle(['Ann', 'Bob', 'Cy']), why, cycle(['Free', 'Pro']), cycle(['Complete']), scores, cycle(['Lead', 'Customer', 'Partner']),
    );
    const { columns, mapping } = profile(values);
    expect(columns.map((c) => c.role)).toEqual(['email', 'other', 'comment', 'segment', 'other', 'score', 'segment']);
    // The e-mail column is the respondent (SPEC §10) until the user picks another.
    expect(mapping).toEqual({ score: 5, date: null, segments: [3, 6], comments: [2], drivers: [3, 6], respondent: 0 });
  });

  it('takes forty countries as a segment when they repeat, a yes/no question too, but not a time of day', () => {
    const countries = cycle(Array.from({ length: 40 }, (_, i) => `Land ${i}`), 160);
    const values = sheet(['Where are you based?', 'Paying customer?', 'Day', 'Time', 'Q'], countries, cycle(['Yes', 'No'], 160),
      dates(160).map((d) => d.toISOString().slice(0, 10)), cycle(['9:00', '10:00', '11:00', '14:30'], 160), cycle(scores, 160));
    expect(profile(values).columns.map((c) => c.role)).toEqual(['segment', 'segment', 'date', 'other', 'score']);
  });

  it('reads Russian, Japanese and Chinese NPS-group labels and comment headers', () => {
    const groups = (labels: string[]) => scores.map((s) => (s >= 9 ? labels[0] : s >= 7 ? labels[1] : labels[2]));
    const short = cycle(['Ок', 'Долго', '']);
    const ru = profile(sheet(['Оценка', 'Группа', 'Комментарий'], scores, groups(['Промоутер', 'Нейтрал', 'Критик']), short));
    expect(ru.columns.map((c) => c.role)).toEqual(['score', 'nps_group', 'comment']);
    const ja = profile(sheet(['おすすめ度', '区分', 'ご意見'], scores, groups(['推奨者', '中立者', '批判者']), cycle(['良い', '高い', ''])));
    expect(ja.columns.map((c) => c.role)).toEqual(['score', 'nps_group', 'comment']);
    const zh = profile(sheet(['推荐', '类别', '原因'], scores, groups(['推荐者', '被动者', '贬损者']), cycle(['好', '贵', ''])));
    expect(zh.columns.map((c) => c.role)).toEqual(['score', 'nps_group', 'comment']);
  });

  it('sets aside full names and web addresses, but keeps city names that repeat as a segment', () => {
    const people = Array.from({ length: 40 }, (_, i) => `${['Anna', 'Tom', 'Mei', 'Jonas', 'Sara'][i % 5]} ${['de Vries', "O'Neil", 'Kowalski', 'Smith', 'Lee', 'Garcia', 'Müller', 'Rossi'][i % 8]}`);
    const links = scores.map((_, i) => `https://app.example.com/r/${1000 + i}`);
    const cities = cycle(['New York', 'San Francisco', 'Los Angeles']);
    const { columns } = profile(sheet(['Customer', 'Permalink', 'Office', 'Score'], people, links, cities, scores));
    expect(columns.map((c) => c.role)).toEqual(['other', 'other', 'segment', 'score']);
  });

  it('takes "Customer 1042" labels for ids and "Store 12" for a segment', () => {
    const customers = scores.map((_, i) => `Customer ${1000 + i}`);
    const stores = cycle(['Store 12', 'Store 7', 'Store 31']);
    expect(profile(sheet(['Customer', 'Branch', 'Rating'], customers, stores, scores)).columns.map((c) => c.role)).toEqual(['id', 'segment', 'score']);
  });

  it('does not take a 1–5 agreement item naming the product for a segment', () => {
    const header = 'I would recommend this product to others (1 = strongly disagree, 5 = strongly agree)';
    const { columns, mapping } = profile(sheet([header, 'Likelihood score (0-10)', 'Country'], oneToFive, scores, regions));
    expect(columns[0].role).toBe('number');
    expect(mapping).toMatchObject({ score: 1, segments: [2] });
  });

  it('reads "why?" headers in Danish, Swedish, Polish, Czech, Finnish and Turkish as comments, even with few distinct answers', () => {
    const fewReasons = cycle(['Pris', 'Service', 'Levering']);
    for (const why of ['Hvorfor?', 'Varför?', 'Dlaczego?', 'Proč?', 'Miksi?', 'Neden?', 'Uwagi']) {
      expect([why, profile(sheet(['Score', why], scores, fewReasons)).columns[1].role]).toEqual([why, 'comment']);
    }
  });

  it('takes small integer codes as a segment when the header names one', () => {
    expect(profile(sheet(['Store', 'Score'], cycle([101, 102, 205]), scores)).mapping.segments).toEqual([0]);
  });

  it('gives every column a letter, a header and a confidence between 0 and 1', () => {
    const { columns } = profile(sheet(['Date', '', 'Why?'], dates(), scores, why));
    expect(columns.map((c) => [c.letter, c.header])).toEqual([['A', 'Date'], ['B', ''], ['C', 'Why?']]);
    for (const c of columns) expect(c.confidence).toBeGreaterThan(0), expect(c.confidence).toBeLessThanOrEqual(1);
  });
});

describe('mappingFromRoles', () => {
  it('takes the first score and date column and every segment and comment column in sheet order', () => {
    const roles = ['segment', 'date', 'score', 'comment', 'score', 'date', 'segment', 'comment', 'other'] as const;
    expect(mappingFromRoles([...roles], [], null)).toEqual({ score: 2, date: 1, segments: [0, 6], comments: [3, 7], drivers: [0, 6] });
  });

  it('gives nulls and empty lists when no column has those roles', () => {
    expect(mappingFromRoles(['other', 'id'], [], null)).toEqual({ score: null, date: null, segments: [], comments: [], drivers: [] });
  });

  it('the respondent: the column picked as such, else the first e-mail column; an id column only when picked', () => {
    expect(mappingFromRoles(['id', 'score', 'email', 'email'], [], null).respondent).toBe(2);
    expect(mappingFromRoles(['id', 'score', 'email', 'respondent'], [], null).respondent).toBe(3);
    expect(mappingFromRoles(['id', 'score', 'other'], [], null).respondent).toBeUndefined();
  });
});

describe('columnLetter', () => {
  it('counts A…Z, AA…AZ, BA…, ZZ, AAA', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

// Writes test/fixtures/unseen/scales/: survey exports whose score column is
// not coded 0–10 (SPEC 10b), each with a truth file computed here from the
// 0–10 answers drawn BEFORE they were coded, never by the code under test:
//   - Qualtrics exports of a 0–10 item coded 1–11 (its default): three header
//     rows or one, 40 to 1,200 responses, skipped questions (blank) and
//     Qualtrics' "-99" (seen but unanswered: ignored), labelled end points;
//   - a Google Forms "on a scale of 1 to 10" survey (counted as it is);
//   - a 0–10 survey whose 1–5 satisfaction column is forced as the score.
// Deterministic (seeded):  node scripts/make-scale-fixtures.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seeded } from './seeded.mjs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'unseen', 'scales');


/** Shares of the answers 0…10 of a realistic NPS survey (10 is about a quarter). */
const NPS_WEIGHTS = [3, 2, 2, 3, 4, 7, 8, 12, 14, 18, 27];

function draw(random, weights) {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (let i = 0; i < weights.length; i++) if ((r -= weights[i]) < 0) return i;
  return weights.length - 1;
}

const category = (score) => (score >= 9 ? 'promoters' : score >= 7 ? 'passives' : 'detractors');
const pad = (n) => String(n).padStart(2, '0');
const csvField = (text) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const csv = (rows) => rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';

/** Counts per category of a list of 0–10 truths, plus the ignored cells. */
function counter() {
  const overall = { responses: 0, promoters: 0, passives: 0, detractors: 0, ignored: 0 };
  const byMonth = {};
  return {
    add(score, month) {
      overall.responses++;
      overall[category(score)]++;
      const m = (byMonth[month] ??= { responses: 0, promoters: 0, passives: 0, detractors: 0 });
      m.responses++;
      m[category(score)]++;
    },
    ignore() {
      overall.ignored++;
    },
    overall,
    byMonth: () => Object.fromEntries(Object.keys(byMonth).sort().map((k) => [k, byMonth[k]])),
  };
}

/** A wall-clock time in 2025, as Qualtrics writes it (`2025-04-01 07:30:51`), and its month start. */
function localTime(random) {
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const text = `2025-${pad(month)}-${pad(day)} ${pad(Math.floor(random() * 24))}:${pad(Math.floor(random() * 60))}:${pad(Math.floor(random() * 60))}`;
  return { text, month: `2025-${pad(month)}-01` };
}

const PRODUCTS = ['Contoso CRM', 'Contoso Mail', 'Contoso Forms'];
const REASONS = ['Support answered in minutes', 'Too expensive', 'Does the job', 'Buggy export', 'Easy to set up', 'Missing integrations'];

/**
 * A Qualtrics export of a 0–10 recommend item left at Qualtrics' 1–11 coding.
 * `headerRows` 3 (QIDs, question texts, ImportIds) or 1 (question texts only).
 */
function qualtrics({ name, rows, seed, headerRows, blankShare, skippedCode, labelled, weights = NPS_WEIGHTS }) {
  const random = seeded(seed);
  const count = counter();
  const question = 'On a scale from 0-10, how likely are you to recommend Contoso to a friend or colleague?';
  const ids = ['StartDate', 'EndDate', 'Status', 'IPAddress', 'Progress', 'Duration (in seconds)', 'Finished', 'RecordedDate', 'ResponseId', 'DistributionChannel', 'UserLanguage', 'Q1', 'Q1_NPS_GROUP', 'Q2', 'Q3'];
  const texts = ['Start Date', 'End Date', 'Response Type', 'IP Address', 'Progress', 'Duration (in seconds)', 'Finished', 'Recorded Date', 'Response ID', 'Distribution Channel', 'User Language', question, `${question} - Group`, 'What is the most important reason for your score?', 'Which product do you use most?'];
  const importIds = ['startDate', 'endDate', 'status', 'ipAddress', 'progress', 'duration', 'finished', 'recordedDate', '_recordId', 'distributionChannel', 'userLanguage', 'QID1', 'QID1_NPS_GROUP', 'QID2_TEXT', 'QID3'].map((id) => JSON.stringify({ ImportId: id }));
  const out = headerRows === 3 ? [ids, texts, importIds] : [texts];
  for (let i = 0; i < rows; i++) {
    const when = localTime(random);
    const duration = 60 + Math.floor(random() * 900);
    let answer = '';
    let group = '';
    const r = random();
    if (r < blankShare) {
      answer = ''; // the question was skipped: blank, not counted
    } else if (r < blankShare + (skippedCode ? 0.02 : 0)) {
      answer = '-99'; // Qualtrics' "seen but unanswered": invalid, counted as ignored
      count.ignore();
    } else {
      const score = draw(random, weights);
      count.add(score, when.month);
      const coded = score + 1;
      answer = labelled && coded === 11 ? '11 - Extremely likely' : labelled && coded === 1 ? '1 - Not at all likely' : String(coded);
      group = String(score >= 9 ? 3 : score >= 7 ? 2 : 1);
    }
    const id = `R_${Math.floor(random() * 36 ** 10).toString(36).padStart(10, '0').slice(0, 15)}${i}`;
    out.push([when.text, when.text, 'IP Address', `203.0.113.${1 + (i % 250)}`, '100', String(duration), 'True', when.text, id, 'anonymous', 'EN', answer, group, REASONS[Math.floor(random() * REASONS.length)], PRODUCTS[Math.floor(random() * 3)]]);
  }
  writeFixture(name, out, {
    timeZone: 'America/Denver', locale: 'en_US', headerRows, rows, score: 11, dates: [7, 1], count,
    scale: '1-11 recoded', warning: 'is coded 1–11',
    note: `Qualtrics export, 0–10 item coded 1–11 (no 0), ${headerRows} header row(s), ${rows} rows${skippedCode ? ', -99 for seen but unanswered' : ''}${labelled ? ', end points labelled' : ''}: counts are those of the 0–10 answers before coding.`,
  });
}

/** A Google Forms survey asked "on a scale of 1 to 10": answers 1–10 counted as they are. */
function oneToTen({ name, rows, seed }) {
  const random = seeded(seed);
  const count = counter();
  const out = [['Timestamp', 'On a scale of 1 to 10, how likely are you to recommend us to a friend?', 'Which plan are you on?']];
  for (let i = 0; i < rows; i++) {
    const month = 1 + Math.floor(random() * 6);
    const day = 1 + Math.floor(random() * 28);
    const answer = 1 + draw(random, NPS_WEIGHTS.slice(1)); // 1–10, never 0
    count.add(answer, `2025-${pad(month)}-01`);
    out.push([`${month}/${day}/2025 ${1 + Math.floor(random() * 12)}:${pad(Math.floor(random() * 60))}:${pad(Math.floor(random() * 60))}`, String(answer), ['Free', 'Pro', 'Team'][Math.floor(random() * 3)]]);
  }
  writeFixture(name, out, {
    timeZone: 'UTC', locale: 'en_US', headerRows: 1, rows, score: 1, dates: [0], count, scale: '0-10', warning: 'defined on 0–10',
    note: 'Google Forms, "on a scale of 1 to 10" (answers 1–10, never 0): counted as they are, 1–6 as detractors, with a warning.',
  });
}

/** A 0–10 survey with a 1–5 satisfaction column that the user forces as the score (`--score-column C`). */
function forcedRating({ name, rows, seed }) {
  const random = seeded(seed);
  const count = counter();
  const out = [['Submitted', 'How likely are you to recommend us? (0-10)', 'Overall satisfaction (1-5)', 'Region']];
  for (let i = 0; i < rows; i++) {
    const month = 1 + Math.floor(random() * 4);
    const day = 1 + Math.floor(random() * 28);
    const satisfaction = 1 + draw(random, [5, 10, 25, 35, 25]);
    count.add(satisfaction, `2025-${pad(month)}-01`);
    out.push([`2025-${pad(month)}-${pad(day)} 10:00`, String(draw(random, NPS_WEIGHTS)), String(satisfaction), ['EMEA', 'APAC', 'Americas'][Math.floor(random() * 3)]]);
  }
  writeFixture(name, out, {
    timeZone: 'Europe/Berlin', locale: 'en_GB', headerRows: 1, rows, score: 2, dates: [0], count, scale: '0-10', warning: 'looks like a 1–5 rating',
    args: ['--score-column', 'C'],
    note: 'A 1–5 satisfaction column forced as the score: every answer is a detractor (NPS −100), with a warning.',
  });
}

function writeFixture(name, rows, { timeZone, locale, headerRows, score, dates, count, scale, warning, note, args = [] }) {
  const file = `${name}.csv`;
  writeFileSync(join(OUT, file), csv(rows));
  const truth = {
    name: `scales/${name}`, file, timeZone, locale, args, note,
    table: { headerRow: 1, headerRows, firstDataRow: headerRows + 1, lastRow: rows.length },
    score, dates,
    overall: count.overall,
    byMonth: count.byMonth(),
    scale, warning,
  };
  writeFileSync(join(OUT, `${name}.truth.json`), JSON.stringify(truth, null, 1) + '\n');
}

mkdirSync(OUT, { recursive: true });
qualtrics({ name: 'qualtrics_1_11_small', rows: 40, seed: 111, headerRows: 3, blankShare: 0.05, skippedCode: false, labelled: false });
qualtrics({ name: 'qualtrics_1_11_large', rows: 1200, seed: 1111, headerRows: 3, blankShare: 0.08, skippedCode: true, labelled: false });
qualtrics({ name: 'qualtrics_1_11_one_header', rows: 260, seed: 11, headerRows: 1, blankShare: 0.03, skippedCode: true, labelled: true });
// Half the answers are 11: more than the 0–10 reading alone would accept as a score column.
qualtrics({ name: 'qualtrics_1_11_happy', rows: 120, seed: 1234, headerRows: 3, blankShare: 0.1, skippedCode: false, labelled: false, weights: [1, 0, 1, 1, 2, 3, 4, 8, 12, 18, 50] });
oneToTen({ name: 'forms_1_to_10', rows: 180, seed: 10 });
forcedRating({ name: 'forced_rating_1_5', rows: 90, seed: 5 });

// Writes test/fixtures/wide/forms_52_columns.csv and its truth: a Google
// Forms-like export of 52 columns as real wide surveys are (SPEC 10b): the
// 0–10 recommend question, a second one (recommend Python, NA for most), an
// anti-robot question ("8", "eight", "Eight"), a Gender column with case
// variants and NA, plan, region and role, 20 agree/disagree items, a
// multi-select question, single-choice questions, names, ids, e-mails,
// comments, numbers and two columns that hold one value. The truth (which
// column is what, counts overall and per gender, folded) is computed here
// from what was written, never by the code under test. Deterministic:
//   node scripts/make-wide-survey.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seeded } from './seeded.mjs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'wide');
const ROWS = 600;

const random = seeded(52);
const pick = (list) => list[Math.floor(random() * list.length)];
const pad = (n) => String(n).padStart(2, '0');
const csvField = (text) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const category = (s) => (s >= 9 ? 'promoters' : s >= 7 ? 'passives' : 'detractors');

const LIKERT = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
const STATEMENTS = [
  'Onboarding was easy', 'The documentation is helpful', 'Support replies quickly', 'The app is fast', 'Pricing is fair',
  'Reports are easy to read', 'I trust the numbers', 'The mobile app works well', 'Integrations cover my tools', 'Updates do not break my work',
  'I can find what I need', 'The team listens to feedback', 'Billing is clear', 'Exports are reliable', 'Security meets our needs',
  'I would renew today', 'Dashboards load quickly', 'Alerts are useful', 'Sharing is simple', 'Search finds things',
];
const FEATURES = ['Dashboards', 'Exports', 'Alerts', 'API', 'Sharing'];
const FIRST = ['Anna', 'Tom', 'Mei', 'Jonas', 'Sara', 'Ravi', 'Lena', 'Omar'];
const LAST = ['de Vries', "O'Neil", 'Kowalski', 'Smith', 'Lee', 'Garcia', 'Müller', 'Rossi', 'Nakamura'];
const REASONS = ['Support answered in minutes', 'Too expensive for what it does', 'Reports are slow on Mondays', 'Easy to set up and use', 'Missing the integrations we need', 'The new dashboards are great'];

const headers = [
  'Timestamp', 'Email Address', 'How likely is it that you would recommend Northwind to a friend or colleague?',
  'What is your role?', 'Which plan are you on?', 'Region', 'What is your gender?',
  'To show you are human: what is five plus three?',
  ...STATEMENTS.map((s) => `Rate each statement [${s}]`),
  'Which features do you use?', 'What do you mostly use Northwind for?', 'Would you buy Northwind again if you had to choose today?',
  'How likely are you to recommend Python to a friend or colleague?',
  'Full name', 'Respondent ID', 'What is the main reason for your score?', 'Anything else you would like to tell us?',
  'Survey version', 'Consent', 'Years as a customer', 'Team size', 'Monthly spend (EUR)',
  'What is your favourite keyboard shortcut?', 'Hours saved per week', 'Number of reports built last month',
  'What did you use before Northwind?', 'Department', 'Company size',
  'Which integrations would you like next?', 'Industry', 'How often do you use Northwind?', 'Preferred language', 'Referral code',
];
if (headers.length !== 52) throw new Error(`52 columns expected, got ${headers.length}`);
const at = (header) => headers.indexOf(header);

const overall = { responses: 0, promoters: 0, passives: 0, detractors: 0, ignored: 0 };
const byGender = {};
const byMonth = {};
/** How often each spelling of each gender was written: a row is shown in its most frequent spelling. */
const spellings = {};
const shown = (key) => (key === '(blank)' ? key : Object.entries(spellings[key]).sort((a, b) => b[1] - a[1])[0][0]);
const lines = [headers.map(csvField).join(',')];
for (let i = 0; i < ROWS; i++) {
  const plan = pick(['Free', 'Pro', 'Team', 'Enterprise']);
  const base = { Free: 5.8, Pro: 7.6, Team: 8.0, Enterprise: 8.6 }[plan];
  const score = Math.max(0, Math.min(10, Math.round(base + (random() + random() + random() - 1.5) * 4)));
  overall.responses++;
  overall[category(score)]++;
  const genderTruth = pick(['Male', 'Male', 'Female', 'Female', 'NA', 'Non-binary']);
  // Male is written "Male" 3 times in 5 and "male" otherwise; Female "female" 3 times in 5.
  const gender = genderTruth === 'Male' ? (random() < 0.6 ? 'Male' : 'male') : genderTruth === 'Female' ? (random() < 0.6 ? 'female' : 'Female') : genderTruth;
  const key = genderTruth === 'NA' ? '(blank)' : genderTruth;
  spellings[key] ??= {};
  spellings[key][gender] = (spellings[key][gender] || 0) + 1;
  const g = (byGender[key] ??= { responses: 0, promoters: 0, passives: 0, detractors: 0 });
  g.responses++;
  g[category(score)]++;
  const month = 1 + Math.floor((i / ROWS) * 6);
  const m = (byMonth[`2025-${pad(month)}-01`] ??= { responses: 0, promoters: 0, passives: 0, detractors: 0 });
  m.responses++;
  m[category(score)]++;
  const row = new Array(52).fill('');
  row[0] = `${month}/${1 + Math.floor(random() * 28)}/2025 ${1 + Math.floor(random() * 23)}:${pad(Math.floor(random() * 60))}:${pad(Math.floor(random() * 60))}`;
  row[1] = `user${i}@example.com`;
  row[2] = String(score);
  row[3] = pick(['Developer', 'Manager', 'Designer', 'Analyst', 'Executive']);
  row[4] = plan;
  row[5] = pick(['EMEA', 'APAC', 'Americas']);
  row[6] = gender;
  row[7] = random() < 0.9 ? '8' : random() < 0.5 ? 'eight' : 'Eight';
  STATEMENTS.forEach((_, k) => {
    const lean = Math.round((score - 5) / 3);
    row[8 + k] = LIKERT[Math.max(0, Math.min(4, 2 + lean + Math.floor(random() * 3) - 1))];
  });
  const ticked = FEATURES.filter(() => random() < 0.4);
  row[at('Which features do you use?')] = (ticked.length ? ticked : [FEATURES[0]]).join(', ');
  row[at('What do you mostly use Northwind for?')] = pick(['Reporting', 'Planning', 'Budgeting', 'Forecasting']);
  row[at('Would you buy Northwind again if you had to choose today?')] = score >= 7 ? (random() < 0.85 ? 'Yes' : 'No') : random() < 0.4 ? 'Yes' : 'No';
  row[at('How likely are you to recommend Python to a friend or colleague?')] = random() < 0.6 ? 'NA' : String(Math.floor(random() * 11));
  row[at('Full name')] = `${pick(FIRST)} ${pick(LAST)}`;
  row[at('Respondent ID')] = `R_${Math.floor(random() * 36 ** 8).toString(36).padStart(8, 'x')}${i}`;
  row[at('What is the main reason for your score?')] = `${pick(REASONS)} (${i})`;
  row[at('Anything else you would like to tell us?')] = random() < 0.1 ? `Keep going, thanks from team ${i}` : '';
  row[at('Survey version')] = 'v2';
  row[at('Consent')] = 'I agree';
  row[at('Years as a customer')] = String(Math.floor(random() * 9));
  row[at('Team size')] = String(1 + Math.floor(random() * 200));
  row[at('Monthly spend (EUR)')] = String(Math.round(random() * 5000) / 10);
  row[at('What is your favourite keyboard shortcut?')] = `Ctrl+${String.fromCharCode(65 + (i % 26))}${i}`;
  row[at('Hours saved per week')] = String(Math.round(random() * 200) / 10);
  row[at('Number of reports built last month')] = String(Math.floor(random() * 40));
  row[at('What did you use before Northwind?')] = pick(['Excel', 'Tableau', 'Looker', 'Nothing']);
  row[at('Department')] = pick(['Sales', 'Marketing', 'Finance', 'IT']);
  row[at('Company size')] = pick(['1-10', '11-50', '51-200', '201-1000', '1000+']);
  row[at('Which integrations would you like next?')] = ['Slack', 'Salesforce', 'HubSpot', 'Zapier'].filter(() => random() < 0.35).join(', ');
  row[at('Industry')] = pick(['Retail', 'Software', 'Health', 'Education', 'Finance']);
  row[at('How often do you use Northwind?')] = pick(['Always', 'Often', 'Sometimes', 'Rarely']);
  row[at('Preferred language')] = random() < 0.98 ? 'English' : 'German';
  row[at('Referral code')] = `REF-${(i * 7919) % 100000}`;
  lines.push(row.map(csvField).join(','));
}

const truth = {
  name: 'wide/forms_52_columns',
  file: 'forms_52_columns.csv',
  timeZone: 'UTC',
  locale: 'en_US',
  note: 'Generated by scripts/make-wide-survey.mjs (seed 52): 52 Google Forms columns with a second recommend question, an anti-robot question, Gender with case variants and NA, 20 Likert items.',
  table: { headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: ROWS + 1 },
  score: 2,
  dates: [0],
  overall,
  byMonth,
  alternativeScores: [at('How likely are you to recommend Python to a friend or colleague?')],
  /** Columns a respondent belongs to: the segments (the first of the mapping among plan, region, role). */
  segments: [3, 4, 5, 6, at('Department'), at('Company size'), at('Industry')],
  bestSegments: [3, 4, 5],
  /** Likert items and multiple-choice questions: drivers, not segments. */
  questions: [...STATEMENTS.map((_, k) => 8 + k), at('Which features do you use?'), at('What do you mostly use Northwind for?'), at('Would you buy Northwind again if you had to choose today?'), at('Which integrations would you like next?'), at('How often do you use Northwind?'), at('What did you use before Northwind?')],
  /** Never a segment nor a driver. */
  neither: [0, 1, 2, 7, at('How likely are you to recommend Python to a friend or colleague?'), at('Full name'), at('Respondent ID'), at('What is the main reason for your score?'), at('Anything else you would like to tell us?'), at('Survey version'), at('Consent'), at('What is your favourite keyboard shortcut?'), at('Preferred language'), at('Referral code')],
  /** NPS by gender: case variants one row (shown in the most frequent spelling), NA in (blank). */
  genderColumn: 6,
  byGender: Object.fromEntries(Object.keys(byGender).sort().map((k) => [shown(k), byGender[k]])),
};
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'forms_52_columns.csv'), lines.join('\r\n') + '\r\n');
writeFileSync(join(OUT, 'forms_52_columns.truth.json'), JSON.stringify(truth, null, 1) + '\n');

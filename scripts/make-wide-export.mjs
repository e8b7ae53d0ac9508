// Writes test/fixtures/wide/gforms_wide_2000.csv and its truth file: a wide
// Google Forms-like export (53 columns, mostly text answers) for the detector's
// speed budget (SPEC section 8, issue 12). Deterministic (seeded), so the file
// only changes when this script does:
//   node scripts/make-wide-export.mjs
// scripts/benchWide.mjs imports wideExport() to write a 40,000-row copy at run time.
//
// Columns, as Google Forms writes them: Timestamp (`2025/03/14 9:41:07 AM GMT+1`,
// the respondent's offset in Europe/Berlin), Email Address, the 0–10 recommend
// question, its reason, a Likert grid of 16 items (`Rate each statement
// [Onboarding was easy]`), 5 multi-select questions (choices joined with ", "),
// 8 open text questions (some with quotes, commas and line breaks), 5 numeric
// questions, 5 yes/no questions, 4 single choices, a 1–5 satisfaction
// question, 3 more comment questions, 3 short answers and a name.
// The truth (responses, promoters, passives, detractors per month in
// Europe/Berlin) is counted here from the values written, with the offset
// worked out by the EU rule by hand, not by the code under test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seeded } from './seeded.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');


const LIKERT = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'];
const LIKERT_ITEMS = [
  'Onboarding was easy', 'The documentation is helpful', 'Support replies quickly', 'The app is fast', 'Pricing is fair',
  'Reports are easy to read', 'I trust the numbers', 'The mobile app works well', 'Integrations cover my tools', 'Updates do not break my work',
  'I can find what I need', 'The team listens to feedback', 'Billing is clear', 'Exports are reliable', 'Security meets our needs', 'I would renew today',
];
const MULTI = [
  ['Which features do you use?', ['Dashboards', 'Scheduled reports', 'Alerts', 'API', 'CSV export', 'Sharing', 'Mobile app', 'Integrations']],
  ['Where did you hear about us?', ['Search engine', 'A colleague', 'Social media', 'Conference', 'Blog post', 'Podcast', 'Advertisement']],
  ['Which devices do you use it on?', ['Laptop', 'Desktop', 'Phone', 'Tablet']],
  ['Which integrations would you like next?', ['Slack', 'Teams', 'Salesforce', 'HubSpot', 'Zapier', 'Jira', 'Notion', 'Google Drive']],
  ['What do you use it for?', ['Customer feedback', 'Employee surveys', 'Market research', 'Event feedback', 'Product research']],
];
const OPEN = [
  'What should we improve first?', 'Describe your last support experience', 'What almost stopped you from buying?',
  'What do you like most about Northwind?', 'What would you miss if Northwind disappeared?', 'How do you share results with your team?',
  'Tell us about a problem you solved with Northwind', 'What is missing from the reports?',
];
const NUMERIC = ['How many people on your team use it?', 'Years as a customer', 'Hours saved per week', 'Monthly spend (EUR)', 'Number of surveys sent last month'];
const YES_NO = ['Would you buy it again?', 'Have you contacted support this year?', 'Do you use the mobile app?', 'Did you attend a webinar?', 'May we contact you about your answers?'];
const CHOICES = [
  ['Which plan are you on?', ['Free', 'Starter', 'Pro', 'Enterprise']],
  ['Region', ['Europe', 'North America', 'Asia Pacific', 'Latin America', 'Middle East & Africa']],
  ['Company size', ['1-10', '11-50', '51-200', '201-1000', '1000+']],
  ['Your role', ['Marketing', 'Product', 'Customer success', 'Research', 'Executive', 'Other']],
];
const COMMENTS = ['Any other comments?', 'Anything we should know about your business?', 'Is there anything else you would like to tell us?'];
const SHORT = ['Company name', 'Job title', 'City'];

const SUBJECTS = ['the dashboard', 'support', 'the export', 'onboarding', 'the pricing page', 'the mobile app', 'the report builder', 'billing', 'the API', 'search'];
const VERBS = ['is', 'feels', 'has been', 'was', 'seems'];
const JUDGEMENTS = ['slow', 'great', 'confusing', 'really helpful', 'a bit expensive', 'reliable', 'hard to find', 'much better than before', 'buggy lately', 'excellent'];
const TAILS = [
  'since the last update', 'for our team of twelve', 'when we export to Sheets', 'compared to what we used before', 'on Monday mornings',
  'for the price', 'if you ask me', 'most of the time', 'in my experience', 'when I need it',
];
const FIRST = ['Anna', 'Ben', 'Chloé', 'David', 'Elif', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Katarzyna', 'Luis', 'Mia', 'Noah', 'Olga', 'Pedro'];
const LAST = ['Schmidt', 'Okafor', 'Rossi', 'Dubois', 'Nowak', 'García', 'Jensen', 'Yilmaz', 'Tanaka', 'Murphy', 'Silva', 'Novak'];
const TITLES = ['Marketing Manager', 'Head of CX', 'Product Owner', 'Analyst', 'Founder', 'Research Lead', 'Operations'];
const CITIES = ['Berlin', 'Munich', 'Vienna', 'Zürich', 'Hamburg', 'Cologne', 'Paris', 'Amsterdam', 'Warsaw', 'Milan'];
const REASONS = {
  promoter: ['Support answered in minutes', 'Saves me hours every week', 'The reports are exactly what our board wants', 'Easy to set up, easy to love'],
  passive: ['Does the job but nothing more', 'Fine, but a bit slow with big surveys', 'Missing a few integrations we need', 'OK overall'],
  detractor: ['Too expensive for what it does', 'Exports keep failing', 'Hard to learn for new colleagues', 'Support took days to reply'],
};

/** Offset of Europe/Berlin at a UTC instant, in hours, by the EU rule: +2 from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. */
function berlinOffsetHours(utcMs) {
  const year = new Date(utcMs).getUTCFullYear();
  const lastSunday = (month) => {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
  };
  return utcMs >= lastSunday(2) && utcMs < lastSunday(9) ? 2 : 1;
}

/** Google Forms' CSV timestamp: `2025/03/14 9:41:07 AM GMT+1`, with the wall clock of that offset; also its month `YYYY-MM-01`. */
function formsTimestamp(utcMs) {
  const offset = berlinOffsetHours(utcMs);
  const wall = new Date(utcMs + offset * 3600000);
  const h = wall.getUTCHours();
  const two = (n) => String(n).padStart(2, '0');
  const text = `${wall.getUTCFullYear()}/${two(wall.getUTCMonth() + 1)}/${two(wall.getUTCDate())} ${h % 12 || 12}:${two(wall.getUTCMinutes())}:${two(wall.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'} GMT+${offset}`;
  return { text, month: `${wall.getUTCFullYear()}-${two(wall.getUTCMonth() + 1)}-01` };
}

/** A CSV field as Google Forms writes it: quoted when it holds a comma, a quote or a line break. */
function field(value) {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The export of `rows` responses over 2025 (in time order) and its truth.
 *
 * @param {number} rows responses
 * @param {number} seed the generator's seed
 * @returns {{ csv: string, columns: number, truth: object }}
 */
export function wideExport(rows, seed = 20250314) {
  const random = seeded(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const sentence = () => `${pick(SUBJECTS)[0].toUpperCase()}${pick(SUBJECTS).slice(1)} ${pick(VERBS)} ${pick(JUDGEMENTS)} ${pick(TAILS)}`;
  const paragraph = () => {
    const parts = [sentence()];
    while (chance(0.45)) parts.push(sentence().toLowerCase());
    let text = parts.join(chance(0.5) ? ', and ' : '. ');
    if (chance(0.08)) text += `\n${sentence()}.`;
    if (chance(0.05)) text = `"${text}" – that is what my team says`;
    return text;
  };

  const header = ['Timestamp', 'Email Address', 'How likely are you to recommend Northwind to a friend or colleague?', 'What is the main reason for your score?'];
  for (const item of LIKERT_ITEMS) header.push(`Rate each statement [${item}]`);
  for (const [question] of MULTI) header.push(question);
  header.push(...OPEN, ...NUMERIC, ...YES_NO);
  for (const [question] of CHOICES) header.push(question);
  header.push('How satisfied are you with our support? (1-5)', ...COMMENTS, ...SHORT, 'Your name');

  const start = Date.UTC(2024, 11, 31, 23);
  const span = Date.UTC(2025, 11, 31, 22) - start;
  const instants = [];
  for (let i = 0; i < rows; i++) instants.push(start + Math.floor(random() * span / 1000) * 1000);
  instants.sort((a, b) => a - b);

  const overall = { responses: 0, promoters: 0, passives: 0, detractors: 0, ignored: 0 };
  const byMonth = {};
  const lines = [header.map(field).join(',')];
  instants.forEach((instant, i) => {
    const { text: timestamp, month } = formsTimestamp(instant);
    const score = Math.min(10, Math.max(0, Math.round(7.2 + (random() + random() + random() - 1.5) * 4.5)));
    const group = score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
    overall.responses++;
    overall[`${group}s`]++;
    const m = (byMonth[month] ??= { responses: 0, promoters: 0, passives: 0, detractors: 0, ignored: 0 });
    m.responses++;
    m[`${group}s`]++;
    const first = pick(FIRST);
    const last = pick(LAST);
    const row = [timestamp, `${first}.${last}${i}@example.com`.toLowerCase(), score, chance(0.85) ? `${pick(REASONS[group])}. ${sentence()}` : ''];
    for (let k = 0; k < LIKERT_ITEMS.length; k++) row.push(chance(0.93) ? LIKERT[Math.min(4, Math.max(0, Math.round((score / 10) * 4 + (random() - 0.5) * 2.4)))] : '');
    for (const [, options] of MULTI) row.push(chance(0.9) ? options.filter(() => chance(0.35)).join(', ') || pick(options) : '');
    for (let k = 0; k < OPEN.length; k++) row.push(chance(0.55) ? paragraph() : '');
    row.push(1 + Math.floor(random() * 40), Math.floor(random() * 9), (random() * 12).toFixed(1), 20 * (1 + Math.floor(random() * 50)), Math.floor(random() * 30));
    for (let k = 0; k < YES_NO.length; k++) row.push(chance(0.95) ? (chance(0.6) ? 'Yes' : 'No') : '');
    for (const [, options] of CHOICES) row.push(pick(options));
    row.push(1 + Math.floor(random() * 5));
    for (let k = 0; k < COMMENTS.length; k++) row.push(chance(0.3) ? paragraph() : '');
    row.push(chance(0.7) ? `${pick(LAST)} ${pick(['GmbH', 'AG', 'Ltd', 'SAS', 'BV'])}` : '', chance(0.6) ? pick(TITLES) : '', chance(0.6) ? pick(CITIES) : '');
    row.push(chance(0.5) ? `${first} ${last}` : '');
    lines.push(row.map(field).join(','));
  });
  const name = `gforms_wide_${rows}`;
  const truth = {
    sheet: null,
    name,
    file: `${name}.csv`,
    timeZone: 'Europe/Berlin',
    locale: 'en_US',
    note: `Generated by scripts/make-wide-export.mjs (seed ${seed}): ${header.length} columns, Google Forms timestamps with the Berlin offset.`,
    table: { headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: rows + 1 },
    score: 2,
    dates: [0],
    overall,
    byMonth: Object.fromEntries(Object.entries(byMonth).sort(([a], [b]) => a.localeCompare(b))),
  };
  return { csv: lines.join('\r\n') + '\r\n', columns: header.length, truth };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = join(root, 'test', 'fixtures', 'wide');
  mkdirSync(dir, { recursive: true });
  const { csv, columns, truth } = wideExport(2000);
  writeFileSync(join(dir, truth.file), csv);
  writeFileSync(join(dir, `${truth.name}.truth.json`), JSON.stringify(truth, null, 1) + '\n');
  console.log(`${truth.file}: ${truth.overall.responses} rows × ${columns} columns, ${(csv.length / 1024).toFixed(0)} KB`);
}

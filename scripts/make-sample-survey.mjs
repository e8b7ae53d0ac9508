// Writes samples/sample_survey.csv, the playground's default survey: a Google
// Forms-style export of 400 responses over 8 months (Jan–Aug 2025) with a
// timestamp, the 0–10 question, a reason, a plan and a region. Deterministic
// (seeded), so the file only changes when this script does:
//   node scripts/make-sample-survey.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROWS = 400;

/** mulberry32: a small seeded generator, so the sample is the same on every machine. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(20250101);
const pick = (list) => list[Math.floor(random() * list.length)];

const PLANS = [['Free', 0.35], ['Starter', 0.3], ['Pro', 0.25], ['Enterprise', 0.1]];
const REGIONS = [['North America', 0.45], ['Europe', 0.35], ['Asia Pacific', 0.15], ['Latin America', 0.05]];
const REASONS = {
  promoter: ['Love the dashboards', 'Support answered in minutes', 'Saves me hours every week', 'Easy to set up', 'The new report builder is great', 'Great value for the price'],
  passive: ['Does the job', 'Fine, but a bit slow', 'Missing a few integrations', 'OK overall', 'Pricing is a little high'],
  detractor: ['Too expensive', 'Exports keep failing', 'Hard to learn', 'Support took days to reply', 'Missing features we need', 'Buggy since the last update'],
};

function weighted(pairs) {
  let r = random();
  for (const [value, weight] of pairs) {
    if ((r -= weight) < 0) return value;
  }
  return pairs[pairs.length - 1][0];
}

/** A score whose mean depends on the plan and improves slowly over the months. */
function scoreFor(plan, month) {
  const base = { Free: 6.6, Starter: 7.4, Pro: 8.1, Enterprise: 8.4 }[plan] + month * 0.12;
  const noisy = base + (random() + random() + random() - 1.5) * 4;
  return Math.max(0, Math.min(10, Math.round(noisy)));
}

function csvField(text) {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const start = Date.UTC(2025, 0, 1);
const end = Date.UTC(2025, 8, 1);
const instants = Array.from({ length: ROWS }, () => start + Math.floor(random() * (end - start))).sort((a, b) => a - b);
const lines = ['Timestamp,How likely are you to recommend Acme Analytics to a friend or colleague?,What is the main reason for your score?,Which plan are you on?,Region'];
for (const instant of instants) {
  const d = new Date(instant);
  const plan = weighted(PLANS);
  const region = weighted(REGIONS);
  const score = scoreFor(plan, d.getUTCMonth());
  const group = score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
  const reason = random() < 0.55 ? pick(REASONS[group]) : '';
  const time = `${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}:${String(d.getUTCSeconds()).padStart(2, '0')}`;
  const stamp = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${time}`;
  lines.push([stamp, String(score), reason, plan, region].map(csvField).join(','));
}
writeFileSync(join(root, 'samples/sample_survey.csv'), `${lines.join('\n')}\n`);
console.log(`samples/sample_survey.csv: ${ROWS} responses`);

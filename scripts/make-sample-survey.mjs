// Writes samples/sample_survey.csv, the playground's default survey: a Google
// Forms-style export of 400 responses over 8 months (Jan–Aug 2025) with a
// timestamp, the 0–10 question, a reason (mostly English, some German,
// French, Spanish and Portuguese), a plan, a region and the respondent's
// e-mail address (some people answer more than once, sometimes typing their
// address in another case; a few leave it blank). Deterministic (seeded), so
// the file only changes when this script does:
//   node scripts/make-sample-survey.mjs
// It also writes samples/sample_survey.truth.json: the themes planted in the
// reasons and the people figures (latest answer per person, movement),
// counted here from what was generated, independently of the add-on's code.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seeded } from './seeded.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROWS = 400;

// The scores, dates, plans and regions come from this stream, drawn exactly as
// before the reasons and e-mails were added, so the sample's figures (400
// responses, NPS 7.75) did not change; wording and people come from their own streams.
const random = seeded(20250101);
const wording = seeded(20250202);
const people = seeded(20250303);
const from = (list, draw) => list[Math.floor(draw * list.length)];

const PLANS = [['Free', 0.35], ['Starter', 0.3], ['Pro', 0.25], ['Enterprise', 0.1]];
const REGIONS = [['North America', 0.45], ['Europe', 0.35], ['Asia Pacific', 0.15], ['Latin America', 0.05]];

/**
 * The planted themes: each has a marker word that every English phrasing
 * holds, and phrasings in the other languages (which have too few mentions
 * each to make themes of their own).
 */
const THEMES = {
  detractor: [
    {
      marker: 'expensive',
      en: ['Too expensive for what we get', 'Way too expensive for a small team', 'The price went up again, far too expensive', 'Expensive compared to other tools'],
      de: ['Viel zu teuer für das, was wir bekommen'], fr: ['Beaucoup trop cher pour ce que c\'est'], es: ['Demasiado caro para lo que ofrece'], pt: ['Caro demais para o que entrega'],
    },
    {
      marker: 'exports',
      en: ['Exports keep failing', 'Our CSV exports failed again', 'Exports time out on big files', 'Scheduled exports break every week'],
      de: ['Die Exporte brechen ständig ab'], fr: ['Les exports échouent sans arrêt'], es: ['Las exportaciones fallan cada semana'], pt: ['As exportações falham toda semana'],
    },
    {
      marker: 'days',
      en: ['Support took days to reply', 'Waited three days for an answer', 'It takes days to hear back from anyone', 'Days without a reply to my ticket'],
      de: ['Der Support braucht Tage für eine Antwort'], fr: ['Le support met des jours à répondre'], es: ['El soporte tarda días en responder'], pt: ['O suporte demora dias para responder'],
    },
    {
      marker: 'learn',
      en: ['Hard to learn', 'Our new colleagues struggle to learn it', 'Too much to learn before it is useful', 'Still hard to learn after months'],
      de: ['Schwer zu lernen'], fr: ['Difficile à apprendre'], es: ['Difícil de aprender'], pt: ['Difícil de aprender'],
    },
  ],
  promoter: [
    {
      marker: 'dashboards',
      en: ['Love the dashboards', 'The dashboards are beautiful', 'Our managers live in the dashboards', 'Dashboards that everyone understands'],
      de: ['Die Dashboards sind großartig'], fr: ['J\'adore les tableaux de bord'], es: ['Me encantan los paneles'], pt: ['Adoro os painéis'],
    },
    {
      marker: 'hours',
      en: ['Saves me hours every week', 'Hours of spreadsheet work gone', 'We save hours on reporting', 'Gives me back hours each month'],
      de: ['Spart mir jede Woche Stunden'], fr: ['Me fait gagner des heures chaque semaine'], es: ['Me ahorra horas cada semana'], pt: ['Me economiza horas toda semana'],
    },
    {
      marker: 'easy',
      en: ['Easy to set up', 'Setup was easy', 'Easy for the whole team', 'Really easy to get started'],
      de: ['Einfach einzurichten'], fr: ['Facile à mettre en place'], es: ['Fácil de configurar'], pt: ['Fácil de configurar'],
    },
    {
      marker: 'minutes',
      en: ['Support answered in minutes', 'Got help within minutes', 'Minutes to fix my problem, thanks to the chat', 'A real person replied in minutes'],
      de: ['Der Support antwortet in Minuten'], fr: ['Le support répond en quelques minutes'], es: ['El soporte responde en minutos'], pt: ['O suporte responde em minutos'],
    },
  ],
};
const PASSIVE = ['Does the job', 'Fine, but a bit slow', 'Missing a few integrations', 'OK overall', 'Pricing is a little high', 'Good enough for now'];
/** Promoters who answer with emoji only (no word: the theme finder leaves them out). */
const EMOJI = ['🙌', '👍👍', '❤️'];
/** The language of a comment, by region: mostly English; some European and Latin American customers write in theirs. */
const LANGUAGES = {
  'North America': [['en', 1]],
  'Asia Pacific': [['en', 1]],
  Europe: [['en', 0.7], ['de', 0.12], ['fr', 0.1], ['es', 0.08]],
  'Latin America': [['en', 0.4], ['es', 0.35], ['pt', 0.25]],
};
const FIRST = ['anna', 'ben', 'carla', 'dev', 'elif', 'femi', 'grace', 'hiro', 'ines', 'jonas', 'kofi', 'lena', 'marco', 'nadia', 'omar', 'priya', 'quinn', 'rosa', 'sven', 'tariq'];
const LAST = ['berg', 'costa', 'diaz', 'evans', 'fischer', 'garcia', 'haddad', 'ito', 'jansen', 'khan', 'lopez', 'moreau', 'nguyen', 'okafor', 'petrov', 'rossi', 'silva', 'tanaka'];
const DOMAINS = ['example.com', 'example.org', 'example.net'];

function weighted(pairs, draw = random()) {
  let r = draw;
  for (const [value, weight] of pairs) {
    if ((r -= weight) < 0) return value;
  }
  return pairs[pairs.length - 1][0];
}

/**
 * A score whose mean depends on the plan and improves slowly over the months.
 * The lowest draws (1 or below) are 0, so the sample reads as the 0–10 survey
 * it is (a column of 1–10 answers with no 0 is warned about as a 1–10
 * scale); they are detractors either way, so no figure changed.
 */
function scoreFor(plan, month) {
  const base = { Free: 6.6, Starter: 7.4, Pro: 8.1, Enterprise: 8.4 }[plan] + month * 0.12;
  const noisy = base + (random() + random() + random() - 1.5) * 4;
  const score = Math.max(0, Math.min(10, Math.round(noisy)));
  return score <= 1 ? 0 : score;
}

/** A reason for a response of `group` from `region`; `draw` picks the theme. Returns the text and the markers of the English themes it plants. */
function reasonFor(group, region, draw) {
  if (group === 'passive') {
    // Passives mostly say something lukewarm; some name a theme of either side, so a theme's NPS is not always ±100.
    if (wording() >= 0.3) return { text: from(PASSIVE, draw), planted: [] };
    const theme = from([...THEMES.detractor, ...THEMES.promoter], draw);
    return { text: from(theme.en, wording()), planted: [theme.marker] };
  }
  if (group === 'promoter' && wording() < 0.06) return { text: from(EMOJI, wording()), planted: [] };
  const theme = from(THEMES[group], draw);
  const language = weighted(LANGUAGES[region], wording());
  const text = from(theme[language], wording());
  if (language !== 'en') return { text, planted: [] };
  // Some customers give two reasons ("Hard to learn, and exports keep failing").
  const other = from(THEMES[group], wording());
  if (other === theme || wording() >= 0.3) return { text, planted: [theme.marker] };
  const second = from(other.en, wording());
  return { text: `${text}, and ${second[0].toLowerCase()}${second.slice(1)}`, planted: [theme.marker, other.marker] };
}

/** The e-mail of the next response: a new person, someone who answered before (in their own or another case), or blank. */
const known = [];
function emailFor() {
  const r = people();
  if (r < 0.03) return '';
  if (r < 0.33 && known.length > 0) {
    const address = from(known, people());
    const style = people();
    if (style < 0.2) return address.toUpperCase();
    if (style < 0.4) return address[0].toUpperCase() + address.slice(1);
    return address;
  }
  const address = `${from(FIRST, people())}.${from(LAST, people())}${known.length}@${from(DOMAINS, people())}`;
  known.push(address);
  return address;
}

function csvField(text) {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const start = Date.UTC(2025, 0, 1);
const end = Date.UTC(2025, 8, 1);
const instants = Array.from({ length: ROWS }, () => start + Math.floor(random() * (end - start))).sort((a, b) => a - b);
if (new Set(instants.map((t) => Math.floor(t / 1000))).size !== ROWS) throw new Error('two responses share a second: the latest answer per person would tie');
const lines = ['Timestamp,How likely are you to recommend Acme Analytics to a friend or colleague?,What is the main reason for your score?,Which plan are you on?,Region,Email address'];
const responses = [];
for (const instant of instants) {
  const d = new Date(instant);
  const plan = weighted(PLANS);
  const region = weighted(REGIONS);
  const score = scoreFor(plan, d.getUTCMonth());
  const group = score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
  // One draw decides whether there is a reason and one picks it, as the sample always drew them.
  const reason = random() < 0.55 ? reasonFor(group, region, random()) : { text: '', planted: [] };
  const email = emailFor();
  const time = `${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}:${String(d.getUTCSeconds()).padStart(2, '0')}`;
  const stamp = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${time}`;
  lines.push([stamp, String(score), reason.text, plan, region, email].map(csvField).join(','));
  responses.push({ score, group, email, reason: reason.text, planted: reason.planted });
}
writeFileSync(join(root, 'samples/sample_survey.csv'), `${lines.join('\n')}\n`);
writeFileSync(join(root, 'samples/sample_survey.truth.json'), `${JSON.stringify(truthOf(responses), null, 1)}\n`);
console.log(`samples/sample_survey.csv: ${ROWS} responses; samples/sample_survey.truth.json`);

/** The figures a reader can count in the file: overall mix, planted themes, and each person's latest answer. */
function truthOf(rows) {
  const nps = (p, d, n) => ((p - d) / n) * 100;
  const count = (list, group) => list.filter((r) => r.group === group).length;
  const overall = { responses: rows.length, promoters: count(rows, 'promoter'), passives: count(rows, 'passive'), detractors: count(rows, 'detractor') };
  overall.nps = nps(overall.promoters, overall.detractors, overall.responses);

  const planted = (group) => THEMES[group].map((t) => ({ marker: t.marker, englishMentions: rows.filter((r) => r.planted.includes(t.marker)).length }));

  // Rows are in time order with no two at the same second: a person's last row is their latest answer.
  const byPerson = new Map();
  for (const row of rows) {
    const key = row.email.trim().toLowerCase();
    if (key === '') continue;
    if (!byPerson.has(key)) byPerson.set(key, []);
    byPerson.get(key).push(row.group);
  }
  const latest = [...byPerson.values()].map((groups) => ({ group: groups[groups.length - 1] }));
  const movement = { promoter: {}, passive: {}, detractor: {} };
  for (const a of Object.keys(movement)) for (const b of Object.keys(movement)) movement[a][b] = 0;
  for (const groups of byPerson.values()) if (groups.length > 1) movement[groups[groups.length - 2]][groups[groups.length - 1]]++;
  const peopleTruth = {
    people: byPerson.size,
    promoters: count(latest, 'promoter'),
    passives: count(latest, 'passive'),
    detractors: count(latest, 'detractor'),
    responses: [...byPerson.values()].reduce((n, g) => n + g.length, 0),
    repeatPeople: [...byPerson.values()].filter((g) => g.length > 1).length,
    blankPeople: rows.filter((r) => r.email.trim() === '').length,
    movement,
  };
  peopleTruth.nps = nps(peopleTruth.promoters, peopleTruth.detractors, peopleTruth.people);
  return {
    file: 'sample_survey.csv',
    timeZone: 'UTC',
    scoreColumn: 1,
    commentColumn: 2,
    respondentColumn: 5,
    overall,
    /** Non-blank reasons, and those among them with no word (emoji only). */
    comments: rows.filter((r) => r.reason !== '').length,
    emojiOnly: rows.filter((r) => EMOJI.includes(r.reason)).length,
    plantedThemes: { detractors: planted('detractor'), promoters: planted('promoter') },
    people: peopleTruth,
  };
}

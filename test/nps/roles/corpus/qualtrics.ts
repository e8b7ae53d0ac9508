/** Qualtrics CSV exports: three header rows (field names, question texts, ImportId JSON). */
import { isoSpace } from './dateFormats';
import { randomFor } from './random';
import { buildSheets, comment, npsAnswer, timeBetween, type Cell, type ColumnSpec, type CorpusSheet } from './sheet';

interface Response {
  start: Date;
  end: Date;
  progress: number;
  ip: string;
  id: string;
  email: string;
  lat: number;
  lon: number;
  channel: string;
  language: string;
  score: number;
  reason: string;
  product: number;
}

const PRODUCTS = ['Contoso CRM', 'Contoso Forms', 'Contoso Mail'];
const RECOMMEND = 'On a scale from 0-10, how likely are you to recommend Contoso to a friend or colleague?';

/**
 * A Qualtrics export. `numeric`: "use numeric values" (choice codes instead of
 * labels, Status 0, Finished 1). `varied`: several distribution channels and
 * languages (then those are segments too).
 */
export function qualtricsSheets(seed: number, rows: number, numeric: boolean, varied: boolean): CorpusSheet[] {
  const random = randomFor(seed);
  const responses: Response[] = [];
  for (let i = 0; i < rows; i++) {
    const start = timeBetween(random, '2025-01-01', '2025-12-31');
    const progress = random.chance(0.9) ? 100 : random.pick([0, 25, 50, 75]);
    responses.push({
      start,
      end: new Date(start.getTime() + random.int(20, 1500) * 1000),
      progress,
      ip: `203.0.113.${random.int(1, 254)}`,
      id: `R_${random.token(15, 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`,
      email: varied ? `user${i}@example.com` : '',
      lat: Math.round((25 + 20 * random.next()) * 1e4) / 1e4,
      lon: Math.round((-120 + 45 * random.next()) * 1e4) / 1e4,
      channel: varied ? random.pick(['anonymous', 'email', 'sms']) : 'anonymous',
      language: varied ? random.pick(['EN', 'DE', 'FR', 'ES']) : 'EN',
      score: npsAnswer(random),
      reason: comment(random, 0.3),
      product: random.int(1, 3),
    });
  }
  const date = (d: Cell) => isoSpace(d as Date);
  const importId = (id: string, zone = false) => JSON.stringify(zone ? { ImportId: id, timeZone: 'America/Denver' } : { ImportId: id });
  const group = (s: number) => (s >= 9 ? 3 : s >= 7 ? 2 : 1);
  const columns: ColumnSpec<Response>[] = [
    { headers: ['StartDate', 'Start Date', importId('startDate', true)], value: (r) => r.start, text: date },
    { headers: ['EndDate', 'End Date', importId('endDate', true)], truth: 'date-accepted', value: (r) => r.end, text: date },
    { headers: ['Status', 'Response Type', importId('status')], value: () => (numeric ? 0 : 'IP Address') },
    { headers: ['IPAddress', 'IP Address', importId('ipAddress')], value: (r) => r.ip },
    { headers: ['Progress', 'Progress', importId('progress')], value: (r) => r.progress },
    { headers: ['Duration (in seconds)', 'Duration (in seconds)', importId('duration')], value: (r) => Math.round((r.end.getTime() - r.start.getTime()) / 1000) },
    { headers: ['Finished', 'Finished', importId('finished')], value: (r) => (numeric ? (r.progress === 100 ? 1 : 0) : r.progress === 100), text: (v) => (typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v)) },
    { headers: ['RecordedDate', 'Recorded Date', importId('recordedDate', true)], truth: 'date', value: (r) => r.end, text: date },
    { headers: ['ResponseId', 'Response ID', importId('_recordId')], truth: 'id', value: (r) => r.id },
    { headers: ['RecipientLastName', 'Recipient Last Name', importId('recipientLastName')], value: () => '' },
    { headers: ['RecipientFirstName', 'Recipient First Name', importId('recipientFirstName')], value: () => '' },
    { headers: ['RecipientEmail', 'Recipient Email', importId('recipientEmail')], truth: varied ? 'email' : undefined, value: (r) => r.email },
    { headers: ['ExternalReference', 'External Data Reference', importId('externalDataReference')], value: () => '' },
    { headers: ['LocationLatitude', 'Location Latitude', importId('locationLatitude')], value: (r) => r.lat },
    { headers: ['LocationLongitude', 'Location Longitude', importId('locationLongitude')], value: (r) => r.lon },
    { headers: ['DistributionChannel', 'Distribution Channel', importId('distributionChannel')], truth: varied ? 'segment' : undefined, value: (r) => r.channel },
    { headers: ['UserLanguage', 'User Language', importId('userLanguage')], truth: varied ? 'segment' : undefined, value: (r) => r.language },
    { headers: ['Q1', RECOMMEND, importId('QID1')], truth: 'score', value: (r) => r.score },
    { headers: ['Q1_NPS_GROUP', `${RECOMMEND} - Group`, importId('QID1_NPS_GROUP')], truth: 'nps_group', value: (r) => (numeric ? group(r.score) : ['Detractor', 'Passive', 'Promoter'][group(r.score) - 1]) },
    { headers: ['Q2', 'What is the most important reason for your score?', importId('QID2_TEXT')], truth: 'comment', value: (r) => r.reason },
    { headers: ['Q3', 'Which product do you use most?', importId('QID3')], truth: 'segment', value: (r) => (numeric ? r.product : PRODUCTS[r.product - 1]) },
  ];
  const name = `Qualtrics #${seed} (${rows} rows${numeric ? ', numeric values' : ''}${varied ? ', varied channels' : ''})`;
  return buildSheets(name, columns, responses);
}

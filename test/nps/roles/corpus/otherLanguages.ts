/** Sheets with headers in German, Spanish, French, Portuguese, Italian and Dutch, and their date habits. */
import { dayFirst, dotted } from './dateFormats';
import { randomFor } from './random';
import { buildSheets, comment, npsAnswer, shuffleSome, timeBetween, type Cell, type ColumnSpec, type CorpusSheet } from './sheet';

interface Response {
  time: Date;
  score: number;
  reason: string;
  segment: string;
}

interface Language {
  name: string;
  locale: string;
  date: string[];
  recommend: string[];
  why: string[];
  segment: string[];
  segmentValues: string[];
  format: (d: Date) => string;
}

const LANGUAGES: Language[] = [
  {
    name: 'German', locale: 'de_DE', date: ['Datum', 'Zeitstempel'],
    recommend: ['Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen weiterempfehlen?', 'Bewertung', 'Empfehlung (0-10)', 'Punktzahl'],
    why: ['Warum?', 'Begründung', 'Was ist der Hauptgrund für Ihre Bewertung?'], segment: ['Filiale', 'Region', 'Produkt'],
    segmentValues: ['Nord', 'Süd', 'West', 'Ost'], format: dotted,
  },
  {
    name: 'Spanish', locale: 'es_ES', date: ['Marca temporal', 'Fecha'],
    recommend: ['¿Qué probabilidad hay de que nos recomiende a un amigo?', 'Puntuación', '¿Nos recomendaría? (0-10)'],
    why: ['¿Por qué?', 'Motivo de su puntuación', 'Comentarios'], segment: ['País', 'Tienda', 'Canal'],
    segmentValues: ['México', 'España', 'Argentina', 'Chile'], format: dayFirst,
  },
  {
    name: 'French', locale: 'fr_FR', date: ['Horodateur', 'Date de soumission'],
    recommend: ['Recommanderiez-vous notre service à un ami ?', 'Note', 'Quelle est la probabilité que vous nous recommandiez ?'],
    why: ['Pourquoi ?', 'Commentaire', 'Raison de votre note'], segment: ['Pays', 'Magasin', 'Produit'],
    segmentValues: ['France', 'Belgique', 'Suisse', 'Canada'], format: dayFirst,
  },
  {
    name: 'Portuguese', locale: 'pt_BR', date: ['Carimbo de data/hora', 'Data'],
    recommend: ['Qual a probabilidade de você nos recomendar a um amigo?', 'Você recomendaria a nossa empresa?'],
    why: ['Por quê?', 'Comentário'], segment: ['Região', 'Produto'],
    segmentValues: ['Sul', 'Sudeste', 'Nordeste'], format: dayFirst,
  },
  {
    name: 'Italian', locale: 'it_IT', date: ['Informazioni cronologiche', 'Data'],
    recommend: ['Quanto è probabile che tu ci raccomandi a un amico?', 'Punteggio'],
    why: ['Perché?', 'Commento'], segment: ['Negozio', 'Regione'],
    segmentValues: ['Milano', 'Roma', 'Torino'], format: dayFirst,
  },
  {
    name: 'Dutch', locale: 'nl_NL', date: ['Tijdstempel', 'Datum'],
    recommend: ['Hoe waarschijnlijk is het dat u ons aanbeveelt bij een vriend?', 'Cijfer'],
    why: ['Waarom?', 'Toelichting'], segment: ['Winkel', 'Regio'],
    segmentValues: ['Amsterdam', 'Rotterdam', 'Utrecht'], format: dotted,
  },
];

/** Every language once per seed: a form-like sheet with its words and date format. */
export function otherLanguageSheets(seed: number, rows: number): CorpusSheet[] {
  return LANGUAGES.flatMap((language, i) => languageSheets(language, seed * 31 + i, rows));
}

function languageSheets(language: Language, seed: number, rows: number): CorpusSheet[] {
  const random = randomFor(seed);
  const responses: Response[] = [];
  for (let i = 0; i < rows; i++) {
    responses.push({
      time: timeBetween(random, '2025-01-01', '2025-12-31'),
      score: npsAnswer(random),
      reason: comment(random),
      segment: random.pick(language.segmentValues),
    });
  }
  const questions: ColumnSpec<Response>[] = [
    { headers: [random.pick(language.recommend)], truth: 'score', value: (r) => r.score },
    { headers: [random.pick(language.why)], truth: 'comment', value: (r) => r.reason },
    { headers: [random.pick(language.segment)], truth: 'segment', value: (r) => r.segment },
  ];
  const columns: ColumnSpec<Response>[] = [
    { headers: [random.pick(language.date)], truth: 'date', value: (r) => r.time, text: (d: Cell) => language.format(d as Date) },
    ...shuffleSome(random, questions, () => false),
  ];
  return buildSheets(`${language.name} #${seed} (${rows} rows)`, columns, responses, {}, language.locale);
}

/**
 * The column options (--score-column, --date-column, --segment-column,
 * --comment-column, --respondent-column) checked against the sheet's columns and turned into the role overrides the
 * sidebar's pickers would send. A column beyond the table, or one column
 * asked to play two roles, is bad usage (exit 2) with a sentence that names
 * the column and says what to do.
 */
import type { Role, SheetProfile } from '../../shared/contract';
import { EXIT_USAGE, type AnalyzeArgs, type ColumnChoice } from './args';
import { CliError } from './cliError';

type ColumnOption = '--score-column' | '--date-column' | '--segment-column' | '--comment-column' | '--respondent-column';
type ColumnArgs = Pick<AnalyzeArgs, 'scoreColumn' | 'dateColumn' | 'segmentColumn' | 'commentColumn' | 'respondentColumn'>;

/** Each column option, the role it gives and, for the refusal, what the column would be used for. */
function columnOptions(args: ColumnArgs): [ColumnOption, ColumnChoice | null, Role, string][] {
  return [
    ['--score-column', args.scoreColumn, 'score', ''],
    ['--date-column', args.dateColumn, 'date', 'for dates'],
    ['--segment-column', args.segmentColumn, 'segment', 'to break the NPS down by'],
    ['--comment-column', args.commentColumn, 'comment', 'for comments'],
    ['--respondent-column', args.respondentColumn, 'respondent', 'for the people who answered'],
  ];
}

/**
 * The overrides the column options ask for. Choosing a score, date, comment
 * or respondent column also demotes the column the detector had picked for
 * that role, so the user's choice wins (several segment columns may stay).
 *
 * @param args the parsed command line
 * @param profile the sheet's profile before any override (columns, detected mapping)
 * @throws CliError (exit 2) for a column beyond the table or a column named for two roles
 * @example roleOverrides({ …, dateColumn: { index: 2, given: 'C' } }, profile) // { 2: 'date', 0: 'other' }
 */
export function roleOverrides(args: ColumnArgs, profile: Pick<SheetProfile, 'columns' | 'mapping'>): { [column: number]: Role | null } {
  const wanted = columnOptions(args);
  for (const [option, choice] of wanted) if (choice) checkInTable(option, choice, profile);
  checkOneRoleEach(wanted, profile);

  const overrides: { [column: number]: Role | null } = {};
  for (const [, choice, role] of wanted) {
    if (choice === null) continue;
    const current = profile.columns[choice.index];
    if (current.role !== role) overrides[choice.index] = current.detectedRole === role ? null : role;
    if (role === 'segment') continue;
    for (const other of profile.columns) {
      if (other.index !== choice.index && other.role === role && overrides[other.index] === undefined) overrides[other.index] = 'other';
    }
  }
  return overrides;
}

/** Refuses a column beyond the last column of the table. */
function checkInTable(option: ColumnOption, choice: ColumnChoice, profile: Pick<SheetProfile, 'columns'>): void {
  const count = profile.columns.length;
  if (choice.index < count) return;
  const range = count === 1 ? 'A (0)' : `A–${profile.columns[count - 1].letter} (0–${count - 1})`;
  throw new CliError(EXIT_USAGE, `${option} ${choice.given}: the table has ${count} ${count === 1 ? 'column' : 'columns'}, ${range}; choose one of those`);
}

/** Refuses one column named for two roles, or a column for another role that is the (detected) score column. */
function checkOneRoleEach(wanted: [ColumnOption, ColumnChoice | null, Role, string][], profile: Pick<SheetProfile, 'columns' | 'mapping'>): void {
  const given = wanted.filter((w): w is [ColumnOption, ColumnChoice, Role, string] => w[1] !== null);
  for (let i = 0; i < given.length; i++) {
    for (let j = i + 1; j < given.length; j++) {
      const [a, x] = given[i];
      const [b, y] = given[j];
      if (x.index === y.index) throw new CliError(EXIT_USAGE, `${a} ${x.given} and ${b} ${y.given} both name ${columnName(profile, x.index)}; give each option its own column`);
    }
  }

  const detectedScore = wanted[0][1] ? null : profile.mapping.score;
  if (detectedScore === null) return;
  for (const [option, choice, , purpose] of given) {
    if (choice.index !== detectedScore) continue;
    throw new CliError(
      EXIT_USAGE,
      `${option} ${choice.given} is the score column, ${columnName(profile, detectedScore)}; choose another column ${purpose} (or name the score column with --score-column)`,
    );
  }
}

/** "column B (“How likely are you to recommend us?”)", the header on one line and clipped. */
function columnName(profile: Pick<SheetProfile, 'columns'>, index: number): string {
  const column = profile.columns[index];
  const header = column.header.replace(/\s+/g, ' ').trim();
  const clipped = header.length > 48 ? `${header.slice(0, 47).trimEnd()}…` : header;
  return `column ${column.letter}${clipped ? ` (“${clipped}”)` : ''}`;
}

/**
 * Detection on every fixture is unchanged: the roles, confidences, table,
 * mapping, column of questions and problem the built add-on gives each
 * fixture equal the committed snapshot. The snapshot records what the
 * detector said before the speed work (issue 12); it is not a golden number,
 * the truth-file tests are. After a deliberate change of detection, rewrite
 * it with `UPDATE_DETECTION_SNAPSHOT=1 npx jest test/nps/roles/detectionSnapshot.test.ts`
 * and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectAll, fixtureFiles } from '../../helpers/detectionSnapshot';

const DIST = join(__dirname, '../../../dist');
const SNAPSHOT = join(__dirname, 'detectionSnapshot.json');

describe('detection on every fixture equals the committed snapshot', () => {
  test('every fixture file, every sheet', async () => {
    const current = await detectAll(DIST);
    if (process.env.UPDATE_DETECTION_SNAPSHOT === '1' || !existsSync(SNAPSHOT)) {
      writeFileSync(SNAPSHOT, snapshotText(current));
      if (process.env.UPDATE_DETECTION_SNAPSHOT !== '1') throw new Error(`No snapshot at ${SNAPSHOT}: one was written; review and commit it.`);
    }
    const saved = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<string, unknown>;
    // Shared fixtures outside the repo may be absent on a fresh clone; every repo fixture must be there.
    const repoKeys = Object.keys(saved).filter((k) => k.startsWith('repo/'));
    expect(fixtureFiles().filter((f) => f.key.startsWith('repo/')).map((f) => f.key).sort()).toEqual(repoKeys.sort());
    for (const [key, detection] of Object.entries(current)) expect({ [key]: detection }).toEqual({ [key]: saved[key] });
  }, 120_000); // about 7 s on an idle machine (160 files); a loaded CI runner may take several times that
});

/** JSON with each column (and each short list) on one line, so that a diff names the columns that changed. */
function snapshotText(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(/\[\n\s*([^[\]{}]*?)\n\s*\]/g, (_, items: string) => `[${items.replace(/\n\s*/g, ' ')}]`) + '\n';
}

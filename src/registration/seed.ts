import type { Queryable } from '../db/database.js';
import { parseUniqueNumber } from '../domain/identifiers/unique-number.js';
import { countApplications, insertApplication, insertDocument, raiseSequence } from './db/repo.js';
import { LABELS, labelOf } from './web/labels.js';
import { buildDemoApplications } from './seed-data.js';
import { minimalPdf } from './seed-pdf.js';

/** The demo applications (number, label, e-mail, birth date) for the README and the tests. */
export { DEMO_APPLICATIONS } from './seed-data.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Fills an empty registration database with the demo applications and their documents; false when it held data already. */
export async function seedRegistrationDemo(db: Queryable, now: Date): Promise<boolean> {
  if ((await countApplications(db)) > 0) return false;
  await db.transaction(async (tx) => {
    for (const { application, documents } of buildDemoApplications(now)) {
      await insertApplication(tx, application, new Date(`${application.filedAt}T09:00:00Z`));
      const parsed = parseUniqueNumber(application.uniqueNumber);
      if (!parsed.ok) throw new Error(`Demo number ${application.uniqueNumber} is unreadable`);
      // Numbers issued later by the service continue after the demo ones of the same territory.
      await raiseSequence(tx, parsed.value.territory, Number(parsed.value.sequence));
      for (const d of documents) {
        const owner = d.person === 'applicant' ? application.applicant : application.coApplicant;
        const content = minimalPdf([
          labelOf(LABELS.documentCategory, d.category),
          `${owner?.firstName ?? ''} ${owner?.usageName ?? owner?.birthName ?? ''}`,
          `Demande ${application.uniqueNumber}${d.period ? ` - periode ${d.period}` : ''}`,
          'Document de demonstration, sans valeur.',
        ]);
        await insertDocument(tx, {
          uniqueNumber: application.uniqueNumber,
          person: d.person,
          category: d.category,
          period: d.period,
          fileName: d.fileName,
          mimeType: 'application/pdf',
          sizeBytes: content.length,
          status: d.status,
          content,
          uploadedAt: new Date(now.getTime() - d.daysAgo * DAY_MS),
        });
      }
    }
  });
  return true;
}

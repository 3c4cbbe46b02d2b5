// CSV import of offers: every line is checked (shape, rules, commune, reference) and reported;
// the offers are created, in one transaction, only when every line passes (nothing half-imported).
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/database.js';
import { communes, offerHistory, offers } from '../../../db/schema/index.js';
import type { AppDeps, SessionUser } from '../../../server/context.js';
import { AppError, type FieldCode, type FieldProblem } from '../../../server/errors.js';
import { fieldCodeOf } from '../../../server/plugins/errors.js';
import { parseCsv, readBoolean, readCents, readDate, readNumber, type CsvRecord } from '../csv.js';
import { isoToday, offerProblems } from '../offer.rules.js';
import { storedColumns, type CommuneFacts } from '../offer.repo.js';
import { offerInput, type OfferInput } from '../offer.schemas.js';
import { enqueuePublicationJobs } from './lifecycle.js';

/** The columns of the import file (money in euros, dates as `YYYY-MM-DD` or `DD/MM/YYYY`). */
export const IMPORT_COLUMNS = [
  'reference',
  'street',
  'postcode',
  'communeInsee',
  'latitude',
  'longitude',
  'typology',
  'kind',
  'surfaceM2',
  'floor',
  'hasLift',
  'rent',
  'charges',
  'financing',
  'pmrAdapted',
  'energyClass',
  'gesClass',
  'heating',
  'description',
  'availableOn',
  'applicationDeadline',
  'showcase',
] as const;
const OPTIONAL = new Set([
  'latitude',
  'longitude',
  'floor',
  'hasLift',
  'pmrAdapted',
  'description',
  'showcase',
]);
/** Most lines one import may hold. */
export const MAX_IMPORT_LINES = 1_000;

/** The outcome of one line. */
export type ImportLine = {
  line: number;
  reference: string;
  ok: boolean;
  problems: (FieldProblem & { params?: Record<string, number> })[];
};
/** The outcome of an import. */
export type ImportReport = { created: number; published: boolean; lines: ImportLine[] };

const KINDS: Record<string, string> = { appartement: 'flat', maison: 'house' };
const PATHS: Record<string, string> = { rentCents: 'rent', chargesCents: 'charges' };

function number(value: string, optional: boolean): number | null | undefined | string {
  const n = readNumber(value);
  if (n === null) return optional ? null : undefined;
  return Number.isNaN(n) ? value : n;
}

function flag(value: string): boolean | string | undefined {
  const b = readBoolean(value);
  return b === null ? undefined : b;
}

/** The raw form values of a line, as the offer form would receive them. */
export function formValuesOf(cells: Record<string, string>): Record<string, unknown> {
  const text = (name: string) =>
    cells[name] === '' || cells[name] === undefined ? undefined : cells[name];
  const money = (name: string) => {
    const cents = readCents(cells[name] ?? '');
    return cents === null ? undefined : Number.isNaN(cents) ? cells[name] : cents;
  };
  return {
    reference: text('reference'),
    street: text('street'),
    postcode: text('postcode'),
    communeInsee: text('communeInsee')?.toUpperCase(),
    latitude: number(cells['latitude'] ?? '', true),
    longitude: number(cells['longitude'] ?? '', true),
    typology: text('typology')?.toUpperCase(),
    kind: KINDS[(cells['kind'] ?? '').toLowerCase()] ?? text('kind')?.toLowerCase(),
    surfaceM2: number(cells['surfaceM2'] ?? '', false),
    floor: number(cells['floor'] ?? '', true),
    hasLift: flag(cells['hasLift'] ?? ''),
    rentCents: money('rent'),
    chargesCents: money('charges'),
    financing: text('financing')?.toUpperCase(),
    pmrAdapted: flag(cells['pmrAdapted'] ?? ''),
    energyClass: text('energyClass')?.toUpperCase(),
    gesClass: text('gesClass')?.toUpperCase(),
    heating: text('heating'),
    description: cells['description'] ?? '',
    availableOn: text('availableOn') && readDate(cells['availableOn'] ?? ''),
    applicationDeadline:
      text('applicationDeadline') && readDate(cells['applicationDeadline'] ?? ''),
    showcase: flag(cells['showcase'] ?? ''),
  };
}

function checkLine(
  record: CsvRecord,
  today: string,
): { input: OfferInput | null; problems: ImportLine['problems'] } {
  const parsed = offerInput.safeParse(formValuesOf(record.cells));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.');
      const values = formValuesOf(record.cells);
      const { code, params } = fieldCodeOf({
        ...issue,
        path: issue.path,
        input: values[path],
      } as Parameters<typeof fieldCodeOf>[0]);
      return { path: PATHS[path] ?? path, code, params };
    });
    return { input: null, problems };
  }
  return {
    input: parsed.data,
    problems: offerProblems(parsed.data, today).map((p) => ({
      ...p,
      path: PATHS[p.path] ?? p.path,
    })),
  };
}

async function communesByCode(tx: Tx, codes: string[]): Promise<Map<string, CommuneFacts>> {
  if (codes.length === 0) return new Map();
  const rows = await tx
    .select({
      inseeCode: communes.inseeCode,
      name: communes.name,
      departmentCode: communes.departmentCode,
      regionCode: communes.regionCode,
      parentInseeCode: communes.parentInseeCode,
      postcodes: communes.postcodes,
      latitude: communes.latitude,
      longitude: communes.longitude,
      ceilingZone: communes.ceilingZone,
    })
    .from(communes)
    .where(inArray(communes.inseeCode, codes));
  return new Map(rows.map((r) => [r.inseeCode, r]));
}

function contextProblems(
  input: OfferInput,
  commune: CommuneFacts | undefined,
  duplicate: boolean,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!commune) problems.push({ path: 'communeInsee', code: 'offer.commune_unknown' });
  else if (!commune.postcodes.includes(input.postcode))
    problems.push({ path: 'postcode', code: 'offer.postcode_mismatch' });
  else if (input.latitude === null && commune.latitude === null)
    problems.push({ path: 'latitude', code: 'offer.position_unknown' });
  if (duplicate) problems.push({ path: 'reference', code: 'offer.reference_taken' });
  return problems;
}

/** Imports a CSV file of offers as drafts (or published, when asked) for the landlord: all or nothing. */
export async function importOffers(
  deps: AppDeps,
  user: SessionUser,
  text: string,
  options: { publish: boolean },
): Promise<ImportReport> {
  const landlordId = user.landlordId;
  if (!landlordId) throw new AppError('auth.forbidden');
  const now = deps.clock.now();
  const { columns, records } = parseCsv(text);
  const missing = IMPORT_COLUMNS.filter((c) => !OPTIONAL.has(c) && !columns.includes(c));
  if (missing.length > 0 || records.length === 0 || records.length > MAX_IMPORT_LINES) {
    const code: FieldCode =
      missing.length > 0
        ? 'offer.column_missing'
        : records.length === 0
          ? 'field.required'
          : 'field.too_long';
    const problems =
      missing.length > 0
        ? missing.map((path) => ({ path, code }))
        : [{ path: 'file', code, params: { max: MAX_IMPORT_LINES } }];
    return {
      created: 0,
      published: false,
      lines: [{ line: 1, reference: '', ok: false, problems }],
    };
  }
  const checked = records.map((record) => ({ record, ...checkLine(record, isoToday(now)) }));
  return deps.database.db.transaction(async (tx) => {
    const valid = checked.flatMap((c) => (c.input ? [c.input] : []));
    const byCode = await communesByCode(tx, [...new Set(valid.map((i) => i.communeInsee))]);
    const refs = valid.map((i) => i.reference.toLowerCase());
    const existing =
      refs.length === 0
        ? []
        : await tx
            .select({ r: sql<string>`lower(${offers.reference})` })
            .from(offers)
            .where(
              and(
                eq(offers.landlordId, landlordId),
                inArray(sql`lower(${offers.reference})`, refs),
              ),
            );
    const seen = new Set(existing.map((e) => e.r));
    const lines: ImportLine[] = checked.map(({ record, input, problems }) => {
      const all = input
        ? [
            ...problems,
            ...contextProblems(
              input,
              byCode.get(input.communeInsee),
              seen.has(input.reference.toLowerCase()),
            ),
          ]
        : problems;
      if (input) seen.add(input.reference.toLowerCase());
      return {
        line: record.line,
        reference: record.cells['reference'] ?? '',
        ok: all.length === 0,
        problems: all,
      };
    });
    if (lines.some((l) => !l.ok)) return { created: 0, published: false, lines };
    const status = options.publish ? ('published' as const) : ('draft' as const);
    const rows = valid.map((input) => ({
      ...storedColumns(input, byCode.get(input.communeInsee) as CommuneFacts),
      landlordId,
      status,
      publishedAt: options.publish ? now : null,
      createdAt: now,
      updatedAt: now,
    }));
    const created = await tx.insert(offers).values(rows).returning({ id: offers.id });
    await tx.insert(offerHistory).values(
      created.map((o) => ({
        offerId: o.id,
        event: 'imported',
        fromStatus: null,
        toStatus: status,
        actorUserId: user.id,
        createdAt: now,
      })),
    );
    if (options.publish) {
      for (const o of created) await enqueuePublicationJobs(deps, tx, o.id);
    }
    return { created: created.length, published: options.publish, lines };
  });
}

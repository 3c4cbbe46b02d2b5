import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { applicationValidity } from '../../../domain/applicant-file/validity.js';
import type { AppDeps, SessionUser } from '../../../server/context.js';
import { AppError, invalidFields } from '../../../server/errors.js';
import type { FileRow } from '../../applicant-file/file.repo.js';
import { eligibilityProfile, type EligibilityProfile } from '../eligibility-profile.js';
import { isoToday } from '../offer.rules.js';
import { cachedCeilings } from '../../ceilings/ceilings-cache.js';
import { arrondissementsOf, communePosition } from '../reference-cache.js';
import type { SearchFilters, SearchSort } from '../search.schemas.js';
import { searchOffers, type SearchCenter } from '../search.repo.js';

/** Radius around a point given without a distance, metres. */
export const DEFAULT_POINT_RADIUS_M = 1_000;

/** The centre of the distance filter: a commune (its position and INSEE codes, arrondissements included) or a point. */
export async function resolveCenter(db: Db, filters: SearchFilters): Promise<SearchCenter | null> {
  const hasLat = filters.latitude !== undefined;
  const hasLon = filters.longitude !== undefined;
  if (hasLat !== hasLon)
    throw invalidFields([{ path: hasLat ? 'longitude' : 'latitude', code: 'field.required' }]);
  if (filters.commune) {
    const self = await communePosition(db, filters.commune);
    if (!self) throw invalidFields([{ path: 'commune', code: 'offer.commune_unknown' }]);
    const codes = [filters.commune, ...(await arrondissementsOf(db, filters.commune))];
    if (self.latitude === null || self.longitude === null)
      return { latitude: 0, longitude: 0, radiusM: -1, communes: codes };
    return {
      latitude: self.latitude,
      longitude: self.longitude,
      radiusM: filters.distance ?? 0,
      communes: codes,
    };
  }
  if (filters.latitude !== undefined && filters.longitude !== undefined) {
    return {
      latitude: filters.latitude,
      longitude: filters.longitude,
      radiusM: filters.distance ?? DEFAULT_POINT_RADIUS_M,
      communes: [],
    };
  }
  return null;
}

/** What the searches need of an applicant's file. */
export type SearchFile = Pick<FileRow, 'id' | 'userId' | 'status' | 'snapshot'>;

/** The file of an account, read with one plain query (this is on every search). */
export async function findSearchFile(db: Db, userId: string): Promise<SearchFile | null> {
  const result = (await db.execute(sql`
    select id, user_id as "userId", status, snapshot from applicant_files where user_id = ${userId}`)) as unknown as {
    rows: SearchFile[];
  };
  return result.rows[0] ?? null;
}

/** Whether a file lets its applicant see offers: validated, with an active application. */
export function canSeeOffers(
  file: Pick<FileRow, 'status' | 'snapshot'>,
  now: Date,
): { validated: boolean; active: boolean } {
  const state = applicationValidity(file.snapshot, now).state;
  return {
    validated: file.status === 'validated',
    active: state === 'active' || state === 'expiring_soon',
  };
}

/** The applicant's file and eligibility profile for a search, or the error telling what is missing. */
export async function applicantProfile(
  deps: AppDeps,
  user: SessionUser,
): Promise<{ file: SearchFile; profile: EligibilityProfile }> {
  const { db } = deps.database;
  const file = await findSearchFile(db, user.id);
  if (!file) throw new AppError('file.not_found');
  const now = deps.clock.now();
  const { validated, active } = canSeeOffers(file, now);
  if (!active) throw new AppError('file.application_inactive');
  if (!validated) throw new AppError('offer.file_not_validated');
  const profile = eligibilityProfile(
    file.snapshot,
    await cachedCeilings(db),
    deps.config.AFFORDABILITY_FACTOR,
    now,
  );
  return { file, profile };
}

/** Search paging and order. */
export type Paging = { sort: SearchSort; page: number; pageSize: number };

/** Searches the published offers: the showcase ones for the public, the eligible ones for an applicant. */
export async function runSearch(
  deps: AppDeps,
  scope: { showcase: boolean; profile: EligibilityProfile | null },
  filters: SearchFilters & { region?: string | undefined; department?: string | undefined },
  paging: Paging,
) {
  const { db } = deps.database;
  const center = await resolveCenter(db, filters);
  const result = await searchOffers(db, {
    ...scope,
    filters,
    center,
    today: isoToday(deps.clock.now()),
    ...paging,
  });
  return {
    ...result,
    page: paging.page,
    pageSize: paging.pageSize,
    center:
      center && center.radiusM >= 0
        ? { latitude: center.latitude, longitude: center.longitude }
        : null,
  };
}

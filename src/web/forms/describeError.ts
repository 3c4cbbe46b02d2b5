import type { TFunction } from 'i18next';
import { ApiError, NETWORK_ERROR_CODE } from '../api/errors';

/** Text to show for any failure: the server's localised message, or a generic one. */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.hasServerMessage) return error.message;
    if (error.code === NETWORK_ERROR_CODE) return t('errors.network');
  }
  return t('errors.unexpected');
}

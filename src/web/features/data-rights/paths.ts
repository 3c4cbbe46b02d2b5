/** "Mes données personnelles" (applicant space). */
export const MY_DATA_PATH = '/espace/mes-donnees';

/** Shown once the account is deleted (public). */
export const ACCOUNT_DELETED_PATH = '/compte-supprime';

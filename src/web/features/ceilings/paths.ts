/** The back-office page of the income ceilings. */
export const CEILINGS_PATH = '/backoffice/plafonds';

/** Query parameter of the year shown. */
export const YEAR_PARAM = 'annee';

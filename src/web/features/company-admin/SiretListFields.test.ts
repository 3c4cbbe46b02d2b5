import { describe, expect, it } from 'vitest';
import { isValidSiret } from '../../../domain/identifiers/siret';
import { siretProblems } from './SiretListFields';

const TEXTS = { required: 'required', invalid: 'invalid', otherSiren: 'other' };

describe('siretProblems', () => {
  it('accepts SIRETs of the SIREN, spaces allowed', () => {
    expect(siretProblems(['552 100 554 00013'], '552100554', isValidSiret, TEXTS)).toEqual({
      'sirets.0': undefined,
    });
  });

  it('reports each line by its path, as the API does', () => {
    expect(
      siretProblems(['', '12345678900000', '43218765600017'], '552 100 554', isValidSiret, TEXTS),
    ).toEqual({ 'sirets.0': 'required', 'sirets.1': 'invalid', 'sirets.2': 'other' });
  });
});

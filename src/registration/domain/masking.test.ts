import { describe, expect, it } from 'vitest';
import { maskEmail } from './masking.js';

describe('maskEmail', () => {
  it.each([
    ['jean@exemple.fr', 'j***n@e***.fr'],
    ['salarie@demo.al-in.fr', 's***e@d***.fr'],
    ['ab@exemple.fr', 'a***@e***.fr'],
    ['a@b.fr', 'a***@b***.fr'],
    ['claire.martin@mail.example.com', 'c***n@m***.com'],
    ['x@localhost', 'x***@l***'],
    ['not-an-email', '***'],
  ])('%s → %s', (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });

  it('never shows more than the first and last letter of the name', () => {
    expect(maskEmail('jean.dupont@exemple.fr')).not.toContain('dupont');
  });
});

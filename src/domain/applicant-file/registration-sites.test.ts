import { describe, it, expect } from 'vitest';
import sites from '../data/registration-sites.json' with { type: 'json' };
import {
  DEPARTMENTS,
  WHAT_TO_PREPARE,
  normalizeDepartmentCode,
  registrationSiteFor,
} from './registration-sites.js';

// DOMAIN.md §2, copied by hand so that an edit of the data file is checked against the source.
// prettier-ignore
const OWN_SITE_DEPARTMENTS = [
  '03', '15', '43', '63', '21', '25', '39', '58', '70', '71', '89', '90', '22', '29', '35', '56',
  '37', '67', '68', '88', '14', '50', '61', '86', '16', '17', '79', '87', '31', '44', '49', '53',
  '72', '85',
];

describe('normalizeDepartmentCode', () => {
  it.each<[string, string | null]>([
    ['3', '03'],
    ['03', '03'],
    [' 29 ', '29'],
    ['029', '29'],
    ['2a', '2A'],
    ['02B', '2B'],
    ['971', '971'],
    ['976', '976'],
    ['75', '75'],
    ['20', null],
    ['96', null],
    ['975', null],
    ['0', null],
    ['', null],
    ['ZZ', null],
    ['0971', null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeDepartmentCode(input)).toBe(expected);
  });
});

describe('registrationSiteFor', () => {
  it.each<[string, boolean, string | null, string | null]>([
    ['29', false, 'https://www.demandelogement29.fr/imhowebGP29/', 'Finistère'],
    ['029', false, 'https://www.demandelogement29.fr/imhowebGP29/', 'Finistère'],
    ['3', false, null, 'Allier'],
    ['63', false, null, 'Puy-de-Dôme'],
    ['90', false, null, 'Territoire de Belfort'],
    ['85', false, null, 'Vendée'],
    ['75', true, 'https://www.demande-logement-social.gouv.fr', 'Paris'],
    ['2A', true, 'https://www.demande-logement-social.gouv.fr', 'Corse-du-Sud'],
    ['971', true, 'https://www.demande-logement-social.gouv.fr', 'Guadeloupe'],
    ['13', true, 'https://www.demande-logement-social.gouv.fr', 'Bouches-du-Rhône'],
    ['99', true, 'https://www.demande-logement-social.gouv.fr', null],
  ])('%j → national %j, url %j, department %j', (code, isNational, url, departmentName) => {
    const site = registrationSiteFor(code);
    expect(site.isNational).toBe(isNational);
    expect(site.url).toBe(url);
    expect(site.departmentName).toBe(departmentName);
  });

  it('names the national system for a department without its own site', () => {
    expect(registrationSiteFor('01')).toEqual({
      name: "Demande de logement social (système national d'enregistrement)",
      url: 'https://www.demande-logement-social.gouv.fr',
      isNational: true,
      departmentCode: '01',
      departmentName: 'Ain',
    });
  });

  it('gives every department of DOMAIN.md §2 its own site, and no other', () => {
    const own = DEPARTMENTS.filter((d) => !registrationSiteFor(d.code).isNational).map(
      (d) => d.code,
    );
    expect(own.sort()).toEqual([...OWN_SITE_DEPARTMENTS].sort());
  });
});

describe('registration-sites.json', () => {
  const listed = sites.departmental.flatMap((site) => site.departments);

  it('lists each department once, with a code the department list knows', () => {
    expect(new Set(listed).size).toBe(listed.length);
    const known = new Set(DEPARTMENTS.map((d) => d.code));
    expect(listed.filter((code) => !known.has(code))).toEqual([]);
  });

  it('has https addresses or null, never an empty name', () => {
    for (const site of [sites.national, ...sites.departmental]) {
      expect(site.name.trim()).not.toBe('');
      if (site.url !== null) expect(site.url).toMatch(/^https:\/\/[^\s]+$/);
    }
  });
});

describe('DEPARTMENTS', () => {
  it('holds the 96 metropolitan and 5 overseas departments, not the collectivities', () => {
    const codes = DEPARTMENTS.map((d) => d.code);
    expect(codes).toHaveLength(101);
    expect(codes).toEqual(expect.arrayContaining(['01', '2A', '2B', '95', '971', '976']));
    expect(codes).not.toContain('975');
    expect(codes).not.toContain('20');
  });
});

describe('WHAT_TO_PREPARE', () => {
  it('asks only for an identity document or a residence permit', () => {
    expect(WHAT_TO_PREPARE).toEqual(['identity', 'residence_permit']);
  });
});

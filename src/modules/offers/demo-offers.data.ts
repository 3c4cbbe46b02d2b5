// The demo offers' homes: place (address and position), typology, kind, surface, rent and
// charges in euros, financing, and flags (showcase, lift, pmr, soon: available soon, photos3).
import type { OfferInput } from './offer.schemas.js';

/** Where a demo home is. */
export type Place = { insee: string; postcode: string; street: string; lat: number; lon: number };
/** One demo home. */
export type Row = [
  place: Place,
  typology: OfferInput['typology'],
  kind: OfferInput['kind'],
  surface: number,
  rentEuros: number,
  chargesEuros: number,
  financing: OfferInput['financing'],
  flags: string,
];

const P = (insee: string, postcode: string, street: string, lat: number, lon: number): Place => ({
  insee,
  postcode,
  street,
  lat,
  lon,
});
const PARIS12A = P('75112', '75012', '18 rue de Charenton', 48.8497, 2.3752);
const PARIS12B = P('75112', '75012', '42 avenue Daumesnil', 48.8405, 2.3919);
const PARIS12C = P('75112', '75012', '7 rue de Picpus', 48.8452, 2.4021);
const PARIS11 = P('75111', '75011', '25 rue Oberkampf', 48.8649, 2.3727);
const PARIS13 = P('75113', '75013', '90 avenue d’Italie', 48.8264, 2.3568);
const PARIS19 = P('75119', '75019', '5 rue de Crimée', 48.8826, 2.3771);
const PARIS20 = P('75120', '75020', '60 rue des Pyrénées', 48.8604, 2.4016);
const PARIS18 = P('75118', '75018', '12 rue Ordener', 48.8916, 2.3516);
const PARIS15 = P('75115', '75015', '140 rue de la Convention', 48.8395, 2.2942);
const MONTREUIL_A = P('93048', '93100', '31 rue de Paris', 48.8586, 2.4367);
const MONTREUIL_B = P('93048', '93100', '8 boulevard Rouget de Lisle', 48.8631, 2.4448);
const MONTREUIL_C = P('93048', '93100', '54 rue de Romainville', 48.8694, 2.4486);
const VINCENNES_A = P('94080', '94300', '15 rue de Fontenay', 48.8487, 2.4372);
const VINCENNES_B = P('94080', '94300', '3 avenue de Paris', 48.8455, 2.4308);
/** The homes of Habitat Francilien (Paris and Île-de-France). */
export const HABITAT_FRANCILIEN: Row[] = [
  [PARIS12A, 'T2', 'flat', 44, 545, 85, 'PLUS', 'showcase lift photos3'],
  [PARIS12B, 'T1', 'flat', 29, 410, 60, 'PLUS', 'showcase lift'],
  [PARIS12C, 'T2', 'flat', 47, 590, 95, 'PLS', 'lift'],
  [MONTREUIL_A, 'T2', 'flat', 46, 520, 80, 'PLUS', 'showcase pmr lift soon'],
  [MONTREUIL_B, 'T1', 'flat', 31, 395, 55, 'PLUS', ''],
  [MONTREUIL_C, 'T2', 'house', 52, 560, 70, 'PLS', 'showcase'],
  [VINCENNES_A, 'T2', 'flat', 43, 600, 90, 'PLUS', 'lift'],
  [VINCENNES_B, 'T1', 'flat', 27, 430, 50, 'PLS', 'showcase lift'],
  [VINCENNES_B, 'T3', 'flat', 66, 780, 120, 'PLUS', 'lift'],
  [PARIS12A, 'T3', 'flat', 68, 820, 130, 'PLS', 'showcase lift'],
  [PARIS12B, 'T2', 'flat', 45, 720, 100, 'PLUS', 'lift'],
  [PARIS12C, 'T1', 'flat', 25, 330, 45, 'PLAI', 'showcase'],
  [PARIS11, 'T2', 'flat', 42, 575, 85, 'PLUS', 'showcase lift'],
  [PARIS13, 'T4', 'flat', 82, 890, 150, 'PLUS', 'lift pmr'],
  [PARIS19, 'T3', 'flat', 63, 640, 110, 'PLAI', 'showcase'],
  [PARIS20, 'T5', 'flat', 98, 1010, 170, 'PLUS', 'lift'],
  [PARIS18, 'T2', 'flat', 40, 520, 80, 'PLI', ''],
  [PARIS15, 'T3', 'flat', 64, 1150, 140, 'PLS', 'showcase lift'],
  [
    P('93066', '93200', '10 rue de la République', 48.9362, 2.3574),
    'T3',
    'flat',
    61,
    560,
    100,
    'PLUS',
    'showcase',
  ],
  [
    P('94041', '94200', '22 avenue Georges Gosnat', 48.8131, 2.3872),
    'T2',
    'flat',
    45,
    510,
    75,
    'PLUS',
    'lift',
  ],
  [
    P('94028', '94000', '4 rue du Général Leclerc', 48.7904, 2.4556),
    'T4',
    'flat',
    80,
    720,
    140,
    'PLUS',
    'showcase lift',
  ],
  [
    P('92050', '92000', '17 boulevard du Général Leclerc', 48.8924, 2.2071),
    'T3',
    'flat',
    65,
    690,
    115,
    'PLS',
    '',
  ],
  [
    P('92012', '92100', '48 route de la Reine', 48.8397, 2.2399),
    'T2',
    'flat',
    48,
    740,
    95,
    'PLS',
    'showcase lift',
  ],
  [
    P('95018', '95100', '9 rue Paul Vaillant-Couturier', 48.9472, 2.2467),
    'T5',
    'house',
    105,
    930,
    120,
    'PLUS',
    'showcase',
  ],
  [
    P('78646', '78000', '30 rue de la Paroisse', 48.8049, 2.13),
    'T2',
    'flat',
    46,
    610,
    85,
    'PLUS',
    '',
  ],
  [
    P('91228', '91000', '3 cours Blaise Pascal', 48.629, 2.441),
    'T4',
    'house',
    88,
    780,
    110,
    'PLAI',
    'showcase pmr',
  ],
  [
    P('77284', '77100', '14 rue du Faubourg Saint-Nicolas', 48.9601, 2.8788),
    'T3',
    'flat',
    67,
    540,
    95,
    'PLUS',
    '',
  ],
  [
    P('94033', '94120', '6 avenue de la République', 48.8514, 2.4769),
    'T1',
    'flat',
    30,
    390,
    55,
    'PLUS',
    'showcase',
  ],
];
/** The homes of Logis Atlantique (other cities). */
export const LOGIS_ATLANTIQUE: Row[] = [
  [
    P('44109', '44000', '12 rue de Strasbourg', 47.2184, -1.5536),
    'T2',
    'flat',
    47,
    430,
    60,
    'PLUS',
    'showcase lift photos3',
  ],
  [
    P('44109', '44300', '8 rue du Croisic', 47.2452, -1.5296),
    'T4',
    'house',
    86,
    640,
    90,
    'PLUS',
    'showcase',
  ],
  [
    P('44184', '44600', '21 avenue de la République', 47.2735, -2.2138),
    'T3',
    'flat',
    64,
    470,
    85,
    'PLAI',
    'lift',
  ],
  [
    P('35238', '35000', '5 quai Lamartine', 48.1129, -1.6806),
    'T2',
    'flat',
    45,
    455,
    70,
    'PLS',
    'showcase',
  ],
  [P('49007', '49000', '33 boulevard Foch', 47.47, -0.5502), 'T1', 'flat', 28, 320, 45, 'PLUS', ''],
  [
    P('33063', '33000', '16 cours de la Marne', 44.8296, -0.568),
    'T3',
    'flat',
    66,
    560,
    95,
    'PLUS',
    'showcase lift pmr',
  ],
  [
    P('17300', '17000', '4 rue Saint-Nicolas', 46.1565, -1.1504),
    'T2',
    'flat',
    44,
    420,
    60,
    'PLUS',
    '',
  ],
  [
    P('69383', '69003', '70 cours Lafayette', 45.7636, 4.8502),
    'T3',
    'flat',
    62,
    610,
    105,
    'PLS',
    'showcase lift',
  ],
  [
    P('59350', '59000', '11 rue Solférino', 50.6302, 3.053),
    'T5',
    'flat',
    95,
    720,
    140,
    'PLUS',
    'lift',
  ],
  [
    P('31555', '31000', '2 allées Jean Jaurès', 43.6066, 1.4497),
    'T2',
    'flat',
    46,
    470,
    70,
    'PLUS',
    'showcase',
  ],
  [
    P('13208', '13008', '150 avenue du Prado', 43.2705, 5.3875),
    'T4',
    'flat',
    79,
    650,
    120,
    'PLAI',
    'lift',
  ],
];

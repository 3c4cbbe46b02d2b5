import { formatUniqueNumber } from '../../domain/identifiers/unique-number.js';
import type { RegistrationApplication, RegistrationPerson } from '../contract.js';
import type { RenewalCheck } from '../domain/validity.js';
import { csrfField, e } from './html.js';
import { euros, frenchDate, LABELS, labelOf } from './labels.js';

function dl(rows: [string, string][]): string {
  return `<dl>${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`;
}

function section(id: string, title: string, nu: string, body: string): string {
  return `<section aria-labelledby="t-${id}"><h2 id="t-${id}">${e(title)}</h2><p><a href="/demandes/${e(nu)}/modifier#${id}">Modifier<span class="optional"> la rubrique « ${e(title)} »</span></a></p>${body}</section>`;
}

function personRows(p: RegistrationPerson): [string, string][] {
  const pro = p.professional;
  return [
    [
      'Identité',
      `${labelOf(LABELS.civility, p.civility)} ${p.firstName} ${p.usageName ?? p.birthName}${p.usageName ? ` (née ou né ${p.birthName})` : ''}`,
    ],
    ['Date de naissance', frenchDate(p.birthDate)],
    ['Nationalité', labelOf(LABELS.nationality, p.nationality)],
    [
      'N° de sécurité sociale',
      p.nir
        ? `${p.nir.slice(0, 1)} ${p.nir.slice(1, 3)} ${p.nir.slice(3, 5)} ${p.nir.slice(5, 7)} ${p.nir.slice(7, 10)} ${p.nir.slice(10, 13)} ${p.nir.slice(13)}`
        : 'Non renseigné',
    ],
    ['Adresse électronique', p.email],
    ['Téléphone portable', p.mobilePhone ?? 'Non renseigné'],
    ['Handicap', p.hasDisability ? 'Oui' : 'Non'],
    ['Situation professionnelle', labelOf(LABELS.professionalStatus, pro.status)],
    ["SIRET de l'employeur (D12)", pro.employerSiret ?? 'Non renseigné'],
    ['Employeur', pro.employerName ?? 'Non renseigné'],
    ['Contrat', pro.contractType ? labelOf(LABELS.contractType, pro.contractType) : 'Sans objet'],
    ["Date d'embauche", frenchDate(pro.hiredAt)],
    [
      'Lieu de travail',
      pro.workplace ? `${pro.workplace.name} (${pro.workplace.postcode})` : 'Non renseigné',
    ],
  ];
}

/** The status block: number, validity, and what the applicant can do about it. */
function statusBlock(a: RegistrationApplication, renewal: RenewalCheck): string {
  const rows: [string, string][] = [
    ['Numéro unique', formatUniqueNumber(a.uniqueNumber)],
    [
      'État',
      labelOf(LABELS.applicationStatus, a.status) +
        (a.struckOffReason ? ` (${labelOf(LABELS.struckOffReason, a.struckOffReason)})` : ''),
    ],
    ['Déposée le', frenchDate(a.filedAt)],
    ['Dernier renouvellement', a.lastRenewedAt ? frenchDate(a.lastRenewedAt) : 'Aucun'],
    ['Valable jusqu’au', frenchDate(a.validUntil)],
    ...(a.struckOffAt ? ([['Radiée le', frenchDate(a.struckOffAt)]] as [string, string][]) : []),
    ['Département', a.department],
  ];
  const action = renewal.ok
    ? `<p><a class="button" href="/demandes/${e(a.uniqueNumber)}/renouveler">${renewal.reactivation ? 'Réactiver ma demande' : 'Renouveler ma demande'}</a></p>`
    : renewal.reason === 'too_early'
      ? `<p>Le renouvellement sera possible à partir du ${e(frenchDate(renewal.opensOn))}.</p>`
      : '<p>Cette demande est radiée et ne peut plus être renouvelée : déposez une nouvelle demande si besoin.</p>';
  return `<section aria-labelledby="t-etat" class="notice"><h2 id="t-etat">Ma demande</h2>${dl(rows)}${action}</section>`;
}

/** The "Récapitulatif" page body: every CERFA group with a "Modifier" link, validity and documents. */
export function renderSummary(
  a: RegistrationApplication,
  renewal: RenewalCheck,
  csrf: string,
  banner: string | null,
): string {
  const nu = a.uniqueNumber;
  const household = a.household.length
    ? `<div class="table-wrap"><table><caption>${a.household.length} autre(s) personne(s)</caption><thead><tr><th scope="col">Personne</th><th scope="col">Lien</th><th scope="col">Naissance</th><th scope="col">À charge</th><th scope="col">Handicap</th></tr></thead><tbody>${a.household
        .map(
          (m) =>
            `<tr><td>${e(`${m.firstName} ${m.lastName}`)}</td><td>${e(labelOf(LABELS.relationship, m.relationship))}</td><td>${e(frenchDate(m.birthDate))}</td><td>${m.isDependant ? 'Oui' : 'Non'}</td><td>${m.hasDisability ? 'Oui' : 'Non'}</td></tr>`,
        )
        .join('')}</tbody></table></div>`
    : '<p>Aucune autre personne.</p>';
  const r = a.resources;
  const documentsByStatus = (['received', 'validated', 'refused'] as const).map(
    (s) =>
      `${a.documents.filter((d) => d.status === s).length} ${labelOf(LABELS.documentStatus, s).toLowerCase()}`,
  );
  return `${banner ? `<div class="success" role="status">${banner}</div>` : ''}
${statusBlock(a, renewal)}
<p><a class="button" href="/demandes/${e(nu)}/pieces">Déposer mes pièces</a> <a class="button secondary" href="/demandes/${e(nu)}/modifier">Modifier ma demande</a></p>
<p>Vérifiez l'exactitude des informations ci-dessous. Vous pouvez modifier chaque rubrique.</p>
${section('demandeur', 'Demandeur', nu, dl(personRows(a.applicant)))}
${section('co-demandeur', 'Co-demandeur', nu, a.coApplicant ? dl(personRows(a.coApplicant)) : '<p>Demande faite seul(e).</p>')}
${section('menage', 'Composition du ménage', nu, household)}
${section(
  'ressources',
  'Ressources',
  nu,
  dl([
    [`Revenu fiscal de référence ${r.taxYearN2}`, `${r.taxIncomeN2.toLocaleString('fr-FR')} €`],
    [
      `Revenu fiscal de référence ${r.taxYearN2 + 1}`,
      r.taxIncomeN1 === null ? 'Non renseigné' : `${r.taxIncomeN1.toLocaleString('fr-FR')} €`,
    ],
    ['Ressources mensuelles', euros(r.monthlyIncomeCents)],
    ['Aide au logement', euros(r.housingBenefitCents)],
  ]),
)}
${section(
  'logement-actuel',
  'Logement actuel',
  nu,
  dl([
    ['Situation', labelOf(LABELS.housingSituation, a.currentHousing.situation)],
    [
      'Loyer actuel',
      a.currentHousing.monthlyRentCents === null
        ? 'Sans objet'
        : euros(a.currentHousing.monthlyRentCents),
    ],
    [
      'Commune actuelle',
      a.currentHousing.commune
        ? `${a.currentHousing.commune.name} (${a.currentHousing.commune.postcode})`
        : 'Non renseignée',
    ],
  ]),
)}
${section('motifs', 'Motifs', nu, `<ul>${a.reasons.map((m) => `<li>${e(labelOf(LABELS.reason, m))}</li>`).join('')}</ul>`)}
${section(
  'souhaits',
  'Logement recherché',
  nu,
  `${dl([
    ['Types', a.wanted.typologies.join(', ')],
    ['Maison ou appartement', labelOf(LABELS.housingType, a.wanted.housingType)],
    ['Communes voisines acceptées', a.wanted.mayWiden ? 'Oui' : 'Non'],
  ])}<ol>${a.wanted.communes.map((c) => `<li>${e(`${c.name} (${c.postcode}, INSEE ${c.inseeCode})`)}</li>`).join('')}</ol>`,
)}
<section aria-labelledby="t-pieces"><h2 id="t-pieces">Pièces justificatives</h2><p>${a.documents.length} pièce(s) déposée(s) : ${e(documentsByStatus.join(', '))}.</p><p><a href="/demandes/${e(nu)}/pieces">Voir et déposer mes pièces</a></p></section>
<form method="post" action="/sortie">${csrfField(csrf)}<button type="submit" class="secondary">Quitter ma demande</button></form>`;
}

import type { DocumentCategory, RegistrationApplication, SupportingDocument } from '../contract.js';
import { MAX_DOCUMENT_BYTES } from '../domain/files.js';
import type { UploadProblem } from '../use-cases/documents.js';
import { choices, csrfField, e, fieldId, input, select } from './html.js';
import { frenchDate, LABELS, labelOf } from './labels.js';

/** The three headings of the applicant handbook, per person. */
const HEADINGS: { title: string; categories: DocumentCategory[] }[] = [
  { title: 'Pièces pour obtenir le numéro unique', categories: ['identity', 'residence_permit'] },
  {
    title: "Pièces pour consulter l'offre adaptée à sa situation",
    categories: ['tax_notice', 'family_status'],
  },
  {
    title: "Pièces pour postuler sur l'offre adaptée",
    categories: [
      'work_contract',
      'payslip',
      'employer_certificate',
      'benefit_notice',
      'housing_proof',
      'reason_proof',
    ],
  },
];

/** French explanation of each upload problem (also sent to the page's script). */
export const UPLOAD_MESSAGES: Record<UploadProblem | 'access.invalid' | 'request.invalid', string> =
  {
    'document.empty': 'Le fichier est vide.',
    'document.too_large': `Le fichier dépasse ${MAX_DOCUMENT_BYTES / 1024 / 1024} Mo : réduisez-le (par exemple en le numérisant en noir et blanc) puis déposez-le de nouveau.`,
    'document.type_refused':
      "Ce fichier n'est ni un PDF, ni une image JPEG ou PNG (son contenu a été vérifié, pas seulement son nom).",
    'document.period_invalid':
      'Période incorrecte : AAAA-MM (mois) pour un bulletin de salaire, AAAA (année) pour un avis d’imposition.',
    'document.name_invalid': 'Le nom du fichier est vide.',
    'document.no_co_applicant': "Cette demande n'a pas de co-demandeur.",
    'application.not_found': 'Demande introuvable.',
    'access.invalid': 'Votre accès à la demande a expiré : identifiez-vous de nouveau.',
    'request.invalid':
      'Le dépôt est incomplet : choisissez la personne, la catégorie et le fichier.',
  };

function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`
    : `${Math.max(1, Math.round(bytes / 1024))} ko`;
}

function table(nu: string, documents: SupportingDocument[]): string {
  if (documents.length === 0) return '<p>Aucune pièce déposée dans cette rubrique.</p>';
  const rows = documents
    .map(
      (d) =>
        `<tr><td><a href="/demandes/${e(nu)}/pieces/${e(d.id)}">${e(d.fileName)}</a></td><td>${e(labelOf(LABELS.documentCategory, d.category))}</td><td>${e(d.period ?? '—')}</td><td>${e(size(d.sizeBytes))}</td><td>${e(frenchDate(d.uploadedAt))}</td><td>${e(labelOf(LABELS.documentStatus, d.status))}</td></tr>`,
    )
    .join('');
  return `<div class="table-wrap"><table><thead><tr><th scope="col">Fichier</th><th scope="col">Catégorie</th><th scope="col">Période</th><th scope="col">Taille</th><th scope="col">Déposé le</th><th scope="col">État</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function personBlock(a: RegistrationApplication, person: SupportingDocument['person']): string {
  const who = person === 'applicant' ? a.applicant : a.coApplicant;
  if (!who) return '';
  const mine = a.documents.filter((d) => d.person === person);
  const headings = HEADINGS.map((h, i) => {
    const expected = h.categories.map((c) => labelOf(LABELS.documentCategory, c)).join(', ');
    return `<h3 id="${person}-${i}">${e(h.title)}</h3><p class="hint">${e(expected)}</p>${table(
      a.uniqueNumber,
      mine.filter((d) => h.categories.includes(d.category)),
    )}`;
  }).join('');
  return `<section aria-labelledby="t-${person}"><h2 id="t-${person}">${e(labelOf(LABELS.person, person))} : ${e(`${who.firstName} ${who.usageName ?? who.birthName}`)}</h2>${headings}</section>`;
}

/** The "Déposer mes pièces" page body: documents per person and heading, and the upload form. */
export function renderDocumentsPage(
  a: RegistrationApplication,
  csrf: string,
  banner: string | null,
): string {
  const nu = a.uniqueNumber;
  const people = a.coApplicant ? LABELS.person : LABELS.person.filter(([p]) => p === 'applicant');
  const fileHint = `PDF, JPEG ou PNG, ${MAX_DOCUMENT_BYTES / 1024 / 1024} Mo au plus.`;
  return `${banner ? `<div class="success" role="status">${banner}</div>` : ''}
<p><a href="/demandes/${e(nu)}">« Retour au récapitulatif de ma demande</a></p>
<p>Le jour de l'enregistrement, seule une pièce d'identité (ou un titre de séjour) est demandée. Les autres pièces sont nécessaires pour consulter les offres et pour postuler.</p>
${personBlock(a, 'applicant')}${personBlock(a, 'co_applicant')}
<h2 id="deposer">Déposer une pièce</h2>
<form id="upload-form" method="post" action="/demandes/${e(nu)}/pieces/fichier" data-endpoint="/demandes/${e(nu)}/pieces/fichier" data-success="/demandes/${e(nu)}/pieces?depose=1" data-max-bytes="${MAX_DOCUMENT_BYTES}" data-too-large="${e(UPLOAD_MESSAGES['document.too_large'])}">
${csrfField(csrf)}
${choices({ kind: 'radio', name: 'person', label: 'Pour qui ?', options: people, values: ['applicant'] })}
${select({ name: 'category', label: 'Catégorie de la pièce', options: [['', '— Choisir —'], ...LABELS.documentCategory] })}
${input({ name: 'period', label: 'Période couverte', optional: true, hint: 'AAAA-MM pour un bulletin de salaire (ex. 2026-10), AAAA pour un avis d’imposition (ex. 2025)' })}
<div><label for="${fieldId('file')}">Fichier<span class="hint" id="${fieldId('file')}-hint">${e(fileHint)}</span></label>
<p class="error" id="${fieldId('file')}-error" role="alert" hidden></p>
<input type="file" id="${fieldId('file')}" name="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" required aria-describedby="${fieldId('file')}-hint ${fieldId('file')}-error"></div>
<noscript><p class="error">Le dépôt de fichiers de cette démonstration a besoin de JavaScript.</p></noscript>
<p><button type="submit">Déposer la pièce</button></p></form>`;
}

/** The small script that sends the chosen file as application/octet-stream (no multipart parser is installed). */
export const UPLOAD_SCRIPT = `(() => {
  const form = document.getElementById('upload-form');
  if (!form) return;
  const file = document.getElementById('${fieldId('file')}');
  const error = document.getElementById('${fieldId('file')}-error');
  const show = (message) => { error.textContent = 'Erreur : ' + message; error.hidden = false; file.setAttribute('aria-invalid', 'true'); file.focus(); };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true; file.removeAttribute('aria-invalid');
    const chosen = file.files && file.files[0];
    if (!chosen) return show('choisissez un fichier.');
    if (chosen.size > Number(form.dataset.maxBytes)) return show(form.dataset.tooLarge);
    const data = new FormData(form);
    const query = new URLSearchParams({ person: String(data.get('person') || ''), category: String(data.get('category') || ''), period: String(data.get('period') || ''), fileName: chosen.name });
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const response = await fetch(form.dataset.endpoint + '?' + query.toString(), { method: 'POST', headers: { 'content-type': 'application/octet-stream', 'x-csrf-token': String(data.get('_csrf')) }, body: chosen, credentials: 'same-origin' });
      if (response.ok) { window.location.assign(form.dataset.success); return; }
      const body = await response.json().catch(() => null);
      show((body && body.error && body.error.message) || 'le dépôt a échoué, réessayez.');
    } catch {
      show('le dépôt a échoué (connexion interrompue), réessayez.');
    } finally {
      button.disabled = false;
    }
  });
})();
`;

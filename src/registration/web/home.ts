import { csrfField, e, errorSummary, input, type FieldErrors } from './html.js';

/** The home page body: what the site is, access by number and birth date, and the link to create an application. */
export function renderHome(input_: {
  csrf: string;
  uniqueNumber: string;
  birthDate: string;
  returnTo: string;
  errors: FieldErrors;
  notice: string | null;
}): string {
  const labels = { uniqueNumber: 'Numéro unique', birthDate: 'Date de naissance du demandeur' };
  return `${input_.notice ? `<div class="notice" role="status">${e(input_.notice)}</div>` : ''}
<p>Ce site de démonstration joue le rôle du site d'enregistrement de la demande de logement social (demande-logement-social.gouv.fr) pour la plateforme AL'in. Il attribue le numéro unique, garde la demande et ses pièces justificatives, et les transmet à la plateforme avec l'accord du demandeur (code envoyé par e-mail).</p>
<h2>Accéder à ma demande</h2>
${errorSummary(input_.errors, labels)}
<form method="post" action="/acces" novalidate>${csrfField(input_.csrf)}<input type="hidden" name="suite" value="${e(input_.returnTo)}">
${input({ name: 'uniqueNumber', label: labels.uniqueNumber, value: input_.uniqueNumber, error: input_.errors['uniqueNumber'], hint: '18 caractères, par exemple 111 10 23 517879 GDPUB (espaces facultatifs)', autocomplete: 'off' })}
${input({ name: 'birthDate', label: labels.birthDate, value: input_.birthDate, error: input_.errors['birthDate'], type: 'date', hint: 'Format JJ/MM/AAAA', autocomplete: 'bday' })}
<p><button type="submit">Accéder à ma demande</button></p></form>
<h2>Vous n'avez pas encore de numéro unique ?</h2>
<p><a class="button secondary" href="/demandes/nouvelle">Créer une demande</a></p>
<p>Une seule demande par ménage. La demande est valable un an et doit être renouvelée chaque année.</p>`;
}

/** Reads a birth date typed as JJ/MM/AAAA or AAAA-MM-JJ; null when it is not a real date. */
export function readBirthDate(raw: string): string | null {
  const value = raw.trim();
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = fr ? `${fr[3]}-${fr[2]?.padStart(2, '0')}-${fr[1]?.padStart(2, '0')}` : value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

import { escapeHtml } from '../../mail/templates.js';

/** Field problems of a form, keyed by field name, in French. */
export type FieldErrors = Record<string, string>;

/** Escapes text for HTML (shorthand). */
export const e = escapeHtml;

/** The id of a form control from its name (`applicant.firstName` → `f-applicant-firstName`). */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

const STYLE = `*{box-sizing:border-box}body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:0;color:#1e1e1e;line-height:1.5;background:#fff}
header,main,footer{padding:1rem;max-width:52rem;margin:auto}header{border-bottom:4px solid #000091}header p{margin:0;font-weight:700}
a{color:#000091}a:focus,button:focus,input:focus,select:focus,summary:focus{outline:3px solid #0a76f6;outline-offset:2px}
h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.25rem;margin-top:2rem}fieldset{border:1px solid #929292;margin:1rem 0;padding:.75rem 1rem;min-width:0}
legend{font-weight:700;padding:0 .25rem}label{display:block;font-weight:600;margin-top:.75rem}.hint{display:block;font-weight:400;color:#3a3a3a;font-size:.9rem}.optional{font-weight:400;color:#3a3a3a}
input[type=text],input[type=email],input[type=tel],input[type=date],input[type=number],input[type=file],select{display:block;width:100%;max-width:28rem;padding:.5rem;font:inherit;border:1px solid #3a3a3a;border-radius:4px}
.choice{display:flex;gap:.5rem;align-items:flex-start;margin-top:.4rem}.choice label{display:inline;font-weight:400;margin:0}.choice input{margin-top:.3rem;width:1.1rem;height:1.1rem}
.error{color:#ce0500;font-weight:700;margin:.25rem 0}[aria-invalid=true]{border:2px solid #ce0500!important}
.summary-box{border:3px solid #ce0500;padding:1rem;margin:1rem 0}.notice{border-left:6px solid #000091;background:#f5f5fe;padding:.75rem 1rem;margin:1rem 0}.success{border-left:6px solid #18753c;background:#eafaf1;padding:.75rem 1rem;margin:1rem 0}
button,.button{display:inline-block;background:#000091;color:#fff;border:0;padding:.6rem 1.2rem;font:inherit;font-weight:700;border-radius:4px;cursor:pointer;text-decoration:none;margin:.5rem .5rem .5rem 0}
button.secondary,.button.secondary{background:#fff;color:#000091;border:2px solid #000091}
dl{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #ddd;vertical-align:top}.table-wrap{overflow-x:auto}
.number{font-size:1.4rem;font-weight:700;letter-spacing:.05em}.row{display:flex;flex-wrap:wrap;gap:0 1rem}.row>*{flex:1 1 12rem}
@media (max-width:30rem){dl{grid-template-columns:1fr}dd{margin-bottom:.5rem}}`;

/** A whole page: French, one h1, a banner saying what the site is, and a small inline stylesheet. */
export function page(input: {
  title: string;
  h1: string;
  body: string;
  scripts?: string[];
}): string {
  const scripts = (input.scripts ?? [])
    .map((src) => `<script src="${e(src)}" defer></script>`)
    .join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(input.title)} — Demande de logement social (démonstration)</title><style>${STYLE}</style>${scripts}</head>
<body><header><p><a href="/">Site d'enregistrement de la demande de logement social</a> <span>(démonstration)</span></p></header>
<main id="contenu"><h1>${e(input.h1)}</h1>${input.body}</main>
<footer><p>Service de démonstration d'AL'in : il imite le site d'enregistrement national de la demande de logement social. Les démarches de logement social sont gratuites.</p></footer></body></html>`;
}

type Control = {
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  optional?: boolean;
};

function describedBy(c: Control): string {
  const ids = [
    c.hint ? `${fieldId(c.name)}-hint` : '',
    c.error ? `${fieldId(c.name)}-error` : '',
  ].filter(Boolean);
  return ids.length ? ` aria-describedby="${ids.join(' ')}"` : '';
}

function labelAndMessages(c: Control): string {
  const optional = c.optional ? ' <span class="optional">(facultatif)</span>' : '';
  const hint = c.hint ? `<span class="hint" id="${fieldId(c.name)}-hint">${e(c.hint)}</span>` : '';
  const error = c.error
    ? `<p class="error" id="${fieldId(c.name)}-error">Erreur : ${e(c.error)}</p>`
    : '';
  return `<label for="${fieldId(c.name)}">${e(c.label)}${optional}${hint}</label>${error}`;
}

/** A labelled text-like input, its hint and its error linked with aria-describedby. */
export function input(
  c: Control & { value?: string; type?: string; autocomplete?: string; inputmode?: string },
): string {
  const attrs = [
    `type="${c.type ?? 'text'}"`,
    `id="${fieldId(c.name)}"`,
    `name="${e(c.name)}"`,
    `value="${e(c.value ?? '')}"`,
    c.autocomplete ? `autocomplete="${c.autocomplete}"` : '',
    c.inputmode ? `inputmode="${c.inputmode}"` : '',
    c.optional ? '' : 'required',
    c.error ? 'aria-invalid="true"' : '',
  ].filter(Boolean);
  return `<div>${labelAndMessages(c)}<input ${attrs.join(' ')}${describedBy(c)}></div>`;
}

/** A labelled drop-down list. */
export function select(
  c: Control & { value?: string; options: readonly (readonly [string, string])[] },
): string {
  const options = c.options
    .map(
      ([value, label]) =>
        `<option value="${e(value)}"${value === c.value ? ' selected' : ''}>${e(label)}</option>`,
    )
    .join('');
  return `<div>${labelAndMessages(c)}<select id="${fieldId(c.name)}" name="${e(c.name)}"${c.optional ? '' : ' required'}${c.error ? ' aria-invalid="true"' : ''}${describedBy(c)}>${options}</select></div>`;
}

/** A group of radio buttons or check boxes in a fieldset whose legend names it. */
export function choices(
  c: Control & {
    kind: 'radio' | 'checkbox';
    options: readonly (readonly [string, string])[];
    values: readonly string[];
  },
): string {
  const items = c.options
    .map(([value, label], i) => {
      const id = i === 0 ? fieldId(c.name) : `${fieldId(c.name)}-${i}`;
      const checked = c.values.includes(value) ? ' checked' : '';
      return `<div class="choice"><input type="${c.kind}" id="${id}" name="${e(c.name)}" value="${e(value)}"${checked}><label for="${id}">${e(label)}</label></div>`;
    })
    .join('');
  const hint = c.hint ? `<span class="hint" id="${fieldId(c.name)}-hint">${e(c.hint)}</span>` : '';
  const error = c.error
    ? `<p class="error" id="${fieldId(c.name)}-error">Erreur : ${e(c.error)}</p>`
    : '';
  const optional = c.optional ? ' <span class="optional">(facultatif)</span>' : '';
  return `<fieldset${describedBy(c)}><legend>${e(c.label)}${optional}</legend>${hint}${error}${items}</fieldset>`;
}

/** One check box with its label. */
export function checkbox(c: { name: string; label: string; checked: boolean }): string {
  return `<div class="choice"><input type="checkbox" id="${fieldId(c.name)}" name="${e(c.name)}" value="oui"${c.checked ? ' checked' : ''}><label for="${fieldId(c.name)}">${e(c.label)}</label></div>`;
}

/** The list of a form's errors at its top, each a link to its field. */
export function errorSummary(errors: FieldErrors, labels: Record<string, string>): string {
  const entries = Object.entries(errors);
  if (entries.length === 0) return '';
  const items = entries
    .map(
      ([name, message]) =>
        `<li><a href="#${fieldId(name)}">${e(labels[name] ?? name)} : ${e(message)}</a></li>`,
    )
    .join('');
  return `<div class="summary-box" role="alert" tabindex="-1" id="erreurs"><h2>Le formulaire contient ${entries.length} erreur${entries.length > 1 ? 's' : ''}</h2><ul>${items}</ul></div>`;
}

/** The hidden CSRF field every form carries. */
export function csrfField(token: string): string {
  return `<input type="hidden" name="_csrf" value="${e(token)}">`;
}

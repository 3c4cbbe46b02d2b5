import { formatDay } from '../../domain/calendar/format.js';
import { format, messagesFor, type Locale } from '../../server/i18n/index.js';
import { writeCandidacies } from './candidacies-pdf.js';
import type { PersonalData } from './personal-data.js';
import { field, heading, renderPdf, type Pdf } from './pdf.js';

function list(doc: Pdf, lines: string[], none: string): void {
  if (lines.length === 0) doc.text(none);
  for (const line of lines) doc.text(`• ${line}`, { indent: 8 });
}

/** The readable version of the data export. */
export function personalDataPdf(data: PersonalData, locale: Locale): Promise<Buffer> {
  const t = messagesFor(locale).dataExport;
  const day = (d: Date | string) => formatDay(d, locale);
  return renderPdf({ title: t.title, createdAt: data.exportedAt }, (doc) => {
    doc.text(format(t.generatedOn, { date: day(data.exportedAt) }));
    const a = data.account;
    heading(doc, t.account);
    field(doc, t.fields.name, `${a.firstName} ${a.lastName}`);
    field(doc, t.fields.email, a.email);
    field(doc, t.fields.phone, a.mobilePhone ?? '—');
    field(doc, t.fields.birthDate, a.birthDate ? day(a.birthDate) : '—');
    field(doc, t.fields.createdAt, day(a.createdAt));
    heading(doc, t.file);
    const f = data.file;
    if (!f) doc.text(t.none);
    else {
      const c = messagesFor(locale).certificate;
      field(doc, c.uniqueNumber, f.uniqueNumberFormatted);
      field(doc, c.platformNumber, f.platformNumber);
      field(doc, c.personalCode, f.personalCode);
      field(doc, t.fields.status, f.status);
      heading(doc, t.company);
      field(
        doc,
        t.fields.employer,
        `${f.company.employerName ?? '—'} (${f.company.employerSiret ?? '—'})`,
      );
      field(doc, c.company, f.company.linkedCompany?.name ?? c.noCompany);
      field(doc, t.fields.consent, f.consent ?? '—');
      field(doc, t.fields.staffNumber, f.company.staffNumber ?? '—');
      field(doc, t.fields.hiredAt, f.company.hiredAt ? day(f.company.hiredAt) : '—');
      heading(doc, t.history);
      list(
        doc,
        f.history.map(
          (h) =>
            `${day(h.createdAt)} : ${h.event} → ${h.toStatus}${h.comment ? ` (${h.comment})` : ''}`,
        ),
        t.none,
      );
    }
    writeCandidacies(doc, data.contributions.candidacies, locale);
    heading(doc, t.accessLog);
    list(
      doc,
      data.accessLog.map((e) => `${day(e.at)} : ${e.actor.label} ${e.what}`),
      t.none,
    );
    heading(doc, t.messages);
    for (const thread of data.messages) {
      doc
        .font('Helvetica-Bold')
        .text(`${thread.subject} (${day(thread.createdAt)})`)
        .font('Helvetica');
      for (const m of thread.messages)
        doc.text(
          `${day(m.createdAt)} — ${m.side === 'backoffice' ? 'Action Logement' : a.firstName} : ${m.body}`,
          { indent: 8 },
        );
    }
    if (data.messages.length === 0) doc.text(t.none);
    heading(doc, t.requests);
    list(
      doc,
      [
        ...data.recoveryRequests.map(
          (r) => `${day(r.createdAt)} : ${r.reference} (${r.codeKind}, ${r.status})`,
        ),
        ...data.fraudReports.map((r) => `${day(r.createdAt)} : ${r.reference} (${r.status})`),
      ],
      t.none,
    );
    heading(doc, t.certificates);
    list(
      doc,
      data.certificates.map((c) => `${day(c.issuedAt)} : ${c.reference}`),
      t.none,
    );
  });
}

import PDFDocument from 'pdfkit';

/** A PDF document being written (pdfkit). */
export type Pdf = PDFKit.PDFDocument;

const BLUE = '#0b4f9c';

/** Writes a PDF with the platform's look (A4, Helvetica) and returns its bytes. */
export function renderPdf(
  meta: { title: string; createdAt: Date },
  write: (doc: Pdf) => void,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: {
        Title: meta.title,
        Author: 'Action Logement Services',
        Creator: "AL'in",
        CreationDate: meta.createdAt,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      doc
        .fillColor(BLUE)
        .font('Helvetica-Bold')
        .fontSize(11)
        .text("AL'in · Action Logement Services");
      doc.moveDown(1.5);
      doc.fillColor('#1e1e1e').font('Helvetica-Bold').fontSize(18).text(meta.title);
      doc.moveDown();
      doc.font('Helvetica').fontSize(11);
      write(doc);
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** A label and its value on one line. */
export function field(doc: Pdf, label: string, value: string): void {
  doc.font('Helvetica-Bold').text(`${label} : `, { continued: true }).font('Helvetica').text(value);
}

/** A section heading. */
export function heading(doc: Pdf, text: string): void {
  doc
    .moveDown()
    .fillColor(BLUE)
    .font('Helvetica-Bold')
    .fontSize(13)
    .text(text)
    .fillColor('#1e1e1e')
    .font('Helvetica')
    .fontSize(11)
    .moveDown(0.3);
}

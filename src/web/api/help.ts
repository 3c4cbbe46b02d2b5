import { api, queryString } from './client';

// The help centre: FAQ, customer-service hours, the contact form and fraud reports
// (`src/modules/help`).

/** Languages the help texts exist in. */
export type HelpLanguage = 'fr' | 'en';

/** Sections of the FAQ. */
export type FaqSectionId = 'account' | 'import' | 'codes' | 'documents' | 'offers' | 'candidacies';

/** One question and its answer (plain-text paragraphs). */
export interface FaqEntry {
  id: string;
  question: string;
  answer: string[];
}

/** A section of the FAQ. */
export interface FaqSection {
  id: FaqSectionId;
  title: string;
  entries: FaqEntry[];
}

/** Body of `GET /api/help/faq`. */
export interface FaqResponse {
  locale: HelpLanguage;
  sections: FaqSection[];
}

/** Subjects of the contact form. */
export const CONTACT_CATEGORIES = [
  'account',
  'import',
  'codes',
  'documents',
  'offers',
  'candidacies',
  'personal_data',
  'other',
] as const;

/** A subject of the contact form. */
export type ContactCategory = (typeof CONTACT_CATEGORIES)[number];

/** Body of `GET /api/help/contact`: the customer service's details. */
export interface ContactInfo {
  locale: HelpLanguage;
  phone: string;
  phoneInternational: string;
  phoneHref: string;
  phoneNote: string;
  hours: {
    days: string[];
    opens: string;
    closes: string;
    timeZone: string;
    closedOnPublicHolidays: boolean;
    text: string;
  };
  openNow: boolean;
  answerDelay: string;
  fraud: { email: string; warning: string };
  categories: { key: ContactCategory; label: string }[];
}

/** The FAQ in a language. */
export function fetchFaq(lang: HelpLanguage): Promise<FaqResponse> {
  return api.get<FaqResponse>(`/api/help/faq${queryString(new URLSearchParams({ lang }))}`);
}

/** The customer service's phone, hours (and whether it is open now). */
export function fetchContactInfo(lang: HelpLanguage): Promise<ContactInfo> {
  return api.get<ContactInfo>(`/api/help/contact${queryString(new URLSearchParams({ lang }))}`);
}

/** The contact form. */
export interface ContactInput {
  category: ContactCategory;
  subject: string;
  message: string;
  attachments: File[];
}

/** Writes to Action Logement (answered as a secure message within 3 working days). */
export function sendContactMessage(
  input: ContactInput,
): Promise<{ threadId: string; dueOn: string }> {
  const form = new FormData();
  form.append('category', input.category);
  form.append('subject', input.subject);
  form.append('message', input.message);
  for (const file of input.attachments) form.append('attachments', file);
  return api.post<{ threadId: string; dueOn: string }>('/api/help/contact', form);
}

/** How the person was asked for money. */
export const FRAUD_CHANNELS = [
  'phone',
  'email',
  'sms',
  'website',
  'social_network',
  'in_person',
  'other',
] as const;

/** A channel of a fraud attempt. */
export type FraudChannel = (typeof FRAUD_CHANNELS)[number];

/** Body of `POST /api/help/fraud-reports`. */
export interface FraudReportRequest {
  channel: FraudChannel;
  description: string;
  amountRequestedEuros?: number;
  occurredOn?: string;
  contactEmail?: string;
  contactPhone?: string;
}

/** Reports a request for money to the fraud team (anyone, logged in or not). */
export function sendFraudReport(body: FraudReportRequest): Promise<{ reference: string }> {
  return api.post<{ reference: string }>('/api/help/fraud-reports', body);
}

/** States of a fraud report in the back office. */
export const FRAUD_STATUSES = ['new', 'in_review', 'closed'] as const;

/** State of a fraud report. */
export type FraudStatus = (typeof FRAUD_STATUSES)[number];

/** A fraud report as the back office sees it. */
export interface FraudReport {
  id: string;
  reference: string;
  channel: FraudChannel;
  description: string;
  amountRequestedCents: number | null;
  occurredOn: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  fromAccount: boolean;
  status: FraudStatus;
  handlingNote: string | null;
  createdAt: string;
  updatedAt: string;
}

function fraudPath(id: string): string {
  return `/api/backoffice/fraud-reports/${encodeURIComponent(id)}`;
}

/** Fraud reports, newest first. */
export function listFraudReports(status?: FraudStatus): Promise<{ reports: FraudReport[] }> {
  const query = new URLSearchParams();
  if (status) query.set('status', status);
  return api.get<{ reports: FraudReport[] }>(`/api/backoffice/fraud-reports${queryString(query)}`);
}

/** One fraud report. */
export function fetchFraudReport(id: string): Promise<{ report: FraudReport }> {
  return api.get<{ report: FraudReport }>(fraudPath(id));
}

/** Records how a report is handled. */
export function updateFraudReport(
  id: string,
  body: { status: FraudStatus; handlingNote: string | null },
): Promise<{ report: FraudReport }> {
  return api.patch<{ report: FraudReport }>(fraudPath(id), body);
}

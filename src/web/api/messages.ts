import { api, downloadFile, queryString } from './client';

// Secure messages between an applicant and the back office (`src/modules/messages`).

/** States of a conversation. */
export type ThreadStatus = 'awaiting_backoffice' | 'awaiting_applicant' | 'closed';

/** What a conversation is about. */
export type ThreadKind = 'recovery' | 'contact' | 'general';

/** A file attached to a message. */
export interface MessageAttachment {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

/** One message; `backoffice` messages come from Action Logement (the adviser is not named). */
export interface Message {
  id: number;
  side: 'applicant' | 'backoffice';
  body: string;
  createdAt: string;
  readAt: string | null;
  attachments: MessageAttachment[];
}

/** A conversation as the applicant sees it. */
export interface Thread {
  id: string;
  kind: ThreadKind;
  category: string | null;
  subject: string;
  status: ThreadStatus;
  lastMessageAt: string;
  createdAt: string;
  /** Messages of the other side not read yet. */
  unread: number;
}

/** A conversation as the back office sees it. */
export interface BackofficeThread extends Thread {
  dueOn: string | null;
  overdue: boolean;
  applicant: { id: string; email: string; firstName: string; lastName: string };
}

/** A conversation and its messages. */
export interface ThreadWithMessages<T extends Thread = Thread> {
  thread: T;
  messages: Message[];
}

/** Filters of the back office's queue. */
export interface BackofficeThreadFilter {
  status?: ThreadStatus | undefined;
  kind?: ThreadKind | undefined;
  overdue?: boolean | undefined;
}

/** Path of a conversation, encoded. */
function threadPath(base: string, id: string): string {
  return `${base}/${encodeURIComponent(id)}`;
}

/** My conversations with Action Logement, latest first. */
export function listMyThreads(): Promise<{ threads: Thread[] }> {
  return api.get<{ threads: Thread[] }>('/api/messages');
}

/** One of my conversations (marks its messages read). */
export function fetchMyThread(id: string): Promise<ThreadWithMessages> {
  return api.get<ThreadWithMessages>(threadPath('/api/messages', id));
}

/** Answers in one of my conversations. */
export function replyToThread(id: string, body: string): Promise<ThreadWithMessages> {
  return api.post<ThreadWithMessages>(threadPath('/api/messages', id), { body });
}

/** Downloads an attachment of one of my conversations. */
export function downloadMyAttachment(threadId: string, file: MessageAttachment): Promise<void> {
  const path = `${threadPath('/api/messages', threadId)}/attachments/${encodeURIComponent(file.id)}`;
  return downloadFile(path, file.fileName);
}

/** The back office's queue of conversations. */
export function listBackofficeThreads(
  filter: BackofficeThreadFilter,
): Promise<{ threads: BackofficeThread[] }> {
  const query = new URLSearchParams();
  if (filter.status) query.set('status', filter.status);
  if (filter.kind) query.set('kind', filter.kind);
  if (filter.overdue) query.set('overdue', 'true');
  return api.get<{ threads: BackofficeThread[] }>(`/api/backoffice/messages${queryString(query)}`);
}

/** One conversation, for the back office (marks the applicant's messages read). */
export function fetchBackofficeThread(id: string): Promise<ThreadWithMessages<BackofficeThread>> {
  return api.get<ThreadWithMessages<BackofficeThread>>(threadPath('/api/backoffice/messages', id));
}

/** The back office answers (and may close the conversation). */
export function replyAsBackoffice(
  id: string,
  body: { body: string; close: boolean },
): Promise<ThreadWithMessages<BackofficeThread>> {
  return api.post<ThreadWithMessages<BackofficeThread>>(
    threadPath('/api/backoffice/messages', id),
    body,
  );
}

/** The back office closes a conversation. */
export async function closeBackofficeThread(id: string): Promise<void> {
  await api.post<unknown>(`${threadPath('/api/backoffice/messages', id)}/close`);
}

/** Downloads an attachment, for the back office (the access is logged for the applicant). */
export function downloadBackofficeAttachment(
  threadId: string,
  file: MessageAttachment,
): Promise<void> {
  const base = threadPath('/api/backoffice/messages', threadId);
  return downloadFile(`${base}/attachments/${encodeURIComponent(file.id)}`, file.fileName);
}

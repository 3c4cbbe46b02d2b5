import { useTranslation } from 'react-i18next';
import type { Thread } from '../../api/messages';
import { CONTACT_CATEGORIES, type ContactCategory } from '../../api/help';

function isContactCategory(value: string | null): value is ContactCategory {
  return value !== null && (CONTACT_CATEGORIES as readonly string[]).includes(value);
}

/** What a conversation is about, in words: its kind, and the contact form's subject if any. */
export function useThreadTopic(): (thread: Pick<Thread, 'kind' | 'category'>) => string {
  const { t } = useTranslation();
  return (thread) => {
    const kind = t(`support.messages.kind.${thread.kind}`);
    if (thread.kind === 'contact' && isContactCategory(thread.category)) {
      return `${kind} — ${t(`support.contact.categories.${thread.category}`)}`;
    }
    return kind;
  };
}

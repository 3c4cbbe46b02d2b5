import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FaqSection } from '../../api/help';
import type { GuideSummary } from './guides-api';
import { guidePath } from './paths';

/**
 * The FAQ written from the seeds (account, import, codes, documents, offers, candidacies); an
 * answer links to the step-by-step guides that name its entry.
 */
export function FaqSections({
  sections,
  guides = [],
}: {
  sections: readonly FaqSection[];
  guides?: readonly GuideSummary[];
}) {
  const { t } = useTranslation();
  return (
    <>
      {sections.map((section) => (
        <section key={section.id} className="section" aria-labelledby={`faq-${section.id}`}>
          <h3 id={`faq-${section.id}`} tabIndex={-1}>
            {section.title}
          </h3>
          {section.entries.map((entry) => (
            <details key={entry.id} className="faq-entry">
              <summary>{entry.question}</summary>
              <div className="faq-entry__answer">
                {entry.answer.map((paragraph, index) => (
                  <p key={index}>{paragraph}</p>
                ))}
                {guides
                  .filter((guide) => guide.faq.includes(`${section.id}/${entry.id}`))
                  .map((guide) => (
                    <p key={guide.slug}>
                      <Link to={guidePath(guide.slug)}>
                        {t('support.guides.faqLink', { title: guide.title })}
                      </Link>
                    </p>
                  ))}
              </div>
            </details>
          ))}
        </section>
      ))}
    </>
  );
}

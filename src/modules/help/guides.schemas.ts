import { z } from 'zod';
import { GUIDE_SLUGS } from './content/types.js';

const locale = z.enum(['fr', 'en']);
const guideFields = {
  slug: z.enum(GUIDE_SLUGS),
  title: z.string(),
  intro: z.string(),
  faq: z.array(z.string()).describe('The FAQ entries this guide answers, as `section/entry`'),
};

/** Path parameters: a guide. */
export const guideParams = z.object({ slug: z.string().max(100) });

/** Response: the list of guides. */
export const guideListResponse = z.object({
  locale,
  guides: z.array(z.object({ ...guideFields, stepCount: z.number().int() })),
});

/** Response: one guide, its numbered steps and their screenshots. */
export const guideResponse = z.object({
  locale,
  guide: z.object({
    ...guideFields,
    steps: z.array(
      z.object({
        title: z.string(),
        text: z.array(z.string()),
        screenshot: z
          .object({
            src: z.string().describe('URL of a screenshot of our own page (WebP)'),
            width: z.number().int(),
            height: z.number().int(),
            alt: z.string(),
            caption: z.string(),
          })
          .nullable(),
      }),
    ),
  }),
});

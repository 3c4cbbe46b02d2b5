import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { HelpLanguage } from '../../api/help';
import { useHelpLanguage } from './useHelpLanguage';

// The step-by-step guides of the help centre (`GET /api/help/guides`, `src/modules/help`).

/** A screenshot of one of our pages, with its size and what it shows. */
export interface GuideScreenshot {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
}

/** One numbered step of a guide. */
export interface GuideStep {
  title: string;
  text: string[];
  screenshot: GuideScreenshot | null;
}

/** A guide in the list: its title, intro, number of steps and the FAQ entries it answers. */
export interface GuideSummary {
  slug: string;
  title: string;
  intro: string;
  stepCount: number;
  /** FAQ entries (`section/entry`) that link to the guide. */
  faq: string[];
}

/** A whole guide. */
export interface Guide extends Omit<GuideSummary, 'stepCount'> {
  steps: GuideStep[];
}

function langQuery(lang: HelpLanguage): string {
  return `?${new URLSearchParams({ lang }).toString()}`;
}

/** The guides in a language, in reading order. */
export function fetchGuides(lang: HelpLanguage): Promise<{ guides: GuideSummary[] }> {
  return api.get(`/api/help/guides${langQuery(lang)}`);
}

/** One guide in a language (404 `resource.not_found` for an unknown slug). */
export function fetchGuide(lang: HelpLanguage, slug: string): Promise<{ guide: Guide }> {
  return api.get(`/api/help/guides/${encodeURIComponent(slug)}${langQuery(lang)}`);
}

/** The list of guides in the interface's language (cached: it changes only with a release). */
export function useGuideList() {
  const lang = useHelpLanguage();
  return useQuery({
    queryKey: ['help', 'guides', lang],
    queryFn: () => fetchGuides(lang),
    staleTime: 10 * 60_000,
  });
}

/** One guide in the interface's language. */
export function useGuide(slug: string) {
  const lang = useHelpLanguage();
  return useQuery({
    queryKey: ['help', 'guides', lang, slug],
    queryFn: () => fetchGuide(lang, slug),
    staleTime: 10 * 60_000,
  });
}

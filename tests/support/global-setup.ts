import type { TestProject } from 'vitest/node';
import { createTemplate, dropTemplate, type TemplateRef } from './template-db.js';

declare module 'vitest' {
  export interface ProvidedContext {
    template: TemplateRef;
  }
}

/** Migrates one template database for the whole run; each test file clones it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const template = await createTemplate();
  project.provide('template', template);
  return () => dropTemplate(template);
}

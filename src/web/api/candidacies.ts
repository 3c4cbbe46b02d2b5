// Typed calls to the candidacies API (issue 5): the applicant's "Je postule" and tracker, the
// back office's review, sending, early closing, ranking rule and audit, the landlord's shortlist,
// messages, visits, commission, lease and move-in, and the employer's view of an employee's
// candidacies (full consent only). Every path is built in `paths` (candidacies/paths.ts), so a
// change of the server's routes is made in one place. The calls and views live in candidacies/,
// one file per portal plus the views they share; this module gathers them for the screens.

export * from './candidacies/paths';
export * from './candidacies/shared';
export * from './candidacies/applicant';
export * from './candidacies/backoffice';
export * from './candidacies/landlord';
export * from './candidacies/employer';

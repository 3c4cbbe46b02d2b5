import { formatDay } from '../../../domain/calendar/format.js';
import { isValidSiret, normalizeSiret } from '../../../domain/identifiers/siret.js';
import { audit } from '../../../server/audit.js';
import type { AppDeps, RequestMeta, SessionUser } from '../../../server/context.js';
import { invalidFields } from '../../../server/errors.js';
import { newReadableCode } from '../../../server/security/tokens.js';
import { findUserByEmail, findUserById } from '../../accounts/account.repo.js';
import { answerDueOn } from '../../messages/use-cases/threads.js';
import { checkDocuments, storeDocument, type UploadedPart } from '../../messages/uploads.js';
import { insertRecoveryRequest } from '../recovery.repo.js';

/** The form "Récupérer mon code". */
export type RecoveryInput = {
  codeKind: 'personal' | 'company';
  civility?: 'mme' | 'm' | undefined;
  firstName: string;
  lastName: string;
  birthDate?: string | undefined;
  accountEmail: string;
  employerName: string;
  siret: string;
  reason: string;
  proofKind: 'employment_certificate' | 'payslip' | 'contract';
  proof: UploadedPart;
};

/**
 * Records a lost-code request in the back-office queue, due 3 working days later. The proof of
 * employment is checked by its content (PDF, JPEG, PNG) and size before anything is stored. The
 * request is tied to the applicant account with the e-mail given (or to the logged-in account);
 * only that account is ever written to (an acknowledgement without any code, then the answer as
 * a secure message). The answer is the same whether or not an account matched.
 */
export async function requestRecovery(
  deps: AppDeps,
  sessionUser: SessionUser | null,
  input: RecoveryInput,
  meta: RequestMeta,
): Promise<{ reference: string; dueOn: string }> {
  const siret = normalizeSiret(input.siret);
  if (!isValidSiret(siret)) throw invalidFields([{ path: 'siret', code: 'siret.invalid' }]);
  const [proof] = checkDocuments([input.proof], 'proof');
  if (!proof) throw invalidFields([{ path: 'proof', code: 'field.required' }]);
  const { db } = deps.database;
  const matched =
    sessionUser?.role === 'applicant'
      ? await findUserById(db, sessionUser.id)
      : await findUserByEmail(db, input.accountEmail);
  const account = matched?.role === 'applicant' ? matched : null;
  const now = deps.clock.now();
  const dueOn = answerDueOn(now);
  const reference = `RC-${newReadableCode(8).replace(/(.{4})(?=.)/g, '$1-')}`;
  await db.transaction(async (tx) => {
    const proofFileId = await storeDocument(tx, {
      ownerUserId: account?.id ?? null,
      purpose: 'recovery_proof',
      document: proof,
    });
    const row = await insertRecoveryRequest(tx, {
      reference,
      userId: account?.id ?? null,
      codeKind: input.codeKind,
      civility: input.civility ?? null,
      firstName: input.firstName,
      lastName: input.lastName,
      birthDate: input.birthDate ?? null,
      accountEmail: account?.email ?? input.accountEmail.trim(),
      employerName: input.employerName,
      siret,
      reason: input.reason,
      proofKind: input.proofKind,
      proofFileId,
      dueOn,
      ip: meta.ip,
      createdAt: now,
    });
    await audit(tx, {
      action: 'recovery.requested',
      actorUserId: sessionUser?.id ?? null,
      subjectUserId: account?.id ?? null,
      ip: meta.ip,
      details: { recoveryRequestId: row.id, reference },
    });
    if (account) {
      await deps.jobs.enqueue(tx, 'mail.send', {
        to: account.email,
        locale: account.locale,
        template: 'recovery_received',
        reference,
        dueOn: formatDay(dueOn, account.locale),
      });
    }
  });
  return { reference, dueOn };
}

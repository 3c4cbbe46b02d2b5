import { useMutation } from '@tanstack/react-query';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  recordLease,
  recordMoveIn,
  recordRefusal,
  settleCondition,
  type LandlordCandidacy,
} from '../../../api/candidacies';
import { describeError } from '../../../forms/describeError';
import { useFormFeedback } from '../../../forms/useFormFeedback';
import { Alert, Button, Dialog, ErrorSummary, TextAreaField, TextField } from '../../../ui';
import { useFormat } from '../../file/useFormat';
import { isIsoDay, parisToday } from '../shared/labels';
import { useRefreshLandlord } from './queries';

function LeaseForm({ candidacyId }: { candidacyId: string }) {
  const { t } = useTranslation();
  const refresh = useRefreshLandlord();
  const [signedOn, setSignedOn] = useState(parisToday());
  const [moveInOn, setMoveInOn] = useState('');
  const form = useFormFeedback('lease', ['signedOn', 'moveInOn']);
  const lease = useMutation({
    mutationFn: () => recordLease(candidacyId, { signedOn, ...(moveInOn ? { moveInOn } : {}) }),
    onSuccess: () => void refresh(),
    onError: (error) => form.showApiError(error),
  });
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = t('candidacies.landlord.dateInvalid');
    if (
      form.checkFields({
        signedOn: isIsoDay(signedOn) ? undefined : invalid,
        moveInOn: moveInOn && !isIsoDay(moveInOn) ? invalid : undefined,
      })
    ) {
      lease.mutate();
    }
  }
  return (
    <section className="section" aria-labelledby="lease">
      <h2 id="lease">{t('candidacies.lease.title')}</h2>
      <p>{t('candidacies.lease.text')}</p>
      <ErrorSummary feedback={form.feedback} />
      <form noValidate onSubmit={handleSubmit}>
        <TextField
          id={form.fieldId('signedOn')}
          name="signedOn"
          type="date"
          className="field--medium"
          label={t('candidacies.lease.signedOn')}
          isRequired
          value={signedOn}
          error={form.fieldErrors.signedOn}
          onChange={(event) => setSignedOn(event.target.value)}
        />
        <TextField
          id={form.fieldId('moveInOn')}
          name="moveInOn"
          type="date"
          className="field--medium"
          label={t('candidacies.lease.moveInOn')}
          hint={t('candidacies.lease.moveInHint')}
          value={moveInOn}
          error={form.fieldErrors.moveInOn}
          onChange={(event) => setMoveInOn(event.target.value)}
        />
        <Button type="submit" isBusy={lease.isPending}>
          {t('candidacies.lease.record')}
        </Button>
      </form>
    </section>
  );
}

function MoveInForm({ candidacyId, planned }: { candidacyId: string; planned: string | null }) {
  const { t } = useTranslation();
  const refresh = useRefreshLandlord();
  const [movedInOn, setMovedInOn] = useState(planned ?? parisToday());
  const form = useFormFeedback('move-in', ['movedInOn']);
  const moveIn = useMutation({
    mutationFn: () => recordMoveIn(candidacyId, movedInOn),
    onSuccess: () => void refresh(),
    onError: (error) => form.showApiError(error),
  });
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (
      form.checkFields({
        movedInOn: isIsoDay(movedInOn) ? undefined : t('candidacies.landlord.dateInvalid'),
      })
    ) {
      moveIn.mutate();
    }
  }
  return (
    <section className="section" aria-labelledby="move-in">
      <h2 id="move-in">{t('candidacies.moveIn.title')}</h2>
      <ErrorSummary feedback={form.feedback} />
      <form noValidate onSubmit={handleSubmit}>
        <TextField
          id={form.fieldId('movedInOn')}
          name="movedInOn"
          type="date"
          className="field--medium"
          label={t('candidacies.moveIn.date')}
          isRequired
          value={movedInOn}
          error={form.fieldErrors.movedInOn}
          onChange={(event) => setMovedInOn(event.target.value)}
        />
        <Button type="submit" isBusy={moveIn.isPending}>
          {t('candidacies.moveIn.record')}
        </Button>
      </form>
    </section>
  );
}

function ConditionSettlement({ candidate }: { candidate: LandlordCandidacy }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refresh = useRefreshLandlord();
  const settle = useMutation({
    mutationFn: (met: boolean) => settleCondition(candidate.id, met),
    onSuccess: () => void refresh(),
  });
  const commission = candidate.commission;
  return (
    <section className="section" aria-labelledby="condition">
      <h2 id="condition">{t('candidacies.condition.title')}</h2>
      <p>
        {t('candidacies.condition.text', {
          document: commission?.conditionDocument ?? '',
          date: commission?.conditionDeadline ? format.day(commission.conditionDeadline) : '',
        })}
      </p>
      {settle.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(settle.error, t)}</p>
        </Alert>
      )}
      <div className="actions">
        <Button isBusy={settle.isPending && settle.variables} onClick={() => settle.mutate(true)}>
          {t('candidacies.condition.met')}
        </Button>
        <Button
          variant="secondary"
          isBusy={settle.isPending && !settle.variables}
          onClick={() => settle.mutate(false)}
        >
          {t('candidacies.condition.failed')}
        </Button>
      </div>
    </section>
  );
}

function RefusalRecord({ candidacyId }: { candidacyId: string }) {
  const { t } = useTranslation();
  const refresh = useRefreshLandlord();
  const [isOpen, setIsOpen] = useState(false);
  const [reason, setReason] = useState('');
  const close = useCallback(() => setIsOpen(false), []);
  const refuse = useMutation({
    mutationFn: () => recordRefusal(candidacyId, reason.trim() || null),
    onSuccess: () => {
      setIsOpen(false);
      void refresh();
    },
  });
  return (
    <section className="section" aria-labelledby="refusal">
      <h2 id="refusal">{t('candidacies.refusal.title')}</h2>
      <p>{t('candidacies.refusal.text')}</p>
      <Button variant="secondary" onClick={() => setIsOpen(true)}>
        {t('candidacies.refusal.button')}
      </Button>
      <Dialog isOpen={isOpen} title={t('candidacies.refusal.dialogTitle')} onClose={close}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            refuse.mutate();
          }}
        >
          {refuse.isError && (
            <Alert tone="error" isLive>
              <p>{describeError(refuse.error, t)}</p>
            </Alert>
          )}
          <TextAreaField
            id="refusal-reason"
            name="reason"
            label={t('candidacies.refusal.reason')}
            maxLength={1000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="actions">
            <Button type="submit" isBusy={refuse.isPending}>
              {t('candidacies.refusal.confirm')}
            </Button>
            <Button variant="secondary" onClick={close}>
              {t('candidacies.common.cancel')}
            </Button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}

/** What the landlord records after the commission: condition, refusal, lease, move-in. */
export function AttributionActions({ candidate }: { candidate: LandlordCandidacy }) {
  const { status } = candidate;
  return (
    <>
      {status === 'conditional' && <ConditionSettlement candidate={candidate} />}
      {status === 'attributed' && <LeaseForm candidacyId={candidate.id} />}
      {status === 'lease_signed' && (
        <MoveInForm candidacyId={candidate.id} planned={candidate.moveInOn} />
      )}
      {(status === 'attributed' || status === 'ranked' || status === 'conditional') && (
        <RefusalRecord candidacyId={candidate.id} />
      )}
    </>
  );
}

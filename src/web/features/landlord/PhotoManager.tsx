import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteOfferPhoto, reorderOfferPhotos, uploadOfferPhoto } from '../../api/offers';
import type { LandlordOffer, OfferPhoto } from '../../api/offers-types';
import { describeError } from '../../forms/describeError';
import { Alert, Button, Dialog } from '../../ui';
import { FieldError } from '../../ui/FieldError';
import { classNames } from '../../ui/classNames';
import { useOfferFormat } from '../offers/useOfferFormat';
import { landlordOfferKey } from './useLandlordOffer';

/** Most photos an offer may have (server rule). */
export const MAX_PHOTOS = 10;
/** The server's default size limit of an upload (`PHOTO_MAX_BYTES`; the API does not publish it). */
export const PHOTO_MAX_BYTES = 8_000_000;
const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

function focusSoon(id: string, fallback?: string) {
  window.setTimeout(() => {
    const element =
      document.getElementById(id) ?? (fallback ? document.getElementById(fallback) : null);
    element?.focus();
  }, 0);
}

/** Adds (with progress), deletes and reorders the photos of an offer. */
export function PhotoManager({ offer, isEditable }: { offer: LandlordOffer; isEditable: boolean }) {
  const { t } = useTranslation();
  const format = useOfferFormat();
  const queryClient = useQueryClient();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [toDelete, setToDelete] = useState<OfferPhoto | null>(null);
  const photos = offer.photos;
  const refresh = () => queryClient.invalidateQueries({ queryKey: landlordOfferKey(offer.id) });

  const upload = useMutation({
    mutationFn: (chosen: File) => uploadOfferPhoto(offer.id, chosen, setProgress),
    onSuccess: async () => {
      setStatus(t('offers.landlord.photos.added'));
      setFile(null);
      if (inputRef.current) inputRef.current.value = '';
      await refresh();
    },
    onSettled: () => setProgress(null),
  });
  const remove = useMutation({
    mutationFn: (photo: OfferPhoto) => deleteOfferPhoto(offer.id, photo.id),
    onSuccess: async () => {
      setToDelete(null);
      setStatus(t('offers.landlord.photos.deleted'));
      await refresh();
      focusSoon(inputId);
    },
  });
  const reorder = useMutation({
    mutationFn: (order: { ids: string[]; moved: string; direction: 'up' | 'down' }) =>
      reorderOfferPhotos(offer.id, order.ids),
    onSuccess: async (_result, order) => {
      const position = order.ids.indexOf(order.moved) + 1;
      // Announced once the list shows the new order, with the focus on the moved photo.
      await refresh();
      setStatus(t('offers.landlord.photos.moved', { position, count: order.ids.length }));
      const other = order.direction === 'up' ? 'down' : 'up';
      focusSoon(`photo-${order.moved}-${order.direction}`, `photo-${order.moved}-${other}`);
    },
  });

  function move(photo: OfferPhoto, direction: 'up' | 'down') {
    const ids = photos.map((p) => p.id);
    const from = ids.indexOf(photo.id);
    const to = direction === 'up' ? from - 1 : from + 1;
    const other = ids[to];
    if (from < 0 || other === undefined) return;
    ids[to] = photo.id;
    ids[from] = other;
    reorder.mutate({ ids, moved: photo.id, direction });
  }

  function handleUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    upload.reset();
    if (!file) {
      setFileError(t('offers.landlord.photos.errors.missing'));
      inputRef.current?.focus();
      return;
    }
    if (!ACCEPTED_TYPES.includes(file.type)) {
      setFileError(t('offers.landlord.photos.errors.type'));
      inputRef.current?.focus();
      return;
    }
    if (file.size > PHOTO_MAX_BYTES) {
      setFileError(
        t('offers.landlord.photos.errors.size', {
          size: format.bytes(file.size),
          max: format.bytes(PHOTO_MAX_BYTES),
        }),
      );
      inputRef.current?.focus();
      return;
    }
    setFileError(null);
    setStatus(t('offers.landlord.photos.sending'));
    upload.mutate(file);
  }

  const isFull = photos.length >= MAX_PHOTOS;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const actionError = upload.error ?? remove.error ?? reorder.error;
  return (
    <div className="photo-manager">
      <p>{t('offers.landlord.photos.count', { count: photos.length, max: MAX_PHOTOS })}</p>
      {photos.length > 0 && (
        <ol className="photo-manager__list">
          {photos.map((photo, index) => (
            <li key={photo.id} className="photo-manager__item">
              <img
                src={photo.galleryUrl}
                alt={t('offers.photos.alt', {
                  number: index + 1,
                  count: photos.length,
                  subject: offer.reference,
                })}
                width={160}
                height={120}
              />
              <p className="photo-manager__meta">
                {t('offers.photos.position', { number: index + 1, count: photos.length })}
                <span className="table__detail">
                  {t('offers.landlord.photos.dimensions', {
                    width: photo.width,
                    height: photo.height,
                  })}
                </span>
              </p>
              {isEditable && (
                <div className="photo-manager__buttons">
                  {index > 0 && (
                    <Button
                      id={`photo-${photo.id}-up`}
                      variant="secondary"
                      isBusy={reorder.isPending}
                      onClick={() => move(photo, 'up')}
                    >
                      {t('offers.landlord.photos.up')}
                      <span className="visually-hidden">{` ${t('offers.photos.position', { number: index + 1, count: photos.length })}`}</span>
                    </Button>
                  )}
                  {index < photos.length - 1 && (
                    <Button
                      id={`photo-${photo.id}-down`}
                      variant="secondary"
                      isBusy={reorder.isPending}
                      onClick={() => move(photo, 'down')}
                    >
                      {t('offers.landlord.photos.down')}
                      <span className="visually-hidden">{` ${t('offers.photos.position', { number: index + 1, count: photos.length })}`}</span>
                    </Button>
                  )}
                  <Button variant="secondary" onClick={() => setToDelete(photo)}>
                    {t('offers.landlord.photos.delete')}
                    <span className="visually-hidden">{` ${t('offers.photos.position', { number: index + 1, count: photos.length })}`}</span>
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {isEditable && !isFull && (
        <form className="photo-manager__upload card" noValidate onSubmit={handleUpload}>
          <div className={classNames('field', fileError && 'field--error')}>
            <label className="field__label" htmlFor={inputId}>
              {t('offers.landlord.photos.choose')}
            </label>
            <div id={hintId} className="field__hint">
              {t('offers.landlord.photos.hint', {
                max: format.bytes(PHOTO_MAX_BYTES),
                count: MAX_PHOTOS,
              })}
            </div>
            {fileError && <FieldError id={errorId} message={fileError} />}
            <input
              ref={inputRef}
              id={inputId}
              className="file-input"
              type="file"
              name="photo"
              accept={ACCEPTED_TYPES.join(',')}
              aria-describedby={fileError ? `${hintId} ${errorId}` : hintId}
              aria-invalid={fileError ? true : undefined}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setFileError(null);
                upload.reset();
              }}
            />
          </div>
          {file && (
            <p className="photo-manager__file">
              {t('offers.landlord.photos.chosen', {
                name: file.name,
                size: format.bytes(file.size),
              })}
            </p>
          )}
          {progress !== null && (
            <progress
              className="photo-manager__progress"
              max={1}
              value={progress}
              aria-label={t('offers.landlord.photos.progressLabel')}
            >
              {format.percent(progress)}
            </progress>
          )}
          <Button type="submit" isBusy={upload.isPending}>
            {upload.isPending
              ? t('offers.landlord.photos.sendingButton', {
                  percent: format.percent(progress ?? 0),
                })
              : t('offers.landlord.photos.send')}
          </Button>
        </form>
      )}
      {isEditable && isFull && <p>{t('offers.landlord.photos.full', { max: MAX_PHOTOS })}</p>}
      <div role="status" className="photo-manager__status">
        {status && <p>{status}</p>}
      </div>
      {actionError && (
        <Alert tone="error" isLive>
          <p>{describeError(actionError, t)}</p>
        </Alert>
      )}
      <Dialog
        isOpen={toDelete !== null}
        title={t('offers.landlord.photos.confirmTitle')}
        onClose={() => setToDelete(null)}
      >
        {toDelete && (
          <>
            <p>
              {t('offers.landlord.photos.confirmText', {
                number: photos.indexOf(toDelete) + 1,
                count: photos.length,
              })}
            </p>
            <img src={toDelete.galleryUrl} alt="" width={160} height={120} />
            <div className="actions">
              <Button isBusy={remove.isPending} onClick={() => remove.mutate(toDelete)}>
                {t('offers.landlord.photos.confirmYes')}
              </Button>
              <Button variant="secondary" onClick={() => setToDelete(null)}>
                {t('offers.common.cancel')}
              </Button>
            </div>
          </>
        )}
      </Dialog>
    </div>
  );
}

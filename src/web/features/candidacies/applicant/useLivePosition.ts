import { useEffect, useRef, useState } from 'react';
import { fetchPosition, positionEventsUrl, type CandidacyPosition } from '../../../api/candidacies';

/** Seconds the server may hold a long-polling request open. */
const LONG_POLL_SECONDS = 20;
/** Pause after a failed poll before the next one. */
const RETRY_DELAY_MS = 15_000;
/** Failed connections of the event stream before falling back to polling. */
const STREAM_ATTEMPTS = 2;

function isPosition(value: unknown): value is CandidacyPosition {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.total === 'number' && typeof candidate.revision === 'number';
}

function parsePosition(data: string): CandidacyPosition | null {
  try {
    const parsed: unknown = JSON.parse(data);
    if (isPosition(parsed)) return parsed;
    if (typeof parsed === 'object' && parsed !== null && 'position' in parsed) {
      const inner = (parsed as { position: unknown }).position;
      return isPosition(inner) ? inner : null;
    }
  } catch {
    // A malformed event is ignored: the next one (or the poll) brings the state.
  }
  return null;
}

/** The position shown, and the last change worth announcing (null until one happens). */
export interface LivePosition {
  current: CandidacyPosition;
  change: CandidacyPosition | null;
}

/**
 * The position of a candidacy, kept up to date while applications are open: server-sent events
 * (`position` events) when the browser and the server allow it, else long polling on the
 * position endpoint. Stops when the position is no longer live (the offer closed).
 */
export function useLivePosition(initial: CandidacyPosition): LivePosition {
  const [streamed, setStreamed] = useState<CandidacyPosition | null>(null);
  const [change, setChange] = useState<CandidacyPosition | null>(null);
  const revision = useRef(initial.revision);
  const announced = useRef({ position: initial.position, total: initial.total });
  const candidacyId = initial.candidacyId;
  // The freshest of what the page loaded and what the stream said.
  const current =
    streamed && streamed.candidacyId === candidacyId && streamed.revision >= initial.revision
      ? streamed
      : initial;
  const isLive = current.live;

  useEffect(() => {
    revision.current = Math.max(revision.current, initial.revision);
    announced.current = { position: initial.position, total: initial.total };
  }, [initial.revision, initial.position, initial.total]);

  useEffect(() => {
    if (!isLive) return;
    let stopped = false;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const accept = (next: CandidacyPosition) => {
      if (stopped || next.candidacyId !== candidacyId) return;
      revision.current = next.revision;
      setStreamed(next);
      // Only a new rank or a new number of candidacies is announced, not every event.
      const before = announced.current;
      if (before.position !== next.position || before.total !== next.total) {
        announced.current = { position: next.position, total: next.total };
        setChange(next);
      }
    };

    const poll = async () => {
      while (!stopped) {
        try {
          const { position } = await fetchPosition(candidacyId, {
            after: revision.current,
            wait: LONG_POLL_SECONDS,
          });
          accept(position);
          if (!position.live) return;
        } catch {
          await new Promise<void>((resolve) => {
            timer = setTimeout(resolve, RETRY_DELAY_MS);
          });
        }
      }
    };

    if (typeof EventSource === 'undefined') {
      void poll();
    } else {
      let failures = 0;
      source = new EventSource(positionEventsUrl(candidacyId));
      const onPosition = (event: MessageEvent<string>) => {
        failures = 0;
        const next = parsePosition(event.data);
        if (next) accept(next);
        if (next && !next.live) source?.close();
      };
      source.addEventListener('position', onPosition);
      source.onmessage = onPosition;
      source.onerror = () => {
        failures += 1;
        if (source?.readyState === EventSource.CLOSED || failures >= STREAM_ATTEMPTS) {
          source?.close();
          source = null;
          void poll();
        }
      };
    }

    return () => {
      stopped = true;
      source?.close();
      if (timer) clearTimeout(timer);
    };
  }, [candidacyId, isLive]);

  return { current, change };
}

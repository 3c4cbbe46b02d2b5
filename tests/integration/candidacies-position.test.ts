import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/test-app.js';
import { applicant, apply, candidacyTestApp, landlordOffer } from './candidacies-helpers.js';

let t: TestApp;
let base = '';
beforeAll(async () => {
  t = await candidacyTestApp();
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => t.close());

/** Reads server-sent events from a response body, one `position` event at a time. */
function eventReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return async function next(): Promise<{
    event: string;
    data: { position: number | null; total: number; revision: number };
  }> {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (event && data) return { event, data: JSON.parse(data) };
        continue;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      buffer += decoder.decode(value, { stream: true });
    }
  };
}

describe('live position', () => {
  it('streams the position as others apply and cancel (server-sent events)', async () => {
    const { offer } = await landlordOffer(t);
    const me = await applicant(t);
    const mine = await apply(me.c, offer.id);
    const controller = new AbortController();
    const response = await fetch(`${base}/api/candidacies/${mine.id}/position/stream`, {
      headers: { cookie: me.c.cookieHeader() },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const next = eventReader(response.body as ReadableStream<Uint8Array>);
    expect((await next()).data).toMatchObject({ position: 1, total: 1 });
    const senior = await applicant(t, { application: { filedAt: '2015-01-01' } });
    const theirs = await apply(senior.c, offer.id);
    expect((await next()).data).toMatchObject({ position: 2, total: 2 });
    await senior.c.post(`/api/candidacies/${theirs.id}/cancel`);
    expect((await next()).data).toMatchObject({ position: 1, total: 1 });
    controller.abort();
  });

  it('answers a long poll as soon as the revision changes, and at once without `after`', async () => {
    const { offer } = await landlordOffer(t);
    const me = await applicant(t);
    const mine = await apply(me.c, offer.id);
    const now = (await me.c.get(`/api/candidacies/${mine.id}/position`)).json().position;
    expect(now).toMatchObject({ live: true, position: 1, total: 1 });
    const waiting = me.c.get(`/api/candidacies/${mine.id}/position?after=${now.revision}&wait=20`);
    const other = await applicant(t, { application: { filedAt: '2015-01-01' } });
    await apply(other.c, offer.id);
    const answered = (await waiting).json().position;
    expect(answered.revision).not.toBe(now.revision);
    expect(answered).toMatchObject({ position: 2, total: 2 });
    const unchanged = (
      await me.c.get(`/api/candidacies/${mine.id}/position?after=${answered.revision}&wait=0`)
    ).json().position;
    expect(unchanged.revision).toBe(answered.revision);
  });

  it('refuses the stream of somebody else’s candidacy', async () => {
    const { offer } = await landlordOffer(t);
    const owner = await applicant(t);
    const other = await applicant(t);
    const mine = await apply(owner.c, offer.id);
    const response = await fetch(`${base}/api/candidacies/${mine.id}/position/stream`, {
      headers: { cookie: other.c.cookieHeader() },
    });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'candidacy.not_found',
    );
  });
});

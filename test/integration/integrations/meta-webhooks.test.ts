import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metaSignature } from '../../../src/domain/integrations/meta-signature.ts';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';

const SECRET = 'meta-app-secret-for-tests';
const VERIFY = 'meta-verify-token';
const clock = fakeClock('2026-12-01T10:00:00.000Z');
let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({ clock, env: { META_APP_SECRET: SECRET, META_VERIFY_TOKEN: VERIFY } });
});
afterAll(async () => {
  await t.close();
});

/** A delivery as Meta sends it: the raw JSON bytes and their signature, no API key. */
const deliver = (body: unknown, signature?: string | null) => {
  const raw = Buffer.from(JSON.stringify(body));
  const headers: Record<string, string | undefined> = {
    'content-type': 'application/json',
    authorization: undefined,
  };
  if (signature !== null) headers['x-hub-signature-256'] = signature ?? metaSignature(raw, SECRET);
  return t.app.inject({ method: 'POST', url: '/v1/integrations/meta', headers, payload: raw });
};

// Shapes from Meta's Webhooks reference: Page `feed` (item/verb/comment_id/post_id/from/created_time)
// and Instagram `comments` (id/text/from.username/media.id), entry.time in Unix seconds.
const feed = (value: Record<string, unknown>) => ({
  object: 'page',
  entry: [{ id: '102030405060708', time: 1796119200, changes: [{ field: 'feed', value }] }],
});
const comment = (id: string, extra: Record<string, unknown> = {}) =>
  feed({
    item: 'comment',
    verb: 'add',
    post_id: '102030405060708_111222333444555',
    comment_id: id,
    parent_id: '102030405060708_111222333444555',
    message: 'My parcel ORD-555 is two weeks late, nobody answers the phone.',
    from: { id: '5566778899', name: 'Jan Kowalski' },
    created_time: 1796119195,
    ...extra,
  });
const instagram = (id: string) => ({
  object: 'instagram',
  entry: [
    {
      id: '17841400000000000',
      time: 1796119300,
      changes: [
        {
          field: 'comments',
          value: {
            from: { id: '232323232', username: 'anna.k' },
            media: { id: '17887498072083520', media_product_type: 'FEED' },
            id,
            text: 'Still no refund for my broken kettle!',
          },
        },
      ],
    },
  ],
});

const complaintsFrom = async (source: string) => {
  const res = await t.app.inject({ url: '/v1/complaints?limit=200' });
  return res.json().items.filter((c: { source: string }) => c.source === source);
};

describe('GET /v1/integrations/meta (subscription handshake)', () => {
  it('should answer hub.challenge as text/plain when the verify token matches', async () => {
    const res = await t.app.inject({
      url: `/v1/integrations/meta?hub.mode=subscribe&hub.verify_token=${VERIFY}&hub.challenge=1158201444`,
      headers: { authorization: undefined },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toBe('1158201444');
  });

  it('should refuse a wrong verify token with a 403 problem', async () => {
    const res = await t.app.inject({
      url: '/v1/integrations/meta?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1',
      headers: { authorization: undefined },
    });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).not.toContain('"1"');
  });
});

describe('POST /v1/integrations/meta (signatures)', () => {
  it('should refuse a delivery without X-Hub-Signature-256 with 401 and store nothing', async () => {
    const res = await deliver(comment('sig_missing'), null);
    expect(res.statusCode).toBe(401);
    expect(res.json().type).toBe('/problems/unauthenticated');
    expect(await complaintsFrom('facebook')).not.toContainEqual(
      expect.objectContaining({ externalId: 'sig_missing' }),
    );
  });

  it('should refuse a signature of another body or another secret with 403', async () => {
    const wrongSecret = await deliver(
      comment('sig_bad'),
      metaSignature(Buffer.from(JSON.stringify(comment('sig_bad'))), 'other-secret'),
    );
    expect(wrongSecret.statusCode).toBe(403);
    const otherBody = await deliver(comment('sig_bad'), metaSignature('{}', SECRET));
    expect(otherBody.statusCode).toBe(403);
    const garbage = await deliver(comment('sig_bad'), 'sha1=abc');
    expect(garbage.statusCode).toBe(403);
    expect(garbage.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('POST /v1/integrations/meta (deliveries)', () => {
  it('should turn a Page feed comment into a facebook complaint, and a redelivery into nothing new', async () => {
    const first = await deliver(comment('111222333444555_1001'));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ created: 1, duplicates: 0 });
    const again = await deliver(comment('111222333444555_1001'));
    expect(again.json()).toMatchObject({ created: 0, duplicates: 1 });
    const stored = (await complaintsFrom('facebook')).filter(
      (c: { externalId: string }) => c.externalId === '111222333444555_1001',
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      author: 'Jan Kowalski',
      text: 'My parcel ORD-555 is two weeks late, nobody answers the phone.',
      url: 'https://www.facebook.com/111222333444555_1001',
      occurredAt: '2026-12-01T09:59:55.000Z',
    });
  });

  it('should turn a Page post into a complaint, keeping its permalink', async () => {
    const res = await deliver(
      feed({
        item: 'post',
        verb: 'add',
        post_id: '102030405060708_2002',
        message: 'Your courier threw my parcel over the fence.',
        from: { id: '42', name: 'Ola' },
        permalink_url: 'https://www.facebook.com/shop/posts/2002',
        created_time: 1796119100,
      }),
    );
    expect(res.json()).toMatchObject({ created: 1 });
    const [post] = (await complaintsFrom('facebook')).filter(
      (c: { externalId: string }) => c.externalId === '102030405060708_2002',
    );
    expect(post).toMatchObject({ url: 'https://www.facebook.com/shop/posts/2002', author: 'Ola' });
  });

  it('should turn an Instagram comment into an instagram complaint dated by the entry', async () => {
    const res = await deliver(instagram('17858893269000001'));
    expect(res.json()).toMatchObject({ created: 1 });
    const [ig] = await complaintsFrom('instagram');
    expect(ig).toMatchObject({
      externalId: '17858893269000001',
      author: 'anna.k',
      text: 'Still no refund for my broken kettle!',
      occurredAt: '2026-12-01T10:01:40.000Z',
    });
  });

  it('should read the Business Login shape, with the field and value on the entry itself', async () => {
    const res = await deliver({
      object: 'instagram',
      entry: [
        {
          id: '17841400000000000',
          time: 1796119400,
          field: 'comments',
          value: {
            id: '17858893269000077',
            from: { id: '1', username: 'ola' },
            text: 'Wrong size again.',
            media: { id: '2' },
          },
        },
      ],
    });
    expect(res.json()).toMatchObject({ created: 1, ignored: 0 });
  });

  it('should record an edit and a removal on the complaint and keep the original text', async () => {
    await deliver(comment('111222333444555_3003'));
    const edited = await deliver(
      comment('111222333444555_3003', { verb: 'edited', message: 'Edited: still late.' }),
    );
    expect(edited.json()).toMatchObject({ edited: 1 });
    const removed = await deliver(comment('111222333444555_3003', { verb: 'remove', message: undefined }));
    expect(removed.json()).toMatchObject({ removed: 1 });
    const [c] = (await complaintsFrom('facebook')).filter(
      (x: { externalId: string }) => x.externalId === '111222333444555_3003',
    );
    expect(c.text).toBe('My parcel ORD-555 is two weeks late, nobody answers the phone.');
    expect(c.channelChanges).toEqual({
      editedText: 'Edited: still late.',
      editedAt: '2026-12-01T10:00:00.000Z',
      removedAt: '2026-12-01T10:00:00.000Z',
    });
  });

  it('should answer 200 and ignore entries it does not understand', async () => {
    const res = await deliver({
      object: 'page',
      entry: [
        { id: '1', time: 1796119200, messaging: [{ message: { text: 'hi' } }] },
        { id: '1', time: 1796119200, changes: [{ field: 'ratings', value: { review_text: 'meh' } }] },
        { id: '1', time: 1796119200, changes: [{ field: 'feed', value: { item: 'reaction', verb: 'add' } }] },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 0, duplicates: 0, edited: 0, removed: 0, ignored: 3 });
  });
});

describe('Meta webhooks without META_APP_SECRET', () => {
  it('should answer 404 on both routes', async () => {
    const bare = await buildTestApp({ database: t.database });
    try {
      const get = await bare.app.inject({ url: '/v1/integrations/meta?hub.mode=subscribe' });
      expect(get.statusCode).toBe(404);
      const post = await bare.app.inject({ method: 'POST', url: '/v1/integrations/meta', payload: {} });
      expect(post.statusCode).toBe(404);
    } finally {
      await bare.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { checkMetaSignature, metaSignature } from '../../../src/domain/integrations/meta-signature.ts';
import { readMetaDelivery } from '../../../src/domain/integrations/meta-webhook.ts';
import { checkCharset } from '../../../src/http/strict-json.ts';

const now = new Date('2026-12-01T10:00:00.000Z');

describe('checkMetaSignature', () => {
  const body = Buffer.from('{"object":"page","entry":[]}');
  it('should accept the sha256 HMAC of the raw bytes and refuse anything else', () => {
    expect(checkMetaSignature(body, metaSignature(body, 's3cret-app'), 's3cret-app')).toBe('valid');
    expect(checkMetaSignature(body, metaSignature(body, 'other-app'), 's3cret-app')).toBe('invalid');
    expect(checkMetaSignature(body, 'sha256=zz', 's3cret-app')).toBe('invalid');
    expect(checkMetaSignature(body, undefined, 's3cret-app')).toBe('missing');
  });
});

describe('readMetaDelivery', () => {
  it('should name the post a Facebook comment sits under and the media of an Instagram comment', () => {
    const fb = {
      object: 'page',
      entry: [
        {
          changes: [
            {
              field: 'feed',
              value: { item: 'comment', verb: 'add', comment_id: '7_8', post_id: '7', message: 'late' },
            },
          ],
        },
      ],
    };
    const ig = {
      object: 'instagram',
      entry: [{ changes: [{ field: 'comments', value: { id: '55', text: 'where?', media: { id: 'm1' } } }] }],
    };
    const postOf = (c: ReturnType<typeof readMetaDelivery>[number]) =>
      c.kind === 'add' ? c.complaint.postId : 'not an addition';
    expect(readMetaDelivery(fb, now).map(postOf)).toEqual(['7']);
    expect(readMetaDelivery(ig, now).map(postOf)).toEqual(['m1']);
  });

  it('should date a feed comment by created_time and its edit by the entry time', () => {
    const value = { item: 'comment', comment_id: '1_2', message: 'late', created_time: 1796119000 };
    const entry = (verb: string) => ({
      object: 'page',
      entry: [{ time: 1796119200, changes: [{ field: 'feed', value: { ...value, verb } }] }],
    });
    expect(readMetaDelivery(entry('add'), now)).toEqual([
      {
        kind: 'add',
        complaint: {
          source: 'facebook',
          externalId: '1_2',
          text: 'late',
          url: 'https://www.facebook.com/1_2',
          occurredAt: '2026-12-01T09:56:40.000Z',
        },
      },
    ]);
    expect(readMetaDelivery(entry('edited'), now)[0]).toMatchObject({ kind: 'edit', at: now });
    expect(readMetaDelivery(entry('remove'), now)[0]).toMatchObject({ kind: 'remove', externalId: '1_2' });
  });

  it('should ignore what it does not read, with a reason', () => {
    expect(readMetaDelivery({ object: 'user', entry: [] }, now)[0]?.kind).toBe('ignored');
    expect(readMetaDelivery('nonsense', now)[0]?.kind).toBe('ignored');
    const photoOnly = {
      object: 'page',
      entry: [{ changes: [{ field: 'feed', value: { item: 'comment', verb: 'add', comment_id: '9' } }] }],
    };
    expect(readMetaDelivery(photoOnly, now)).toEqual([
      { kind: 'ignored', reason: 'feed comment 9 has no text' },
    ]);
  });
});

describe('checkCharset', () => {
  it('should let UTF-8 or no charset through and refuse any other', () => {
    expect(() => checkCharset('application/json')).not.toThrow();
    expect(() => checkCharset('application/json; charset="UTF-8"')).not.toThrow();
    expect(() => checkCharset('application/json;charset=utf8')).not.toThrow();
    expect(() => checkCharset('application/json; charset=windows-1250')).toThrow(/UTF-8 only/);
  });
});

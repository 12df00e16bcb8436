import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cannedInIncident,
  maskReply,
  REPLY_CANNED_THRESHOLD,
  replySimilarity,
} from '../../../src/domain/complaints/reply-canned.ts';

const jan = { author: 'Jan Kowalski', orderId: 'ORD-20261124' };
const anna = { author: 'Anna Nowak', orderId: 'ORD-20261388' };
const template = (name: string, order: string) =>
  `${name}, we are sorry your parcel ${order} is late. It left our Poznań hub this morning and should reach you by Friday.`;

describe('maskReply', () => {
  it('should set aside customer names, order numbers, other numbers and capitalised names inside a sentence', () => {
    expect(maskReply(template('Jan', 'ORD-20261124'), [jan])).toBe(
      '0 we are sorry your parcel 0 0 is late it left our 0 hub this morning and should reach you by 0',
    );
    expect(maskReply('Hi Marta, the refund of 49.90 PLN was sent on 3 March.', [])).toBe(
      'hi 0 the refund of 0 0 0 was sent on 0 0',
    );
  });

  it('should keep the words of the answer itself, sentence starts included', () => {
    expect(maskReply('We are checking. Please send us a private message.', [])).toBe(
      'we are checking please send us a private message',
    );
  });

  it('should be idempotent for any text and any customers', () => {
    const customer = fc.record({
      author: fc.option(fc.string({ maxLength: 30 }), { nil: null }),
      orderId: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(customer, { maxLength: 3 }), (text, customers) => {
        const once = maskReply(text, customers);
        expect(maskReply(once, customers)).toBe(once);
      }),
    );
  });
});

describe('the canned rule inside an incident', () => {
  it('should refuse the same template sent with another name and order number', () => {
    const earlier = { complaintId: 'c-1', text: template('Jan', 'ORD-20261124'), ...jan };
    const failures = cannedInIncident(template('Anna', 'ORD-20261388'), anna, [earlier]);
    expect(failures).toEqual([expect.objectContaining({ field: 'body.text', rule: 'canned' })]);
    expect(failures[0]!.message).toContain('c-1');
  });

  it('should refuse a template with one word changed and let two replies written for two customers pass', () => {
    const earlier = { complaintId: 'c-1', text: template('Jan', 'ORD-20261124'), ...jan };
    const tweaked = template('Anna', 'ORD-20261388').replace('is late', 'is delayed');
    expect(replySimilarity(tweaked, earlier.text, [anna, jan])).toBeGreaterThanOrEqual(
      REPLY_CANNED_THRESHOLD,
    );
    const own =
      'Anna, I am sorry the blender arrived with a cracked jug. Could you send us a photo in a private message? We will send a new one today.';
    expect(cannedInIncident(own, anna, [earlier])).toEqual([]);
    const sameTopic =
      'Anna, we are sorry your parcel is late. The courier tells us it reaches you tomorrow before noon; we will check again tonight.';
    expect(cannedInIncident(sameTopic, anna, [earlier])).toEqual([]);
  });

  it('should never count a reply as canned when the only reply to compare with is none (it is not compared with itself)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), (text) => {
        expect(cannedInIncident(text, jan, [])).toEqual([]);
        expect(replySimilarity(text, text, [jan])).toBe(1);
      }),
    );
  });
});

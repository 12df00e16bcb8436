import { z } from 'zod';

/** Meta's subscription handshake (`hub.*` query parameters, sent once when the webhook is configured). */
export const MetaVerifyQuery = z
  .object({
    'hub.mode': z.string().max(64).optional().meta({ example: 'subscribe' }),
    'hub.verify_token': z.string().max(512).optional().meta({ description: 'Must equal META_VERIFY_TOKEN' }),
    'hub.challenge': z.string().max(512).optional().meta({ example: '1158201444' }),
  })
  .meta({
    example: {
      'hub.mode': 'subscribe',
      'hub.verify_token': 'my-verify-token',
      'hub.challenge': '1158201444',
    },
  });

export const MetaChallenge = z
  .string()
  .meta({ description: 'The hub.challenge, as text/plain', example: '1158201444' });

export const MetaSignatureHeaders = z.object({
  'x-hub-signature-256': z.string().max(100).optional().meta({
    description:
      '`sha256=` + hex HMAC-SHA256 of the raw body keyed with META_APP_SECRET; missing: 401, wrong: 403',
    example: 'sha256=6f1c1c384cb44b559a437d0b6f5d2a116f1c1c384cb44b559a437d0b6f5d2a11',
  }),
});

const exampleFeed = {
  object: 'page',
  entry: [
    {
      id: '102030405060708',
      time: 1796119200,
      changes: [
        {
          field: 'feed',
          value: {
            item: 'comment',
            verb: 'add',
            post_id: '102030405060708_111222333444555',
            comment_id: '111222333444555_999888777666555',
            message: 'Where is my parcel? ORD-20261124 is a week late.',
            from: { id: '5566778899', name: 'Jan Kowalski' },
            created_time: 1796119195,
          },
        },
      ],
    },
  ],
};

/** Only the envelope is checked here: entries Meta adds later are read (or ignored) one by one. */
export const MetaDelivery = z
  .looseObject({
    object: z.string().max(64).meta({ description: '`page` or `instagram`; others are ignored' }),
    entry: z.array(z.unknown()).max(1000),
  })
  .meta({ example: exampleFeed });

export const MetaDeliveryOut = z
  .object({
    created: z.int().meta({ description: 'Complaints stored for the first time' }),
    duplicates: z.int().meta({ description: 'Comments already received (redeliveries)' }),
    edited: z.int(),
    removed: z.int(),
    ignored: z.int().meta({ description: 'Entries not understood or refused (logged)' }),
  })
  .meta({ example: { created: 1, duplicates: 0, edited: 0, removed: 0, ignored: 0 } });

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

const GREEK = [
  'Διαγράψατε το σχόλιό μου χωρίς καμία εξήγηση, αυτό είναι λογοκρισία.',
  'Γιατί σβήνετε τα σχόλια των πελατών σας; Θέλουμε απαντήσεις τώρα.',
  'Η σελίδα σας κρύβει κάθε αρνητική κριτική, είναι πραγματικά απαράδεκτο.',
];
const ENGLISH = 'You deleted my comment about the late delivery without any explanation at all.';

async function incidentWith(playbookId: string, texts: readonly string[]): Promise<string> {
  const opened = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId, title: 'Comments deleted', severity: 'high' },
  });
  const id = opened.json().id as string;
  const items = texts.map((text, i) => ({
    source: 'facebook',
    externalId: `lang-${id}-${i}`,
    text,
    incidentId: id,
  }));
  const res = await t.app.inject({ method: 'POST', url: '/v1/complaints/batch', payload: { items } });
  expect(res.json().items.every((i: { status: number }) => i.status === 201)).toBe(true);
  return id;
}

const guidanceLanguage = async (id: string, headers: Record<string, string> = {}) => {
  const res = await t.app.inject({ url: `/v1/incidents/${id}/next`, headers });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-language']).toBe(res.json().stage.guidance.language);
  return res.json().stage.guidance.language as string;
};

describe('GET /v1/incidents/{id}/next without Accept-Language', () => {
  it('should give the guidance in the language most of the incident’s complaints are written in', async () => {
    const id = await incidentWith('social-media-backlash', [...GREEK, ENGLISH]);
    expect(await guidanceLanguage(id)).toBe('el');
  });

  it('should still follow Accept-Language when the caller sends one', async () => {
    const id = await incidentWith('social-media-backlash', GREEK);
    expect(await guidanceLanguage(id, { 'accept-language': 'pl' })).toBe('pl');
    // French is not written: the playbook's first language (the shipped ones are Polish first).
    expect(await guidanceLanguage(id, { 'accept-language': 'fr' })).toBe('pl');
  });

  it('should fall back to the playbook’s first language when it has no guidance in the complaints’ one', async () => {
    // delivery-delay is written in pl and en only, Polish first.
    const id = await incidentWith('delivery-delay', GREEK);
    expect(await guidanceLanguage(id)).toBe('pl');
  });

  it('should ignore complaints too short to tell their language', async () => {
    const polish = 'Usunęliście mój komentarz o spóźnionej dostawie bez żadnego wyjaśnienia.';
    const id = await incidentWith('social-media-backlash', ['Πού είναι;', 'Γιατί;', polish]);
    expect(await guidanceLanguage(id)).toBe('pl');
  });
});

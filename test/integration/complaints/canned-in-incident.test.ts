import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

async function openIncident(title: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId: 'delivery-delay', title, severity: 'medium' },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

let n = 0;
async function complaint(incidentId: string, author: string, orderId: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/complaints',
    payload: {
      source: 'facebook',
      externalId: `canned-${++n}`,
      text: `Where is my parcel ${orderId}?`,
      author,
      orderId,
      incidentId,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  clock.advance(1_000);
  return res.json().id;
}
const reply = (id: string, text: string) =>
  t.app.inject({
    method: 'POST',
    url: `/v1/complaints/${id}/replies`,
    payload: { channel: 'facebook', visibility: 'public', text },
  });
const template = (name: string, order: string) =>
  `${name}, we are sorry your parcel ${order} is late. It left our Poznań hub this morning and should reach you by Friday.`;

describe('canned replies inside an incident', () => {
  it('should refuse the same template with another customer’s name and order number, naming the earlier complaint', async () => {
    const incident = await openIncident('Depot strike');
    const jan = await complaint(incident, 'Jan Kowalski', 'ORD-20261124');
    const anna = await complaint(incident, 'Anna Nowak', 'ORD-20261388');
    expect((await reply(jan, template('Jan', 'ORD-20261124'))).statusCode).toBe(201);
    const copied = await reply(anna, template('Anna', 'ORD-20261388'));
    expect(copied.statusCode).toBe(422);
    const [error] = copied.json().errors;
    expect(error).toMatchObject({ field: 'body.text', rule: 'canned' });
    expect(error.message).toContain(jan);
    const detail = (await t.app.inject({ url: `/v1/complaints/${anna}` })).json();
    expect(detail).toMatchObject({ answered: false, replies: [] });
  });

  it('should accept two different calm replies to two customers of the same incident', async () => {
    const incident = await openIncident('Courier backlog');
    const jan = await complaint(incident, 'Jan Kowalski', 'ORD-20261501');
    const anna = await complaint(incident, 'Anna Nowak', 'ORD-20261502');
    expect((await reply(jan, template('Jan', 'ORD-20261501'))).statusCode).toBe(201);
    const own = await reply(
      anna,
      'Anna, we are sorry your parcel is late. The courier tells us it reaches you tomorrow before noon; we will check again tonight.',
    );
    expect(own.statusCode, own.body).toBe(201);
  });

  it('should not compare replies across incidents, nor a second reply with the first on the same complaint', async () => {
    const first = await complaint(await openIncident('North depot'), 'Jan Kowalski', 'ORD-20261601');
    const second = await complaint(await openIncident('South depot'), 'Anna Nowak', 'ORD-20261602');
    expect((await reply(first, template('Jan', 'ORD-20261601'))).statusCode).toBe(201);
    expect((await reply(second, template('Anna', 'ORD-20261602'))).statusCode).toBe(201);
    expect(
      (await reply(first, template('Jan', 'ORD-20261601').replace('Friday', 'Saturday'))).statusCode,
    ).toBe(201);
  });
});

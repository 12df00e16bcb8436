/**
 * Delivery reports of replies: the integration that posts a reply on its channel says whether it got there.
 * Delivered is final (the customer can see it); a failure may be followed by a delivery (a retry worked) or
 * by another failure (the latest one is kept). A repeat of what is recorded changes nothing.
 */
export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface Delivery {
  status: DeliveryStatus;
  externalId: string | null;
  url: string | null;
  at: Date | null;
}

export interface DeliveryReport {
  status: 'delivered' | 'failed';
  externalId?: string | undefined;
  url?: string | undefined;
}

export type DeliveryDecision =
  | { kind: 'record'; delivery: Delivery }
  | { kind: 'unchanged' }
  /** The report contradicts a delivery already recorded (409). */
  | { kind: 'refused' };

export const PENDING_DELIVERY: Delivery = { status: 'pending', externalId: null, url: null, at: null };

/**
 * What a report does to the recorded delivery. After `delivered`, a report agrees when it is `delivered`
 * too and names no other externalId or url; one that fills in a detail left out before is recorded.
 */
export function decideDelivery(current: Delivery, report: DeliveryReport, at: Date): DeliveryDecision {
  const externalId = report.externalId ?? null;
  const url = report.url ?? null;
  if (current.status === 'delivered') {
    const conflicts = (given: string | null, recorded: string | null) =>
      given !== null && recorded !== null && given !== recorded;
    if (
      report.status !== 'delivered' ||
      conflicts(externalId, current.externalId) ||
      conflicts(url, current.url)
    ) {
      return { kind: 'refused' };
    }
    const filled = {
      externalId: current.externalId ?? externalId,
      url: current.url ?? url,
    };
    if (filled.externalId === current.externalId && filled.url === current.url) return { kind: 'unchanged' };
    return { kind: 'record', delivery: { ...current, ...filled } };
  }
  if (report.status === current.status && externalId === current.externalId && url === current.url) {
    return { kind: 'unchanged' };
  }
  return { kind: 'record', delivery: { status: report.status, externalId, url, at } };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, nextAuditEntry } from '../../../src/domain/audit/audit-chain.ts';
import type { Compensation } from '../../../src/domain/compensations/compensation.types.ts';
import { summariseComplaints } from '../../../src/domain/reports/complaint-summary.ts';
import { buildIncidentReport, type ReportInput } from '../../../src/domain/reports/incident.report.ts';
import { duration, renderReportMarkdown } from '../../../src/domain/reports/report.markdown.ts';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const iso = (ms: number) => new Date(T0 + ms).toISOString();
const actor = { name: 'test', keyId: null, keyName: null };

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    incident: {
      id: '3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8',
      title: 'A title',
      playbookId: 'test-playbook',
      playbookVersion: 'abcdef0123456789',
      state: 'legal',
      severity: 'high',
      openedAt: iso(0),
      timeZone: 'Europe/Warsaw',
    },
    deadlines: [],
    statements: [],
    complaints: [],
    audit: [],
    verdict: { valid: true, entries: 0 },
    compensation: { items: [], currency: 'PLN' },
    commitments: [],
    ...overrides,
  };
}

describe('summariseComplaints', () => {
  it('should count every complaint once per channel and per hour, and order first-reply times', () => {
    const complaint = fc.record({
      source: fc.constantFrom('facebook', 'x', 'email'),
      receivedMs: fc.integer({ min: 0, max: 3 * 86_400_000 }),
      waitMs: fc.option(fc.integer({ min: 0, max: 86_400_000 }), { nil: null }),
      firstReplyBreached: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(complaint, { maxLength: 40 }), (list) => {
        const summary = summariseComplaints(
          list.map((c) => ({
            source: c.source,
            receivedAt: iso(c.receivedMs),
            answeredAt: c.waitMs === null ? null : iso(c.receivedMs + c.waitMs),
            firstReplyBreached: c.firstReplyBreached,
          })),
        );
        const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);
        expect(sum(Object.values(summary.byChannel))).toBe(list.length);
        expect(sum(summary.byHour.map((h) => h.count))).toBe(list.length);
        const waits = list.flatMap((c) => (c.waitMs === null ? [] : [c.waitMs]));
        expect(summary.answered).toBe(waits.length);
        expect(summary.firstReply.breached).toBe(list.filter((c) => c.firstReplyBreached).length);
        if (waits.length === 0) expect(summary.firstReply.medianMs).toBeNull();
        else {
          const { medianMs, p90Ms } = summary.firstReply;
          expect(medianMs!).toBeGreaterThanOrEqual(Math.min(...waits));
          expect(p90Ms!).toBeGreaterThanOrEqual(medianMs!);
          expect(p90Ms!).toBeLessThanOrEqual(Math.max(...waits));
          expect(waits).toContain(p90Ms);
        }
      }),
    );
  });
});

describe('buildIncidentReport', () => {
  it('should count a pause still open up to the report time and close one at its resume', () => {
    const head = { incidentId: input().incident.id, seq: 0, hash: GENESIS_HASH };
    const effects = (at: number, list: Record<string, unknown>[]) =>
      nextAuditEntry(head, {
        at: new Date(T0 + at),
        actor,
        action: 'x',
        fromState: null,
        toState: null,
        data: { effects: list },
      });
    const started = { type: 'deadline_started', stage: 'admit', startedAt: iso(0), dueAt: iso(3_600_000) };
    const audit = [
      effects(0, [started]),
      effects(60_000, [{ type: 'deadline_paused', stage: 'admit', at: iso(60_000), remainingMs: 1 }]),
      effects(180_000, [
        { type: 'deadline_resumed', stage: 'admit', at: iso(180_000), dueAt: iso(3_720_000) },
      ]),
      effects(240_000, [{ type: 'deadline_paused', stage: 'admit', at: iso(240_000), remainingMs: 1 }]),
    ];
    const deadline = {
      stage: 'admit' as const,
      startedAt: iso(0),
      dueAt: null,
      completedAt: null,
      breachedAt: null,
      status: 'paused' as const,
    };
    const report = buildIncidentReport(input({ audit, deadlines: [deadline] }), new Date(T0 + 300_000));
    expect(report.stages[0]!.pausedMs).toBe(120_000 + 60_000);
  });
});

describe('renderReportMarkdown', () => {
  it('should escape user text so a title or statement cannot become a table cell, a link or HTML', () => {
    const statement = {
      id: '6b1f2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8',
      stage: 'apologise',
      status: 'published',
      author: 'Eve | <b>',
      createdAt: iso(0),
      publishedAt: iso(0),
      channels: ['x'],
      approvals: 0,
      text: 'Line one [link](javascript:alert(1))\n<script>alert(1)</script>',
    };
    const markdown = renderReportMarkdown(
      buildIncidentReport(
        input({ statements: [statement], incident: { ...input().incident, title: '# Big | <i>' } }),
        new Date(T0),
      ),
    );
    expect(markdown).toContain('# Post-mortem: \\# Big \\| \\<i\\>');
    expect(markdown).toContain('by Eve \\| \\<b\\>');
    expect(markdown).toContain(
      '> Line one \\[link\\](javascript:alert(1))\n> \\<script\\>alert(1)\\</script\\>',
    );
    expect(markdown).not.toMatch(/<script>|<b>|<i>/);
  });

  it('should say "none recorded" for compensation and commitments while the incident has none', () => {
    const markdown = renderReportMarkdown(buildIncidentReport(input(), new Date(T0)));
    expect(markdown).toMatch(/## Compensation\n\nNone recorded\./);
    expect(markdown).toMatch(/## Commitments\n\nNone recorded\./);
  });

  it('should total the ledger exactly per status, in the playbook currency only, and list the commitments', () => {
    const item = (status: Compensation['status'], valueMinor: number, currency = 'PLN'): Compensation => ({
      id: `6b1f2c4b-8a9e-4f60-b1c2-d3e4f5a6b7${String(valueMinor % 100).padStart(2, '0')}`,
      incidentId: 'incident',
      complaintId: null,
      recipient: null,
      kind: 'voucher',
      valueMinor,
      currency,
      description: 'Voucher',
      status,
      createdAt: iso(0),
      history: [],
    });
    const report = buildIncidentReport(
      input({
        compensation: {
          currency: 'PLN',
          // 0.10 + 0.20 is exact in minor units; a declined item and another currency are left out.
          items: [
            item('offered', 10),
            item('offered', 20),
            item('accepted', 8000),
            item('fulfilled', 5001),
            item('declined', 9900),
            item('offered', 7777, 'EUR'),
          ],
        },
        commitments: [
          {
            id: '6b1f2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8',
            description: 'Flood plan',
            owner: 'Operations',
            dueAt: iso(0),
            status: 'open',
          },
        ],
      }),
      new Date(T0),
    );
    expect(report.compensation).toEqual({
      offered: '0.30',
      accepted: '80.00',
      fulfilled: '50.01',
      currency: 'PLN',
    });
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain('| 0.30 PLN | 80.00 PLN | 50.01 PLN |');
    expect(markdown).toContain('| Flood plan | Operations | 2026-03-02 10:00 | open |');
  });

  it('should write durations in words', () => {
    expect([
      duration(40_000),
      duration(45 * 60_000),
      duration(125 * 60_000),
      duration(3 * 86_400_000 + 4 * 3_600_000),
    ]).toEqual(['40 s', '45 min', '2 h 5 min', '3 d 4 h']);
  });
});

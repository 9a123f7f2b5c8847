/**
 * A copy of tests/shared/portfolio-fixture.ts: the web test project cannot import files of the node one.
 * A small valid portfolio with one row in every table, for the portfolio-file tests.
 * Built by hand (not from the sample) so the parser's tests do not depend on the sample's content.
 */
import type { Portfolio } from '../../../src-shared/portfolio-file'

const T = '2026-03-01T10:00:00.000Z'
const stamps = { createdAt: T, updatedAt: T }
const SHA = 'a'.repeat(64)

/** A fresh copy of the fixture portfolio, safe to mutate. */
export function makeFixture(): Portfolio {
  return {
    format: 'matbar-portfolio',
    formatVersion: 1,
    exportedAt: T,
    appVersion: '0.1.0',
    tables: {
      organisations: [
        {
          id: 'org-1',
          ...stamps,
          name: 'Testviks kommun',
          kind: 'municipality',
          orgNumber: '212000-4813',
          sector: 'Kommun',
          size: 10_000,
          sizeUnit: 'inhabitants',
          address: '',
          website: '',
          notes: '',
          tags: ['energi'],
          goals: [{ id: 'goal-1', text: 'Mindre energi', targetValue: 20, targetUnit: '%', targetYear: 2030 }]
        }
      ],
      contacts: [
        { id: 'contact-1', ...stamps, organisationId: 'org-1', name: 'Åsa Öberg', role: 'Chef', email: '', phone: '', notes: '' }
      ],
      engagements: [
        {
          id: 'eng-1',
          ...stamps,
          organisationId: 'org-1',
          title: 'Workshop',
          kind: 'workshop',
          status: 'won',
          statusHistory: [
            { status: 'lead', at: T },
            { status: 'won', at: T }
          ],
          valueSek: 50_000,
          expectedStart: '2026-04-01',
          expectedEnd: null,
          notes: ''
        }
      ],
      questions: [{ id: 'q-1', ...stamps, text: 'Vad kostar mest?', builtIn: true }],
      workshops: [
        {
          id: 'ws-1',
          ...stamps,
          engagementId: 'eng-1',
          title: 'Workshop',
          startsAt: '2026-04-01T09:00',
          place: 'Kommunhuset',
          digital: false,
          questionId: 'q-1',
          startingQuestion: 'Vad kostar mest?',
          purpose: '',
          agenda: ['Välkommen'],
          participantCount: 5,
          notes: ''
        }
      ],
      participants: [{ id: 'part-1', ...stamps, workshopId: 'ws-1', contactId: 'contact-1', name: 'Åsa Öberg', role: 'Chef' }],
      areas: [
        {
          id: 'area-1',
          ...stamps,
          engagementId: 'eng-1',
          workshopId: 'ws-1',
          title: 'Belysning',
          problem: '',
          costPerYearSek: 100_000,
          costEstimateNote: '',
          indicator: {
            name: 'El',
            unit: 'MWh/år',
            direction: 'lower-is-better',
            baselineValue: 100,
            baselineDate: '2025-12-31',
            targetValue: 50,
            targetDate: '2028-12-31',
            dataSource: 'Mätare',
            owner: 'Gatuchef'
          },
          goalId: 'goal-1',
          procurementNecessity: 'necessary',
          necessityRationale: '',
          route: 'open',
          needsDevelopment: false,
          contractValueSek: 1_000_000,
          annualEffectSek: 200_000,
          annualEffectIndicator: null,
          status: 'identified',
          votes: 3
        }
      ],
      measurements: [{ id: 'meas-1', ...stamps, areaId: 'area-1', date: '2026-03-31', value: 95, note: '' }],
      criteria: [
        { id: 'crit-1', ...stamps, engagementId: 'eng-1', name: 'Effekt', weight: 3, direction: 'benefit', order: 0, fromVotes: false }
      ],
      scores: [{ id: 'score-1', ...stamps, areaId: 'area-1', criterionId: 'crit-1', value: 4 }],
      evaluations: [
        {
          id: 'eval-1',
          ...stamps,
          workshopId: 'ws-1',
          overall: 6,
          content: 5,
          delivery: 5,
          comment: 'Bra',
          quotable: true,
          reference: false,
          name: '',
          contactId: 'contact-1'
        }
      ],
      documents: [
        {
          id: 'doc-1',
          ...stamps,
          engagementId: 'eng-1',
          workshopId: 'ws-1',
          kind: 'proposal',
          language: 'sv',
          fileName: 'förslag.docx',
          sha256: SHA,
          size: 1234
        }
      ],
      attachments: [
        { id: 'att-1', ...stamps, ownerType: 'area', ownerId: 'area-1', name: 'bild.png', sha256: SHA, size: 10, mimeType: 'image/png' }
      ],
      thresholds: [
        { id: 'thr-1', ...stamps, key: 'direct-lou', valueSek: 700_000, validFrom: '2022-02-01', source: 'LOU 19 a kap.' }
      ]
    }
  }
}

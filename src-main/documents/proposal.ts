/** The proposal (Förslag): what the consultant sends a client before the work starts. */
import type { FileChild } from 'docx'
import { ProposalModel } from '@shared/document-model'
import { ASPECTS } from '@shared/evaluations'
import { formatDate, formatNumber, formatSek } from '@shared/format'
import {
  bullets,
  contactBlock,
  dataTable,
  documentContext,
  gap,
  heading,
  numbered,
  para,
  paras,
  quote,
  renderDocx
} from './blocks'
import { areaDetails, areasTable, matrixFigure, meansTable } from './sections'
import { cleanLine } from './texts'

const TERMS = ['validity', 'invoicing', 'travel', 'cancellation', 'confidentiality', 'rights'] as const
const METHOD_STEPS = ['question', 'workshop', 'prioritisation', 'followUp'] as const

/** Validates the model and builds the proposal as .docx bytes. Throws a ZodError on an invalid model. */
export async function renderProposal(input: unknown): Promise<Uint8Array> {
  const model = ProposalModel.parse(input)
  const ctx = documentContext(model)
  const { t, lang } = ctx
  const client = cleanLine(model.client.name)
  const body: FileChild[] = []

  // Background and goals
  // The body starts on a page of its own after the table of contents.
  body.push(heading(t('proposal.background.heading'), 1, { pageBreakBefore: true }))
  const size =
    model.client.size === null
      ? ''
      : t('proposal.background.introSize', {
          size: t(`common.size.${model.client.sizeUnit}`, { value: formatNumber(model.client.size, lang) })
        })
  body.push(para(t('proposal.background.intro', { client, kind: t(`common.clientKind.${model.client.kind}`), size })))
  body.push(heading(t('proposal.background.goalsHeading'), 2))
  if (model.goals.length > 0) {
    body.push(para(t('proposal.background.goalsIntro', { client }), { keepNext: true }))
    body.push(
      ...bullets(
        model.goals.map((g) =>
          g.targetYear === null
            ? cleanLine(g.text)
            : t('proposal.background.goalYear', { text: cleanLine(g.text), year: g.targetYear })
        )
      )
    )
  } else {
    body.push(para(t('proposal.background.noGoals', { client })))
  }
  if (model.startingQuestion.trim()) {
    body.push(heading(t('proposal.background.questionHeading'), 2))
    body.push(para(t('proposal.background.questionIntro'), { keepNext: true }), ...quote(ctx, model.startingQuestion))
  }
  if (model.purpose.trim()) {
    body.push(heading(t('proposal.background.purposeHeading'), 2), ...paras(model.purpose))
  }

  // Method
  body.push(heading(t('proposal.method.heading'), 1), para(t('proposal.method.intro')))
  body.push(
    ...numbered(
      METHOD_STEPS.map((s) => t(`proposal.method.steps.${s}`)),
      { boldLead: true }
    )
  )

  // Prioritised areas, the matrix, one section per area
  body.push(heading(t('proposal.areas.heading'), 1))
  if (model.areas.length > 0) {
    body.push(para(t('proposal.areas.intro'), { keepNext: true }), ...areasTable(ctx, model.areas))
    body.push(heading(t('proposal.areas.matrixHeading'), 2), ...matrixFigure(ctx, model.matrix))
    for (const area of model.areas) body.push(...areaDetails(ctx, area, model.areas, { showVotes: false }))
  } else {
    body.push(para(t('proposal.areas.none', { client })))
  }

  // Plan
  body.push(heading(t('proposal.plan.heading'), 1), para(t('proposal.plan.intro'), { keepNext: true }))
  const pc = (key: string) => t(`proposal.plan.columns.${key}`)
  body.push(
    dataTable(
      ctx,
      [
        { header: pc('step'), width: 1900 },
        { header: pc('content'), width: 4900 },
        { header: pc('when'), width: 2270 }
      ],
      model.plan.map((step) => [
        { text: t(`proposal.plan.steps.${step.kind}.name`), bold: true },
        t(`proposal.plan.steps.${step.kind}.content`),
        step.date ? formatDate(step.date, lang, 'long') : t('proposal.plan.toBeAgreed')
      ])
    ),
    gap()
  )

  // Fee
  body.push(heading(t('proposal.fee.heading'), 1))
  if (model.fee.lines.length > 0) {
    const subtotal = model.fee.lines.reduce((sum, l) => sum + l.amountSek, 0)
    // VAT is rounded to whole kronor, as on the invoice.
    const vat = Math.round(subtotal * model.fee.vatRate)
    const fc = (key: string) => t(`proposal.fee.columns.${key}`)
    body.push(para(t('proposal.fee.intro'), { keepNext: true }))
    body.push(
      dataTable(
        ctx,
        [
          { header: fc('description'), width: 6570 },
          { header: fc('amount'), width: 2500, align: 'right' }
        ],
        model.fee.lines.map((l) => [cleanLine(l.description), formatSek(l.amountSek, lang)]),
        [
          [t('proposal.fee.subtotal'), formatSek(subtotal, lang)],
          [t('proposal.fee.vat', { rate: formatNumber(model.fee.vatRate * 100, lang) }), formatSek(vat, lang)],
          [t('proposal.fee.total'), formatSek(subtotal + vat, lang)]
        ]
      ),
      gap()
    )
  } else {
    body.push(para(t('proposal.fee.none', { client })))
  }

  // References
  body.push(heading(t('proposal.references.heading'), 1))
  const refs = model.references
  if (refs && refs.figures.n > 0 && ASPECTS.some((a) => refs.figures.aspects[a].mean !== null)) {
    body.push(
      para(
        t('proposal.references.intro', {
          n: formatNumber(refs.figures.n, lang),
          workshops: formatNumber(refs.workshopCount, lang)
        }),
        { keepNext: true }
      )
    )
    body.push(...meansTable(ctx, refs.figures, 'proposal.references.columns'))
    if (refs.quotes.length > 0) {
      body.push(heading(t('proposal.references.quotesHeading'), 2))
      for (const q of refs.quotes) {
        body.push(
          ...quote(
            ctx,
            q.text,
            t('proposal.references.quoteSource', {
              kind: t(`common.clientKindPlain.${q.clientKind}`),
              date: formatDate(q.date, lang, 'long')
            })
          )
        )
      }
    }
  } else {
    body.push(para(t('proposal.references.none')))
  }

  // Terms and contact
  body.push(
    heading(t('proposal.terms.heading'), 1),
    ...bullets(TERMS.map((k) => t(`proposal.terms.items.${k}`, { client })))
  )
  body.push(heading(t('proposal.contact.heading'), 1), para(t('proposal.contact.intro')), ...contactBlock(ctx))

  const frame = { kicker: t('proposal.coverKicker'), title: model.title, subject: t('proposal.subject', { client }) }
  return renderDocx(ctx, model, frame, body)
}

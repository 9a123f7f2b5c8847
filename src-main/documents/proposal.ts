/**
 * The proposal (Förslag): what the consultant sends a client for signature. Two kinds, each consistent with itself:
 * a workshop proposal (before the workshop: purpose, question, agenda, method, references, fee, plan, no results)
 * and an implementation proposal (after it: the prioritised areas, the matrix, the routes, plan and fee). Both open
 * with a summary and close with the next steps, an acceptance block for the client and the sender's contact.
 */
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx'
import type { FileChild } from 'docx'
import { ProposalModel } from '@shared/document-model'
import type { DocumentArea, ProcurementContext, ThresholdFact } from '@shared/document-model'
import { addToDate } from '@shared/document-assembly'
import type { ProcurementRoute } from '@shared/entities'
import { ASPECTS } from '@shared/evaluations'
import { formatDate, formatNumber, formatSek } from '@shared/format'
import {
  bullets,
  dataTable,
  documentContext,
  gap,
  heading,
  labelColumnWidth,
  numbered,
  para,
  paras,
  quote,
  renderDocx,
  type RenderOptions,
  TEXT_WIDTH
} from './blocks'
import type { Ctx } from './blocks'
import { areaDetails, areasTable, contactSection, matrixSection, meansTable } from './sections'
import { cleanLine, countWord, endSentence, listOf, monthYear, oneFullStop, percentText } from './texts'

const TERMS = ['validity', 'invoicing', 'travel', 'cancellation', 'confidentiality', 'rights'] as const
const WORKSHOP_METHOD = ['question', 'workshop', 'prioritisation', 'followUp'] as const
const IMPLEMENTATION_METHOD = ['baseline', 'requirements', 'procurement', 'followUp'] as const
const DEFAULT_AGENDA = ['1', '2', '3', '4', '5', '6'] as const
/** Days a proposal stands (the validity term says the same). */
export const VALIDITY_DAYS = 60
/** How many of the top areas the summary names. */
const SUMMARY_AREAS = 3

/** Procedures under LOU, in the order a reader meets them; the innovation approaches are presented apart. */
const PROCEDURES: readonly ProcurementRoute[] = [
  'direct',
  'below-threshold',
  'open',
  'restricted',
  'negotiated-with-notice',
  'competitive-dialogue',
  'negotiated-without-notice'
]
const INNOVATION: readonly ProcurementRoute[] = ['innovation-partnership', 'pre-commercial', 'functional']

/** "700 000 kr (gäller från 1 februari 2022, LOU (2016:1145) 19 a kap.)", with a note when a revision is due. */
function thresholdText(ctx: Ctx, fact: ThresholdFact): string {
  const { t, lang } = ctx
  return t('proposal.procurement.dated', {
    value: formatSek(fact.valueSek, lang),
    date: formatDate(fact.validFrom, lang, 'long'),
    source: cleanLine(fact.source)
  })
}

/** A sentence saying a threshold's two-yearly revision has passed without a newer figure in the app, or null. */
function revisionNote(ctx: Ctx, facts: readonly ThresholdFact[]): string | null {
  const due = facts.map((f) => f.revisionDue).filter((d): d is string => d !== null)
  if (due.length === 0) return null
  const first = due.sort()[0]!
  return ctx.t('proposal.procurement.revisionDue', { date: formatDate(first, ctx.lang, 'long') })
}

/** What the fee means for how the client may buy the engagement: below or at the direct-procurement limit. */
function feeAgainstLimit(ctx: Ctx, client: string, fee: number | null, procurement: ProcurementContext): string {
  const limit = thresholdText(ctx, procurement.directLimit)
  if (fee === null) return oneFullStop(ctx.t('proposal.fee.limitOnly', { limit, client }))
  const below = fee < procurement.directLimit.valueSek
  return oneFullStop(
    ctx.t(below ? 'proposal.fee.belowDirect' : 'proposal.fee.aboveDirect', {
      fee: formatSek(fee, ctx.lang),
      limit,
      client
    })
  )
}

/** Each route the areas use, explained with the threshold behind it; the innovation approaches in their own list. */
function routesSection(ctx: Ctx, client: string, model: ProposalModel): FileChild[] {
  const { t, lang } = ctx
  const p = model.procurement
  const values = {
    client,
    direct: formatSek(p.directLimit.valueSek, lang),
    eu: formatSek(p.euGoodsServices.valueSek, lang)
  }
  const out: FileChild[] = [heading(t('proposal.procurement.heading'), 1)]
  out.push(para(t(`proposal.procurement.intro.${p.buyer}`, { client }), { keepNext: true }))
  out.push(
    ...bullets(
      [
        t('proposal.procurement.thresholds.direct', { value: thresholdText(ctx, p.directLimit) }),
        t(`proposal.procurement.thresholds.eu-${p.buyer}`, { value: thresholdText(ctx, p.euGoodsServices) }),
        t('proposal.procurement.thresholds.works', { value: thresholdText(ctx, p.euWorks) })
      ].map(oneFullStop)
    )
  )
  const revision = revisionNote(ctx, [p.directLimit, p.euGoodsServices, p.euWorks])
  if (revision) out.push(para(revision))
  const needed = model.areas.filter((a) => a.procurementNecessity !== 'not-necessary')
  const used = new Set(needed.map((a) => a.route))
  const areaNames = (route: ProcurementRoute) =>
    listOf(
      needed.filter((a) => a.route === route).map((a) => t('common.quoted', { text: cleanLine(a.title) })),
      lang
    )
  const explain = (route: ProcurementRoute) =>
    `${t(`common.route.${route}`)}: ${t(`proposal.procurement.routes.${route}`, values)} ${t(
      'proposal.procurement.usedBy',
      { areas: areaNames(route) }
    )}`
  const procedures = PROCEDURES.filter((r) => used.has(r))
  out.push(heading(t('proposal.procurement.proceduresHeading'), 2))
  if (procedures.length > 0 || used.has('undecided')) {
    out.push(para(t('proposal.procurement.proceduresIntro'), { keepNext: true }))
    out.push(...bullets(procedures.map(explain)))
    if (used.has('undecided'))
      out.push(
        para(
          t('proposal.procurement.undecided', {
            ...values,
            areas: areaNames('undecided')
          })
        )
      )
  } else {
    out.push(para(t('proposal.procurement.noProcedures')))
  }
  // Where each area's estimated value falls, as a table: the reader sees the threshold that decides its route.
  const valued = needed.filter((a) => a.contractValueSek !== null && a.band !== null)
  if (valued.length > 0) {
    const c = (key: string) => t(`proposal.procurement.columns.${key}`)
    out.push(
      para(t('proposal.procurement.valuesIntro'), { keepNext: true }),
      dataTable(
        ctx,
        [
          { header: c('area'), width: 3300 },
          { header: c('value'), width: 2000, align: 'right' },
          { header: c('band'), width: 3770 }
        ],
        valued.map((a: DocumentArea) => [
          cleanLine(a.title),
          formatSek(a.contractValueSek!, lang),
          // Pre-commercial procurement is outside LOU: its value sets no route, so no threshold is named for it.
          a.route === 'pre-commercial'
            ? t('proposal.procurement.band.outside')
            : t(`proposal.procurement.band.${a.band!}`, values)
        ])
      ),
      gap()
    )
  }
  out.push(heading(t('proposal.procurement.innovationHeading'), 2))
  out.push(para(t('proposal.procurement.innovationIntro'), { keepNext: true }))
  out.push(
    ...bullets(
      INNOVATION.map((r) => {
        const text = `${t(`common.route.${r}`)}: ${t(`proposal.procurement.routes.${r}`, values)}`
        return used.has(r) ? `${text} ${t('proposal.procurement.usedBy', { areas: areaNames(r) })}` : text
      })
    )
  )
  return out
}

/** Name, title, date and signature lines for the client, under a sentence saying what is accepted. */
function acceptanceBlock(ctx: Ctx, client: string, title: string): FileChild[] {
  const { t } = ctx
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' }
  const line = { style: BorderStyle.SINGLE, size: 6, color: '595959' }
  const fields = ['signature', 'name', 'title', 'date'] as const
  // Wide enough for "Namnförtydligande" whole in any body font.
  const labelWidth = labelColumnWidth(
    ctx,
    fields.map((f) => t(`proposal.accept.fields.${f}`)),
    { atLeast: 2000 }
  )
  return [
    para(t('proposal.accept.blockIntro', { client, title }), { keepNext: true }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [labelWidth, TEXT_WIDTH - labelWidth],
      layout: TableLayoutType.FIXED,
      borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
      rows: fields.map(
        (f) =>
          new TableRow({
            cantSplit: true,
            children: [
              new TableCell({
                width: { size: labelWidth, type: WidthType.DXA },
                borders: { top: none, bottom: none, left: none, right: none },
                children: [
                  new Paragraph({
                    spacing: { before: 480, after: 0 },
                    keepNext: true,
                    children: [new TextRun(t(`proposal.accept.fields.${f}`))]
                  })
                ]
              }),
              new TableCell({
                width: { size: TEXT_WIDTH - labelWidth, type: WidthType.DXA },
                borders: { top: none, bottom: line, left: none, right: none },
                children: [new Paragraph({ spacing: { before: 480, after: 0 }, keepNext: true, children: [] })]
              })
            ]
          })
      )
    }),
    gap()
  ]
}

/** The sender the client returns the signed proposal to: the consultant, else the company; null when neither. */
function senderName(ctx: Ctx): string | null {
  return cleanLine(ctx.brand.consultantName) || cleanLine(ctx.brand.company) || null
}

/** Validates the model and builds the proposal as .docx bytes. Throws a ZodError on an invalid model. */
export async function renderProposal(input: unknown, options: RenderOptions = {}): Promise<Uint8Array> {
  const model = ProposalModel.parse(input)
  const ctx = documentContext(model)
  const { t, lang } = ctx
  const kind = model.kind
  const k = (key: string) => `proposal.${kind}.${key}`
  const client = cleanLine(model.client.name)
  // The cover names what is offered: the engagement, or (when the engagement is the workshop and this proposes its
  // implementation) "Genomförande: <the workshop>".
  const title = model.offersEngagement
    ? cleanLine(model.title)
    : t(k('titleFor'), { title: cleanLine(model.workshopTitle) || cleanLine(model.title) })
  const validUntil = formatDate(addToDate(model.date, { days: VALIDITY_DAYS }), lang, 'long')
  const sender = senderName(ctx)
  const fee = model.fee.lines.reduce((sum, l) => sum + l.amountSek, 0)
  const hasFee = model.fee.lines.length > 0
  const question = cleanLine(model.startingQuestion)
  const body: FileChild[] = []

  // Summary: what is offered, what it costs and how the client may buy it, how to accept.
  body.push(heading(t('proposal.summary.heading'), 1, { pageBreakBefore: true }))
  const summary: string[] = []
  if (kind === 'workshop') {
    summary.push(t('proposal.summary.workshop', { client }))
    if (question) summary.push(endSentence(t('proposal.summary.question', { question })))
    if (model.workshopDate && model.workshopDate >= model.date)
      summary.push(t('proposal.summary.workshopDate', { date: formatDate(model.workshopDate, lang, 'long') }))
  } else {
    const count = countWord(model.areas.length, lang, { neuter: true })
    summary.push(
      model.areas.length === 0
        ? t('proposal.summary.implementationNone', { client })
        : model.workshopDate
          ? t('proposal.summary.implementation', { client, count, date: formatDate(model.workshopDate, lang, 'long') })
          : t('proposal.summary.implementationUndated', { client, count })
    )
    const top = model.areas.filter((a) => a.rank !== null).slice(0, SUMMARY_AREAS)
    if (top.length > 0)
      summary.push(
        t(top.length === 1 ? 'proposal.summary.topOne' : 'proposal.summary.top', {
          areas: listOf(
            top.map((a) => t('common.quoted', { text: cleanLine(a.title) })),
            lang
          )
        })
      )
    const effect = model.areas.reduce((sum, a) => sum + (a.annualEffectSek ?? 0), 0)
    if (effect > 0) summary.push(t('proposal.summary.effect', { effect: formatSek(effect, lang) }))
  }
  body.push(para(summary.join(' ')))
  if (hasFee) {
    body.push(
      para(
        `${t('proposal.summary.fee', { fee: formatSek(fee, lang) })} ${t(
          fee < model.procurement.directLimit.valueSek ? 'proposal.summary.feeBelow' : 'proposal.summary.feeAbove',
          { client, limit: formatSek(model.procurement.directLimit.valueSek, lang) }
        )}`
      )
    )
  } else {
    body.push(para(t('proposal.summary.noFee', { client })))
  }
  body.push(
    para(
      sender
        ? t('proposal.summary.accept', { validUntil, sender })
        : t('proposal.summary.acceptNoSender', { validUntil })
    )
  )

  // Background and goals
  body.push(heading(t('proposal.background.heading'), 1))
  const size =
    model.client.size === null
      ? ''
      : `${t('proposal.background.size', {
          client,
          size: t(`common.size.${model.client.sizeUnit}`, { value: formatNumber(model.client.size, lang) })
        })} `
  body.push(para(`${size}${t(k('backgroundIntro'), { client })}`))
  body.push(heading(t('proposal.background.goalsHeading'), 2))
  if (model.goals.length > 0) {
    body.push(para(t('proposal.background.goalsIntro', { client }), { keepNext: true }))
    body.push(
      ...bullets(
        model.goals.map((g) => {
          const text = cleanLine(g.text)
          // A goal that names its year already ("… 2030") does not get it again.
          return g.targetYear === null || text.includes(String(g.targetYear))
            ? text
            : t('proposal.background.goalYear', { text, year: g.targetYear })
        })
      )
    )
  } else {
    body.push(para(t('proposal.background.noGoals', { client })))
  }

  if (kind === 'workshop') {
    // The workshop on offer: question, purpose, agenda, what the client gets, and the method.
    body.push(heading(t('proposal.workshop.heading'), 1), para(t('proposal.workshop.intro', { client })))
    if (question) {
      body.push(heading(t('proposal.background.questionHeading'), 2))
      body.push(para(t('proposal.background.questionIntro'), { keepNext: true }), ...quote(ctx, question))
    }
    if (model.purpose.trim()) body.push(heading(t('proposal.background.purposeHeading'), 2), ...paras(model.purpose))
    body.push(heading(t('proposal.workshop.agendaHeading'), 2))
    if (model.agenda.length > 0) {
      body.push(...numbered(model.agenda.map(cleanLine), { keepTogether: model.agenda.length <= 12 }))
    } else {
      body.push(para(t('proposal.workshop.agendaDefaultIntro', { client }), { keepNext: true }))
      body.push(
        ...numbered(
          DEFAULT_AGENDA.map((n) => t(`proposal.workshop.agendaDefault.${n}`)),
          { keepTogether: true }
        )
      )
    }
    body.push(heading(t('proposal.workshop.deliveredHeading', { client }), 2))
    body.push(...bullets(['report', 'areas', 'matrix', 'nextSteps'].map((d) => t(`proposal.workshop.delivered.${d}`))))
    body.push(heading(t('proposal.method.heading'), 1), para(t('proposal.method.intro'), { keepNext: true }))
    body.push(
      ...numbered(
        WORKSHOP_METHOD.map((s) => t(`proposal.method.steps.${s}`)),
        { boldLead: true }
      )
    )
  } else {
    // The workshop's results: prioritised areas with their indicators, the matrix, each area in detail.
    // Before the prioritisation (a workshop held, its scoring still to come) the areas are not called prioritised.
    const ranked = model.areas.some((a) => a.rank !== null)
    body.push(heading(t(ranked ? 'proposal.areas.heading' : 'proposal.areas.headingUnranked'), 1))
    if (model.areas.length > 0) {
      const intro = ranked ? t('proposal.areas.intro') : t('proposal.areas.introUnranked', { client })
      body.push(para(intro, { keepNext: true }), ...areasTable(ctx, model.areas))
      body.push(...matrixSection(ctx, t('proposal.areas.matrixHeading'), model.matrix))
      for (const area of model.areas) body.push(...areaDetails(ctx, area, model.areas, { showVotes: false }))
    } else {
      body.push(para(t('proposal.areas.none', { client })))
    }
    body.push(...routesSection(ctx, client, model))
    body.push(
      heading(t('proposal.implementation.heading'), 1),
      para(t('proposal.implementation.intro', { client }), { keepNext: true })
    )
    body.push(
      ...numbered(
        IMPLEMENTATION_METHOD.map((s) => t(`proposal.implementation.steps.${s}`)),
        { boldLead: true }
      )
    )
  }

  // Plan
  body.push(
    heading(t('proposal.plan.heading'), 1),
    para(t('proposal.plan.intro', { count: countWord(model.plan.length, lang, { neuter: true }) }), {
      keepNext: true
    })
  )
  const pc = (key: string) => t(`proposal.plan.columns.${key}`)
  body.push(
    dataTable(
      ctx,
      [
        { header: pc('step'), width: 2000 },
        { header: pc('content'), width: 4800 },
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

  // Fee, and what it means for how the client may buy the engagement
  body.push(heading(t('proposal.fee.heading'), 1))
  if (hasFee) {
    // VAT is rounded to whole kronor, as on the invoice.
    const vat = Math.round(fee * model.fee.vatRate)
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
          [t('proposal.fee.subtotal'), formatSek(fee, lang)],
          [
            t('proposal.fee.vat', { rate: percentText(formatNumber(model.fee.vatRate * 100, lang), lang) }),
            formatSek(vat, lang)
          ],
          [t('proposal.fee.total'), formatSek(fee + vat, lang)]
        ]
      ),
      gap()
    )
    body.push(heading(t('proposal.fee.procurementHeading'), 2))
    body.push(para(feeAgainstLimit(ctx, client, fee, model.procurement)))
  } else {
    body.push(para(t('proposal.fee.none', { client })))
    body.push(heading(t('proposal.fee.procurementHeading'), 2))
    body.push(para(feeAgainstLimit(ctx, client, null, model.procurement)))
  }

  // References: only in the workshop proposal, only from other clients.
  if (kind === 'workshop') {
    body.push(heading(t('proposal.references.heading'), 1))
    const refs = model.references
    if (refs && refs.figures.n > 0 && ASPECTS.some((a) => refs.figures.aspects[a].mean !== null)) {
      body.push(
        para(
          t(refs.workshopCount === 1 ? 'proposal.references.introOne' : 'proposal.references.intro', {
            n: countWord(refs.figures.n, lang),
            workshops: countWord(refs.workshopCount, lang)
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
                kind: t(`common.clientKind.${q.clientKind}`),
                date: monthYear(q.date, lang)
              })
            )
          )
        }
      }
    } else {
      body.push(para(t('proposal.references.none')))
    }
  }

  // Terms
  body.push(
    heading(t('proposal.terms.heading'), 1),
    ...bullets(
      TERMS.map((key) =>
        key === 'cancellation' || key === 'invoicing'
          ? t(k(`terms.${key}`), { client })
          : t(`proposal.terms.items.${key}`, { client, validUntil })
      )
    )
  )

  // Next steps, how to accept, and the acceptance block
  body.push(heading(t('proposal.accept.heading'), 1))
  body.push(
    ...numbered(
      [
        sender ? t('proposal.accept.sign', { validUntil, sender }) : t('proposal.accept.signNoSender', { validUntil }),
        t(k('next.1'), { client }),
        t(k('next.2'), { client })
      ],
      { keepTogether: true }
    )
  )
  body.push(gap(), ...acceptanceBlock(ctx, client, title))

  // Contact: left out when the branding has nothing to show.
  body.push(...contactSection(ctx, t('proposal.contact.heading'), t('proposal.contact.intro')))

  const frame = { kicker: t(k('kicker')), title, subject: t(k('subject'), { client }) }
  return renderDocx(ctx, model, frame, body, options)
}

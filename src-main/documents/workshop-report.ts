/** The workshop report (Workshoprapport): what the client gets after a workshop. */
import type { FileChild } from 'docx'
import { WorkshopReportModel } from '@shared/document-model'
import type { NextStep, SensitivityStatement } from '@shared/document-model'
import { formatDate, formatDecimal1, formatNumber } from '@shared/format'
import { roundToOneDecimal } from '@shared/evaluations'
import { FRAGILE_POINTS } from '@shared/prioritisation'
import { dataTable, documentContext, factTable, gap, heading, numbered, para, paras, quote, renderDocx } from './blocks'
import type { Ctx } from './blocks'
import { areaDetails, contactSection, gradeCountsTable, matrixSection, meansTable, rankLabel } from './sections'
import { cleanLine, countWord, endSentence, listOf, percentText, timeOfDay } from './texts'
import type { Translate } from './texts'

/** The sensitivity sentence (wording in i18n), plus a warning when the margin is under FRAGILE_POINTS. */
export function sensitivitySentence(t: Translate, lang: Ctx['lang'], s: SensitivityStatement): string {
  const key = 'report.prioritisation.sensitivity'
  switch (s.kind) {
    case 'unscored':
      return t(`${key}.unscored`)
    case 'tie':
      // "”A” och ”B” delar förstaplatsen": the language's own list, not a comma-joined row.
      return t(`${key}.tie`, {
        areas: listOf(
          s.areas.map((a) => t('common.quoted', { text: cleanLine(a) })),
          lang
        )
      })
    case 'stable':
      return t(`${key}.stable`, { top: cleanLine(s.top) })
    case 'takeover': {
      const sentence = t(`${key}.takeover-${s.change}`, {
        top: cleanLine(s.top),
        criterion: cleanLine(s.criterion),
        points: formatNumber(s.points, lang, 1),
        newTop: cleanLine(s.newTop)
      })
      return s.points < FRAGILE_POINTS ? `${sentence} ${t(`${key}.fragile`)}` : sentence
    }
  }
}

function nextStepText(t: Translate, lang: Ctx['lang'], step: NextStep): string {
  const key = 'report.nextSteps'
  const area = cleanLine(step.area ?? '')
  switch (step.kind) {
    case 'prepare-procurement':
      return step.route === null || step.route === 'undecided'
        ? t(`${key}.prepare-procurement-undecided`, { area })
        : t(`${key}.prepare-procurement`, { area, route: t(`common.route.${step.route}`).toLowerCase() })
    case 'establish-baseline':
      return t(`${key}.establish-baseline`, { area })
    case 'decide-priorities':
      return t(`${key}.decide-priorities`)
    case 'follow-up':
      return step.date
        ? t(`${key}.follow-up`, { date: formatDate(step.date, lang, 'long') })
        : t(`${key}.follow-up-undated`)
  }
}

/** Validates the model and builds the workshop report as .docx bytes. Throws a ZodError on an invalid model. */
export async function renderWorkshopReport(input: unknown): Promise<Uint8Array> {
  const model = WorkshopReportModel.parse(input)
  const ctx = documentContext(model)
  const { t, lang } = ctx
  const ws = model.workshop
  const title = cleanLine(ws.title) || cleanLine(model.engagementTitle)
  const body: FileChild[] = []

  const named = model.participants.length
  // The recorded head count, never fewer than the named participants.
  const total = Math.max(ws.participantCount ?? named, named)
  const question = cleanLine(ws.startingQuestion)

  // Summary: who met when about what, what came out of it, how it was rated, and where the next steps are.
  body.push(heading(t('report.summary.heading'), 1, { pageBreakBefore: true }))
  const summary: string[] = [
    total > 0
      ? t('report.summary.met', {
          date: formatDate(ws.startsAt.slice(0, 10), lang, 'long'),
          count: countWord(total, lang),
          client: cleanLine(model.client.name)
        })
      : t('report.summary.metUncounted', {
          date: formatDate(ws.startsAt.slice(0, 10), lang, 'long'),
          client: cleanLine(model.client.name)
        })
  ]
  if (question) summary.push(endSentence(t('report.summary.question', { question })))
  if (model.areas.length > 0)
    summary.push(t('report.summary.areas', { count: countWord(model.areas.length, lang, { neuter: true }) }))
  const leaders = model.areas.filter((a) => a.rank === 1).map((a) => t('common.quoted', { text: cleanLine(a.title) }))
  if (leaders.length === 1) summary.push(t('report.summary.top', { area: leaders[0]! }))
  else if (leaders.length > 1) summary.push(t('report.summary.tie', { areas: listOf(leaders, lang) }))
  const overall = model.evaluations?.figures.aspects.overall
  if (overall && overall.mean !== null)
    summary.push(
      t('report.summary.rating', {
        mean: formatDecimal1(roundToOneDecimal(overall.mean), lang),
        n: countWord(overall.answered, lang)
      })
    )
  body.push(para(summary.join(' ')))
  if (model.nextSteps.length > 0) body.push(para(t('report.summary.nextSteps')))

  // The workshop
  body.push(heading(t('report.workshop.heading'), 1))
  const place = cleanLine(ws.place)
  body.push(
    factTable([
      [t('report.workshop.engagement'), cleanLine(model.engagementTitle)],
      [
        t('report.workshop.when'),
        `${formatDate(ws.startsAt.slice(0, 10), lang, 'long')} ${timeOfDay(ws.startsAt, lang)}`
      ],
      [
        t('report.workshop.where'),
        ws.digital
          ? place
            ? t('report.workshop.digitalPlace', { place })
            : t('report.workshop.digital')
          : place || t('common.notGiven')
      ]
    ]),
    gap()
  )
  if (ws.startingQuestion.trim())
    body.push(heading(t('report.workshop.questionHeading'), 2), ...quote(ctx, ws.startingQuestion))
  if (ws.purpose.trim()) body.push(heading(t('report.workshop.purposeHeading'), 2), ...paras(ws.purpose))
  const agenda = ws.agenda.map(cleanLine).filter(Boolean)
  if (agenda.length > 0)
    body.push(
      heading(t('report.workshop.agendaHeading'), 2),
      ...numbered(agenda, { keepTogether: agenda.length <= 12 })
    )

  // Participants
  body.push(heading(t('report.participants.heading'), 1))
  if (named > 0) {
    // The total and the named participants, each said as such: "Åtta deltagare medverkade; fem av dem står med namn".
    body.push(
      para(
        named === total
          ? t('report.participants.allNamed', { count: countWord(total, lang) })
          : t('report.participants.someNamed', { total: countWord(total, lang), named: countWord(named, lang) }),
        { keepNext: true }
      )
    )
    const pc = (key: string) => t(`report.participants.columns.${key}`)
    body.push(
      dataTable(
        ctx,
        [
          { header: pc('name'), width: 4000 },
          { header: pc('role'), width: 5070 }
        ],
        model.participants.map((p) => [cleanLine(p.name), cleanLine(p.role)])
      ),
      gap()
    )
  } else {
    body.push(
      para(
        total > 0
          ? t('report.participants.noneNamed', { count: countWord(total, lang) })
          : t('report.participants.none')
      )
    )
  }

  // Areas
  body.push(heading(t('report.areas.heading'), 1))
  if (model.areas.length > 0) {
    body.push(para(t('report.areas.intro', { count: countWord(model.areas.length, lang, { neuter: true }) })))
    for (const area of model.areas) body.push(...areaDetails(ctx, area, model.areas, { showVotes: true }))
  } else {
    body.push(para(t('report.areas.none')))
  }

  // Prioritisation
  body.push(heading(t('report.prioritisation.heading'), 1))
  const prio = model.prioritisation
  if (prio && prio.criteria.length > 0) {
    // Scored or not yet: a report of a workshop whose scoring was put off says so, and shows no empty results.
    const ranked = model.areas.filter((a) => a.rank !== null)
    body.push(
      para(t(ranked.length > 0 ? 'report.prioritisation.intro' : 'report.prioritisation.introUnscored'), {
        keepNext: true
      })
    )
    const cc = (key: string) => t(`report.prioritisation.criteriaColumns.${key}`)
    body.push(
      heading(t('report.prioritisation.criteriaHeading'), 2),
      dataTable(
        ctx,
        [
          { header: cc('criterion'), width: 4200 },
          { header: cc('weight'), width: 1800, align: 'right' },
          { header: cc('direction'), width: 3070 }
        ],
        prio.criteria.map((c) => [
          cleanLine(c.name),
          percentText(formatNumber(c.weightPercent, lang, 0), lang),
          t(`report.prioritisation.${c.direction}`)
        ])
      ),
      gap()
    )
    if (ranked.length > 0) {
      const rc = (key: string) => t(`report.prioritisation.rankingColumns.${key}`)
      body.push(
        heading(t('report.prioritisation.rankingHeading'), 2),
        dataTable(
          ctx,
          [
            { header: rc('rank'), width: 1300, align: 'center' },
            { header: rc('area'), width: 5770 },
            { header: rc('score'), width: 2000, align: 'right' }
          ],
          ranked.map((a) => [
            rankLabel(ctx, a, model.areas),
            cleanLine(a.title),
            a.score === null ? '–' : formatNumber(a.score, lang, 2)
          ])
        ),
        gap()
      )
      body.push(...matrixSection(ctx, t('common.matrix.title'), model.matrix))
      body.push(
        heading(t('report.prioritisation.sensitivityHeading'), 2),
        para(sensitivitySentence(t, lang, prio.sensitivity))
      )
    }
  } else {
    body.push(para(t('report.prioritisation.none')))
  }

  // Evaluations
  body.push(heading(t('report.evaluations.heading'), 1))
  const ev = model.evaluations
  if (ev && ev.figures.n > 0) {
    body.push(para(t('report.evaluations.intro', { n: countWord(ev.figures.n, lang) }), { keepNext: true }))
    body.push(
      heading(t('report.evaluations.meansHeading'), 2),
      ...meansTable(ctx, ev.figures, 'report.evaluations.columns')
    )
    body.push(
      heading(t('report.evaluations.countsHeading'), 2),
      para(t('report.evaluations.countsIntro'), { keepNext: true }),
      ...gradeCountsTable(ctx, ev.figures)
    )
    body.push(heading(t('report.evaluations.commentsHeading'), 2))
    if (ev.comments.length > 0) for (const c of ev.comments) body.push(...quote(ctx, c))
    else body.push(para(t('report.evaluations.noComments')))
  } else {
    body.push(para(t('report.evaluations.none')))
  }

  // Next steps
  body.push(heading(t('report.nextSteps.heading'), 1))
  if (model.nextSteps.length > 0) {
    body.push(
      para(t('report.nextSteps.intro'), { keepNext: true }),
      ...numbered(model.nextSteps.map((s) => nextStepText(t, lang, s)))
    )
  }

  body.push(...contactSection(ctx, t('report.contact.heading'), t('report.contact.intro')))

  const subject = t('report.subject', { client: cleanLine(model.client.name) })
  return renderDocx(ctx, model, { kicker: t('report.coverKicker'), title, subject }, body)
}

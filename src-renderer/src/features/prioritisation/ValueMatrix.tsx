import { memo, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { layoutMatrix, matrixSvg, QUADRANT_KEYS, type LegendRow, type QuadrantKey } from '@shared/matrix'
import { matrixPoints, pickMatrixAxes } from '@shared/prioritisation-data'
import { DataTable, EmptyState, ScrollBox, SelectField } from '@renderer/ui'
import type { ScoredAreas } from './queries'

/**
 * The value/effort matrix: effect (y) against feasibility (x) as an SVG picture of numbered dots, with the
 * legend below it: every area, its number, rank, scores and quadrant. The legend
 * is the picture's text alternative, and the quadrant it names is the one the dot is drawn in (quadrantOf).
 */
export const ValueMatrix = memo(function ValueMatrix({ areas, criteria, table, ranking }: ScoredAreas) {
  const { t } = useTranslation()
  const id = useId().replace(/[^A-Za-z0-9]/g, '')
  const guess = useMemo(() => pickMatrixAxes(criteria), [criteria])
  const [picked, setPicked] = useState<{ x?: string; y?: string }>({})
  const exists = (cid: string | undefined) => cid !== undefined && criteria.some((c) => c.id === cid)
  const xId = exists(picked.x) ? picked.x! : guess.feasibility
  const yId = exists(picked.y) ? picked.y! : guess.effect
  const nameOf = (cid: string | null) => criteria.find((c) => c.id === cid)?.name ?? ''

  const quadrantTitles = useMemo(
    () =>
      Object.fromEntries(QUADRANT_KEYS.map((q) => [q, t(`prioritisation.matrix.quadrants.${q}`)])) as Record<
        QuadrantKey,
        string
      >,
    [t]
  )
  const ready = xId !== null && yId !== null
  const layout = useMemo(
    () =>
      ready
        ? layoutMatrix(matrixPoints(areas, criteria, table, { effect: yId, feasibility: xId }, ranking), {
            quadrantTitles,
            width: 640,
            fontSize: 15
          })
        : null,
    [ready, areas, criteria, table, yId, xId, ranking, quadrantTitles]
  )
  const title = t('prioritisation.matrix.title', { y: nameOf(yId), x: nameOf(xId) })
  const svg =
    layout === null
      ? ''
      : matrixSvg(
          layout,
          {
            title,
            description: t('prioritisation.matrix.description', { count: layout.points.length }),
            xAxis: nameOf(xId),
            yAxis: nameOf(yId),
            quadrants: quadrantTitles
          },
          `prio-matrix-${id}`
        )
  const omitted = layout === null ? [] : layout.omitted.map((aid) => areas.find((a) => a.id === aid)?.title ?? aid)
  const score = (v: number | null) => (v === null ? '–' : String(v))

  const axisSelect = (axis: 'x' | 'y', value: string | null) => (
    <SelectField
      id={`prio-axis-${axis}-${id}`}
      className="prio-axis"
      label={t(axis === 'x' ? 'prioritisation.matrix.xAxis' : 'prioritisation.matrix.yAxis')}
      value={value ?? ''}
      onChange={(e) => setPicked((p) => ({ ...p, [axis]: e.target.value }))}
      emptyOption={value === null ? t('prioritisation.matrix.chooseAxis') : undefined}
      options={criteria.map((c) => ({ value: c.id, label: c.name }))}
    />
  )

  return (
    <section aria-labelledby="prio-matrix-heading" className="prio-section panel panel-wide">
      <h2 id="prio-matrix-heading">{t('prioritisation.matrix.heading')}</h2>
      <p className="help">{t('prioritisation.matrix.help')}</p>
      <div className="prio-axes">
        {axisSelect('y', yId)}
        {axisSelect('x', xId)}
      </div>
      {!ready || layout === null ? (
        <EmptyState message={t('prioritisation.matrix.needAxes')} />
      ) : (
        <div className="prio-matrix-layout">
          <figure className="prio-matrix-figure">
            {/* In a narrow window the picture keeps a legible width and its box scrolls sideways (ScrollBox). */}
            <ScrollBox label={title} className="prio-matrix">
              {/* The SVG is built from escaped text by matrixSvg, the same picture the Word documents embed. */}
              <div className="prio-matrix-picture" dangerouslySetInnerHTML={{ __html: svg }} />
            </ScrollBox>
            <figcaption className="help prio-matrix-rule">{t('prioritisation.matrix.rule')}</figcaption>
            {omitted.length > 0 && (
              <p className="help">{t('prioritisation.matrix.omitted', { areas: omitted.join(', ') })}</p>
            )}
          </figure>
          <div className="prio-matrix-legend">
            <DataTable<LegendRow>
              caption={t('prioritisation.matrix.tableCaption')}
              compact
              scroll={false}
              rows={layout.legend}
              rowClassName={(row) => (row.quadrant === null ? 'prio-legend-omitted' : undefined)}
              columns={[
                {
                  key: 'number',
                  label: t('prioritisation.matrix.legend.number'),
                  numeric: true,
                  render: (row) => (row.number === null ? '–' : <span className="prio-legend-dot">{row.number}</span>)
                },
                { key: 'area', label: t('prioritisation.ranking.area'), rowHeader: true, render: (row) => row.label },
                {
                  key: 'rank',
                  label: t('prioritisation.matrix.legend.rank'),
                  numeric: true,
                  render: (row) => row.rank ?? '–'
                },
                { key: 'y', label: nameOf(yId), numeric: true, render: (row) => score(row.y) },
                { key: 'x', label: nameOf(xId), numeric: true, render: (row) => score(row.x) },
                {
                  key: 'quadrant',
                  label: t('prioritisation.matrix.quadrant'),
                  render: (row) =>
                    row.quadrant === null
                      ? t('prioritisation.matrix.legend.notPlotted')
                      : t(`prioritisation.matrix.quadrants.${row.quadrant}`)
                }
              ]}
            />
          </div>
        </div>
      )}
    </section>
  )
})

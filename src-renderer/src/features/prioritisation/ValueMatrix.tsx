import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { layoutMatrix, matrixSvg, type QuadrantKey } from '@shared/matrix'
import { matrixPoints, pickMatrixAxes } from '@shared/prioritisation-data'
import { DataTable, EmptyState, SelectField } from '@renderer/ui'
import type { ScoredAreas } from './queries'

const QUADRANTS: QuadrantKey[] = ['doFirst', 'plan', 'whenChance', 'wait']

// Above the middle of the scale is high; 3 itself lies on the border and counts as low (said in the help text).
function quadrantOf(x: number, y: number): QuadrantKey {
  if (y > 3) return x > 3 ? 'doFirst' : 'plan'
  return x > 3 ? 'whenChance' : 'wait'
}

/** The value/effort matrix: effect (y) against feasibility (x) as an SVG picture, with a table that says the same. */
export function ValueMatrix({ areas, criteria, table, ranking }: ScoredAreas) {
  const { t } = useTranslation()
  const id = useId().replace(/[^A-Za-z0-9]/g, '')
  const guess = pickMatrixAxes(criteria)
  const [picked, setPicked] = useState<{ x?: string; y?: string }>({})
  const exists = (cid: string | undefined) => cid !== undefined && criteria.some((c) => c.id === cid)
  const xId = exists(picked.x) ? picked.x! : guess.feasibility
  const yId = exists(picked.y) ? picked.y! : guess.effect
  const nameOf = (cid: string | null) => criteria.find((c) => c.id === cid)?.name ?? ''

  const points = matrixPoints(areas, criteria, table, { effect: yId, feasibility: xId }, ranking)
  const quadrantTitles = Object.fromEntries(
    QUADRANTS.map((q) => [q, t(`prioritisation.matrix.quadrants.${q}`)])
  ) as Record<QuadrantKey, string>
  const ready = xId !== null && yId !== null
  const layout = ready ? layoutMatrix(points, { quadrantTitles, fontSize: 13 }) : null
  const svg =
    layout === null
      ? ''
      : matrixSvg(
          layout,
          {
            title: t('prioritisation.matrix.title', { y: nameOf(yId), x: nameOf(xId) }),
            description: t('prioritisation.matrix.description', { count: layout.points.length }),
            xAxis: nameOf(xId),
            yAxis: nameOf(yId),
            quadrants: quadrantTitles
          },
          `prio-matrix-${id}`
        )
  const omitted = layout === null ? [] : layout.omitted.map((aid) => areas.find((a) => a.id === aid)?.title ?? aid)
  const unlabelled = new Set(layout?.points.filter((p) => p.placed === null).map((p) => p.id))
  const plotted = points.filter((p): p is typeof p & { x: number; y: number } => p.x !== null && p.y !== null)

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
    <section aria-labelledby="prio-matrix-heading" className="prio-section">
      <h2 id="prio-matrix-heading">{t('prioritisation.matrix.heading')}</h2>
      <p className="help">{t('prioritisation.matrix.help')}</p>
      <div className="prio-axes">
        {axisSelect('y', yId)}
        {axisSelect('x', xId)}
      </div>
      {!ready ? (
        <EmptyState message={t('prioritisation.matrix.needAxes')} />
      ) : (
        <>
          {/* The SVG is built from escaped text by matrixSvg, the same picture the Word documents embed. */}
          <div className="prio-matrix" dangerouslySetInnerHTML={{ __html: svg }} />
          {omitted.length > 0 && (
            <p className="help">{t('prioritisation.matrix.omitted', { areas: omitted.join(', ') })}</p>
          )}
          <details className="prio-matrix-table">
            <summary>{t('prioritisation.matrix.tableSummary')}</summary>
            <DataTable
              caption={t('prioritisation.matrix.tableCaption')}
              compact
              scroll={false}
              rows={plotted}
              columns={[
                {
                  key: 'area',
                  label: t('prioritisation.ranking.area'),
                  rowHeader: true,
                  render: (p) => (
                    <>
                      {p.marker ? `${p.marker}. ` : ''}
                      {p.label}
                      {unlabelled.has(p.id) && <span className="note"> {t('prioritisation.matrix.unlabelled')}</span>}
                    </>
                  )
                },
                { key: 'y', label: nameOf(yId), numeric: true, render: (p) => p.y },
                { key: 'x', label: nameOf(xId), numeric: true, render: (p) => p.x },
                {
                  key: 'quadrant',
                  label: t('prioritisation.matrix.quadrant'),
                  render: (p) => t(`prioritisation.matrix.quadrants.${quadrantOf(p.x, p.y)}`)
                }
              ]}
            />
          </details>
        </>
      )}
    </section>
  )
}

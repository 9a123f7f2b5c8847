import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Area, Measurement } from '@shared/entities'
import { followUp, latestMeasurement } from '@shared/follow-up'
import { formatDate, formatNumber } from '@shared/format'
import {
  ConfirmDialog,
  DataTable,
  FormSection,
  Notice,
  Section,
  buttonColumn,
  useShell,
  type Column
} from '@renderer/ui'
import { errorMessage } from '@renderer/lib/errors'
import { useLanguage } from '@renderer/platform/use-language'
import { useAreaCommands } from './commands'
import { FollowUpSummary } from './FollowUpSummary'
import { MeasurementChart } from './MeasurementChart'
import { MeasurementForm } from './MeasurementForm'
import { localToday } from '@shared/format'

/**
 * The measured values of an area's indicator, by date: where the follow-up stands in words, a chart of
 * baseline, target and measurements, and the table of values (the chart's text alternative) with
 * adding, correcting and removing. Nothing for an area with neither an indicator nor measurements.
 */
export function AreaMeasurements({
  area,
  measurements,
  today = localToday()
}: {
  area: Area
  measurements: Measurement[]
  /** The date the follow-up is judged at, YYYY-MM-DD; a test can fix it. */
  today?: string
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { announce } = useShell()
  const { deleteMeasurement } = useAreaCommands()
  const [editing, setEditing] = useState<Measurement | null>(null)
  // The row's "Ändra" button stays in the table while its form is open; the keyboard goes back to it after.
  const editButton = useRef<HTMLElement | null>(null)
  const [deleting, setDeleting] = useState<Measurement | null>(null)
  const [deleteError, setDeleteError] = useState<string | null>(null)
  const { indicator } = area
  if (indicator === null && measurements.length === 0) return null

  const dated = (m: Measurement) => formatDate(m.date, language)
  // A new value usually comes from where the last one did, else from the indicator's data source.
  const lastSource = latestMeasurement(measurements, today)?.source || indicator?.dataSource || ''
  const columns: Column<Measurement>[] = [
    { key: 'date', label: t('area.measurements.date'), rowHeader: true, className: 'nowrap', render: dated },
    {
      key: 'value',
      label: t('area.measurements.value'),
      numeric: true,
      render: (m) => formatNumber(m.value, language)
    },
    { key: 'source', label: t('area.measurements.source'), render: (m) => m.source },
    { key: 'note', label: t('area.measurements.note'), render: (m) => m.note },
    buttonColumn({
      key: 'edit',
      label: t('area.measurements.edit'),
      text: t('area.measurements.edit'),
      ariaLabel: (m) => t('area.measurements.editRow', { date: dated(m) }),
      onClick: (m) => {
        editButton.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
        setEditing(m)
      }
    }),
    buttonColumn({
      key: 'delete',
      label: t('area.measurements.delete'),
      text: t('area.measurements.delete'),
      ariaLabel: (m) => t('area.measurements.deleteRow', { date: dated(m) }),
      onClick: (m) => {
        setDeleteError(null)
        setDeleting(m)
      }
    })
  ]

  const closeEdit = () => {
    setEditing(null)
    editButton.current?.focus()
  }

  const remove = async (m: Measurement) => {
    try {
      await deleteMeasurement(m.id)
    } catch (error) {
      setDeleteError(t('area.measurements.deleteFailed', { message: errorMessage(error) }))
      return
    } finally {
      setDeleting(null)
    }
    announce(t('area.measurements.deleted', { date: dated(m) }))
  }

  const content = (
    <>
      {indicator !== null && (
        <>
          <FollowUpSummary
            followUp={followUp(indicator, measurements, today, area.annualEffectSek)}
            annualEffectSek={area.annualEffectSek}
          />
          <MeasurementChart indicator={indicator} measurements={measurements} />
        </>
      )}
      {editing && (
        <MeasurementForm
          key={editing.id}
          areaId={area.id}
          measurement={editing}
          today={today}
          onSaved={(m) => {
            closeEdit()
            announce(t('area.measurements.saved', { date: dated(m) }))
          }}
          onCancel={closeEdit}
        />
      )}
      <Notice message={deleteError === null ? null : { text: deleteError, error: true }} />
      {measurements.length > 0 && (
        <DataTable
          caption={t('area.measurements.caption', { unit: indicator?.unit ?? '' })}
          scroll={false}
          rows={measurements}
          rowKey={(m) => m.id}
          columns={columns}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('area.measurements.deleteTitle')}
        confirmLabel={t('area.measurements.delete')}
        onConfirm={() => deleting && void remove(deleting)}
        onCancel={() => setDeleting(null)}
      >
        <p>
          {deleting &&
            t('area.measurements.deleteQuestion', {
              date: dated(deleting),
              value: formatNumber(deleting.value, language)
            })}
        </p>
      </ConfirmDialog>
    </>
  )

  if (indicator === null) {
    return (
      <Section id="area-measurements" heading={t('area.measurements.heading')}>
        {content}
      </Section>
    )
  }
  return (
    <FormSection<Measurement>
      id="area-measurements"
      heading={t('area.measurements.heading')}
      openLabel={t('area.measurements.add')}
      saved={(m) => t('area.measurements.saved', { date: dated(m) })}
      form={(done) => <MeasurementForm areaId={area.id} today={today} source={lastSource} {...done} />}
    >
      {content}
    </FormSection>
  )
}

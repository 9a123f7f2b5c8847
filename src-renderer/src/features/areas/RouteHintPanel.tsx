import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrganisationKind } from '@shared/entities'
import { formatDate, formatSek, localToday } from '@shared/format'
import {
  effectiveThresholds,
  routeHint,
  thresholdSource,
  type Buyer,
  type ContractKind,
  type ThresholdKey
} from '@shared/thresholds'
import { DataTable, Section, buttonColumn } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { useThresholdOverrides } from './queries'
import { ThresholdDialog } from './ThresholdDialog'

/**
 * What the law allows for the area's estimated contract value, with the thresholds it was decided by
 * and their "gäller från" dates; a value due for revision carries a "kontrollera värdet" note and any
 * threshold can be corrected in place.
 */
export function RouteHintPanel({
  contractValueSek,
  needsDevelopment,
  organisationKind,
  today = localToday()
}: {
  contractValueSek: number | null
  needsDevelopment: boolean
  organisationKind: OrganisationKind | null
  today?: string
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const overrides = useThresholdOverrides()
  const [kind, setKind] = useState<ContractKind>('goods-services')
  const [editing, setEditing] = useState<ThresholdKey | null>(null)
  // State agencies buy under the lower central-government threshold; everyone else under the other.
  const buyer: Buyer = organisationKind === 'agency' ? 'central' : 'other'
  if (overrides === undefined) return null
  const thresholds = effectiveThresholds(overrides, today)
  const hint =
    contractValueSek === null ? null : routeHint(contractValueSek, { buyer, kind, needsDevelopment, thresholds })
  const shown = hint?.thresholdsUsed ?? [
    thresholds['direct-procurement'],
    thresholds[
      kind === 'works' ? 'eu-works' : buyer === 'central' ? 'eu-goods-services-central' : 'eu-goods-services-other'
    ]
  ]

  return (
    <Section id="route-hint" heading={t('routeHint.heading')} className="route-hint">
      <fieldset className="inline-options">
        <legend>{t('routeHint.contractKind')}</legend>
        {(['goods-services', 'works'] as const).map((k) => (
          <label key={k} className="inline-check">
            <input type="radio" name="contract-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {t(`routeHint.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <p className="help">{t(`routeHint.buyer.${buyer}`)}</p>
      {hint === null ? (
        <p className="hint-band">{t('routeHint.noValue')}</p>
      ) : (
        <>
          <p className="hint-band" data-band={hint.band}>
            <strong>{t(`routeHint.band.${hint.band}.title`, { value: formatSek(contractValueSek!, language) })}</strong>{' '}
            {t(`routeHint.band.${hint.band}.text`)}
          </p>
          <h3 className="subheading">{t('routeHint.routes')}</h3>
          <ul className="route-list">
            {hint.routes.map((r) => (
              <li key={r}>
                {t(`route.${r}`)}
                {hint.conditional.includes(r) ? <span className="muted"> – {t('routeHint.conditional')}</span> : null}
                {r === 'innovation-partnership' || r === 'pre-commercial' ? (
                  <span className="muted"> – {t(`routeHint.development.${r}`)}</span>
                ) : null}
              </li>
            ))}
          </ul>
          {!needsDevelopment ? <p className="help">{t('routeHint.developmentHelp')}</p> : null}
        </>
      )}
      <DataTable
        caption={t('routeHint.thresholdsCaption')}
        className="thresholds-table"
        scroll={false}
        rows={shown}
        rowKey={(th) => th.key}
        columns={[
          {
            key: 'threshold',
            label: t('routeHint.threshold'),
            rowHeader: true,
            render: (th) => t(`routeHint.key.${th.key}`)
          },
          {
            key: 'value',
            label: t('routeHint.value'),
            numeric: true,
            render: (th) => formatSek(th.valueSek, language)
          },
          {
            key: 'validFrom',
            label: t('routeHint.validFrom'),
            className: 'nowrap',
            render: (th) => <time dateTime={th.validFrom}>{formatDate(th.validFrom, language)}</time>
          },
          {
            key: 'source',
            label: t('routeHint.source'),
            render: (th) => (
              <>
                {thresholdSource(th, language)}
                {th.origin === 'override' ? (
                  <>
                    {' '}
                    <span className="tag">{t('routeHint.ownValue')}</span>
                  </>
                ) : null}
                {th.check === 'revision-due' ? (
                  <p className="check-note" role="note">
                    {t('routeHint.checkValue')}
                  </p>
                ) : null}
                {th.check === 'not-yet-valid' ? <p className="check-note">{t('routeHint.notYetValid')}</p> : null}
              </>
            )
          },
          buttonColumn<(typeof shown)[number]>({
            key: 'actions',
            label: t('routeHint.actions'),
            text: t('routeHint.change'),
            ariaLabel: (th) => `${t('routeHint.change')}: ${t(`routeHint.key.${th.key}`)}`,
            onClick: (th) => setEditing(th.key)
          })
        ]}
      />
      <ThresholdDialog thresholdKey={editing} today={today} onClose={() => setEditing(null)} />
    </Section>
  )
}

import type { AreaStatus, EngagementStatus } from '@shared/entities'
import './StatusBadge.css'

/** The colour families of badges; the text always says the status, the colour only repeats it. */
export type BadgeTone = 'neutral' | 'info' | 'accent' | 'warning' | 'success' | 'danger' | 'active'

const ENGAGEMENT_TONES: Record<EngagementStatus, BadgeTone> = {
  lead: 'info',
  'proposal-sent': 'warning',
  won: 'success',
  lost: 'danger',
  active: 'active',
  completed: 'neutral'
}

const AREA_TONES: Record<AreaStatus, BadgeTone> = {
  identified: 'neutral',
  prioritised: 'accent',
  'in-procurement': 'warning',
  implemented: 'success',
  'followed-up': 'success'
}

/** The badge tone of an engagement's status. */
export function engagementStatusTone(status: EngagementStatus): BadgeTone {
  return ENGAGEMENT_TONES[status]
}

/** The badge tone of an area's status. */
export function areaStatusTone(status: AreaStatus): BadgeTone {
  return AREA_TONES[status]
}

/** A status (or any short state such as "Krypterad") as a coloured label. */
export function StatusBadge({ tone = 'neutral', children }: { tone?: BadgeTone; children: string }) {
  return <span className={`status-badge tone-${tone}`}>{children}</span>
}

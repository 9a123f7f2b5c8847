/** One action on a row's item: its visible label, and an accessible name that also says which item. */
export type Action = { key: string; label: string; ariaLabel?: string; onClick: () => void }

/**
 * The buttons of one row of a table or list (preview, open, show in folder, remove ...), in the given order;
 * a falsy entry is left out, so an action that only some shells offer can be written `desktop && {...}`.
 */
export function ActionButtons({
  actions,
  className,
  small = false
}: {
  actions: readonly (Action | false | null | undefined)[]
  className?: string
  small?: boolean
}) {
  return (
    <div className={className}>
      {actions.map(
        (action) =>
          action && (
            <button
              key={action.key}
              type="button"
              className={small ? 'button button-secondary button-small' : 'button button-secondary'}
              aria-label={action.ariaLabel}
              onClick={action.onClick}
            >
              {action.label}
            </button>
          )
      )}
    </div>
  )
}

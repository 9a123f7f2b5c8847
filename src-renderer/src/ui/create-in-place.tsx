import { createContext, useContext, useEffect, useState, type ComponentType, type ReactNode } from 'react'
import type { Engagement, Organisation } from '@shared/entities'
import { Dialog } from './Dialog'
import type { FormDone } from './FormSection'
import './create-in-place.css'

/**
 * Forms that create a row in place, lent by the feature that owns the row to one that cannot import it
 * (the engagement form needs the client form, but the client page shows engagements: the feature graph
 * has no cycles). The composition root (app/) fills them in; without it nothing is offered.
 */
export type InPlaceForms = {
  organisation: ComponentType<FormDone<Organisation>> | null
  engagement: ComponentType<FormDone<Engagement>> | null
}

export const InPlaceFormsContext = createContext<InPlaceForms>({ organisation: null, engagement: null })

type RowOf<K extends keyof InPlaceForms> = K extends 'organisation' ? Organisation : Engagement

/**
 * Creating a missing row without leaving the form that needs it: `open()` shows the lent form in a modal
 * dialog. Once saved and once the first form's live list holds the row (`isListed`: a select cannot take a
 * value it has no option for), `onChosen` gets it to choose it; the first form, with all it holds, is back.
 * Render `dialog` outside that form's <form> element (forms do not nest). `available` is false when no form
 * is lent.
 */
export function useCreateInPlace<K extends keyof InPlaceForms>(
  kind: K,
  {
    title,
    isListed,
    onChosen
  }: {
    /** The dialog's title, translated. */
    title: string
    isListed: (id: string) => boolean
    onChosen: (row: RowOf<K>) => void
  }
): { available: boolean; open: () => void; dialog: ReactNode } {
  const Form = useContext(InPlaceFormsContext)[kind] as ComponentType<FormDone<RowOf<K>>> | null
  const [isOpen, setOpen] = useState(false)
  const [created, setCreated] = useState<RowOf<K> | null>(null)
  // Checked again as the form re-renders: its live list may take a moment to hold the new row.
  useEffect(() => {
    if (created === null || !isListed(created.id)) return
    setCreated(null)
    onChosen(created)
  }, [created, isListed, onChosen])
  const dialog =
    Form === null ? null : (
      <Dialog open={isOpen} title={title} onClose={() => setOpen(false)} wide className="create-in-place">
        <Form
          onSaved={(row) => {
            setOpen(false)
            setCreated(row)
          }}
          onCancel={() => setOpen(false)}
        />
      </Dialog>
    )
  return { available: Form !== null, open: () => setOpen(true), dialog }
}

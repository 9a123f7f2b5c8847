import './Notice.css'

/** The outcome of an action a panel reports under its buttons: a success text, or an error. */
export type NoticeMessage = { text: string; error: boolean }

/**
 * What happened after a button in a panel (backup made, file saved, export failed): a success note
 * (role status) or an error box (role alert); nothing while there is no message.
 */
export function Notice({ message }: { message: NoticeMessage | null }) {
  if (!message) return null
  return (
    <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-box' : 'notice'}>
      {message.text}
    </p>
  )
}

/**
 * The desktop actions files and attachments need beyond a save dialog: an open dialog, a folder
 * dialog, opening a file with its system app and showing it in the file manager. Passed into
 * createServices by src-main/index.ts; the browser harness and tests use BROWSER_FILE_DESKTOP or a fake.
 */
export type OpenDialogRequest = {
  title: string
  filters?: { name: string; extensions: string[] }[]
  multiple?: boolean
}

export type FileDesktop = {
  /** Absolute paths the user picked; [] when cancelled; 'unsupported' without native dialogs. */
  chooseOpenPaths: (request: OpenDialogRequest) => Promise<string[] | 'unsupported'>
  /** A folder the user picked; null when cancelled. */
  chooseFolder: (request: { title: string; defaultPath?: string }) => Promise<string | null | 'unsupported'>
  /** Opens a file with the system's app for its type. */
  openPath: (path: string) => Promise<'done' | 'unsupported' | { error: string }>
  /** Shows a file (or folder) selected in the system file manager. */
  showItemInFolder: (path: string) => Promise<'done' | 'unsupported'>
}

/** The browser harness has none of these; each answers 'unsupported' and the UI says so. */
export const BROWSER_FILE_DESKTOP: FileDesktop = {
  chooseOpenPaths: async () => 'unsupported',
  chooseFolder: async () => 'unsupported',
  openPath: async () => 'unsupported',
  showItemInFolder: async () => 'unsupported'
}

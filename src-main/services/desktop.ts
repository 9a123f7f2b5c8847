/**
 * The desktop port: everything the services need from the desktop shell (native dialogs, opening a
 * file with its app, showing it in the file manager). createServices takes one, so the services stay
 * free of `electron`: src-main/index.ts passes the Electron implementation, the browser harness passes
 * BROWSER_DESKTOP, tests pass a fake. Every path a service acts on comes from a dialog or from main itself.
 */

/** A file type offered in a dialog: a name and its extensions without the dot. */
export type FileFilter = { name: string; extensions: string[] }

export type SaveDialogRequest = {
  title: string
  defaultName: string
  filters: FileFilter[]
}

export type OpenDialogRequest = {
  title: string
  filters?: FileFilter[]
  multiple?: boolean
}

export type FolderDialogRequest = {
  title: string
  defaultPath?: string
}

export type Desktop = {
  /**
   * Asks the user where to save a file: the chosen absolute path, null when the user cancelled, or
   * 'unsupported' where there is no native dialog (the browser harness: the renderer downloads instead).
   */
  chooseSavePath: (request: SaveDialogRequest) => Promise<string | null | 'unsupported'>
  /** Absolute paths the user picked; [] when cancelled; 'unsupported' without native dialogs. */
  chooseOpenPaths: (request: OpenDialogRequest) => Promise<string[] | 'unsupported'>
  /** A folder the user picked; null when cancelled. */
  chooseFolder: (request: FolderDialogRequest) => Promise<string | null | 'unsupported'>
  /** Opens a file with the system's app for its type. */
  openPath: (path: string) => Promise<'done' | 'unsupported' | { error: string }>
  /** Shows a file (or folder) selected in the system file manager. */
  showItemInFolder: (path: string) => Promise<'done' | 'unsupported'>
}

/** The browser harness has no native dialogs and no shell: every action answers 'unsupported' and the UI says so. */
export const BROWSER_DESKTOP: Desktop = {
  chooseSavePath: async () => 'unsupported',
  chooseOpenPaths: async () => 'unsupported',
  chooseFolder: async () => 'unsupported',
  openPath: async () => 'unsupported',
  showItemInFolder: async () => 'unsupported'
}

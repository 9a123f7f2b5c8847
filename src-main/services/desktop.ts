/**
 * Actions only the desktop shell can do (native dialogs). createServices takes one of these, so the
 * services stay free of `electron`: src-main/index.ts passes the Electron implementation, the browser
 * harness passes BROWSER_DESKTOP, tests pass a fake.
 */

export type SaveDialogRequest = {
  title: string
  defaultName: string
  filters: { name: string; extensions: string[] }[]
}

export type Desktop = {
  /**
   * Asks the user where to save a file: the chosen absolute path, null when the user cancelled, or
   * 'unsupported' where there is no native dialog (the browser harness: the renderer downloads instead).
   */
  chooseSavePath: (request: SaveDialogRequest) => Promise<string | null | 'unsupported'>
}

/** The harness has no native dialogs: every action answers 'unsupported'. */
export const BROWSER_DESKTOP: Desktop = {
  chooseSavePath: async () => 'unsupported'
}

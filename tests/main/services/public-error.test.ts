import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { publicErrorMessage } from '@main/services/public-error'

const dataFolder = join(homedir(), '.config', 'Mätbar')

describe('services/public-error publicErrorMessage()', () => {
  it("keeps a Node file error's meaning and file name but not its folder", async () => {
    const error = await readFile(join(dataFolder, 'documents', 'abc.docx')).catch((e: unknown) => e)
    const message = publicErrorMessage(error, dataFolder)
    expect(message).toContain('ENOENT')
    expect(message).toContain('abc.docx')
    expect(message).not.toContain(dataFolder)
    expect(message).not.toContain(homedir())
  })

  it.each([
    [`cannot write ${dataFolder}/backups/x.zip`, 'cannot write (data folder)/backups/x.zip'],
    ["EACCES: permission denied, open '/var/lib/secret/file.txt'", "EACCES: permission denied, open '…'"],
    ['failed at C:\\Users\\Anna\\AppData\\Roaming\\Mätbar\\x.docx', 'failed at …'],
    ['share \\\\server\\share\\file.docx gone', 'share … gone'],
    ['The logo is larger than 5 MB', 'The logo is larger than 5 MB'],
    ['expected a/b and 1/2', 'expected a/b and 1/2']
  ])('%j becomes %j', (input, expected) => {
    expect(publicErrorMessage(new Error(input), dataFolder)).toBe(expected)
  })
})

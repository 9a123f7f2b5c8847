import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isOpenable, markOfTheWeb, mimeTypeAgrees, ZONE_IDENTIFIER } from '@main/services/attachment-safety'

describe('services/attachment-safety', () => {
  describe('isOpenable()', () => {
    it.each([
      'Offert-2026.pdf',
      'Avtal.DOCX',
      'gammal.doc',
      'budget.xlsx',
      'budget.xls',
      'bilder.pptx',
      'protokoll.odt',
      'tabell.ods',
      'anteckning.txt',
      'export.csv',
      'whiteboard.png',
      'foto.JPG',
      'foto.jpeg',
      'rörelse.gif',
      'bild.webp',
      'iphone.heic'
    ])('opens %j with its app', (name) => {
      expect(isOpenable(name)).toBe(true)
    })

    it.each([
      'Offert-2026.pdf.exe',
      'setup.EXE',
      'run.bat',
      'run.cmd',
      'app.hta',
      'genväg.lnk',
      'skript.js',
      'skript.vbs',
      'paket.msi',
      'skärm.scr',
      'start.command',
      'sida.html',
      'bild.svg',
      'makro.docm',
      'makro.xlsm',
      'arkiv.zip',
      'inställning.reg',
      'ps.ps1',
      'Offert-2026.pdf ',
      'README',
      '.pdf'
    ])('does not open %j (shown in its folder instead)', (name) => {
      expect(isOpenable(name)).toBe(false)
    })
  })

  describe('mimeTypeAgrees()', () => {
    it.each([
      ['Offert-2026.pdf', 'application/pdf'],
      ['Offert-2026.PDF', 'Application/PDF; charset=binary'],
      ['foto.jpg', 'image/jpeg'],
      ['foto.jpeg', 'image/jpeg'],
      // What Windows reports for a .csv when Excel is installed, and what browsers sometimes send.
      ['export.csv', 'application/vnd.ms-excel'],
      ['export.csv', 'text/plain'],
      ['export.csv', 'text/csv'],
      ['avtal.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      // No claim: an empty or generic type, or a type Mätbar does not know.
      ['setup.exe', ''],
      ['setup.exe', 'application/octet-stream'],
      ['setup.exe', 'application/x-msdownload'],
      ['arkiv.zip', 'application/zip'],
      ['README', 'text/plain']
    ])('%j agrees with %j', (name, type) => {
      expect(mimeTypeAgrees(name, type)).toBe(true)
    })

    it.each([
      ['Offert-2026.pdf.exe', 'application/pdf'],
      ['Offert-2026.pdf.bat', 'application/pdf'],
      ['bild.png.lnk', 'image/png'],
      ['foto.jpg.hta', 'image/jpeg'],
      ['avtal.docm', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['start.command', 'text/plain'],
      ['Offert-2026.pdf', 'image/png']
    ])('%j disagrees with %j', (name, type) => {
      expect(mimeTypeAgrees(name, type)).toBe(false)
    })
  })

  describe('markOfTheWeb()', () => {
    let dir: string
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'matbar-motw-'))
    })
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true })
    })

    it('on Windows writes the Internet zone into the Zone.Identifier stream of the file', async () => {
      const writes: [string, string][] = []
      const path = 'C:\\Users\\k\\AppData\\Roaming\\Mätbar\\attachments\\ab\\Offert-2026.pdf'
      const result = await markOfTheWeb(path, {
        platform: 'win32',
        write: async (target, content) => {
          writes.push([target, content])
        }
      })
      expect(result).toBe('marked')
      expect(writes).toEqual([[`${path}:Zone.Identifier`, '[ZoneTransfer]\r\nZoneId=3\r\nHostUrl=about:internet\r\n']])
      expect(ZONE_IDENTIFIER).toBe(writes[0]![1])
    })

    it.each(['linux', 'darwin'] as const)(
      'on %s writes nothing at all (no second file beside it)',
      async (platform) => {
        let called = false
        const result = await markOfTheWeb(join(dir, 'a.pdf'), {
          platform,
          write: async () => {
            called = true
          }
        })
        expect(result).toBe('not-windows')
        expect(called).toBe(false)
        // And with the real writer too: nothing appears in the folder.
        expect(await markOfTheWeb(join(dir, 'a.pdf'), { platform })).toBe('not-windows')
        expect(await readdir(dir)).toEqual([])
      }
    )

    it('gives back, not throws, when the file system has no alternate streams', async () => {
      const result = await markOfTheWeb('E:\\usb\\a.pdf', {
        platform: 'win32',
        write: async () => {
          throw new Error('EINVAL: invalid argument')
        }
      })
      expect(result).toEqual({ error: 'EINVAL: invalid argument' })
    })
  })
})

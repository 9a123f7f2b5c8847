import { describe, expect, it } from 'vitest'
import { folderExposure, syncServiceOf } from '@shared/synced-folder'

describe('synced-folder', () => {
  describe('syncServiceOf()', () => {
    it.each([
      ['C:\\Users\\anna\\OneDrive\\Mätbar', 'OneDrive'],
      ['C:\\Users\\anna\\OneDrive - Norrviks kommun\\Säkerhetskopior', 'OneDrive'],
      ['/Users/anna/Library/CloudStorage/OneDrive-Personal/Mätbar', 'OneDrive'],
      ['/home/anna/Dropbox/backups', 'Dropbox'],
      ['C:\\Users\\anna\\Dropbox (Personal)\\Mätbar', 'Dropbox'],
      ['/Users/anna/Google Drive/Mätbar', 'Google Drive'],
      ['G:\\My Drive\\Mätbar', 'Google Drive'],
      ['G:\\Min enhet\\Mätbar', 'Google Drive'],
      ['/Users/anna/Library/CloudStorage/GoogleDrive-anna@example.se/Min enhet', 'Google Drive'],
      ['/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/Mätbar', 'iCloud Drive'],
      ['C:\\Users\\anna\\iCloudDrive\\Mätbar', 'iCloud Drive'],
      ['/home/anna/Nextcloud/Mätbar', 'Nextcloud'],
      ['C:\\Users\\anna\\Box\\Mätbar', 'Box'],
      ['/Users/anna/Box Sync/Mätbar', 'Box'],
      ['/Users/anna/Library/CloudStorage/Box-Box/Mätbar', 'Box'],
      ['/Users/anna/Library/CloudStorage/pCloud-anna/Mätbar', 'other'],
      ['/HOME/ANNA/DROPBOX/MÄTBAR', 'Dropbox']
    ])('finds the sync client of %s', (path, service) => {
      expect(syncServiceOf(path)).toBe(service)
    })

    it.each([
      '/home/anna/.config/Mätbar/backups',
      'C:\\Users\\anna\\AppData\\Roaming\\Mätbar\\backups',
      '/home/anna/Documents/onedrivers-manual',
      '/home/anna/Dokument/Dropboxes',
      '/home/anna/boxes/Mätbar',
      '/srv/googledrives',
      '/home/anna/my drives'
    ])('finds none in %s (whole segments only)', (path) => {
      expect(syncServiceOf(path)).toBeNull()
    })
  })

  describe('folderExposure()', () => {
    it('says synced (with the client) before custom, custom for any chosen folder, nothing for the default', () => {
      expect(folderExposure('C:\\Users\\anna\\OneDrive\\Mätbar', false)).toEqual({
        kind: 'synced',
        service: 'OneDrive'
      })
      expect(folderExposure('/media/usb/Mätbar', false)).toEqual({ kind: 'custom' })
      expect(folderExposure('/home/anna/.config/Mätbar/backups', true)).toBeNull()
      // A data folder that itself lies in a synced folder still gets the warning.
      expect(folderExposure('/Users/anna/Dropbox/Mätbar/backups', true)).toEqual({ kind: 'synced', service: 'Dropbox' })
    })
  })
})

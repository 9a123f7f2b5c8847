import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MenuButton } from '@renderer/ui'

function setUp(busy = false) {
  const picked = vi.fn<(key: string) => void>()
  const items = ['xlsx', 'csv', 'zip'].map((key) => ({ key, label: `Som ${key}`, onSelect: () => picked(key) }))
  render(
    <>
      <MenuButton
        label="Exportera"
        buttonLabel="Exportera områden"
        menuLabel="Exportera områden"
        items={items}
        busy={busy}
      />
      <button type="button">Nästa</button>
    </>
  )
  return { picked, button: screen.getByRole('button', { name: 'Exportera områden' }) }
}

describe('MenuButton', () => {
  it('opens on its first item by keyboard, moves with the arrows, picks with Enter and gives the focus back', async () => {
    const user = userEvent.setup()
    const { picked, button } = setUp()
    button.focus()
    await user.keyboard('{ArrowDown}')
    expect(button.getAttribute('aria-expanded')).toBe('true')
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Som xlsx' }))
    await user.keyboard('{ArrowUp}')
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Som zip' }))
    await user.keyboard('{Home}{ArrowDown}{Enter}')
    expect(picked).toHaveBeenCalledExactlyOnceWith('csv')
    expect(screen.queryByRole('menu')).toBeNull()
    expect(document.activeElement).toBe(button)
  })

  it('closes on Escape with the focus on the button, and on a click outside', async () => {
    const user = userEvent.setup()
    const { picked, button } = setUp()
    await user.click(button)
    expect(screen.getByRole('menu', { name: 'Exportera områden' })).toBeTruthy()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('menu')).toBeNull()
    expect(document.activeElement).toBe(button)
    await user.click(button)
    await user.click(screen.getByRole('button', { name: 'Nästa' }))
    expect(screen.queryByRole('menu')).toBeNull()
    expect(picked).not.toHaveBeenCalled()
  })

  it('stays focusable but does not open while busy', async () => {
    const user = userEvent.setup()
    const { button } = setUp(true)
    expect(button.getAttribute('aria-disabled')).toBe('true')
    await user.click(button)
    button.focus()
    await user.keyboard('{ArrowDown}')
    expect(screen.queryByRole('menu')).toBeNull()
    expect(document.activeElement).toBe(button)
  })
})

import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import { LoadingPage } from '@renderer/ui'

describe('LoadingPage', () => {
  it('shows the page heading and says it is loading, inside the page wrapper', () => {
    const { container } = render(<LoadingPage className="wsf" heading="Workshop" />)
    expect(screen.getByRole('heading', { level: 1, name: 'Workshop' })).toBeTruthy()
    expect(screen.getByText('Laddar…')).toBeTruthy()
    expect(container.firstElementChild?.className).toBe('wsf')
  })
})

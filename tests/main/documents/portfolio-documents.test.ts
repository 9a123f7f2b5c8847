/** docs:sample --portfolio: any portfolio file read with the app's parser, and the documents of every engagement. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadPortfolioTables, loadSampleTables, portfolioDocuments } from '@main/documents/sample'
import type { PortfolioTables } from '@shared/portfolio-file'
import { REPO_ROOT } from '../../helpers/document-fixtures'

describe('portfolio files for docs:sample', () => {
  let dir: string
  let sampleText: string
  let tables: PortfolioTables

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matbar-portfolio-'))
    sampleText = await readFile(join(REPO_ROOT, 'resources', 'sample-portfolio.json'), 'utf8')
    tables = await loadSampleTables(REPO_ROOT)
  })

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('reads a valid portfolio file into its tables', async () => {
    const file = join(dir, 'ok.json')
    await writeFile(file, sampleText)
    expect((await loadPortfolioTables(file)).engagements.map((e) => e.id)).toEqual(tables.engagements.map((e) => e.id))
  })

  it('refuses a bad file naming the file and, for each problem, its JSON path and what is wrong', async () => {
    const data = JSON.parse(sampleText) as { tables: { areas: { title: string }[]; engagements: object[] } }
    data.tables.areas[2]!.title = ''
    delete (data.tables.engagements[1] as { title?: string }).title
    const file = join(dir, 'bad.json')
    await writeFile(file, JSON.stringify(data))
    const error = await loadPortfolioTables(file).then(
      () => null,
      (e: unknown) => (e instanceof Error ? e.message : String(e))
    )
    expect(error).toContain(file)
    expect(error).toContain('2 problems')
    expect(error).toMatch(/\$\.tables\.areas\[2\]\.title: /)
    expect(error).toMatch(/\$\.tables\.engagements\[1\]\.title: /)
  })

  it('says so when the file is not JSON or not there', async () => {
    const file = join(dir, 'broken.json')
    await writeFile(file, '{')
    await expect(loadPortfolioTables(file)).rejects.toThrow(/not a valid Mätbar portfolio file[\s\S]*\$: .*JSON/)
    await expect(loadPortfolioTables(join(dir, 'missing.json'))).rejects.toThrow(/Cannot read the portfolio file/)
  })

  it('gives every engagement its proposal, a report per workshop held by the date, and a follow-up when it has areas', () => {
    const { documents, failures } = portfolioDocuments(tables, 'sv', '2026-11-30')
    expect(failures).toEqual([])
    const of = (kind: string) => documents.filter((d) => d.kind === kind).map((d) => d.about)
    expect(of('proposal')).toEqual(tables.engagements.map((e) => e.id))
    expect(of('workshop-report')).toEqual(tables.workshops.map((w) => w.id))
    expect(of('follow-up-report')).toEqual(
      tables.engagements.filter((e) => tables.areas.some((a) => a.engagementId === e.id)).map((e) => e.id)
    )
    for (const d of documents) expect(d.model.branding.consultantName).toBe('Anders Berglund')
  })

  it('leaves out the reports of workshops not yet held at the date', () => {
    const { documents } = portfolioDocuments(tables, 'en', '2026-02-01')
    const held = tables.workshops.filter((w) => w.startsAt.slice(0, 10) <= '2026-02-01').map((w) => w.id)
    expect(documents.filter((d) => d.kind === 'workshop-report').map((d) => d.about)).toEqual(held)
    expect(documents.every((d) => d.model.language === 'en')).toBe(true)
  })

  it('lists a document it cannot assemble as a failure and still gives the others', () => {
    const broken: PortfolioTables = {
      ...tables,
      engagements: [...tables.engagements, { ...tables.engagements[0]!, id: 'eng-orphan', organisationId: 'org-none' }]
    }
    const { documents, failures } = portfolioDocuments(broken, 'sv', '2026-11-30')
    expect(failures.map((f) => [f.kind, f.about])).toContainEqual(['proposal', 'eng-orphan'])
    expect(documents.filter((d) => d.kind === 'proposal')).toHaveLength(tables.engagements.length)
  })
})

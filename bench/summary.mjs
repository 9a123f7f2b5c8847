// Prints the medians of the last `vitest bench` run (.tmp/bench-results.json) as a Markdown table, with the ratio
// of each benchmark to the fastest of its group and the machine it ran on. Paste it into README.md's Benchmarks.
import { readFileSync } from 'node:fs'
import { availableParallelism, cpus, totalmem } from 'node:os'

const file = new URL('../.tmp/bench-results.json', import.meta.url)
const report = JSON.parse(readFileSync(file, 'utf8'))

/** Milliseconds as a short human figure: µs below 1 ms, s from 1 s. */
function duration(ms) {
  if (ms < 1) return `${(ms * 1000).toPrecision(3)} µs`
  if (ms >= 1000) return `${(ms / 1000).toPrecision(3)} s`
  return `${ms.toPrecision(3)} ms`
}

const lines = ['| Group | Benchmark | Median | Samples | × fastest in group |', '|---|---|---:|---:|---:|']
for (const f of report.files) {
  for (const group of f.groups) {
    const fastest = Math.min(...group.benchmarks.map((b) => b.median))
    // fullName may start with the file's path; the group's own name is enough in the table.
    const groupName = group.fullName.replace(/^.*\.bench\.ts > /, '')
    for (const b of group.benchmarks) {
      const ratio = b.median / fastest
      lines.push(
        `| ${groupName} | ${b.name} | ${duration(b.median)} | ${b.sampleCount} | ${ratio.toFixed(ratio < 10 ? 2 : 0)} |`
      )
    }
  }
}
const cpu = cpus()[0]?.model ?? 'unknown CPU'
console.log(
  `\nMedians (${new Date().toISOString().slice(0, 10)}): ${availableParallelism()} cores, ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}\n`
)
console.log(lines.join('\n'))

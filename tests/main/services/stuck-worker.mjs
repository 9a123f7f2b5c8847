// A worker that never answers and never yields: stands in for an archive reader stuck in one long
// synchronous step, so a test can see readArchive terminate it at the time budget.
import { parentPort } from 'node:worker_threads'

parentPort.once('message', () => {
  for (;;);
})

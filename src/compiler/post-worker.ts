// Worker thread for parallel.ts: compiles chunks of posts it is sent, reading the files itself.
import { parentPort } from 'node:worker_threads';
import { compileFile, type FileJob, type WorkerReply, type WorkerRequest } from './parallel';

const port = parentPort;
if (port) {
  port.on('message', (msg: WorkerRequest) => {
    const results: WorkerReply['results'] = msg.jobs.map((job: FileJob) => [job.index, compileFile(job)]);
    port.postMessage({ chunk: msg.chunk, results } satisfies WorkerReply);
  });
  port.postMessage('ready');
}

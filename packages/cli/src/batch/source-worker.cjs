// Entry point of a worker thread started from the TypeScript sources (tests,
// `tsx src/bin.ts`). Node refuses a .ts file as a worker's entry point, and in a
// worker thread tsx hooks require() but not import, so this plain script
// requires the worker module named by workerData.
const { workerData } = require("node:worker_threads");

require(workerData);

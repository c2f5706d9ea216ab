// One table's publication a turn of the event loop.
//
// The embedded store saves the writes of many tables in one group commit, and its answer resolves
// them all at once: every table's projection and patch (about 0.7 ms each under 100 × 8 × 1/s) then
// ran back to back in one turn, without reading a socket. `takeTurn()` queues the caller and resolves
// one waiter per turn of the event loop, so sockets are read and timers run between two tables'
// patches. It is the process's event loop that is shared, so the queue is the process's: it holds
// nothing but the waiters.

const waiting: (() => void)[] = [];
let armed = false;

/** Resolves in a turn of the event loop of its own, after the waiters before it, one per turn. */
export function takeTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    arm();
  });
}

function arm(): void {
  if (armed || waiting.length === 0) return;
  armed = true;
  // An immediate set while the immediates run waits for the next turn, after the poll for I/O.
  setImmediate(next);
}

function next(): void {
  armed = false;
  const resolve = waiting.shift();
  arm();
  resolve?.();
}

/**
 * Runs an async step one at a time: a call while it runs asks for one more run after it, so a
 * burst of calls (three storage changes from one poll) costs two runs, never overlapping ones
 * that could finish in the wrong order.
 */
export function coalesced(name: string, step: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return function run(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await step();
        } while (again);
      } catch (error) {
        console.error(`${name} failed`, error);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}

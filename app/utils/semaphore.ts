/**
 * A counting semaphore with a bounded queue, for work that must not run many at once
 * (image transforms, PDF renders): what waits beyond the queue is refused at once, so a
 * burst costs memory for `maxQueue` promises and no more, and pages keep their share of
 * the CPU and of libuv's thread pool.
 */
export class QueueFullError extends Error {
  constructor() {
    super("Too many requests are waiting for this resource");
    this.name = "QueueFullError";
  }
}

export class Semaphore {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly limit: number,
    private readonly maxQueue = Infinity,
  ) {}

  /** Runs `task` when a slot is free; rejects with QueueFullError when the queue is full. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) {
      if (this.waiting.length >= this.maxQueue) throw new QueueFullError();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await task();
    } finally {
      // The slot passes straight to the next waiter, so `running` counts it already.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}

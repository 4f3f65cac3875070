// The bounded semaphore that queues image transforms and PDF renders: never more than its limit at once, and refusal beyond the queue.
import { describe, expect, it } from "vitest";
import { QueueFullError, Semaphore } from "~/utils/semaphore";

describe("Semaphore", () => {
  it("runs at most `limit` tasks at once and the rest in order", async () => {
    const semaphore = new Semaphore(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const task = (n: number) => async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push(n);
      running -= 1;
      return n;
    };
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => semaphore.run(task(n))));
    expect(results).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
    expect(order.slice(2)).toEqual([3, 4, 5]);
  });

  it("refuses what the queue cannot hold, and frees the slot when a task fails", async () => {
    const semaphore = new Semaphore(1, 1);
    let release!: () => void;
    const first = semaphore.run(() => new Promise<void>((resolve) => (release = resolve)));
    const queued = semaphore.run(async () => "queued");
    await expect(semaphore.run(async () => "refused")).rejects.toBeInstanceOf(QueueFullError);
    release();
    await first;
    expect(await queued).toBe("queued");
    await expect(semaphore.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await semaphore.run(async () => "after")).toBe("after");
  });
});

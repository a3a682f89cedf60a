// Appends to one stream through one store run one at a time, in call order, so that each sees the
// outcome of the ones called before it (the port's promise). KurrentDB has no multi-stream atomic
// append, so its adapter coalesces nothing; it only keeps this order.
export class StreamOrder {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(streamId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(streamId) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(streamId, tail);
    void tail.then(() => {
      if (this.tails.get(streamId) === tail) this.tails.delete(streamId);
    });
    return result;
  }
}

import type { PublishedVersion } from "../db/snapshot.js";

/**
 * Published versions never change, so once read they are kept by id. A small LRU: the
 * map's insertion order is the recency order.
 */
export class VersionCache {
  private readonly entries = new Map<string, PublishedVersion>();

  constructor(private readonly capacity = 256) {}

  get(id: string): PublishedVersion | undefined {
    const hit = this.entries.get(id);
    if (hit) {
      this.entries.delete(id);
      this.entries.set(id, hit);
    }
    return hit;
  }

  set(version: PublishedVersion): void {
    this.entries.delete(version.id);
    this.entries.set(version.id, version);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}

/**
 * A value read from the database and kept while `isLive` says changes to it are being
 * followed; `forget` drops it (called on every change notification). A read that started
 * before a `forget` is answered to those already waiting, never to later callers.
 */
export class FollowedValue<T> {
  private value: Promise<T> | null = null;
  private isLive: () => boolean = () => false;

  constructor(private readonly read: () => Promise<T>) {}

  /** From now on, keep the value while `isLive()` (the notifications are arriving). */
  follow(isLive: () => boolean): void {
    this.isLive = isLive;
    this.forget();
  }

  forget(): void {
    this.value = null;
  }

  get(): Promise<T> {
    if (!this.isLive()) return this.read();
    if (!this.value) {
      // `forget` replaces it, so a read that a change overtakes is never served afterwards.
      const reading = this.read();
      this.value = reading;
      reading.catch(() => {
        if (this.value === reading) this.value = null;
      });
    }
    return this.value;
  }
}

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

import { eventCount, type EventLog } from "@kaart/analytics";

/**
 * Parsed logs kept in memory, least recently used first out, bounded by their total events (a
 * log's memory grows with its events, not its file size). A log larger than the bound is still
 * returned, just not kept. Concurrent loads of one log share a single read.
 */
export class ParsedLogCache {
  private readonly logs = new Map<string, EventLog>();
  private readonly loading = new Map<string, Promise<EventLog>>();
  private held = 0;

  constructor(readonly maxEvents: number) {}

  async get(key: string, load: () => Promise<EventLog>): Promise<EventLog> {
    const hit = this.logs.get(key);
    if (hit) {
      this.logs.delete(key);
      this.logs.set(key, hit);
      return hit;
    }
    const pending = this.loading.get(key);
    if (pending) return pending;
    const started = load().finally(() => this.loading.delete(key));
    this.loading.set(key, started);
    const log = await started;
    this.keep(key, log);
    return log;
  }

  forget(key: string): void {
    const log = this.logs.get(key);
    if (!log) return;
    this.logs.delete(key);
    this.held -= eventCount(log);
  }

  /** Events held now; never above `maxEvents`. */
  get events(): number {
    return this.held;
  }

  has(key: string): boolean {
    return this.logs.has(key);
  }

  private keep(key: string, log: EventLog): void {
    const size = eventCount(log);
    if (size > this.maxEvents || this.logs.has(key)) return;
    for (const [oldest, old] of this.logs) {
      if (this.held + size <= this.maxEvents) break;
      this.logs.delete(oldest);
      this.held -= eventCount(old);
    }
    this.logs.set(key, log);
    this.held += size;
  }
}

/**
 * A one-line progress bar on stderr for long imports, redrawn at most every `intervalMs`
 * (time injected). Only used on a terminal and for inputs large enough to be worth it.
 */
export function progressBar(stderr: { write(s: string): unknown }, now: () => number, intervalMs = 200) {
  let last = -Infinity;
  let drawn = false;
  return {
    update(read: number, total: number): void {
      const t = now();
      if (t - last < intervalMs || total <= 0) return;
      last = t;
      drawn = true;
      const share = Math.min(1, read / total);
      const width = 30;
      const filled = Math.round(share * width);
      stderr.write(`\rreading [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${Math.round(share * 100)}% of ${megabytes(total)}`);
    },
    done(): void {
      if (drawn) stderr.write("\r\u001b[2K");
    },
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

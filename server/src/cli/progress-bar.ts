/** A one-line progress bar on a terminal (redrawn in place), or a line per tenth when the output is a file or pipe. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  const start = Date.now();
  let lastTenth = -1;
  return (done: number, total: number, detail: string) => {
    const share = total === 0 ? 1 : done / total;
    const elapsed = (Date.now() - start) / 1000;
    const eta = share > 0 && share < 1 ? ` · sisa ±${duration((elapsed / share) * (1 - share))}` : "";
    const text = `${Math.floor(share * 100)}% ${done}/${total} · ${detail} · ${duration(elapsed)}${eta}`;
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      stream.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${text}\x1b[K${done >= total ? "\n" : ""}`);
      return;
    }
    const tenth = Math.floor(share * 10);
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      stream.write(`${text}\n`);
    }
  };
}

export function duration(seconds: number): string {
  const s = Math.round(seconds);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
}

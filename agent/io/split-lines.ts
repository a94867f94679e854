/**
 * Splits a byte stream into lines (LF-terminated; a CR before the LF stays in
 * the line) as binary strings, in batches of one read chunk. Lines longer than
 * `maxLineBytes` are cut there and the rest of the line is discarded and
 * counted, so one unterminated gigabyte cannot exhaust memory.
 */
export interface SplitResult {
  lines: number;
  cutLines: number;
}

export async function splitLines(
  stream: AsyncIterable<unknown> | NodeJS.ReadableStream,
  maxLineBytes: number,
  onBatch: (lines: string[], finalNewline: boolean) => Promise<void>,
): Promise<SplitResult> {
  let carry: string[] = [];
  let carryLength = 0;
  let skipping = false;
  let total = 0;
  let cutLines = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const text = typeof chunk === 'string' ? chunk : chunk.toString('latin1');
    const batch: string[] = [];
    let from = 0;
    for (;;) {
      const nl = text.indexOf('\n', from);
      if (nl < 0) break;
      if (skipping) {
        skipping = false;
      } else {
        let piece = text.slice(from, nl);
        if (carryLength > 0) {
          carry.push(piece);
          piece = carry.join('');
          carry = [];
          carryLength = 0;
        }
        if (piece.length > maxLineBytes) {
          piece = piece.slice(0, maxLineBytes);
          cutLines++;
        }
        batch.push(piece);
      }
      from = nl + 1;
    }
    if (from < text.length && !skipping) {
      const rest = text.slice(from);
      carry.push(rest);
      carryLength += rest.length;
      if (carryLength > maxLineBytes) {
        // Keep the first maxLineBytes, drop the rest of this line as it arrives.
        const joined = carry.join('').slice(0, maxLineBytes);
        batch.push(joined);
        cutLines++;
        carry = [];
        carryLength = 0;
        skipping = true;
      }
    }
    total += batch.length;
    if (batch.length) await onBatch(batch, true);
  }
  if (carryLength > 0) {
    total++;
    await onBatch([carry.join('')], false);
  }
  return { lines: total, cutLines };
}

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

/**
 * Like splitLines, but hands over each read chunk's complete lines as one block of
 * bytes, LF-terminated as they came (CRs included), instead of one string per line:
 * the sanitizer works on the block (`Sanitizer.sanitizeBytes`) and it is written back
 * in one piece, so a line costs no string of its own on either side. Lines longer
 * than `maxLineBytes` are cut as splitLines cuts them. The last block has no final LF
 * when the input had none (`finalNewline` false).
 *
 * Most of a chunk is handed over as it is (a view of it): only the line that continues
 * from the previous chunk is joined by copying, and lines are checked one by one
 * against `maxLineBytes` only when a chunk is longer than it (then no line inside the
 * chunk can be).
 */
export async function splitLineBlocks(
  stream: AsyncIterable<unknown> | NodeJS.ReadableStream,
  maxLineBytes: number,
  onBlock: (block: Buffer, finalNewline: boolean) => Promise<void>,
): Promise<{ cutLines: number }> {
  let carry: Buffer[] = [];
  let carryLength = 0;
  let skipping = false;
  let cutLines = 0;
  /** The first maxLineBytes of the carried line, which is then forgotten. */
  const takeCarry = (): Buffer => {
    const joined = carry.length === 1 ? (carry[0] as Buffer) : Buffer.concat(carry, carryLength);
    carry = [];
    carryLength = 0;
    if (joined.length <= maxLineBytes) return joined;
    cutLines++;
    return joined.subarray(0, maxLineBytes);
  };
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    const parts: Buffer[] = [];
    let from = 0;
    if (skipping || carryLength > 0) {
      // The first line continues the previous chunk's last one, or is the rest of a cut line.
      const nl = buf.indexOf(10);
      if (nl >= 0) {
        if (skipping) {
          skipping = false;
        } else {
          carry.push(buf.subarray(0, nl));
          carryLength += nl;
          parts.push(takeCarry(), LF);
        }
        from = nl + 1;
      }
      // No LF in the chunk: all of it goes to the carry (or is skipped) below.
    }
    const lastNl = buf.lastIndexOf(10);
    if (lastNl >= from) {
      if (lastNl + 1 - from <= maxLineBytes) {
        parts.push(buf.subarray(from, lastNl + 1));
      } else {
        // A small --max-line-bytes: check each line.
        for (let at = from; at <= lastNl; ) {
          const nl = buf.indexOf(10, at);
          if (nl - at > maxLineBytes) cutLines++;
          parts.push(buf.subarray(at, Math.min(nl, at + maxLineBytes)), LF);
          at = nl + 1;
        }
      }
      from = lastNl + 1;
    }
    if (from < buf.length && !skipping) {
      carry.push(buf.subarray(from));
      carryLength += buf.length - from;
      if (carryLength > maxLineBytes) {
        // Keep the first maxLineBytes, drop the rest of this line as it arrives.
        parts.push(takeCarry(), LF);
        skipping = true;
      }
    }
    if (parts.length > 0) await onBlock(parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts), true);
  }
  if (carryLength > 0) await onBlock(takeCarry(), false);
  return { cutLines };
}

const LF = Buffer.from('\n');

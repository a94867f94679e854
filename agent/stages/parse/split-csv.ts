/**
 * CSV records of PAN-OS and pfSense `filterlog` (RFC 4180 quoting): a field
 * in double quotes may hold commas, and `""` inside it is one quote
 * (`"OS 10 Pro , 64-bit"`). An unterminated quote runs to the end of the line;
 * text after a closing quote, up to the next comma, is kept in the field.
 * A trailing comma gives a last, empty field.
 */

const QUOTE = 0x22;

/** Upper bound on columns taken from one line: PAN-OS has ~120, nothing legitimate has 1024. */
export const MAX_COLUMNS = 1024;

/** "0".."1023", so that naming columns by index does not build a string per field. */
export const COLUMN_KEYS: readonly string[] = Array.from({ length: MAX_COLUMNS }, (_, i) => String(i));

/** Splits [p, end) into at most `max` fields. */
export function splitCsv(line: string, p: number, end: number, max: number): string[] {
  const cols: string[] = [];
  let q = p;
  while (cols.length < max) {
    if (q < end && line.charCodeAt(q) === QUOTE) {
      let k = q + 1;
      let doubled = false;
      while (k < end) {
        if (line.charCodeAt(k) === QUOTE) {
          if (k + 1 < end && line.charCodeAt(k + 1) === QUOTE) {
            doubled = true;
            k += 2;
            continue;
          }
          break;
        }
        k++;
      }
      let value = line.slice(q + 1, k);
      if (doubled) value = value.replaceAll('""', '"');
      k = k < end ? k + 1 : end;
      let comma = line.indexOf(',', k);
      if (comma < 0 || comma > end) comma = end;
      if (comma > k) value += line.slice(k, comma);
      cols.push(value);
      q = comma;
    } else {
      let comma = line.indexOf(',', q);
      if (comma < 0 || comma > end) comma = end;
      cols.push(line.slice(q, comma));
      q = comma;
    }
    if (q >= end) break;
    q++;
    if (q >= end) {
      if (cols.length < max) cols.push('');
      break;
    }
  }
  return cols;
}

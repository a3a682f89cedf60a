// A Word file is a zip, and the zip writer (inside docx) stamps every entry with the time it runs:
// two downloads of one edition would differ by those bytes alone. This sets every entry's
// modification time to one instant (the edition's publication), in place; the entries' contents
// and checksums are untouched (a zip's CRC covers the uncompressed data only).

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const SHANGHAI_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** MS-DOS date and time, as zip headers keep them: local (here Shanghai) time to two seconds. */
function dosDateTime(at: Date): { date: number; time: number } {
  const p = Object.fromEntries(SHANGHAI_PARTS.formatToParts(at).map((part) => [part.type, Number(part.value)]));
  const [year, month, day, hour, minute, second] = [p['year'], p['month'], p['day'], p['hour'], p['minute'], p['second']].map((n) => n ?? 0) as [number, number, number, number, number, number];
  return { date: ((year - 1980) << 9) | (month << 5) | day, time: (hour << 11) | (minute << 5) | (second >> 1) };
}

/** `zip` with every entry dated `at` (a new buffer). Throws on anything but a plain single-disk zip, as docx writes. */
export function withFixedZipTimes(zip: Buffer, at: Date): Buffer {
  const out = Buffer.from(zip);
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || out.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) throw new Error('not a zip file: no end of central directory');
  const entries = out.readUInt16LE(end + 10);
  const { date, time } = dosDateTime(at);
  let offset = out.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i += 1) {
    if (out.readUInt32LE(offset) !== CENTRAL_HEADER) throw new Error(`zip entry ${i}: no central directory header`);
    out.writeUInt16LE(time, offset + 12);
    out.writeUInt16LE(date, offset + 14);
    const local = out.readUInt32LE(offset + 42);
    if (out.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`zip entry ${i}: no local header`);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    offset += 46 + out.readUInt16LE(offset + 28) + out.readUInt16LE(offset + 30) + out.readUInt16LE(offset + 32);
  }
  return out;
}

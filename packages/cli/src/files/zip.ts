// Packets are zips that must come out byte for byte the same for the same
// input: entries sorted by name, every timestamp derived from the issue date,
// fixed attributes, and no extra fields.
import { zipSync, type ZipOptions, type Zippable } from "fflate";

export type ZipEntry = { readonly path: string; readonly bytes: Uint8Array };

// Already compressed formats are stored; deflating them again costs time and gains nothing.
const storedExtensions = new Set(["pdf", "docx", "zip", "png", "jpg"]);
// Unix, regular file, rw-r--r--, so unzip restores ordinary permissions.
const unixFileAttributes = 0o100644 * 2 ** 16;

/**
 * The zip's modification time for every entry. fflate writes DOS times from
 * the local-time fields of a Date, so the Date is built from local fields too:
 * the stamp is the issue date at noon whatever the machine's time zone. Noon,
 * because midnight does not exist on some zones' switch days. DOS times cover
 * 1980 to 2107 (fflate: 2099); dates outside are clamped.
 */
export function zipTimestamp(isoDate: string): Date {
  const [year = 1980, month = 1, day = 1] = isoDate.split("-").map(Number);
  if (year < 1980) return new Date(1980, 0, 1, 12, 0, 0);
  if (year > 2099) return new Date(2099, 11, 31, 12, 0, 0);
  return new Date(year, month - 1, day, 12, 0, 0);
}

/** A zip of the entries, sorted by path; the same entries and date give the same bytes. */
export function deterministicZip(entries: readonly ZipEntry[], isoDate: string): Uint8Array {
  const mtime = zipTimestamp(isoDate);
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const tree: Zippable = {};
  for (const entry of sorted) {
    if (Object.hasOwn(tree, entry.path)) throw new Error(`zip: duplicate entry ${entry.path}`);
    const extension = entry.path.slice(entry.path.lastIndexOf(".") + 1);
    const options: ZipOptions = {
      level: storedExtensions.has(extension) ? 0 : 6,
      mtime,
      os: 3,
      attrs: unixFileAttributes,
    };
    tree[entry.path] = [entry.bytes, options];
  }
  return zipSync(tree);
}

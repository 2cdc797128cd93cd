// Same input, same bytes. docx zips with the current time, stamps core.xml with
// the current time and gives hyperlink relationships random ids. This zips the
// package's files with entries in a fixed order, a fixed time from the issue
// date, a fixed compression level, issue-date metadata and derived ids.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

/** A package's files by path: XML parts as text, media as bytes. */
export type PackageFiles = ReadonlyMap<string, string | Uint8Array>;

const first = ["[Content_Types].xml", "_rels/.rels"];

/** [Content_Types].xml first, as Word expects, then the package's root rels, then by path. */
function packageOrder(a: string, b: string): number {
  const rank = (path: string) => (first.includes(path) ? first.indexOf(path) : first.length);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function issueDate(issuedOn: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(issuedOn);
  if (match === null)
    throw new Error(`render-docx: meta.issuedOn is not an ISO date: "${issuedOn}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * fflate writes DOS times from the local-time fields of a Date, so the Date is
 * built from local fields too: the bytes then do not depend on the time zone.
 * Zip times only go from 1980 to 2107.
 */
function zipTime(issuedOn: string): Date {
  const { year, month, day } = issueDate(issuedOn);
  return new Date(Math.min(Math.max(year, 1980), 2099), month - 1, day, 12, 0, 0);
}

/** Maps each random relationship id (anything but rId<number>) to rIdL1, rIdL2, ... in package order. */
function derivedIds(paths: readonly string[], files: PackageFiles): Map<string, string> {
  const ids = new Map<string, string>();
  for (const path of paths) {
    const text = files.get(path);
    if (!path.endsWith(".rels") || typeof text !== "string") continue;
    for (const match of text.matchAll(/\bId="([^"]+)"/g)) {
      const id = match[1] ?? "";
      if (!/^rId\d+$/.test(id) && !ids.has(id)) ids.set(id, `rIdL${ids.size + 1}`);
    }
  }
  return ids;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One pass over each part, whatever the number of ids (documents have many links). */
function idReplacer(ids: ReadonlyMap<string, string>): (text: string) => string {
  if (ids.size === 0) return (text) => text;
  const pattern = new RegExp(`"(${[...ids.keys()].map(escapeRegExp).join("|")})"`, "g");
  return (text) => text.replace(pattern, (_, id: string) => `"${ids.get(id) ?? id}"`);
}

function stampCore(text: string, issuedOn: string): string {
  const stamp = `${issuedOn}T00:00:00Z`;
  return text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`);
}

/** The DOCX bytes of a package's files, normalised as above. */
export function zipPackage(files: PackageFiles, issuedOn: string): Uint8Array {
  const mtime = zipTime(issuedOn);
  const paths = [...files.keys()].sort(packageOrder);
  const replaceIds = idReplacer(derivedIds(paths, files));
  const entries: Zippable = {};
  for (const path of paths) {
    const data = files.get(path) ?? new Uint8Array();
    let bytes = data;
    if (typeof data === "string") {
      const text = replaceIds(data);
      bytes = strToU8(path === "docProps/core.xml" ? stampCore(text, issuedOn) : text);
    }
    entries[path] = [bytes as Uint8Array, { level: 6, mtime }];
  }
  return zipSync(entries, { level: 6, mtime });
}

/** The same for a zip docx has already written: its parts are read back first. */
export function normaliseZip(packed: Uint8Array, issuedOn: string): Uint8Array {
  const files = new Map<string, string | Uint8Array>();
  for (const [path, data] of Object.entries(unzipSync(packed))) {
    files.set(path, /\.(xml|rels)$/.test(path) ? strFromU8(data) : data);
  }
  return zipPackage(files, issuedOn);
}

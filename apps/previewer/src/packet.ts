// The whole packet as one zip: every document in every format, the engagement as
// typed, and a manifest. Same input, same bytes: entries are sorted and carry the
// issue date as their time, never the clock.
import type { DocumentKind } from "@clausework/model";
import type { ExportFile } from "./pipeline-protocol.js";

export type PacketEntry = ExportFile & {
  readonly document?: DocumentKind;
  readonly format: string;
};

export type Manifest = {
  readonly engagement: string;
  readonly issuedOn: string;
  readonly files: readonly {
    name: string;
    document?: DocumentKind;
    format: string;
    bytes: number;
  }[];
};

export function packetManifest(
  engagement: string,
  issuedOn: string,
  entries: readonly PacketEntry[],
): Manifest {
  const files = [...entries]
    .sort((a, b) => compareNames(a.name, b.name))
    .map(({ name, document, format, bytes }) =>
      document === undefined
        ? { name, format, bytes: bytes.length }
        : { name, document, format, bytes: bytes.length },
    );
  return { engagement, issuedOn, files };
}

/** Code-unit order, so the zip does not depend on the browser's locale. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Noon on the issue date: a zip stores local time, and noon stays on the same day everywhere. */
function entryTime(issuedOn: string): Date {
  const [year = 1980, month = 1, day = 1] = issuedOn.split("-").map(Number);
  return new Date(year, month - 1, day, 12, 0, 0);
}

/** The zip's bytes: the entries plus manifest.json, sorted by name. */
export async function buildPacket(
  engagement: string,
  issuedOn: string,
  entries: readonly PacketEntry[],
): Promise<Uint8Array> {
  const { zipSync, strToU8 } = await import("fflate");
  const manifest = packetManifest(engagement, issuedOn, entries);
  const all: ExportFile[] = [
    ...entries,
    { name: "manifest.json", bytes: strToU8(`${JSON.stringify(manifest, null, 2)}\n`) },
  ].sort((a, b) => compareNames(a.name, b.name));
  const mtime = entryTime(issuedOn);
  return zipSync(Object.fromEntries(all.map((file) => [file.name, file.bytes])), {
    mtime,
    level: 6,
  });
}

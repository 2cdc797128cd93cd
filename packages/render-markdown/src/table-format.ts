// GFM pipe tables, padded so the columns line up in the source. Cells arrive
// already escaped (pipes included), so this only lays them out.
import type { Alignment } from "@clausework/model";

const width = (cell: string): number => [...cell].length;

function pad(cell: string, size: number, align: Alignment): string {
  const gap = size - width(cell);
  if (align === "right") return " ".repeat(gap) + cell;
  if (align === "center") {
    const left = Math.floor(gap / 2);
    return " ".repeat(left) + cell + " ".repeat(gap - left);
  }
  return cell + " ".repeat(gap);
}

function delimiter(size: number, align: Alignment): string {
  if (align === "center") return `:${"-".repeat(size - 2)}:`;
  if (align === "right") return `${"-".repeat(size - 1)}:`;
  return `:${"-".repeat(size - 1)}`;
}

/**
 * Header, delimiter row and body. Rows with more cells than headers get empty headers
 * (GFM would drop the extra cells); shorter rows are filled with empty cells.
 */
export function formatTable(
  headers: readonly string[],
  aligns: readonly Alignment[],
  rows: readonly (readonly string[])[],
): string {
  const count = Math.max(headers.length, ...rows.map((row) => row.length));
  if (count === 0) return "";
  const columns = Array.from({ length: count }, (_, index) => index);
  const cell = (row: readonly string[], index: number): string => row[index] ?? "";
  const sizes = columns.map((index) =>
    Math.max(3, width(cell(headers, index)), ...rows.map((row) => width(cell(row, index)))),
  );
  const align = (index: number): Alignment => aligns[index] ?? "left";
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  return [
    line(columns.map((index) => pad(cell(headers, index), sizes[index] ?? 3, align(index)))),
    line(columns.map((index) => delimiter(sizes[index] ?? 3, align(index)))),
    ...rows.map((row) =>
      line(columns.map((index) => pad(cell(row, index), sizes[index] ?? 3, align(index)))),
    ),
  ].join("\n");
}

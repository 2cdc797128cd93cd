// "did you mean …?" for a misspelt field: the same name in other letter case, a
// name that begins the other ("percentage" for "percent"), or the closest name
// within two edits (a swap of two neighbours is one: "titel" for "title").

function distance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, index) => index)];
  const at = (i: number, j: number) => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    rows.push(row);
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The candidate `name` was most likely meant to be, if one is close enough. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const sameLetters = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (sameLetters !== undefined) return sameLetters;
  const prefix = candidates.find((candidate) => {
    const other = candidate.toLowerCase();
    return (
      Math.min(other.length, lower.length) >= 4 &&
      (other.startsWith(lower) || lower.startsWith(other))
    );
  });
  if (prefix !== undefined) return prefix;
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.floor(name.length / 3));
  for (const candidate of candidates) {
    // Cheap first: names of very different lengths are never close (and a long one would be slow).
    if (Math.abs(candidate.length - name.length) > bestDistance) continue;
    const candidateDistance = distance(lower, candidate.toLowerCase());
    if (
      candidateDistance <= bestDistance &&
      (best === undefined || candidateDistance < bestDistance)
    ) {
      best = candidate;
      bestDistance = candidateDistance;
    }
  }
  return best;
}

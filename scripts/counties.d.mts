/** Writes `count` synthetic county files into `dir` (emptied first); returns their paths. */
export function generateCounties(
  dir: string,
  count: number,
  seedFile: string,
  options?: { projects?: boolean },
): string[];

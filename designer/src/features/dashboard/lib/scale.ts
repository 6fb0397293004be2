/** A "nice" axis maximum at or above `value` (1, 2, 5 × 10ⁿ), so ticks fall on round numbers. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

/** Three ticks from zero to the maximum: 0, half, max (rounded for counts). */
export const ticks = (max: number) => [0, max / 2, max];

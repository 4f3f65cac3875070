/** Figures of an industrial park as the pages show them (no server imports: shared by the list and the detail). */

export interface ParkFigures {
  areaHa?: number | null;
  occupancyPercent?: number | null;
  availableHa?: number | null;
}

/**
 * Land still available: the published figure, else area × (1 − occupancy) marked as
 * calculated (the reader must know it is ours, not the source's), else unknown.
 */
export function availableLand(p: ParkFigures): { value: number; calculated: boolean } | null {
  if (p.availableHa != null) return { value: p.availableHa, calculated: false };
  if (p.areaHa != null && p.occupancyPercent != null) {
    return { value: Math.round(p.areaHa * (100 - p.occupancyPercent)) / 100, calculated: true };
  }
  return null;
}

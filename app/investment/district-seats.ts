/**
 * Where to put a park or an opportunity on a map when it has no position of its own:
 * the seat of its district or town (2020–2024 units), as app/geo/hau-giang-places.geojson
 * gives it (GeoNames points via Who's On First). The map page and the GeoJSON download
 * both read this table; tests/unit/investment-map.test.ts holds it to that file and
 * checks that each seat lies in its own district's polygon.
 *
 * Phụng Hiệp's seat (Cây Dương) is not in the file: the map anchors such a document
 * under the district's label, and the GeoJSON download gives it no geometry rather than
 * a guessed one.
 */
import type { District } from "~/content/vocabulary";

export const PLACES_ATTRIBUTION = "GeoNames (www.geonames.org), CC BY 4.0";

export interface DistrictSeat {
  /** `name_vi` of the point in the places file. */
  name: string;
  geonamesId: number;
  /** [longitude, latitude], as GeoJSON writes them. */
  coordinates: readonly [number, number];
}

export const DISTRICT_SEATS: Partial<Record<District, DistrictSeat>> = {
  viThanh: { name: "Vị Thanh", geonamesId: 1562538, coordinates: [105.47012, 9.78449] },
  ngaBay: { name: "Ngã Bảy", geonamesId: 9534547, coordinates: [105.82096, 9.81371] },
  // Long Mỹ town's centre: the boundary file has one polygon for the town and the district.
  longMy: { name: "Long Mỹ", geonamesId: 1575703, coordinates: [105.57226, 9.68141] },
  chauThanh: { name: "Ngã Sáu", geonamesId: 9534553, coordinates: [105.80542, 9.92303] },
  chauThanhA: { name: "Một Ngàn", geonamesId: 9534559, coordinates: [105.62964, 9.92402] },
  viThuy: { name: "Nàng Mau", geonamesId: 9534523, coordinates: [105.53448, 9.75129] },
};

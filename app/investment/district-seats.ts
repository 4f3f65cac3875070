/**
 * Where to put an opportunity on a map when it has no position of its own: the seat of
 * its district or town (2020–2024 units). Copied from /work/shared/geo/hau-giang-places.geojson
 * (GeoNames points via Who's On First). Phụng Hiệp's seat is not in that file, so an
 * opportunity there without a point has no geometry rather than a guessed one.
 */
import type { LocationKey } from "./opportunity-filters";

export const PLACES_ATTRIBUTION = "GeoNames (www.geonames.org), CC BY 4.0";

/** [longitude, latitude], as GeoJSON writes them. */
export const DISTRICT_SEATS: Partial<Record<LocationKey, readonly [number, number]>> = {
  viThanh: [105.47012, 9.78449], // Vị Thanh, GeoNames 1562538
  ngaBay: [105.82096, 9.81371], // Ngã Bảy, GeoNames 9534547
  longMy: [105.57226, 9.68141], // Long Mỹ, GeoNames 1575703
  chauThanh: [105.80542, 9.92303], // Ngã Sáu, GeoNames 9534553
  chauThanhA: [105.62964, 9.92402], // Một Ngàn, GeoNames 9534559
  viThuy: [105.53448, 9.75129], // Nàng Mau, GeoNames 9534523
};

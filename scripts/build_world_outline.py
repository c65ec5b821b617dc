"""Derive the dashboard's world outline (an SVG path) from Natural Earth land polygons.

The source is ``land-110m.json`` of the npm package ``world-atlas`` 2.0.2 (ISC licence; the
geometry is Natural Earth 1:110m land, public domain). Fetch it once with npm, then run:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_world_outline.py package/land-110m.json

It writes ``src/sitrep/api/static/world.svg``: one path in an equirectangular projection with
viewBox ``0 0 360 180`` (x = longitude + 180, y = 90 - latitude), coordinates rounded to 0.1
degree, so the dashboard can place event markers with the same arithmetic and no map library.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "api" / "static" / "world.svg"


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The arcs of a quantized TopoJSON topology as lists of (lon, lat)."""
    sx, sy = topology["transform"]["scale"]
    tx, ty = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(
    ring: list[int], arcs: list[list[tuple[float, float]]]
) -> list[tuple[float, float]]:
    """The points of a ring of arc indexes (a negative index ~i is arc i reversed)."""
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc[1:] if points else arc)
    return points


def path_data(topology: dict) -> str:
    """SVG path data of every land polygon ring."""
    arcs = decode_arcs(topology)
    parts = []
    for geometry in topology["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for ring in polygon:
                coords = []
                last = None
                for lon, lat in ring_points(ring, arcs):
                    xy = (round(lon + 180, 1), round(90 - lat, 1))
                    if xy != last:
                        coords.append(f"{xy[0]:g} {xy[1]:g}")
                        last = xy
                if len(coords) >= 3:
                    parts.append("M" + "L".join(coords) + "Z")
    return "".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("land", type=Path, help="land-110m.json from the world-atlas package")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    topology = json.loads(args.land.read_text("utf-8"))
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180">'
        "<!-- Natural Earth 1:110m land (public domain), via world-atlas 2.0.2 (ISC); "
        "built by scripts/build_world_outline.py -->"
        f'<path fill="#f4f1ea" stroke="#9aa5b1" stroke-width="0.15" d="{path_data(topology)}"/>'
        "</svg>\n"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(svg, "utf-8")
    print(f"wrote {args.out} ({len(svg)} bytes)")


if __name__ == "__main__":
    main()

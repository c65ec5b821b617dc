"""Server-rendered SVG charts for the dashboard: events per day by quad class, and the map.

Pure Python, no JavaScript: the numbers become rectangles and circles with ``<title>`` tooltips
and links. Every label is escaped by the template (the functions return plain data).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

__all__ = ["QUAD_CLASSES", "Bar", "DayChart", "MapView", "day_chart", "map_view"]

#: PLOVER quad classes (PLOVER codebook), 0 for an event without one.
QUAD_CLASSES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
    0: "unclassified",
}

#: Chart geometry (SVG user units; the SVG scales to its container).
WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 720, 220, 36, 28, 10


@dataclass
class Bar:
    """One stacked segment: a day's events of one quad class."""

    day: str | None
    series: str
    events: int
    x: float
    y: float
    width: float
    height: float


@dataclass
class DayChart:
    """A stacked bar chart of events per day."""

    bars: list[Bar] = field(default_factory=list)
    labels: list[tuple[float, str]] = field(default_factory=list)
    ticks: list[tuple[float, int]] = field(default_factory=list)
    days: list[tuple[str | None, dict[str, int]]] = field(default_factory=list)
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    base: float = HEIGHT - BOTTOM


def day_chart(rows: list[tuple[str | None, str, int]], *, series: list[str]) -> DayChart:
    """Lay out ``(day, series, events)`` rows as bars stacked in ``series`` order (bottom up).

    Days are kept in the order given (:func:`sitrep.store.queries.events_per_day` sorts them).
    """
    per_day: dict[str | None, dict[str, int]] = {}
    for day, key, n in rows:
        per_day.setdefault(day, {})[key] = per_day.get(day, {}).get(key, 0) + n
    chart = DayChart(days=list(per_day.items()))
    if not per_day:
        return chart
    top = max(sum(v.values()) for v in per_day.values())
    scale = (HEIGHT - BOTTOM - TOP) / top
    slot = (WIDTH - LEFT) / len(per_day)
    bar_w = max(2.0, min(48.0, slot * 0.8))
    every = max(1, math.ceil(len(per_day) / 10))
    for i, (day, quads) in enumerate(per_day.items()):
        x = LEFT + i * slot + (slot - bar_w) / 2
        y = float(HEIGHT - BOTTOM)
        for key in series:
            n = quads.get(key, 0)
            if not n:
                continue
            h = n * scale
            y -= h
            chart.bars.append(Bar(day, key, n, round(x, 1), round(y, 1), round(bar_w, 1),
                                  round(h, 1)))  # fmt: skip
        if i % every == 0:
            chart.labels.append((round(x + bar_w / 2, 1), (day or "undated")[5:] or "undated"))
    step = max(1, math.ceil(top / 4))
    chart.ticks = [(round(HEIGHT - BOTTOM - v * scale, 1), v) for v in range(0, top + 1, step)]
    return chart


@dataclass
class MapView:
    """The world outline's viewBox zoomed to the points, and the points placed on it."""

    view_box: str
    points: list[dict[str, object]]


def map_view(places: list[dict[str, object]], *, margin: float = 12.0) -> MapView:
    """Place ``places`` (``lat``, ``lon``, ``events``) on the 360×180 equirectangular outline.

    The view zooms to the points' extent (at least 60°×30°, 2:1) so a regional crisis is not a
    dot on a world map.
    """
    points = []
    for p in places:
        lat, lon = float(p["lat"]), float(p["lon"])  # type: ignore[arg-type]
        n = int(p["events"])  # type: ignore[call-overload]
        points.append({**p, "x": round(lon + 180, 2), "y": round(90 - lat, 2),
                       "r": round(1.2 + math.sqrt(n) * 0.9, 2)})  # fmt: skip
    if not points:
        return MapView("0 0 360 180", [])
    xs = [float(p["x"]) for p in points]  # type: ignore[arg-type]
    ys = [float(p["y"]) for p in points]  # type: ignore[arg-type]
    x0, x1 = min(xs) - margin, max(xs) + margin
    y0, y1 = min(ys) - margin / 2, max(ys) + margin / 2
    w = max(60.0, x1 - x0, 2 * (y1 - y0))
    h = w / 2
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    x = min(max(0.0, cx - w / 2), 360 - w) if w < 360 else 0.0
    y = min(max(0.0, cy - h / 2), 180 - h) if h < 180 else 0.0
    w, h = min(w, 360.0), min(h, 180.0)
    scale = w / 360
    for p in points:
        p["r"] = round(float(p["r"]) * max(scale, 0.2), 2)  # type: ignore[arg-type]
    return MapView(f"{x:.1f} {y:.1f} {w:.1f} {h:.1f}", points)

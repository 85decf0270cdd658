"""The network of regions: visits and agreements as weighted edges, drawn as SVG in Python.

Nodes are regions that took part in a visit (origin, destination) or an
agreement (its parties). An edge joins two regions per kind of event
(``visit`` or ``agreement``); its weight is the number of such events and its
colour the field most often attached to them. The layout is a circle,
largest nodes first, so the drawing is deterministic and needs no physics.
"""
from __future__ import annotations

import math
from collections import Counter
from itertools import combinations
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

from .queries import Index

FIELD_COLORS = {
    "agriculture": "#4e9a06", "industry": "#555753", "energy": "#c4a000", "science_technology": "#3465a4",
    "trade_investment": "#ce5c00", "logistics": "#75507b", "tourism_culture": "#cc0000", "finance": "#8f5902",
    "ecology": "#73d216", "talent": "#ad7fa8", "education": "#729fcf", "health": "#ef2929", "digital": "#06989a",
}
NO_FIELD = "#9a9a9a"


def build(idx: Index, *, year: str | None = None, field: str | None = None) -> dict:
    """Nodes and edges for the events of ``year`` (and ``field``), as plain data."""
    edges: dict[tuple[str, str, str], dict] = {}
    # A visit seldom names fields itself; the meetings and signings during it do (part_of).
    inner: dict[tuple[str, str], list[str]] = {}
    for e in idx.events:
        if e.get("part_of"):
            inner.setdefault((e["article"], e["part_of"]), []).extend(e["fields"])
    degree: Counter = Counter()
    for e in idx.events:
        if e["type"] not in ("visit", "agreement"):
            continue
        if year and not (e["sort_date"] or "").startswith(year):
            continue
        fields = e["fields"] or list(dict.fromkeys(inner.get((e["article"], e["id"]), [])))
        if field and field not in fields:
            continue
        if e["type"] == "visit":
            pairs = [(e["origin_key"], e["destination_key"])] if e["origin_key"] and e["destination_key"] else []
        else:
            pairs = list(combinations(sorted(set(e["party_keys"])), 2))
        for a, b in pairs:
            if a == b:
                continue
            s, t = a, b
            # a visit goes from origin to destination; an agreement binds its parties both ways
            key = (s, t, "visit") if e["type"] == "visit" else (min(s, t), max(s, t), "agreement")
            edge = edges.setdefault(key, {"source": key[0], "target": key[1], "kind": e["type"], "weight": 0,
                                          "fields": Counter(), "events": []})
            edge["weight"] += 1
            edge["fields"].update(fields)
            edge["events"].append(e["uid"])
            degree[s] += 1
            degree[t] += 1
    out_edges = []
    for edge in edges.values():
        top = edge["fields"].most_common(1)
        out_edges.append({**edge, "fields": dict(edge["fields"]), "field": top[0][0] if top else None})
    out_edges.sort(key=lambda x: (-x["weight"], x["source"], x["target"], x["kind"]))
    nodes = [{"key": k, "name": idx.regions[k]["name"], "code": idx.regions[k]["code"], "degree": d}
             for k, d in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"year": year, "field": field, "nodes": nodes, "edges": out_edges}


def _label(node: dict) -> str:
    name = node["name"] or {}
    return name.get("en") or name.get("zh") or node["key"]


def svg(net: dict, *, size: int = 720, link_prefix: str = "/region/") -> str:
    """A standalone SVG drawing of :func:`build`'s network (no scripts, no external resources)."""
    nodes, edges = net["nodes"], net["edges"]
    c = size / 2
    radius = size / 2 - 110
    pos = {}
    for i, n in enumerate(nodes):
        angle = 2 * math.pi * i / max(1, len(nodes)) - math.pi / 2
        pos[n["key"]] = (c + radius * math.cos(angle), c + radius * math.sin(angle), angle)
    maxw = max((e["weight"] for e in edges), default=1)
    kinds = {(e["source"], e["target"], e["kind"]) for e in edges}
    maxd = max((n["degree"] for n in nodes), default=1)
    title = "Regions: visits and agreements" + (f", {net['year']}" if net.get("year") else "")
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size + 70}" '
             f'viewBox="0 0 {size} {size + 70}" font-family="sans-serif" font-size="12" role="img" '
             f'aria-label={quoteattr(title)}>',
             f"<title>{escape(title)}</title>",
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="12" markerHeight="12" '
             'markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#444"/></marker></defs>',
             f'<rect x="0" y="0" width="{size}" height="{size + 70}" fill="#ffffff"/>']
    if not nodes:
        parts.append(f'<text x="{c}" y="{c}" text-anchor="middle" fill="#666">No visits or agreements.</text>')
    for e in edges:
        if e["source"] not in pos or e["target"] not in pos:
            continue
        x1, y1, _ = pos[e["source"]]
        x2, y2, _ = pos[e["target"]]
        # seen from the lower key to the higher, visits bend one way and agreements the other,
        # so both show between the same pair (and visits both ways bend apart)
        sign = 1 if e["source"] < e["target"] else -1
        bend = (0.18 if e["kind"] == "visit" else -0.18) * sign
        if e["kind"] == "visit" and (e["target"], e["source"], "visit") in kinds:
            bend *= 1.6
        mx, my = (x1 + x2) / 2 + bend * (y2 - y1), (y1 + y2) / 2 - bend * (x2 - x1)
        # stop the line at the node's rim so the arrowhead shows
        r2 = 6 + 10 * _deg_share(net, e["target"], maxd)
        dx, dy = x2 - mx, y2 - my
        d = math.hypot(dx, dy) or 1
        ex, ey = x2 - dx / d * r2, y2 - dy / d * r2
        width = 1.5 + 6 * e["weight"] / maxw
        color = FIELD_COLORS.get(e["field"], NO_FIELD)
        dash = ' stroke-dasharray="6 4"' if e["kind"] == "agreement" else ""
        marker = ' marker-end="url(#arrow)"' if e["kind"] == "visit" else ""
        fields = ", ".join(f"{k} {v}" for k, v in sorted(e["fields"].items(), key=lambda kv: -kv[1])) or "no field"
        tip = f"{e['kind']}: {e['source']} → {e['target']}: {e['weight']} ({fields})"
        parts.append(f'<path class="edge edge-{e["kind"]}" d="M {x1:.1f} {y1:.1f} Q {mx:.1f} {my:.1f} '
                     f'{ex:.1f} {ey:.1f}" fill="none" stroke="{color}" stroke-width="{width:.1f}" '
                     f'stroke-opacity="0.8"{dash}{marker}><title>{escape(tip)}</title></path>')
    for n in nodes:
        x, y, angle = pos[n["key"]]
        r = 6 + 10 * n["degree"] / maxd
        lx, ly = x + (r + 6) * math.cos(angle), y + (r + 6) * math.sin(angle)
        anchor = "start" if math.cos(angle) > 0.2 else ("end" if math.cos(angle) < -0.2 else "middle")
        if abs(math.cos(angle)) <= 0.2:
            ly += 12 if math.sin(angle) > 0 else -4
        label = _label(n)
        zh = (n["name"] or {}).get("zh")
        tip = " / ".join(x for x in (label, zh, n["code"]) if x) + f" — {n['degree']} link ends"
        parts.append(f'<a href={quoteattr(link_prefix + quote(n["key"], safe=""))}><g class="node">'
                     f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#204a87" stroke="#fff" stroke-width="2">'
                     f'<title>{escape(tip)}</title></circle>'
                     f'<text x="{lx:.1f}" y="{ly + 4:.1f}" text-anchor="{anchor}" fill="#222">{escape(label)}</text>'
                     f'</g></a>')
    # legend: the fields present, and the two kinds of line
    used = sorted({e["field"] for e in edges}, key=lambda f: (f is None, f or ""))
    x = 10
    y = size + 14
    parts.append(f'<line x1="{x}" y1="{y}" x2="{x + 24}" y2="{y}" stroke="#444" stroke-width="2" '
                 f'marker-end="url(#arrow)"/><text x="{x + 30}" y="{y + 4}">visit</text>')
    x += 80
    parts.append(f'<line x1="{x}" y1="{y}" x2="{x + 24}" y2="{y}" stroke="#444" stroke-width="2" '
                 f'stroke-dasharray="6 4"/><text x="{x + 30}" y="{y + 4}">agreement</text>')
    x += 110
    for f in used:
        label = f or "no field"
        if x + 20 + 7 * len(label) > size:
            y += 18
            x = 10
        parts.append(f'<rect x="{x}" y="{y - 6}" width="12" height="12" fill="{FIELD_COLORS.get(f, NO_FIELD)}"/>'
                     f'<text x="{x + 16}" y="{y + 4}">{escape(label)}</text>')
        x += 26 + 7 * len(label)
    parts.append("</svg>")
    return "\n".join(parts)


def _deg_share(net: dict, key: str, maxd: int) -> float:
    for n in net["nodes"]:
        if n["key"] == key:
            return n["degree"] / maxd
    return 0.0

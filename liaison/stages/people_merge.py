"""One PERSON per real person: join mentions across scripts and resolve their offices' regions."""
from __future__ import annotations

from .. import names as N
from ..doc import Doc, Person, Position
from ..gazetteer import Gazetteer
from .regions import region_type


def _resolve_region(doc: Doc, office, mention, person_regions: dict):
    """Region of one office: explicit, else the person's own, else the nearest before it, else the home."""
    if office.central:
        return Gazetteer.default().china()
    if office.region is not None and not isinstance(office.region, tuple):
        return office.region
    level = office.level
    if level and level in person_regions:
        return person_regions[level]
    if level is None and person_regions:
        return next(iter(person_regions.values()))
    sent = doc.sentence_at(mention.start)
    lo = sent.start if sent else max(0, mention.start - 200)
    if office.lang != "zh":
        lo = mention.start  # English implicit titles ("the municipal government") mean the home region
    best = None
    for s in doc.layer("regions"):
        if s.start < lo or s.start >= mention.start or isinstance(s.value, tuple):
            continue
        if getattr(s.value, "country", None) != "CN" and level in ("province", "city", "county"):
            if getattr(s.value, "level", 0) == 0:
                continue
        if office.lang == "zh" and getattr(s.value, "country", None) not in ("CN", "HK", "MO") and level:
            continue  # an implicit Chinese title (省长) never means a foreign prefecture named nearby
        if level is None or level in region_type(s.value):
            best = s.value
    if best is not None:
        return best
    if office.lang == "zh":
        homes = doc.meta.get("home_cn") or {}
    elif N.is_pinyin_name((mention.name or "").split()):
        homes = doc.meta.get("home_cn") or doc.meta.get("home") or {}
    else:  # a foreign name with an implicit title ("Governor Doyle") acts for a foreign region
        homes = doc.meta.get("home_foreign") or doc.meta.get("home") or {}
    if level:
        if level == "province" and "province" not in homes and homes.get("city") is not None:
            return Gazetteer.default().province_of(homes["city"]) or None
        return homes.get(level)
    return homes.get("city") or homes.get("province")


def build_people(doc: Doc, mentions) -> list[Person]:
    clusters: list[dict] = []
    by_key: dict[str, int] = {}
    for m in mentions:
        if m.lang == "zh":
            keys = ["zh:" + m.name, "py:" + N.pinyin_key(m.name)]
        else:
            keys = ["py:" + N.normalize_en(m.name)]
        idx = next((by_key[k] for k in keys if k in by_key), None)
        if idx is None:
            idx = len(clusters)
            clusters.append({"zh": None, "en": [], "mentions": []})
        c = clusters[idx]
        if m.lang == "zh" and c["zh"] is None:
            c["zh"] = m.name
        elif m.lang == "en":
            c["en"].append(m.name)
        c["mentions"].append(m)
        for k in keys:
            by_key.setdefault(k, idx)
    bylines = doc.meta.get("bylines") or set()
    clusters = [c for c in clusters if not (c["zh"] in bylines or any(N.normalize_en(e) in bylines for e in c["en"]))]
    people: list[Person] = []
    for n, c in enumerate(clusters, 1):
        zh = c["zh"]
        en = N.romanize(zh) if zh else N.canonical_en(max(c["en"], key=c["en"].count))
        p = Person(id=f"p{n}", zh=zh, en=en, mentions=[(m.start, m.end) for m in c["mentions"]])
        # explicit regions first, so implicit offices can borrow them
        person_regions: dict = {}
        for m in c["mentions"]:
            for o in m.offices:
                if o.region is not None and not isinstance(o.region, tuple) and not m.former:
                    for t in region_type(o.region):
                        person_regions.setdefault(t, o.region)
                    if o.level:
                        person_regions.setdefault(o.level, o.region)
        seen = set()
        for m in c["mentions"]:
            if m.former:
                continue
            for o in m.offices:
                region = _resolve_region(doc, o, m, person_regions)
                pos = Position(o.role, o.org_kind, region,
                               title_zh=o.title if o.lang == "zh" else None,
                               title_en=o.title if o.lang == "en" else None)
                key = pos.key()
                if key in seen:
                    continue
                seen.add(key)
                p.positions.append(pos)
        if p.positions:
            p.region = p.positions[0].region
        people.append(p)
    return people

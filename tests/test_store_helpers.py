"""Hand-made records for the store tests (no extraction involved); imported by tests/test_store*.py and friends."""
from __future__ import annotations

JILIN = {"code": "220000", "name": {"zh": "吉林省", "en": "Jilin"}, "country": "CN"}
TIANJIN = {"code": "120000", "name": {"zh": "天津市", "en": "Tianjin"}, "country": "CN"}
HAINAN = {"code": "460000", "name": {"zh": "海南省", "en": "Hainan"}, "country": "CN"}
HA_GIANG = {"code": None, "name": {"zh": "河江省", "en": "Ha Giang"}, "country": "VN"}


def person(pid, zh, en, *positions, mentions=((0, 2),)):
    return {"id": pid, "name": {"zh": zh, "en": en}, "mentions": [list(m) for m in mentions],
            "positions": [{"role": role, "org_kind": kind, "region": region, "title": {"zh": None, "en": None}}
                          for role, kind, region in positions]}


def event(eid, type_, start, end=None, *, origin=None, destination=None, parties=(), participants=(),
          fields=(), title=None, sites=()):
    return {"id": eid, "type": type_, "date": {"start": start, "end": end or start}, "origin": origin,
            "destination": destination, "parties": list(parties),
            "participants": [{"person": p, "role": r} for p, r in participants],
            "title": title, "fields": list(fields), "sites": list(sites), "evidence": [[0, 5]]}


def record(aid, people=(), events=(), *, published=None, title=None):
    return {"schema_version": "1",
            "doc": {"id": aid, "url": None, "published": published, "title": title, "languages": {"zh": 1.0}},
            "people": list(people), "events": list(events), "flags": []}


def visit_record(aid, *, published="2023-11-08", start="2023-11-06", end="2023-11-07", origin=JILIN,
                 destination=TIANJIN, leader=("景俊海", "Jing Junhai"), extra_events=()):
    """A Jilin delegation visiting Tianjin, led by its party secretary, with a symposium and an agreement."""
    people = [person("p1", leader[0], leader[1], ("secretary", "party_committee", origin)),
              person("p2", "陈敏尔", "Chen Min'er", ("secretary", "party_committee", destination))]
    events = [event("e1", "visit", start, end, origin=origin, destination=destination,
                    participants=[("p1", "leader"), ("p2", "host")]),
              event("e2", "meeting", start, None, parties=[origin, destination],
                    participants=[("p1", "speaker"), ("p2", "presider")], fields=["agriculture", "industry"]),
              event("e3", "agreement", start, None, parties=[origin, destination],
                    title={"zh": "战略合作框架协议", "en": "Strategic Cooperation Framework Agreement"},
                    fields=["agriculture", "trade_investment"], participants=[("p1", "witness")]),
              *extra_events]
    return record(aid, people, events, published=published, title=f"visit {aid}")

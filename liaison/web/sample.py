"""A small hand-made knowledge base for the web UI's tests, screenshots and ``liaison serve --sample``.

The articles are invented for this purpose (Chinese, English, mixed, and one
hostile page full of HTML); their records are written by hand, with offsets
computed from the text so they always point at the right characters.
"""
from __future__ import annotations

from pathlib import Path

JILIN = {"code": "220000", "name": {"zh": "吉林省", "en": "Jilin"}, "country": "CN"}
TIANJIN = {"code": "120000", "name": {"zh": "天津市", "en": "Tianjin"}, "country": "CN"}
HAINAN = {"code": "460000", "name": {"zh": "海南省", "en": "Hainan"}, "country": "CN"}
CHANGCHUN = {"code": "220100", "name": {"zh": "长春市", "en": "Changchun"}, "country": "CN"}
VIETNAM = {"code": "VN", "name": {"zh": "越南", "en": "Vietnam"}, "country": "VN"}
HA_GIANG = {"code": None, "name": {"zh": "河江省", "en": "Ha Giang"}, "country": "VN"}


def span(text: str, needle: str, nth: int = 0) -> list[int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return [start, start + len(needle)]


def sentence(text: str, needle: str) -> list[int]:
    """The sentence (up to and including its 。 or .) that contains ``needle``."""
    i = text.index(needle)
    s = max(text.rfind(c, 0, i) for c in "。\n.!?") + 1
    while text[s].isspace():
        s += 1
    ends = [j for j in (text.find(c, i) for c in "。\n") if j >= 0]
    en_end = text.find(". ", i)
    if en_end >= 0:
        ends.append(en_end)
    e = min(ends) + 1 if ends else len(text)
    return [s, e]


def _person(pid, zh, en, text, names, positions=()):
    mentions = []
    for n in names:
        k = 0
        while True:
            i = text.find(n, k)
            if i < 0:
                break
            mentions.append([i, i + len(n)])
            k = i + len(n)
    return {"id": pid, "name": {"zh": zh, "en": en}, "mentions": sorted(mentions),
            "positions": [{"role": r, "org_kind": o, "region": reg, "title": {"zh": tz, "en": te}}
                          for r, o, reg, tz, te in positions]}


def _event(eid, type_, start, end=None, *, origin=None, destination=None, parties=(), participants=(),
           fields=(), title=None, sites=(), evidence=(), part_of=None):
    e = {"id": eid, "type": type_, "date": {"start": start, "end": end or start}, "origin": origin,
         "destination": destination, "parties": list(parties),
         "participants": [{"person": p, "role": r} for p, r in participants], "title": title,
         "fields": list(fields), "sites": list(sites), "evidence": list(evidence)}
    if part_of:
        e["part_of"] = part_of
    return e


def _record(aid, published, title, people, events, languages):
    return {"schema_version": "1", "doc": {"id": aid, "url": f"https://news.example.org/{aid}.html",
                                           "published": published, "title": title, "languages": languages},
            "people": people, "events": events, "flags": []}


def articles() -> list[tuple[str, dict]]:
    """``(text, record)`` pairs."""
    out = []
    # 1. Chinese: a Jilin delegation in Tianjin, a symposium, an agreement, a company tour.
    t = ("11月6日至7日，吉林省党政代表团来津考察。省委书记王立新率团，天津市委书记李海平会见代表团。\n"
         "两地召开合作交流座谈会，李海平主持，王立新讲话。会上，双方签署《津吉农业与装备制造合作框架协议》。\n"
         "代表团参观了滨海新区的海河智能装备有限公司。")
    p = [_person("p1", "王立新", "Wang Lixin", t, ["王立新"],
                 [("secretary", "party_committee", JILIN, "省委书记", "Secretary of the CPC Jilin Provincial Committee")]),
         _person("p2", "李海平", "Li Haiping", t, ["李海平"],
                 [("secretary", "party_committee", TIANJIN, "市委书记", "Secretary of the CPC Tianjin Municipal Committee")])]
    e = [_event("e1", "visit", "2023-11-06", "2023-11-07", origin=JILIN, destination=TIANJIN,
                participants=[("p1", "leader"), ("p2", "host")], evidence=[sentence(t, "来津考察"), sentence(t, "率团")]),
         _event("e2", "meeting", "2023-11-06", parties=[JILIN, TIANJIN], part_of="e1",
                participants=[("p2", "presider"), ("p1", "speaker")], fields=["agriculture", "industry"],
                evidence=[sentence(t, "座谈会")]),
         _event("e3", "agreement", "2023-11-06", parties=[JILIN, TIANJIN], part_of="e1",
                title={"zh": "津吉农业与装备制造合作框架协议", "en": "Tianjin–Jilin Framework Agreement on Agriculture "
                       "and Equipment Manufacturing"}, fields=["agriculture", "industry"],
                evidence=[sentence(t, "签署")]),
         _event("e4", "inspection", "2023-11-07", origin=JILIN, destination=TIANJIN, part_of="e1",
                sites=[{"zh": "海河智能装备有限公司", "en": "Haihe Intelligent Equipment Co., Ltd."}],
                fields=["industry"], evidence=[sentence(t, "参观")])]
    out.append((t, _record("zh-jilin-tianjin", "2023-11-08", "吉林省党政代表团来津考察", p, e, {"zh": 1.0})))

    # 2. English: Hainan and Ha Giang (Vietnam).
    t = ("HAIKOU, March 12, 2024 - A delegation from Ha Giang Province of Vietnam, led by Nguyen Van Son, "
         "Secretary of the Ha Giang Provincial Party Committee, visited Hainan from March 10 to 12. "
         "Governor Liu Xiaoming met the delegation in Haikou. The two sides signed a memorandum of understanding "
         "on tourism and agricultural trade. The guests toured the Haikou Tropical Fruit Market.")
    p = [_person("p1", None, "Nguyen Van Son", t, ["Nguyen Van Son"],
                 [("secretary", "party_committee", HA_GIANG, None, "Secretary of the Ha Giang Provincial Party Committee")]),
         _person("p2", "刘小明", "Liu Xiaoming", t, ["Liu Xiaoming"],
                 [("head", "government", HAINAN, "省长", "Governor")])]
    e = [_event("e1", "visit", "2024-03-10", "2024-03-12", origin=HA_GIANG, destination=HAINAN,
                participants=[("p1", "leader"), ("p2", "host")], evidence=[sentence(t, "A delegation")]),
         _event("e2", "meeting", "2024-03-11", parties=[HAINAN, HA_GIANG], participants=[("p2", "host"), ("p1", "attendee")],
                evidence=[sentence(t, "met the delegation")], part_of="e1"),
         _event("e3", "agreement", "2024-03-11", parties=[HAINAN, HA_GIANG], fields=["tourism_culture", "agriculture",
                "trade_investment"], title={"zh": None, "en": "Memorandum of Understanding on Tourism and Agricultural Trade"},
                evidence=[sentence(t, "memorandum")], part_of="e1"),
         _event("e4", "inspection", "2024-03-12", origin=HA_GIANG, destination=HAINAN,
                sites=[{"zh": None, "en": "Haikou Tropical Fruit Market"}], fields=["agriculture"],
                evidence=[sentence(t, "toured")], part_of="e1")]
    out.append((t, _record("en-hagiang-hainan", "2024-03-12", "Ha Giang delegation visits Hainan", p, e, {"en": 1.0})))

    # 3. Mixed: a Chinese report whose second half was machine-translated.
    t = ("5月20日，天津市代表团赴吉林省长春市考察对接。天津市长张北方与吉林省省长王立新举行会谈。\n"
         "The two sides signed a logistics corridor agreement, and Zhang Beifang said Tianjin port would open "
         "more routes for Jilin's grain and automobiles.")
    p = [_person("p1", "张北方", "Zhang Beifang", t, ["张北方", "Zhang Beifang"],
                 [("head", "government", TIANJIN, "市长", "Mayor of Tianjin")]),
         _person("p2", "王立新", "Wang Lixin", t, ["王立新"],
                 [("head", "government", JILIN, "省长", "Governor of Jilin")])]
    e = [_event("e1", "visit", "2024-05-20", origin=TIANJIN, destination=CHANGCHUN,
                participants=[("p1", "leader"), ("p2", "host")], evidence=[sentence(t, "考察对接")]),
         _event("e2", "meeting", "2024-05-20", parties=[TIANJIN, JILIN], participants=[("p1", "attendee"), ("p2", "attendee")],
                evidence=[sentence(t, "会谈")], part_of="e1"),
         _event("e3", "agreement", "2024-05-20", parties=[TIANJIN, JILIN], fields=["logistics", "agriculture", "industry"],
                title={"zh": None, "en": "Logistics Corridor Agreement"}, participants=[("p1", "signatory")],
                evidence=[sentence(t, "logistics corridor")], part_of="e1")]
    out.append((t, _record("mixed-tianjin-changchun", "2024-05-21", "天津代表团赴长春 / Tianjin delegation in Changchun",
                           p, e, {"zh": 0.45, "en": 0.55})))

    # 4. English: the Jilin side's report of the visit in 1., a resolved event with two reports.
    t = ("CHANGCHUN, November 9 - A Party and government delegation of Jilin Province led by Wang Lixin, Secretary of "
         "the CPC Jilin Provincial Committee, visited Tianjin from November 6 to 7. Li Haiping, Secretary of the "
         "CPC Tianjin Municipal Committee, met the delegation. The two sides held a symposium and signed a "
         "framework agreement on agriculture and equipment manufacturing.")
    p = [_person("p1", None, "Wang Lixin", t, ["Wang Lixin"],
                 [("secretary", "party_committee", JILIN, None, "Secretary of the CPC Jilin Provincial Committee")]),
         _person("p2", None, "Li Haiping", t, ["Li Haiping"],
                 [("secretary", "party_committee", TIANJIN, None, None)])]
    e = [_event("e1", "visit", "2023-11-06", "2023-11-07", origin=JILIN, destination=TIANJIN,
                participants=[("p1", "leader"), ("p2", "host")], evidence=[sentence(t, "A Party")]),
         _event("e2", "meeting", None, parties=[JILIN, TIANJIN], participants=[("p2", "host")], part_of="e1",
                fields=["agriculture"], evidence=[sentence(t, "met the delegation"), sentence(t, "symposium")]),
         _event("e3", "agreement", None, parties=[JILIN, TIANJIN], part_of="e1",
                title={"zh": None, "en": "Framework Agreement on Agriculture and Equipment Manufacturing"},
                fields=["agriculture", "industry"], evidence=[sentence(t, "symposium")])]
    out.append((t, _record("en-jilin-tianjin", "2023-11-09", "Jilin delegation visits Tianjin", p, e, {"en": 1.0})))

    # 5. Hostile: an article that carries live HTML, which must render as inert text.
    t = ('Vietnam and Hainan held talks. <script>document.title="pwned"</script> '
         '<img src=x onerror="document.body.dataset.pwned=1"> <a href="javascript:alert(1)">click</a> '
         "Liu Xiaoming attended.")
    p = [_person("p1", "刘小明", "Liu Xiaoming", t, ["Liu Xiaoming"], [("head", "government", HAINAN, "省长", "Governor")])]
    e = [_event("e1", "meeting", None, parties=[VIETNAM, HAINAN], participants=[("p1", "attendee")],
                evidence=[[0, len(t)]])]
    out.append((t, _record("html-attack", "2024-06-01", '<img src=x onerror="alert(1)">Talks', p, e, {"en": 1.0})))
    return out


def build_db(path: str | Path, items: list[tuple[str, dict]] | None = None) -> Path:
    """Write ``items`` (default: :func:`articles`) into the knowledge base at ``path`` with the store's own
    writer, then resolve people and events across articles (as ``liaison ingest`` does)."""
    from liaison.store import open_store
    from liaison.store.resolve import resolve

    path = Path(path)
    items = articles() if items is None else items
    with open_store(path) as store:
        for text, rec in items:
            store.put_record(rec, text=text)
        resolve(store)
    return path

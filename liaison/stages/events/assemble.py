"""Frames → events: one event per occurrence, however many sentences tell it.

- **Visits**: one per destination (a stop is a visit of its own); a visit is also
  implied where visitors from one region meet or tour in another ("In Liuzhou, the
  Vietnamese delegation met ...": the place of their first activity).
- **Meetings**: a new meeting for each new counterpart or kind of meeting; a frame
  pointing back ("at the meeting with X", "during the talks") joins the meeting it
  names, or creates it when none was told.
- **Agreements**: one per document (its title, or the unnamed signing between the
  same sides); a later "the agreement" is the same signing.
- **Inspections**: one per visit, holding every site toured on it.

Host and guest in "A met with B" are told apart by who travelled: the side with the
visitors is the guest side.
"""
from __future__ import annotations

import dataclasses
import re

from ...doc import Event, Frame, other_day, other_year
from ...places import code as _code, finer_pair, same as _same, within as _within


def assemble(ctx, frames: list[Frame], known: list[Event] = ()) -> list[Event]:
    """Events from ``frames``; ``known`` are events already read from the article's other passages
    (their travellers tell guests from hosts here too)."""
    done = [f for f in frames if f.mood == "done"]
    visits: list[Event] = []
    meetings: list[Event] = []
    agreements: list[Event] = []
    inspections: list[Event] = []
    counterpart: dict[int, set] = {}  # id(meeting) -> its hosts / counterparts
    kinds: dict[int, str] = {}
    travellers: set[str] = set()
    for k, f in enumerate(done):
        if f.type == "visit" and not f.ref and f.kind == "deleg-open":
            dest = _open_destination(ctx, f, done[:k + 1] + [g for g in done[k + 1:] if g.sentence == f.sentence])
            if dest is not None:
                _visit_frame(ctx, f, visits, dests=[dest])
            elif f.origin is None and visits and any(r == "leader" for _, r in f.roles):
                # "The 10-man delegation was led by X": no place and no home; the trip told before is its
                v = _current_visit(visits, f.sentence[0]) or visits[-1]
                for pid, r in f.roles:
                    if r == "leader" and not _is_host_side(ctx, pid, v.destination):
                        v.add_participant(pid, "leader")
        elif f.type == "visit" and not f.ref:
            _visit_frame(ctx, f, visits, mates=[g for g in done if g is not f and g.type == "visit"
                                                and g.sentence == f.sentence and not g.ref])
    for v in list(visits) + [e for e in known if e.type == "visit"]:
        travellers.update(p.person for p in v.participants if p.role in ("leader", "member"))
    # "During the trip, from November 20-22, A met B": the dates are the trip's, not the meeting's
    trip_dates = set()
    for f in done:
        if f.type == "visit" and f.ref and f.date and f.date[0]:
            v = _current_visit(visits, f.sentence[0])
            if v is not None and not v.start and not _date_of_another_clause(ctx, f):
                _set_date(v, f.date)
            if f.date[0] != f.date[1]:
                trip_dates.add((f.sentence, tuple(f.date)))
    for f in done:
        if f.type == "meeting" and f.date and (f.sentence, tuple(f.date)) in trip_dates:
            f.date = None
        if f.type == "meeting":
            _meeting_frame(ctx, f, meetings, visits, counterpart, kinds, travellers)
        elif f.type == "agreement":
            _agreement_frame(ctx, f, agreements, visits, meetings)
        elif f.type == "inspection":
            _inspection_frame(ctx, f, inspections, visits)
    ctx.frame_meeting_kind = kinds
    visits = absorb_country_visits(visits, ctx.doc.text)
    place_country_visits(ctx, visits, meetings + inspections)
    place_host_visits(visits, meetings + inspections)
    _fill_agreement_parties(ctx, agreements, visits, meetings)
    agreements = _ceremony_of_named_documents(ctx, agreements)
    agreements = _summary_of_named_signing(agreements)
    return visits + meetings + agreements + inspections


def _summary_of_named_signing(agreements: list[Event]) -> list[Event]:
    """"spent three days in Litang …, signing a new agreement" and later "Ye and Wang signed the Xiangshan-Litang
    … Agreement (2024-2025)": a signing named by no document, dated only by the trip's days, told before the one
    named signing between the same sides (on one of those days, or on a day the stages after this one tell), is that
    signing told in summary."""
    out = []
    for a in agreements:
        if a.title_en or a.title_zh or not a.start or not a.end or a.start == a.end or not a.evidence:
            out.append(a)
            continue
        first = min(s for s, _e in a.evidence)
        named = [b for b in agreements if b is not a and (b.title_en or b.title_zh)
                 and (not b.start or (b.start == b.end and a.start <= b.start <= a.end))
                 and _compatible(a.parties, b.parties)
                 and b.evidence and min(s for s, _e in b.evidence) > first]
        if len(named) != 1:
            out.append(a)
            continue
        for p in a.participants:
            named[0].add_participant(p.person, p.role)
    return out


_NEAR_DOCUMENTS = 400  # characters from a ceremony's sentence to the documents it lists


def _ceremony_of_named_documents(ctx, agreements: list[Event]) -> list[Event]:
    """"held a signing ceremony, where they signed the A, the B and the C" / "The following documents were signed:
    1. A 2. B": a signing named by no document of its own kind, told where documents are named one by one
    (its sentence or the lines right after), is those documents' signing, no fourth one."""
    out = []
    for a in agreements:
        if a.title_en or a.title_zh or getattr(a, "_document", None) not in (None, "document") or not a.evidence:
            out.append(a)
            continue
        lo = min(s for s, _e in a.evidence)
        hi = max(e for _s, e in a.evidence) + _NEAR_DOCUMENTS
        named = [b for b in agreements if b is not a and (b.title_en or b.title_zh) and b.evidence
                 and lo <= min(s for s, _e in b.evidence) <= hi and _compatible(a.parties, b.parties)
                 and not other_day(b.start, (a.start, a.end))]
        if len(named) < 2:
            out.append(a)
            continue
        for b in named:
            if not b.start and a.start:
                b.start, b.end = a.start, a.end
            for p in a.participants:
                b.add_participant(p.person, p.role)
        first = named[0]
        first.evidence.extend(x for x in a.evidence if x not in first.evidence)
    return out


# ------------------------------------------------------------------ visits
def _open_destination(ctx, f: Frame, before: list[Frame]):
    """Where a delegation told with no place went: the venue of the meeting (or expo) its sentence (or the one
    before) names, else the place the report is datelined — never a place of its own side."""
    venues = [g.place for g in before if g.type in ("meeting", "venue") and g.place is not None
              and g.sentence[0] >= f.sentence[0] - 600]
    for r in venues[::-1] + [ctx.dateline_place]:
        if r is not None and f.origin is not None and not (
                _same(r, f.origin) or _within(r, f.origin) or _within(f.origin, r) or _inside(r, f.origin)
                or _inside(f.origin, r)):
            return r
    return None


def _origin_of(ctx, f: Frame, dest):
    if f.origin is not None:
        return f.origin
    leaders = [pid for pid, r in f.roles if r == "leader"]
    for pid in leaders + f.travellers:
        r = ctx.person_region(pid)
        if r is not None and not _within(r, dest) and not _within(dest, r):
            return r
    return None


def _visit_frame(ctx, f: Frame, visits: list[Event], dests=None, mates=()) -> list[Event]:
    out = []
    if not (dests or f.destinations) and f.kind == "welcome" and f.origin is not None:
        # "X welcomed the delegation from Y": the trip to where X (or the venue) is
        hosts = [pid for pid, r in f.roles if r == "host"]
        regs = [f.place] if f.place is not None else [ctx.person_region(p) for p in hosts]
        regs += [r for r in f.parties if r is not None and not _same(r, f.origin)]
        dests = [r for r in regs if r is not None][:1]
        # "Governor X of Hokkaido welcomed a delegation from Y to Sapporo": the stop its sentence names inside
        # the host's region is where they came, one stop
        inner = [r for g in mates for r in g.destinations if dests and _within(r, dests[0]) and not _same(r, dests[0])]
        if inner:
            dests = inner[:1]
        f.travellers = [pid for pid, r in f.roles if r == "attendee"] or f.travellers
    for dest in dests or f.destinations:
        origin = _origin_of(ctx, f, dest)
        if origin is None:
            home = _home(ctx)
            if home is not None and any(_same(home, d) or _within(home, d) or _within(d, home)
                                        for d in (dests or f.destinations)):
                home = None  # "X traveled to Chengdu and Shenzhen": one stop is no home of the trip to the other
            if home is not None and not _within(home, dest) and not _within(dest, home):
                origin = home if f.travellers or f.roles else None
        if origin is not None and (_same(origin, dest) or _within(dest, origin) or _within(origin, dest)
                                   or _inside(origin, dest) or _inside(dest, origin)):
            continue  # ("the delegation of Saxony-Anhalt, Germany": a place and its country are one side)
        if origin is None and not (f.travellers or f.roles or f.kind in ("deleg", "envoys")):
            continue
        if getattr(origin, "code", None) == "CN" and getattr(dest, "country", None) == "CN":
            continue
        year = _pub_year(ctx)
        ev = next((v for v in visits if _same(v.destination, dest)
                   and (origin is None or v.origin is None or _same(v.origin, origin))
                   and not other_year(v.start, f.date)
                   # a trip of an earlier year ("previously visited Xi'an in 2007") and this one's undated stop
                   # there are two visits, whichever is told first
                   and not (year and not (f.date and f.date[0]) and _before_year(v.start, year))
                   and not (year and not v.start and f.date and _before_year(f.date[0], year))), None)
        if ev is None and (f.kind == "implied" and origin is not None or f.kind == "stay"):
            # a trip read from a reception by the host's region ("Liaoning's governor met the delegation from
            # Gyeonggi"), or a stay there ("during his stay in Liaoning"), is the one told to a place inside it
            # ("arrived in Shenyang")
            ev = next((v for v in visits if v.destination is not None and v.origin is not None
                       and (origin is None or _same(v.origin, origin))
                       and (_within(v.destination, dest) or _division_unknown(v.destination, dest))
                       and not _same(v.destination, dest) and not other_year(v.start, f.date)), None)
        if ev is None and f.kind == "deleg" and origin is None and not (f.travellers or f.roles):
            # "a roundtable with the delegation at Regional House in Tauranga": the delegation told before, at a
            # place inside where its trip went (no stop of its own: no travel word)
            inside = next((v for v in visits if v.destination is not None and v.origin is not None
                           and _within(dest, v.destination) and not other_year(v.start, f.date)), None)
            if inside is not None:
                _add_evidence(inside, f)
                continue
        if ev is None:
            ev = Event(id="", type="visit", origin=origin, destination=dest, parties=[origin, dest])
            ev._from_host = True
            visits.append(ev)
        if not getattr(f, "_from_host", False):
            ev._from_host = False  # a travel word names this place
        if ev.origin is None and origin is not None:
            ev.origin, ev.parties = origin, [origin, dest]
        if f.kind == "envoys" and ev.origin is None:
            ev._envoys = True  # envoys posted in the country: the trip is told with its origin open
        _add_evidence(ev, f)
        _set_date(ev, f.date)
        leaders = [pid for pid, r in f.roles if r == "leader"]
        for pid in leaders:
            ev.add_participant(pid, "leader")
        for pid in f.travellers:
            if pid not in leaders and not _is_host_side(ctx, pid, dest):
                ev.add_participant(pid, "member")
        for pid, r in f.roles:
            if r == "host" and not _is_traveller(f, pid):
                ev.add_participant(pid, "host")
        out.append(ev)
    return out


def _pub_year(ctx) -> int | None:
    pub = getattr(ctx.doc, "published", None) or ""
    return int(pub[:4]) if pub[:4].isdigit() else None


def _before_year(date: str | None, year: int) -> bool:
    return bool(date) and date[:4].isdigit() and int(date[:4]) < year


# "the Chinese delegation", "the Lao delegation": a delegation named by its nationality word
_NATIONAL_DELEGATION = re.compile(r"\b[Tt]he\s+[A-Z][a-z]+\s+(?:delegation|team|guests|visitors)\b")


_ALSO = re.compile(r"\b(?:also|as well)\b|还(?:赴|到|前往|访问|考察)|也(?:赴|到|前往|访问|考察)")


_SUBORDINATE = re.compile(r"\b(?:when|after|before|which|where|since)\b")


def _date_of_another_clause(ctx, f: Frame) -> bool:
    """"described the purpose of this trip as … the consensus reached when President X visited Moscow, on May 8":
    the day told after the trip noun belongs to a clause of its own (when, after, which …), not to the trip."""
    spans = [d for d in ctx.doc.layer("dates") if f.trigger[1] <= d.start < f.sentence[1] and d.value
             and d.value[0] == f.date[0]]
    return bool(spans) and _SUBORDINATE.search(ctx.doc.text, f.trigger[1], spans[0].start) is not None


def absorb_country_visits(visits: list[Event], text: str | None = None) -> list[Event]:
    """"They arrived in Japan" beside visits to Tokyo and Fukuoka: the country is the trip to its places."""
    out = []
    for v in visits:
        host = None
        if getattr(v.destination, "level", 9) == 0:
            host = next((o for o in visits if o is not v and getattr(o.destination, "level", 0) > 0
                         and getattr(o.destination, "country", None) == getattr(v.destination, "code", "")
                         and (v.origin is None or o.origin is None or _same(v.origin, o.origin))), None)
        elif not v.start and getattr(v.destination, "level", None) == 1:
            # "visited Hubei … in Wuhan, the delegation toured …": a province beside a stop inside it is that stop
            # (ANNOTATION: the smallest region named as where the visitors went); a trip told with its own dates
            # stays beside its stops ("visited Guangxi from November 20 to 22 … in Liuzhou")
            inner = [o for o in visits if o is not v and o.destination is not None and v.destination is not None
                     and _within(o.destination, v.destination) and not _same(o.destination, v.destination)
                     and (v.origin is None or o.origin is None or _same(v.origin, o.origin))]
            # several stops inside it ("spent three days in Jiangsu … in Nanjing … travelled to Suzhou"): the
            # province is the trip to them, folded into the first (one visit per stop, none to the province)
            host = min(inner, key=lambda o: min((a for a, _b in o.evidence), default=0)) if inner else None
            if len(inner) > 1 and text is not None and any(_ALSO.search(text, a, b)
                                                           for o in inner for a, b in o.evidence):
                host = None  # "a working visit to Heilongjiang … also visited Mudanjiang and Suifenhe": more places
        if host is None and text is not None and getattr(v.origin, "level", 9) == 0 and not v.participants and any(
                _NATIONAL_DELEGATION.search(text, a, b) for a, b in v.evidence):
            # "The Chinese delegation is on a working visit to X" beside the trip to X of a delegation from a
            # place in China: the nationality word names that delegation
            host = next((o for o in visits if o is not v and _same(o.destination, v.destination)
                         and getattr(o.origin, "level", 0) > 0
                         and getattr(o.origin, "country", None) == getattr(v.origin, "code", "")
                         and not (o.start and v.start and o.start != v.start)), None)
        if host is not None:
            host.evidence.extend(x for x in v.evidence if x not in host.evidence)
            for p in v.participants:
                host.add_participant(p.person, p.role)
            if not host.start and v.start:
                host.start, host.end = v.start, v.end
            continue
        out.append(v)
    return out


def place_country_visits(ctx, visits: list[Event], others: list[Event]) -> None:
    """"I have returned from a visit to China" with talks "in Chongqing", "the trip to North Korea" with a
    meeting "in Pyongyang": a trip told only as one to a country went where its meetings and tours were held
    inside it — the first such place (the inspections made on that trip move with it)."""
    for v in visits:
        dest = v.destination
        if getattr(dest, "level", 9) != 0:
            continue
        venues, held = [], []
        for o in sorted(others, key=lambda e: min((s for s, _e in e.evidence), default=0)):
            r = getattr(o, "_venue", None)
            if r is not None and getattr(r, "level", 0) > 0 and getattr(r, "country", None) == dest.code \
                    and not (v.origin is not None and (_same(r, v.origin) or _within(r, v.origin))) \
                    and not any(_same(r, x) for x in venues):
                venues.append(r)
                held.append(o)
        if not venues or any(_same(o.destination, venues[0]) for o in visits if o is not v):
            continue
        old_origin = v.origin
        if getattr(v.origin, "level", None) == 0:
            # "the trip to North Korea for the leader of China's bordering province": the side is the one its
            # people act for at the meeting held there (the Governor of Liaoning)
            own = [r for p in held[0].participants if p.role in ("attendee", "leader", "member")
                   for r in (ctx.person_region(p.person),) if r is not None and _inside(r, v.origin)]
            own += [r for r in held[0].parties if r is not None and _inside(r, v.origin)]
            if own:
                v.origin = own[0]
        for i in others:
            if i.type == "inspection" and i.destination is dest and (i.origin is old_origin or _same(i.origin, old_origin)):
                i.origin, i.destination = v.origin, venues[0]
        v.destination = venues[0]
        v.parties = [v.origin, venues[0]] if v.origin is not None else [venues[0]]


def place_host_visits(visits: list[Event], others: list[Event]) -> None:
    """"Li welcomed the visit of X and his delegation" after "Li met X in Jinan, Shandong": a trip no travel
    word places, read from where its hosts are at home, went to the smallest place named where they met
    (ANNOTATION: the place of the visitors' first activity)."""
    for v in visits:
        dest = v.destination
        if not getattr(v, "_from_host", False) or dest is None:
            continue
        venue = next((r for o in sorted(others, key=lambda e: min((s for s, _e in e.evidence), default=0))
                      for r in (getattr(o, "_venue", None) or getattr(o, "_venue_hint", None),)
                      if r is not None and _within(r, dest) and not _same(r, dest)
                      and (v.origin is None or not _within(r, v.origin))), None)
        if venue is None or any(_same(o.destination, venue) for o in visits if o is not v):
            continue
        for i in others:
            if i.type == "inspection" and i.destination is dest and _same(i.origin, v.origin):
                i.destination = venue
        v.destination = venue
        v.parties = [v.origin, venue] if v.origin is not None else [venue]


def _is_traveller(f: Frame, pid: str) -> bool:
    return pid in f.travellers


def _home(ctx):
    homes = ctx.doc.meta.get("home") or {}
    gone = getattr(ctx, "surname_places", ())  # a "home" read from a person's surname (Lopez) is none
    return next((h for h in (homes.get("city"), homes.get("province"), homes.get("country"))
                 if h is not None and not any(h is g or h == g for g in gone)), None)


def _is_host_side(ctx, pid: str, dest) -> bool:
    r = ctx.person_region(pid)
    return r is not None and (_within(r, dest) or _same(r, dest))


def _current_visit(visits: list[Event], pos: int, place=None, date=None):
    """The visit a frame at ``pos`` happens during: one whose destination holds ``place``, else the last told
    (of stops told together, the last to begin by the frame's ``date``)."""
    told = [v for v in visits if v.evidence and min(s for s, _e in v.evidence) <= pos]
    day = date[0] if date and date[0] and len(date[0]) == 10 else None
    if place is None and day and len(told) > 1 and all(v.start and len(v.start) == 10 for v in told):
        begun = [v for v in told if v.start <= day]
        if begun:  # "led a delegation to visit A and B … On 5 November toured X": the stop it was made in
            return max(begun, key=lambda v: (v.start, told.index(v)))
    if place is not None:
        inside = [v for v in visits if _same(v.destination, place) or _within(place, v.destination)]
        if inside and told and not any(v in inside for v in told):
            # a stop told so far inside the place named ("arrived in Nanjing … toured the Jiangsu X Institute"),
            # rather than a trip there told only later ("last visited Jiangsu in 2019")
            within = [v for v in told if v.destination is not None and _within(v.destination, place)]
            if within:
                return within[-1]
        if inside:
            return inside[-1] if not told else next((v for v in reversed(told) if v in inside), inside[0])
    if told:
        return told[-1]
    return visits[0] if visits else None


# ------------------------------------------------------------------ meetings
def _meeting_frame(ctx, f: Frame, meetings, visits, counterpart, kinds, travellers) -> None:
    pos = f.sentence[0]
    where = f.place
    if where is None and f.lang == "en" and len([v for v in visits if v.evidence]) > 1:
        # "During the visit, X met with the governors of A and B respectively": each meeting is in the stop where
        # the one met is at home
        homes = [r for p in f.sides[0] + f.sides[1] if p not in travellers
                 for r in (ctx.person_region(p),) if r is not None]
        where = next((r for r in homes if any(_same(v.destination, r) or _within(v.destination, r)
                                              for v in visits)), None)
    visit = _current_visit(visits, pos, where)
    guest_side, host_side = _guest_host(ctx, f, visit, travellers)
    # a visit implied by where the visitors met ("In Liuzhou, the delegation met ...") or by who
    # received them ("Governor X of Jilin received a Gansu delegation")
    place = f.place
    origin = f.origin
    stated_guests = [pid for pid, r in f.roles if r == "attendee"]
    if origin is None and stated_guests and host_side:
        # a guest received (or calling on a host) in another region came from their own
        regs = [ctx.person_region(p) for p in stated_guests]
        hosts = [ctx.person_region(p) for p in host_side]
        origin = next((r for r in regs if r is not None and not any(
            h is not None and (_within(r, h) or _within(h, r)) for h in hosts)), None)
        if origin is not None and visit is not None and visit.origin is not None \
                and _within(visit.origin, origin) and _on_trip(visit, stated_guests):
            origin = visit.origin  # the guest's trip set out from a place inside his first office's (Changchun, Jilin)
    if place is None and origin is not None:
        host_regions = [r for r in (ctx.person_region(p) for p in host_side) if r is not None]
        place = host_regions[0] if host_regions else None
        if place is not None and visit is not None and _within(visit.destination, place) \
                and any(s == pos for s, _e in visit.evidence):
            place = visit.destination  # received in Sapporo, the stop its sentence names inside the host's region
    if place is not None and origin is not None and not _same(place, origin) \
            and not _within(place, origin) and not _within(origin, place):
        leaders = [(pid, "leader") for pid, r in f.roles if r == "leader"]
        implied = Frame(type="visit", kind="implied", trigger=f.trigger, sentence=f.sentence, lang=f.lang,
                        origin=origin, destinations=[place], travellers=list(guest_side or f.travellers),
                        roles=leaders, date=None)  # the day they met is not the trip's
        implied._from_host = f.place is None  # the hosts' region, not the place they met
        got = _visit_frame(ctx, implied, visits)
        if got:
            visit = got[0]
            travellers.update(p.person for p in visit.participants)
    key = set(f.counterpart) or set(host_side) or set(f.sides[1])
    target = None
    bare = not (key or f.roles or f.date or f.place or f.parties or f.sides[0])
    if f.ref or (bare and meetings):  # "at the meeting", or talks told again with nothing new
        cands = [m for m in meetings if not key or counterpart.get(id(m), set()) & key] or meetings
        target = cands[-1] if cands else None
        if target is not None and f.lang == "en" and f.kind == "conference" \
                and kinds.get(id(target)) != "conference" \
                and ctx.doc.text[f.trigger[0]:f.trigger[1]].lower() not in ("meeting", "meetings", "event", "session") \
                and _HELD_AFTER.match(ctx.doc.text, f.trigger[1], f.sentence[1]):
            target = None  # "In the afternoon, the symposium on X was held": after the reception, a meeting of its own
    else:
        for m in reversed(meetings):
            ck = counterpart.get(id(m), set())
            same_sentence = any(s == pos for s, _e in m.evidence)
            if same_sentence and (not key or not ck or ck & key):
                target = m
                break
            told = set(f.sides[0]) | set(f.sides[1])
            if same_sentence and f.sides[0] and f.sides[1] and told == {p.person for p in m.participants} \
                    and kinds.get(id(m)) == f.kind:
                # "X held talks with Y in Kunming": the verb's frame and its noun's are one meeting, whoever each
                # took for its host (the one at home where they met, told by the verb's place, stays host)
                hosts = [p.person for p in m.participants if p.role == "host"]
                if hosts:
                    host_side = [pid for pid in told if pid in hosts]
                    guest_side = [pid for pid in told if pid not in hosts]
                target = m
                break
            if key and ck & key and kinds.get(id(m)) == f.kind and not other_day(m.start, f.date):
                target = m
                break
            if f.lang == "en" and kinds.get(id(m)) == "reception" and f.kind == "talks" and not f.date \
                    and ((set(f.sides[0]) | set(f.sides[1])) & {p.person for p in m.participants}
                         or not (f.sides[0] or f.sides[1] or f.roles or f.place or any(
                             not any(_same(r, q) for q in m.parties if q is not None) for r in f.parties))) \
                    and _close(m, pos, ctx):
                # "X welcomed the delegation of Y … X and Y discussed trade": the talks of that reception (also
                # "The authorities discussed …", no one named: those just told)
                target = m
                break
            if not key and not ck and kinds.get(id(m)) == f.kind and f.kind != "reception" \
                    and _close(m, pos, ctx):
                target = m
                break
        if target is None and key and len(meetings) == 1 and not counterpart.get(id(meetings[0])):
            target = meetings[0]  # the meeting told first without naming whom they met: now named
    if target is None:
        target = Event(id="", type="meeting")
        meetings.append(target)
        kinds[id(target)] = f.kind
        counterpart[id(target)] = set(key)
    else:
        counterpart.setdefault(id(target), set()).update(key)
    _add_evidence(target, f)
    if f.place is not None and getattr(target, "_venue", None) is None:
        target._venue = f.place  # where they met: a trip told only as one to the country went there
    if getattr(target, "_venue_hint", None) is None:
        # "met with X, the Minister-President of Y in Jinan, Shandong": the parse hangs the place on a name, but
        # the sentence still says where (a place right after "in")
        text = ctx.doc.text
        target._venue_hint = f.place or next((r for a, _b, r in ctx.regions_in(f.sentence[0], f.sentence[1])
                                              if text[max(0, a - 3):a].lower() == "in "), None)
    _set_date(target, f.date)
    for pid in host_side:
        target.add_participant(pid, "host")
    for pid in guest_side:
        if not any(p.person == pid and p.role == "host" for p in target.participants):
            target.add_participant(pid, "attendee")  # (who received the guests does not attend as one)
    for pid, r in f.roles:
        if r in ("host", "attendee", "leader") and (pid in host_side or pid in guest_side or r == "leader"):
            continue
        target.add_participant(pid, r)
    parties = list(target.parties)
    # the sides' own regions (their people's, the delegation's) before the venue
    trip_origin = visit.origin if visit is not None and _on_trip(visit, guest_side) else None
    own = [ctx.person_region(p) for p in host_side] + [
        trip_origin if trip_origin is not None and _within(trip_origin, ctx.person_region(p))
        else ctx.person_region(p) for p in guest_side] + [origin]
    # the place they met is no side when the people met already name two ("met Malawi's minister in Lilongwe")
    venue_aside = f.place is not None and len(_prune([r for r in parties + own if r is not None])) >= 2
    for r in own + [r for r in f.parties if not (venue_aside and _same(r, f.place))]:
        if r is not None and not any(_same(r, o) or _within(r, o) for o in parties):
            parties.append(r)
    both = _BOTH.search(ctx.doc.text[f.sentence[0]:f.sentence[1]])
    if len(_prune(parties)) < 2 and both and visit is not None:
        # "the two provinces held a symposium in Hangzhou" during a trip: the trip's two sides, not the venue
        for r in (visit.origin, visit.destination):
            if r is not None and not any(_same(r, o) or _within(r, o) or _within(o, r) for o in parties):
                parties.append(r)
    if len(_prune(parties)) < 2 and f.place is not None and not any(_same(f.place, o) or _within(f.place, o)
                                                                       for o in parties):
        parties.append(f.place)
    parties = _prune(parties)
    if len(parties) < 2 and visit is not None:
        for r in (visit.origin, visit.destination):
            if r is not None and not any(_same(r, o) or _within(r, o) or _within(o, r) for o in parties):
                parties.append(r)
    if len(parties) < 2 and _BOTH.search(ctx.doc.text[f.sentence[0]:f.sentence[1]]):
        from ...places import doc_sides as _doc_sides

        for r in _doc_sides(ctx):  # "the two provinces", "both sides": the article's two sides
            if not any(_same(r, o) or _within(r, o) or _within(o, r) for o in parties):
                parties.append(r)
    target.parties = _prune(parties)


# a meeting noun's own occurrence told after it: "the symposium on fruit cooperation was held"
_HELD_AFTER = re.compile(r"[^.;!?]{0,120}?\b(?:was|were)\s+(?:also\s+)?(?:held|convened|opened|hosted)\b|"
                         r"[^.;!?]{0,120}?\btook place\b")


def _on_trip(visit: Event, people) -> bool:
    """Someone of ``people`` travels on ``visit``."""
    return any(p.person in people for p in visit.participants)


_BOTH = re.compile(r"\b(both|the two) (provinces|cities|sides|parties|regions|states|localities|counties|prefectures)\b"
                   r"|两省|两市|两地|双方|两区|两县", re.I)


def _close(m: Event, pos: int, ctx) -> bool:
    """The meeting was told in one of the last three sentences before ``pos``."""
    sents = ctx.doc.sentences
    idx = next((i for i, s in enumerate(sents) if s.start == pos), None)
    if idx is None:
        return False
    recent = {s.start for s in sents[max(0, idx - 3):idx + 1]}
    return any(s in recent for s, _e in m.evidence)


def _guest_host(ctx, f: Frame, visit, travellers: set) -> tuple[list[str], list[str]]:
    """(guests, hosts) of a meeting frame: roles stated, else the side that travelled is the guest."""
    if visit is not None and f.date and other_day(visit.start, f.date):
        visit = None  # a trip of another day (recalled, or told later) is not this meeting's
    if visit is not None and any(p.role in ("leader", "member") for p in visit.participants):
        # who travelled on this trip (the guest side of its meetings), not on another the article tells
        travellers = {p.person for p in visit.participants if p.role in ("leader", "member")}
    hosts = [pid for pid, r in f.roles if r == "host"]
    guests = [pid for pid, r in f.roles if r == "attendee" and pid not in hosts]
    # no trip told: where they met (the venue, else the place the report is datelined)
    dest = visit.destination if visit is not None else f.place
    if visit is not None and visit.evidence and min(a for a, _b in visit.evidence) > f.sentence[0] and not any(
            p.person in f.sides[0] or p.person in f.sides[1] for p in visit.participants):
        dest = f.place  # a trip told only later, by others, is not where these two met
    if dest is None and f.lang == "en":
        dest = ctx.dateline_place
    if hosts and guests and dest is not None and all(p in travellers for p in hosts) and not any(
            p in travellers for p in guests) and all(
            (r := ctx.person_region(p)) is not None and (_within(r, dest) or _inside(r, dest)) for p in guests):
        # "During his visit to X, A met with B of X": the one on the trip is the guest, whoever the verb's subject
        return hosts, guests
    if hosts or guests:
        return guests, hosts
    a, b = f.sides
    if not a and not b:
        return [], []

    def related(r):  # at home where they met: inside it, or holding it (a country's minister in its capital)
        return _within(r, dest) or _inside(r, dest) or _within(dest, r) or _inside(dest, r)

    def guestish(side):
        return any(p in travellers for p in side) or (
            dest is not None and any((r := ctx.person_region(p)) is not None and not related(r) for p in side))

    def hostish(side):
        return dest is not None and any((r := ctx.person_region(p)) is not None and related(r)
                                        and p not in travellers for p in side)

    if guestish(a) and not guestish(b) or hostish(b) and not hostish(a):
        return list(a), list(b)
    return list(b), list(a)


def _prune(parties: list) -> list:
    out = []
    for r in parties:
        if r is None or any(_same(r, o) for o in out):
            continue
        out.append(r)
    # a country beside a place inside it stands for that place's side only when nothing else does
    inner = [r for r in out if not any(o is not r and _inside(o, r) for o in out)]
    return inner[:6]


def _inside(r, outer) -> bool:
    if r is None or outer is None or _same(r, outer):
        return False
    if _within(r, outer):
        return True
    return getattr(outer, "level", None) == 0 and getattr(r, "country", None) == getattr(outer, "code", "") \
        and getattr(r, "level", 0) > 0


# ------------------------------------------------------------------ agreements
def _agreement_frame(ctx, f: Frame, agreements, visits, meetings) -> None:
    pos = f.sentence[0]
    target = None
    if f.title:
        key = f.title.lower()
        target = next((a for a in agreements if (a.title_en or a.title_zh or "").lower() == key), None)
    else:
        same = [a for a in agreements if any(s == pos for s, _e in a.evidence)]
        if f.several:
            # one of several documents signed in this sentence: the signing of that kind told elsewhere, or a new one
            target = next((a for a in agreements if getattr(a, "_document", None) == f.document
                           and not any(s == pos for s, _e in a.evidence)), None)
        elif same and _compatible(same[-1].parties, f.parties) and not other_day(same[-1].start, f.date) \
                and not _two_pairs(same[-1].parties, f.parties):
            target = same[-1]  # (signed … in 2016, and in 2018 signed …: two signings, each its date;
            # "A and B signed …, and C and D signed …": two pairs, even of places inside the first two)
        elif same:  # signed … with A and … with B: another signing, with another side
            target = None
        elif agreements and _definite(ctx, f):
            # "the agreement": the last signing told without a name of its own, else the last one; "the letter of
            # intent" after a letter and a memorandum: the letter
            kind = [a for a in agreements if f.document and getattr(a, "_document", None) == f.document]
            target = (kind or [a for a in agreements if not a.title_en] or agreements)[-1]
            signers = {pid for pid, r in f.roles if r == "signatory"}
            if not kind and f.document and f.document not in _GENERIC_DOCUMENTS and signers and all(
                    getattr(a, "_document", None) not in (None, f.document) for a in agreements) and (
                    told := {p.person for p in target.participants if p.role == "signatory"}) and len(told) >= 2 \
                    and not signers & told:
                # "A and B signed the agreement …; C and D signed the memorandum of cooperation on fruit": another
                # document, other signers — a signing of its own
                target = None
        else:  # a signing told again (headline, lead, body): the untitled one between the same sides
            # (not one told on another day: "In April 2016 … signed …; in May 2018 … signed …")
            target = next((a for a in reversed(agreements) if not a.title_en and _compatible(a.parties, f.parties)
                           and not other_day(a.start, f.date) and not finer_pair(a.parties, f.parties)), None)
    if target is None:
        target = Event(id="", type="agreement")
        if f.title and re.search(r"[\u4e00-\u9fff]", f.title):
            target.title_zh = f.title  # 《友好合作协议》 named inside an English sentence
        elif f.title:
            target.title_en = f.title
        agreements.append(target)
    if f.document and not getattr(target, "_document", None):
        target._document = f.document  # the kind of document: a later sentence naming several finds it
    _add_evidence(target, f)
    _set_date(target, f.date)
    for pid, r in f.roles:
        target.add_participant(pid, r)
    parties = list(target.parties)
    signers = [ctx.person_region(pid) for pid, r in f.roles if r == "signatory"]
    sides = _prune(list(f.parties) + signers)
    # the venue stands for a side only when the signing bodies name fewer than two
    for r in list(f.parties) + ([f.place] if f.place is not None and len(sides) < 2 else []) + signers:
        if r is not None and not any(_same(r, o) for o in parties):
            parties.append(r)
    target.parties = _prune(parties)


# document words that may stand for any kind signed ("the agreement" after a memorandum)
_GENERIC_DOCUMENTS = frozenset({"agreement", "agreements", "document", "documents", "deal", "deals", "accord", "pact"})


def _two_pairs(a: list, b: list) -> bool:
    """Two signings' sides are two pairs of their own (Jilin–Bavaria, Changchun–Munich)."""
    a, b = [r for r in a if r is not None], [r for r in b if r is not None]
    return len(a) == len(b) == 2 and not any(_same(x, y) for x in a for y in b)


def _compatible(a: list, b: list) -> bool:
    """Two signings' sides can be one signing's: together they name at most two sides."""
    return len(_prune([r for r in a + b if r is not None])) <= 2


def _fill_agreement_parties(ctx, agreements, visits, meetings) -> None:
    """A signing naming fewer than two sides is between the sides of the trip or the talks around it."""
    for a in agreements:
        if len(a.parties) >= 2:
            continue
        pos = min((s for s, _e in a.evidence), default=0)
        visit = _current_visit(visits, pos)
        src = []
        told = [m for m in meetings if len(m.parties) >= 2 and m.evidence and max(s for s, _e in m.evidence) <= pos]
        if visit is not None and told and _close(told[-1], pos, ctx):
            src = told[-1].parties  # "X met the delegation … The two sides signed …": the talks' sides
        elif visit is not None:
            src = [visit.origin, visit.destination]
        elif meetings:
            src = meetings[-1].parties
        parties = list(a.parties)
        for r in src:
            if r is not None and not any(_same(r, o) or _within(r, o) or _within(o, r) for o in parties):
                parties.append(r)
        a.parties = _prune(parties)


def _definite(ctx, f: Frame) -> bool:
    """"signed the agreement", or "The signing took place …" (a noun told with its article): the one told before."""
    text = ctx.doc.text[f.trigger[1]:f.sentence[1]].lower()
    before = ctx.doc.text[f.sentence[0]:f.trigger[0]]
    return text.lstrip().startswith(("the ", "this ", "that ")) or _ARTICLE_BEFORE.search(before) is not None \
        or _PASSIVE_DEFINITE.match(before) is not None


_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:the|this|that)\s+$")
# "The letter was signed by A and B", "It was signed by …": the document told before, its signing told again
_PASSIVE_DEFINITE = re.compile(r"(?i)\s*(?:the|this|that|it)\b[^,;:]{0,40}?\b(?:was|were|has been|had been)\s+$")


# ------------------------------------------------------------------ inspections
def _inspection_frame(ctx, f: Frame, inspections, visits) -> None:
    pos = f.sentence[0]
    if f.place is not None and visits and _named_in_sites_only(ctx, f):
        f = dataclasses.replace(f, place=None)  # "the Zhangjiajie National Forest Park" on a trip: no stop of its own
    visit = _current_visit(visits, pos, f.place, f.date)
    origin = f.origin
    if origin is None and f.place is not None and visit is None and f.lang == "en":
        # "Minister-President X of Saxony inspected the Y plant in Wuhan": a tour away from the touring people's
        # home is a trip there
        origin = next((r for r in (ctx.person_region(p) for p in f.travellers) if r is not None and not (
            _same(r, f.place) or _within(r, f.place) or _within(f.place, r))), None)
    place = f.place
    if place is None and visit is None and origin is not None and f.lang == "en":
        # "SAN JOSE — The delegation from Hainan toured the X Processing Zone": a tour told with no trip, its
        # site named by no place, was made where the report is datelined (never a place of the tourists' side)
        r = ctx.dateline_place
        if r is not None and not (_same(r, origin) or _within(r, origin) or _within(origin, r)):
            place = r
    if place is not None and f.place is None:
        f = dataclasses.replace(f, place=place)
    if f.place is not None and origin is not None and (visit is None or not (
            _same(visit.destination, f.place) or _within(f.place, visit.destination))):
        implied = Frame(type="visit", kind="implied", trigger=f.trigger, sentence=f.sentence, lang=f.lang,
                        origin=origin, destinations=[f.place], travellers=list(f.travellers), date=f.date)
        got = _visit_frame(ctx, implied, visits)
        visit = got[0] if got else visit  # the day they toured is the tour's, not the trip's
    if visit is None:
        return
    ev = next((i for i in inspections if _same(i.destination, visit.destination) and _same(i.origin, visit.origin)),
              None)
    if ev is None:
        ev = Event(id="", type="inspection", origin=visit.origin, destination=visit.destination)
        inspections.append(ev)
    _add_evidence(ev, f)
    if f.place is not None and getattr(ev, "_venue", None) is None and not _named_in_sites_only(ctx, f):
        ev._venue = f.place  # (not a place named only inside a site's name: "the Richards Bay Industrial Zone")
    if f.date and not ev.start and (f.date != (visit.start, visit.end) or visit.start == visit.end):
        ev.start, ev.end = f.date
    for s in f.sites:
        if s not in ev.sites:
            ev.sites.append(s)
    for p in visit.participants:
        if p.role == "leader":
            ev.add_participant(p.person, "leader")
    for pid, r in f.roles:
        if r in ("host", "leader"):
            ev.add_participant(pid, r)
    if f.lang == "en":  # "Sato also visited FAW Group": who tours, in the role they travel in
        for pid in f.travellers:
            role = next((p.role for p in visit.participants if p.person == pid and p.role in ("leader", "member")),
                        None)
            if role is not None:
                ev.add_participant(pid, role)


def _named_in_sites_only(ctx, f: Frame) -> bool:
    """The tour's place is written in its sentence only inside the names of the sites toured."""
    names = [n for n in (getattr(f.place, "en", None), getattr(f.place, "zh", None)) if n]
    text = ctx.doc.text[f.sentence[0]:f.sentence[1]]
    for site in f.sites:
        for n in (site.get("en"), site.get("zh")) if isinstance(site, dict) else ():
            if n:
                text = text.replace(n, " ")
    return bool(names) and bool(f.sites) and not any(n in text for n in names)


def _division_unknown(city, division) -> bool:
    """A city abroad whose first-level division the tables do not know (its parent is its country: Ha Long), and a
    division of that country: the city may lie in it."""
    country = getattr(city, "country", None)
    return (country not in (None, "CN") and getattr(city, "parent", None) == country
            and getattr(city, "level", 0) >= 2 and getattr(division, "country", None) == country
            and getattr(division, "level", 0) == 1)


def _set_date(ev: Event, date) -> None:
    """The first date told for the event, or a later one that says more of it (2016 → 2016-10-14)."""
    if not date or not date[0]:
        return
    if not ev.start or (date[0].startswith(ev.start) and len(date[0]) > len(ev.start)):
        ev.start, ev.end = date
    elif date[0] == ev.start == ev.end and date[1] and date[1] > ev.start:
        ev.end = date[1]  # "arrived on Monday for a three-day visit": the day, then the days from it


def _add_evidence(ev: Event, f: Frame) -> None:
    if f.sentence not in ev.evidence:
        ev.evidence.append(f.sentence)


def two_sides(e: Event) -> bool:
    if e.type in ("visit", "inspection"):
        if e.origin is None:
            return e.destination is not None and (bool(e.participants) or getattr(e, "_envoys", False))
        return e.destination is not None and not _same(e.origin, e.destination)
    codes = {_code(p) for p in e.parties if p is not None}
    return len(codes) >= 2

"""Events of the sentences read through frames (English), and their merge with the Chinese rules' events."""
from __future__ import annotations

import re

from ...doc import Event, other_year
from ...places import same as _same, signing_of, within as _within
from ... import fields as F
from .assemble import absorb_country_visits, assemble


def english_events(ctx, known: list[Event] = ()) -> list[Event]:
    """Events of the frames the frames stage read (English sentences), before roles, dates and fields."""
    frames = [s.value for s in ctx.doc.layer("frames")]
    if not frames:
        return []
    events = assemble(ctx, frames, known)
    _narrow_destinations(frames, events)
    events = _headline_signing_told_below(ctx, events)
    events = _headline_tour_told_below(ctx, events)
    return _absorb_country_origins(ctx, events)


def _headline_tour_told_below(ctx, events: list[Event]) -> list[Event]:
    """"… mission visits ports and technology companies" over a body telling the tours with their sites: the
    headline's tour, naming no site and no one, is those — dropped when the body tells one."""
    head = ctx.doc.text.find("\n")
    if head <= 0:
        return events
    tours = [e for e in events if e.type == "inspection"]
    body = [e for e in tours if e.evidence and min(a for a, _b in e.evidence) >= head]
    drop = [e for e in tours if body and e.evidence and not e.sites and not e.participants
            and all(b <= head for _a, b in e.evidence)]
    return [e for e in events if e not in drop]


def _headline_signing_told_below(ctx, events: list[Event]) -> list[Event]:
    """"X mission signs agreements in Jiangsu" over a body telling each document signed: the headline's signing is
    those, no other — dropped when the body's signings between the same sides name who signed."""
    head = ctx.doc.text.find("\n")
    if head <= 0:
        return events
    signings = [e for e in events if e.type == "agreement"]
    drop = []
    for a in signings:
        if a.participants or a.title_en or a.title_zh or not a.evidence or any(x >= head for x, _y in a.evidence):
            continue
        if any(b is not a and b.participants and min(b.evidence, default=(0, 0))[0] >= head
               and len(a.parties) >= 2 and all(any(_same(r, q) for q in b.parties) for r in a.parties)
               for b in signings):
            drop.append(a)
    return [e for e in events if e not in drop]


def _in_country(r, country) -> bool:
    return r is not None and country is not None and getattr(country, "level", None) == 0 \
        and not _same(r, country) and (getattr(r, "country", None) == getattr(country, "code", None)
                                       or _within(r, country))


def _absorb_country_origins(ctx, events: list[Event]) -> list[Event]:
    """"Japanese Guests Visit Zhejiang Province" over a story of the Tochigi governor's trip there: a trip told only
    in the headline from a country, with no one named, is the trip told from a place in it to the same place."""
    text = ctx.doc.text
    head = text.find("\n")
    visits = [e for e in events if e.type == "visit"]
    drop = []
    for v in visits:
        if v.participants or v.origin is None or head <= 0 or any(a >= head for a, _b in v.evidence):
            continue
        w = next((w for w in visits if w is not v and w not in drop and _same(w.destination, v.destination)
                  and _in_country(w.origin, v.origin)), None)
        if w is None:
            continue
        drop.append(v)
        w.evidence.extend(x for x in v.evidence if x not in w.evidence)
        if not w.start and v.start:
            w.start, w.end = v.start, v.end
        for e in events:
            if e.type == "inspection" and _same(e.destination, v.destination) and _same(e.origin, v.origin):
                e.origin = w.origin
    return [e for e in events if e not in drop]


def _strictly_inside(r, outer) -> bool:
    from ...lang.en import _inside

    if r is None or outer is None or _same(r, outer):
        return False
    if _inside(r, outer):
        return True
    parent = getattr(r, "parent", None)
    return bool(parent) and parent in (getattr(outer, "code", None), getattr(outer, "en", None))


def _narrow_destinations(frames, events: list[Event]) -> None:
    """A trip to a province or country whose stay the article places in one place inside it ("a three-day
    visit to Zhejiang … During their stay in Hangzhou"): the visitors went there, the smallest region named
    (ANNOTATION's settled call). The trip's tours move with it. Several places inside: several stops, left as
    told."""
    visits = [e for e in events if e.type == "visit" and e.destination is not None and e.evidence]
    for v in visits:
        first = min(a for a, _b in v.evidence)
        later = [min(a for a, _b in w.evidence) for w in visits
                 if w is not v and min(a for a, _b in w.evidence) > first and not _same(w.destination, v.destination)]
        until = min(later, default=None)
        inner = []
        for f in frames:
            if f.sentence[0] < first - 1 or (until is not None and f.sentence[0] >= until) or f.mood != "done":
                continue
            # (only a stay: a meeting's venue inside the place the travel word names leaves the trip's place as
            # told — "visited Gansu … held talks in Lanzhou" went to Gansu)
            places = list(f.destinations) if f.type == "visit" and f.kind == "stay" else []
            for r in places:
                if _strictly_inside(r, v.destination) and not any(_same(r, x) for x in inner):
                    inner.append(r)
        if len(inner) != 1:
            continue
        r = inner[0]
        if any(w is not v and _same(w.destination, r) and (w.origin is None or v.origin is None
                                                          or _same(w.origin, v.origin)) for w in visits):
            continue  # told as a trip of its own
        old = v.destination
        for e in events:
            if e.type in ("visit", "inspection") and _same(e.destination, old) and (
                    e is v or e.origin is None or v.origin is None or _same(e.origin, v.origin)):
                e.destination = r
                e.parties = [x for x in (e.origin, r) if x is not None]


def english_fields(ctx, events: list[Event]) -> None:
    """Fields of cooperation for the frames' signings and meetings (from every sentence of the article)."""
    meetings = [e for e in events if e.type == "meeting"]
    agreements = [e for e in events if e.type == "agreement"]
    inspections = [e for e in events if e.type == "inspection"]
    F.fields_for(ctx, agreements, agreement=True)
    F.fields_for(ctx, meetings, agreement=False,
                 skip={s for ev in inspections + agreements for s, _e in ev.evidence})


_PREFER = {
    "speaker": ("meeting", "agreement", "visit", "inspection"),
    "presider": ("meeting", "agreement"),
    "attendee": ("meeting", "agreement"),
    "witness": ("agreement", "meeting"),
    "signatory": ("agreement",),
    "host": ("inspection", "visit", "meeting"),
    "leader": ("visit",),
}


_TOUR_WORD = re.compile(r"\b(tour(?:s|ed|ing)?|inspect(?:s|ed|ing|ion)?|visit(?:s|ed|ing)? (?:the|a|an|several|some))\b", re.I)

_SUBORDINATE = re.compile(r"\b(where|at which|during which|after which|before which)\b", re.I)


def _triggers(doc, sent) -> list[tuple[int, int, str]]:
    return [(s.value.trigger[0], s.value.trigger[1], s.value.type) for s in doc.layer("frames")
            if sent.start <= s.value.trigger[0] < sent.end and s.value.type != "venue"]


def _trip_told_around(events: list[Event], pos: int) -> list[Event]:
    """The trips told up to ``pos`` (the last one is the trip a role there goes to); none told yet, the first one
    told after it ("X led the four-member delegation, which included Y. The delegation spent two days in Z")."""
    visits = [e for e in events if e.type == "visit" and e.evidence]
    before = [e for e in visits if min(s for s, _e in e.evidence) <= pos]
    if before:
        return before
    after = sorted(visits, key=lambda e: min(s for s, _e in e.evidence))
    return after[:1]


def distribute_roles(ctx, events: list[Event], own: list[Event] | None = None) -> None:
    """Role verbs (said, chaired, attended, witnessed, accompanied) → the event their sentence tells,
    else the last event told before them of a type the role fits. ``own``: the events read from frames
    (the default conventions below apply to those only)."""
    doc = ctx.doc
    for span in doc.layer("role_verbs"):
        role, pid, off = span.label, span.value, span.start
        sent = doc.sentence_at(off)
        if role == "member":  # "The delegation included X": the trip told here or just before
            visits = _trip_told_around(events, sent.start if sent else off)
            if visits and not any(p.person == pid for p in visits[-1].participants):
                visits[-1].add_participant(pid, "member")
            continue
        if role == "companion":
            # "X was accompanied by A and B": A and B, of the trip's own side (no home where it went), travel with
            # the visitor (members of the trip, attendees of the meeting told here or last on it); else they host
            visits = [e for e in events if e.type == "visit" and e.evidence and e.destination is not None
                      and min(s for s, _e in e.evidence) <= (sent.start if sent else off)]
            r = ctx.person_region(pid)
            if visits and r is not None and visits[-1].origin is not None and not (
                    _within(r, visits[-1].destination) or _same(r, visits[-1].destination)
                    or _within(visits[-1].destination, r)) and (
                    _within(r, visits[-1].origin) or _same(r, visits[-1].origin)):
                v = visits[-1]
                if not any(p.person == pid for p in v.participants):
                    v.add_participant(pid, "member")
                mates = {x.value for x in doc.layer("role_verbs") if x.label == "companion"
                         and sent is not None and sent.start <= x.start < sent.end}
                others = [p for p in v.participants if p.role in ("leader", "member") and p.person not in mates]
                if len(others) == 1 and others[0].role == "member":
                    others[0].role = "leader"  # the one the others accompany leads the trip
                first = min(s for s, _e in v.evidence)
                meetings = [e for e in events if e.type == "meeting" and e.evidence and any(
                    first <= s <= (sent.start if sent else off) for s, _e in e.evidence)]
                here = [e for e in meetings if sent is not None and (sent.start, sent.end) in e.evidence]
                target = (here or meetings[-1:] or [None])[-1]
                if target is not None and not any(p.person == pid for p in target.participants):
                    target.add_participant(pid, "attendee")
                continue
            role = "host"
        if role == "leader":  # "The delegation was led by X": the trip told here or just before
            visits = _trip_told_around(events, sent.start if sent else off)
            if visits:
                visits[-1].add_participant(pid, "leader")
            continue
        if sent is None:
            continue
        prefer = _PREFER.get(role, ("meeting",))
        here = [e for e in events if (sent.start, sent.end) in e.evidence and e.type in prefer]
        if role in ("speaker", "attendee", "presider") and here and all(e.type == "agreement" for e in here) and any(
                _SUBORDINATE.search(doc.text[off:t0]) for t0, _t1, typ in _triggers(doc, sent) if typ == "agreement"
                and t0 > off):
            here = []  # "spoke at the ceremony, where five agreements were signed": the signing is told aside
        target = None
        for t in prefer:
            cand = [e for e in here if e.type == t]
            if cand:
                target = cand[-1]
                break
        if target is not None and role == "speaker" and target.type != "meeting":
            # "Weber said that the two provinces signed an agreement", "… said the visit would …": words about a
            # signing or a trip were spoken at the meeting told (else, below, the last one before)
            target = None
        if target is not None and target.type == "visit" and role == "speaker" and min(
                s for s, _e in target.evidence) < sent.start:
            # "Garcia said Cebu welcomed investors": a trip told before, named again in the words; the words were
            # spoken at the meeting told since the trip began
            since = [e for e in events if e.type == "meeting" and e.evidence
                     and min(target.evidence)[0] <= max(s for s, _e in e.evidence) < sent.start]
            if since:
                target = since[-1]
        if target is None and role == "signatory":
            before = [e for e in events if e.type == "agreement" and e.evidence and min(e.evidence)[0] < sent.start]
            if before:  # "A and B, C and D signed on behalf of their governments": each the one of their places
                before.sort(key=lambda e: max(s for s, _t in e.evidence if s < sent.start))
                target = signing_of(ctx.person_region(pid), before)
        if target is None and role in ("speaker", "attendee", "presider", "witness", "signatory"):
            for t in prefer[:2]:  # the last meeting told before (else the last signing)
                before = [(max((s for s, _e in e.evidence if s < sent.start), default=-1), e) for e in events
                          if e.type == t]
                before = [(s, e) for s, e in before if s >= 0]
                dated = [e.start.lstrip("-") for _s, e in before if e.start]
                if len(set(dated)) > 1:  # a meeting recalled from an earlier day does not hear what is said now
                    latest = max(dated)
                    before = [(s, e) for s, e in before if not e.start or not (
                        e.start.lstrip("-") < latest and not latest.startswith(e.start.lstrip("-")))] or before
                if before:
                    target = max(before, key=lambda x: x[0])[1]
                    break
        fallback = target is None and role == "host"
        if fallback:
            # "Vice Governor X accompanied the delegation": the trip told before (its tour when the sentence
            # names one), where X is at home
            for t in (("inspection", "visit") if _TOUR_WORD.search(doc.text, sent.start, sent.end) else ("visit",)):
                before = [e for e in events if e.type == t and e.destination is not None
                          and any(s < sent.start for s, _e in e.evidence)]
                if before:
                    target = max(before, key=lambda e: max(s for s, _e in e.evidence if s < sent.start))
                    break
            if target is not None and ctx.person_region(pid) is None:
                target = None
        if target is None:
            continue
        if role == "host" and target.type in ("visit", "inspection") and target.destination is not None:
            r = ctx.person_region(pid)
            if r is not None and not (_within(r, target.destination) or _same(r, target.destination)
                                      or ((fallback or target.type == "inspection") and _within(target.destination, r))):
                # (the prefecture's mayor accompanying a tour of a city inside it hosts it)
                continue
        target.add_participant(pid, role)
    own = events if own is None else own
    visits = [e for e in events if e.type == "visit"]
    trips = {tuple(sorted(p.person for p in v.participants if p.role == "leader")) for v in visits}
    trips.discard(())
    for e in own:  # a delegation received: its leaders attend the meeting
        # (whoever else is named attending: "Also present was Vice Governor X" of the hosts' side)
        if e.type == "meeting" and (any(p.role == "host" for p in e.participants) or not e.participants and any(
                re.search(r"\brespectively\b", doc.text[a:b]) for a, b in e.evidence)):
            # (one met by a place's office named with no one's name: "the governors of A and B respectively met")
            found = False
            for v in visits:
                if any(_same(v.origin, r) for r in e.parties):
                    for p in v.participants:
                        if p.role == "leader":
                            e.add_participant(p.person, "attendee")
                            found = True
            if not found and len(trips) == 1 and any(
                    re.search(r"\bdelegation\b", doc.text[a:b]) for a, b in e.evidence):
                # "X, Y and Z respectively met with the delegation": the article's one delegation, its leaders
                for pid in next(iter(trips)):
                    e.add_participant(pid, "attendee")
    _later_stops(doc, [e for e in own if e.type == "visit"], visits)
    _two_named_by_title(ctx, events)
    for e in own:  # a tour told before its trip's leader was named ("… led by X" read as a role verb): X leads it
        if e.type != "inspection" or any(p.role == "leader" for p in e.participants):
            continue
        trip = next((v for v in visits if _same(v.destination, e.destination) and _same(v.origin, e.origin)), None)
        for p in (trip.participants if trip is not None else []):
            if p.role == "leader":
                e.add_participant(p.person, "leader")
    for e in own:  # whoever speaks at a meeting and holds no other role there attends it
        if e.type != "meeting":
            continue
        roles: dict[str, set] = {}
        for p in e.participants:
            roles.setdefault(p.person, set()).add(p.role)
        for pid, rs in roles.items():
            if rs == {"speaker"}:
                # (not someone quoted from a third place: a region beside both sides the meeting names)
                r = ctx.person_region(pid)
                sides = [o for o in e.parties if o is not None]
                if r is not None and len(sides) >= 2 and not any(_same(r, o) or _within(r, o) or _within(o, r)
                                                                 for o in sides):
                    continue
                e.add_participant(pid, "attendee")


# "the two governors signed …", "in the presence of both leaders": the two already named, by a plural title
_GROUP_REF = re.compile(r"\b(?:[Tt]he|[Bb]oth(?:\s+the)?)\s+(?:two\s+)?(governors|mayors|leaders|party\s+secretaries|"
                        r"chairmen|chairpersons|chairs|premiers|presidents)\b")
_GROUP_ROLE_AFTER = (("signatory", re.compile(r"(?:\s+(?:also|then|jointly|later|formally|officially))?\s+(?:co-)?signed\b")),
                     ("witness", re.compile(r"(?:\s+(?:also|then|jointly))?\s+witnessed\b")),
                     ("speaker", re.compile(r"(?:\s+(?:also|then|each|both))?\s+(?:spoke|delivered|made|gave)\b")),
                     ("presider", re.compile(r"(?:\s+(?:also|then|jointly))?\s+(?:co-chaired|chaired|presided)\b")))
_GROUP_ROLE_BEFORE = (("witness", re.compile(r"\b(?:in\s+the\s+presence\s+of|witnessed\s+by|under\s+the\s+witness\s+of)\s*$",
                                              re.I)),)
_GROUP_OFFICE = {"governors": ("head",), "mayors": ("head",), "premiers": ("head",), "presidents": ("head",),
                 "chairmen": ("head",), "chairpersons": ("head",), "chairs": ("head",),
                 "party secretaries": ("secretary",), "leaders": ("head", "secretary")}


def _two_named_by_title(ctx, events: list[Event]) -> None:
    """"After the talks, the two governors signed …" / "In the presence of both leaders, A and B signed …": the
    two people of that office taking part in the meeting told last (one on each side) take the role on the
    event the sentence tells."""
    doc = ctx.doc
    for m in _GROUP_REF.finditer(doc.text):
        sent = doc.sentence_at(m.start())
        if sent is None:
            continue
        role = next((r for r, rx in _GROUP_ROLE_AFTER if rx.match(doc.text, m.end(), sent.end)), None) or next(
            (r for r, rx in _GROUP_ROLE_BEFORE if rx.search(doc.text, sent.start, m.start())), None)
        if role is None:
            continue
        meetings = [e for e in events if e.type == "meeting" and e.evidence
                    and min(a for a, _b in e.evidence) < sent.end]
        if not meetings:
            continue
        meeting = max(meetings, key=lambda e: min(a for a, _b in e.evidence))
        wanted = _GROUP_OFFICE[re.sub(r"\s+", " ", m.group(1).lower())]
        pids = []
        for p in meeting.participants:
            person = ctx.people.get(p.person)
            if p.role in ("host", "attendee") and person is not None and p.person not in pids and any(
                    pos.role in wanted for pos in person.positions):
                pids.append(p.person)
        regions = [ctx.person_region(pid) for pid in pids]
        if len(pids) != 2 or any(r is None for r in regions) or _same(regions[0], regions[1]):
            continue
        kinds = ("agreement",) if role in ("signatory", "witness") else ("meeting",)
        here = [e for e in events if e.type in kinds and (sent.start, sent.end) in e.evidence]
        if role in ("speaker", "presider") and not here:
            here = [meeting]
        if not here:
            continue
        for e in here if role == "witness" else here[-1:]:
            for pid in pids:
                if not any(p.person == pid and p.role == role for p in e.participants):
                    e.add_participant(pid, role)


_THE_DELEGATION = re.compile(r"\b(?:[Tt]he\s+(?:\w+\s+)?(?:delegation|group|team|mission|party)|[Tt]hey)\b")


def _later_stops(doc, own_visits: list[Event], visits: list[Event]) -> None:
    """"On Thursday, the delegation traveled to Pingxiang": a later stop of the trip told before, made by the same
    delegation, has its leader and members (ANNOTATION: one visit per stop, each with the delegation)."""
    for v in own_visits:
        if any(p.role in ("leader", "member") for p in v.participants) or not v.evidence:
            continue
        first = min(s for s, _e in v.evidence)
        if not any(_THE_DELEGATION.search(doc.text, a, b) for a, b in v.evidence):
            continue
        before = [u for u in visits if u is not v and u.evidence and min(s for s, _e in u.evidence) < first
                  and any(p.role == "leader" for p in u.participants) and u.origin is not None
                  and v.origin is not None and _same(u.origin, v.origin) and not _same(u.destination, v.destination)
                  and not (u.start and v.start and v.start < u.start)]
        if not before:
            continue
        trip = max(before, key=lambda u: min(s for s, _e in u.evidence))
        for p in trip.participants:
            if p.role in ("leader", "member"):
                v.add_participant(p.person, p.role)


def complete_parties(ctx, events: list[Event]) -> None:
    """A meeting or signing naming fewer than two sides: the regions of the people taking part in it,
    then the regions its sentences name (the outer one of a place and the place inside it)."""
    for e in events:
        if e.type not in ("meeting", "agreement") or len(e.parties) >= 2:
            continue
        parties = list(e.parties)

        def add(r):
            if r is not None and not any(_same(r, o) or _within(r, o) or _within(o, r) for o in parties):
                parties.append(r)

        for p in e.participants:
            if p.role != "witness":  # who witnesses a signing is no side of it
                add(ctx.person_region(p.person))
        if len(parties) < 2:
            named = [r for a, b in sorted(e.evidence) for _s, _e, r in ctx.regions_in(a, b)]
            outer = [r for r in named if not any(o is not r and _within(r, o) and not _same(r, o) for o in named)]
            if any(getattr(r, "level", 0) > 0 for r in outer):
                outer = [r for r in outer if getattr(r, "level", 0) > 0 or getattr(r, "code", None) != "CN"]
            for r in outer:
                add(r)
        if len(parties) < 2 and e.type == "agreement" and e.evidence:
            # "After the talks, the two sides signed the minutes": the sides of the meeting told last before
            first = min(a for a, _b in e.evidence)
            told = [m for m in events if m.type == "meeting" and len(m.parties) >= 2 and m.evidence
                    and min(a for a, _b in m.evidence) <= first]
            if not told:  # "The two sides also signed an MoU": the sides of the signing told before
                told = [m for m in events if m.type == "agreement" and m is not e and len(m.parties) >= 2
                        and m.evidence and min(a for a, _b in m.evidence) <= first]
            if told:
                for r in max(told, key=lambda m: min(a for a, _b in m.evidence)).parties:
                    add(r)
        e.parties = parties[:12]


def one_side_told(ctx, e: Event) -> bool:
    """A meeting or signing naming one region only, kept when someone in it comes from elsewhere or from a place
    the article leaves unnamed ("received the consuls general", a guest with no region): an exchange whose other
    side is untold. Everyone from the one region: an event inside it (a provincial work conference), none."""
    if e.type not in ("meeting", "agreement") or len(e.parties) != 1 or e.parties[0] is None:
        return False
    side = e.parties[0]
    people = {p.person for p in e.participants}
    if not people:
        return False  # (no one named: nothing tells the meeting crossed a border)
    for pid in people:
        r = ctx.person_region(pid)
        if r is None or not (_same(r, side) or _within(r, side) or _within(side, r)):
            return True
    return False


def fill_dates(events: list[Event], ctx=None) -> None:
    """A signing with no date of its own takes the date of the meeting it was signed at (one sharing a
    sentence with it, else the one told before it, else the article's only dated meeting)."""
    if ctx is not None and not any(e.type == "visit" for e in events):
        # outside a dated trip, an undated meeting took place on the last full date told before it
        for m in events:
            if m.type == "meeting" and not m.start and m.evidence:
                d = next((x for x in (ctx.date_before(a) for a, _b in sorted(m.evidence)) if x), None)
                if d:
                    m.start, m.end = d
    meetings = [e for e in events if e.type == "meeting" and e.start]
    for a in events:
        if a.type != "agreement" or a.start or not a.evidence:
            continue
        first = min(s for s, _e in a.evidence)
        shared = [m for m in meetings if set(m.evidence) & set(a.evidence)]
        before = [m for m in meetings if min(s for s, _e in m.evidence) <= first]
        src = shared or before or (meetings if len(meetings) == 1 else [])
        if src:
            a.start, a.end = src[-1].start, src[-1].end


def merge_languages(zh: list[Event], en: list[Event]) -> list[Event]:
    """One event when a Chinese and an English passage of one article tell the same occurrence."""
    out = list(zh)
    named: dict[int, str] = {}  # Chinese agreement → the title of the English document it took in
    for e in en:
        twins = [z for z in zh if z.type == e.type and _same_sides(z, e) and not other_year(z.start, (e.start, e.end))]
        if e.start:  # two meetings of the same sides: the one told on the same day
            twins.sort(key=lambda z: z.start != e.start)
        if e.type == "agreement" and e.title_en and twins:
            # documents the English names one by one are each a signing: each joins a Chinese twin that took
            # no other named document; none left, it stands alone (the Chinese told them as one batch)
            key = e.title_en.lower()
            free = [z for z in twins if named.get(id(z), key) == key]
            if not free:
                out.append(e)
                continue
            twins = free
            named[id(twins[0])] = key
        twin = twins[0] if twins else None
        if twin is None:
            out.append(e)
            continue
        first = bool(e.evidence and twin.evidence and min(e.evidence) < min(twin.evidence))
        twin.evidence.extend(x for x in e.evidence if x not in twin.evidence)
        for p in e.participants:
            twin.add_participant(p.person, p.role)
        twin.fields.extend(f for f in e.fields if f not in twin.fields)
        for s in e.sites:
            if s not in twin.sites:
                twin.sites.append(s)
        if e.start and (not twin.start or first):
            twin.start, twin.end = e.start, e.end  # the date of the passage that tells it first
        if not (twin.title_zh or twin.title_en) and e.title_en:
            twin.title_en = e.title_en
    if zh and en:
        # a Chinese headline's trip to a province beside the English story's one stop inside it is that stop
        kept = absorb_country_visits([e for e in out if e.type == "visit"])
        out = [e for e in out if e.type != "visit" or e in kept]
    return out


def _same_sides(a: Event, b: Event) -> bool:
    if a.type in ("visit", "inspection"):
        return _same(a.destination, b.destination) and (a.origin is None or b.origin is None
                                                        or _same(a.origin, b.origin))
    common = [r for r in a.parties if r is not None and any(_same(r, o) or _within(r, o) or _within(o, r)
                                                            for o in b.parties if o is not None)]
    return len(common) >= min(2, len(a.parties), len(b.parties)) and bool(common)

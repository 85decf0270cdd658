"""Visits: one per trip from one region to another (甲率团赴乙, 代表团抵达乙, 在乙会见…代表团)."""
from __future__ import annotations

import dataclasses
import re

from ...doc import Event
from ...places import province as _province, same as _same, within as _within
from ...titles import ZH_ROLE_WORDS
from . import lexicon as L
from .moods import PAST, PLAN

_LEAD, _GO, _AT, _DELEG = L.triggers("lead"), L.triggers("go"), L.triggers("at"), L.triggers("deleg")
# a sentence telling a trip (triggers.tsv: lead, go, at, arrive, deleg, purpose)
VISIT_ZH = L.pattern(r"{lead}[^。;；]{0,40}?(?:{go}|{at})"               # 甲率团赴乙 / 甲率团在乙
                     r"|{lead}[^。;；]{0,160}?等{go}"                    # 甲率乙、丙…等前往乙 (a long guest list)
                     r"|{arrive}"                                        # 抵达, 到访
                     r"|{deleg}[^。]{0,30}{at}"                          # 代表团…在乙
                     r"|{at}[^。,，]{2,12}{reception}[^。]{0,60}{deleg}"  # 在乙会见…代表团
                     r"|{deleg}[^。;；,，]{0,20}?{go}"                   # 代表团赴乙
                     r"|{envoy}[^。;；,，]{0,12}?{go}"                   # 外交官开始访问乙 (envoys.tsv)
                     r"|{go_purpose}(?=[^。,，]{0,8}{purpose})"          # 来津考察
                     r"|{go_bare}"                                       # 甲赴乙参加… (a region must follow)
                     r"|(?<=[\u4e00-\u9fffA-Za-z]){at}(?=[^。,，；;]{2,12}?(?:考察|访问|参访))",  # 甲在乙考察 (甲 named)
                     lead=_LEAD, go=_GO, at=_AT, arrive=L.triggers("arrive"), deleg=_DELEG,
                     reception=L.triggers("reception", arg="visit-at"), go_purpose=L.triggers("go", arg=">purpose"),
                     go_bare=L.triggers("go", arg="bare"),
                     purpose=L.triggers("purpose"), envoy=L.select("envoys", "envoy"))
MOVE_ZH = L.pattern("{go}", go=_GO)
LED_WHO = re.compile(r"[^。，,；;：:的]{0,30}?的")  # 率团访问乙的 | 丙市市长甲: the one described leads
FROM_ZH = re.compile(r"来自")  # 来自甲的客人: 甲 is where they come from
# 对乙进行友好访问 / 对乙进行了考察: the place after 对 is where they go, not after 将 (triggers.tsv kind toward: the verb
# that follows it, then a purpose word)
TOWARD_ZH = L.pattern(r"(?<![将要拟])对(?=[^。，,；;]{1,30}?{toward}了?[^。，,；;]{0,10}?{purpose})",
                      toward=L.triggers("toward"), purpose=L.triggers("purpose"))
# 甲在乙会见…代表团 with no travel word: the trip is read from the reception, whose day is not the trip's
RECEPTION_AT = L.pattern(r"{at}[^。,，]{2,12}{reception}", at=_AT,
                         reception=L.triggers("reception", arg="visit-at"))
AT_ZH = L.pattern("{at}", at=_AT)
DELEG_ZH = L.pattern("{deleg}", deleg=_DELEG)
# envoys posted in China (envoys.tsv: 外交官, 驻华使节): travellers with no home region of their own
ENVOYS_ZH = L.pattern("{envoy}", envoy=L.select("envoys", "envoy"))
LEAD_ZH = L.pattern("{lead}", lead=_LEAD)
LED_BY = L.pattern(r"{deleg}由[^。]{0,30}(?:{lead}|任{head})", deleg=_DELEG, lead=_LEAD, head=L.triggers("head"))
HEADED = L.pattern(r"以([^。；;，,]{1,40}?)为(?:{head}|首的)", head=L.triggers("head"))  # 以X为团长/为首的代表团
UNDER_LEAD = L.pattern(r"在([^。;；，,]{1,40}?)的?{lead}下", lead=_LEAD)  # 在X(的)带领下: X leads
SAYS = L.pattern("{say}", say=L.roles("speaker", arg="next"))
ENTRUSTED = re.compile(r"受[^。；;，,]{1,40}?(?:委托|委派|指派)")  # 受甲委托: 甲 sends the one who goes
HOSTS = L.pattern("{host}", host=L.roles("host"))  # 甲欢迎乙率团到访: 甲 receives, 乙 leads
# 甲会见了乙省代表团一行 with no travel word: the delegation received came to the host's region
# 甲热情欢迎乙等贵宾到访: the guests named between came to 甲's region
# 对乙代表团的到来表示欢迎 / 甲欢迎乙一行的到来: the arrival welcomed is the guests' trip
WELCOMED = L.pattern(r"(?:{welcome}([^。;；,，]{1,30}?)(?:的)?(?:到访|来访|到来)"
                     r"|对([^。;；,，]{1,30}?)(?:的)?(?:到访|来访|到来)表示[^。;；,，]{0,6}欢迎)",
                     welcome=[r for r in L.roles("host") if r.form in ("欢迎", "迎接")])
_GREET = L.pattern("{greet}", greet=L.select("triggers", "greet"))
# material between a movement verb and its destination: 赴与台州相邻的宁德市, 抵达此行最后一站——喀什
DETOUR = L.pattern(r"(?:与|和|同)[^。，,；;]{1,16}?{adjoin}的|位于[^。，,；;]{1,16}?的"
                   r"|此行(?:的)?[^。，,；;]{0,6}?{stop}[—\-－–―:：,，\s]*",
                   adjoin=L.select("triggers", "adjoin"), stop=L.select("triggers", "stop"))
RECEIVED = L.pattern(r"(?:{reception}|{greet})[^。;；]{0,40}?{deleg}", reception=L.triggers("reception"),
                     greet=L.select("triggers", "greet"), deleg=_DELEG)


_CAPITAL = L.pattern(r"的?(?:{capital})", capital=L.select("triggers", "capital"))
_TIME_AFTER_MOVE = re.compile(r"(?:期间|之际|时|后|之后|以来|结束)")


def _region_before(ctx, pos: int, lo: int, window: int = 14):
    """The region ending closest before ``pos`` (within ``window`` chars), for 吉林省党政代表团."""
    best = None
    text = ctx.doc.text
    for s, e, r in ctx.regions_in(lo, pos):
        if text[s - 1:s] == "驻":
            continue  # 尼日利亚驻广州总领事: the place an envoy is posted to, not where the delegation comes from
        # a name in Latin letters between (札幌市市长Ichiro Akimoto一行) counts as one character, as a name in
        # characters counts a few
        if len(_LATIN_NAME.sub("X", text[e:pos])) <= window and not _VERB_BETWEEN.search(text, e, pos):
            best = r
    return best


# 在长春会见了甲一行: a verb between a place and the delegation word makes the place where it happened, not the
# delegation's own
_VERB_BETWEEN = L.pattern("{reception}", reception=L.triggers("reception"))


_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z.'’\- ]*[A-Za-z.]|[A-Za-z]")


def find_visits(ctx) -> list[Event]:
    doc = ctx.doc
    homes = doc.meta.get("home") or {}
    visits: list[Event] = []
    for sent in doc.sentences:
        text = ctx.doc.text[sent.start:sent.end]
        inv = _invitation_after_trip(text)
        if inv:  # 前往静冈县，邀请静冈县知事率团来宁波: the trip told, then what it invited (no trip yet)
            sent = dataclasses.replace(sent, end=sent.start + inv)
            text = text[:inv]
        m = VISIT_ZH.search(text) or TOWARD_ZH.search(text)
        if not m or PAST.search(text[:m.start() + 1]):
            continue
        led = LED_BY.search(text)
        if led and visits and not MOVE_ZH.search(text[led.end():]):
            # 代表团由X率领: the leader of the trip just told
            for _s, _e, pid in ctx.persons_in(sent.start + led.start(), sent.start + led.end())[:2]:
                visits[-1].add_participant(pid, "leader")
            visits[-1].evidence.append((sent.start, sent.end))
            continue
        if PLAN.search(text[:m.end() + 6]):
            continue
        origin = dest = None
        leaders: list[str] = []
        # destination: the region right after a movement verb
        dests: list = []
        lead_m = LEAD_ZH.search(text)
        date_lo = 0
        moves = sorted(list(MOVE_ZH.finditer(text)) + list(TOWARD_ZH.finditer(text)), key=lambda x: x.start())
        if lead_m is not None:
            # 甲于…来台签署…后，再度率团回访乙: the trip the leader leads is the one told after 率
            after = [mv for mv in moves if mv.start() >= lead_m.end()]
            before = [mv for mv in moves if mv.start() < lead_m.end()]
            if after and before:
                date_lo = before[-1].end()  # the earlier trip's date (于2024年来台) is not this one's
            moves = after + before
        for k, mv in enumerate(moves):
            if _TIME_AFTER_MOVE.match(text, mv.end()):
                continue  # 访问期间，青岛市与…: the time of the trip, no place gone to after it
            detour = DETOUR.match(text, mv.end())
            dests = _region_list_after(ctx, sent.start + (detour.end() if detour else mv.end()), sent.end, 4)
            if dests:
                dest = dests[0]
                if PLAN.search(text, max(0, mv.start() - 30), mv.end() + 1):
                    dests, dest = [], None  # 将赴X: not (yet) a visit
                    break
                # 赴日本访问，首站抵达大阪府: a later movement verb naming a place inside it names the stop
                for later in moves[k + 1:]:
                    if later.start() < mv.end():
                        continue
                    inner = _region_list_after(ctx, sent.start + later.end(), sent.end, 2)
                    # (出访日本、韩国，先后访问了鸟取县和江原道: a stop inside any of the places gone to)
                    inner = [r for r in inner if any((_within(r, d) or _in_country(r, d)) and not _same(r, d)
                                                     for d in dests)]
                    if inner:
                        # 赴四川考察，先后到成都、绵阳: one visit per stop named; a place gone to with no stop
                        # named inside it stays one
                        dests = inner + [d for d in dests[1:] if not any(_within(r, d) or _in_country(r, d)
                                                                          for r in inner)]
                        dest = inner[0]
                        break
                for later in moves[k + 1:]:
                    # 来到宁波市，随后又前往舟山市: a clause of its own going on to another place, one visit more
                    if later.start() >= mv.end() and _THEN_GOES.search(text, 0, later.start()) \
                            and not PLAN.search(text, max(0, later.start() - 8), later.end() + 1):
                        more = _region_list_after(ctx, sent.start + later.end(), sent.end, 2)
                        if more and not _PLACE_ENDS.match(
                                doc.text, sent.start + _end_of_list(ctx, sent.start, more, sent.start + later.end())):
                            more = []  # 随后前往舟山港考察: a site named after its place, no stop of its own
                        dests = dests + [r for r in more if not any(
                            _same(r, d) or _within(r, d) or _within(d, r) for d in dests)]
                if mv.group(0).startswith("结束"):
                    # 结束在甲的考察后，转赴乙: the place left and the place gone on to, one visit each
                    for later in moves[k + 1:]:
                        if later.start() >= mv.end():
                            more = _region_list_after(ctx, sent.start + later.end(), sent.end, 4)
                            dests = dests + [r for r in more if not any(_same(r, d) for d in dests)]
                            if more:
                                break
                break
        if not dests and (DELEG_ZH.search(text) or lead_m is not None
                          or (m.group(0) == "在" and ctx.persons_in(sent.start, sent.start + m.start()))):
            # (甲率团参加在乙举办的博览会: a group led to where the event is held)
            for mv in AT_ZH.finditer(text):
                dests = _region_list_after(ctx, sent.start + mv.end(), sent.end, 1)
                if len(dests) > 1 and not _STAY_AFTER.match(text, _end_of_list(ctx, sent.start, dests,
                                                                                sent.start + mv.end())):
                    dests = dests[:1]  # (在宁波市、舟山市进行考察: each place a stop; else the first is where)
                if dests:
                    dest = dests[0]
                    break
        # origin: the region in front of the delegation word
        for dm in DELEG_ZH.finditer(text):
            r = _region_before(ctx, sent.start + dm.start(), sent.start, 12)
            if r is not None and (dest is None or not _same(r, dest)):
                origin = r
                break
        if origin is None:
            # 来自甲的嘉宾来到乙: the place they come from
            for fm in FROM_ZH.finditer(text, 0, m.start() + 1):
                r = next(iter(_region_list_after(ctx, sent.start + fm.end(), sent.end, 1)), None)
                if r is not None and (dest is None or not (_same(r, dest) or _within(dest, r))):
                    origin = r
                    break
        lm = LEAD_ZH.search(text)
        under = UNDER_LEAD.search(text)
        if under:  # 甲等一行在乙的带领下来…: 乙 leads, 甲 travels with
            leaders = [pid for s_, e_, pid in ctx.persons_in(sent.start + under.start(1), sent.start + under.end(1))]
        elif lm:  # who is named before 率 (not the subject of a speech verb, nor of a host verb: 甲欢迎乙率团到访)
            welcomed = [h.end() for h in HOSTS.finditer(text, 0, lm.start())]
            welcomed += [t.end() for t in ENTRUSTED.finditer(text, 0, lm.start())]  # 受甲委托，乙率团: 乙 leads
            welcomed.sort()
            lo = sent.start + (welcomed[-1] if welcomed else 0)
            leaders = [pid for s, e, pid in ctx.persons_in(lo, sent.start + lm.start())
                       if not SAYS.match(doc.text[e:e + 2])]
            if not leaders and re.search(r"(?:他|她)\s*$", text[:lm.start()]):
                # 甲表示，上个月他率领…: the speaker tells of a trip he led
                leaders = [pid for s, e, pid in ctx.persons_in(lo, sent.start + lm.start())
                           if SAYS.match(doc.text[e:e + 2])][:1]
        if not leaders:
            # 以X为团长的代表团: the head named inside the delegation's description
            head = HEADED.search(text)
            if head:
                leaders = [pid for s_, e_, pid in ctx.persons_in(sent.start + head.start(1), sent.start + head.end(1))]
        told_of = False
        if not leaders and lm and not ctx.persons_in(sent.start, sent.start + lm.start()):
            # 率团访问乙的丙市市长甲表示…: the trip told as what the one named after it did
            rel = LED_WHO.match(text, lm.end())
            told_of = bool(rel)  # (its sentence's day is the main verb's, not the trip's)
            if rel:
                leaders = [pid for _s, _e, pid in ctx.persons_in(sent.start + rel.end(), sent.start + rel.end() + 24)][:1]
        if not leaders:
            # 甲一行抵达…: "X and party" names who leads them (a lone 甲 with no 一行 travels as a member)
            leaders = yixing_leaders(ctx, sent.start, sent.start + m.end())
        if origin is None:
            # subjects of the sentence: who travelled (leaders first, then anyone named before the verb)
            named = [pid for s_, e_, pid in ctx.persons_in(sent.start, sent.start + m.start())]
            subjects = leaders + [pid for pid in named if pid not in leaders] if under else (leaders or named)
            regions = [ctx.person_region(pid) for pid in subjects]
            if dest is not None and getattr(dest, "country", None) == "CN" and any(
                    getattr(r, "code", None) not in (None, "CN") for r in regions if r is not None):
                regions = [r for r in regions if getattr(r, "code", None) != "CN"]  # a finer side than the country
            for r in regions:
                if r is not None:
                    origin = _province(r) if dest is not None and not _within(dest, r) and getattr(r, "level", 0) == 1 else r
                    break
        office_leads = False
        if origin is None and not leaders and lm and not told_of:
            # 老街省委书记率团访问红河州: an office named with no one's name leads; the place its title names
            origin = _office_before(ctx, text, sent.start, lm.start())
            office_leads = origin is not None
        if dest is None:
            continue
        carried: list = []
        if origin is None and visits and not leaders and visits[-1].origin is not None \
                and _bare_delegation(ctx, text, sent.start):
            # 代表团赴与甲相邻的乙市 / 代表团抵达此行最后一站——乙市: the delegation told before goes on
            # to another place (its origin and leaders go with it)
            origin = visits[-1].origin
            carried = [p.person for p in visits[-1].participants if p.role == "leader"]
        # 外交官开始访问湖南: envoys posted in China travel with their origin open (not the article's home)
        envoys = origin is None and not leaders and ENVOYS_ZH.search(text, 0, m.end()) is not None
        if origin is None and not (visits and not leaders) and not envoys:
            # the article's home is the origin only for a new trip with someone leading it, or the first one
            home = homes.get("city") or homes.get("province")
            if home is not None and not _within(home, dest) and not _within(dest, home):
                origin = home
        known_travellers = bool(DELEG_ZH.search(text) or leaders or envoys or office_leads)
        if (origin is None and not known_travellers) or _same(origin, dest):
            continue  # an origin may stay unknown only for a delegation or a named leader (a mixed group)
        date = ctx.date_in(sent.start + date_lo, sent.end)
        if RECEPTION_AT.match(text, m.start()) and not MOVE_ZH.search(text):
            date = None  # (undated, as a delegation received: _received)
        if told_of:
            date = None  # 今天，率团访问乙的甲与丙签署…: the day is the signing's
        if _split_stops(visits, origin, dests, date, sent):
            continue
        for dest in dests:
            if origin is not None and (_same(origin, dest) or _within(dest, origin)):
                continue
            if getattr(origin, "code", None) == "CN" and getattr(dest, "country", None) == "CN":
                continue  # a national leader touring a province is no exchange between regions
            ev = _add_visit(visits, origin, dest, date, leaders or carried, sent)
            if envoys and ev.origin is None:
                ev._envoys = True  # told with its origin open (links keeps such a trip)
            if under:  # those named before 在X的带领下 travel with X
                for _s, _e, pid in ctx.persons_in(sent.start, sent.start + under.start()):
                    if pid not in leaders:
                        ev.add_participant(pid, "member")
    _attended(ctx, visits)
    _received(ctx, visits)
    _calls(ctx, visits)
    _welcomed(ctx, visits)
    _ongoing(ctx, visits)
    _visiting(ctx, visits)
    _toured(ctx, visits)
    _received_lists(ctx, visits)
    visits = _merge_stops(visits)
    for v in visits:
        _visit_members(ctx, v)
    return visits


LED_TO_ATTEND = L.pattern(r"{lead}[^。；;，,]{0,30}?{attend}|{deleg}[^。；;，,]{0,4}?{attend}", lead=_LEAD,
                          deleg=_DELEG, attend=L.triggers("attend"))  # (以甲为团长的乙省代表团参会 too)
HELD_AT = L.pattern(r"在([^。；;，,]{2,20}?)(?:隆重|正式|盛大)?{held}", held=L.triggers("held-at"))


def _attended(ctx, visits: list[Event]) -> None:
    """博览会在长沙开幕。江西省副省长甲率团参会: a group led to an event whose venue the sentence before told
    goes there (the sentence itself names no place gone to)."""
    doc = ctx.doc
    told = {s for v in visits for s, _e in v.evidence}
    sents = list(doc.sentences)
    for k, sent in enumerate(sents):
        text = doc.text[sent.start:sent.end]
        m = LED_TO_ATTEND.search(text)
        if m is None or sent.start in told or PLAN.search(text[:m.end() + 6]) or PAST.search(text[:m.start() + 1]):
            continue
        venue = date = None
        for prev in reversed(sents[max(0, k - 2):k]):
            ptext = doc.text[prev.start:prev.end]
            for h in HELD_AT.finditer(ptext):
                venue = next(iter(_region_list_after(ctx, prev.start + h.start(1), prev.start + h.end(1), 1)), None)
                if venue is not None:
                    date = ctx.date_in(prev.start, prev.end)
                    break
            if venue is not None:
                break
        if venue is None:
            continue
        head = HEADED.search(text)  # 以甲为团长的代表团: 甲 leads
        leaders = [pid for _s, _e, pid in (ctx.persons_in(sent.start + head.start(1), sent.start + head.end(1)) if head
                                           else ctx.persons_in(sent.start, sent.start + m.start()))]
        origin = None
        for dm in DELEG_ZH.finditer(text):
            origin = _region_before(ctx, sent.start + dm.start(), sent.start, 12)
            if origin is not None:
                break
        if origin is None:
            origin = next((r for r in (ctx.person_region(p) for p in leaders) if r is not None), None)
        if origin is None or _same(origin, venue) or _within(venue, origin) or _within(origin, venue):
            continue
        _add_visit(visits, origin, venue, ctx.date_in(sent.start, sent.end) or date, leaders, sent)


# 甲一行 / 甲等一行 / 甲等人一行 / 甲、乙一行 / 甲和乙一行: who is named before 一行 leads ("X and party")
# (甲书记一行: his title may come between; not 甲等一行在乙的带领下: 乙 leads)
# (a name's Latin form in brackets may come between: 杰伊·英斯利（Jay Inslee）一行)
_YIXING = re.compile(r"(?:\s*[（(][A-Za-z][^（()）]{0,40}[）)])?(?:" + "|".join(map(re.escape, ZH_ROLE_WORDS)) + r")?(?:等人?)?一行(?![^，,。；;]{0,20}?带领下)")
_CHAIN_GAP = re.compile(r"\s*[、和及]\s*[^、，,。；;：:！？与和及同等]{0,24}")


def yixing_leaders(ctx, lo: int, hi: int) -> list[str]:
    """The people named right before 一行 in [lo, hi), with those of the same side listed before them (甲、乙一行:
    both lead)."""
    text = ctx.doc.text
    persons = ctx.persons_in(lo, hi)
    out: list[str] = []
    for k, (_s, e, pid) in enumerate(persons):
        if not _YIXING.match(text, e):
            continue
        j = k
        mine = ctx.person_region(pid)
        while j > 0 and _CHAIN_GAP.fullmatch(text, persons[j - 1][1], persons[j][0]):
            r = ctx.person_region(persons[j - 1][2])
            if r is not None and mine is not None and not (_within(r, mine) or _within(mine, r)):
                break  # 会见甲省…A、乙省…B一行: guests of another side lead their own trip
            j -= 1
        for _a, _b, q in persons[j:k + 1]:
            if q not in out:
                out.append(q)
    return out


def _bare_delegation(ctx, text: str, lo: int) -> bool:
    """The sentence's travellers are a delegation named with no region of its own (代表团一行, 考察团): the one
    told before."""
    return any(_region_before(ctx, lo + dm.start(), lo, 12) is None for dm in DELEG_ZH.finditer(text))


def _received(ctx, visits: list[Event]) -> None:
    """A delegation received (甲会见了乙省代表团一行) whose trip no sentence tells: a visit from the delegation's
    region to the region of whoever received it (else the article's own), undated (the day they met is not the
    trip's)."""
    homes = ctx.doc.meta.get("home") or {}
    for sent in ctx.doc.sentences:
        text = ctx.doc.text[sent.start:sent.end]
        m = RECEIVED.search(text)
        if not m or PLAN.search(text) or PAST.search(text[:m.start() + 1]):
            continue
        dm = DELEG_ZH.search(text, m.start())
        origin = _region_before(ctx, sent.start + dm.start(), sent.start + m.start(), 12) if dm else None
        if origin is None and dm is not None and ctx.doc.text[sent.start + dm.start():sent.start + dm.end()] == "一行":
            # 接见了来赣的尼日利亚驻广州总领事甲一行: no place before the party word (the post an envoy holds is
            # none): the region of the one whose party it is
            lead = yixing_leaders(ctx, sent.start + m.start(), sent.start + dm.end())
            origin = next((r for r in map(ctx.person_region, lead) if r is not None), None)
        if origin is None or any(_same(v.origin, origin) or _within(v.origin, origin) or _within(origin, v.origin)
                                 for v in visits if v.origin is not None):
            continue
        hosts = [ctx.person_region(pid) for _s, _e, pid in ctx.persons_in(sent.start, sent.start + m.start())]
        # 昆明市迎来了…代表团: the place that receives is the subject right before the verb
        subject = [r for _s, e, r in ctx.regions_in(sent.start, sent.start + m.start()) if sent.start + m.start() - e <= 2]
        dest = next((r for r in hosts if r is not None), None) or (subject[-1] if subject else None) \
            or homes.get("city") or homes.get("province")
        if dest is None or _same(dest, origin) or _within(dest, origin) or _within(origin, dest):
            continue
        ev = Event(id="", type="visit", origin=origin, destination=dest, parties=[origin, dest])
        ev.evidence.append((sent.start, sent.end))
        if _GREET.match(text, m.start()):  # 迎来了…代表团: the day they came (a reception's day is not the trip's)
            d = ctx.date_in(sent.start, sent.end)
            if d:
                ev.start, ev.end = d
        head = HEADED.search(text)
        lo, hi = (sent.start + head.start(1), sent.start + head.end(1)) if head else (sent.start + m.start(), sent.end)
        for _s, _e, pid in ctx.persons_in(lo, hi):
            if head or ctx.doc.text[_e:_e + 2] == "一行":
                ev.add_participant(pid, "leader")
        visits.append(ev)
        ctx.__dict__.setdefault("received", set()).add(id(ev))


CALL_ZH = L.pattern(r"(?<![将拟要]){call}了?", call=L.roles("attendee", arg="call"))  # roles.tsv call: 拜会, 拜访


def _calls(ctx, visits: list[Event]) -> None:
    """甲拜会了乙省丙: the caller came to the region of whoever was called on (undated), when no trip is told."""
    for sent in ctx.doc.sentences:
        text = ctx.doc.text[sent.start:sent.end]
        m = CALL_ZH.search(text)
        if not m or PLAN.search(text) or PAST.search(text[:m.start() + 1]):
            continue
        callers = [ctx.person_region(pid) for _s, _e, pid in ctx.persons_in(sent.start, sent.start + m.start())]
        origin = next((r for r in callers if r is not None), None)
        clause = re.match(r"[^,，。;；]*", text[m.end():]).group(0)
        called = [ctx.person_region(pid) for _s, _e, pid in ctx.persons_in(sent.start + m.end(), sent.start + m.end() + len(clause))]
        dest = next((r for r in called if r is not None), None)
        if origin is None or dest is None or _same(dest, origin) or _within(dest, origin) or _within(origin, dest):
            continue
        if any(v.origin is not None and (_same(v.origin, origin) or _within(v.origin, origin) or _within(origin, v.origin)) for v in visits):
            continue
        ev = Event(id="", type="visit", origin=origin, destination=dest, parties=[origin, dest])
        ev.evidence.append((sent.start, sent.end))
        for pid in yixing_leaders(ctx, sent.start, sent.start + m.start()):  # 甲一行拜会乙: 甲 leads the trip
            ev.add_participant(pid, "leader")
        visits.append(ev)
        ctx.__dict__.setdefault("received", set()).add(id(ev))


def _received_lists(ctx, visits: list[Event]) -> None:
    """会见甲省…A、乙省…B、丙省…C一行: guests from several regions received together came on one trip each."""
    text = ctx.doc.text
    for v in list(visits):
        if v.origin is None or v.destination is None:
            continue
        for a, b in list(v.evidence):
            m = RECEIVED.search(text, a, b)
            if m is None:
                continue
            regions = []
            for s_, _e, pid in ctx.persons_in(m.start(), m.end()):
                r = ctx.person_region(pid) or _region_before(ctx, s_, m.start(), 12)
                if r is not None and not any(_same(r, o) for o in regions):
                    regions.append(r)
            if len(regions) < 2 or not any(_same(r, v.origin) for r in regions):
                continue
            for r in regions:
                if _same(r, v.destination) or _within(r, v.destination) or _within(v.destination, r) or any(
                        _same(r, o.origin) and _same(o.destination, v.destination) for o in visits):
                    continue
                ev = Event(id="", type="visit", origin=r, destination=v.destination, parties=[r, v.destination],
                           evidence=[(a, b)])  # undated: the day they were received is not the trip's
                visits.append(ev)


def _welcomed(ctx, visits: list[Event]) -> None:
    """Guests welcomed on their visit (甲热情欢迎乙等贵宾到访) whose trip no sentence tells: a visit from the
    guests' region to the welcoming side's (else the article's own), dated by the sentence."""
    homes = ctx.doc.meta.get("home") or {}
    for sent in ctx.doc.sentences:
        text = ctx.doc.text[sent.start:sent.end]
        m = WELCOMED.search(text)
        if not m or PAST.search(text[:m.start() + 1]):
            continue
        arrival = text[m.end() - 2:m.end()] == "到来" or text[m.start():m.start() + 1] == "对"
        clause = re.match(r"[^,，。;；]*", text[m.end():]).group(0)
        if PLAN.search(text[max(0, m.start() - 6):m.start()] + "，" + clause if arrival else text[m.start():]):
            continue  # (欢迎…来 is an invitation; 欢迎…的到来 welcomes an arrival)
        g = 1 if m.group(1) is not None else 2
        lo, hi = sent.start + m.start(g), sent.start + m.end(g)
        guests = [pid for _s, _e, pid in ctx.persons_in(lo, hi)]
        dm = DELEG_ZH.search(text, m.start(g), m.end(g))
        origin = _region_before(ctx, sent.start + dm.start(), lo, 12) if dm else None
        if origin is None:
            origin = next((r for r in map(ctx.person_region, guests) if r is not None), None)
        hosts = [ctx.person_region(pid) for _s, _e, pid in ctx.persons_in(sent.start, sent.start + m.start())]
        dest = next((r for r in hosts if r is not None), None) or homes.get("county") or homes.get("city") \
            or homes.get("province")
        if origin is None or dest is None or _same(dest, origin) or _within(dest, origin) or _within(origin, dest):
            continue
        if any(v.origin is not None and (_same(v.origin, origin) or _within(v.origin, origin) or _within(origin, v.origin))
               and (_same(v.destination, dest) or _within(v.destination, dest) or _within(dest, v.destination))
               for v in visits):
            continue
        ev = _visit_told_in(ctx, origin, dest, sent)
        visits.append(ev)
        ctx.__dict__.setdefault("received", set()).add(id(ev))  # a trip known from its welcome, not told


# 正在墨西哥访问的北京市市长 / 甲在新西兰访问期间: a trip told as the setting of what is said (undated: the day
# named is the clause's)
# 在渝期间 / 在渝考察期间: a place of one character (渝, 津, 疆) and no touring word before 期间 tell it too;
# 甲访美期间 / 出访日本期间: a country (or a place) after 访 too
ONGOING = re.compile(r"(?:正在|正|在|(?<![拜走回来到探造互专采寻查])出?访)([^。，,；;、]{1,16}?)(?:(?:进行)?(?:友好|正式|工作)?(?:访问|考察|出访|参访)(的|期间|时)"
                     r"|(期间))")


def _ongoing(ctx, visits: list[Event]) -> None:
    for sent in ctx.doc.sentences:
        text = ctx.doc.text[sent.start:sent.end]
        for m in ONGOING.finditer(text):
            if PLAN.search(text[:m.start() + 1]) or PAST.search(text[:m.start() + 1]):
                continue
            gs, ge = sent.start + m.start(1), sent.start + m.end(1)
            places = [r for s_, e_, r in ctx.regions_in(gs, ge) if e_ == ge]
            if not places:
                continue
            dest = places[-1]
            how = m.group(2) or m.group(3)
            if how == "的":  # 正在X访问的甲 / 的…代表团: who is named right after
                hi = min(sent.end, sent.start + m.end() + 24)
                clause = re.match(r"[^,，。;；]*", ctx.doc.text[sent.start + m.end():hi]).group(0)
                lo, hi = sent.start + m.end(), sent.start + m.end() + len(clause)
            else:  # 甲在X访问期间: the subject before
                lo, hi = sent.start, sent.start + m.start()
            if how == "期间" and not ctx.persons_in(lo, hi) and not DELEG_ZH.search(ctx.doc.text, lo, hi):
                # 在渝期间，甲省代表团…: the subject of the clause after
                clause = re.match(r"[,，\s]*[^,，。;；]*", ctx.doc.text[sent.start + m.end():sent.end]).group(0)
                lo, hi = sent.start + m.end(), sent.start + m.end() + len(clause)
            people = [pid for _s, _e, pid in ctx.persons_in(lo, hi)]
            dm = DELEG_ZH.search(ctx.doc.text, lo, hi)
            origin = _region_before(ctx, dm.start(), lo, 12) if dm else None
            if origin is None:
                origin = next((r for r in map(ctx.person_region, people) if r is not None), None)
            if origin is None or _same(origin, dest) or _within(dest, origin) or _within(origin, dest):
                continue
            if getattr(origin, "code", None) == "CN" and getattr(dest, "country", None) == "CN":
                continue
            if any((_same(v.destination, dest) or _within(v.destination, dest) or _within(dest, v.destination))
                   and (v.origin is None or _same(v.origin, origin) or _within(origin, v.origin)) for v in visits):
                continue
            ev = Event(id="", type="visit", origin=origin, destination=dest, parties=[origin, dest])
            ev.evidence.append((sent.start, sent.end))
            for _s, e_, pid in ctx.persons_in(lo, hi):
                if ctx.person_region(pid) is not None and _within(ctx.person_region(pid), origin):
                    ev.add_participant(pid, "leader" if ctx.doc.text[e_:e_ + 2] == "一行" else "member")
            visits.append(ev)


VISITING = re.compile(r"(?:到访|来访|访问)的")  # 与到访的乙省丙会面: 丙 came (undated: the day is the meeting's)


def _visiting(ctx, visits: list[Event]) -> None:
    """Guests named as visiting (与到访的广西党委书记甲会面, 会见来访的乙一行) whose trip no sentence tells: a visit
    from their region to the region of whoever met them (else the article's own)."""
    homes = ctx.doc.meta.get("home") or {}
    for sent in ctx.doc.sentences:
        text = ctx.doc.text[sent.start:sent.end]
        for m in VISITING.finditer(text):
            if PLAN.search(text[:m.start() + 1]) or PAST.search(text[:m.start() + 1]):
                continue
            if m.group(0) == "访问的" and not re.search(r"(正在|正|前来|来)\s*$", text[:m.start()]):
                continue  # (访问的 is also "the visit's": 访问的成果)
            clause = re.match(r"[^,，。;；]*", text[m.end():]).group(0)
            lo, hi = sent.start + m.end(), sent.start + m.end() + len(clause)
            guests = [(s_, pid) for s_, _e, pid in ctx.persons_in(lo, hi)]
            dm = DELEG_ZH.search(ctx.doc.text, lo, hi)
            origin = _region_before(ctx, dm.start(), lo, 12) if dm else None
            if origin is None:
                origin = next((r for r in (ctx.person_region(pid) for _s, pid in guests) if r is not None), None)
            if origin is None:
                continue
            hosts = [ctx.person_region(pid) for _s, _e, pid in ctx.persons_in(sent.start, sent.start + m.start())]
            dest = next((r for r in hosts if r is not None), None) or homes.get("county") or homes.get("city") \
                or homes.get("province")
            if dest is None or _same(dest, origin) or _within(dest, origin) or _within(origin, dest):
                continue
            if any(v.origin is not None and (_same(v.origin, origin) or _within(origin, v.origin))
                   for v in visits):
                continue
            ev = Event(id="", type="visit", origin=origin, destination=dest, parties=[origin, dest])
            ev.evidence.append((sent.start, sent.end))
            for s_, pid in guests:
                r = ctx.person_region(pid)
                if r is not None and _within(r, origin):
                    e_ = next(e for a, e, p in ctx.persons_in(lo, hi) if p == pid)
                    ev.add_participant(pid, "leader" if ctx.doc.text[e_:e_ + 2] == "一行" else "member")
            visits.append(ev)
            ctx.__dict__.setdefault("received", set()).add(id(ev))


TOURED = L.pattern("{tour}", tour=L.triggers("tour"))


def _toured(ctx, visits: list[Event]) -> None:
    """A report of a tour alone (甲一行参观了乙公司, 代表团在甲带领下实地察看了…, 甲率队到乙企业考察) whose trip no
    sentence tells: the touring group came from its region (the delegation's, else its leaders') to the place
    the sentence names, else the article's own; dated by the sentence."""
    if visits:
        return
    from .sites import sites as _sites
    homes = ctx.doc.meta.get("home") or {}
    for sent in ctx.doc.sentences:
        text = ctx.doc.text[sent.start:sent.end]
        m = TOURED.search(text)
        if not m or PLAN.search(text) or PAST.search(text[:m.start() + 1]) or not _sites(ctx, text, sent.start):
            continue
        under = UNDER_LEAD.search(text, 0, m.start())
        lm = LEAD_ZH.search(text, 0, m.start())
        if under:
            leaders = [pid for _s, _e, pid in ctx.persons_in(sent.start + under.start(1), sent.start + under.end(1))]
        elif lm:
            leaders = [pid for _s, _e, pid in ctx.persons_in(sent.start, sent.start + lm.start())]
        else:
            leaders = yixing_leaders(ctx, sent.start, sent.start + m.start())
        dm = DELEG_ZH.search(text, 0, m.start())
        if not leaders and not dm:
            continue  # who toured is not told as travellers
        origin = _region_before(ctx, sent.start + dm.start(), sent.start, 12) if dm else None
        if origin is None:
            origin = next((r for r in map(ctx.person_region, leaders) if r is not None), None)
        if origin is None and dm is not None and not leaders:
            # 甲与乙座谈会在乙召开。代表团一行实地考察了乙县某厂: the delegation named alone, touring one of the
            # article's two sides, came from the other
            from ...places import doc_sides

            sides = doc_sides(ctx)
            toured = [r for _s, _e, r in ctx.regions_in(sent.start + m.start(), sent.end) if not isinstance(r, tuple)]
            if len(sides) == 2 and toured:
                inside = [k for k, r in enumerate(sides) if _within(toured[0], r)]
                if len(inside) == 1:
                    origin = sides[1 - inside[0]]
        if origin is None:
            continue
        places = [r for _s, _e, r in ctx.regions_in(sent.start + m.start(), sent.end)
                  if not isinstance(r, tuple) and not (_within(r, origin) or _within(origin, r))]
        dest = places[0] if places else (homes.get("county") or homes.get("city") or homes.get("province"))
        if dest is None or _same(dest, origin) or _within(dest, origin) or _within(origin, dest):
            continue
        ev = _visit_told_in(ctx, origin, dest, sent)
        for pid in leaders:
            ev.add_participant(pid, "leader")
        visits.append(ev)
        return


# what may follow the place of a stop: a delimiter, or what the visitors did there (not 港, 集团: a site's name)
_PLACE_ENDS = re.compile(r"[，,。；;、和及与]|$|(?:等地|进行|開展|开展|考察|調研|调研|参观|參觀|访问|訪問|学习|學習|交流|出席|参加|參加|洽谈|洽談)")


# the opening of a clause going on to the next stop (，随后又前往 / ，之后赴 / ，接着转赴), ending where the movement
# verb starts
_THEN_GOES = re.compile(r"[，,；;]\s*(?:随后|隨後|之后|之後|然后|然後|接着|接著|继而|繼而|其后|其後|此后|此後|后|後)"
                        r"(?:又|再|还|還)?(?:转|轉)?$")


# what the visitors did at the places listed after 在 (在宁波市、舟山市进行考察): one stop each
_STAY_AFTER = re.compile(r"(?:等地)?(?:进行|進行|开展|開展)?(?:了)?(?:考察|访问|訪問|调研|調研|参观|參觀|学习|學習|交流)")


def _end_of_list(ctx, lo: int, dests: list, start: int) -> int:
    """Where (relative to ``lo``) the last region of ``dests``, listed from ``start`` on, ends in the text."""
    ends = [e for _s, e, r in ctx.regions_in(start, len(ctx.doc.text)) if r is dests[-1]]
    return (ends[0] - lo) if ends else 0


_INVITES = re.compile(r"[，,]?\s*(?:并|专程|特别|特地|正式)?(?:邀请|誠邀|诚邀)")


def _invitation_after_trip(text: str) -> int:
    """Where an invitation starts (邀请甲率团来访) after a movement verb with a place told before it (前往乙，邀请…):
    what follows is invited, not done. 0 without one (应…邀请 introduces what was done)."""
    for im in _INVITES.finditer(text):
        if re.search(r"应[^。；;]{0,40}$", text[:im.start()]):
            continue
        if any(mv.end() <= im.start() for mv in MOVE_ZH.finditer(text, 0, im.start())):
            return im.start()
    return 0


_OFFICE_TAIL = re.compile("[\u4e00-\u9fff]{0,10}?(?:" + "|".join(sorted(map(re.escape, ZH_ROLE_WORDS), key=len, reverse=True))
                          + ")$")


def _office_before(ctx, text: str, base: int, lead: int):
    """The place of a title written right before 率 with no name after it (老街省委书记率团): the last region of
    the clause whose rest, up to 率, is the title's role words."""
    lo = max(text.rfind(c, 0, lead) for c in "，,。；;：:") + 1
    best = None
    for s_, e_, r in ctx.regions_in(base + lo, base + lead):
        if _OFFICE_TAIL.fullmatch(text, e_ - base, lead):
            best = r
    return best


def _split_stops(visits: list[Event], origin, dests: list, date, sent) -> bool:
    """来浙江考察… 走访了杭州、桐乡和温州等地: several stops inside a trip's destination are one visit each (the
    trip to the province they lie in gives way to them, its travellers going to every stop)."""
    if len(dests) < 2:
        return False
    wide = next((v for v in visits if all(_within(d, v.destination) and not _same(d, v.destination) for d in dests)
                 and (origin is None or v.origin is None or _same(v.origin, origin))), None)
    if wide is None:
        return False
    visits[:] = [v for v in visits if v is not wide]
    for d in dests:
        ev = Event(id="", type="visit", origin=origin or wide.origin, destination=d, parties=[origin or wide.origin, d])
        ev.evidence.extend(wide.evidence + [(sent.start, sent.end)])
        if date:
            ev.start, ev.end = date
        for p in wide.participants:
            ev.add_participant(p.person, p.role)
        visits.append(ev)
    return True


def _merge_stops(visits: list[Event]) -> list[Event]:
    """A stop inside another visit's destination (杭州 in a trip to 浙江) is part of that visit."""
    out: list[Event] = []
    for v in visits:
        host = next((o for o in visits if o is not v and _within(v.destination, o.destination)
                     and not _same(v.destination, o.destination)
                     and (v.origin is None or _same(v.origin, o.origin))), None)
        if host is None and getattr(v.destination, "level", 9) == 0:
            # "arrived in Japan" around a trip to Tokyo and Fukuoka: the country visit is that trip
            host = next((o for o in visits if o is not v and getattr(o.destination, "level", 0) > 0
                         and getattr(o.destination, "country", None) == getattr(v.destination, "code", "")
                         and (v.origin is None or o.origin is None or _same(v.origin, o.origin)
                              or getattr(o.origin, "level", 9) == 0)), None)
        if host is None:
            out.append(v)
            continue
        host.evidence.extend(v.evidence)
        for p in v.participants:
            host.add_participant(p.person, p.role)
        if not host.start and v.start:
            host.start, host.end = v.start, v.end
    return out

def _visit_told_in(ctx, origin, dest, sent) -> Event:
    """A new visit from ``origin`` to ``dest`` told by ``sent``, dated by the sentence's own date."""
    ev = Event(id="", type="visit", origin=origin, destination=dest, parties=[origin, dest])
    ev.evidence.append((sent.start, sent.end))
    d = ctx.date_in(sent.start, sent.end)
    if d:
        ev.start, ev.end = d
    return ev


def _add_visit(visits: list[Event], origin, dest, date, leaders, sent) -> Event:
    existing = next((v for v in visits if (_same(v.origin, origin) or (origin is None or v.origin is None))
                     and _within(dest, v.destination)), None)
    if existing is None:
        existing = next((v for v in visits if _same(v.destination, dest) and
                         (_within(origin, v.origin) or _within(v.origin, origin))), None)
    if existing is None:
        existing = Event(id="", type="visit", origin=origin, destination=dest, parties=[origin, dest])
        visits.append(existing)
    if date and not existing.start:
        existing.start, existing.end = date
    elif date and existing.start == existing.end and date[0] != date[1] and date[0] <= existing.start <= date[1]:
        existing.start, existing.end = date  # the trip's range, not one day of it
    for pid in leaders:
        existing.add_participant(pid, "leader")
    existing.evidence.append((sent.start, sent.end))
    return existing

def _in_country(r, country) -> bool:
    """日本静冈县: a place written right after its own country (the country's code is the place's country)."""
    return (getattr(country, "level", None) == 0 and (getattr(r, "level", None) or 0) > 0
            and getattr(country, "code", None) is not None and getattr(r, "country", None) == country.code)


_SITE_AFTER_PLACE = re.compile(r"(?:展馆|展区|展台|展厅|展位|馆|公司|集团|大学|学院|医院|中心)")


def _region_list_after(ctx, pos: int, hi: int, window: int) -> list:
    """赴浙江、安徽: every region of the list."""
    out = []
    cursor = pos
    for s, e, r in ctx.regions_in(pos, hi):
        gap = ctx.doc.text[cursor:s]
        if out and (not gap or _CAPITAL.fullmatch(gap)) and (_within(r, out[-1]) or _in_country(r, out[-1])):
            out[-1] = r  # 吉林省长春市, 萨克森州首府德累斯顿: the smallest region named
            cursor = e
            continue
        if _SITE_AFTER_PLACE.match(ctx.doc.text, e):
            break  # 到访内蒙古展馆: a pavilion named after its place, no trip to the place
        if not out:
            if s - pos > window:
                break
        elif not re.fullmatch(r"\s*(、|,|，|和|及|与)\s*", gap):
            break
        elif re.search(r"[,，]", gap) and _clause_with_person(ctx, s, hi):
            break  # 访问昆明，云南省委书记甲会见了…: the place opens the next clause, whose subject it qualifies
        out.append(r)
        cursor = e
    return out

def _clause_with_person(ctx, pos: int, hi: int) -> bool:
    """Someone is named in the clause starting at ``pos``."""
    clause = re.match(r"[^,，。;；]*", ctx.doc.text[pos:hi]).group(0)
    return bool(ctx.persons_in(pos, pos + len(clause)))


# 甲、乙参加有关活动 / 参加。/ 参与了接待工作: a list of who took part in unnamed activities, no trip role (settled)
_SIDE_ACTIVITIES = re.compile(r"(?:参加|参与|出席)了?(?:有关|相关|上述|以上|此次|今次|本次)?(?:的)?(?:活动|接待)|(?:参加|参与)[。.]?$")


def _side_activities_only(ctx, p) -> bool:
    """Every sentence naming ``p`` (in the article's Chinese) lists people taking part in unnamed activities."""
    sents = [ctx.doc.sentence_at(a) for a, _b in p.mentions]
    sents = [s for s in sents if s is not None]
    if not sents:
        return False
    return all(_SIDE_ACTIVITIES.search(ctx.doc.text[s.start:s.end]) for s in sents)


def _entrusting_only(ctx, p) -> bool:
    """``p`` is named only as the one who sent the travellers (受甲委托): no traveller."""
    if not p.mentions:
        return False
    for a, _b in p.mentions:
        sent = ctx.doc.sentence_at(a)
        if sent is None or not any(t.start() <= a < t.end()
                                   for t in ENTRUSTED.finditer(ctx.doc.text, sent.start, sent.end)):
            return False
    return True


def _visit_members(ctx, v: Event) -> None:
    leaders = {p.person for p in v.participants if p.role == "leader"}
    for p in ctx.doc.people:
        if p.id in leaders:
            continue
        r = p.region
        if r is None:
            continue
        if _within(r, v.origin) and not _side_activities_only(ctx, p) and not _entrusting_only(ctx, p):
            v.add_participant(p.id, "member")
    # those named between 率 and the movement verb travel with the leader (甲率乙、丙等前往…)
    for s, e in v.evidence:
        text = ctx.doc.text[s:e]
        lm = LEAD_ZH.search(text)
        mv = MOVE_ZH.search(text, lm.end()) if lm else None
        if mv is None:
            continue
        for _s, _e, pid in ctx.persons_in(s + lm.end(), s + mv.start()):
            r = ctx.person_region(pid)
            if pid not in leaders and not (r is not None and v.destination is not None and _within(r, v.destination)):
                v.add_participant(pid, "member")

"""English: event frames read from spaCy's dependency parse.

A trigger is a token whose lemma is in ``triggers.tsv`` (a two-word form such as
``hold talk`` needs its second word among the first's dependents). Its arguments
come from the parse, not from word order:

- the subject (``nsubj``; for a verb without one, the subject of the verb it hangs
  from: "led a delegation *to visit* X" — the visitor is the subject of "led");
  a passive's ``agent`` ("was received *by* Y");
- the object (``dobj``) and prepositional objects (``to``, ``in``, ``at``, ``with``,
  ``from``, ``of``), with their conjuncts ("visited Tokyo, Fukuoka and Oita");
- for a noun trigger (a visit, a delegation, a symposium), its own prepositions,
  compounds and possessor, and the verb that governs it ("paid a visit to X",
  "held talks with Y", "co-chaired a seminar").

People and regions come from the earlier stages (their spans are mapped onto
tokens), so a frame never reads a name from the surface itself. Whether an event
is done, planned or recalled is read from the trigger's auxiliaries and the verbs
governing it (``moods.tsv``).
"""
from __future__ import annotations

import dataclasses
import functools
import re

from ...doc import Frame
from ...gazetteer import Gazetteer
from ...places import holds as _holds
from .. import demonyms, read_table
from . import sites as _sites

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_CLIMB = ("xcomp", "advcl", "conj", "acl", "relcl", "pcomp", "ccomp", "dep")
_PLACE_PREPS = ("to", "in", "at", "for", "into", "around")
_EXHIBIT_HEADS = re.compile(r"(?i)^(pavilions?|booths?|stands?|exhibits?)$")
_SITE_HEADS = re.compile(
    r"^(plant|factory|company|corporation|group|park|zone|museum|port|centre|center|base|farm|university|"
    r"school|hospital|site|residence|exhibition|hall|institute|laboratory|lab|project|enterprise|firm|"
    r"facility|facilities|campus|village|memorial|mill|mine|station|terminal|harbour|harbor|workshop|"
    r"college|academy|garden|gardens|waterfall|waterfalls|temple|market|headquarters|office|cooperative|"
    r"winery|brewery|dock|pier|complex|showroom|gallery|library|"
    r"companies|factories|universities|laboratories|academies|wineries|breweries|galleries|libraries)s?$", re.I)
_DOC_HEADS_EXTRA = ("agreements", "memoranda", "mous")
# what a trip is taken in ("took a ferry to Haikou", triggers.tsv's "take train", "take flight", "take ferry")
_CONVEYANCES = frozenset("train flight ferry bus coach plane boat".split())
# a list row's English document phrase: capitalised words and the small words between them, after its places
_ROW_DOC_EN = re.compile(r"(?:[A-Z][\w'’-]*)(?:(?:\s+|[–—-])(?:[A-Z][\w'’-]*|of|on|and|for|in|the|to|between))*")
# "X and his party": the people X travels with, whom X leads
_ENTOURAGE = {"party", "delegation", "aide", "aides", "entourage", "team", "staff", "official", "officials",
              "member", "members", "colleague", "colleagues", "group"}
_AS_HEAD = re.compile(r"^[^.;]{0,80}?\bas (?:the|its|his|her) (?:head|leader|chief)\b", re.I)
# nouns naming a place by its kind: "the capital city of X", "Guangdong's capital", "X province"
_WELCOMING = {"welcome", "hail", "greet"}  # "X welcomed the visit of Y": Y came to X
# the nouns of a travelling group ("a delegation of Z", "the guests")
_TRAVELLING_GROUPS = frozenset({"delegation", "group", "team", "mission", "guest", "visitor"})
_PLACE_NOUNS = {"city", "capital", "province", "county", "prefecture", "state", "region", "town", "country",
                "aimag", "district", "shire", "municipality", "oblast", "krai", "kray", "republic", "island", "islands",
                "territory", "area", "township", "village", "port city", "border city", "hometown"}


_MON_WORD = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# the whole dateline before a story's first words ("HANOI, Nov 5 (VNA) – ", "Beijing (Xinhua) -- ", "SACRAMENTO – ")
_DATELINE_HEAD = re.compile(
    r"[ \t]*\(?(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?)(?P<area>,\s*[A-Z][A-Za-z.'’ -]{1,30}?)?(?P<date>,\s*(?:" + _MON_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?"
    + r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON_WORD + r")(?:,?\s+\d{4})?\)?)?"
    r"\s*(?P<agency>\([A-Za-z][A-Za-z .&/-]{1,25}\)\s*|/[A-Za-z]{2,12}/\s*)?(?:--|[–—]|(?<=\s)-|(?<=[\d/])\.)\s+")


def dateline_head(text: str, pos: int = 0) -> int:
    """The length of an English dateline opening ``text`` at ``pos`` (0 without one): a place with a date or
    a news agency, or a place in capitals, before a dash."""
    m = _DATELINE_HEAD.match(text, pos)
    if m is None or not (m["date"] or m["agency"] or m["place"].strip().isupper() or _plain_dateline(text, m)):
        return 0
    if m["area"] and not m["place"].strip().isupper():
        return 0  # "LA TRINIDAD, Benguet —" (the place in capitals, its province after it), not "Mr Li, Mayor —"
    return m.end() - pos


def _plain_dateline(text: str, m: re.Match) -> bool:
    """A place in ordinary case opening a story's paragraph before a dash ("Jakarta - The Governor of East
    Java, ..."): one to three capitalised words, no area after them, and a paragraph of body text after the
    dash (a headline's "Hunan - Africa Expo Opens" is short)."""
    words = m["place"].split()
    if m["area"] or not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    eol = text.find("\n", m.end())
    body = text[m.end():eol if eol >= 0 else len(text)]
    return len(body) >= 80 and body[:1].isupper() and body.rstrip()[-1:] in ".!?\"'’”"


def dateline_place(text: str, limit: int = 400) -> tuple[int, int] | None:
    """Where the place of the English dateline opening a line in the first ``limit`` characters is
    written ("WUHAN, May 6 -- ", "KHABAROVSK, Aug. 29 (TASS) – "): (start, end), or None."""
    for m in re.finditer(r"^", text[:limit], re.M):
        if dateline_head(text, m.start()):
            d = _DATELINE_HEAD.match(text, m.start())
            return d.start("place"), d.end("area") if d["area"] else d.end("place")
    return None


class English:
    # a speech's salutation line: "Governor X of Y, Governor Z of W, Ladies and gentlemen, Dear friends,"
    salutation = re.compile(r"^(?:(?:Distinguished|Honou?rable|Respected|Dear|Your Excellenc)[^\n]*|[^\n]*\b[Ll]adies "
                            r"and [Gg]entlemen\b[^\n]*)$", re.M)
    code = "en"

    def __init__(self) -> None:
        self.triggers: dict[str, list] = {}
        for row in read_table("en", "triggers"):
            words = row.form.lower().split()
            if row.args == "noun" and len(words) > 1:  # "video call": the head noun with its compound
                self.triggers.setdefault(words[-1], []).append((words[:-1], row))
            else:
                self.triggers.setdefault(words[0], []).append((words[1:], row))
        for row in _sites.triggers():  # touring verbs whose site follows a preposition (sites.tsv)
            if not any(r.event == "inspection" and not rest for rest, r in self.triggers.get(row.form, ())):
                self.triggers.setdefault(row.form, []).append(([], row))
        # the nouns naming a meeting ("talks", "forum", "video call"): a place in their phrase is the venue
        self.event_nouns = {row.form.lower().split()[-1] for row in read_table("en", "triggers")
                            if row.event == "meeting" and row.args == "noun"}
        self.documents = {r.form.lower() for r in read_table("en", "documents")} | set(_DOC_HEADS_EXTRA)
        # a heading over signings listed one a row ("Signed Projects", "Agreements signed": ``lists.tsv``), and a
        # row's word naming a document (documents.tsv, singular or plural)
        self.list_heading = re.compile(r"\b(?:%s)\b" % "|".join(
            re.escape(r.form) for r in read_table("en", "lists") if r.kind == "heading"), re.I)
        self.document_word = re.compile(r"\b(?:%s)(?:s|es|a)?\b" % "|".join(
            sorted((re.escape(d) for d in self.documents), key=len, reverse=True)), re.I)
        self.role_verbs: dict[str, list] = {}
        for row in read_table("en", "roles"):
            words = row.form.lower().split()
            self.role_verbs.setdefault(words[0], []).append((words[1:], row.kind))
        self.moods = {r.form.lower(): (r.kind, r.args) for r in read_table("en", "moods")}
        self.envoys = {r.form.lower() for r in read_table("en", "envoys")}
        self.demonyms = {form.lower(): code for form, code in demonyms().items()}
        words = set(self.triggers) | set(self.role_verbs) | _sites.surface_forms()  # + laid, saw (sites.tsv)
        self._surface = _surface_regex(words)

    # ------------------------------------------------------------- cheap filter
    def document_title(self, cell: str) -> str | None:
        """The title a list row's English names its document by ("Letter of Intent on Sister City Relations"),
        or None ("Sister city agreement", "an MoU": only the document's kind, not in capitals)."""
        m = next((m for m in _ROW_DOC_EN.finditer(cell) if self.document_word.search(m.group(0))), None)
        if m is None:
            return None
        return m.group(0) if sum(1 for w in m.group(0).split() if w[:1].isupper()) >= 2 else None

    def may_hold_frames(self, text: str) -> bool:
        """A sentence worth parsing: it holds a surface form of a trigger or role word."""
        return self._surface.search(text) is not None

    # ------------------------------------------------------------- frames
    def frames(self, ctx, sent, sp) -> list[Frame]:
        """The frames of one sentence from its parse ``sp`` (a spaCy Doc of the sentence text)."""
        a = _Analysis(ctx, sent, sp, self)
        out: list[Frame] = []
        for tok in sp:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.lemma_.lower() in _TRAVELLING_GROUPS - {"guest", "visitor"}:
                # "A delegation from Mitchelstown returned from Heilongjiang": whatever the verb, the delegation the
                # story goes on to tell of ("the group spent two days in Qiqihar") comes from there
                origin = a.delegation_origin(tok)
                if origin is not None:
                    ctx.en_delegation_origin = origin
        for tok in sp:
            for rest, row in self.triggers.get(tok.lemma_.lower(), ()):
                if rest and not _has_dependent(tok, rest):
                    continue
                if row.args != "noun" and tok.pos_ not in ("VERB", "AUX"):
                    continue
                if row.args == "noun" and tok.pos_ not in ("NOUN", "PROPN") and not _noun_by_place(tok):
                    continue
                if row.args == "noun" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                        and _doc_word(tok.head.head, self):
                    continue  # "signed the Record of Talks": a word of the document's name
                if row.event == "visit" and tok.lower_ == "visiting" and (a.people_of(a.objects(tok)) or (
                        tok.i + 1 < len(sp) and sp[tok.i + 1].pos_ == "PROPN"
                        and a.people_of(list(sp[tok.i + 1:tok.i + 6])))):
                    continue  # "received visiting Governor X", "Visiting Governor X met": who is visiting, no trip to X's place
                fr = a.frame(tok, row)
                if fr is None:
                    continue
                if fr.type == "meeting" and _arrival_greeting(tok, sp):
                    # "was met at the airport by X": the trip told (X hosts it, a role verb below), no talks
                    out.append(dataclasses.replace(fr, type="visit", kind="welcome",
                                                   roles=[(p, r) for p, r in fr.roles if r in ("host", "leader")]))
                    continue
                hosts = [pid for pid, r in fr.roles if r == "host"]
                offices = a.unnamed_offices(tok) if fr.type == "meeting" and respectively(tok) else []
                if offices and len(hosts) + len(offices) > 1:
                    # "…, the governors of A and B and the vice governor of C respectively met the delegation": a
                    # meeting with each place's office named with no one's name, between that place and the guests
                    for r in offices:
                        key = str(getattr(r, "code", None) or getattr(r, "en", None))
                        parties = [r] + ([fr.origin] if fr.origin is not None else [])
                        out.append(dataclasses.replace(fr, roles=[(p, rr) for p, rr in fr.roles if rr != "host"],
                                                       sides=([], list(fr.sides[1])), parties=parties,
                                                       counterpart=[key], place=None))
                if fr.type == "meeting" and len(hosts) > 1 and respectively(tok):
                    # "A, B and C respectively met with the delegation": one meeting per host, between its side
                    # and the guests'
                    for h in hosts:
                        own = a.person_regions(h)
                        parties = own + [r for r in fr.parties if fr.origin is not None and r is fr.origin]
                        one = dataclasses.replace(fr, roles=[(p, r) for p, r in fr.roles if r != "host" or p == h],
                                                  sides=([h], list(fr.sides[1])), parties=parties or fr.parties)
                        out.append(one)
                    continue
                if fr.type == "meeting" and len(fr.sides[1]) > 1 and separately(tok):
                    # "met with A and B respectively", "held separate talks with A and B": one meeting each
                    for c in fr.sides[1]:
                        others = set(fr.sides[1]) - {c}
                        own = [r for p in fr.sides[0] for r in a.person_regions(p)][:1]
                        one = dataclasses.replace(fr, roles=[(p, r) for p, r in fr.roles if p not in others],
                                                  sides=(list(fr.sides[0]), [c]), counterpart=[c],
                                                  parties=(own + a.person_regions(c)[:1]) or fr.parties)
                        out.append(one)
                    continue
                if fr.type == "meeting" and len(fr.sides[1]) < 2 and (separately(tok) or respectively(tok)):
                    # "met separately with the Governor of X and the Mayor of Y": one meeting per place named
                    objs = a.prep_objects(tok, ("with",)) + a.objects(tok)
                    regs = [a.regions_of([o]) for o in objs]
                    if len(objs) > 1 and all(regs) and len({id(r[0]) for r in regs}) == len(regs):
                        own = [r for r in fr.parties if not any(_same(r, x[0]) for x in regs)][:1]
                        for o, r in zip(objs, regs):
                            key = str(getattr(r[0], "code", None) or getattr(r[0], "en", None))
                            people = a.people_of([o])
                            out.append(dataclasses.replace(fr, parties=own + [r[0]], counterpart=people or [key],
                                                           sides=(list(fr.sides[0]), people),
                                                           roles=[(p, rr) for p, rr in fr.roles
                                                                  if p in people or p not in fr.sides[1]]))
                        continue
                if fr.type == "visit" and fr.kind != "deleg" and fr.origin is None \
                        and not (fr.travellers or fr.roles) and self._envoys_travel(a, tok):
                    # "40 foreign diplomats from 25 countries started a visit to Guizhou": envoys posted in the
                    # country travel with no home region of theirs; the trip is told, its origin open
                    fr = dataclasses.replace(fr, kind="envoys")
                if fr.type == "visit" and fr.date and fr.date[0] and fr.date[0] == fr.date[1]:
                    left = _departure_date(a, tok, fr.date)  # "arrived on May 3 and left on May 5": the trip's days
                    if left is not None:
                        fr = dataclasses.replace(fr, date=(fr.date[0], left))
                if fr.type == "visit" and len(fr.destinations) > 1:
                    stops = a.split_stops(fr)
                    if stops:
                        out.extend(stops)
                        continue
                pairs = getattr(a, "signing_pairs", None)
                if fr.type == "agreement" and pairs:
                    a.signing_pairs = None
                    for pair in pairs:  # one signing each, told apart by the two sides
                        key = "|".join(str(getattr(r, "code", None) or getattr(r, "en", None)) for r in pair)
                        out.append(dataclasses.replace(fr, document=f"{fr.document}|{key}", several=True,
                                                       roles=list(fr.roles), parties=list(pair)))
                    continue
                docs = getattr(a, "more_documents", None)
                if fr.type == "agreement" and docs:
                    a.more_documents = None
                    for title, kind, *own in docs:
                        parties = list(own[0]) if own else list(fr.parties)
                        key = "|".join(str(getattr(r, "code", None) or getattr(r, "en", None)) for r in parties)
                        out.append(dataclasses.replace(fr, title=title, document=f"{kind}|{key}" if own else kind,
                                                       several=True, roles=list(fr.roles), parties=parties))
                    continue
                split = a.split_counterparts(tok, fr) if fr.type == "meeting" else None
                out.extend(split or [fr])
                if fr.type == "meeting" and tok.lemma_.lower() in _WELCOMING and fr.origin is not None:
                    # "X welcomed the delegation from Y": X receives them (the meeting) and greets their trip (its host)
                    out.append(dataclasses.replace(fr, type="visit", kind="welcome", date=None,
                                                   roles=[(p, r) for p, r in fr.roles if r in ("host", "leader")]))
        return _dedupe(_one_trip_nested(_list_summaries_dropped(out)))

    def _envoys_travel(self, a, tok) -> bool:
        """The trip's subject (of the trigger, or of the verb governing a trigger noun) is a group of envoys
        (``envoys.tsv``: diplomats, ambassadors, consuls)."""
        subj = a.subjects(tok) or (a.subjects(tok.head) if tok.head.i != tok.i else [])
        return any(w in self.envoys for t in subj for d in t.subtree if d.dep_ not in ("relcl", "acl")
                   for w in (d.lemma_.lower(), d.lower_, d.lower_[:-1] if d.lower_.endswith("s") else d.lower_))

    def role_assignments(self, ctx, sent, sp) -> list[tuple[str, str, int]]:
        """(person id, role, offset) for the role verbs of one sentence (speech, chairing, attending...)."""
        a = _Analysis(ctx, sent, sp, self)
        out = []
        for tok in sp:
            if _arrival_greeting(tok, sp):
                # "was welcomed on arrival at the airport by X", "arrived … and was met by X": X hosts the visit
                agents = [g for c in tok.children if c.dep_ == "agent" for g in _pobjs(c)]
                for pid in a.people_of(agents) or a.named_after_title(agents):
                    out.append((pid, "host", sent.start + tok.idx))
                continue
            if tok.lower_ == "according" and tok.i + 1 < len(sp) and sp[tok.i + 1].lower_ == "to":
                # "According to X, ...": X's words
                for pid in a.head_people(_pobjs(sp[tok.i + 1])):
                    out.append((pid, "speaker", sent.start + tok.idx))
                continue
            if tok.lower_ in _WITNESS_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
                # "in the presence of X", "under the witness of X": X witnesses what the clause tells
                for pid in a.witness_people(tok):
                    out.append((pid, "witness", sent.start + tok.idx))
                continue
            if tok.pos_ not in ("VERB", "AUX", "ADJ"):
                continue
            if tok.lemma_.lower() == "be" and any(
                    c.dep_ == "prep" and c.lower_ == "among" and any(_is_delegation([o]) for o in _pobjs(c))
                    for c in tok.children):
                # "A and B were among the delegation (members)": they travelled with it
                for pid in a.people_of([c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]):
                    out.append((pid, "member", sent.start + tok.idx))
                continue
            if tok.lemma_.lower() == "travel" and tok.tag_ == "VBG" and any(
                    c.dep_ == "aux" and c.lower_ in ("were", "was") for c in tok.children):
                # "Travelling with the Mayor were A and B": they travelled with the trip
                for pid in a.people_of([c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]):
                    out.append((pid, "member", sent.start + tok.idx))
                continue
            if tok.lemma_.lower() == "travel" and tok.tag_ == "VBD" and a.people_of(a.subjects(tok)):
                # "Ms Tipene travelled with Councillor A and Dr B": they travelled with her
                for pid in a.people_of(a.prep_objects(tok, ("with",))):
                    out.append((pid, "member", sent.start + tok.idx))
            if tok.lemma_.lower() in ("include", "comprise", "consist") and _is_delegation(a.subjects(tok)):
                # "The delegation included A and B", "consisted of A and B": they travelled with it
                for pid in a.people_of(a.objects(tok) + a.prep_objects(tok, ("of",))):
                    out.append((pid, "member", sent.start + tok.idx))
                continue
            for rest, role in self.role_verbs.get(tok.lemma_.lower(), ()):
                if rest and not _has_dependent(tok, rest):
                    continue
                if _negated(tok) or tok.dep_ in ("amod", "compound"):
                    continue  # "their accompanying delegation": an adjective, nobody accompanies
                if tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and role in ("presider", "leader", "attendee"):
                    continue  # "said Liu, who also chairs the tourism committee": an office held, not a role here
                if role == "leader" and tok.lemma_.lower() in ("lead", "head") and not _leads(tok):
                    continue  # "headed to X": a motion
                if role == "leader" and a.mood(tok) == "planned":
                    continue  # "X is expected to lead a delegation to Y next year": no one leads yet
                if role == "attendee" and tok.lemma_.lower() == "present" and tok.pos_ != "ADJ":
                    continue
                if role == "signatory" and (any(o.lemma_.lower() in self.documents for o in self_objects(tok))
                                            or not (a.subjects(tok) or _passive(tok))):
                    continue  # "A signed the agreement": the signing's own frame names its signers
                if role == "attendee" and any(o.lemma_.lower() in ("activity", "event", "events")
                                              and not any(c.dep_ == "prep" for c in o.children)
                                              for o in self_objects(tok)):
                    continue  # "attended related activities": no event named
                if role == "attendee" and tok.lemma_.lower() in ("participate", "take") and not any(
                        any(r.event in ("meeting", "agreement") for _rest, r in self.triggers.get(o.lemma_.lower(), ()))
                        or o.lemma_.lower() in ("ceremony", "talks") for o in self_objects(tok)):
                    continue  # "participated in the programme": no meeting named
                people = a.subject_people(tok) if role != "signatory" else a.people_of(a.subjects(tok))
                if any(c.dep_ == "agent" for c in tok.children) or _passive(tok):
                    agents = [g for c in tok.children if c.dep_ == "agent" for g in _pobjs(c)]
                    people = a.people_of(agents) or a.named_after_title(agents)
                if role == "host" and tok.lemma_.lower() == "accompany" and people and (
                        any(c.dep_ == "agent" for c in tok.children) or _passive(tok)):
                    role = "companion"  # "X was accompanied by A and B": the host's people, or X's own (see events)
                if not people and role == "speaker":
                    people = a.pronoun_subject(tok) or a.title_subject(tok)
                if not people and role == "attendee":
                    # "Also attending the meeting was X", "Also present were X and Y": the subject of "be"
                    bes = [c for c in tok.children if c.lemma_.lower() == "be"]
                    if tok.head.lemma_.lower() == "be" and tok.head.i != tok.i:
                        bes.append(tok.head)
                    if tok.dep_ == "acl" and tok.head.lower_ in ("those", "others") and tok.head.dep_ == "pobj" \
                            and tok.head.head.head.lemma_.lower() == "be":
                        bes.append(tok.head.head.head)  # "Among those attending were X and Y"
                    people = a.people_of([c for b in bes for c in b.children
                                          if c.dep_ in ("nsubj", "nsubjpass", "attr") and c.i != tok.i])
                    if not people and any(c.dep_ == "aux" and c.lemma_.lower() == "be" and c.i > tok.i
                                          for c in tok.children):
                        # "Also attending were A, B and C": the parser makes the ones after "were" its object
                        people = a.people_of([c for c in tok.children if c.dep_ in ("dobj", "attr")])
                for pid in people:
                    out.append((pid, role, sent.start + tok.idx))
        return out


def self_objects(tok) -> list:
    """Direct and prepositional objects of a verb ("attended X", "took part in X")."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "attr")]
    out += [g for c in tok.children if c.dep_ == "prep" for g in _pobjs(c)]
    return out


def _surface_regex(lemmas: set[str]) -> re.Pattern:
    """A loose surface pattern for the lemmas (stems and the irregular forms the table's verbs take)."""
    irregular = {"meet": "met", "hold": "held", "come": "came", "go": "went|gone", "fly": "flew|flown",
                 "lead": "led", "leave": "left", "take": "took", "make": "made", "pay": "paid", "say": "said",
                 "tell": "told", "speak": "spoke|spoken", "show": "shown", "begin": "began|begun",
                 "sign": "signing", "spend": "spent", "bring": "brought", "have": "had", "become": "became",
                 "forge": "forging", "drive": "drove|driven", "ride": "rode|ridden"}
    alts = set()
    for w in lemmas:
        if w == "be":  # "was in Almaty, where he met …": only a past "be" before "in" and a name is worth a parse
            alts.update([r"was in (?-i:[A-Z])", r"were in (?-i:[A-Z])"])
            continue
        stem = w[:-1] if w.endswith("e") and len(w) > 3 else w
        alts.add(re.escape(stem))
        if w in irregular:
            alts.update(irregular[w].split("|"))
    return re.compile(r"\b(" + "|".join(sorted(alts, key=len, reverse=True)) + r")", re.I)  # (escaped above)


def _has_dependent(tok, words: list[str]) -> bool:
    want = words[0]
    for c in tok.children:
        if c.lemma_.lower() == want or c.text.lower() == want:
            return True
        if c.dep_ in ("dobj", "prep", "prt", "compound") and any(g.lemma_.lower() == want for g in c.children):
            return True
    return False


def _leads(tok) -> bool:
    """"led / headed a delegation", "was headed by": leading; "headed to / for X" (no object): a motion."""
    return _passive(tok) or any(c.dep_ in ("dobj", "agent") for c in tok.children) or not any(
        c.dep_ == "prep" and c.lower_ in ("to", "for", "into", "toward", "towards", "back", "home")
        or c.dep_ == "advmod" and c.lower_ in ("home", "back") for c in tok.children)


_COUNTED = {"times", "twice", "occasions"}
# who is met when no government is ("met with investors", "business leaders", "students")
_NON_GOVERNMENT = {"investor", "executive", "entrepreneur", "businessman", "businessmen", "businesspeople",
                   "businesswoman", "company", "companies", "firm", "student", "reporter", "journalist", "media",
                   "community", "diaspora", "farmer", "worker", "employee", "alumnus", "alumni", "fan", "resident"}
_NON_GOVERNMENT_KINDS = {"business", "industry", "corporate", "community", "religious", "student", "youth", "media"}
_SEQUENCE = {"after", "before", "following", "upon"}  # "after stops in A and B", "before visiting X"


def _counted(tok) -> bool:
    """A trip counted ("has been to Hubei three times", "visited Ohio twice"): many trips recalled, none told."""
    return tok.pos_ in ("VERB", "AUX") and any(
        d.lower_ in _COUNTED and (d.head.i == tok.i or d.head.dep_ in ("dobj", "pobj", "prep") and d.head.head.i == tok.i)
        for d in tok.subtree if d.i > tok.i)


def _background(tok) -> bool:
    """A trip told as the traveller's background, not as news: a perfect in a relative clause on a person
    ("X, who has visited Wuhan, said"), or counted."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if _counted(tok):
        return True
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in tok.children)
    return perfect and tok.dep_ == "relcl"


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _passive(tok) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


_conjuncts = _sites.conjuncts  # one definition, shared with the site frames


_ATTEND_VERBS = ("attend", "join", "participate")


def _pobjs(prep) -> list:
    return [g for c in prep.children if c.dep_ in ("pobj", "pcomp") for g in _conjuncts(c)]


# verbs whose "on a trip to X" is the trip itself ("embarked on a trip to X on May 8": the trip's day)
_TRIP_START = frozenset("embark set go leave depart head travel begin start come fly".split())


@functools.lru_cache(maxsize=1)
def _role_words() -> frozenset:
    """The role words of the English title vocabulary (governor, mayor, secretary …: ``data/en_title_words.tsv``,
    the table the people stage reads titles with)."""
    from ...regions_data import read_tsv

    return frozenset(r["word"] for r in read_tsv("en_title_words.tsv") if r["kind"] == "role")


# what is explored or examined that is no place ("explored the possibility of a cargo route", "ways to …")
_ABSTRACT_OBJECTS = frozenset({"possibility", "way", "opportunity", "potential", "prospect", "option", "avenue",
                               "cooperation", "mechanism", "issue", "idea", "measure", "model", "path", "means",
                               # a continent visited is no site ("travellers were visiting Europe")
                               "europe", "asia", "africa", "america", "oceania", "antarctica"})
_DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend",
                        "morning", "afternoon", "evening", "day", "today", "yesterday", "tomorrow",
                        # "On 12 September a meeting took place": a month after the preposition is when, not where
                        "january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                        "sept", "oct", "nov", "dec"})


# what a meeting noun before it names as a place, no meeting: "the conference room", "the meeting hall"
_ROOMS = frozenset({"room", "hall", "centre", "center", "venue", "building", "table", "chamber", "facility"})
# what a trip takes home from a place it went to only for that ("went to Qingdao to take the flight back")
_HOMEWARD_CONVEYANCES = frozenset({"flight", "plane", "train", "ferry", "ship", "boat", "bus"})
# verbs of going somewhere (not of staying: "spent Tuesday in Zibo before flying home" is a stop)
_GOING = frozenset({"go", "leave", "head", "travel", "proceed", "drive", "continue", "move"})


def _homeward(verb) -> bool:
    """The verb's purpose is the way home: "to take the flight back home", "before flying home"."""
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("before", "for", "to")
        for g in c.children if g.dep_ == "pcomp"]
    for c in purposes:
        lemma = c.lemma_.lower()
        if lemma in ("take", "catch", "board") and any(
                o.lemma_.lower() in _HOMEWARD_CONVEYANCES for o in c.children if o.dep_ == "dobj"):
            return True
        if lemma in ("fly", "return", "head") and any(o.lower_ in ("home", "back") for o in c.children):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _received_things() -> frozenset:
    """What a verb of receiving takes that is no guest: letter, invitation, gift (``lists.tsv`` kind thing)."""
    return frozenset(r.form.lower() for r in read_table("en", "lists") if r.kind == "thing")


@functools.lru_cache(maxsize=1)
def _honorifics() -> frozenset:
    """The honorifics of the English title vocabulary (Mr, Mrs, Dr, H.E., Prince …: ``data/en_title_words.tsv``),
    without their full stops."""
    from ...regions_data import read_tsv

    return frozenset(r["word"].rstrip(".") for r in read_tsv("en_title_words.tsv") if r["kind"] == "honorific")


def _office_word(word: str) -> bool:
    return word.lower() in _role_words()


def _one_trip_nested(frames: list[Frame]) -> list[Frame]:
    """"arrived in Dresden, starting a three-day visit to Saxony": one trip told twice in a sentence, to a place
    and to the larger one it lies in. The visitors went to the smaller place (ANNOTATION's settled call); the
    larger one's frame gives it what it lacks (its date, its roles) and goes."""
    visits = [f for f in frames if f.type == "visit" and f.mood == "done" and len(f.destinations) == 1]
    gone: set[int] = set()
    for f in visits:
        for g in visits:
            if g is f or id(g) in gone or id(f) in gone or not _inside(f.destinations[0], g.destinations[0]):
                continue
            if getattr(g.destinations[0], "level", 0) == 0:
                continue  # a country: the trip abroad, its stops told apart by the assembly
            if f.origin is not None and g.origin is not None and not _same(f.origin, g.origin):
                continue
            if f.travellers and g.travellers and not set(f.travellers) & set(g.travellers):
                continue
            if f.date is None:
                f.date = g.date
            if f.origin is None:
                f.origin = g.origin
            f.roles.extend(r for r in g.roles if r not in f.roles)
            f.travellers.extend(p for p in g.travellers if p not in f.travellers)
            gone.add(id(g))
    return [f for f in frames if id(f) not in gone]


def _list_summaries_dropped(frames: list[Frame]) -> list[Frame]:
    """"Three documents were signed at the expo: A and B signed …; C and D signed …": the signing that names no
    sides (the count before the list, "with X and Y signing" inside it) is the listed ones, no other."""
    sided = [f for f in frames if f.type == "agreement" and len(f.parties) >= 2]
    if len(sided) < 2:
        return frames
    return [f for f in frames if not (f.type == "agreement" and not f.parties and not f.title)]


def _dedupe(frames: list[Frame]) -> list[Frame]:
    """One frame per trigger token and type (and per host, for "respectively")."""
    out = []
    seen = set()
    for f in frames:
        key = (f.type, f.trigger, tuple(f.sides[0]), tuple(f.counterpart), f.document if f.several else None)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


class _Analysis:
    """One parsed sentence with the people and regions of the earlier stages mapped onto its tokens."""

    def __init__(self, ctx, sent, sp, lang: English):
        self.ctx, self.sent, self.sp, self.lang = ctx, sent, sp, lang
        off = sent.start
        self.person_at: dict[int, str] = {}
        self.region_at: dict[int, object] = {}
        import bisect

        cols = sp.to_array(["IDX", "LENGTH"]).tolist() if len(sp) else []  # (no Token objects made)
        self._marks: list | None = None
        self._starts = starts = [off + idx for idx, _n in cols]
        self._ends = ends = [off + idx + n for idx, n in cols]

        def tokens(s: int, e: int):
            i = max(0, bisect.bisect_right(starts, s) - 1)
            while i < len(starts) and starts[i] < e:
                if ends[i] > s:
                    yield i
                i += 1

        for s, e, pid in ctx.persons_in(sent.start, sent.end):
            for i in tokens(s, e):
                self.person_at.setdefault(i, pid)
        self._head = head = sent.start + dateline_head(ctx.doc.text[sent.start:sent.end])
        for s, e, r in ctx.regions_in(sent.start, sent.end, single=True):
            if s < head:
                continue  # the dateline's place: where the report was filed, no side of what it tells
            for i in tokens(s, e):
                # one token of characters naming a country and a place in it (尼日利亚拉各斯州): the place
                if i not in self.region_at or _holds(self.region_at[i], r):
                    self.region_at[i] = r

    # ------------------------------------------------------------- arguments
    def subjects(self, tok) -> list:
        h, hops = tok, 0
        while True:
            subs = [c for c in h.children if c.dep_ in _SUBJ]
            if subs and h.dep_ == "relcl" and h.head.i != h.i and all(
                    s.lower_ in ("who", "that", "which") for s in subs):
                return [h.head]  # "Kim, who is on a visit to X, ...": Kim
            if subs:
                subs = [self._place_country_split(s) for s in subs]
                return [g for s in subs for g in _conjuncts(s)]
            if hops == 0:
                lost = self._subject_in_opening_phrase(h)
                if lost:
                    return lost
            if h.dep_ in ("acl", "relcl") and h.head.i != h.i:
                # "a delegation visiting X", "the mayor, who visited X": the noun modified
                return [h.head]
            if h.dep_ == "pcomp" and h.head.dep_ == "prep" and h.head.lower_ in _SEQUENCE \
                    and h.head.head.i != h.head.i and hops <= 3:
                # "After visiting Osaka, the delegation arrived in Niigata": the subject of the clause it opens
                h, hops = h.head.head, hops + 1
                continue
            if h.dep_ not in _CLIMB or h.head.i == h.i or hops > 3:
                return []
            h, hops = h.head, hops + 1

    def _subject_in_opening_phrase(self, verb) -> list:
        """"While in Changsha, A and B signed …": the parser joins the subject to the place of the opening phrase
        (after its comma, as one more item of a list); the names after the comma are the subject."""
        for p in verb.children:
            if p.dep_ != "prep" or p.i > verb.i:
                continue
            for o in _pobjs(p):
                comma = next((c for c in o.children if c.text == "," and c.i > o.i), None)
                if comma is None:
                    continue
                # (or as its apposition: "During the expo, Hunan Province and Lagos State signed …")
                listed = [c for c in o.children if c.i > comma.i and (
                    c.dep_ == "conj" or (c.dep_ == "appos" and c.pos_ == "PROPN"))]
                if listed and not any(c.lower_ in ("and", "or") and c.i < comma.i for c in o.children):
                    return [g for c in listed for g in _conjuncts(c)]
            # "At the invitation of the akim of X, Y, a delegation of Z visited …": the group after the phrase's
            # last comma, which the parser hung on a name inside it as an apposition
            groups = [d for d in p.subtree if d.dep_ in ("appos", "conj") and d.lemma_.lower() in _TRAVELLING_GROUPS
                      and d.left_edge.i > 0 and d.doc[d.left_edge.i - 1].text == ","]
            if groups:
                return groups[-1:]
            # "At invitation of Hadong County, Korea, Lin Qingsong, secretary of X, led …": a person after the
            # phrase's last comma, hung on a place inside it
            named = [d for d in p.subtree if d.dep_ in ("appos", "conj") and self.person_at.get(d.i)
                     and d.left_edge.i > 0 and d.doc[d.left_edge.i - 1].text == ","]
            if named and p.lower_ in ("at", "upon", "on") and any(
                    o.lemma_.lower() in ("invitation", "invite") for o in _pobjs(p)):
                return named[-1:]
        return []

    def _place_country_split(self, s):
        """"a delegation from Da Nang, Vietnam visited Huzhou" (the comma after the country left out, as machine
        translation does): the parser makes the country the subject; the subject is the phrase naming the place
        inside it."""
        r = self.region_at.get(s.i)
        if r is None or getattr(r, "level", None) != 0 or s.i < 2 or s.nbor(-1).text != "," \
                or any(c.dep_ not in ("compound", "det", "punct") for c in s.children):
            return s
        prev = s.nbor(-2)
        inner = self.region_at.get(prev.i)
        if inner is None or not _inside(inner, r):
            return s
        t = prev
        while t.head.i != t.i and t.head.i < s.i and t.head.pos_ not in ("PUNCT", "VERB", "AUX"):
            t = t.head
        return t if t.i != prev.i or t.dep_ != "pobj" else s

    def listed_with(self, people: list[str]) -> list[str]:
        """``people`` with the others listed beside them in a mixed sentence ("met with 甲省副省长A and 乙市市长B"):
        the parse of Chinese words is no guide there, the list is: names joined by a comma, 、 or "and" with
        only titles between them."""
        if not people or not _HAN_CHAR.search(self.sp.text):
            return people
        order = [(t.i, self.person_at[t.i]) for t in self.sp if self.person_at.get(t.i)]
        out = list(people)
        changed = True
        while changed:
            changed = False
            for k in range(len(order) - 1):
                (i, a), (j, b) = order[k], order[k + 1]
                if a == b or (a in out) == (b in out):
                    continue
                between = self.sp[i + 1:j]
                if any(t.text in (",", "、", "，") or t.lower_ == "and" for t in between) and all(
                        t.text in (",", "、", "，") or t.lower_ in ("and", "of", "the") or _HAN_CHAR.search(t.text)
                        or (t.text[:1].isupper() and t.pos_ != "VERB") for t in between):
                    out.append(b if a in out else a)
                    changed = True
        return list(dict.fromkeys(out))

    def witness_people(self, tok) -> list[str]:
        """The people named after "presence of" / "witness of" (``tok`` the noun); a phrase opening the sentence
        ends at its comma ("In the presence of X, A and B signed": the parse often takes A and B in)."""
        people = self.people_of([g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in _pobjs(c)])
        verbs = [t.i for t in self.sp if t.pos_ == "VERB" and t.i > tok.i]
        if not people or not verbs:
            return people
        first = min(i for i, t in enumerate(self.sp) if self.person_at.get(t.i) == people[0])
        comma = next((t.i for t in self.sp[first:verbs[0]] if t.text in (",", "，")), None)
        if comma is None:
            return people
        return [pid for pid in people if any(self.person_at.get(t.i) == pid for t in self.sp[tok.i:comma])]

    def subject_people(self, tok) -> list[str]:
        """The people the verb's subject names; a long list of names and titles before the verb (which the
        small parser often splits) counts whole when the parse's subject is one of them."""
        if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in _SUBJ for c in tok.children):
            return self.subject_people(tok.head)  # "A, B and C attended and spoke": all three spoke
        people = self.people_of(self.subjects(tok))
        listed: list[str] = []
        i = tok.i - 1
        while i >= 0:
            t = self.sp[i]
            if t.pos_ in ("VERB", "AUX") and self.person_at.get(i) is None and t.lemma_.lower() not in ("vice",):
                break
            if t.text in (";", ":") or t.lower_ in ("which", "who", "that", "when", "where", "while"):
                break
            pid = self.person_at.get(i)
            if pid and pid not in listed:
                listed.insert(0, pid)
            i -= 1
        if len(listed) > len(people) and (not people or set(people) <= set(listed)):
            return listed
        return people

    def objects(self, tok) -> list:
        out = [g for c in tok.children if c.dep_ in ("dobj", "attr", "oprd") for g in _conjuncts(c)]
        if not out:  # "visited Tianjin" parsed as an adverbial noun: a place all the same
            out = [g for c in tok.children if c.dep_ in ("npadvmod", "dep") and self.region_at.get(c.i) is not None
                   for g in _conjuncts(c)]
        return out

    def prep_objects(self, tok, preps) -> list:
        out = []
        for c in tok.children:
            if c.dep_ in ("prep", "dative", "agent") and c.lemma_.lower() in preps:
                out.extend(_pobjs(c))
        return out

    def people_of(self, toks) -> list[str]:
        out: list[str] = []
        for t in toks:
            n = len(out)
            for d in t.subtree:
                pid = self.person_at.get(d.i)
                if pid is None and d.pos_ == "PRON" and d.lower_ in ("i", "me", "my"):
                    pid = self.ctx.author  # a statement in the first person: its author
                if pid and pid not in out:
                    out.append(pid)
            if len(out) == n and _office_word(t.text):
                pid = self._detached_apposition(t)
                if pid and pid not in out:
                    out.append(pid)
        return out

    def _detached_apposition(self, t) -> str | None:
        """"paid a courtesy call on the Vice Governor of Hunan Province, Mr. Peng Zhiyuan.": the name set after a
        title's phrase that the parser hung elsewhere (on the verb), when it closes the clause."""
        k = t.right_edge.i + 1
        if k >= len(self.sp) or self.sp[k].text != ",":
            return None
        k += 1
        while k < len(self.sp) and self.sp[k].lower_.rstrip(".") in _honorifics():
            k += 1
        pid = self.person_at.get(k) if k < len(self.sp) else None
        if pid is None or self.sp[k].head.i in {x.i for x in t.subtree}:
            return None
        while k < len(self.sp) and self.person_at.get(k) == pid:
            k += 1
        return pid if k >= len(self.sp) or self.sp[k].is_punct else None

    def head_people(self, toks) -> list[str]:
        """People named by the phrases themselves (the head or its appositions), not deep inside them."""
        out: list[str] = []
        for t in toks:
            for d in _name_tokens(t):
                pid = self.person_at.get(d.i)
                if pid and pid not in out:
                    out.append(pid)
        return out

    def titled_before(self, toks, others) -> list[str]:
        """"the governor" / "the mayor" (no name, no place, no other word): the person holding that title named
        last before this sentence (not one of ``others``)."""
        if len(toks) != 1:
            return []
        t = toks[0]
        word = t.lower_
        if word not in _BARE_TITLES or self.person_at.get(t.i) or [c.lower_ for c in t.children if not (
                c.dep_ in ("prep", "punct") and c.lower_ in ("in", "at", "on", ",", "."))] != ["the"]:
            return []
        best = None
        for p in self.ctx.doc.people:
            if p.id in others or not any(
                    re.search(r"\b" + word + r"\b", (x.title_en or "").lower()) and not re.search(
                        r"\b(?:vice|deputy|lieutenant|former)\b", (x.title_en or "").lower()) for x in p.positions):
                continue
            last = max((m[0] for m in p.mentions if m[0] < self.sent.start), default=None)
            if last is not None and (best is None or last > best[0]):
                best = (last, p.id)
        return [best[1]] if best else []

    def unnamed_offices(self, tok) -> list:
        """The places whose office a meeting's subjects name with no person ("the governors of A and B", "the vice
        governor of C"): one region each, in their order."""
        out: list = []
        for s in self.subjects(tok):
            if self.person_at.get(s.i) or s.lemma_.lower() not in _UNNAMED_OFFICES:
                continue
            if any(self.person_at.get(d.i) for d in s.subtree if d.dep_ in ("appos", "compound", "flat")):
                continue
            for c in s.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for o in _pobjs(c):
                        for g in _conjuncts(o):
                            r = self.region_at.get(g.i)
                            if r is not None and not any(r is x for x in out):
                                out.append(r)
        return out

    def regions_of(self, toks, deep: bool = True) -> list:
        found: list = []
        for t in toks:
            seq = t.subtree if deep else _name_tokens(t)
            for d in seq:
                r = self.region_at.get(d.i)
                if r is not None and not any(r is x for x in found):
                    found.append(r)
        return _innermost(found)

    def demonym_region(self, toks):
        from ...gazetteer import Gazetteer

        for t in toks:
            for d in t.subtree:
                if d.dep_ not in ("amod", "compound", "nmod", "npadvmod"):
                    continue
                if self.region_at.get(d.i) is not None or self.sent.start + d.idx < self._head:
                    continue  # "Lao Cai": a word of a place's name (or of the dateline), no nationality
                prev = self.sp[d.i - 1].text.lower() + " " if d.i > 0 else ""
                code = self.lang.demonyms.get(prev + d.text.lower()) or self.lang.demonyms.get(d.text.lower())
                if code:
                    return Gazetteer.default().by_code(code)
        return None

    def split_counterparts(self, tok, fr: Frame) -> list[Frame] | None:
        """"held talks with A on May 15 and with B on May 17": one meeting per "with" group, each with the
        date told after it (the parser hangs the second group anywhere in the clause)."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        withs = sorted((d for d in verb.subtree if d.lower_ == "with" and d.dep_ in ("prep", "conj")),
                       key=lambda d: d.i)
        if len(withs) < 2:
            return self.split_by_dates(tok, fr)
        groups = []
        for k, w in enumerate(withs):
            objs = _pobjs(w)
            people, regions = self.people_of(objs), self.regions_of(objs)
            if not (people or regions):
                return None
            lo = self.sent.start + w.idx
            hi = self.sent.start + withs[k + 1].idx if k + 1 < len(withs) else self.sent.end
            groups.append((people, regions, self.ctx.date_in(lo, hi)))
        if len({tuple(p) + tuple(map(id, r)) for p, r, _d in groups}) < len(groups):
            return None
        out = []
        for people, regions, date in groups:
            others = [r for r in fr.parties if not any(r is x for g in groups for x in g[1])]
            key = people or [str(getattr(r, "code", None) or getattr(r, "en", None)) for r in regions]
            out.append(dataclasses.replace(fr, sides=(list(fr.sides[0]), people), parties=others + regions,
                                           date=date or fr.date, roles=list(fr.roles), counterpart=key))
        return out

    def split_by_dates(self, tok, fr: Frame) -> list[Frame] | None:
        """"met A on May 21, and B on May 22": counterparts each told with a day of their own, one meeting each."""
        people = list(fr.sides[1])
        if tok.pos_ in ("VERB", "AUX"):  # "met A on May 21, and B on May 22": B hangs on the verb (a gapped clause)
            people += [p for c in tok.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")
                       for p in self.head_people([c]) if p not in people and p not in fr.sides[0]]
        if len(people) < 2:
            return None
        trig = self.sent.start + tok.idx
        first = {}
        for s, _e, pid in self.ctx.persons_in(trig, self.sent.end):
            first.setdefault(pid, s)
        if any(p not in first for p in people):
            return None
        people.sort(key=lambda p: first[p])
        groups = []
        for k, pid in enumerate(people):
            lo = first[pid]
            hi = first[people[k + 1]] if k + 1 < len(people) else self.sent.end
            date = self.ctx.date_in(lo, hi)
            if not date or len(date[0]) < 8:
                return None
            groups.append((pid, date))
        if len({d for _p, d in groups}) < len(groups):
            return None
        out = []
        for pid, date in groups:
            regions = self.person_regions(pid)[:1]
            own = [r for r in fr.parties if not any(_same(r, x) for p2, _d in groups for x in self.person_regions(p2))]
            out.append(dataclasses.replace(fr, sides=(list(fr.sides[0]), [pid]), parties=own + regions, date=date,
                                           roles=[(p, r) for p, r in fr.roles if p == pid or p not in people],
                                           counterpart=[pid]))
        return out

    def split_stops(self, fr: Frame) -> list[Frame] | None:
        """"visited Xiamen on May 21 and Quanzhou on May 22": each stop with the day told after it."""
        pos = []
        for d in fr.destinations:
            at = next((s for s, _e, r in self.ctx.regions_in(fr.trigger[0], self.sent.end) if r is d), None)
            if at is None:
                return None
            pos.append(at)
        order = sorted(range(len(pos)), key=lambda k: pos[k])
        dates = []
        for n, k in enumerate(order):
            hi = pos[order[n + 1]] if n + 1 < len(order) else self.sent.end
            date = self.ctx.date_in(pos[k], hi)
            if not date or len(date[0]) < 8:
                return None
            dates.append((k, date))
        if len({d for _k, d in dates}) < len(dates):
            return None
        return [dataclasses.replace(fr, destinations=[fr.destinations[k]], date=date, roles=list(fr.roles),
                                    counterpart=[str(getattr(fr.destinations[k], "code", None)
                                                     or getattr(fr.destinations[k], "en", None))])
                for k, date in dates]

    def person_regions(self, pid: str) -> list:
        """The region a person acts for (from their title), or the place named in their name phrase."""
        r = self.ctx.person_region(pid)
        if r is not None:
            return [r]
        for i, p in self.person_at.items():
            if p == pid:
                regs = self.regions_of([self.sp[i].head], deep=True) if self.sp[i].head.i != i else []
                return regs[:1]
        return []

    def clause_pronoun_people(self, tok, subj) -> list[str]:
        """"X travelled to Y, where he met Z": a he/she subject of a clause hanging on another verb
        is that verb's subject."""
        if not subj or not all(t.lower_ in ("he", "she") for t in subj):
            return []
        h, hops = tok, 0
        while h.dep_ in ("relcl", "advcl", "conj", "ccomp", "pobj", "prep", "npadvmod", "dobj") and h.head.i != h.i \
                and hops < 5:  # "concluded a mission to China, where she met ...": she, who concluded it
            h, hops = h.head, hops + 1
            if h.pos_ in ("VERB", "AUX"):
                people = self.subject_people(h)
                if people:
                    return people[:1]
        return []

    def pronoun_subject(self, tok) -> list[str]:
        subs = self.subjects(tok)
        if subs and subs[0].lower_ in ("he", "she", "they"):
            # the person the previous sentence is about: its first named (the subject, in news prose)
            doc = self.ctx.doc
            start = self.sent.start
            for _hop in range(3):
                prev_sent = next((s for s in reversed(doc.sentences) if s.end <= start
                                  and self.ctx.persons_in(s.start, s.end)), None)
                if prev_sent is None or start - prev_sent.end >= 400:
                    return []
                first = self.ctx.persons_in(prev_sent.start, prev_sent.end)[0]
                if not _PRONOUN_BEFORE.search(doc.text, prev_sent.start, first[0]):
                    return [first[2]]
                # "In Guangzhou, she met Governor X. In Fuzhou, she met …": the sentence before is about the one
                # its own pronoun stands for, not the first one it names
                start = prev_sent.start
        return []

    def title_subject(self, tok) -> list[str]:
        """"the Gangwon governor said", "the mayor noted": a subject naming an office and no one, the one person
        of the article holding that office (of that place, when it names one)."""
        subs = [c for c in tok.children if c.dep_ == "nsubj"]
        if len(subs) != 1 or self.person_at.get(subs[0].i) is not None:
            return []
        head = subs[0]
        if not _office_word(head.lower_) or not any(c.lower_ == "the" for c in head.children):
            return []
        deputy = any(c.lower_ in ("vice", "deputy", "lieutenant", "executive") for c in head.children)
        place = next((self.region_at[d.i] for d in head.subtree if self.region_at.get(d.i) is not None), None)
        if place is None:
            return []  # "the governor said": which governor the article means is not told
        found = []
        for pid, person in self.ctx.people.items():
            for pos in person.positions:
                title = (pos.title_en or "").lower()
                if head.lower_ not in title or deputy != bool(re.search(r"\b(vice|deputy|lieutenant|lt\.)", title)):
                    continue
                if not _same(pos.region, place):
                    continue
                found.append(pid)
                break
        return found if len(found) == 1 else []

    def clause_date(self, tok):
        """The date told for this trigger: the most specific date inside its clause (the verb it is or hangs
        from, without the relative clauses and "since …" phrases inside it, which tell other times); else,
        when the sentence tells one time only, that."""
        verb = tok
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        inside = {d.i for d in verb.subtree}
        skip: set[int] = set()
        trip_span: set[int] = set()
        for d in self._time_marks():  # "since they forged ties in October 1993", "until 2025": other times
            span = {x.i for x in (d.head.subtree if d.dep_ == "mark" else d.subtree)}
            if tok.i not in span:  # ("since signing an agreement in 1998": the signing's own time)
                skip.update(span)
        for d in verb.subtree:
            if d.i != verb.i and d.dep_ in ("relcl", "ccomp", "csubj"):
                skip.update(x.i for x in d.subtree)
            elif d.dep_ == "conj" and d.pos_ in ("VERB", "AUX") and d.i != tok.i \
                    and tok.i not in {x.i for x in d.subtree} \
                    and any(c.dep_ == "aux" and self.lang.moods.get(c.lower_, ("", ""))[0] == "planned"
                            for c in d.children):
                # "visited the institute, and will travel to Heihe on Thursday": the planned verb's own time
                skip.update(x.i for x in d.subtree)
            elif d.i != tok.i and d.dep_ == "pobj" and d.head.lower_ in ("during", "throughout") and \
                    d.lemma_.lower() in _TRIP_NOUNS and tok.i not in {x.i for x in d.subtree}:
                # "during his May 3-7 visit to X, he met …": the trip's days, not the meeting's own (a trip told
                # in one day or year, "during my visit in 2012", still dates what happened on it)
                trip_span.update(x.i for x in d.subtree)
        best = None
        dates = [s for s in self.ctx.dates if self.sent.start <= s.start < self.sent.end and s.value and s.value[0]]
        if any(s.label != "dateline" for s in dates):  # the day the report was filed yields to the clause's own
            dates = [s for s in dates if s.label != "dateline"]
        for s in dates:
            i = self._token_at(s.start)
            if i is None or i not in inside or i in skip or (i in trip_span and s.value[1] and s.value[1] != s.value[0]):
                continue
            if best is None or len(s.value[0]) > len(best[0]):
                best = s.value
        if best is None and len(dates) == 1 and (tok.lemma_.lower() not in ("visit", "trip") or any(
                c.lower_ in ("day", "days") or c.lower_.endswith("-day") for c in tok.subtree if c.i < tok.i)):
            # (a trip's date is told in its own clause: "the delegation, which visited X, signed … on May 6" does
            # not date the trip; "left Tuesday, concluding their three-day visit" does, by its length)
            i = self._token_at(dates[0].start)
            if i is None or not (i in skip or (i in trip_span and dates[0].value[1] not in (None, dates[0].value[0]))):
                best = dates[0].value
        return best

    def _time_marks(self) -> list:
        """The sentence's "since", "until" and "till" tokens (found once)."""
        if self._marks is None:
            self._marks = [d for d in self.sp if d.lower_ in ("since", "until", "till")]
        return self._marks

    def _token_at(self, pos: int):
        import bisect

        i = bisect.bisect_right(self._starts, pos) - 1
        return i if i >= 0 and pos < self._ends[i] else None

    # ------------------------------------------------------------- frames
    def frame(self, tok, row) -> Frame | None:
        ev = row.event
        mood = self.mood(tok)
        fr = Frame(type=ev, kind=row.kind, trigger=(self.sent.start + tok.idx, self.sent.start + tok.idx + len(tok.text)),
                   sentence=(self.sent.start, self.sent.end), lang="en", mood=mood)
        build = getattr(self, "_" + row.args.replace(">", "_").replace("<", "_").replace("+", "_"), None)
        if build is None:
            return None
        ok = build(tok, row, fr)
        if fr.mood == "recalled" and fr.date and fr.date[0] and not fr.date[0].startswith("--") and \
                self.mood_word(tok) != "since" and not _counted(tok):
            fr.mood = "done"  # an earlier event told with its date is an event ("previously visited X in 2007")
        return fr if ok is not False else None

    def mood_word(self, tok) -> str | None:
        for c in tok.children:
            if c.dep_ == "mark":
                return c.lower_
        return None

    def mood(self, tok) -> str:
        if _background(tok):
            return "recalled"
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
               for c in tok.children):
            return "negated"  # "No agreement was signed on this trip", "signed no agreement"
        h, hops = tok, 0
        while True:
            for c in h.children:
                low = c.lower_
                if c.dep_ in ("aux", "auxpass") and self.lang.moods.get(low, ("", ""))[0] == "planned":
                    return "planned"
                if c.dep_ == "aux" and low == "to" and h.head.lemma_.lower() in ("be",) and h.i == tok.i:
                    return "planned"  # "is to visit"
                if c.dep_ == "advmod" and low == "earlier" and (c.i == 0 or any(
                        g.lower_ in ("in", "on") for g in c.children)):
                    continue  # "Earlier, the delegation visited X", "earlier in the day": told out of order, done
                if c.dep_ in ("advmod", "amod", "npadvmod", "compound") and self.lang.moods.get(low, ("", ""))[1] == "word":
                    return self.lang.moods[low][0]
                if c.dep_ == "mark" and low == "since":
                    return "recalled"
                if c.dep_ == "neg":
                    return "negated"
            if (h.dep_ in ("xcomp", "ccomp", "dobj", "pobj", "advcl", "acl") or h.dep_ == "prep" and h.lower_ == "for") \
                    and h.head.i != h.i:
                hl = h.head.lemma_.lower()  # ("delegation expected in X for the signing": its verb too)
                if self.lang.moods.get(hl, ("", ""))[1] == "verb":
                    return self.lang.moods[hl][0]
            if h.dep_ not in ("xcomp", "conj", "advcl", "pobj", "dobj", "prep", "acl", "relcl", "ccomp", "nsubjpass") \
                    or h.head.i == h.i or hops > 4:
                return "done"
            h, hops = h.head, hops + 1

    def _travellers(self, subj_toks, fr: Frame, verb=None) -> None:
        """Who travels and from where: the subject's people (leaders where the text says so) and region."""
        people = self.people_of(subj_toks)
        fr.travellers = people
        origin = None
        for t in subj_toks:  # "A delegation from X arrived in Y from Z": X is its home, Z where it set out from
            origin = origin or self.delegation_origin(t)
        if origin is None and verb is not None:  # "came from X to Y"
            origin = next(iter(self.regions_of(self.prep_objects(verb, ("from",)))), None)
        if origin is None and verb is not None and verb.dep_ in ("advcl", "xcomp", "conj") \
                and verb.head.lemma_.lower() in ("lead", "head"):
            # "X led a delegation of Y to visit Z": the delegation's home, not the leader's title
            for o in self.objects(verb.head):
                origin = origin or self.delegation_origin(o)
        for t in subj_toks:
            origin = origin or self.delegation_origin(t)
        if origin is None:
            regs = [r for r in self.regions_of(subj_toks) if not any(_inside(r, d) or _same(r, d) for d in fr.destinations)]
            origin = regs[0] if regs else None
        if origin is None:
            origin = self.demonym_region(subj_toks)
        if origin is None and not people and any(
                (d.lemma_.lower() in ("delegation", "visitor", "guest", "team", "mission", "group", "entourage")
                 and any(c.lower_ in ("the", "this", "our", "his", "her", "their") for c in d.children))
                for t in subj_toks for d in t.subtree):
            # "The delegation also visited X", "the governor and his team went to X": the delegation the article
            # told of last (else the last trip's)
            origin = getattr(self.ctx, "en_delegation_origin", None) or (
                getattr(self.ctx, "en_trip_origin", None) if fr.kind != "stay" else None)  # (a stay narrows the trip)
        elif origin is not None and self.delegation_origin_told(subj_toks):
            self.ctx.en_delegation_origin = origin
        if origin is not None and fr.type == "visit" and fr.mood == "done":
            self.ctx.en_trip_origin = origin  # "Governor X of Aichi arrived in Nanjing at the head of a delegation"
        fr.origin = origin
        for t in subj_toks:
            for d in t.subtree:
                if d.lemma_.lower() in ("lead", "head") and d.dep_ in ("acl", "relcl", "amod"):
                    for pid in self.people_of(self.prep_objects(d, ("by",)) + self.objects(d)) or self.after_by(d):
                        fr.roles.append((pid, "leader"))
        for pid in self.leaders_in(subj_toks):
            if (pid, "leader") not in fr.roles:
                fr.roles.append((pid, "leader"))

    def named_after_title(self, toks) -> list[str]:
        """"led by the Vice Governor of the province, Mr. Liu Weiping, at …": a title naming no one, and the person
        set after it between commas (the parser hangs the name elsewhere)."""
        for t in toks:
            if not (_office_word(t.text) or any(_office_word(c.text) for c in t.children if c.dep_ == "compound")):
                continue  # ("Deputy Secretary-General": the parser's head is "General")
            i = t.right_edge.i + 1
            if i >= len(self.sp) or self.sp[i].text != ",":
                continue
            i += 1
            while i < len(self.sp) and self.person_at.get(i) is None and i - t.right_edge.i < 5 \
                    and self.sp[i].lower_.rstrip(".") in _honorifics():
                i += 1
            pid = self.person_at.get(i) if i < len(self.sp) else None
            if pid:
                return [pid]
        return []

    def after_by(self, verb) -> list[str]:
        """"The Penang delegation led by Chief Minister X arrived": the parser may leave "by" with no object (X made
        the verb's subject); the person named right after it."""
        for c in verb.children:
            if c.dep_ in ("agent", "prep") and c.lower_ == "by" and not any(g.dep_ == "pobj" for g in c.children):
                i = c.i + 1
                while i < len(self.sp) and self.person_at.get(i) is None and self.sp[i].pos_ == "PROPN" and i - c.i < 6:
                    i += 1
                pid = self.person_at.get(i) if i < len(self.sp) else None
                return [pid] if pid else []
        return []

    def leaders_in(self, toks) -> list[str]:
        """People a phrase says lead: "X and his party / several aides", "X ... as the head"."""
        out = []
        for t in toks:
            scope = t.head.subtree if t.dep_ in ("nsubj", "nsubjpass") else t.subtree  # the clause of the subject
            if any(d.lemma_.lower() in _ENTOURAGE and d.dep_ == "pobj" and d.head.lower_ == "with"
                   and any(c.lower_ in ("his", "her", "their", "its") for c in d.children) for d in scope):
                # "X, Y and Z along with their accompanying delegation": those named lead it
                out.extend(p for p in self.people_of([t]) if p not in out)
                continue
            for d in t.subtree:
                pid = self.person_at.get(d.i)
                if not pid or pid in out:
                    continue
                for c in d.head.children if self.person_at.get(d.head.i) == pid else d.children:
                    if c.dep_ == "conj" and c.lemma_.lower() in _ENTOURAGE:
                        out.append(pid)
                        break
                else:
                    tail = self.sp.text[d.idx + len(d.text):d.idx + len(d.text) + 90]
                    if _AS_HEAD.match(tail):
                        out.append(pid)
        return out

    def delegation_origin_told(self, toks) -> bool:
        return any(d.lemma_.lower() in ("delegation", "visitor", "guest", "team", "mission", "group")
                   for t in toks for d in t.subtree)

    def delegation_origin(self, tok):
        """The region a delegation noun names: "a Gansu delegation", "the delegation from / of Gansu"."""
        nouns = [d for d in tok.subtree if d.lemma_.lower() in ("delegation", "team", "group", "mission", "party",
                                                                 "guest", "visitor", "official", "leader")]
        for n in nouns:
            mods = [c for c in n.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
            regs = self.regions_of(mods)
            if regs:
                return regs[0]
            objs = self.prep_objects(n, ("from", "of"))
            regs = self.regions_of(objs)
            address = any(d.dep_ == "prep" and d.lower_ == "in" for o in objs for d in o.subtree)
            if len({r.code or r.en for r in regs}) > 1 and getattr(regs[0], "level", 0) > 0 and not address and \
                    len({r.country for r in regs}) == 1 and regs[0].country != "CN":
                # "a delegation of five Vietnamese localities - A, B, C ...": from their country (not "from A in B")
                return Gazetteer.default().by_code(regs[0].country) or regs[0]
            if regs:
                return regs[0]
            dem = self.demonym_region(mods)
            if dem is not None:
                return dem
        return None

    def _place(self, tok):
        # (not a pavilion named after a place: "held talks at the Guizhou Pavilion" of an expo elsewhere)
        regs = self.regions_of([o for o in self.prep_objects(tok, ("in", "at")) if not _EXHIBIT_HEADS.match(o.text)],
                               deep=False)
        return regs[0] if regs else None

    def _subj_obj(self, tok, row, fr: Frame):
        objs = self.objects(tok)
        if not objs and _passive(tok):
            objs = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if not objs:
            objs = self.prep_objects(tok, ("to",))
        told = bool(objs)
        # "visited BYD Company and Yantian Port", "toured the Jilin Auto Park": a site named after a place is
        # toured (the site frame), no stop of the trip
        objs = [o for o in objs if self.region_at.get(o.i) is not None
                or not (_SITE_HEADS.match(o.text) or _sites.is_head(o.text) or self.named_site(o))]
        dests = self.regions_of(objs, deep=False) or [r for r in self.regions_of(objs) if _is_place_head(objs, self)]
        if objs and tok.pos_ == "VERB":  # "visited Xiamen on May 21 and Quanzhou on May 22": a gapped second stop
            # (the parser hangs it on the verb or on the date before it)
            dated = {d.i for d in tok.subtree if d.dep_ == "pobj" and d.head.dep_ == "prep" and d.head.head.i == tok.i
                     and d.head.lower_ in ("on", "from")}
            objs = objs + [c for c in tok.subtree if c.dep_ == "conj" and c.pos_ == "PROPN"
                           and (c.head.i == tok.i or c.head.i in dated)
                           and self.region_at.get(c.i) is not None and not any(x.dep_ in _SUBJ for x in c.children)]
        if len(objs) > 1:  # "visited Jiamusi and Tongjiang": each place a stop, the one inside the other too
            each = [self.region_at.get(o.i) for o in objs]
            if all(r is not None for r in each) and len({id(r) for r in each}) == len(each):
                dests = each
        if not dests:  # "visits Russia's Far East": the place whose part it is
            dests = [self.region_at[c.i] for o in objs if not (_SITE_HEADS.match(o.text) or _sites.is_head(o.text))
                     and o.text[:1].isupper() for c in o.children if c.dep_ == "poss" and self.region_at.get(c.i) is not None]
        if not dests and any(o.lemma_.lower() in _PLACE_NOUNS and not self.named_site(o) for o in objs):
            # "Guangdong's capital city of Guangzhou" (not "the Guangzhou Science City": a site)
            dests = self.regions_of(objs)
        if not dests and (any(c.lower_ == "here" and c.dep_ == "advmod" for c in tok.children) or any(
                o.lemma_.lower() in _PLACE_NOUNS and not any(c.dep_ not in ("det", "amod") or c.dep_ == "det" and c.lower_
                                                              not in ("the", "this") for c in o.children)
                and not any(c.dep_ == "amod" and self.region_at.get(c.i) is None and c.lower_ not in ("whole", "entire")
                            for c in o.children) for o in objs)):
            # "LA TRINIDAD, Benguet — … visited the province / the town / here": the place the report is datelined
            dests = self.dateline_for(objs)
        if not dests and not told:
            # the small parser lost the object ("have visited Dornogobi aimag" read as a clause): the place
            # written right after the verb
            nxt = self.sp[tok.i + 1] if tok.i + 1 < len(self.sp) else None
            r = self.region_at.get(nxt.i) if nxt is not None else None
            dests = [r] if r is not None else []
        if not dests:
            return False  # visiting a site or a person is not a trip told here
        fr.destinations = self.addressed(dests)
        subj = self.subjects(tok)
        if _passive(tok):  # "X was visited by a delegation from Y": the agent travels, X is visited
            subj = [g for c in tok.children if c.dep_ == "agent" for g in _pobjs(c)]
        self._travellers(subj, fr, tok)
        if not fr.travellers:
            fr.travellers = self.subject_people(tok)
        if not fr.travellers and fr.origin is None:
            # "X returned from a mission to China, where he visited Sichuan": he, the subject of the clause it hangs on
            fr.travellers = self.clause_pronoun_people(tok, subj)
            fr.origin = next((r for p in fr.travellers for r in self.person_regions(p)
                              if not any(_same(r, d) or _inside(d, r) for d in fr.destinations)), None)
        self._lead_roles(tok, fr)
        gov = tok.head
        if fr.origin is None and not fr.travellers and tok.dep_ in ("relcl", "acl") and gov.dep_ == "dobj" \
                and gov.head.lemma_.lower() in ("lead", "head"):
            fr.origin = self.office_origin(gov.head, fr.destinations)  # "the Mayor of X led a delegation to visit Y"
        fr.date = self.clause_date(tok)
        return True

    def office_origin(self, lead, dests):
        """"the Governor of Vientiane Province led a delegation to Kunming": an office named with no one's name
        leads it; the trip comes from that office's place (None when the subject names no office)."""
        subj = self.subjects(lead)
        if not any(_office_word(t.lower_) for s_ in subj for t in s_.subtree):
            return None
        return next((r for r in self.regions_of(subj) if not any(_same(r, d) or _inside(d, r) for d in dests)), None)

    def addressed(self, dests: list) -> list:
        """A place written as an address, followed by the larger one it lies in ("Erenhot, Inner Mongolia",
        "Hekou County, Yunnan Province"): the visitors went to the smaller place, one stop, whichever of the two
        the parser made the head."""
        if not dests:
            return dests
        at = sorted(self.region_at.items())
        out: list = []
        for d in dests:
            r = d
            for i, x in at:
                if x is d and i >= 2 and self.sp[i - 1].text in (",", "，") and self.region_at.get(i - 1) is None:
                    prev = self.region_at.get(i - 2)
                    if prev is not None and _inside(prev, d) and getattr(prev, "level", 0) > 0:
                        r = prev
                        break
            if not any(_same(r, o) for o in out):
                out.append(r)
        return out

    def dateline_for(self, objs) -> list:
        """The dateline's place a bare place noun stands for: "the province" its province, "the town / city" its
        town (the first place written); "here" the first."""
        places = self.ctx.dateline_regions() or [r for r in (self.ctx.dateline_place,) if r is not None]
        if not places:  # a page of its own place with no dateline ("Press service of the akimat of Zaisan District")
            places = list({id(r): r for r in (self.ctx.doc.meta.get("home_foreign") or {}).values()
                           if getattr(r, "code", None) is None and r.level >= 2}.values())
            if len(places) != 1:
                return []
        nouns = {o.lemma_.lower() for o in objs}
        if nouns & {"province", "state", "region", "prefecture"}:
            fit = [r for r in places if getattr(r, "level", None) == 1]
            return fit[:1]
        if nouns & {"city", "town", "municipality", "county", "capital", "shire", "district"}:
            fit = [r for r in places if (getattr(r, "level", None) or 0) >= 2]
            return fit[:1]
        return places[:1]

    def named_site(self, o) -> bool:
        """"the Guangzhou Science City", "the Film City": a place noun named by words that name no place is a
        site (not "Guangzhou City", "the city of Guangzhou")."""
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(self.region_at.get(g.i) is not None for g in _pobjs(c))
               for c in o.children):
            return False  # "the US state of Ohio": the place named after "of"
        return o.lemma_.lower() in _PLACE_NOUNS and self.region_at.get(o.i) is None and any(
            c.dep_ == "compound" and self.region_at.get(c.i) is None and c.text[:1].isupper()
            and c.lower_ not in _PLACE_NOUNS for c in o.children)

    def site_objects(self, objs, any_head: bool = False) -> list:
        """The objects naming a site rather than a place: "the Port of Melbourne", "the Cebu Technopark" (a head
        word of a site — any word with ``any_head`` —, itself no region or place noun), with a name."""
        return [o for o in objs if self.region_at.get(o.i) is None and o.pos_ in ("NOUN", "PROPN")
                and (o.lemma_.lower() not in _PLACE_NOUNS or self.named_site(o))
                and (any_head or _SITE_HEADS.match(o.text)) and _site_name(o)]

    def _subj_prep(self, tok, row, fr: Frame):
        if tok.lemma_.lower() in _GOING and _homeward(tok):
            return False  # "went to Qingdao to take the flight back home", "left for Paris before flying home"
        objs = self.prep_objects(tok, _PLACE_PREPS)
        if not objs:  # "took a ferry to Haikou": the place hangs from the conveyance
            objs = [o for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _CONVEYANCES
                    for o in self.prep_objects(c, _PLACE_PREPS)]
        if tok.lemma_.lower() == "be":
            # "X was in Almaty (, where he met …)": people or a delegation stay in a place told after the verb
            # ("In Shaanxi, Wisconsin is well placed" and "Jilin is in northeast China" tell no stay)
            subj = self.subjects(tok)
            if not subj or any(self.region_at.get(s.i) is not None for s in subj) \
                    or not (self.people_of(subj) or _is_delegation(subj)
                            or any(self.delegation_origin(s) is not None for s in subj)):  # "officials from X were in Y"
                return False
            objs = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > tok.i
                    for o in _pobjs(c)]
        # "came to the Inner Mongolia Pavilion": a site named after a place (the site frame's), no stop of a trip
        objs = [o for o in objs if self.region_at.get(o.i) is not None
                or not (_SITE_HEADS.match(o.text) or _sites.is_head(o.text))]
        # (a place's word inside a site's or a company's name is no stop: "went to the Jimo Auto Parts Park")
        dests = _innermost([r for o in objs for d in _name_tokens(o) if (r := self.region_at.get(d.i)) is not None
                            and not _in_site_name(d)]) \
            or _innermost([r for o in objs for d in o.subtree if (r := self.region_at.get(d.i)) is not None
                           and not _in_site_name(d)])
        if not dests and any(c.lower_ == "here" and c.dep_ == "advmod" for c in tok.children):
            # "VIENTIANE, May 5 -- A delegation arrived here": the place the report is datelined
            dests = [r for r in (self.ctx.dateline_place,) if r is not None]
        with_us = any(c.dep_ == "prep" and c.lower_ == "with" and any(o.lower_ == "us" for o in _pobjs(c))
                      for c in tok.children)
        if not dests and (with_us or (not objs and tok.lemma_.lower() in ("arrive", "spend"))) \
                and any(self.delegation_origin(t) is not None for t in self.subjects(tok)):
            # on the host's own page ("The Moray Council | News", "FAENZA —"): "a group from Luzhou spent three days
            # with us", "the delegation … arrived on Monday" came to the page's own place
            dests = self.dateline_for([])
        if not dests:
            return False
        fr.destinations = self.addressed(dests)
        self._travellers(self.subjects(tok), fr, tok)
        self._lead_roles(tok, fr)
        fr.date = self.clause_date(tok)
        return True

    def _lead_roles(self, tok, fr: Frame, noun=None) -> None:
        """"X led a delegation to visit Y" / "X, at the head of the delegation": X leads (``noun``: the trip noun
        ``tok`` governs, "began a visit to Y at the head of a delegation")."""
        h = tok
        for _ in range(3):
            if any(c.dep_ == "prep" and c.lower_ == "at" and any(
                    o.lower_ == "head" and any(p.dep_ == "prep" and p.lower_ == "of" for p in o.children)
                    for o in c.children if o.dep_ == "pobj")
                    for c in list(h.children) + (list(noun.children) if noun is not None and h is tok else [])):
                # "X concluded a visit to Y, at the head of a delegation": X leads
                for pid in self.head_people(self.subjects(h)):
                    fr.roles.append((pid, "leader"))
                return
            if h.lemma_.lower() in ("lead", "head") and h.pos_ == "VERB":
                if not _leads(h):
                    return  # "X headed to Y": a motion, nobody led
                for pid in self.head_people(self.subjects(h)):
                    fr.roles.append((pid, "leader"))
                return
            if h.head.i == h.i:
                break
            h = h.head

    def _noun(self, tok, row, fr: Frame):
        ev, kind = row.event, row.kind
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in _ROOMS:
            return False  # "in the conference room of the municipal government": a room, no meeting
        gov = tok.head if tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "conj", "compound") else None
        if tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.head.i != tok.head.i:
            gov = tok.head.head  # "the China-Brazil Grain Trade Docking Symposium was held": the parser's apposition
        if tok.dep_ == "pobj" and gov is not None and gov.head.i != gov.i:
            gov = gov.head  # "at the meeting", "during their visit": the preposition's head
        fr.date = self.clause_date(tok)
        if ev == "visit" and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "during", "in", "throughout", "for") \
                and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) and fr.date \
                and not (gov is not None and gov.lemma_.lower() in _TRIP_START) and not any(self._token_at(s.start) in {d.i for d in tok.subtree} for s in self.ctx.dates
                                        if self.sent.start <= s.start < self.sent.end):
            # "X, on a visit to Y, met Z on May 6": the day is the meeting's, not the trip's
            fr.date = None
        if ev == "visit" and tok.dep_ == "pobj" and tok.head.lower_ in _SEQUENCE:
            # "After stops in Boston and Chicago, the delegation arrived in Toronto on May 3": the day is the
            # arrival's; the stops keep a date told inside their own phrase only
            inner = {d.i for d in tok.subtree}
            own = [s.value for s in self.ctx.dates if self.sent.start <= s.start < self.sent.end and s.value
                   and s.value[0] and self._token_at(s.start) in inner]
            fr.date = own[0] if own else None
        if kind == "venue":  # an expo, a fair: where it is held is all it tells (the type marks no event)
            fr.type = "venue"
            fr.place = self._place(tok) or (self._place(gov) if gov is not None else None)
            return fr.place is not None
        if ev == "visit":
            fr.date = _length_range(tok, gov, fr.date)
            return self._noun_visit(tok, row, fr, gov)
        if ev == "meeting":
            return self._noun_meeting(tok, row, fr, gov)
        if ev == "agreement":
            return self._noun_signing(tok, row, fr, gov)
        return False

    def _noun_visit(self, tok, row, fr: Frame, gov):
        dests = self.regions_of(self.prep_objects(tok, ("to", "in", "at")), deep=False) or \
            self.regions_of(self.prep_objects(tok, ("to", "in", "at"))) or \
            [r for o in self.prep_objects(tok, ("of",)) if self.region_at.get(o.i) is not None
             for r in self.regions_of([o], deep=False)]  # "a tour of Kazakhstan", not "the stop of a delegation"
        if row.kind == "deleg":
            # a delegation "in X" or the verb it is the subject of: "the delegation arrived in / visited X"
            fr.origin = self.delegation_origin(tok)
            home = self.regions_of(self.prep_objects(tok, ("from", "of")))
            dests = [d for d in dests if not any(_same(d, h) for h in home)]  # where it comes from is no stop
            led = gov is not None and gov.lemma_.lower() in ("lead", "head") and tok.dep_ in ("dobj", "nsubjpass")
            if led and not dests:  # "X led a delegation to Y": the preposition hangs on the verb
                dests = self.regions_of(self.prep_objects(gov, ("to",)), deep=False)
                dests = [d for d in dests if not any(_same(d, h) for h in home)]
            if led and not dests:
                # "led a delegation of X on a working trip to Y": the trip's destination, wherever the parser hung it
                near = list(tok.subtree) + [d for c in gov.children if c.dep_ == "prep" for d in c.subtree]
                trips = [d for d in near if d.dep_ == "pobj" and d.lemma_.lower() in _TRIP_NOUNS
                         and d.head.lower_ == "on"]
                for t in trips:
                    dests = [d for d in self.regions_of(self.prep_objects(t, ("to",)), deep=False)
                             if not _same(d, fr.origin)]  # (the "of X" phrase holds the trip: its places are no home)
                    if dests:
                        break
            if led and not dests:
                # "led a delegation to the expo held in Changsha", "… to attend the forum in X": the trip goes to
                # where the event it went to is held
                went_to = self.prep_objects(gov, ("to",)) + [
                    o for c in gov.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _ATTEND_VERBS
                    for o in self.objects(c)]
                for ev in went_to:
                    if self.region_at.get(ev.i) is not None:
                        continue
                    venue = self.regions_of([o for a in ev.children if a.dep_ in ("acl", "relcl")
                                             for o in self.prep_objects(a, ("in", "at"))], deep=False)
                    venue += self.regions_of(self.prep_objects(ev, ("in", "at")), deep=False)
                    dests = [d for d in venue if not _same(d, fr.origin) and not any(_same(d, h) for h in home)]
                    if dests:
                        break
            if gov is None or tok.dep_ not in ("nsubj", "nsubjpass"):
                if not dests and not (led and fr.origin is not None):
                    return False
            else:
                place = self.regions_of(self.prep_objects(gov, ("in", "at")), deep=False)
                if gov.lemma_.lower() == "be" and place:
                    dests = place
                elif not dests and fr.origin is not None and gov.lemma_.lower() in _DELEGATION_MEETS:
                    # "the delegation of X … had a working session with Y in Z": a delegation met where it went
                    venue = place + [r for o in self.objects(gov) for d in o.subtree
                                     if d.dep_ == "prep" and d.lower_ in ("in", "at")
                                     for r in self.regions_of(_pobjs(d), deep=False)]
                    dests = [r for r in venue if not (_same(r, fr.origin) or _inside(r, fr.origin))][:1]
                    if not dests:
                        return False
                elif not dests and not (led and (fr.origin is not None or tok.dep_ == "nsubjpass")):
                    # (verbs of the delegation are frames of their own; "The 10-man delegation was led by X": the
                    # trip told around it, whoever leads it)
                    return False
            fr.destinations = dests = self.addressed(dests)
            if not dests:
                # "X led the Hong Kong delegation at the Joint Conference", "The delegation from Zhejiang was led
                # by X": a trip whose place the sentence leaves to the meeting it attends or the dateline
                fr.kind = "deleg-open"
            if gov is not None and tok.dep_ == "dobj" and gov.lemma_.lower() in ("lead", "head"):
                for pid in self.subject_people(gov):  # "X of Y led a delegation to Z": X leads, from Y
                    fr.roles.append((pid, "leader"))
                if fr.origin is None and not fr.roles:
                    fr.origin = self.office_origin(gov, dests)
                elif fr.origin is None and fr.mood == "done":
                    # "X, secretary of the Anxi County Party Committee, led a delegation to Korea. … the delegation
                    # arrived in Hadong": the leader's place is where the delegation told later comes from
                    home = next((r for pid, _ in fr.roles for r in self.person_regions(pid)
                                 if not any(_same(r, d) or _inside(d, r) or _inside(r, d) for d in dests)), None)
                    if home is not None:
                        self.ctx.en_trip_origin = home
            if led and tok.dep_ == "nsubjpass":
                agents = [g for c in gov.children if c.dep_ == "agent" for g in _pobjs(c)]
                # "was led by the Deputy Secretary-General of the X Government, Mr. Liu Qiang": the name after
                for pid in self.people_of(agents) or self.named_after_title(agents):
                    fr.roles.append((pid, "leader"))
            if not dests:
                return bool(fr.roles)
            for c in tok.children:
                if c.lemma_.lower() in ("lead", "head") and c.dep_ in ("acl", "relcl"):
                    for pid in self.people_of(self.prep_objects(c, ("by",))) or self.after_by(c):
                        fr.roles.append((pid, "leader"))
            if getattr(fr.origin, "level", None) == 0:
                # "the Governor of Vientiane Province led a Lao delegation": the leader's province, inside the
                # country the nationality word names, is where the delegation comes from
                inner = [r for pid, role in fr.roles if role == "leader" for r in self.person_regions(pid)
                         if _inside(r, fr.origin)]
                if len(inner) == 1:
                    fr.origin = inner[0]
            return bool(dests)
        if not dests and tok.dep_ == "pobj" and tok.head.lower_ == "for" and gov is not None \
                and gov.lemma_.lower() in ("be", "arrive", "stay", "remain"):
            # "X is in Kunming for a visit": the place where the visitor is
            dests = self.regions_of(self.prep_objects(gov, ("in", "at")), deep=False)
        if not dests and tok.dep_ in ("nsubj", "nsubjpass") and gov is not None and gov.lemma_.lower() == "be":
            dests = self.regions_of(self.objects(gov), deep=False)  # "The first stop of X was Bishkek"
        if not dests and gov is not None and tok.dep_ == "dobj" and gov.lemma_.lower() in _WELCOMING:
            # "Li welcomed the visit of X and his delegation": X came to where the welcomer is at home
            hosts = self.head_people(self.subjects(gov)) or self.people_of(self.subjects(gov))
            dests = [r for h in hosts for r in self.person_regions(h)][:1]
            if dests:
                fr._from_host = True  # no place told for the trip: where they met, inside it, may name one
            dests = dests or [r for r in (self._place(gov),) if r is not None]
        if not dests:
            if tok.dep_ == "pobj" and any(c.dep_ == "poss" or c.lower_ in ("the", "this", "their", "his", "her")
                                          for c in tok.children):
                fr.ref = True  # "during the visit", "on his trip"
                fr.destinations = []
                return True
            return False
        fr.destinations = self.addressed(dests)
        poss = [c for c in tok.children if c.dep_ == "poss"]
        subj = self.subjects(gov) if gov is not None and tok.dep_ in ("dobj", "attr") else []
        if gov is not None and gov.lemma_.lower() in _WELCOMING:
            subj = []  # the welcomer stays at home
        if tok.dep_ == "pobj" and gov is not None and (tok.head.lower_ in ("during", "on", "in", "throughout")
                                                       or tok.head.lower_ in _SEQUENCE or (
                tok.head.lower_ == "from" and gov.lemma_.lower() in ("return", "come", "be")) or (
                tok.head.lower_ == "for" and gov.lemma_.lower() in ("be", "arrive", "stay", "remain"))):
            # "During their stay in X, the guests from Y met ...": the guests; "X returned from a visit to Y": X
            subj = self.subjects(gov)
            if tok.head.lower_ == "from" and gov.lemma_.lower() == "return":
                fr.date = None  # "returned on Sunday from a mission to Y": the day they came home, not the trip's
        self._travellers(poss + subj + self.prep_objects(tok, ("by", "of")), fr)
        if fr.origin is None:
            fr.origin = self.delegation_origin(tok)
        if fr.origin is None and gov is not None and gov.dep_ in ("advcl", "xcomp") and \
                gov.head.lemma_.lower() in ("lead", "head"):
            # "X led a delegation of / from Y to pay a visit to Z": the delegation's origin
            for o in self.objects(gov.head):
                fr.origin = fr.origin or self.delegation_origin(o)
        if fr.origin is None:
            fr.origin = self.demonym_region([tok])
        if gov is not None:
            self._lead_roles(gov, fr, tok)
        return True

    def _noun_meeting(self, tok, row, fr: Frame, gov):
        kind = row.kind
        if tok.tag_ == "NNS" and any(c.lower_ in _HABITUAL for c in tok.children):
            return False  # "regular meetings between the two counties have become a custom": a habit, no event
        if tok.lemma_.lower() in _GENERIC_EVENT_NOUNS and not (
                any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ not in _VAGUE for c in tok.children)
                or (tok.dep_ == "pobj" and any(c.lower_ in ("the", "this") for c in tok.children))):
            return False  # "attended related events": no event named; "a trade promotion event", "at the event": one
        withs = self.prep_objects(tok, ("with",))
        between = self.prep_objects(tok, ("between", "among", "of"))
        fr.place = self._place(tok) or (self._place(gov) if gov is not None else None)
        fr.parties = self.regions_of(between)
        if fr.parties:
            # "a joint meeting of their cooperation committee in Changchun": where the body met is no side
            venue = {x.i for b in between for d in b.subtree if d.dep_ == "pobj" and d.head.lower_ in ("in", "at")
                     for x in d.subtree}
            fr.parties = [r for r in fr.parties
                          if not all(i in venue for i, x in self.region_at.items() if x is r)]
            if fr.place is None:
                fr.place = next((self.region_at[i] for i in sorted(venue) if self.region_at.get(i) is not None), None)
        if gov is not None:
            withs = withs or self.prep_objects(gov, ("with",))
            gl = gov.lemma_.lower()
            subj = self.subjects(gov) if tok.dep_ in ("dobj", "attr", "pobj") else []
            if kind == "reception" and gl in ("give", "offer", "throw", "host", "hold"):
                # "X gave a reception / hosted a banquet for the delegation from Y": X receives
                for pid in self.head_people(subj) or self.people_of(subj):
                    fr.roles.append((pid, "host"))
                guests = self.prep_objects(tok, ("for",)) or self.prep_objects(gov, ("for",)) or [
                    g for h in self.prep_objects(tok, ("in",)) + self.prep_objects(gov, ("in",))
                    if h.lemma_.lower() in ("honour", "honor") for g in self.prep_objects(h, ("of",))]  # in honour of X
                fr.travellers = self.people_of(guests)
                fr.roles.extend((pid, "attendee") for pid in self.head_people(guests) or fr.travellers
                                if (pid, "host") not in fr.roles)
                self._guests(guests, fr)
            elif kind == "reception" and gl in ("pay", "make"):
                # "X paid a courtesy call on Y": X calls on Y, who receives
                guests = self.head_people(subj) or self.people_of(subj)
                hosts = self.people_of(self.prep_objects(tok, ("on", "to")))
                fr.roles.extend([(p, "host") for p in hosts] + [(p, "attendee") for p in guests])
                fr.sides = (hosts, guests)
                fr.parties = _innermost(self._side_regions(subj) + self._side_regions(self.prep_objects(tok, ("on",))))
                self._guests(subj, fr)
            elif gl in ("chair", "co-chair", "cochair", "preside", "moderate", "host", "convene", "organize", "organise"):
                for pid in self.head_people(subj) or self.people_of(subj):
                    fr.roles.append((pid, "presider"))
            elif gl in ("attend", "join", "participate"):
                for pid in self.subject_people(gov):
                    fr.roles.append((pid, "attendee"))
                if _is_delegation(subj):  # "The Gansu delegation attended the X Forum": the visitors' side
                    self._guests(subj, fr)
            elif gl in ("hold", "have", "conduct", "start", "open", "launch"):
                fr.sides = (self.head_people(subj) or self.people_of(subj), self.people_of(withs))
                if not fr.parties:
                    # "X held a meeting with the delegation of Y": X's side and Y's
                    fr.parties = _innermost((self.regions_of(subj) or self._side_regions(subj))
                                            + self._side_regions(withs))
                if _is_delegation(withs):  # "held a working meeting with the delegation of Y headed by Z": Y came
                    self._guests(withs, fr)
                    for pid in fr.sides[0]:  # … and X, meeting the delegation, receives it
                        if (pid, "host") not in fr.roles and pid not in fr.travellers:
                            fr.roles.append((pid, "host"))
                    if fr.place is None and not fr.sides[0]:
                        # "Lang Son leaders held talks with a delegation of Guangxi": they met where the hosts are
                        fr.place = next((r for r in self._side_regions(subj) if fr.origin is None
                                         or not (_same(r, fr.origin) or _inside(r, fr.origin))), None)
            elif tok.dep_ in ("nsubj", "nsubjpass") and _passive(gov):
                for pid in self.people_of([c for c in gov.children if c.dep_ == "agent"]):
                    fr.roles.append((pid, "attendee"))
        if withs and not fr.sides[1]:
            fr.sides = (fr.sides[0], self.people_of(withs))
        if withs and not fr.sides[1] and not fr.parties and fr.place is None and not fr.roles:
            # "discussions with officials in Chongzuo": no one named, the officials' place is where they met
            fr.place = next((r for w in withs for r in (self._place(w),) if r is not None), None)
            if fr.place is not None:
                fr.parties = [fr.place]
        attending = tok.dep_ == "dobj" and gov is not None and gov.lemma_.lower() in ("attend", "join")
        # "attended the Shandong-Gyeonggi Economic Cooperation Forum": a meeting named by its title is told here,
        # not pointed back to; the sides its name names
        named = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper()] \
            if attending else []
        if named and not fr.parties and len(self.regions_of(named)) >= 2:
            fr.parties = self.regions_of(named)
        if not fr.parties:
            # "the Jilin-Zhejiang cooperation symposium was held", "the China-Laos governors' forum": the two
            # sides the meeting's name puts before it (two places or more; one is where it is held, or whose)
            pre = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")]
            if len(self.regions_of(pre)) >= 2:
                fr.parties = self.regions_of(pre)
                named = named or pre  # a meeting named by its sides is told here, not pointed back to
        definite = any(c.lower_ in ("the", "this", "that", "these") or c.dep_ == "poss" for c in tok.children) \
            and not named
        told_new = (gov is not None and gov.lemma_.lower() in ("hold", "have", "convene", "chair", "co-chair",
                                                                  "preside", "open", "take", "kick"))
        attended = tok.dep_ == "dobj" and gov is not None and gov.lemma_.lower() in ("attend", "join")
        if (told_new and definite and gov.lemma_.lower() in ("chair", "co-chair", "preside") and not any(
                c.dep_ in ("amod", "compound", "nummod", "nmod") for c in tok.children)):
            told_new, attended = False, True  # "Li, who chaired the meeting, …": presiding over the one told
        if definite and not told_new and (tok.dep_ == "pobj" or attended):
            fr.ref = True  # "at the meeting (with X)": the meeting told before
        elif definite and tok.dep_ in ("nsubj", "nsubjpass") and gov is not None \
                and gov.lemma_.lower() in ("take", "hold", "be", "last", "end", "conclude", "close") \
                and not withs and not between and not any(
                    c.dep_ in ("amod", "compound", "nummod", "nmod") for c in tok.children):
            fr.ref = True  # "The meeting took place in X on May 21": the meeting told before, now placed and dated
        if not (told_new or fr.sides[0] or fr.sides[1] or fr.parties or fr.place or fr.roles or fr.ref
                or fr.date):
            return False
        return True

    def _noun_signing(self, tok, row, fr: Frame, gov):
        fr.place = self._place(tok) or (self._place(gov) if gov is not None else None)
        return True

    def arguments(self, tok, preps=("with",)) -> tuple[list, list]:
        """(who does it, whom it is done with / to): subject and objects, a passive's agent and subject
        swapped ("X was received by Y": Y receives X)."""
        subj = self.subjects(tok)
        objs = self.objects(tok) + self.prep_objects(tok, preps)
        if _passive(tok):
            subj, objs = [g for c in tok.children if c.dep_ == "agent" for g in _pobjs(c)], subj
        return subj, objs

    def _sides(self, tok, row, fr: Frame):
        subj, objs = self.arguments(tok)
        # "held talks with a delegation from X": the parser hangs the counterpart on the meeting noun
        objs = objs + [w for o in objs if self.lang.triggers.get(o.lemma_.lower())
                       for w in self.prep_objects(o, ("with",)) if w not in objs]
        if objs and not self.people_of(objs) and not self.regions_of(objs) and all(
                o.lemma_.lower() in _NON_GOVERNMENT or o.lemma_.lower() in ("leader", "representative", "people")
                and any(c.lemma_.lower() in _NON_GOVERNMENT_KINDS for c in o.children) for o in objs):
            return False  # "met with business leaders and investors": no exchange between governments
        if subj and all(_anaphoric(t) for t in subj):
            fr.ref = True  # "They also discussed ...", "Both sides agreed ...": the meeting told before
        if _is_delegation(objs) and not _is_delegation(subj):
            return self._host_guest(tok, row, fr)  # "X met with the delegation": X receives it
        if (_is_delegation(subj) or self.leaders_in(subj)) and not (_is_delegation(objs) or self.leaders_in(objs)):
            return self._guest_host(tok, row, fr)  # "X and his party met with Y": X's side travelled
        if _leads_delegation(subj) and not (_is_delegation(objs) or _leads_delegation(objs)):
            # "X, who is leading / at the head of a delegation from Y, met Z": X is the guest, Z receives
            return self._guest_host(tok, row, fr)
        he = self.clause_pronoun_people(tok, subj)
        if not he and subj and all(t.lower_ in ("he", "she") for t in subj):
            he = self.pronoun_subject(tok)  # "He met the Vice Governor …": the one the sentence before is about
        fr.sides = (he or self.head_people(subj) or self.people_of(subj), self.head_people(objs) or self.people_of(objs))
        if not fr.sides[0] or not fr.sides[1]:
            # "X met with the governor", "the governor met with X": the governor named last before this sentence
            a_side = fr.sides[0] or self.titled_before(subj, fr.sides[1])
            b_side = fr.sides[1] or self.titled_before(objs, fr.sides[0])
            fr.sides = (a_side, b_side)
        fr.parties = _innermost(self._side_regions(subj) + self._side_regions(objs))
        self._guests(subj, fr)
        if fr.origin is None:
            self._guests(objs, fr)
        fr.place = self._place(tok) or next((r for o in objs for r in (self._place(o),)
                                             if r is not None), None)  # "held talks ... in X", "met with Y in X"
        self._visiting(subj + objs, fr)
        if not _passive(tok) and _on_own_trip(tok) and fr.sides[0] and fr.sides[1] and not any(
                r in ("host", "attendee") for _p, r in fr.roles):
            # "During his stay in X, Y met with Z": Y, away on the trip, is the guest — the one met receives
            # (sides in the order host first, no role stated: a stated one implies a trip of its own)
            fr.sides = (fr.sides[1], fr.sides[0])
        fr.date = self.clause_date(tok)
        if not (fr.sides[0] or fr.sides[1] or fr.parties or fr.place):
            return False
        return True

    def _visiting(self, toks, fr: Frame) -> None:
        """"held talks with visiting Governor X of Y": X is the guest, come from Y (the one at home hosts)."""
        heads = [d for t in toks for d in t.subtree if any(
            c.lower_ == "visiting" and c.dep_ in ("amod", "compound") for c in d.children)]
        # the parser often reads "with visiting X" as a verb and its object
        heads += [o for t in toks for d in t.subtree if d.lower_ == "visiting" and d.dep_ == "pcomp"
                  for o in self.objects(d)]
        # ("Visiting Governor X met …" at the head of the sentence: the parser makes it the verb's clausal subject)
        heads += [o for t in toks if t.lower_ == "visiting" and t.dep_ in ("pcomp", "csubj") for o in self.objects(t)]
        # "Visiting Saxony Minister-President X met with …": the parser makes the word a clause of its own
        heads += [t for t in toks if t.left_edge.i > 0 and self.sp[t.left_edge.i - 1].lower_ == "visiting"]
        guests = self.head_people(heads)
        if not guests or fr.origin is not None or any(r in ("host", "attendee") for _p, r in fr.roles):
            return
        fr.origin = next((r for p in guests for r in self.person_regions(p)), None) or self.demonym_region(heads)
        if fr.origin is None:
            return
        for side in fr.sides:
            for pid in side:
                fr.roles.append((pid, "attendee" if pid in guests else "host"))
        fr.travellers = guests

    def _guests(self, toks, fr: Frame) -> None:
        """A delegation among ``toks``: its origin and its leader ("a delegation headed by X")."""
        for t in toks:
            if any(d.lemma_.lower() in ("delegation", "guest", "visitor", "team", "mission") for d in t.subtree):
                fr.origin = fr.origin or self.delegation_origin(t)
                for d in t.subtree:
                    if d.lemma_.lower() in ("lead", "head") and d.dep_ in ("acl", "relcl"):
                        for pid in self.people_of(self.prep_objects(d, ("by",))) or self.after_by(d):
                            if (pid, "leader") not in fr.roles:
                                fr.roles.append((pid, "leader"))
                fr.travellers = fr.travellers or self.people_of([t])

    def _regions_besides_venue(self, t) -> list:
        """The regions of a phrase, but not the venue of an event noun ("held talks in X": X is where, not who)."""
        if t.pos_ != "NOUN" or t.lemma_.lower() not in self.lang.event_nouns:
            return self.regions_of([t])
        venue = {d.i for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for d in c.subtree}
        found: list = []
        for d in t.subtree:
            r = self.region_at.get(d.i)
            if r is not None and d.i not in venue and not any(r is x for x in found):
                found.append(r)
        return _innermost(found)

    def _side_regions(self, toks) -> list:
        """The regions the phrases stand for: a delegation's, a place named in them ("officials of Guizhou
        and Queensland": both), a nationality word."""
        regs = []
        for t in toks:
            r = self.delegation_origin(t)
            if r is not None:
                regs.append(r)
                more = [x for o in self.prep_objects(t, ("of", "from")) for x in self.regions_of([o], deep=False)]
                regs.extend(x for x in more if not any(x is y for y in regs))
                continue
            if _is_delegation([t]) and any(c.lower_ in ("the", "this", "that") for c in t.children):
                # "met with the delegation in Kunming": the delegation told before, from where it was said to
                # come; the place after it is where they met, not its side
                told = getattr(self.ctx, "en_delegation_origin", None)
                if told is not None:
                    regs.append(told)
                    continue
            rs = self._regions_besides_venue(t)
            if rs:
                # "Yueyang City and Lagos State of Nigeria signed": the parser may make the last place the head
                # and the list a modifier of it; places joined inside the phrase are all sides
                joined = any(d.dep_ == "conj" and self.region_at.get(d.i) is not None
                             and self.region_at.get(d.head.i) is not None
                             and self.region_at[d.i] is not self.region_at[d.head.i] for d in t.subtree)
                regs.extend(rs if joined else rs[:1])
                continue
            r = self.demonym_region([t])
            if r is not None:
                regs.append(r)
        return regs

    def _host_guest(self, tok, row, fr: Frame):
        subj, objs = self.arguments(tok)
        frm = [g for o in objs if o.lemma_.lower() in ("call", "visit") for c in o.children
               if c.dep_ == "prep" and c.lower_ == "from" for g in _pobjs(c)]
        if frm and len(frm) == len([o for o in objs if o.lemma_.lower() in ("call", "visit")]):
            objs = frm  # "received a courtesy call from a delegation of X led by Y": the callers are the guests
        if objs and all(self.lang.triggers.get(o.lemma_.lower()) and o.lemma_.lower() not in ("delegation",)
                        for o in objs):
            return False  # "hosted a symposium": the noun is the frame
        if objs and all(o.lemma_.lower() in _received_things() for o in objs):
            return False  # "received a letter from X": a thing, no guest (lists.tsv kind thing)
        hosts = self.listed_with(self.head_people(subj) or self.people_of(subj))
        guests = self.listed_with(self.people_of(objs))
        for pid in hosts:
            fr.roles.append((pid, "host"))
        for pid in guests:
            fr.roles.append((pid, "attendee"))
        for pid in self.leaders_in(objs):  # "met with X and his delegation": X leads the trip
            if (pid, "leader") not in fr.roles:
                fr.roles.append((pid, "leader"))
        fr.sides = (hosts, guests)
        self._guests(objs, fr)
        if fr.origin is None:  # "greeted the visitors from X" with the preposition on the verb
            fr.origin = next(iter(self.regions_of(self.prep_objects(tok, ("from",)))), None)
        fr.parties = _innermost(self._side_regions(subj) + self._side_regions(objs)
                                + ([fr.origin] if fr.origin is not None else []))
        fr.place = self._place(tok) or self._closing_place(objs)
        if fr.type == "meeting" and not hosts and (tok.lemma_.lower() in _WELCOMING or (
                tok.lemma_.lower() in ("host", "receive") and subj and all(self.region_at.get(x.i) is not None
                                                                             for x in subj) and _is_delegation(objs))):
            # "Queensland welcomed a delegation from X", "the Moravian-Silesian Region hosted a delegation from X":
            # no one receives them, the trip is all that is told
            fr.type, fr.kind = "visit", "welcome"
        elif fr.type == "meeting" and tok.lemma_.lower() in _WELCOMING and any(
                c.dep_ == "prep" and c.lower_ in ("at", "upon", "on") and any(
                    g.lemma_.lower() in _ARRIVAL_POINTS for g in _pobjs(c)) for c in tok.children):
            # "was greeted at the airport by X": a welcome on arrival hosts the trip, no meeting (迎接)
            fr.type, fr.kind = "visit", "welcome"
        if fr.place is None and (fr.type == "visit" or tok.lemma_.lower() in _WELCOMING):  # "welcomed X to Changchun"
            fr.place = next((self.region_at[o.i] for o in self.prep_objects(tok, ("to",))
                             if self.region_at.get(o.i) is not None), None)  # not "to the X Conference"
        if fr.type == "visit":
            if fr.origin is None and guests:  # "welcomed Governor X of Hokkaido": where the guest is at home
                fr.origin = next((r for p in guests for r in self.person_regions(p)), None)
        fr.date = self.clause_date(tok)
        return bool(hosts or guests or fr.parties)

    def _closing_place(self, objs):
        """"met with the delegation from X led by Y in Changchun": the parser hangs the venue on the last name
        of the object; a place closing the object phrase, after its leader or on the delegation noun, is where
        they met."""
        for o in objs:
            if not _is_delegation([o]):
                continue
            end = o.right_edge.i
            for d in o.subtree:
                if d.dep_ == "prep" and d.lower_ in ("in", "at") and d.right_edge.i == end and (
                        self.person_at.get(d.head.i) or d.head.i == o.i):
                    regs = self.regions_of(_pobjs(d), deep=False)
                    if regs:
                        return regs[0]
        return None

    def _guest_host(self, tok, row, fr: Frame):
        subj = self.subjects(tok)
        objs = self.objects(tok) + self.prep_objects(tok, ("on", "with"))
        hosts = self.listed_with(self.people_of(objs))
        guests = self.listed_with(self.head_people(subj) or self.people_of(subj))
        for pid in hosts:
            fr.roles.append((pid, "host"))
        for pid in guests:
            fr.roles.append((pid, "attendee"))
        for pid in self.leaders_in(subj):
            if pid in guests:  # "X and his delegation met with Y": X leads the trip the meeting implies
                fr.roles.append((pid, "leader"))
        fr.sides = (hosts, guests)
        self._guests(subj, fr)
        fr.parties = _innermost(self._side_regions(objs) + self._side_regions(subj))
        fr.place = self._place(tok)
        fr.date = self.clause_date(tok)
        if not (hosts or guests) and fr.origin is None and any(
                c.lower_ in ("the", "this", "our") for t in subj for c in t.children):
            fr.origin = getattr(self.ctx, "en_delegation_origin", None)  # "The delegation": the one told before
        if not (hosts or guests) and fr.origin is not None:
            # "The California delegation met with officials in Shenzhen": no one named, the delegation from its
            # region meets the place's officials there
            fr.place = fr.place or next((r for o in objs for r in (self._place(o),) if r is not None), None)
            if fr.place is not None and not (_same(fr.place, fr.origin) or _inside(fr.place, fr.origin)):
                fr.parties = _innermost([fr.origin, fr.place])
                return True
        return bool(hosts or guests)

    def _subj_doc(self, tok, row, fr: Frame):
        objs = self.objects(tok)
        if _passive(tok):
            objs = [c for c in tok.children if c.dep_ == "nsubjpass"]
            subj = [g for c in tok.children if c.dep_ == "agent" for g in _pobjs(c)]
            # "signed by A on behalf of X and by B on behalf of Y": the second "by" hangs on the first's neighbour
            subj += [g for c in tok.children if c.dep_ in ("agent", "prep") for b in c.children
                     if b.dep_ == "conj" and b.lower_ == "by" for g in _pobjs(b) if g not in subj]
        else:
            subj = self.subjects(tok)
        if not objs and tok.dep_ == "acl" and tok.head.tag_ == "NNS" and self.sp.text.rstrip().endswith((":", "：")):
            objs = [tok.head]  # "The documents signed were:" and the documents one a line below
        docs = [o for o in objs if _doc_word(o, self.lang) or _doc_like(o, self.lang)]
        if not docs:
            return False
        signers = self.head_people(subj) or self.people_of(subj) or self.clause_pronoun_people(tok, subj) \
            or self.pronoun_subject(tok)  # ("led a delegation to Japan, where she signed …": she, who led it)
        if _passive(tok):  # "signed by A of X and B of Y": the parser hangs B on X
            signers += [pid for pid in self.head_people([c for g in subj for p in g.children
                                                         if p.dep_ == "prep" and p.lower_ == "of"
                                                         for o in _pobjs(p) for c in o.children if c.dep_ == "conj"])
                        if pid not in signers]
        if not _passive(tok):  # "A of X and B signed": the parser often splits a list of signers
            listed = self.subject_people(tok)
            if signers and len(listed) > len(signers) and set(signers) <= set(listed):
                signers = listed
        # "witnessed by X, A and B signed", "in the presence of X, …": X signs nothing
        witnesses = {pid for t in self.sp if t.lower_ in _WITNESS_NOUNS and t.pos_ in ("NOUN", "PROPN")
                     for pid in self.witness_people(t)}
        witnesses |= {pid for t in self.sp if t.lemma_.lower() == "witness" and t.pos_ == "VERB" and t.i != tok.i
                      for c in t.children if c.dep_ == "agent" for pid in self.people_of(_pobjs(c))}
        for t in tok.children:  # "A signed the agreement on behalf of X, while B signed on behalf of Y": B signs it
            if t.dep_ in ("conj", "advcl") and t.lemma_.lower() == tok.lemma_.lower() and not self.objects(t) \
                    and not _passive(t) and not _negated(t):
                signers += [pid for pid in (self.head_people(self.subjects(t)) or self.people_of(self.subjects(t)))
                            if pid not in signers]
        signers = [pid for pid in signers if pid not in witnesses]
        withs = self.prep_objects(tok, ("with",)) + [g for d in docs for g in self.prep_objects(d, ("with",))]
        for pid in signers + self.head_people(withs):
            fr.roles.append((pid, "signatory"))
        fr.parties = _innermost(self._side_regions(subj) + self._side_regions(withs)
                                + self.regions_of([p for d in docs for p in d.children
                                                   if p.dep_ == "prep" and p.lower_ in ("between", "with", "among")])
                                + [r for p in tok.children if p.dep_ == "prep" and p.lower_ in ("between", "among")
                                   for o in _pobjs(p) for r in self.regions_of([o], deep=False)])  # "was signed between X and Y"
        lo = max((t.i for t in self.sp if t.text == ";" and t.i < tok.i), default=-1)
        hi = min((t.i for t in self.sp if t.text == ";" and t.i > tok.i), default=len(self.sp))
        if lo >= 0 or hi < len(self.sp):  # "A and B signed X; C and D signed Y": the parser may mix the two clauses
            own = [r for r in fr.parties if any(lo < i < hi for i, x in self.region_at.items() if x is r)]
            seg = _innermost(list(dict.fromkeys(x for i, x in sorted(self.region_at.items()) if lo < i < hi
                                                and x is not None)))
            if len(own) >= 2:
                fr.parties = own
            elif len(seg) >= 2 and len(fr.parties) >= 2:
                fr.parties = seg
        if len(fr.parties) < 2:
            # "signed, on behalf of Santa Catarina and Jiangsu respectively, a memorandum …": the sides they sign for
            behalf = [o for b in self.prep_objects(tok, ("on",)) if b.lower_ == "behalf"
                      for o in self.prep_objects(b, ("of",))]
            fr.parties = _innermost(fr.parties + [r for r in self.regions_of(behalf)
                                                  if not any(_same(r, x) for x in fr.parties)])
        if len(fr.parties) < 2:
            venue = {t.i for d in docs for o in self.prep_objects(d, ("in", "at")) for t in o.subtree}
            named = [self.region_at[t.i] for d in docs for t in d.subtree
                     if t.i not in venue and self.region_at.get(t.i) is not None]
            fr.parties = _innermost(fr.parties + [r for k, r in enumerate(named)
                                                  if not any(r is x for x in named[:k])])  # not where it was signed
        fr.title = _title(docs[0])
        if fr.title and _title_case_line(self.ctx.doc.text, self.sent.start, self.sent.end) \
                and not re.search(r"[\"“”]", self.sp[docs[0].left_edge.i:docs[0].right_edge.i + 1].text):
            fr.title = None  # a headline capitalises every word ("Jeonbuk and Weihai Sign Youth Exchange MOU")
        bracket = _BRACKETED.search(self.sp[docs[0].left_edge.i:docs[0].right_edge.i + 1].text)
        if fr.title is None and bracket and _ZH_DOC.search(bracket.group(1)):
            fr.title = bracket.group(1)  # "signed the 《友好合作协议》": a Chinese title in its brackets
        fr.place = self._place(tok) or next((r for d in docs for r in (self._place(d),) if r is not None), None)
        fr.date = self.clause_date(tok)
        # "signed a letter of intent and an action plan": each document its own signing
        kinds = []
        for d in docs:
            for c in _conjuncts(d):
                if c.dep_ != "appos" and (_doc_word(c, self.lang) or _doc_like(c, self.lang)) \
                        and c not in kinds:
                    kinds.append(c)
            # "a memorandum on education cooperation, an agreement on tourism …": the parser hangs the next
            # document on the last noun of the one before; a document noun of its own (a / an) is another one
            for t in d.subtree:
                if t.i > d.i and t.dep_ in ("appos", "conj") and not _doc_word(t.head, self.lang) \
                        and _doc_word(t, self.lang) and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                            for c in t.children):
                    kinds.extend(c for c in _conjuncts(t) if c not in kinds and _doc_word(c, self.lang))
        # "signed agreements with A, and a memorandum with B": the parser joins the second document to the verb
        kinds.extend(c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c not in kinds
                     and _doc_word(c, self.lang) and self.prep_objects(c, ("with",)))
        fr.document = _doc_kind(docs[0])
        listed = _listed_titles(self.sp, docs[0], self.lang) or self._titles_below()
        if listed:
            # "signed the 《A》, 《B》 and 《C》", "signed the X Agreement, the Y Memorandum and the Z Agreement":
            # each document named its own signing (the parse of such lists is no guide)
            self.more_documents = listed
        elif len(kinds) > 1 and ((own_partners := self._partners_per_document(subj, kinds))
                                 or len({(_title(c) or _doc_kind(c)) for c in kinds}) == len(kinds)):
            self.more_documents = own_partners or [(_title(c), _doc_kind(c)) for c in kinds]
        elif not _passive(tok) and (separately(tok) or any(d.tag_ in ("NNS", "NNPS") for d in docs)):
            # ("memorandums of friendly cooperation with A, B and C": the "with" may hang inside the document)
            deep = withs or [g for d in docs for x in d.subtree if x.dep_ == "prep" and x.lower_ == "with"
                             for g in _pobjs(x)]
            self.signing_pairs = self._pairs(subj, deep, in_turn=separately(tok) or _respectively_in(self.sp))
        return True

    def _partners_per_document(self, subj, kinds) -> list[tuple]:
        """"X signed friendship agreements with A and B, and a memorandum with C": each document signed with
        its own partners (a plural document, one with each); nothing unless every document names its own."""
        own = self._side_regions(subj)
        out = []
        for c in kinds:
            withs = self.prep_objects(c, ("with",))
            others = _innermost(self.regions_of(withs)) if c.tag_ in ("NNS", "NNPS") \
                else _innermost(self._side_regions(withs))
            if not others or not own:
                return []
            if c.tag_ in ("NNS", "NNPS") and len(others) > 1:
                out.extend((_title(c), _doc_kind(c), _innermost(own + [r])) for r in others)
            else:
                out.append((_title(c), _doc_kind(c), _innermost(own + others)))
        return out

    def _titles_below(self) -> list[tuple]:
        """"… signed the following documents:" (or "… signed three documents. The documents signed were:") and
        the documents on the lines below it, one a line (numbered or not): each line naming a document is its own
        signing; a line that opens with the two places signing ("Changde City – Machakos County: letter of
        intent …") gives that document its own sides."""
        text = self.ctx.doc.text
        pos = self.sent.end
        if not self.sp.text.rstrip().endswith((":", "：")):
            intro = _LIST_INTRO.match(text, pos)  # a short sentence of its own introduces the list
            if intro is None:
                return []
            pos = intro.end()
        items = []
        at = text.find("\n", pos, pos + 2000)  # (the piece before the first newline: the rest of the colon's line)
        at = pos + 2000 if at == -1 else at
        while at < min(len(text), pos + 2000):
            nl = text.find("\n", at + 1)
            nl = len(text) if nl == -1 else nl
            line = text[at + 1:nl]
            item = _LIST_MARK.sub("", line.strip()).strip(" ;；.,。")
            line_start = at + 1
            at = nl
            if not item:
                if items:
                    break
                continue
            if len(item) > 120 or not _names_document(item, self.lang):
                break
            items.append((item, line_start, nl))
        out, seen = [], set()
        for item, lo, hi in items:
            sides = self._line_pair(lo, hi)
            title = item.strip("《》“”\"")
            if sides:
                rest = re.split(r"[:：]|,\s+(?=(?:an?|the)\s)", item, maxsplit=1)
                title = rest[1].strip(" 《》“”\"") if len(rest) == 2 else title
                title = title if title[:1].isupper() or title[:1] == "《" or _ZH_DOC.search(title) else None
            key = (title or "").lower(), tuple(id(r) for r in sides)
            if key in seen:
                continue
            seen.add(key)
            kind = _kind_of(title or item, self.lang)
            out.append((title, kind, sides) if sides else (title, kind))
        return out if len(out) >= 2 else []

    def _line_pair(self, lo: int, hi: int) -> list:
        """The two places a list line opens with (before its colon, outside brackets), or none."""
        text = self.ctx.doc.text
        colon = min((k for k in (text.find(":", lo, hi), text.find("：", lo, hi)) if k != -1), default=hi)
        found = []
        for s in self.ctx.doc.layer("regions"):
            if lo <= s.start and s.end <= colon and not isinstance(s.value, tuple) \
                    and text.count("(", lo, s.start) <= text.count(")", lo, s.start) \
                    and text.count("（", lo, s.start) <= text.count("）", lo, s.start):
                found.append(s.value)
        pair = _innermost(found)
        return pair if len(pair) == 2 and not _same(pair[0], pair[1]) else []

    def _pairs(self, subj, withs, in_turn: bool = False) -> list:
        """"X signed agreements with A and B (respectively)": X–A and X–B; "A and B, C and D signed sister-city
        agreements respectively": A–B and C–D; "A, B and C signed … with D, E and F respectively": A–D, B–E, C–F.
        Several documents, each between two sides (none when the clause names no such pairs)."""
        own = _innermost(self.regions_of(subj))
        others = _innermost(self.regions_of(withs))
        if len(own) == 1 and len(others) >= 2 and not any(_same(own[0], r) for r in others):
            return [[own[0], r] for r in others]
        if in_turn and len(own) >= 2 and len(own) == len(others) and not any(
                _same(a, b) for a, b in zip(own, others)):
            return [[a, b] for a, b in zip(own, others)]
        if not withs and len(own) >= 4 and len(own) % 2 == 0:
            return [own[k:k + 2] for k in range(0, len(own), 2)]
        if not own and not others and any(t.lemma_.lower() == "pair" for s in subj for t in s.subtree):
            return self._listed_pairs()
        return []

    def _listed_pairs(self) -> list:
        """"Three pairs of sister cities signed agreements: A and B, C and D, and E and F": the places listed
        after the colon (or "including", "namely"), two by two."""
        start = next((t.i for t in self.sp if t.text in (":", "：") or t.lower_ in ("including", "namely")), None)
        if start is None:
            return []
        found: list = []
        for t in self.sp[start + 1:]:
            r = self.region_at.get(t.i)
            if r is not None and not (found and found[-1] is r):
                found.append(r)
        if len(found) < 4 or len(found) % 2:
            return []
        pairs = [found[k:k + 2] for k in range(0, len(found), 2)]
        return [] if any(_same(a, b) for a, b in pairs) else pairs

    def _subj_ties(self, tok, row, fr: Frame):
        """"A and B established sister-city relations on May 2": the ties formalised, a signing — only when the
        clause tells its day (ties set up in a year named in passing are background)."""
        ties = [o for o in self.objects(tok) if o.lemma_.lower() in _TIES and any(
            d.lower_.strip("-") in _TIE_KINDS for c in o.children if c.dep_ in ("compound", "amod", "nmod")
            for d in c.subtree) or o.lemma_.lower() in _TWIN_PLACES and any(  # "became sister cities"
            c.lower_ in _TIE_KINDS and c.lower_ not in _TWIN_PLACES for c in o.children
            if c.dep_ in ("compound", "amod", "nmod"))]
        if not ties or _passive(tok):
            return False
        up = tok.head if tok.dep_ in ("acl", "xcomp", "advcl", "relcl") else None
        while up is not None and up.pos_ not in ("VERB", "AUX") and not _doc_word(up, self.lang) and up.head is not up:
            up = up.head  # "letters of intent to establish": from "intent" up to "letters"
        if up is not None and (_doc_word(up, self.lang) or any(
                _doc_word(o, self.lang) for o in self.objects(up) if up.lemma_.lower() == "sign")):
            return False  # "signed letters of intent to establish sister-city ties": the signing told is the letters
        fr.date = self.clause_date(tok)
        if not fr.date or not fr.date[0] or not (fr.date[0].startswith("--") or fr.date[0].count("-") == 2):
            return False  # a year or a month alone: background
        subj = self.subjects(tok)
        fr.parties = _innermost(self._side_regions(subj) + self._side_regions(self.prep_objects(tok, ("with",))))
        if len(fr.parties) < 2:
            return False
        for pid in self.head_people(subj):
            fr.roles.append((pid, "signatory"))
        fr.document = " ".join(c.lower_ for c in ties[0].children if c.dep_ in ("compound", "amod")) + " agreement"
        fr.title = None
        fr.place = self._place(tok)
        return True

    def _subj_site(self, tok, row, fr: Frame):
        objs = self.objects(tok)
        if _passive(tok) and tok.lemma_.lower() == "show":
            objs = self.prep_objects(tok, ("around", "round", "through"))
        elif not objs:
            objs = self.prep_objects(tok, ("around",))
        objs = _sites.site_objects(tok, objs, row.kind)  # "went to X", "paid a visit to X" (sites.tsv)
        # what is said of a place gone to ("went to Lianyungang, the eastern terminal of …") is no site, nor a day
        # ("went on Wednesday")
        objs = [o for o in objs if o.lower_ not in _DAY_WORDS and o.lemma_.lower() not in _ABSTRACT_OBJECTS
                and not (o.dep_ == "appos" and self.region_at.get(o.head.i) is not None)
                and not ((o.dep_ == "appos" or o.dep_ == "conj" and o.text.islower()) and _describes(o))]
        if not objs:
            return False
        if tok.lemma_.lower() in ("study", "examine", "observe") and not any(
                _SITE_HEADS.match(o.text) or _sites.is_head(o.text) for o in objs):
            return False  # "studied the operation of the X Park", not "studied the proposal of X"
        # "visits Russia's Far East": a part of a place named by its owner is a place, no site
        objs = [o for o in objs if _SITE_HEADS.match(o.text) or _sites.is_head(o.text) or not any(
            c.dep_ == "poss" and self.region_at.get(c.i) is not None for c in o.children)]
        if not objs:
            return False
        touring = tok.lemma_.lower() in ("tour", "show", "inspect")  # what one tours is a site, whatever its name
        if self.regions_of(objs, deep=False) and not any(_SITE_HEADS.match(o.text) or _sites.is_head(o.text)
                                                         or self.named_site(o) for o in objs) \
                and not self.site_objects(objs, any_head=touring):
            return False  # a place visited is a trip (the visit frame), not a site toured
        if any(o.lemma_.lower() in _PLACE_NOUNS and not self.named_site(o) for o in objs) and self.regions_of(objs):
            return False
        sites = []
        for o in objs:
            if o.pos_ == "PRON" or o.lemma_.lower() in ("delegation", "visitor", "guest", "official", "leader"):
                continue
            if self.person_at.get(o.i):
                return False  # visiting a person
            name = _site_name(o)
            for one in _split_sites(name):
                if _COMPANY_FORM.fullmatch(one) or any(
                        x["en"].endswith(", " + one) for x in sites):
                    continue  # "Cebu Pacific Air Co., Ltd.": the company form the parser cut off is no site
                sites.append({"zh": None, "en": one})
        if not sites and not any(_SITE_HEADS.match(o.text) or _sites.is_head(o.text) for o in objs):
            return False
        fr.sites = sites
        subj = self.subjects(tok)
        fr.travellers = self.people_of(subj)
        if tok.lemma_.lower() == "give" and not _passive(tok):
            # "Governor X gave the delegation a tour of Y": X shows the guests around
            fr.roles.extend((pid, "host") for pid in fr.travellers)
            fr.travellers = []
            subj = [c for c in tok.children if c.dep_ in ("dative", "iobj")]
        elif tok.lemma_.lower() == "accompany" and not _passive(tok):
            # "Vice Mayor X accompanied the delegation on a tour of Y": X escorts the guests (陪同考察)
            fr.roles.extend((pid, "host") for pid in fr.travellers)
            fr.travellers = []
            subj = [c for c in tok.children if c.dep_ == "dobj"]
        if _passive(tok) and tok.lemma_.lower() == "show":  # "were shown around X by Y": Y hosts the tour
            agents = [g for c in tok.children if c.dep_ == "agent" for g in _pobjs(c)]
            # (the parser may hang "by Y" on the site)
            agents += [g for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "by" for g in _pobjs(c)]
            for pid in self.people_of(agents):
                fr.roles.append((pid, "host"))
        fr.origin = None
        for t in subj:
            fr.origin = fr.origin or self.delegation_origin(t)
        if fr.origin is None:
            fr.origin = self.demonym_region(subj)
        places = self.regions_of(self.prep_objects(tok, ("in", "at")), deep=False)
        if not places:  # "the Inner Mongolia Pavilion in Changchun": where the site is, before a place in its name
            places = self.regions_of([p for o in objs for p in self.prep_objects(o, ("in", "at"))], deep=False)
        if not places:  # (not a place in what is said of the site: "…, accompanied by the director of Hunan's …")
            aside = {x.i for o in objs for d in o.subtree if d.dep_ in ("acl", "relcl", "advcl") for x in d.subtree}
            # (nor the place a pavilion or booth is named after: "the Tanzania Pavilion" stands at the expo)
            aside |= {d.i for o in objs if _EXHIBIT_HEADS.match(o.text) for left in o.lefts for d in left.subtree}
            places = [r for r in self.regions_of(objs) if not all(
                i in aside for i, x in self.region_at.items() if x is r)]
        fr.place = places[0] if places else None
        fr.date = self.clause_date(tok)
        return True


_TIES = {"relation", "relations", "relationship", "tie", "ties", "partnership"}
_ARRIVAL_POINTS = {"airport", "station", "arrival", "port", "border", "terminal"}
_TWIN_PLACES = {"city", "province", "state", "prefecture", "county", "region"}
_TIE_KINDS = {"sister", "sister-city", "sister-province", "sister-state", "friendship", "friendly", "twin",
              "twinning", "city", "province", "state"}

_NUMBER_WORDS = {w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten".split())}
_LENGTH = re.compile(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ]days?\b", re.I)
_ENDING = {"conclude", "wrap", "end", "complete", "finish", "close"}
_BEGINNING = {"begin", "start", "kick", "launch", "open", "commence"}


# what a delegation does where it went ("the delegation … held talks with Y in Z")
_DELEGATION_MEETS = frozenset({"have", "hold", "attend", "meet", "join", "sign"})


_LEAVE = frozenset((_ENDING - {"close"}) | {"leave", "depart"})  # verbs of leaving a place ("closed" names a meeting)


def _departure_date(a, tok, date) -> str | None:
    """The day a verb of leaving joined to the arrival ("arrived on Sunday and left on Tuesday") tells, when it
    is its own, later day of the same calendar form."""
    for c in tok.children:
        if c.dep_ == "conj" and c.lemma_.lower() in _LEAVE and c.pos_ == "VERB":
            own = {x.i for x in c.subtree}
            d = a.clause_date(c)
            if d and d[0] and len(d[0]) == len(date[0]) and d[0] > date[0] and any(
                    a._token_at(s.start) in own for s in a.ctx.dates if a.sent.start <= s.start < a.sent.end):
                return d[1]
    return None


def _length_range(tok, gov, date):
    """"concluding their three-day visit" on Tuesday: the visit ran the three days up to Tuesday;
    "began a four-day visit" on Monday: the four days from Monday. Other dates stay as they are."""
    import datetime as dt

    if not date or not date[0] or date[0] != date[1] or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date[0]):
        return date
    doc = tok.doc
    m = _LENGTH.search(doc[tok.left_edge.i:tok.i].text)
    if not m or gov is None:
        return date
    n = m.group(1).lower()
    days = int(n) if n.isdigit() else _NUMBER_WORDS[n]
    if not 1 < days <= 14:
        return date
    verbs = {gov.lemma_.lower(), gov.head.lemma_.lower() if gov.dep_ in ("advcl", "xcomp", "conj") else ""}
    day = dt.date.fromisoformat(date[0])
    if verbs & _ENDING:
        return ((day - dt.timedelta(days=days - 1)).isoformat(), date[0])
    # "arrived in X on Monday for a three-day visit": the arrival is the visit's first day
    if verbs & (_BEGINNING | {"arrive", "land", "reach", "embark"}):
        return (date[0], (day + dt.timedelta(days=days - 1)).isoformat())
    return date


_GENERIC_EVENT_NOUNS = {"event"}


def _title_case_line(text: str, start: int, end: int) -> bool:
    """The sentence is a headline in title case: no full stop at its end, and its words of four letters or more
    nearly all capitalised."""
    line = text[start:end].strip()
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’\-]*", line) if len(w) >= 4]
    if len(words) < 3 or line[-1:] in ".!?\"”":
        return False
    return sum(1 for w in words if w[:1].isupper()) >= 0.85 * len(words)


def _describes(appos) -> bool:
    """An apposition that says what a site is ("the Port of Tauranga, New Zealand's largest export port",
    "Kaimai View Farm, a 750-cow dairy farm"): it opens with an article or a possessor, not with a name."""
    first = appos.doc[appos.left_edge.i]
    if any(c.dep_ == "poss" for c in appos.children) or first.dep_ == "poss" or first.lower_ in ("a", "an", "one"):
        return True
    return appos.dep_ == "appos" and first.lower_ == "the" and appos.text.islower()  # ("…, the largest port")
_HABITUAL = {"regular", "periodic", "frequent", "routine", "annual", "yearly", "regularly", "frequently"}


# a company's legal form ("Co., Ltd.", "Inc.", "GmbH"): it closes a company's name
_COMPANY_FORM = re.compile(r"(?:Co|Ltd|Inc|LLC|Limited|Corp|Corporation|PLC|plc|GmbH)\.?")


def _in_site_name(tok) -> bool:
    """A place's word inside the capitalised name of a site or a company ("went to Qingdao Jinhui Garment Co., Ltd.
    and the Jimo Auto Parts Industrial Park"): the name's head, up its compounds, is a site or legal-form word."""
    h = tok
    for _ in range(8):
        if h.dep_ not in ("compound", "amod", "nmod") or h.head is h:
            break
        h = h.head
        if _COMPANY_FORM.fullmatch(h.text) or _SITE_HEADS.match(h.text) or _sites.is_head(h.text):
            return True
    return False


def _noun_by_place(tok) -> bool:
    """A word the tagger took for an adjective standing where a noun does ("took part in a business roundtable
    with …": the object of a preposition or a verb, with its determiner)."""
    return tok.pos_ == "ADJ" and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "attr", "conj") \
        and any(c.dep_ == "det" for c in tok.children)
_VAGUE = {"related", "relevant", "other", "various", "several", "many", "these", "those", "such", "major", "some",
          "similar", "future", "upcoming", "previous", "past", "all", "both"}


def _anaphoric(t) -> bool:
    """"they", "both sides", "the two sides", "the sides": the sides of the meeting told before."""
    if t.lower_ in ("they", "we", "both"):
        return True
    return t.lemma_.lower() in ("side", "party") and any(c.lower_ in ("both", "two", "the") for c in t.children)


_UNNAMED_OFFICES = {"governor", "mayor", "premier", "chairman", "chairwoman", "chair", "president", "secretary",
                    "minister", "prefect", "leader", "official"}
_BARE_TITLES = {"governor", "mayor", "premier", "president", "chairman", "chairwoman"}
_PRONOUN_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b")
_TRIP_NOUNS = ("stay", "visit", "trip", "tour", "sojourn", "journey", "mission")


def _on_own_trip(tok) -> bool:
    """"During his stay in X", "on her visit to X" hanging on the verb: its subject is away from home."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("during", "on", "throughout"):
            for o in c.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in ("stay", "visit", "trip", "tour", "sojourn") and any(
                        d.dep_ == "poss" and d.lower_ in ("his", "her", "their") for d in o.children):
                    return True
    return False


def _is_delegation(toks) -> bool:
    return any(d.lemma_.lower() in ("delegation", "guest", "visitor", "mission") for t in toks for d in _name_tokens(t)
               if d.pos_ in ("NOUN", "PROPN"))


def _leads_delegation(toks) -> bool:
    """A person phrase saying its person leads a delegation: "X, who is leading a delegation from Y", "X, leading
    a trade mission from Y"."""
    return any(d.dep_ in ("relcl", "acl") and d.lemma_.lower() in ("lead", "head") and d.head.i == t.i
               and _is_delegation(self_objects(d)) for t in toks for d in t.children)


def respectively(tok) -> bool:
    return any(c.lower_ == "respectively" for c in tok.children)


def _respectively_in(span) -> bool:
    """"… respectively" anywhere in the sentence (the parser hangs it on any word)."""
    return any(t.lower_ == "respectively" for t in span)


def separately(tok) -> bool:
    """"respectively" / "separately" on the verb, or "separate talks" (the noun, or the verb's object)."""
    if any(c.lower_ in ("respectively", "separately", "individually") for c in tok.children):
        return True
    nouns = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    return any(c.lower_ in ("separate", "individual") and c.dep_ == "amod" for n in nouns for c in n.children)


def _name_tokens(t):
    """The tokens of a name phrase: the head with its compounds, flat names and appositions."""
    out = [t]
    for c in t.children:
        if c.dep_ in ("compound", "flat", "appos", "conj", "nmod") or (c.dep_ == "punct" and c.text in ".-"):
            out.extend(_name_tokens(c))
        elif c.dep_ == "prep" and c.lower_ == "of" and t.lower_ in _KIND_NOUNS:
            # "the US state of New Jersey", "the Free State of Saxony": the place is named after "of"
            for o in c.children:
                if o.dep_ == "pobj":
                    out.extend(_name_tokens(o))
    return out


_KIND_NOUNS = {"state", "province", "prefecture", "region", "land", "county", "oblast", "krai", "kray"}


def _is_place_head(objs, a: _Analysis) -> bool:
    return any(a.region_at.get(o.i) is not None for o in objs)


def _innermost(regions: list) -> list:
    """Regions with a country dropped when a place inside it is also named (China's Guangxi → Guangxi)."""
    out = []
    for r in regions:
        if any(o is not r and _inside(o, r) for o in regions):
            continue
        if not any(_same(r, o) for o in out):
            out.append(r)
    return out


def _same(a, b) -> bool:
    from ...places import same

    return same(a, b)


def _inside(r, outer) -> bool:
    """``r`` lies inside ``outer`` and is not it."""
    from ...places import same, within

    if r is None or outer is None or same(r, outer):
        return False
    if within(r, outer):
        return True
    return getattr(outer, "level", None) == 0 and getattr(r, "country", None) == getattr(outer, "code", "") \
        and getattr(r, "level", 0) > 0


def _doc_like(tok, lang: English) -> bool:
    return any(_doc_word(c, lang) for c in tok.subtree if c.i >= tok.i - 1)


def _doc_word(tok, lang: English) -> bool:
    """A noun naming a document, capitalised in a title too ("the Minutes of the Meeting": the parser leaves a
    proper noun's plural unlemmatised)."""
    low = tok.lemma_.lower()
    return low in lang.documents or (tok.pos_ == "PROPN" and low.endswith("s") and low[:-1] in lang.documents) \
        or _ZH_DOC.search(tok.text) is not None  # "signed the 《友好合作协议》": a Chinese title kept in the English


_TITLE_WORD = re.compile(r"^[A-Z]")
_TYPE_ONLY = re.compile(r"^(?:(?:the|a|an|two|three|several|new|joint|cooperation|co-operation|cooperative|strategic|framework|"
                        r"friendship|sister|state|province|provinces|city|cities|economic|trade|and|of|on|for|"
                        r"agreement|agreements|memorandum|memoranda|understanding|mou|mous|moa|pact|pacts|accord|"
                        r"contract|deal|declaration|letter|intent|protocol|minutes|plan|relationship|\W+)\s*)+$", re.I)


def _doc_kind(tok) -> str:
    """What sort of document a noun names, in lower case: "joint declaration", "cooperation agreement"."""
    mods = [c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    return " ".join(mods + [tok.lemma_.lower().rstrip("s") if tok.lemma_.lower() != "mous" else "mou"])


def _title(doc_tok) -> str | None:
    """A document's title when the text names it: capitalised words beyond its type words."""
    # "an MoU and a cooperation agreement": the document after the conjunction is another one
    other = {d.i for c in doc_tok.children if c.dep_ in ("conj", "cc") for d in c.subtree}
    toks = [t for t in doc_tok.subtree if (t.dep_ not in ("det", "punct") or t.text in "-–'’,") and t.i not in other]
    # a clause on the document ("…, which supersedes the previous Agreement") is no part of its title
    cut = min((c.left_edge.i for c in doc_tok.subtree if c.dep_ in ("relcl", "acl", "advcl") and c.i > doc_tok.i),
              default=None)
    if cut is not None:
        toks = [t for t in toks if t.i < cut]
    if not toks:
        return None
    start = min(t.i for t in toks)
    end = max(t.i for t in toks) + 1
    # "a Memorandum of Understanding on Friendly Cooperation covering agriculture …": the capitalised name ends
    # where a lower-case word that is no function word begins what is said of it
    low = next((t.i for t in doc_tok.doc[doc_tok.i + 1:end] if t.is_alpha and t.text.islower()
                and t.lower_ not in _TITLE_FUNCTION), None)
    if low is not None and _TITLE_WORD.match(doc_tok.text):
        end = low
        while end > doc_tok.i + 1 and (doc_tok.doc[end - 1].lower_ in _TITLE_FUNCTION or doc_tok.doc[end - 1].is_punct):
            end -= 1
    span = doc_tok.doc[start:end]
    while len(span) and span[0].dep_ in ("det", "nummod", "amod") and not _TITLE_WORD.match(span[0].text):
        span = span[1:]
    # a title is capitalised up to its head noun ("the Framework Agreement of ..."), not an agreement
    # described in lower case that names places ("an agreement to establish ... between X and Y") — unless
    # a name stands before the lower-case noun: "a Wellington Trade and Business Projects agreement"
    if not _TITLE_WORD.match(doc_tok.text):
        doc = doc_tok.doc
        inside = {t.i for t in doc_tok.subtree}
        k = doc_tok.i
        while k > 0 and (_TITLE_WORD.match(doc[k - 1].text) or doc[k - 1].lower_ in ("and", "of", "&")) \
                and doc[k - 1].i in inside:
            k -= 1
        while k < doc_tok.i and not _TITLE_WORD.match(doc[k].text):
            k += 1
        name = doc[k:doc_tok.i]
        text = name.text.strip()
        if sum(1 for t in name if _TITLE_WORD.match(t.text)) >= 3 and not _TYPE_ONLY.match(text):
            return text
        return None
    doc = doc_tok.doc
    k = span.end
    while k + 1 < len(doc) and doc[k].lower_ in ("on", "of", "for", "between", "and", "to", "in") \
            and _TITLE_WORD.match(doc[k + 1].text):
        k += 1
        while k < len(doc) and (_TITLE_WORD.match(doc[k].text) or doc[k].lower_ in ("of", "and", "the", "for", "on")
                                or doc[k].text in ("’s", "'s", "-")):
            k += 1
    if k == span.end < len(doc) and doc[k].text == ")" and span.text.count("(") > span.text.count(")"):
        k += 1  # "… Agreement (2024-2025).": the year's bracket closes in the title
    span = doc[span.start:k]
    opened = span.start > 0 and doc[span.start - 1].text in ('"', "“") or span.text[:1] in ('"', "“")
    text = span.text.lstrip(" ,\"“")
    if opened and re.search(r"[\"”]", text):
        text = re.split(r"[\"”]", text)[0]  # a title in quotation marks ends at the closing mark
    text = text.strip(" ,\"“”")  # (the quotation marks around a title are none of it)
    caps = sum(1 for t in span if _TITLE_WORD.match(t.text))
    if caps < 3 or _TYPE_ONLY.match(text) or _TYPE_ONLY.match(re.split(r"\s+between\s+", text)[0]):
        return None  # "a new Co-operation Agreement between the X Government and the Y Government": described
    return text


_TITLE_FUNCTION = frozenset({"of", "and", "the", "for", "on", "in", "to", "between", "with", "among", "a", "an", "&"})
_ZH_DOC = re.compile(r"(?:协议|协定|备忘录|意向书|合同|纪要|议定书)》?$")
# where a greeting on arrival is told: "on arrival", "at the airport", "at the railway station", "arrived … and"
_ARRIVAL_CUE = re.compile(r"\b(?:on|upon) (?:their |his |her |its )?arrival\b|\b(?:airport|railway station|train station|"
                          r"border crossing|checkpoint)\b|\barriv(?:ed|ing)\b", re.I)
_GREETING_VERBS = frozenset({"meet", "welcome", "greet"})


def _arrival_greeting(tok, sp) -> bool:
    """A passive greeting on the visitors' arrival ("was welcomed on arrival at Esperance Airport by X", "arrived
    on Tuesday and was greeted at City Hall by X"): its agents host the trip; no talks are told."""
    if tok.lemma_.lower() not in _GREETING_VERBS or not _passive(tok) \
            or not any(c.dep_ == "agent" for c in tok.children):
        return False
    return _ARRIVAL_CUE.search(sp.text) is not None


_WITNESS_NOUNS = ("presence", "witness", "witnessing")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
_BRACKETED = re.compile(r"《([^《》]{2,80})》")
# where a list of documents ends: a clause, a venue or a witness after it
_LIST_END = re.compile(r"[.;!?]|\s(?:in|at|during|which|that|with|by|under|witnessed|before|after|while|when|to|as"
                       r"|on\s+(?:the\s+)?(?:\d|[a-z]))\s")
_LIST_CUT = re.compile(r"\s*(?:,|，|、)\s*(?:and\s+)?|\s+and\s+")
_LIST_MARK = re.compile(r"^(?:\(?\d{1,2}[.)、）]|[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|[-•·*])\s*")
_LEAD_DET = re.compile(r"^(?:the|a|an)\s+", re.I)
# "The documents signed were:", "They are as follows:": a short sentence of its own that opens a list
_LIST_INTRO = re.compile(r"\s*(?:The|These|They|Those)\b[^.:\n]{0,50}?\b(?:were|are|include[ds]?|as follows)\s*[:：]")


def _listed_titles(sp, doc_tok, lang: English) -> list[tuple[str, str]]:
    """(title, kind) of each document a signing's object lists by name, when it names two or more: titles in
    《》 brackets, or capitalised titles holding a document word, joined by commas and "and"."""
    text = sp.text
    start = doc_tok.left_edge.idx
    colon = text.find(":", doc_tok.idx, min(len(text), doc_tok.idx + len(doc_tok.text) + 30))
    if colon != -1:  # "signed three documents: the A, the B and the C"
        start = colon + 1
    tail = text[start:]
    brackets = _BRACKETED.findall(tail)
    if len(brackets) >= 2:
        titles = list(dict.fromkeys(t.strip() for t in brackets))
        return [(t, _kind_of(t, lang)) for t in titles] if len(titles) >= 2 else []
    m = _LIST_END.search(tail)
    tail = tail[:m.start()] if m else tail
    pieces: list[str] = []
    for piece in _LIST_CUT.split(tail.strip()):
        piece = _LEAD_DET.sub("", piece.strip())
        if not piece:
            continue
        if pieces and not _names_document(piece, lang):
            pieces[-1] += " and " + piece  # "the Agreement on Trade and Investment": one title
        else:
            pieces.append(piece)
    if len(pieces) < 2 or not all(_names_document(p, lang) and _TITLE_WORD.match(p)
                                  and sum(1 for w in p.split() if _TITLE_WORD.match(w)) >= 2 for p in pieces):
        return []
    titles = list(dict.fromkeys(pieces))
    return [(t, _kind_of(t, lang)) for t in titles] if len(titles) >= 2 else []


def _names_document(piece: str, lang: English) -> bool:
    words = [w.lower().strip("'’") for w in re.findall(r"[A-Za-z'’]+", piece)]
    return any(w in lang.documents or (w.endswith("s") and w[:-1] in lang.documents) for w in words) \
        or _ZH_DOC.search(piece.rstrip("》")) is not None


def _kind_of(title: str, lang: English) -> str:
    """The kind of a listed document, told apart from the others of its kind by its title."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", title)]
    return next((w for w in words if w in lang.documents), "document") + "|" + title.lower()


_SITE_AND = re.compile(r"^(.+?\b(\w+)) and (?:the )?([A-Z].*)$")


def _split_sites(name: str | None) -> list[str]:
    """"the Cebu IT Park and Ayala Center" (read by the parser as one name): two sites, cut at an "and" right
    after a word that ends a site's name ("Harbin Ice and Snow World" stays one)."""
    if not name:
        return []
    m = _SITE_AND.match(name)
    if m and (_SITE_HEADS.match(m.group(2)) or _sites.is_head(m.group(2))) and " and " not in m.group(1):
        return [m.group(1)] + _split_sites(m.group(3))
    return [name]


def _site_name(o) -> str | None:
    """A site's name: the object phrase without its determiner, when it holds a capitalised word."""
    skip = {d.i for c in o.children if c.dep_ in ("conj", "cc") for d in c.subtree}
    toks = sorted((t for t in o.subtree if t.i not in skip), key=lambda t: t.i)
    # a capitalised number word is part of the name ("the Two Rivers New Zone"), a determiner never is
    while toks and ((toks[0].dep_ in ("det", "predet", "nummod", "quantmod") and not toks[0].text[:1].isupper()
                     or toks[0].dep_ == "det") or toks[0].lower_ in ("several", "some", "local", "a", "an")):
        toks = toks[1:]
    # stop at a relative clause or a participle after the name ("the park, which ...", "the port to learn")
    cut = len(toks)
    for k, t in enumerate(toks):
        if t.dep_ in ("relcl", "acl", "advcl") or (t.text in ",;(" and k > 0) or (
                k > 0 and t.dep_ == "prep" and t.lower_ in ("in", "at", "on", "during", "with", "by")):
            # the place or time after the name ("the X Zone in Yunnan") is not part of it
            cut = k
            break
    toks = toks[:cut]
    while toks and (toks[-1].dep_ == "cc" or toks[-1].lower_ in ("and", "or", "&")):
        toks = toks[:-1]  # "the University of Canterbury and …": the conjunction joins the next site
    if not toks or not any(_TITLE_WORD.match(t.text) for t in toks):
        return None
    if toks[0].lower_ in ("our", "your", "their", "my", "his", "her", "its"):
        return None  # "Came to Our City for Visit" (a headline's capitals): the page's own place, no site
    doc = o.doc
    end = toks[-1].i + 1
    # "X Group Co., Ltd.": the company form after the comma belongs to the name
    if end + 1 < len(doc) and doc[end].text == "," and _COMPANY_FORM.fullmatch(doc[end + 1].text) \
            and doc[end + 1].text.rstrip(".") != "Co":
        end += 2
    return doc[toks[0].i:end].text.strip(" ,")


LANGUAGE = English()

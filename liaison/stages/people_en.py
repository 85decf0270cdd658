"""People in English text: name mentions and the title phrases around them.

Names come from spaCy's PERSON entities, cleaned (a leading title or a trailing
headline verb cut off, a hyphenated given name or a leading initial taken in, a
place or a body dropped), plus rules for what the small model misses:

- pinyin names ("Chen Guoqiang Liu Yanping" is two people);
- a name right after a title or an honorific ("Deputy Minister of Foreign
  Affairs Nguyen Minh Hang has ...", "Consul General in Nanning Do Nam Trung",
  "Mr Shiliinbaatar"), Mongolian initial names ("Ch.Ulaan"), a family name in
  capitals ("MA Keging", "ZHANG, Wei");
- a foreign family name alone after the full name ("Volkov said").

Titles are read token by token with one vocabulary (``data/en_title_words.tsv``:
role, modifier, organisation, domain, function words and honorifics): the phrase
before a name ("Benguet Board Members X", "Secretary of the Lang Son Party
Committee X", "the mayor of Shenzhen, X") or the apposition after it ("X, deputy
director of the Harbin Foreign Affairs Office,"). A title phrase that runs
straight into the next name is that name's, not the previous one's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import names as N
from ..doc import Doc, Span
from ..regions_data import read_tsv

ORG_WORDS_EN = re.compile(
    r"\b(Government|Committee|Congress|Province|Provincial|Municipal|City|County|People's|Council|Party|Bureau|"
    r"Department|Group|Company|Co\.|Ltd|University|Office|Association|Commission|Ministry|Daily|News|Agency|Xinhua|"
    r"CPC|CPPCC|Road|Park|Zone|District|Airport|Port|Hall|Center|Centre|Hotel|Museum|Initiative|Forum|Agreement|"
    r"Sister|State|Delegation|Mission|Trade|Sangguniang|Duma|Khural|Legislative|Panlalawigan|Board|Court|Workshop|Kray|Krai|Oblast|Aimag|"
    r"Prefecture|Falls|Festival|Expo|Summit|Conference|Bank|Institute|Academy|Foundation|Castle|Palace|Temple|"
    r"Pagoda|Polytechnic|College|School|Stadium|Cathedral|Church|Square|Street|Avenue|Bridge|Tower|Gate|Island|"
    r"Lake|River|Mountain|Valley|Beach|Bay|Garden|Gardens|Sanctuary|Ecosanctuary|Reserve|Plaza|Market|Mall|"
    r"Village|Pier|Wharf|Terminal|Station|Plant|Factory|Base|Campus|Power|Motors?|Electric|Electronics|Energy|"
    r"Technology|Technologies|Holdings|Industries|Industrial|Pharmaceuticals?|Steel|Airlines?|Railways?|Logistics|"
    r"Petroleum|Chemicals?|Foods?|Machinery|Automobile|Auto|Mining|Textiles?|Trading|Shipping|Software|Media|"
    r"Capital|Investments?|Solar|Telecom|Network|Systems|Brewery|Winery|Dairy|Farm|Farms)\b")
# organisation words that are also family names (Park Hyung-joon, Stuart Hall): a body only when not opening the name
_SURNAME_ORG = re.compile(r"^(Park|Hall|Bank|Port|Banks|Road)\s+(?=[A-Z])")


# words after which a capitalised run is a place (spaCy often tags unknown places as PERSON)
_AFTER_PLACE_WORD = re.compile(r"(?:\b(?:in|at|toured|visited|visiting|tour of|trip to|guests to|arrived in|site of|"
                               r"arrived at|headed to|went to|travelled to|traveled to)\s+)$")


_PLACE_BEFORE_TITLE = re.compile(r"(?:['’]s)?\s+(?:Vice |Deputy |Executive |Lieutenant )?(?:Governor|Mayor|Akim|Hakim|Hokim|Khokim|Party Secretary|"
                                r"Party Chief|Chief Executive|Premier|Provincial|Municipal|Prefectural)\s+(?:[A-Z][a-z]|of\b)")


# "visited Xi An and Nan Ning": the next item of a list that opened after such a word
_AFTER_PLACE_LIST = re.compile(r"\b(?:in|toured|visited|visiting|tour of|trip to|arrived in)\s+[A-Z][\w'’\-]*"
                               r"(?:\s+[A-Z][\w'’\-]*){0,2}(?:\s*,\s*[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})*"
                               r"(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)$")


# a company's legal form written before its name ("PT Sinar Rotan Semarang", "JSC Kazatomprom", "TOO Aksu")
_LEGAL_FORM_BEFORE = re.compile(r"(?<![\w.])(?:PT|CV|JSC|OJSC|PJSC|LLC|OOO|TOO|AO|OAO|ZAO)\.?[ \t]+$")


def is_body(span: str) -> bool:
    """A candidate name holding an organisation word is a body ("Changchun Municipal Government"), except a
    family name that is also such a word opening it (Park Hyung-joon)."""
    return bool(ORG_WORDS_EN.search(_SURNAME_ORG.sub("", span)))


_HEADLINE_VERB = re.compile(r"^(Attends?|Meets?|Visits?|Signs?|Holds?|Receives?|Says?|Said|Calls?|Delivers?|Delivered|"
                            r"Leads?|Hosts?|Inspects?|Talks?|Tours?|Welcomes?|Told|Noted|Added|Stated|Urges?|Pledges?|"
                            r"Hails?|Vows?|Stresses|Joins?|Opens?|Attended|Met|Visited|Signed|Highlighted|Deepened|Strengthened|"
                            r"Celebrated|Marked|Discussed|Renewed|Boosted|Expanded|Held|Launched|Concluded|Closed|Opened)$")
BYLINE_EN = re.compile(r"((?<![a-z] )\b(?:reporters?|correspondents?)|photo(graph)?s?( by)?|^\s*by|editors?|edited by|"
                       r"translated by|translators?|writer|written by|text by|author)\s*:?\s*$", re.I)

_TOKEN = re.compile(r"(?:Gov|Sen|Rep|Sec|Amb|Dep|Asst|Supt|Lieut|Pres|Assemb)\.(?=\s)|"  # Gov., Sen.: abbreviated titles
                    r"(?:[A-Z][a-z]?\.)+(?:[A-Z][^\W\d_]+(?:[’'\-][^\W\d_]+)*)?|"
                    r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*|\S")
_NOT_NAME = {"the", "a", "an", "in", "on", "at", "during", "after", "before", "under", "with", "for", "from", "to",
             "by", "this", "that", "these", "those", "it", "its", "he", "she", "his", "her", "they", "their", "we",
             "our", "both", "since", "while", "when", "there", "also", "all", "some", "many", "january", "february",
             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
             "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "you", "mt", "am",
             "pm", "photo", "source", "left", "right", "center", "front", "back", "as", "if", "but", "or", "and",
             "not", "so", "yesterday", "today", "meanwhile", "however", "moreover", "besides", "later", "earlier",
             "currently", "recently", "co", "ltd", "inc", "corp", "llc", "plc", "furthermore", "additionally", "similarly", "finally", "first", "second"}
_MONGOL = re.compile(r"(?<![A-Za-z])(?:Mrs?|Ms)?([A-Z][a-z]?\.(?:[A-Z][a-z]{3,}|[A-Z][a-z]+(?:-[A-Z][a-z]+)+))\b")
_CAPS_SURNAME = re.compile(r"\b([A-Z]{2,8}),?\s+([A-Z][a-z]+(?:[’'\-][a-z]+)?)\b")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, str]:
    """word (lower case) -> kind: role, mod, org, domain, func, honorific."""
    return {r["word"]: r["kind"] for r in read_tsv("en_title_words.tsv")}


def kind(word: str) -> str | None:
    """The vocabulary kind of a word ("Vice-Governor" takes its last part's: role), or None."""
    w = word.lower()
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    lex = lex_ = lexicon()
    found = lex.get(w) or lex.get(w.rstrip("."))
    if found is None and "-" in w:
        parts = [p for p in w.split("-") if p]
        if len(parts) > 1 and lex_.get(parts[-1]) and lex_.get(parts[0]):
            found = lex_.get(parts[-1])
    return found


def tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, end)]


def _is_word(tok: str) -> bool:
    return tok[:1].isalpha()


def _name_token(tok: str) -> bool:
    """A capitalised word that can be part of a person's name (not a title word, month, function word)."""
    if not tok[:1].isupper() or not _is_word(tok):
        return False
    if kind(tok) is not None and not (tok.isupper() and len(tok) <= 3 and kind(tok) == "func"):
        return False
    return tok.lower().rstrip(".") not in _NOT_NAME


_ROLE_HINT_WORDS = (r"secretary|governor|\bgov\b|\bsen\.|\brep\.|\bassemb\.|mayor|chair|director|chancellor|rector|provost|minister|premier|ambassador|consul|"
                    r"president|\bhead\b|\bchief\b|member|legislator|senator|commissioner|speaker|envoy|officer|"
                    r"councill?or|representative|counsel|attach|magistrate|prefect|manager|\bakim\b|\bhakim\b|\bk?hokim\b|voivode|marshal|regent|"
                    r"judge[- ]executive|county judge")


def _role_hint() -> re.Pattern:
    """A phrase holding an office: the words above, and every role word of the vocabulary that a title rule of
    ``title_roles_en.tsv`` reads as an office by itself (Assemblywoman, Congressman, Councilwoman, Alderman)."""
    from ..titles import _EN_ROLE_RULES

    words = sorted((w for w, k in lexicon().items()
                    if k == "role" and w.isalpha() and any(re.search(rx, w) for rx, *_ in _EN_ROLE_RULES)),
                   key=len, reverse=True)
    return re.compile(r"(?i)" + _ROLE_HINT_WORDS + (r"|\b(?:" + "|".join(map(re.escape, words)) + r")\b" if words else ""))


_ROLE_HINT = _role_hint()


# ---------------------------------------------------------------- title phrases
def _region_ends(doc: Doc) -> dict[int, Span]:
    return {r.end: r for r in doc.layer("regions")}


def _region_starts(doc: Doc) -> dict[int, Span]:
    return {r.start: r for r in doc.layer("regions")}


def _honorifics_before(toks, i: int) -> int:
    """Index of the last token before the honorifics (Mr, H.E., His Excellency, The Honourable) ending at i."""
    while i >= 0 and (kind(toks[i][2]) == "honorific" or toks[i][2] == "."):
        if toks[i][2] == "." and not (i > 0 and kind(toks[i - 1][2]) == "honorific"):
            break
        i -= 1
    return i


def _inside_place(doc: Doc, s: int, e: int) -> bool:
    """``[s, e)`` lies inside a place's name (not at its edge)."""
    return any(r.start < s and e < r.end for r in doc.layer("regions"))


def title_before(doc: Doc, start: int, ends: set[int]) -> tuple[int, int] | None:
    """The title phrase right before a name starting at ``start`` ("Porirua Mayor", "Secretary of the
    X Party Committee, Mr"), or None. ``ends``: where other names end (a title never crosses one)."""
    t = doc.text
    mh = _MALAY_BEFORE.search(t, max(0, start - 60), start)
    if mh and _MALAY_ONLY.search(mh.group(0)):
        start = mh.start()  # "Chief Minister Datuk Seri X": the title is before the honorifics
    lo = max(0, start - 220)
    toks = tokens(t, lo, start)
    i = len(toks) - 1
    j = _honorifics_before(toks, i)
    honor = j < i
    crossed = False
    if j >= 1 and toks[j][2] == "," and not any(toks[j][0] == e for e in ends):
        prev = toks[j - 1][2]
        if honor or kind(prev) == "role" or prev in ("Minister", "Secretary"):
            crossed, j = True, j - 1
        else:
            crossed, j = "maybe", j - 1
    if j < 0 or toks[j][2].lower() == "and":
        return None  # "A, director of X and B": the title is A's
    pe = toks[j][1]
    k = j
    first = None
    paren = 0
    while k >= 0:
        s, e, w = toks[k]
        if e in ends or (s in ends) or any(s < x < e for x in ends) or (k < j and "\n" in t[e:toks[k + 1][0]]):
            break
        if w == ")":
            op = t.rfind("(", lo, s)
            if op != -1 and any(re.fullmatch(r"\s*", t[x:op]) for x in ends if x <= op):
                break  # "Governor A (2nd from left) and Governor B": A's bracket ends B's title
            paren += 1
        elif w == "(":
            if paren == 0:
                break
            paren -= 1
        elif paren:
            pass
        elif not _is_word(w):
            if w == "-" and (t[s - 1:s].isspace() or t[e:e + 1].isspace() or t[e:e + 1] == "-"):
                break  # "Kunming - Governor X", "HARBIN -- Mayor X": a dateline, not part of the title
            if w in "’'" or w in ("-", "&"):
                pass
            elif w == "," and k < j and _comma_in_title(doc, t, lo, s, e, pe):
                pass
            else:
                break
        elif kind(w) is None and not w[:1].isupper() and not _inside_place(doc, s, e):
            break  # (a small word of a place's name goes on: "Mayor of Dar es Salaam")
        elif kind(w) is None and _HEADLINE_VERB.match(w):
            break  # "Weihai Mayor Calls on Governor Yoon": a headline's verb ends the title before it
        elif w[:1].isupper() and kind(w) is None and w.lower() in _NOT_NAME and not (
                w == "Under" and k + 1 < len(toks) and toks[k + 1][2].lower() == "secretary"):  # ("Under Secretary")
            if w.lower() == "the":
                first = k
            break
        first = k
        k -= 1
    if first is None:
        return None
    if toks[first][2] in ("of", "in", "from") and any(re.fullmatch(r"\s*", t[x:toks[first][0]]) for x in ends
                                                       if x <= toks[first][0]):
        # "Mayor A of Auckland and Guangzhou Mayor B": "of Auckland" is A's; B's title starts after "and"
        nxt_and = next((q for q in range(first, j) if toks[q][2].lower() == "and"), None)
        if nxt_and is None:
            return None
        first = nxt_and + 1
    # leading function words and "the"
    while first <= j and (kind(toks[first][2]) == "func" or toks[first][2].lower() == "the"):
        first += 1
    while j > first and (kind(toks[j][2]) in ("func", "honorific") or toks[j][2] in (".", "the", "The")):
        j -= 1
    pe = toks[j][1]
    if first > j:
        return None
    ps = toks[first][0]
    phrase = t[ps:pe]
    if not _ROLE_HINT.search(phrase):
        return None
    if re.fullmatch(r"(?i)(?:the\s+)?(?:\w+\s+)?delegation\s+(?:head|leader|chief)", phrase):
        return None  # "Delegation head X": who leads the visit, no office
    if crossed == "maybe":
        lead = t[max(0, ps - 4):ps].lower()
        opens = _LIST_OPENER.search(t[max(0, ps - 14):ps]) is not None
        head = first
        place = _region_starts(doc).get(ps)
        if place is not None:  # "Ontario's Minister of Agriculture, Jane Doe, said": the office's place opens it
            while head < j and (toks[head][0] < place.end or toks[head][2] in ("'", "’", "s")):
                head += 1
        if not lead.endswith("the ") and not (opens and kind(toks[head][2]) in ("role", "mod")):
            return None  # "Director of the X Department of Y Province, Wang Tao, said": a sentence opening on the title
    if crossed and re.search(r",\s*$", t[max(0, ps - 3):ps]) and any(abs(ps - 2 - e) <= 1 for e in ends):
        return None  # "A, deputy director of X, Mr B": the apposition is A's
    return (ps, pe)


_DOMAIN_LIST_BEFORE = re.compile(r"\b([A-Z][\w'’\-]*)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s+)*[A-Z][\w'’\-]*$")
_DOMAIN_LIST_AFTER = re.compile(r"\s*(?:[A-Z][\w'’\-]*\s+)*(?:and|&)\s+(?:[A-Z][\w'’\-]*\s*)+$")


def _comma_in_title(doc: Doc, t: str, lo: int, s: int, e: int, pe: int) -> bool:
    """A comma inside a title before a name: a list of a ministry's fields ("Minister of Food, Agriculture and
    Light Industry X") or a place and its country ("Consul General of Mongolia in Erenhot, China X")."""
    mb = _DOMAIN_LIST_BEFORE.search(t, lo, s)
    if mb and kind(mb.group(1)) in ("role", "org") and _DOMAIN_LIST_AFTER.fullmatch(t, e, pe) and \
            all(kind(w) in ("domain", "func", "mod", None)
                for w in re.findall(r"[\w'’\-]+", t[mb.end(1):s] + t[e:pe])):
        return True
    before = next((r for r in doc.layer("regions") if r.end == s), None)
    after = next((r for r in doc.layer("regions") if r.start == e + 1 and r.end == pe), None)
    return before is not None and after is not None and getattr(after.value, "level", None) == 0


# offices held somewhere else than their body's home: a diplomat or a representative office "in" a place
_STATIONED = re.compile(r"(?i)consul|ambassador|envoy|embassy|representative|attach|counsel|office|mission|agency|"
                        r"charg[eé]|delegate")


_COPULA = re.compile(r"[ \t]*(?:,[ \t]*who[ \t]+|[ \t]+)(?:is[ \t]+also|is|serves[ \t]+as|also[ \t]+serves[ \t]+as)[ \t]+"
                     r"(?:the[ \t]+|an?[ \t]+)?(?=([A-Za-z\-]+))")


def _office_goes_on(t: str, toks, n: int, starts: set[int]) -> bool:
    """After a comma, the title from token ``n`` is one more office of the same person ("X, member of the
    Party Central Committee, Secretary of the Y Party Committee and Chairman of the Z Council, met ..."):
    it names its body ("of"), reaches no name, and ends at a comma or a verb with no name after it."""
    saw_of = False
    for m in range(n, min(len(toks), n + 30)):
        s, e, w = toks[m]
        if s in starts:
            return False
        if w.lower() == "of":
            saw_of = True
        if w in (";", ".", "(", ")", ":") or "\n" in t[toks[m - 1][1]:s]:
            return saw_of and w in (";", ".")
        if w == ",":
            return saw_of and not (m + 1 < len(toks) and toks[m + 1][0] in starts)
        if _is_word(w) and kind(w) is None and not w[:1].isupper() and w.lower() != "and":
            return False  # a lower-case word no title holds
    return False


def _abroad(doc: Doc, place: Span, ps: int, pe: int) -> bool:
    """The place lies in another country than every region the title so far names."""
    def country(v):
        return None if isinstance(v, tuple) else (getattr(v, "country", None) or getattr(v, "code", None))

    named = [country(r.value) for r in doc.layer("regions") if ps <= r.start and r.end <= pe]
    here = country(place.value)
    return bool(named) and here is not None and all(c is not None and c != here for c in named)


_TITLE_TIME = re.compile(r"(?:(?:currently|now|also|concurrently)\s+)?(?:(?:the|an?)\s+)?(?:(?:newly|recently)[- ]"
                         r"(?:elected|appointed|installed)\s+|incumbent\s+|new\s+|current\s+|sitting\s+)?"
                         r"(?=([A-Za-z\-]+))")


def title_after(doc: Doc, end: int, starts: set[int]) -> tuple[int, int] | None:
    """The apposition after a name ending at ``end`` (", deputy director of the X Office," or "(Governor of X)"),
    or None, also when the phrase runs straight into the next name (it is that name's title)."""
    t = doc.text
    mb = re.match(r"[ \t]*[（(][\u4e00-\u9fff·•・]{2,12}[)）]", t[end:end + 20])
    if mb:
        end += mb.end()  # "Meng Qinglin (孟庆林), director of …": the name in characters, then the title
    m = re.match(r"[ \t]*(,|\(|（)[ \t]*(?:\d{1,3}\s*,\s*)?", t[end:end + 12])  # "Wang Lei, 54, deputy mayor"
    mw = _COPULA.match(t[end:end + 40])  # "X, who is vice governor of Y,", "X is the governor of Y."
    if mw and kind(mw.group(1)) in ("role", "mod"):
        m = None
        paren = False
        k = end + mw.end()
    elif not m:
        return None
    else:
        paren = m.group(1) in "(（"
        k = end + m.end()
    if re.match(r"(?:and|or)\s", t[k:k + 4]):
        return None  # "Liu Hua, and Perth's Lord Mayor, X": the next one of a list, titled before the name
    ma = re.match(r"an? (?=([A-Za-z\-]+))", t[k:k + 30])  # ", a member of the X State Assembly,"
    if ma and (kind(ma.group(1)) in ("role", "mod") or k + ma.end() in _region_starts(doc)):
        k += ma.end()  # ", an Oregon state senator,": the office's place may come first
    # ", currently the Governor of X", ", the newly elected Mayor of X": words of time before the title
    ma = _TITLE_TIME.match(t, k)
    if ma and ma.group(0).strip() and kind(ma.group(1)) in ("role", "mod"):
        k = ma.start(1)
    toks = tokens(t, k, min(len(t), k + 260))
    rstarts = _region_starts(doc)
    last = None
    prev_kind = None
    n = 0
    while n < len(toks):
        s, e, w = toks[n]
        if n and "\n" in t[toks[n - 1][1]:s]:
            break
        if s in starts:
            if last is not None and prev_kind in ("role", "org", "mod", "domain", "region", "honorific") and not re.search(
                    r"[,;]\s*$|\band\s*$", t[k:s]):
                return None  # "X, Consul General of Australia in Chengdu Y": the title is Y's
            break
        if w in (";", ".", "\n", ":", "!", "?") or (paren and w in ")）"):
            break
        if w == "(":
            close = t.find(")", s, s + 40)
            if close == -1:
                break
            while n < len(toks) and toks[n][0] < close:
                n += 1
            n += 1
            continue
        if w == ",":
            nxt = toks[n + 1][2] if n + 1 < len(toks) else ""
            nxt2 = toks[n + 2][2] if n + 2 < len(toks) else ""
            if toks[n + 1][0] in starts if n + 1 < len(toks) else True:
                break
            if nxt.lower() == "and":
                nxt = nxt2
            if not nxt or not _is_word(nxt) or (kind(nxt) not in ("domain", "org", "mod", "role") and not (
                    nxt[:1].isupper() and nxt.lower() not in _NOT_NAME and kind(nxt) is None
                    and (n + 2 < len(toks) and kind(toks[n + 2][2]) in ("org", "role")))):
                break
            if (kind(nxt) == "role" or (nxt.lower() in ("vice", "deputy", "executive") and n + 2 < len(toks))) \
                    and not _office_goes_on(t, toks, n + 1, starts):
                # ", Vice Governor Y": a new title, most likely the next person's
                break
            n += 1
            continue
        if not _is_word(w) and w not in "’'-":
            break
        if s in rstarts:
            r = rstarts[s]
            n += 1
            while n < len(toks) and toks[n][1] <= r.end:
                n += 1
            last, prev_kind = max(r.end, e), "region"
            continue
        kd = kind(w)
        if w.lower() in ("in", "at") and last is not None and n + 1 < len(toks) and toks[n + 1][0] in rstarts and \
                re.search(r"\bof\b", t[k:s]) and not _STATIONED.search(t[k:s]) and _abroad(
                    doc, rstarts[toks[n + 1][0]], k, s):
            break  # "X, minister-president of Bavaria in Jinan, said": where the person is, not their office
        if w.lower() == "and":
            nxt = toks[n + 1] if n + 1 < len(toks) else None
            if nxt is None or nxt[0] in starts or (_name_token(nxt[2]) and s + 4 >= nxt[0] - 1 and
                                                   not (nxt[0] in rstarts) and n + 2 < len(toks)
                                                   and _name_token(toks[n + 2][2])):
                break
        elif kd is None and not w[:1].isupper():
            break
        elif kd is None and w.lower() in _NOT_NAME:
            break
        if kd is None and w[:1].isupper() and prev_kind == "role" and w.lower() not in _NOT_NAME and \
                s not in rstarts and re.match(r"\s+(?:said|says|noted|stressed|added|told|thanked|welcomed|expressed)\b",
                                              t[e:e + 14]):
            return None  # "Meeting with X, Governor Orlov said ...": a titled name, not X's apposition
        if kd is None and w[:1].isupper() and prev_kind in ("role", "org") and n + 1 < len(toks) and _name_token(
                toks[n + 1][2]) and not any(toks[n + 1][0] == x for x in rstarts):
            return None  # "X, Mayor of Perth Y Z": a name after a title: Y Z's
        last = e
        prev_kind = kd or "cap"
        n += 1
    if last is None:
        return None
    phrase = t[k:last].rstrip(" ,")
    if not phrase or not _ROLE_HINT.search(phrase):
        return None
    if re.match(r"(?i)(the )?(leaders?|officials?|representatives?)\b", phrase):
        return None
    if re.fullmatch(r"(?i)(?:the\s+)?(?:head|chief|leader)(?:\s+of(?:\s+the)?)?", phrase):
        return None  # "X, head of the delegation, said": who leads the visit (the body a word no table has), no office
    if m is None and not re.search(r"\bof\s+(?:the\s+)?[A-Z]", phrase):
        return None  # "X is the first governor to ...": a copula says an office only with its body named
    return (k, k + len(phrase))


# ---------------------------------------------------------------- names the model misses
def _place_given_name(doc: Doc, toks, m: int, rstarts: dict[int, Span]) -> bool:
    """A one-word foreign place right after a title, then one capitalised word that is neither a title word nor
    a place, then the clause goes on in lower case: a given name that is also a place ("Minister of X Vic Fedeli
    met", "Ambassador Jordan Reeves said"), not the office's place (that one is followed by the name, "Premier of
    Ontario Doug Ford", or by its type word, "Governor of Jilin Province")."""
    t = doc.text
    ts, te, tw = toks[m]
    region = rstarts.get(ts)
    if region is None or region.end != te or getattr(region.value, "country", None) in (None, "CN") or \
            m + 1 >= len(toks) or t[te:toks[m + 1][0]] != " ":
        return False
    ns, ne, nw = toks[m + 1]
    if ns in rstarts or not _name_token(nw) or N.normalize_en(nw) in N._tables()[3]:
        return False
    after = toks[m + 2][2] if m + 2 < len(toks) else ""
    return bool(after) and not after[:1].isupper() and after.isalpha()


def _one_word_mongolian(doc: Doc, word: str) -> bool:
    """"Governor Batbold": Mongolians go by one given name, written alone after a title in English; a capitalised
    word of six letters or more (no title word, no pinyin) after a title, in an article naming a place in
    Mongolia."""
    if len(word) < 6 or not word.isalpha() or not word[:1].isupper() or not word[1:].islower() or kind(word):
        return False
    if not any(getattr(r.value, "country", None) == "MN" or getattr(r.value, "code", None) == "MN"
               for r in doc.layer("regions") if not isinstance(r.value, tuple)):
        return False
    if re.search(r"(?<![A-Za-z])[A-Z][a-z]?\.\s?" + re.escape(word) + r"\b", doc.text):
        return False  # "Governor Munkhsaikhan" after "D. Munkhsaikhan": the one named in full, no new person
    return N.syllabify(word, 3) is None and not _HEADLINE_VERB.match(word)


_SHORT_TAIL = re.compile(r" ([A-Z][a-z]{1,3})(?=[,.;:)]|\s+(?:[a-z]|and\b|[A-Z][a-z]+\s+[a-z]))")


def short_syllable_tail(doc: Doc, text: str, ms: int, me: int) -> int:
    """Where a name the model cut before its last short syllable ends: "Sam Hou | Fai met", "Chui Sai | On and"
    (Cantonese names of Hong Kong and Macao people, three short words); ``me`` when nothing follows."""
    words = text[ms:me].split()
    m = _SHORT_TAIL.match(text, me)
    if not m or len(words) != 2 or any(len(w) > 4 or not w[:1].isupper() for w in words):
        return me
    w = m.group(1)
    if w.lower() in _NOT_NAME or kind(w) is not None or any(r.start <= ms + m.start(1) < r.end
                                                            for r in doc.layer("regions")):
        return me
    return m.end(1)


def title_anchored_names(doc: Doc, start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names right after a title word, an honorific or a place ending a title ("... Affairs Nguyen Minh Hang
    has", "Consul General in Nanning Do Nam Trung", "Mr Shiliinbaatar"), Mongolian initial names
    ("Ch.Ulaan", "MrT.Enkhtuvshin") and capitalised family names ("MA Keging", "ZHANG, Wei")."""
    t = doc.text
    out: list[tuple[int, int]] = []
    toks = tokens(t, start, end)
    rends = _region_ends(doc)
    rstarts = _region_starts(doc)

    def free(a, b):
        return not any(a < y and x < b for x, y in taken + out)

    for n, (s, e, w) in enumerate(toks):
        kd = kind(w)
        anchor = None
        if kd in ("role", "org") and w[:1].isupper():
            anchor = "title"
        elif kd == "role" or (kd in ("org", "domain") and _title_word_before(toks, n)):
            anchor = "title"
        elif kd == "mod" and w[:1].isupper() and n and kind(toks[n - 1][2]) == "role" and t[toks[n - 1][1]:s] == " ":
            anchor = "title"  # "Consul General Ivy X", "Secretary General X": a modifier closing the title
        elif kd == "honorific" or (w == "." and n and kind(toks[n - 1][2]) == "honorific"):
            anchor = "honor"
        elif e in rends and _title_word_before(toks, n, region_start=rends[e].start):
            anchor = "title"
        if anchor is None or _in_quotes(t, s):
            continue  # ("the \"Central Java-Fujian Sister Province Action Plan\"": a document's title)
        m = n + 1
        run = []
        while m < len(toks) and len(run) < 5:
            ts, te, tw = toks[m]
            surname_word = (not run and tw[:1].isupper() and m + 1 < len(toks)
                            and N.is_pinyin_name([tw, toks[m + 1][2]]))  # "Vice Governor He Baoxiang"
            if not run and ts in rstarts and _place_given_name(doc, toks, m, rstarts):
                run.append(toks[m])  # "Minister of Economic Development Vic Fedeli met": Vic is no state here
                m += 1
                continue
            if ts in rstarts or not (_name_token(tw) or surname_word or (run and tw == "-")) or (
                    run and _HEADLINE_VERB.match(tw)):
                break  # "... Sister City Ties Highlighted": a headline's verb ends the run
            if run and t[run[-1][1]:ts] not in (" ", "-"):
                break
            run.append(toks[m])
            m += 1
        if not run and anchor == "title":
            low = _lower_pinyin_after(t, toks, n + 1)  # "led by vice governor zhao lianfeng": pinyin in lower case
            if low and free(*low):
                out.append(low)
            continue
        if not run:
            continue
        after = toks[m][2] if m < len(toks) else ""
        if after and kind(after) in ("org", "role") and after[:1].isupper():
            continue  # "Governor of the Xilingol League": a place before a title word
        if after and after[:1].isupper() and _is_word(after):
            continue
        if len(run) == 1 and not (anchor == "honor" and len(run[0][2]) >= 9 and run[0][2].isalpha()) and not \
                _MONGOL.fullmatch(run[0][2]) and not (anchor == "honor" and _titled_after(t, toks, m)) and not (
                anchor == "title" and _titled_surname(doc, toks, n, m, taken + out)) and not (
                anchor == "title" and _one_word_mongolian(doc, run[0][2])
                and not any(len(t[x:y].split()) > 1 and t[x:y].split()[-1] == run[0][2] for x, y in taken + out)):
            continue
        if len(run) == 1 and anchor == "honor" and (N.normalize_en(run[0][2]) in N._tables()[3] or any(
                t[x:y].split()[-1:] == [run[0][2]] for x, y in taken + out)):
            continue  # "Mr Wang", "Ms Bligh" after "Anna Bligh": a family name alone, not a new person
        a, b = run[0][0], run[-1][1]
        if len(run) >= 2 and re.fullmatch(r"[A-Z][a-z]\.", run[-1][2]) and not t[b:b + 1].strip():
            b -= 1  # "Ms Carmen Ho.": a two-letter family name closing the sentence, not an initial
        if free(a, b) or (anchor == "title" and len(run) >= 3 and kind(run[0][2]) is None and all(
                x == run[1][0] and y == b for x, y in taken if a < y and x < b) and not any(
                a < y and x < b for x, y in out)):
            out.append((a, b))  # (also "… of Zanzibar Khamis Juma Haji" over the model's "Juma Haji": the whole name)
    # "Kang Min-seok, governor of ...": a run of capitalised words opening a clause, then a title
    for n, (s, e, w) in enumerate(toks):
        if not _name_token(w) or s in rstarts:
            continue
        if n and toks[n - 1][2] not in (",", ".", "(", ";", ":") and toks[n - 1][2].lower() not in (
                "and", "with", "by", "from", "met") and "\n" not in t[toks[n - 1][1]:s]:
            continue
        run = [toks[n]]
        m = n + 1
        while m < len(toks) and len(run) < 4 and (_name_token(toks[m][2]) and toks[m][0] not in rstarts) \
                and t[run[-1][1]:toks[m][0]] in (" ", "-"):
            run.append(toks[m])
            m += 1
        if m + 1 >= len(toks) or toks[m][2] != ",":
            continue
        if len(run) < 2 and not (len(run[0][2]) >= 6 and run[0][2].isalpha() and toks[m + 1][2].lower() == "the"
                                 and (n == 0 or "\n" in t[toks[n - 1][1]:s] or toks[n - 1][2] == ".")):
            continue  # one word ("Bayinchaolu, the provincial Party secretary,") only opening a sentence
        k = m + 1
        if toks[k][2].lower() in ("the", "a", "an") and k + 1 < len(toks):
            k += 1
        if kind(toks[k][2]) in ("role", "mod") and _ROLE_HINT.search(t[toks[k][0]:toks[min(k + 3, len(toks) - 1)][1]]):
            a, b = run[0][0], run[-1][1]
            if free(a, b):
                out.append((a, b))
    # "represented by Director of the X Office of Y Region, Marco Rossi; Deputy Director of ..., Anna Bianchi":
    # a list of titles each followed by a comma and its name
    for n, (s, e, w) in enumerate(toks):
        if w != "," or n == 0 or n + 2 >= len(toks) or not _title_list_item(t, toks, n - 1, rends):
            continue
        run = []
        m = n + 1
        while m + 2 < len(toks) and (kind(toks[m][2]) == "honorific" or toks[m][2] == "."):
            m += 1  # ", Mr. Marco Rossi;"
        while m < len(toks) and len(run) < 4 and _name_token(toks[m][2]) and toks[m][0] not in rstarts and (
                not run or t[run[-1][1]:toks[m][0]] in (" ", "-")):
            run.append(toks[m])
            m += 1
        if not run:
            continue
        tail = t[run[-1][1]:run[-1][1] + 12]
        one = len(run) == 1 and _one_word_apposed(doc, run[0], tail)
        if len(run) < 2 and not one:
            continue
        if one or re.match(r"\s*(?:;|\.(?!\w)|$|\n|,?\s+and\s+(?:the\s+)?[A-Za-z]|,\s*[A-Z][a-z]+\s+(?:of|Director|Governor|Mayor)"
                    r"|,\s+(?:in|at|on|during|who|when|to)\s)", tail):  # ("met the Akim of X, Murat Aitenov, in Y")
            a, b = run[0][0], run[-1][1]
            if free(a, b):
                out.append((a, b))
    for a, b in korean_names(doc, start, end):  # "Kim Jong-hoon and Lee Min-ji from ... joined": the model misses them
        if free(a, b):
            out.append((a, b))
    out = [(a, b) for a, b in out if not is_body(t[a:b])]
    for m in _MONGOL.finditer(t, start, end):
        a, b = m.span(1)
        if free(a, b) and not re.match(r"(?i)(co|no|st|dr|mr|ms|jr|sr|vs)\.", t[a:b]):
            out.append((a, b))
    for m in _CAPS_SURNAME.finditer(t, start, end):
        sur, given = m.group(1), m.group(2)
        if N.normalize_en(sur) in N._tables()[3] and N.syllabify(given, 2) and kind(sur) is None:
            a, b = m.start(1), m.end(2)
            if free(a, b):
                out.append((a, b))
    for m in _CAPS_FOREIGN.finditer(t, start, end):
        a, b = m.start(1), m.end(2)
        if not free(a, b) or kind(m.group(1)) is not None or not re.search(r"[AEIOUY]", m.group(1)) or \
                is_body(m.group(2)):
            continue
        if any(r.start < b and a < r.end for r in doc.layer("regions")) or demonym_country(m.group(1)) or \
                m.group(2).lower().rstrip(".") in _NOT_NAME or kind(m.group(2)) is not None:
            continue  # "BEIJING, Oct. 31": a dateline
        if _CONFIRM_AFTER.match(t, b) or _titled_after(t, tokens(t, b, min(end, b + 80)), 0):
            out.append((a, b))
    return out


@lru_cache(maxsize=1)
def _korean_surnames() -> frozenset[str]:
    return frozenset(r["surname"] for r in read_tsv("surnames_ko.tsv"))


_KOREAN = re.compile(r"(?<![\w'’.\-])([A-Z][a-z]{0,5})\s+([A-Z][a-z]+-(?:[a-z]+|[A-Z][a-z]+))(?![\w'’\-])")


def korean_names(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Korean names in the usual romanisation: a family name from ``data/surnames_ko.tsv`` and a hyphenated
    given name ("Kim Jong-hoon", "Lee Min-ji", "Park Heong-Joon"); not after "the", not a place."""
    t = doc.text
    out = []
    for m in _KOREAN.finditer(t, start, end):
        if m.group(1) not in _korean_surnames() or kind(m.group(2)) is not None or is_body(m.group(2)):
            continue
        a, b = m.start(1), m.end(2)
        if re.search(r"(?i)\bthe\s+$", t[max(0, a - 5):a]) or any(
                r.start < b and a < r.end for r in doc.layer("regions")):
            continue
        out.append((a, b))
    return out


# "PETROV, Ivan," "VOLKOVA Anna Sergeevna said": a foreign family name in capitals, then the given name(s),
# kept when a title apposition or a verb of speech or action follows
# (within one line, the given name no article: "NEWS\n\nThe Governor" is a heading and a title)
_CAPS_FOREIGN = re.compile(r"(?<![\w.])([A-Z]{3,14}),?[ \t]+(?!The\b|A\b|An\b)([A-Z][a-z]+(?:[’'\-][A-Za-z]+)?"
                           r"(?:[ \t]+[A-Z][a-z]+){0,2})\b(?![ \t]+[A-Z])")


def caps_surname_name(name: str) -> str:
    """'PETROV, Ivan' -> 'Petrov Ivan': the order as written, the family name in ordinary case."""
    m = re.fullmatch(r"([A-Z]{2,14}),?\s+(.+)", name)
    if not m:
        return name
    return m.group(1).capitalize() + " " + m.group(2)


_SURNAME_NEXT = re.compile(r"\s+(?:and|&)\s+(?:Vice |Deputy |Lt\.? |Lieutenant |Executive )?(?:Governor|Gov\.|Mayor|"
                           r"Ambassador|Consul|Minister|Premier|President|Chairman|Chairwoman|Speaker|Mr\.?|Mrs\.?|Ms\.?|"
                           r"Dr\.?)\s+[A-Z]")


def _titled_surname(doc: Doc, toks, n: int, m: int, taken: list[tuple[int, int]]) -> bool:
    """A family name alone right after a capitalised role word ("Governor Hirai said", "Mayor Nakahara and
    Governor Hanazumi welcomed"): a person the article names this way only. Not a pinyin family name (that is
    a later mention of a full name), not the last word of a name already found, not a place or a nationality;
    a verb of speech or action, or another titled name, must follow."""
    t = doc.text
    s, e, w = toks[n + 1]
    title = toks[n][2]
    if t[toks[n][1]:s] != " ":
        return False
    if kind(title) not in ("role", "mod") or not title[:1].isupper():
        # "Governor of Dornod Province Batbold met", "Speaker of the X Khural Ganbold met": a title closing on
        # its body or its place's type word, a capitalised role word opening it
        if not (kind(title) == "org" or toks[n][1] in _region_ends(doc)) or not _role_opens(toks, n):
            return False  # (also "Acting Governor of Central Java Suharjo received": the title's place)
    if not re.fullmatch(r"[A-Z][^\W\d_A-Z]{2,}(?:-[A-Z]?[^\W\d_A-Z]+)?", w) or N.normalize_en(w) in N._tables()[3]:
        return False
    if demonym_country(w) or is_body(w) or any(t[x:y].split()[-1:] == [w] for x, y in taken) or any(
            r.start < e and s < r.end for r in doc.layer("regions")):
        return False
    for mm in re.finditer(r"([A-Z][\w'’\-]*\.?)\s+" + re.escape(w) + r"\b", t):
        if _name_token(mm.group(1)) and not any(r.start <= mm.start(1) < r.end for r in doc.layer("regions")):
            return False  # "Governor Brown Signs ..." before "Edmund G. Brown": the full name is elsewhere
    for mm in re.finditer(r"\b" + re.escape(w) + r"\s+([A-Z][\w'’\-]*)", t):
        if _name_token(mm.group(1)) and not _HEADLINE_VERB.match(mm.group(1)):
            return False  # "Governor Kim met" after "Kim Jin-tae": a family name written first
    tail = t[e:e + 40]
    if re.match(r"['’]s\b|\s*\(", tail):
        return False  # "Governor Hirai's office": too weak alone
    of = _OF_PLACE.match(tail)  # "Governor Suharjo of Central Java and Vice Governor Chen ...": its place between
    return bool(_CONFIRM_AFTER.match(t, e) or _SURNAME_NEXT.match(tail) or (of and _SURNAME_NEXT.match(t, e + of.end())))


def _in_quotes(t: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened on its line ("…" or “…”)."""
    line = t[t.rfind("\n", 0, pos) + 1:pos]
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}")


def _title_list_item(t: str, toks, n: int, rends) -> bool:
    """Token ``n`` closes a title that opens a list item: a capitalised role word after ":", ";", "by", "were",
    "and" or the start of the sentence, then capitalised words, "of" and "the" up to an organisation or place
    word ("Director of the International Relations Office of Lombardy Region")."""
    w = toks[n][2]
    unknown_place = n >= 2 and w[:1].isupper() and kind(w) is None and toks[n - 1][2] == "of" \
        and kind(toks[n - 2][2]) in ("role", "org")  # "the Provincial Mayor of Caylloma, Rubén Chávez": no table's
    if not (kind(w) in ("org", "role", "domain") or toks[n][1] in rends or unknown_place) or not w[:1].isupper() \
            and toks[n][1] not in rends:
        return False  # ("Secretary of State for Economic Development, Renata Kuster": a domain closes it too)
    for j in range(n, max(-1, n - 16), -1):
        wj = re.sub(r"['’]s$", "", toks[j][2])  # ("the People's Republic of China")
        if kind(wj) == "role" or kind(toks[j][2]) == "role":
            k = j - 1
            while k >= 0 and kind(toks[k][2]) == "mod":
                k -= 1  # "Deputy Director", "Executive Vice Governor"
            return k < 0 or _LIST_OPENER.search(t[max(0, toks[k + 1][0] - 14):toks[k + 1][0]]) is not None
        if not (_is_word(wj) and (wj[:1].isupper() or kind(wj) == "func" or toks[j][1] in rends)) \
                and wj not in ("'", "’", "'s", "’s", "-", "&"):
            return False  # (a place's own lower-case type word goes on: "the Akim of Shymkent city")
    return False


_ONE_WORD_TAIL = re.compile(r",[ \t]+(?:[a-z]+[ \t]|(?:and|who)\b)|\.(?:\s|$)")


def _one_word_apposed(doc: Doc, tok, tail: str) -> bool:
    """A one-word name set off by commas after its title ("The Governor of East Java, Suharjo, held talks"):
    Indonesian, Burmese and Mongolian officials often have one; a word of four letters or more that is no
    title, place or function word, closed by a comma and a lower-case word (the clause going on)."""
    s, e, w = tok
    if len(w) < 4 or not w.isalpha() or not w[:1].isupper() or w[1:] != w[1:].lower() or kind(w) is not None \
            or w.lower() in _NOT_NAME or demonym_country(w):
        return False
    if any(r.start < e and s < r.end for r in doc.layer("regions")):
        return False
    return _ONE_WORD_TAIL.match(tail) is not None


# what opens an item of a list of titled names: the sentence or line, a colon or semicolon, "by", "with" …
_LIST_OPENER = re.compile(r"(?:^|[.;:!?\n]|\s[-–—]{1,2}|[;:]\s*and|"
                          r"\b(?:by|with|were|was|included|including|are|is|namely|called on|met|received|and))"
                          r"\s*(?:[Tt]he\s+)?$")  # ("talks with the Governor of Amur Region, Vasily Orlov")


def _role_opens(toks, n: int) -> bool:
    """A capitalised role word opens the title phrase that ends at token ``n`` (walking back over capitalised
    words, function words and possessives, at most eight tokens)."""
    for j in range(n - 1, max(-1, n - 9), -1):
        w = toks[j][2]
        if kind(w) == "role" and w[:1].isupper():
            return True
        if not (_is_word(w) and (w[:1].isupper() or kind(w) in ("func", "org"))) and w not in ("'", "’", "'s", "’s"):
            return False
    return False


def _lower_pinyin_after(t: str, toks, m: int) -> tuple[int, int] | None:
    """A Chinese name in lower-case pinyin opening at token ``m`` (two or three words, then no other word)."""
    for size in (3, 2):
        grp = toks[m:m + size]
        if len(grp) < size or any(not (w.isalpha() and w.islower()) for _s, _e, w in grp):
            continue
        if any(t[a[1]:b[0]] != " " for a, b in zip(grp, grp[1:])):
            continue
        nxt = toks[m + size] if m + size < len(toks) else None
        if nxt is not None and _is_word(nxt[2]) and t[grp[-1][1]:nxt[0]] == " " and nxt[2].islower() and \
                nxt[2] not in ("and", "said", "says", "met", "who", "was", "is", "also", "attended", "visited"):
            continue
        if N.is_pinyin_name([w.capitalize() for _s, _e, w in grp]) and not any(kind(w) for _s, _e, w in grp):
            return grp[0][0], grp[-1][1]
    return None


def _titled_after(t: str, toks, m: int) -> bool:
    """A title apposition follows token ``m`` (", the mayor of Sapporo,", ", Minister of ..."): with an honorific
    before it, a family name alone ("Mme. Pavlova, Minister of ...") is a person the article names."""
    if m + 1 >= len(toks) or toks[m][2] != ",":
        return False
    k = m + 1
    if toks[k][2].lower() in ("the", "a", "an") and k + 1 < len(toks):
        k += 1
    return kind(toks[k][2]) in ("role", "mod") and bool(_ROLE_HINT.search(t[toks[k][0]:toks[min(k + 3, len(toks) - 1)][1]]))


def _title_word_before(toks, n: int, region_start: int | None = None) -> bool:
    """Whether the token(s) before position ``n`` (or the region starting at ``region_start``) close a title:
    a role/organisation word, or a place phrase after one ("Consul General of Australia in Chengdu")."""
    k = n - 1
    if region_start is not None:
        while k >= 0 and toks[k][0] >= region_start:
            k -= 1
        if k >= 1 and toks[k][2].lower() == "the":
            k -= 1  # "Head of the Republic of Buryatia X"
        if k >= 1 and toks[k][2][:1].isupper() and toks[k][2].endswith(("'s", "’s")):
            k -= 1  # "Governor of Mongolia's Selenge aimag X": the country owning the place is part of the title
    if k < 0:
        return False
    w = toks[k][2]
    if kind(w) in ("role", "org", "mod") and region_start is None:
        return True
    if w.lower() in ("and", "&") and region_start is None:
        # "Minister of Foreign Affairs and Trade X", "Minister for Trade and Investment X": the domains before "and"
        k -= 1
        while k >= 0 and ((toks[k][2][:1].isupper() and _is_word(toks[k][2])
                           and kind(toks[k][2]) in ("domain", "mod", None)) or (toks[k][2] == "," and k + 1 < n)):
            k -= 1  # ("Minister for State Development, Trade and Investment X": a list of domains)
        if k < 0:
            return False
        w = toks[k][2]
    if w.lower() not in ("in", "of", "to", "for"):
        return False
    for j in range(k - 1, max(-1, k - 9), -1):
        w2 = toks[j][2]
        kd = kind(w2)
        if kd in ("role", "org", "mod") or (kd == "domain" and w2[:1].isupper()):
            return True
        if not (_is_word(w2) and (w2[:1].isupper() or kd == "func")):
            return False
    return False


_NAME_SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}


def surname_mentions(doc: Doc, runs: list[Span], found: list) -> list[tuple[int, int, str]]:
    """"Doyle" after "Jim Doyle": a foreign person's family name alone is another mention of them
    (also Vietnamese and other names whose last word is the one used alone). (start, end, full name)."""
    by_last: dict[str, str] = {}
    found_extra: list[tuple[int, int, str]] = []
    for m in found:
        words = [w for w in m.name.split() if w.rstrip(".,") not in _NAME_SUFFIXES]  # Edmund G. Brown Jr. → Brown
        if len(words) >= 2 and not N.is_pinyin_name(words) and re.match(r"[A-Z]{3,}\b", doc.text[m.start:m.end]):
            by_last.setdefault(words[0], m.name)  # "PETROV, Ivan" ... "Petrov said"
        elif len(words) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]) and not N.is_pinyin_name(words):
            by_last.setdefault(words[0], m.name)  # Kim Jin-tae, Choi Moon-soon: a Korean family name comes first
        elif len(words) >= 2 and not N.is_pinyin_name(words) and len(words[-1]) > 2:
            by_last.setdefault(words[-1], m.name)
        elif len(words) == 1 and not m.weak and re.fullmatch(r"[A-Z][a-z]{3,}", words[0]) \
                and N.syllabify(words[0], 2) is None and _ONE_WORD_TAIL.match(doc.text, m.end) \
                and doc.text[max(0, m.start - 2):m.start] == ", ":
            by_last.setdefault(words[0], m.name)  # "Suharjo said" after "the Governor of East Java, Suharjo,"
    # "Zhang said" after "Zhang Guoqing": a Chinese name in pinyin is used alone by its family name,
    # which comes first; only when no other person of the article bears it
    pinyin: dict[str, set] = {}
    for m in found:
        words = m.name.split()
        if len(words) >= 2 and N.is_pinyin_name(words):
            pinyin.setdefault(words[0], set()).add(N.normalize_en(m.name))
    for fam, full in pinyin.items():
        if len(full) == 1 and fam not in by_last and not any(
                fam in m.name.split()[1:] for m in found):
            by_last[fam] = next(m.name for m in found if m.name.split()[0] == fam)
    # "Khamphan said" after "Khamphan Phommathat": Lao and Thai officials are named by their given name, which
    # comes first; only before a verb of speech or action, and only when one person of the article has it
    by_first: dict[str, set] = {}
    for m in found:
        words = m.name.split()
        if len(words) >= 2 and not N.is_pinyin_name(words) and not N.is_vietnamese_name(words) and \
                re.fullmatch(r"[A-Z][a-z]{3,}", words[0]) and "-" not in m.name:
            by_first.setdefault(words[0], set()).add(m.name)
    first_only = {w: next(iter(names)) for w, names in by_first.items() if len(names) == 1 and w not in by_last
                  and not any(w in x.name.split()[1:] for x in found)}
    # "Ramírez said" after "José Ramírez Núñez": a Spanish or Portuguese official is named by the first of two
    # family names; only before a verb of speech or after a word of meeting, and only when no one else has it
    by_second: dict[str, set] = {}
    for m in found:
        words = m.name.split()
        if len(words) == 3 and not N.is_pinyin_name(words) and not N.is_vietnamese_name(words) and \
                re.fullmatch(r"[^\W\d_]{4,}", words[1]) and words[1][:1].isupper() and "-" not in m.name:
            by_second.setdefault(words[1], set()).add(m.name)
    for w, names in by_second.items():
        if len(names) == 1 and w not in by_last and w not in first_only and not any(
                w in x.name.split() for x in found if x.name not in names):
            first_only[w] = next(iter(names))
    if not by_last and not first_only:
        return []
    taken = [(m.start, m.end) for m in found]
    if first_only:
        names = "|".join(map(re.escape, first_only))
        pat1 = re.compile(r"\b(" + names + r")\b(?=\s+(?:said|says|noted|added|stressed|"
                          r"expressed|thanked|proposed|hoped|invited|agreed|affirmed|emphasized|emphasised)\b)"
                          # ("held discussions with Bounthavy at …", "met Khamphan in …": after a word of meeting)
                          r"|(?<=\bwith )(" + names + r")\b(?!\s+[A-Z])|(?<=\bmet )(" + names + r")\b(?!\s+[A-Z])")
        for run in runs:
            for mm in pat1.finditer(doc.text, run.start, run.end):
                s, e = mm.start(), mm.end()
                if any(a <= s < b for a, b in taken) or (s > 0 and (doc.text[s - 1].isalpha() or doc.text[s - 1] == "-")):
                    continue
                taken.append((s, e))
                word = mm.group(mm.lastindex)
                by_last.pop(word, None)
                yield_ = (s, e, first_only[word])
                found_extra.append(yield_)
    if not by_last:
        return list(found_extra)
    out = []
    pat = re.compile(r"\b(" + "|".join(map(re.escape, by_last)) + r")\b(?!\s+[A-Z])")
    for run in runs:
        for mm in pat.finditer(doc.text, run.start, run.end):
            s, e = mm.start(), mm.end()
            if any(a <= s < b for a, b in taken) or (s > 0 and doc.text[s - 1].isalpha()):
                continue
            prev = doc.text[max(0, s - 14):s]
            word = re.search(r"([A-Z][a-z]+)\s+$", prev)
            if word and not re.search(
                    r"(Gov\.|Governor|Mayor|Mr\.?|Ms\.?|Mrs\.?|Mme\.?|Minister|Secretary|Chairman|President|Dr\.?)\s+$",
                    prev) and word.group(1) not in _COUNCIL_TITLES:
                continue  # part of another capitalised name (not after a council title: "Cllr Brosnan")
            out.append((s, e, by_last[mm.group(1)]))
    return out + found_extra


_CAPTION_AFTER = re.compile(r"\s*\((?:left|right|cent(?:re|er)|front|middle|[a-z]+ from (?:left|right)|\d|L|R|C)\b|"
                            r"\s*,\s*(?:the\s+|an?\s+)?[A-Za-z\-]+(?:\s+[A-Za-z\-]+){0,3}\s+of\b", re.I)


def en_byline(before: str, after: str = "") -> bool:
    tail = re.split(r"[()\[\]\n]", before)[-1]
    if BYLINE_EN.search(tail):
        if re.search(r"(?i)\bphotos?\s*:?\s*$", tail) and after and (
                _CAPTION_AFTER.match(after) or _CONFIRM_AFTER.match(after)):
            return False  # "Photo: X (left), Minister of Y, shakes hands with Z": a caption names who is shown
        return True
    if re.search(r"(?i)\b(source|photo|xinhua|vna|afp|ap|reuters|kyodo|yonhap|tass|montsame)\s*[:/]\s*(\w+\s*/\s*)?$", tail):
        return True  # "Source: Xinhua/Zhang Wei", "Photo: VNA/…": a credit
    # "(Reporter A, B)": inside a parenthesis that opened with a byline word
    par = before.rfind("(")
    if par != -1 and ")" not in before[par:]:
        head = before[par + 1:].lstrip()
        if re.match(r"(reporters?|correspondents?|by|photo|editor)\b", head, re.I) or re.search(
                r"\b(reporters?|correspondents?|editors?|photos? by|translators?)\s*:", head, re.I):
            return True
    return False


_TYPE_WORD_AFTER = re.compile(r"\s+(?:[Pp]rovince|[Pp]refecture|[Cc]ity|[Cc]ounty|[Dd]istrict|[Kk]rai|[Kk]ray|[Oo]blast|"
                              r"[Aa]imag|[Rr]egion|[Tt]own|[Tt]ownship|[Vv]illage|[Mm]unicipality)\b")


def _named_with_type_word(text: str, span: str) -> bool:
    """``span`` is written somewhere in ``text`` as a word followed by a place's type word ("Luang Namtha
    Province"): found by plain search, with no pattern compiled per name."""
    if not span:
        return False
    word = span[0].isalnum() or span[0] == "_"
    at = text.find(span)
    while at != -1:
        before = text[at - 1] if at else ""
        if (not word or not (before.isalnum() or before == "_")) and _TYPE_WORD_AFTER.match(text, at + len(span)):
            return True
        at = text.find(span, at + 1)
    return False


@lru_cache(maxsize=1)
def event_nouns() -> frozenset:
    """The one-word nouns of meetings, venues and delegations in the English trigger table (meeting, forum,
    symposium, delegation, expo …) and their plurals: words of an event's name, never of a person's."""
    from ..lang import read_table

    words = {r.form.lower() for r in read_table("en", "triggers") if r.kind in ("conference", "venue", "deleg")
             and " " not in r.form and r.form.lower() != "event"}
    return frozenset(words | {w + "s" for w in words})


def clean_person(doc: Doc, text: str, s: int, e: int, shift: int, pinyin_only: bool = False) -> list[tuple[int, int]]:
    """Clean an entity span: strip titles, possessives and headline verbs, take in a hyphenated given name
    or leading initials, split merged pinyin names, drop bodies and places."""
    cut = max(text.rfind(c, s, e) for c in ");]")
    if cut != -1:  # "Director);Diego Vallejo" (a bracket and a semicolon folded from full width): the name after
        s = cut + 1
        while s < e and text[s] == " ":
            s += 1
        if s >= e:
            return []
    slash = text.find("/", s, e)
    if slash != -1:  # "Aminah Jaafar / Huang Yating": a bilingual table's two names, each cleaned alone
        k = slash + 1
        while k < e and text[k] == " ":
            k += 1
        j = slash
        while j > s and text[j - 1] == " ":
            j -= 1
        return [x for a, b in ((s, j), (k, e)) if b > a
                for x in clean_person(doc, text, a, b, shift, pinyin_only)]
    # "… met with Zhang Jun.": the tokenizer keeps a sentence's full stop with a word that is also an abbreviation
    # (Jun., Jan.); an initial ("Phoutthavong V.") or "Jr." keeps its dot
    mf = re.search(r"\b([A-Z][a-z]+)\.$", text[s:e])  # ("Ms Carmen Ho.": a two-letter family name too)
    if mf and mf.group(1) not in ("Jr", "Sr", "Snr", "Jnr", "St", "Dr", "Mr", "Ms", "Mrs"):
        e -= 1
    # "Choi Moon-soon": spaCy stops at the lower-case half of a hyphenated given name
    mh = re.match(r"-[a-z]+\b", text[e:e + 12])
    if mh:
        e += mh.end()
    # "Ursula von der Leyen": the model stops at the name particles; the capitalised family name after them
    if re.search(r"\s(?:von|van|der|den|de|da|di|du|del|della|bin|binti|al)$", text[s:e]):
        mp = re.match(r" [A-Z][\w'’\-]+\b", text[e:e + 30])
        if mp:
            e += mp.end()
    # "VOLKOV, Andrei Petrovich": the model took the given names alone; the family name in capitals before them
    mc = re.search(r"(?<![\w.])([A-Z]{3,14}),?\s+$", text[max(0, s - 18):s])
    if mc and kind(mc.group(1)) is None and re.search(r"[AEIOUY]", mc.group(1)) and not demonym_country(mc.group(1)) \
            and not any(r.start <= shift + s - len(mc.group(0)) < r.end for r in doc.layer("regions")):
        s -= len(mc.group(0))
    # "Governor of Primorsky Krai Oleg N. Kozhemyako": the model starts at the middle initial; the given name
    # before it (no title word, no place's word) is the name's
    mg = re.search(r"(?<![\w.\-’'])([A-Z][a-z]{2,}) $", text[max(0, s - 16):s]) if re.match(r"[A-Z]\.\s*[A-Z]", text[s:e]) \
        else None
    if mg and kind(mg.group(1)) is None and not demonym_country(mg.group(1)) \
            and not any(r.start <= shift + s - len(mg.group(0)) < r.end for r in doc.layer("regions")):
        s -= len(mg.group(0))
    # "C Y Leung": leading initials
    while s >= 2 and re.match(r"[A-Z] $", text[s - 2:s]) and (s == 2 or not text[s - 3].isalpha()):
        s -= 2
    # "Larnach Castle and", "Jean-Louis Martin of": a trailing conjunction or preposition is no part of a name
    while re.search(r"\s+(and|or|&|of|in|from|at|for|to|with)$", text[s:e]):
        e = s + re.search(r"\s+(and|or|&|of|in|from|at|for|to|with)$", text[s:e]).start()
    mh = re.match(r"(?:The|the)\s+(?:Rt\.?\s+Hon\.?|Right\s+Honou?rable|Honou?rable|Hon\.?)\s+", text[s:e])
    if mh:  # "The Rt Hon Michael Wood": an honorific, not "the" before a thing's name
        s += mh.end()
    if re.match(r"(?i)the\s", text[s:e]) or re.search(r"(?<![A-Za-z])the\s+$", text[max(0, s - 5):s]):
        return []  # "the Kim Thanh border gate": a name after "the" is a thing's, not a person's
    ml = _AFTER_PLACE_LIST.search(text[max(0, s - 60):s])
    if ml and not re.search(r"\band\s+$", ml.group(0)) and not re.match(r"\s*(?:,|and\b)", text[e:e + 6]) \
            and _CONFIRM_AFTER.match(text, e):
        ml = None  # "Meeting in Dresden, Karl Weber said": the clause after a place, no list going on
    if _AFTER_PLACE_WORD.search(text[max(0, s - 16):s]) or ml or _LEGAL_FORM_BEFORE.search(text, max(0, s - 6), s):
        return []  # "welcomed the guests to Sa Pa", "toured Ha Long": a place the gazetteer does not know (or,
        # after PT or JSC, a company)
    span = text[s:e]
    # a place the name was glued to ("Chengdu Adelle Neary")
    for r in doc.layer("regions"):
        if r.start < shift + s < r.end < shift + e and text[r.end - shift:r.end - shift + 1] == " ":
            s = r.end - shift + 1  # "… of Central Java Suharjo": the model began inside the place's name
            span = text[s:e]
            continue
        rest = text[r.end - shift + 1:e].split()
        if r.start == shift + s and r.end < shift + e and len(rest) == 1 and kind(rest[0]) is not None:
            return []  # "Harbin Mayor": a place and a title word
        if r.start == shift + s and r.end < shift + e and text[r.end - shift:r.end - shift + 1] == " " and \
                len(rest) >= 2:  # "Victoria Spackman": one word left is no name, the place word is the given name
            s = r.end - shift + 1
            span = text[s:e]
            break
    if is_body(span):
        return []
    if _named_with_type_word(doc.text, span):
        return []  # "Khamphan said Luang Namtha values ...": a place the article names with its type word elsewhere
    if _PLACE_BEFORE_TITLE.match(text, e):
        return []  # "Luang Namtha Governor Phoutthavong V.": a place naming the office of the name after it
    span_s = s
    mh = re.match(r"(?:(?:H\.E\.|J\.E\.|His Excellency|Her Excellency|The Honou?rable|Hon\.)\s+)+", span)
    if mh:
        span_s += mh.end()
        span = span[mh.end():]
    mt = re.match(r"((?:Vice |Deputy |Executive |Lieutenant |Lt\. )?(?:Governor|Gov|Mayor|Secretary|Chairman|Chairwoman|"
                  r"President|Director|Minister|Premier|Ambassador|Consul|Mr|Mrs|Ms|Mme|Dr|Madam|Comrade|Speaker|"
                  r"Cr|Cllr|Councillor|Councilor|Sen|Rep|Senator|Akim|Hakim|Hokim|Khokim)\.?\s+)",
                  span)
    if mt:
        span_s += mt.end()
        span = span[mt.end():]
    mh = re.match(r"(?:(?:H\.E\.|J\.E\.|His Excellency|Her Excellency|The Honou?rable|Hon\.)\s+)+", span)
    if mh:
        span_s += mh.end()
        span = span[mh.end():]
    span = re.sub(r"['’]s$", "", span)
    while True:  # "Counsellor Liu Bin", "Minister Counsellor Liu Bin": any title word the list above lacks
        mw = re.match(r"([A-Z][a-z]+|[A-Z]{2,4})\.?\s+(?=[A-Z][^\s]*\s+[A-Z]|[A-Z][a-z]?\.[A-Z][a-z]+$|[A-Z][a-z]+$)", span)  # "Culture B.Tsogt"
        if not mw or kind(mw.group(1)) not in ("role", "mod", "honorific", "domain"):
            break  # "Agriculture Tom Beller" (the model's cut of "Secretary of Agriculture Tom Beller")
        span_s += mw.end()
        span = span[mw.end():]
    tokens_ = list(re.finditer(r"[^\W\d_][\w'’\-\.]*", span))
    cut = next((k for k, tk in enumerate(tokens_) if k >= 2 and _HEADLINE_VERB.match(tk.group(0))), None)
    if cut is not None:
        tokens_ = tokens_[:cut]  # "Wang Lei Meets Russian Guests": the headline goes on after its verb
    while tokens_ and _HEADLINE_VERB.match(tokens_[-1].group(0)):
        tokens_.pop()  # "Li Xiaolin Attends ...": a headline verb after the name
    while tokens_ and _HEADLINE_VERB.match(tokens_[0].group(0)):
        tokens_.pop(0)
    if not tokens_:
        return []
    words = [t.group(0) for t in tokens_]
    if N.is_pinyin_name(words):
        groups = [words]
    else:
        groups = N.split_merged_pinyin_names(words) if len(words) >= 3 else []
        if not groups or not all(N.is_pinyin_name(g) for g in groups):
            if pinyin_only or len(words) == 1:
                return []  # a single token is rarely a full name here
            return [(span_s + tokens_[0].start(), span_s + tokens_[-1].end())]
    out = []
    cursor = 0
    for g in groups:
        first = span.find(g[0], cursor)
        if first < 0:
            break
        end = first + len(g[0])
        for w in g[1:]:
            k = span.find(w, end)
            if k < 0:
                break
            end = k + len(w)
        cursor = end
        out.append((span_s + first, span_s + end))
    return out


_SPEECH_AFTER = re.compile(r"\s*(?:,\s*(?:who|a|an|the)\s|(?:also\s+)?(?:said|says|told|noted|stressed|added|"
                           r"thanked|expressed|hoped|spoke|remarked|recalled|emphasi[sz]ed|welcomed)\b)")
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[’'\-][A-Z]?[a-z]+)?")


def person_tagged_otherwise(doc: Doc, text: str, s: int, e: int, shift: int) -> bool:
    """A span the model tags as an organisation or a place ("Darin LaHood" as ORG) that is a person's name: two
    or three capitalised name words, none a title, organisation, place or function word, with a title word or
    an honorific right before it or a verb of speech or an apposition right after it."""
    words = text[s:e].split()
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if any(kind(w) is not None or w.lower() in _NOT_NAME for w in words) or is_body(text[s:e]):
        return False
    if any(r.start < shift + e and shift + s < r.end for r in doc.layer("regions")) or demonym_country(words[0]):
        return False
    before = text[max(0, s - 30):s]
    mt = re.search(r"([A-Z][\w.]*)\s+$", before)
    if mt and kind(mt.group(1)) in ("role", "honorific"):
        return True  # "Congressman Darin LaHood", "Mr. Darin LaHood"
    if re.search(r"(?:^|[.!?\n]\s*|\b(?:and|by|with)\s+)$", before) and _SPEECH_AFTER.match(text, e):
        return True  # "Darin LaHood said", "... by Darin LaHood, a member of ..."
    return False


def in_place_list(doc: Doc, s: int, e: int) -> bool:
    """A candidate standing in a comma/"and" list whose neighbours are places ("Ca Mau, Ninh Thuan, Ninh Binh
    and Vinh Long") is a place too."""
    t = doc.text
    if N.is_pinyin_name(t[s:e].split()):
        return False  # "Changchun City, and Liu Huawen": Chinese places are one word in pinyin, names two
    mt = re.match(r",\s+(?:the\s+)?([A-Za-z\-]+)", t[e:e + 30])
    if mt and kind(mt.group(1)) in ("role", "mod"):
        return False  # "…, and Vu Thi Lan, deputy director of …": a titled person
    regs = doc.layer("regions")
    before = re.search(r"([^\s,]+(?: [^\s,]+){0,2}?)(?:,| and|, and)\s+$", t[max(0, s - 40):s])
    after = re.match(r"(?:,| and|, and)\s+", t[e:e + 8])
    if before and not after and not re.search(r"and\s+$", t[max(0, s - 6):s]) and re.match(
            r"\s+(?:also\s+)?(?:said|says|met|meets|noted|stressed|added|told|received|welcomed|hosted|led|visited|"
            r"signed|attended|thanked|expressed|presided|chaired|delivered)\b", t[e:e + 20]):
        return False  # "In Saxony, Karl Weber met ...": the clause after an opening place, no list
    near = []
    if before:
        b_end = s - (len(t[max(0, s - 40):s]) - before.end(1))
        near.append(b_end)
    hit = 0
    for r in regs:
        if before and r.end == near[0]:
            hit += 1
        if after and r.start == e + after.end() and re.match(r"\s*(,|and\b|\.|;|\)|$)", t[r.end:r.end + 5]):
            hit += 1  # "Ca Mau, Ninh Thuan, Ninh Binh": the next item is a place ("Li Hui, China's ..." is no list)
    lead = re.split(r"[.;:!?\n]", t[max(0, s - 120):s])[-1]  # "The Governor of Khabarovsk Territory, X Y, said"
    return hit >= 1 and bool(before or after) and not _ROLE_HINT.search(lead)


@lru_cache(maxsize=1)
def _demonyms() -> list[tuple[re.Pattern, str]]:
    from ..lang import demonyms  # one table of nationality words for English: liaison/lang/en/demonyms.tsv

    return [(re.compile(r"\b" + re.escape(form) + r"\b", 0 if form.isupper() else re.I), code)
            for form, code in sorted(demonyms().items(), key=lambda r: -len(r[0]))]


def demonym_country(phrase: str) -> str | None:
    """ISO code of the first nationality adjective in a title ("Vietnamese Consul General" -> VN)."""
    best = None
    for rx, code in _demonyms():
        m = rx.search(phrase)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), code)
    return best[1] if best else None


# a council member's titles before the family name alone ("Cllr Brosnan", "Provost Reid")
_COUNCIL_TITLES = frozenset({"Cllr", "Cr", "Councillor", "Councilor", "Provost", "Convener", "Alderman"})
# words naming a body, not a place, before a title ("Port Executive Director X": the port authority's)
# a place's type word alone ("Town Mayor", "the County Clerk"): no place's name, and no person's
TYPE_WORDS = frozenset({"town", "village", "parish", "borough", "township", "community", "county", "city", "district",
                        "province", "state", "municipality", "region"})
_BODY_WORDS = {"port", "airport", "harbor", "harbour", "university", "college", "hospital", "company", "group", "bank",
               "museum", "library", "school", "authority", "commission", "agency"} | TYPE_WORDS
_TYPE_LEVEL = {"province": 1, "state": 1, "prefecture": 1, "aimag": 1, "kray": 1, "krai": 1, "oblast": 1,
               "region": 1, "county": 2, "city": 2, "district": 3, "municipality": 2, "town": 3}


def unknown_place(doc: Doc, ps: int, pe: int) -> tuple[str, int] | None:
    """A place a title names that the gazetteer does not know: "Porirua Mayor", "Benguet Board Members",
    "Northern Samar's Provincial ... Office", "Governor of Khentii aimag", "the Quang Ninh provincial Party
    Committee". Returns (name, level) or None. Acronyms, nationality words and known regions are skipped."""
    t = doc.text
    toks = tokens(t, ps, pe)
    if any(ps <= r.start and r.end <= pe for r in doc.layer("regions")):
        return None
    n = 0
    while n < len(toks):
        s, e, w = toks[n]
        if not (_is_word(w) and w[:1].isupper() and kind(w) is None and not w.isupper()
                and w.lower() not in _NOT_NAME and w.lower() not in _BODY_WORDS and demonym_country(w) is None):
            n += 1
            continue
        run = [toks[n]]
        m = n + 1
        while m < len(toks) and _is_word(toks[m][2]) and toks[m][2][:1].isupper() and kind(toks[m][2]) is None \
                and not toks[m][2].isupper() and len(run) < 3 and t[run[-1][1]:toks[m][0]] in (" ", "-"):
            run.append(toks[m])
            m += 1
        name = t[run[0][0]:run[-1][1]]
        possessive = bool(re.search(r"[’']s$", name))
        name = re.sub(r"[’']s$", "", name)
        nxt = toks[m][2] if m < len(toks) else ""
        prev = toks[n - 1][2].lower() if n else ""
        level = _TYPE_LEVEL.get(nxt.lower())
        if possessive or kind(nxt) in ("org", "role", "mod") or (prev in ("of", "in") and m >= len(toks)) or (
                prev in ("of",) and level):
            if level is None:
                low = t[ps:pe].lower()
                level = 2 if re.search(r"mayor|city|municipal|council", low) else 1
            return name, level
        n = m
    return None


_CONFIRM_AFTER = re.compile(  # ("Maria Garcia of California met ...": the place a name is from may come first)
    r"(?:\s*,\s*\d{1,3}\s*,)?(?:\s+of\s+(?-i:[A-Z])[\w'’\-]*(?:\s+(?-i:[A-Z])[\w'’\-]*){0,2})?(?:[ \t]*\(|\s*(?:['’]s\b|,\s*(?!and\b|or\b)[a-z]|(?:also\s+|then\s+|later\s+)?(?:said|says|noted|notes|"
    r"stressed|stresses|added|adds|told|tells|met|meets|received|receives|visited|visits|led|leads|signed|signs|"
    r"attended|attends|thanked|thanks|welcomed|welcomes|expressed|expresses|hoped|hopes|pointed|spoke|speaks|"
    r"delivered|delivers|presented|presents|introduced|introduces|explained|explains|announced|praised|"
    r"congratulated|agreed|agrees|invited|invites|hosted|hosts|chaired|chairs|presided|presides|underlined|"
    r"underscored|emphasized|emphasised|highlighted|briefed|proposed|suggested|wished|extended|accompanied|"
    r"witnessed|inspected|toured|paid|held|holds|called|calls|urged|urges|believes|believed|affirmed|"
    r"appreciated|acknowledged|shared|asked|answered|replied|commented|remarked|recalled|reiterated|"
    r"has|had|was|is|will|would|and\s+his|and\s+her)\b))", re.I)
_CONFIRM_BEFORE = re.compile(r"(?:[\u4e00-\u9fff][(（]|\b(?:by|with|said|(?:present|attending|there)\s+(?:were|was)|including|says|told|thanked|met|meets|"
                             r"according\s+to|invited|welcomed|received|congratulated|counterparts?(?:\s+from\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})?\s*,?)|[“\"]|\b(?:Mr|Mrs|Ms|Dr|Prof|"
                             r"Madam|Mme|Sir|Hon|H\.E)\.?)\s*$", re.I)


def confirmed_person(doc: Doc, s: int, e: int) -> bool:
    """The text around a candidate name says it is a person: a verb of speech or action after it ("X said",
    "X met"), a lower-case apposition (", chief executive of …"), a possessive, 'by'/'with'/'said'/an honorific
    before it, a bracket right after a Chinese name (梅德敦(Harold Middleton))."""
    t = doc.text
    mk = _KOREAN.fullmatch(t[s:e])
    if mk and mk.group(1) in _korean_surnames() and kind(mk.group(2)) is None:
        return True  # "Lee Min-ji": a Korean family name and a hyphenated given name are a name by their shape
    if _CONFIRM_AFTER.match(t, e) or _CONFIRM_BEFORE.search(t[max(0, s - 60):s]):
        return True
    mt = re.search(r"\b([A-Z][a-z]+)\s+$", t[max(0, s - 30):s])
    return bool(mt and kind(mt.group(1)) == "role")  # "met with Assemblywoman Maria Garcia": a title word before it


_CAP_WORD = re.compile(r"[^\W\d_][^\W\d_]*")


def vietnamese_names(doc: Doc, text: str, shift: int) -> list[tuple[int, int]]:
    """Vietnamese names the model misses or cuts ("Nguyen Van Hung and Le Thi Thu Hang attended", "Party
    Secretary Dang Quoc Khanh"): 3-5 capitalised syllables opening with a family name (``N.is_vietnamese_name``),
    not a place the gazetteer knows, not a place or body named by the word after it ("Ho Chi Minh City"), not
    after a travel word ("toured Ha Long Bay")."""
    words = [(m.start(), m.end(), m.group(0)) for m in _CAP_WORD.finditer(text)]
    regions = [(r.start - shift, r.end - shift) for r in doc.layer("regions")]
    out: list[tuple[int, int]] = []
    i = 0
    starts = N.vietnamese_surname_flags([w for _, _, w in words])  # a name opens with a family name: test only there
    while i < len(words):
        best = None
        if not starts[i]:
            i += 1
            continue
        for n in range(5, 2, -1):
            grp = words[i:i + n]
            if len(grp) < n or any(text[a[1]:b[0]] != " " for a, b in zip(grp, grp[1:])):
                continue
            ws = [w for _, _, w in grp]
            if any(kind(w) is not None or w.lower() in _NOT_NAME for w in ws):
                continue
            if N.is_vietnamese_name(ws):
                best = grp
                break
        if best is None:
            i += 1
            continue
        s, e = best[0][0], best[-1][1]
        i += len(best)
        if s > 0 and (text[s - 1].isalpha() or text[s - 1] == "-"):
            continue
        nxt = re.match(r"\s+([A-Z][\w'’]*)", text[e:e + 30])
        if nxt and (kind(nxt.group(1)) == "org" or is_body(nxt.group(1)) or nxt.group(1) in ("City", "Province")):
            continue  # "Ho Chi Minh City", "Ha Long Bay Authority"
        if any(a < e and s < b for a, b in regions):
            continue
        if _AFTER_PLACE_WORD.search(text[max(0, s - 16):s]) or text[max(0, s - 4):s].lower() == "the ":
            continue
        out.append((s, e))
    return out


# Malaysian and Bruneian honorifics and styles before a name ("Datuk Seri Panglima", "Tan Sri Dr.", "Dato' Sri",
# "Yang Berhormat"): titles, never part of the name; the model cuts such names at the honorific
_MALAY_HONORIFIC = (r"(?:(?:Tan|Puan|Toh)\s+Sri|Toh\s+Puan|Datuk\s+Seri\s+Panglima|Datuk\s+Seri|Datuk\s+Sri|"
                    r"Dato['’]?\s+Seri|Dato['’]?\s+Sri|Datin\s+Paduka|Datin\s+Seri|Datin\s+Sri|Datuk|Dato['’]?|Datin|"
                    r"Tun|Yang\s+(?:Amat\s+)?Berhormat|YAB|YB|YBhg\.?|Haji|Hajah|Hj\.?|Dr\.?|Prof\.?|Professor|"
                    r"Ir\.?|Ts\.?|Mr\.?|Mrs\.?|Ms\.?|Madam|Encik|Puan|Cik)")
_MALAY_NAME = re.compile(
    r"(?<![\w'’])((?:" + _MALAY_HONORIFIC + r"\s+)+)"
    r"((?:[A-Z][\w'’\-]*\.?|@)(?:\s+(?:[A-Z][\w'’\-]*|binti|bin|bt\.?|b\.|a/[lp]|@|d/o|s/o|van|de)){0,5})")
_MALAY_BEFORE = re.compile(r"(?<![\w'’])(?:" + _MALAY_HONORIFIC + r"\s+)+$")
_MALAY_ONLY = re.compile(r"\b(?:Sri|Datuk|Dato|Datin|Tun|Berhormat|YAB|YB|Toh Puan)\b")


def malay_names(text: str) -> list[tuple[int, int, int]]:
    """Names after Malaysian honorifics ("Datuk Seri Panglima Hajiji Noor", "Tan Sri Dr. Jeffrey Kitingan"):
    the words after the honorifics up to a title word, a place type or a lower-case word (bin/binti stay in).
    (start of the honorifics, start of the name, end of the name)."""
    out = []
    for m in _MALAY_NAME.finditer(text):
        if not _MALAY_ONLY.search(m.group(1)):
            continue  # "Dr. Jane Smith": the other honorifics are read elsewhere
        s = m.start(2)
        words = list(re.finditer(r"\S+", m.group(2)))
        keep = []
        for w in words:
            tok = w.group(0)
            bare = tok.rstrip(".,")
            if tok[:1].isupper() and (kind(bare) is not None or bare.lower() in _NOT_NAME or is_body(bare)):
                break
            keep.append(w)
        while keep and not keep[-1].group(0)[:1].isupper():
            keep.pop()  # "Ahmad bin": a particle never ends a name
        if len(keep) < 1 or (len(keep) == 1 and len(keep[0].group(0)) < 4):
            continue
        out.append((m.start(), s + keep[0].start(), s + keep[-1].end()))
    return out

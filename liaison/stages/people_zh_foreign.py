"""Foreign names written in characters inside Chinese text: Japanese kanji names and transliterations.

LAC was trained on Chinese names: a Japanese name (仁坂吉伸, 下宏, 荻生田一郎, 塩田康一) has no Chinese surname
and is often cut, glued to the title before it, or tagged as a verb. What marks it is its place in the
sentence: right after a Japanese office (知事, 副知事, 町长, or 市长, 议长, 议员 of a Japanese place:
日本X县知事Y, 八王子市议会副议长Y) or right before one (Y知事). The name is the run of 2–5 Han
characters from there to the next cue that closes a name (出席, 表示, 率, 、, 等 …). 和 and 与 close it only
when another title follows (知事甲和副知事乙), because Japanese given names use them (和也).

The same holds for any foreign head of government or diplomat written in characters without the
middle dot (滨海边疆区州长科热米亚科举行会谈, 东戈壁省省长巴特额尔德尼): after a head's title whose phrase names
a foreign place, the run of 2–7 characters up to a cue is the name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc
from ..names import travel_after_name_zh

# offices only Japan (and Korea's provinces, 道知事) writes this way
_JA_ONLY = ("副知事", "知事", "町长", "村长")
# offices that are Japanese when a Japanese place or 日本 comes right before them
_JA_IF_PLACE = ("副市长", "市长", "副议长", "议长", "众议员", "参议员", "议员", "副町长", "町长")
# heads and diplomats of any foreign place: a name after them is foreign when the title names a foreign place
_FOREIGN_HEADS = ("州长", "省长", "副省长", "市长", "副市长", "总统", "副总统", "总理", "首相", "议长", "外长", "部长",
                  "大使", "总领事", "领事", "主席", "副主席", "行政长官")
_TITLE = re.compile("(" + "|".join(sorted(set(_JA_ONLY + _JA_IF_PLACE + _FOREIGN_HEADS), key=len, reverse=True))
                    + ")")
_NOT_FOREIGN = (None, "CN", "HK", "MO", "TW")
_CUE = re.compile(r"(?:出席|参加|表示|指出|会见|会谈|会晤|举行|访问|抵达|见证|签署|签约|致辞|讲话|介绍|分别|代表|一行|率领|带领|"
                  r"陪同|主持|接见|欢迎|会面|参访|参观|考察|来访|到访|访华|拜会|拜访|出访|昨日|今日|昨天|今天|日前|近日|当天|"
                  r"等|率|说|于|在|通过|" + travel_after_name_zh() + "|"
                  r"先生|女士|阁下|一同|共同|也|亦|皆|还|为|对|向|的|将|已|以|[、，,。；;：:！!？?（(）)\s“”\"「」])")
_AND = re.compile(r"[和与及](?=(?:日本)?[\u4e00-\u9fff]{0,6}?(?:" + "|".join(map(re.escape, _JA_ONLY + _JA_IF_PLACE)) + "))"
                  # 与 before any office of another side (知事甲与辽宁省副省长乙): given names rarely hold 与
                  r"|与(?=[\u4e00-\u9fff]{0,10}?(?:长|书记|主任|主席|大使|领事|议员|部长|知事|代表团|一行))")
_HAN = re.compile(r"[\u4e00-\u9fff\u3005]")  # 々 repeats a kanji (佐々木)
# (上, 中, 内 open or end many Japanese family names: 田中, 井上, 竹内, 中村; not function characters here)
# (和 is no function character here: Japanese given names hold it — 和夫, 和也, 和子; 知事甲和副知事乙 is _AND's)
# a one-character verb right after an office that no Japanese name opens with (知事率团, 知事赴京)
_LEADS_ON = set("率赴抵访致带")
_FUNCTION = set("的了是在与及等为对向也还就已又将这那其之所以而并或被把让从到于外个们会议届次位名")
_VERB_START = set("再来赴到访抵率带出参会见致表指前将拟曾已正又还也")
_NOT_NAME = re.compile(r"^(下午|上午|中午|下旬|上旬|中旬|下一|下步|今天|昨天|近日|日前|目前|当天|随后|此次|本次|中方|上述|内容|"
                       r"一行)")


def _japanese_place_before(doc: Doc, pos: int) -> bool:
    """The title ending at ``pos`` is a Japanese office: 日本 or a Japanese place in its phrase, or a place no
    table knows (八王子市议会) in an article that names Japanese places and no Chinese one in that phrase."""
    t = doc.text
    k = pos
    while k > 0 and pos - k < 16 and t[k - 1] not in "，,。；;：:、！？\n（）()":
        k -= 1
    if "日本" in t[k:pos]:
        return True
    inside = [r for r in doc.layer("regions") if k <= r.start and r.end <= pos]
    if any(getattr(r.value, "country", None) == "JP" for r in inside):
        return True
    return (not inside and bool(re.search(r"[\u4e00-\u9fff]{2,4}[市町村县](议会)?$", t[k:pos]))
            and any(getattr(r.value, "country", None) == "JP" for r in doc.layer("regions")))


def _foreign_place_before(doc: Doc, pos: int) -> bool:
    """The title ending at ``pos`` names a foreign place (not China, Hong Kong, Macao or Taiwan) in its phrase."""
    t = doc.text
    k = pos
    while k > 0 and pos - k < 16 and t[k - 1] not in "，,。；;：:、！？\n（）()":
        k -= 1
    inside = [r for r in doc.layer("regions") if k <= r.start and r.end <= pos and not isinstance(r.value, tuple)]
    # the places written right before the title, one after another (会见了俄罗斯滨海边疆区州长: not 在长春 before the verb)
    chain, at = [], pos
    for r in sorted(inside, key=lambda x: -x.end):
        if r.end == at:
            chain.append(r)
            at = r.start
    if chain:
        inside = chain
    return bool(inside) and all(getattr(r.value, "country", None) not in _NOT_FOREIGN for r in inside)


def _name_after(t: str, s: int, limit: int, longest: int = 5) -> int | None:
    """End of a name of 2-``longest`` characters starting at ``s``, or None."""
    for n in range(2, longest + 1):
        e = s + n
        if e > limit or not all(_HAN.match(c) for c in t[s:e]):
            return None
        if _CUE.match(t, e) or _AND.match(t, e) or e == limit:
            return e
    return None


def kanji_mentions(doc: Doc, start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of Japanese names around Japanese offices in ``doc.text[start:end]`` that ``taken`` (the names
    found so far) does not cover; a span longer than a name found inside it replaces it (仁坂吉 → 仁坂吉伸)."""
    t = doc.text
    out: list[tuple[int, int]] = []
    for m in _TITLE.finditer(t, start, end):
        word = m.group(1)
        japanese = (word in _JA_ONLY or word in _JA_IF_PLACE) and (word in _JA_ONLY or _japanese_place_before(doc, m.start()))
        foreign = not japanese and word in _FOREIGN_HEADS and _foreign_place_before(doc, m.start())
        if not (japanese or foreign):
            continue
        s = m.end()
        e = _name_after(t, s, end, 5 if japanese else 7)
        cue = _CUE.match(t, s)
        if cue is not None and (len(cue.group(0)) >= 2 or t[s] in _LEADS_ON):
            e = None  # 议长陪同, 知事出席: a verb after the office, the name was written before it
        if e is not None and not set(t[s:e]) & _FUNCTION and not _TITLE.match(t, s) and not _NOT_NAME.match(t[s:e]):
            out.append((s, e))
            continue
        # Y知事: the name before the office, after a delimiter or a Japanese place
        if word not in _JA_ONLY:
            if japanese and word in _JA_IF_PLACE:
                # 冈山县议会Y议长, 甲府市Y市长: the name between the Japanese place (or its 议会) and the office
                k = m.start()
                lo = max(start, k - 12)
                cut = max([r.end for r in doc.layer("regions") if lo <= r.start and r.end < k - 1
                           and getattr(r.value, "country", None) == "JP"] + [-1])
                body = t.rfind("议会", lo, k)
                if body >= 0 and body + 2 > cut:
                    cut = body + 2
                if cut > 0 and 3 <= k - cut <= 5 and all(_HAN.match(c) for c in t[cut:k]) \
                        and not set(t[cut:k]) & _FUNCTION and not _role_inside(t[cut:k]):
                    out.append((cut, k))
            continue
        k = m.start()
        j = k
        while j > start and _HAN.match(t[j - 1]) and k - j < 5:
            j -= 1
        for r in doc.layer("regions"):
            if r.start < k and j < r.end <= k and getattr(r.value, "country", None) == "JP":
                j = max(j, r.end)
        if t[k - 1:k] in "町村市县" and t[k - 1] == word[0]:
            continue  # 美瑛町町长: the place the office is of, not a name
        if 3 <= k - j <= 5 and not set(t[j:k]) & _FUNCTION and (j == start or not _HAN.match(t[j - 1]) or any(
                r.end == j for r in doc.layer("regions"))):
            out.append((j, k))
    kept = []
    # a place opening the name, two characters or more before its end, is the family name (市长中山义隆: 中山 is
    # also a city of Guangdong; 知事长崎美代子)
    regions = [(r.start, r.end) for r in doc.layer("regions")
               if not (not isinstance(r.value, tuple) and any(a == r.start and r.end <= b - 2 for a, b in out))]
    for a, b in out:
        if any(x <= a and b <= y for x, y in taken) or any(x < b and a < y for x, y in regions):
            continue  # 知事再访屏东: a place inside makes it no name
        if t[a] in _VERB_START or t[a] in "馆级职衔" or _role_inside(t[a:b]):
            continue  # 大使馆公使衔参赞: the rest of an office, no name
        kept.append((a, b))
    return kept


@lru_cache(maxsize=1)
def _role_words() -> re.Pattern:
    from ..titles import ZH_ROLE_WORDS

    return re.compile("|".join(sorted((w for w in ZH_ROLE_WORDS if len(w) >= 2), key=len, reverse=True)))


def _role_inside(s: str) -> bool:
    return bool(_role_words().search(s))


def fold_kanji(name: str) -> str:
    """A Japanese name's characters in simplified Chinese, as SPEC.md wants ``name.zh``: shinjitai to
    traditional (OpenCC's ``jp2t``, shipped with the opencc package) then to simplified (塩田 → 盐田,
    渡辺 → 渡边, 髙橋 → 高桥). Only for names known to be Japanese, and a character of the simplified set
    (GB 2312) is never changed."""
    return "".join(_fold_char(c) for c in name)


# variants jp2t leaves: the "ladder" 髙 and the "standing" 﨑 of family names (髙橋, 山﨑)
_EXTRA = {"髙": "高", "﨑": "崎", "𠮷": "吉"}


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    """Only a character outside GB 2312 (the simplified set) is folded: 塩 → 盐, 黒 → 黑, but 郎 stays 郎
    (jp2t would give the variant 郞)."""
    if c in _EXTRA:
        return _EXTRA[c]
    try:
        c.encode("gb2312")
        return c
    except UnicodeEncodeError:
        pass
    try:
        import opencc

        f = opencc.OpenCC("t2s").convert(opencc.OpenCC("jp2t").convert(c))
    except Exception:  # pragma: no cover - a build of opencc without jp2t
        return c
    return f if len(f) == 1 else c

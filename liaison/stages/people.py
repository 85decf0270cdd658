"""People: name mentions in both languages, their titles, one PERSON per real person.

Chinese names come from LAC's PER tags plus two rules LAC needs help with: a
name right after a title word (副市长盛阅春) and a name continuing a 、-list of
names (王莉霞、欧阳晓晖、包钢). English names come from spaCy's PERSON entities
plus a pinyin rule that finds and splits Chinese names in Latin letters
("Chen Miner Jing Junhai" is two people) and rejects bodies tagged as people.
Bylines (记者, 通讯员, "Reporter ...") are dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import names as N
from ..doc import Doc, Person, Position, Span
from ..models import lac_tokens, lac_tokens_many, spacy_ents
from .base import stage
from ..titles import ZH_OTHER_TITLES, ZH_ROLE_WORDS, Office, parse_en, parse_zh

_ENDS_WITH_ROLE = re.compile("(?:" + "|".join(map(re.escape, ZH_ROLE_WORDS)) + ")$")

_BYLINE_ZH = re.compile(r"(记者|通讯员|摄影|摄|责任编辑|编辑|实习生|责编|校对|审核|作者|来源|供图|图|文)[\s:：/]*$")
_BYLINE_EN = re.compile(r"((?<![a-z] )\b(?:reporters?|correspondents?)|photo(graph)?s?( by)?|^\s*by|editors?|edited by|"
                        r"translated by|translators?|writer|written by|text by|author)\s*:?\s*$", re.I)
_ZH_DELIM = set(",，。;；:：!！?？\n()（）【】[]「」“”\"")
_ZH_NAME_END = re.compile(r"^(、|,|，|。|;|；|等|率|带领|一行|出席|参加|主持|陪同|会见|会谈|说|表示|指出|强调|介绍|致辞|讲话|"
                          r"代表|同志|先生|女士|在|与|和|及|分别|共同|一同|见证|签|为|对|向|也|还|随后|，|\s|$)")
_NOT_NAME_ZH = {"市长", "省长", "书记", "书记", "省长", "市长", "主席", "主任", "代表", "领导", "同志", "党委", "政府", "常委", "委员", "秘书",
                "中国", "中共", "人民", "国家", "全国", "东北", "西部", "京津", "长江", "黄河"}
_ORG_WORDS_EN = re.compile(r"\b(Government|Committee|Congress|Province|Provincial|Municipal|City|County|"
                           r"People's|Council|Party|Bureau|Department|Group|Company|Co\.|Ltd|University|Office|"
                           r"Association|Commission|Ministry|Daily|News|Agency|Xinhua|CPC|CPPCC|Road|Park|"
                           r"Zone|District|Airport|Port|Hall|Center|Centre|Hotel|Museum|Initiative|Forum|Agreement|Sister|State|"
                           r"Signs|Visits|Meets|Delegation|Mission|Trade|Sangguniang|Panlalawigan|Board)\b")
_GROUP_LABEL_ZH = re.compile(r"(领导|负责人|代表|嘉宾|成员|同志|等|主要领导)$")


# a foreign name in Chinese characters, its parts joined by a middle dot (瓦西里·奥尔洛夫)
_DOTS = "·•・‧"
_FOREIGN_ZH = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•・‧][\u4e00-\u9fff]{1,10}){1,3}")
_DOT_PART = re.compile(r"[·•・‧][\u4e00-\u9fff]{1,10}")
_AFTER_FOREIGN = re.compile(r"(阁下|阁|先生|女士|夫人|博士|等|一行)$")


def _dotted_end(toks, i: int, end: int) -> int:
    """End of a dotted name whose first part is token ``i`` and whose ·parts LAC put in later tokens
    (卡洛斯 | ·门多萨阁下 -> 卡洛斯·门多萨), courtesy words (阁下, 先生) left out."""
    j = i + 1
    while j < len(toks) and toks[j][2][:1] in _DOTS:
        part = toks[j][2]
        m = _DOT_PART.match(part)
        if not m:
            break
        seg = _AFTER_FOREIGN.sub("", m.group(0))
        if len(seg) < 2:
            break
        end = toks[j][0] + len(seg)
        if len(seg) < len(m.group(0)) or m.end() < len(part):
            break
        j += 1
    return end


_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# titles, Chinese and foreign, right before a name (LAC's PER there is a name whatever its surname)
_AFTER_ANY_TITLE = re.compile("(?:" + "|".join(map(re.escape, sorted(set(ZH_ROLE_WORDS) | set(ZH_OTHER_TITLES),
                                                                  key=len, reverse=True))) + ")$")
_TRAILING = set("昨今率说在等和与向同及对为也还就已又将")
_FUNCTION_CHARS = set("的了是在和与及等为对向也还就已又将这那其之所以而并或被把让从到于上下中内外个们")
# characters that, after a two-character name, start the next word rather than end a longer name
_NOT_THIRD = _TRAILING | set("并是的了而或被把让从到于个们都副正原前省市县区委")


@dataclass
class Mention:
    start: int
    end: int
    name: str           # as it reads in the analysis text
    lang: str
    offices: list[Office] = field(default_factory=list)
    former: bool = False


# ---------------------------------------------------------------- Chinese
def _zh_mentions(doc: Doc, start: int, end: int) -> list[Mention]:
    text = doc.text[start:end]
    toks = doc.cache.pop(("lac", start, end), None)
    if toks is None:
        toks = lac_tokens(text)
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        s, e, w, tag = toks[i]
        cand = None
        if tag == "PER" and i + 1 < len(toks) and toks[i + 1][2][:1] in _DOTS:
            e = _dotted_end(toks, i, e)  # 卡洛斯 + ·门多萨阁下: LAC cut the name at its dot
            w = text[s:e]
        if tag == "PER" and w.endswith("阁") and text[e:e + 1] == "下":  # 贾伯阁下: "Your Excellency"
            w, e = w[:-1], e - 1
        if tag == "PER" and _FOREIGN_ZH.fullmatch(w):  # 西蒙·阿多韦兰德: a transliterated foreign name
            cand = (s, e)
        elif (tag == "PER" and 2 <= len(w) <= 3 and s >= 1 and text[s - 1] in N.surname_chars()
              and _ENDS_WITH_ROLE.search(text[max(0, s - 7):s - 1]) and N.is_plausible_zh_name(text[s - 1:e])):
            cand = (s - 1, e)  # 长官 | 林 | 郑月娥: a double surname LAC glued to the title (林郑月娥)
        elif (tag == "PER" and len(w) == 2 and N.is_plausible_zh_name(w) and not _ZH_NAME_END.match(text[e:e + 2])
              and "\u4e00" <= text[e:e + 1] <= "\u9fff" and text[e] not in _NOT_THIRD
              and _ZH_NAME_END.match(text[e + 1:e + 3]) and N.is_plausible_zh_name(text[s:e + 1])):
            cand = (s, e + 1)  # 王伟 | 中共同主持: the third character LAC left out (王伟中)
        elif tag == "PER" and len(w) >= 3 and w[-1] in _TRAILING and N.is_plausible_zh_name(w[:-1]):
            cand = (s, e - 1)
        elif tag == "PER" and N.is_plausible_zh_name(w) and not (len(w) == 2 and w[1] in _TRAILING):
            cand = (s, e)
        elif tag == "PER" and len(w) > 4 and N.is_plausible_zh_name(w[:3]) and _ZH_NAME_END.match(w[3:]):
            cand = (s, s + 3)
        elif (tag == "PER" and 2 <= len(w) <= 4 and _HAN_ONLY.fullmatch(w) and not set(w) & _FUNCTION_CHARS
              and w[-1] not in _TRAILING and _AFTER_ANY_TITLE.search(text[max(0, s - 6):s])
              and (_ZH_NAME_END.match(text[e:e + 2]) or text[e:e + 1] in _ZH_DELIM)):
            cand = (s, e)  # 议长森川正树为团长: LAC's name right after a title, surname unknown (Japanese)
        else:
            prev = text[max(0, s - 6):s]
            after_title = bool(_ENDS_WITH_ROLE.search(prev))
            after_list = bool(out) and out[-1].end == start + s - 1 and text[s - 1:s] == "、"
            if after_title or after_list:
                for n in (3, 2, 4):
                    cand_name = text[s:s + n]
                    loose = (after_title and n == 3 and re.fullmatch(r"[\u4e00-\u9fff]{3}", cand_name or "")
                             and (re.match(r"[,，、。(（]", text[s + n:s + n + 1]) or _ZH_NAME_END.match(text[s + n:s + n + 2]))
                             and not set(cand_name) & _FUNCTION_CHARS)
                    if loose and cand_name not in _NOT_NAME_ZH:
                        cand = (s, s + n)
                        break
                    if (len(cand_name) == n and N.is_plausible_zh_name(cand_name)
                            and not (n == 4 and set(cand_name[1:]) & _FUNCTION_CHARS)  # 都是首次
                            and cand_name not in _NOT_NAME_ZH and _ZH_NAME_END.match(text[s + n:s + n + 2])
                            and _token_boundary(toks, s + n)):
                        cand = (s, s + n)
                        break
        if cand:
            cs, ce = cand
            while cs < ce and text[cs].isspace():
                cs += 1
            while ce > cs and text[ce - 1].isspace():
                ce -= 1
            name = text[cs:ce]
            if (_is_region_text(doc, start + cs, start + ce) or re.fullmatch(r"[左右][一二三四五六七八九十]+", name)
                    or _ENDS_WITH_ROLE.search(name) or name[-1] in "会团局厅部委办院馆社队组"):
                i += 1
                continue
            before = text[max(0, cs - 8):cs]
            if not _BYLINE_ZH.search(before) and not _in_byline_list(text, cs, out, start):
                out.append(Mention(start + cs, start + ce, name, "zh"))
            else:
                doc.meta.setdefault("bylines", set()).add(name)
            nxt = i + 1
            while nxt < len(toks) and toks[nxt][1] <= ce:
                nxt += 1
            i = nxt
            continue
        i += 1
    return out


def _is_region_text(doc: Doc, s: int, e: int) -> bool:
    """A candidate name that is exactly a pair/abbreviation region (吉津) or a full region name is no person."""
    for r in doc.layer("regions"):
        if r.start <= s and e <= r.end and (isinstance(r.value, tuple) or (r.start == s and r.end == e)):
            return True
    return False


def _token_boundary(toks, pos: int) -> bool:
    return any(t[0] == pos for t in toks) or pos >= (toks[-1][1] if toks else 0)


def _in_byline_list(text: str, cs: int, out: list[Mention], shift: int) -> bool:
    """记者 甲、乙: a name continuing a 、-list that began after a byline word is a byline too."""
    j = cs
    while j > 0 and text[j - 1] in "、 ":
        prev = next((m for m in reversed(out) if m.end - shift <= j - 1 and m.end - shift >= j - 2), None)
        if prev is None:
            break
        ps = prev.start - shift
        if _BYLINE_ZH.search(text[max(0, ps - 8):ps]):
            return True
        j = ps
    # a byline group in parentheses: (记者 甲 乙)
    par = text.rfind("(", 0, cs)
    if par != -1 and ")" not in text[par:cs] and cs - par < 60 and re.search(r"(记者|通讯员|摄影|编辑)", text[par:cs]):
        return True
    if par != -1 and ")" not in text[par:cs] and re.search(r"(电|讯)\s*$", text[max(0, par - 2):par]):
        return True
    # "姓名 来源:…" in a page header
    if re.match(r"\s*(来源|责任编辑|编辑)\s*[:：]", text[cs:cs + 12]) or re.match(r"^[^\s]{2,4}\s+来源", text[cs:cs + 12]):
        return True
    return False


def _zh_title_phrase(doc: Doc, m: Mention, prev_mentions: list[Mention]) -> tuple[int, int] | None:
    """Offsets of the title phrase before a Chinese name, or None when the name has no title."""
    t = doc.text
    j = m.start
    while j > 0 and t[j - 1] == " ":
        j -= 1
    note = re.search(r"[(（][^()（）]{1,6}[)）]$", t[max(0, j - 8):j])
    if note:  # 驻华大使(代办)贾伯: a bracketed note between the title and the name
        j -= len(note.group(0))
    if not _ENDS_WITH_ROLE.search(t[max(0, j - 8):j]):
        return None
    k = j
    while k > 0 and t[k - 1] not in _ZH_DELIM and j - k < 60:
        if any(pm.end == k for pm in prev_mentions):
            break
        k -= 1
    return (k, j)


# ---------------------------------------------------------------- English
_CAP = r"[A-Z][a-z'’\-]+"
_PINYIN_SEQ = re.compile(rf"\b{_CAP}(?:\s+{_CAP}){{1,3}}\b")


def _en_mentions(doc: Doc, runs: list[Span]) -> list[Mention]:
    texts = [doc.text[r.start:r.end] for r in runs]
    ents = doc.cache.pop(("spacy", tuple((r.start, r.end) for r in runs)), None)
    if ents is None:
        ents = spacy_ents(texts) if texts else []
    out: list[Mention] = []
    for run, text, found in zip(runs, texts, ents):
        taken: list[tuple[int, int]] = []
        for s, e, label in found:
            if label != "PERSON":
                continue
            for ms, me in _split_person(text, s, e):
                taken.append((ms, me))
        for m in _PINYIN_SEQ.finditer(text):
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            for ms, me in _split_person(text, m.start(), m.end(), pinyin_only=True):
                taken.append((ms, me))
        for ms, me in sorted(set(taken)):
            name = text[ms:me]
            before = text[max(0, ms - 40):ms]
            if _en_byline(before):
                doc.meta.setdefault("bylines", set()).add(N.normalize_en(name))
                continue
            if _is_region_text(doc, run.start + ms, run.start + me) or len(name.split()) > 5:
                continue
            out.append(Mention(run.start + ms, run.start + me, name, "en"))
    return out + _surname_mentions(doc, runs, out)


def _surname_mentions(doc: Doc, runs: list[Span], found: list[Mention]) -> list[Mention]:
    """"Doyle" after "Jim Doyle": a foreign person's family name alone is another mention of them."""
    by_last: dict[str, str] = {}
    for m in found:
        words = m.name.split()
        if len(words) >= 2 and not N.is_pinyin_name(words) and len(words[-1]) > 2:
            by_last.setdefault(words[-1], m.name)
    if not by_last:
        return []
    taken = [(m.start, m.end) for m in found]
    out = []
    pat = re.compile(r"\b(" + "|".join(map(re.escape, by_last)) + r")\b(?!\s+[A-Z])")
    for run in runs:
        for mm in pat.finditer(doc.text, run.start, run.end):
            s, e = mm.start(), mm.end()
            if any(a <= s < b for a, b in taken) or (s > 0 and doc.text[s - 1].isalpha()):
                continue
            prev = doc.text[max(0, s - 12):s]
            if re.search(r"[A-Z][a-z]+\s+$", prev) and not re.search(r"(Gov\.|Governor|Mayor|Mr\.|Ms\.)\s+$", prev):
                continue  # part of another capitalised name
            out.append(Mention(s, e, by_last[mm.group(1)], "en"))
    return out


def _en_byline(before: str) -> bool:
    tail = re.split(r"[()\[\]\n]", before)[-1]
    if _BYLINE_EN.search(tail):
        return True
    # "(Reporter A, B)": inside a parenthesis that opened with a byline word
    par = before.rfind("(")
    if par != -1 and ")" not in before[par:]:
        head = before[par + 1:].lstrip()
        if re.match(r"(reporters?|correspondents?|by|photo|editor)\b", head, re.I) or re.search(
                r"\b(reporters?|correspondents?|editors?|photos? by|translators?)\s*:", head, re.I):
            return True
    return False


def _split_person(text: str, s: int, e: int, pinyin_only: bool = False) -> list[tuple[int, int]]:
    """Clean an entity span: strip titles and possessives, split merged pinyin names, drop bodies."""
    span = text[s:e]
    if _ORG_WORDS_EN.search(span):
        return []
    span_s = s
    # strip leading title words kept inside the entity ("Governor Jerry Brown")
    mt = re.match(r"((?:Vice |Deputy |Executive |Lieutenant )?(?:Governor|Gov|Mayor|Secretary|Chairman|Chairwoman|"
                  r"President|Director|Minister|Premier|Ambassador|Consul|Mr|Mrs|Ms|Dr|Madam|Comrade)\.?\s+)", span)
    if mt:
        span_s += mt.end()
        span = span[mt.end():]
    span = re.sub(r"['’]s$", "", span)
    if re.match(r"(Said|Says|Told|Noted|Added|Stated)\b", span):
        return []
    tokens = list(re.finditer(r"[A-Za-z][A-Za-z'’\-]*", span))
    if not tokens:
        return []
    words = [t.group(0) for t in tokens]
    if N.is_pinyin_name(words):
        groups = [words]
    else:
        groups = N.split_merged_pinyin_names(words) if len(words) >= 3 else []
        if not groups or not all(N.is_pinyin_name(g) for g in groups):
            if pinyin_only:
                return []
            if len(words) == 1 and not pinyin_only:
                return []  # a single token is rarely a full name here
            return [(span_s + tokens[0].start(), span_s + tokens[-1].end())]
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


_EN_TITLE_WORD = re.compile(
    r"^(?:[A-Z][A-Za-z'’\-\.]*|of|the|and|for|in|on|to|de|du|la|&|CPC|CPPCC|"
    r"secretary|deputy|vice|executive|general|governor|mayor|chairman|chairwoman|director|member|members|"
    r"standing|committee|party|provincial|municipal|people'?s|government|congress|political|consultative|"
    r"conference|head|minister|ambassador|consul|president|department|bureau|commission|office|city|province|"
    r"county|district|autonomous|region|regional|prefecture|state|foreign|affairs|chief|executive|"
    r"lieutenant|assistant|acting|permanent|first|council|legislature|assembly|senator|"
    r"administration|administrative|general|office|cooperation|commerce|trade|development|reform|"
    r"counselor|counsellor|ministry|division|central|national|international|special|zone|economic)$", re.I)
_EN_STOP = re.compile(r"^(presided|attended|delivered|said|met|introduced|respectively|signed|led|visited|"
                      r"also|who|was|were|is|are|has|had|will|would|made|gave|expressed|and)$", re.I)


def _en_title_after(doc: Doc, m: Mention, mentions: list[Mention]) -> tuple[int, int] | None:
    t = doc.text
    j = m.end
    rest = t[j:j + 220]
    mm = re.match(r"\s*[,(]\s*", rest)
    if not mm:
        return None
    k = j + mm.end()
    end = k
    nxt_m = next((pm for pm in mentions if k < pm.start <= k + 60), None)
    if nxt_m is not None and "," not in t[k:nxt_m.start] and all(
            _EN_TITLE_WORD.match(w) for w in re.findall(r"[A-Za-z'’\-\.]+", t[k:nxt_m.start])):
        return None  # ", the Vice Governor Mr. Liu Kai": that title belongs to the next name
    for w in re.finditer(r"[A-Za-z'’\-\.]+|,|;|\)|\n|\S", t[k:k + 220]):
        tok = w.group(0)
        pos = k + w.start()
        if tok in (";", ")", "\n") or any(pm.start == pos for pm in mentions):
            break
        if tok == ",":
            nxt = t[pos + 1:pos + 30].lstrip()
            if any(pm.start >= pos and pm.start <= pos + 3 for pm in mentions) or re.match(r"and\s", nxt) and any(
                    pos < pm.start <= pos + 8 for pm in mentions):
                break
            if not re.match(r"(and\s+)?[A-Za-z]", nxt):
                break
            # ", Vice Governor Liu Kai": the words after the comma title the next person, not this one
            nxt_m = next((pm for pm in mentions if pos < pm.start <= pos + 60), None)
            if nxt_m is not None and all(_EN_TITLE_WORD.match(w) for w in re.findall(r"[A-Za-z'’\-\.]+", t[pos + 1:nxt_m.start])):
                break
            continue
        if tok.lower() == "and" and any(pos < pm.start <= pos + 5 for pm in mentions):
            break
        if _EN_STOP.match(tok) and tok.lower() != "and":
            break
        if not _EN_TITLE_WORD.match(tok):
            break
        end = k + w.end()
    phrase = t[k:end].strip(" ,")
    if not phrase or not re.search(r"(?i)secretary|governor|mayor|chair|director|minister|premier|ambassador|"
                                   r"consul|president|head\b|member of the standing|standing committee member|"
                                   r"legislator|senator|commissioner", phrase):
        return None
    if re.match(r"(?i)(the )?(leaders?|officials?|representatives?)\b", phrase):
        return None
    return (k, k + len(t[k:end].rstrip(" ,")))


def _en_title_before(doc: Doc, m: Mention) -> tuple[int, int] | None:
    t = doc.text
    j = m.start
    words = list(re.finditer(r"[A-Za-z'’\-\.]+", t[max(0, j - 120):j]))
    shift = max(0, j - 120)
    start = None
    expect_end = j
    for w in reversed(words):
        ws, we = shift + w.start(), shift + w.end()
        gap = t[we:expect_end]
        if gap.strip():
            break
        if not _EN_TITLE_WORD.match(w.group(0)) or _EN_STOP.match(w.group(0)):
            break
        if w.group(0).endswith(".") and len(w.group(0)) > 4 and start is not None:
            break  # "Gansu Province. Gansu Governor X": the sentence before ends here
        if w.group(0)[0].islower() and w.group(0).lower() not in ("of", "the", "and"):
            break
        start = ws
        expect_end = ws
    if start is None:
        return None
    phrase = t[start:j].strip()
    while phrase.lower().startswith(("the ", "and ", "of ")):
        start += phrase.index(" ") + 1
        phrase = t[start:j].strip()
    if not re.search(r"(?i)secretary|governor|\bgov\b|mayor|chair|director|minister|premier|ambassador|consul|president",
                     phrase):
        return None
    return (start, start + len(phrase))


# ---------------------------------------------------------------- the stage
@stage("people", requires=("text", "runs", "sentences", "regions"), assigns=("people", "names"))
def people_stage(doc: Doc) -> None:
    """Name mentions (LAC, spaCy, rules), their titles → positions, one PERSON per real person."""
    mentions: list[Mention] = []
    en_runs = []
    for run in doc.runs:
        if run.value == "zh":
            mentions.extend(_zh_mentions(doc, run.start, run.end))
        elif run.value == "en":
            en_runs.append(run)
    mentions.extend(_en_mentions(doc, en_runs))
    mentions.sort(key=lambda m: m.start)
    _attach_titles(doc, mentions)
    doc.set_layer("names", [Span(m.start, m.end, "PERSON", m.name) for m in mentions])
    # a place inside a person's name (海林 in 周海林) is no region
    doc.set_layer("regions", [r for r in doc.layer("regions")
                              if not any(m.start < r.end and r.start < m.end and not (r.start <= m.start and m.end <= r.end)
                                         for m in mentions)])
    from .people_merge import build_people

    doc.people = build_people(doc, mentions)


def _predict(docs: list[Doc], submit=None):
    """The model calls of ``people_stage`` for many docs at once (``Pipeline.pipe`` calls this).

    spaCy runs over the English runs of all ``docs`` in one ``nlp.pipe`` (one call per
    article costs ~2 ms more than the same text in a large batch), and LAC over their
    Chinese runs in one call, in ``submit``'s thread when given. Each doc's share is left
    in ``doc.cache`` under the key the stage looks up; a doc without it (the batch failed)
    is analysed on its own. Returns a function that waits for LAC and stores its share.
    """
    zh_keys, zh_texts, en_keys, en_texts, en_counts = [], [], [], [], []
    for d in docs:
        en_runs = []
        for run in d.runs:
            if run.value == "zh":
                zh_keys.append((d, run.start, run.end))
                zh_texts.append(d.text[run.start:run.end])
            elif run.value == "en":
                en_runs.append(run)
        if en_runs:
            en_keys.append((d, ("spacy", tuple((r.start, r.end) for r in en_runs))))
            en_counts.append(len(en_runs))
            en_texts.extend(d.text[r.start:r.end] for r in en_runs)
    wait_lac = lac_tokens_many(zh_texts, submit) if submit is not None else None
    ents = spacy_ents(en_texts) if en_texts else []
    k = 0
    for (d, key), n in zip(en_keys, en_counts):
        d.cache[key] = ents[k:k + n]
        k += n
    lac_toks = lac_tokens_many(zh_texts) if submit is None else None

    def done() -> None:
        toks = wait_lac() if wait_lac is not None else lac_toks
        for (d, s, e), t in zip(zh_keys, toks):
            d.cache[("lac", s, e)] = t

    return done


people_stage.predict = _predict


_FORMER = re.compile(r"(原|前|former|ex-|then)\s*$", re.I)


def _attach_titles(doc: Doc, mentions: list[Mention]) -> None:
    from .regions import regions_in

    for idx, m in enumerate(mentions):
        if m.lang == "zh":
            span = _zh_title_phrase(doc, m, mentions[:idx])
            after = doc.text[m.end:m.end + 3]
            if span is None and after.startswith("总书记"):
                m.offices = parse_zh("总书记")
                continue
            post = re.match(r"(州长|省长|市长|知事|议长|总理|主席|大使|总领事|县长|区长|书记)", doc.text[m.end:m.end + 4])
            if span is None and post and post.group(1) == "主席" and not any(
                    r.end in (m.start, m.start - 1) for r in doc.layer("regions")):
                m.offices = parse_zh("国家主席")
                continue
            if span is None and post:
                reg = next((r for r in doc.layer("regions") if r.end in (m.start, m.start - 1)
                            and not isinstance(r.value, tuple)), None)
                if reg is not None:
                    rtext = doc.text[reg.start:reg.end]
                    m.offices = parse_zh(rtext + post.group(1), [(0, len(rtext), rtext)])
                    _bind_regions(m.offices, {rtext: reg.value})
                    continue
            if span is None:
                # 、-list: 副市长甲、乙 — the title before the first name applies to all
                prev = mentions[idx - 1] if idx else None
                if prev is not None and prev.lang == "zh" and doc.text[prev.end:m.start] == "、" and prev.offices:
                    m.offices = [Office(o.role, o.org_kind, o.level, o.region_text, o.title, o.lang, o.central)
                                 for o in prev.offices]
                    m.former = prev.former
                continue
            ps, pe = span
            regs = [(s.start - ps, s.end - ps, doc.text[s.start:s.end]) for s in regions_in(doc, ps, pe)]
            phrase = doc.text[ps:pe]
            if _GROUP_LABEL_ZH.search(phrase):
                continue
            m.offices = parse_zh(phrase, regs)
            _bind_regions(m.offices, {doc.text[s.start:s.end]: s.value for s in regions_in(doc, ps, pe)})
            m.former = bool(re.search(r"(原|前)[^、]{0,12}$", phrase[:max(0, len(phrase) - 1)])) and phrase.startswith(("原", "前"))
        else:
            spans = [s for s in (_en_title_after(doc, m, mentions), _en_title_before(doc, m)) if s]
            of_region = None
            mo = re.match(r"\s+of\s+(the\s+)?", doc.text[m.end:m.end + 12])
            if mo:
                of_region = next((r for r in doc.layer("regions") if r.start == m.end + mo.end()
                                  and not isinstance(r.value, tuple)), None)
            for ps, pe in spans:
                phrase = doc.text[ps:pe]
                regs = [doc.text[s.start:s.end] for s in regions_in(doc, ps, pe)]
                offices = parse_en(phrase, regs)
                _bind_regions(offices, {doc.text[s.start:s.end]: s.value for s in regions_in(doc, ps, pe)})
                if of_region is not None and pe <= m.start:
                    for o in offices:
                        if o.region is None:
                            o.region, o.region_text = of_region.value, doc.text[of_region.start:of_region.end]
                if _FORMER.search(doc.text[max(0, ps - 8):ps]) or phrase.lower().startswith("former"):
                    m.former = True
                m.offices.extend(offices)


def _bind_regions(offices: list[Office], by_text: dict) -> None:
    for o in offices:
        if o.region_text and o.region_text in by_text:
            o.region = by_text[o.region_text]

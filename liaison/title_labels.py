"""English labels for Chinese titles: the office, said in English (SPEC.md ``title.en``).

A position read from a Chinese title (省委书记, 和歌山县知事, 市商务局副局长) gets an
English label built from what the office *is* — its role word, its organisation and
its region — in the Xinhua style the project's tables follow:

    省委书记 + Jilin          -> Secretary of the CPC Jilin Provincial Committee
    副省长 + Jilin            -> Vice Governor of Jilin Province
    州长 + Ohio               -> Governor of Ohio
    人民委员会主席 + Quang Ninh -> Chairman of the People's Committee of Quang Ninh Province
    商务局副局长 + Changchun   -> Deputy Director of the Changchun Municipal Commerce Bureau

The words are data: the role words' English (``data/title_roles_zh.tsv``, column
``en``), organisation markers (``title_orgs_zh.tsv``) and named units — departments,
bureaus, associations, national bodies (``title_units_zh.tsv``). The code is the
grammar: which organisation the role is *of*, and how a region reads as a noun
("Jilin Province", "Changchun", "Wakayama Prefecture") or as an adjective ("Jilin
Provincial", "Changchun Municipal"). A unit no table names is not guessed: the label
is then the role and the place ("Chairman of the Board, Yiwu").

English titles keep the article's own words (``clean_en``: honorifics and a leading
article dropped).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .regions_data import read_tsv
from .titles import ZH_ROLE_EN, ZH_TITLE_RE

__all__ = ["label_en", "clean_en", "noun", "adjective"]


@lru_cache(maxsize=1)
def _divisions() -> dict[str, tuple[str, str, str]]:
    """GB/T 2260 code -> (type_en, en, en_full)."""
    return {r["code"]: (r["type_en"], r["en"], r["en_full"]) for r in read_tsv("divisions_gb2260.tsv")}


@lru_cache(maxsize=1)
def _units() -> list[tuple[str, str, str]]:
    """Named units, longest first: (zh, en, scope) where scope is "national" (no place: the Ministry of
    Commerce), "region" (the place's bare name before it: the Jilin Provincial Committee of the CYL) or
    "" (the place as an adjective: the Jilin Provincial Department of Commerce)."""
    rows = [(r["unit"], r["en"], r["scope"] if r["scope"] != "local" else "") for r in read_tsv("title_units_zh.tsv")]
    return sorted(rows, key=lambda r: -len(r[0]))


@lru_cache(maxsize=1)
def _markers() -> list[tuple[str, str]]:
    return sorted(((r["marker"], r["en"]) for r in read_tsv("title_orgs_zh.tsv")), key=lambda r: -len(r[0]))


# the type word of a foreign region, from its Chinese name's last characters and its country
_FOREIGN_TYPE = [("特别行政区", None, "SAR"), ("边疆区", None, "Krai"), ("自治共和国", None, "Republic"),
                 ("共和国", None, "Republic"), ("县", "JP", "Prefecture"), ("都", "JP", "Prefecture"),
                 ("府", "JP", "Prefecture"), ("道", "KR", "Province"), ("州", "RU", "Oblast"), ("州", "US", ""),
                 ("州", "AU", "State"), ("州", "DE", "State"), ("州", None, "State"), ("省", None, "Province"),
                 ("县", None, "County"), ("郡", None, "County"), ("町", None, "Town"), ("镇", None, "Township"),
                 ("乡", None, "Township"), ("村", None, "Village"), ("市", None, "City")]
_ADJ = {"Province": "Provincial", "City": "Municipal", "Municipality": "Municipal", "Prefecture": "Prefectural",
        "Autonomous Region": "Autonomous Regional", "Autonomous Prefecture": "Autonomous Prefectural",
        "Special Administrative Region": "SAR"}


def _type_of(region) -> tuple[str, str]:
    """(bare English name, type word) of a region: ("Jilin", "Province"), ("Changchun", "City"),
    ("Ohio", ""), ("Wakayama", "Prefecture"); ("", "") when it has no English name."""
    name = getattr(region, "en", None) or ""
    code = getattr(region, "code", None) or ""
    row = _divisions().get(code)
    if row:
        typ, en, full = row
        base = full[: -len(typ)].strip() if typ and full.endswith(typ) else (en or name)
        return base or name, typ
    if getattr(region, "level", None) == 0:
        if code in ("HK", "MO"):
            return name, "SAR"
        return name, ""
    zh = getattr(region, "zh", None) or ""
    country = getattr(region, "country", None)
    if zh.endswith("市") and country == "TW":
        return name, "City"
    for suffix, only, typ in _FOREIGN_TYPE:
        if zh.endswith(suffix) and (only is None or only == country):
            if typ == "City" and not re.search(r"\bcity\b", name, re.I):
                return name, "City"
            return name, typ
    return name, ""


def noun(region) -> str:
    """The region as the object of "of": Jilin Province, Changchun, Xianxian County, Ohio, the Hong Kong SAR."""
    name, typ = _type_of(region)
    if not name:
        return ""
    if typ in ("", "City", "Municipality"):
        return name
    if typ in ("SAR", "Special Administrative Region"):
        return f"the {name} SAR"
    return f"{name} {typ}"


def adjective(region) -> str:
    """The region as a modifier of a body: Jilin Provincial, Changchun Municipal, Chaoyang District, Ohio State."""
    name, typ = _type_of(region)
    if not name:
        return ""
    if getattr(region, "country", None) not in (None, "CN") and typ == "City":
        return f"{name} City"  # Hachioji City Council
    adj = _ADJ.get(typ, typ)
    return f"{name} {adj}".strip() if adj else name


def _cap(s: str) -> str:
    """Title case for a role ("vice governor" -> "Vice Governor"), small words kept small."""
    small = {"of", "the", "and", "to", "in", "for"}
    words = s.split()
    return " ".join(w if (i and w in small) else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                    for i, w in enumerate(words))


def _unit(head: str) -> tuple[str, str, str] | None:
    """The named unit ending closest to the role word in ``head``: (zh, en, scope)."""
    best, best_end = None, -1
    for zh, en, national in _units():
        i = head.rfind(zh)
        if i >= 0 and i + len(zh) > best_end:
            best, best_end = (zh, en, national), i + len(zh)
    return best


def _marker(head: str) -> tuple[str, str] | None:
    best, best_end = None, -1
    for zh, en in _markers():
        i = head.rfind(zh)
        if i >= 0 and i + len(zh) > best_end:
            best, best_end = (zh, en), i + len(zh)
    return best


_ROLE_OVERRIDES = {  # (org_kind, role word) -> English role, where the body changes the word
    ("party_department", "部长"): "head", ("party_department", "副部长"): "deputy head",
    ("congress", "主任"): "chairman", ("congress", "副主任"): "vice chairman",
    ("cppcc", "主任"): "director", ("cppcc", "副主任"): "deputy director",
    # 咸镜北道人民委员会委员长: a local body's chairman (委员长 alone is the NPC's, read as national)
    ("government", "委员长"): "chairman", ("government", "副委员长"): "vice chairman",
}

# organisation markers whose party committee is the body's own, not a region's
_BODY_UNITS = {r["marker"] for r in read_tsv("title_orgs_zh.tsv") if r["org_kind"] in ("institution", "enterprise")}

_CENTRAL = {"总书记": "General Secretary of the CPC Central Committee",
            "国家主席": "President of the People's Republic of China",
            "总理": "Premier of the State Council", "副总理": "Vice Premier of the State Council",
            "委员长": "Chairman of the Standing Committee of the National People's Congress",
            "国务委员": "State Councilor",
            "书记处书记": "Member of the Secretariat of the CPC Central Committee",
            "副委员长": "Vice Chairman of the Standing Committee of the National People's Congress"}


def label_en(title_zh: str, role: str, org_kind: str, region=None, central: bool = False) -> str | None:
    """English label of one office read from a Chinese title, or None when no role word is found.

    ``role`` and ``org_kind`` are the position's (``titles.parse_zh``), ``region`` its resolved
    region (a ``Region`` or None), ``central`` whether it is a national office of China."""
    title = (title_zh or "").strip()
    m = None
    for m in ZH_TITLE_RE.finditer(title):
        pass
    if m is None:
        return None
    word = m.group(1)
    head = title[: m.start()]
    country = getattr(region, "country", None)
    is_china = getattr(region, "code", None) == "CN" or central
    if is_china and word in _CENTRAL and not re.search(r"[省市县区州]", head):
        return _CENTRAL[word]
    if is_china and head.endswith("书记处") and word == "书记":
        return _CENTRAL["书记处书记"]
    role_en = _ROLE_OVERRIDES.get((org_kind, word)) or ZH_ROLE_EN.get(word) or word
    if role == "secretary" and "党组" in head:
        role_en = "secretary of the leading Party members' group"
    elif role == "deputy_secretary" and "党组" in head:
        role_en = "deputy secretary of the leading Party members' group"
    R = _cap(role_en)
    foreign = country not in (None, "CN", "HK", "MO")
    place_noun = noun(region) if region is not None and not is_china else ""
    place_adj = adjective(region) if region is not None and not is_china else ""
    unit = _unit(head)
    if unit and unit[2] == "region":  # 团省委: the Jilin Provincial Committee of the Communist Youth League
        unit_en = f"{_type_of(region)[0]} {unit[1]}".strip() if place_adj else unit[1]
    elif unit and not unit[2]:  # a local unit reads with its region: the Changchun Municipal Commerce Bureau
        unit_en = f"{place_adj} {unit[1]}".strip() if place_adj else unit[1]
    elif unit:
        unit_en = unit[1]
    else:
        unit_en = ""

    def of(body: str) -> str:
        return f"{R} of the {body}" if body else R

    inner = _marker(head.replace("党委", "").replace("党组", ""))
    if org_kind == "party_committee":
        if unit and unit[2] == "national":  # 中央政治局常委: a national body of the party
            body = unit[1]
        elif re.search("党委|党组", head) and inner and inner[0] in _BODY_UNITS:
            body = "Party Committee"  # 南京大学党委书记: a university's or company's own committee
        elif central or (is_china and region is not None):
            body = "CPC Central Committee"
        elif place_adj:
            body = f"{place_adj} Party Committee" if foreign else f"CPC {place_adj} Committee"
        else:
            body = "Party Committee"
        if role == "standing_member":
            return f"Member of the Standing Committee of the {body}"
        if role == "other":
            return f"Member of the {body}"
        if word.endswith("秘书长"):
            return f"{R} of the {body}"
        return of(body)
    if unit and unit[0] in ("监委",) and not re.search("纪委", head):  # a state body, not the party's
        return of(f"{place_adj} Supervisory Commission".strip())
    if org_kind == "party_department":
        body = "CPC Central Committee" if central or is_china else (f"CPC {place_adj} Committee" if place_adj else "")
        name = unit[1] if unit else (_marker(head) or ("", ""))[1]
        if name.startswith("Commission for Discipline Inspection"):
            return f"{R} of the CPC {place_adj + ' ' if place_adj else ''}{name}"
        if name and body and "CPC Central Committee" not in name:
            return f"{R} of the {name} of the {body}"
        return of(name or body)
    if org_kind == "congress":
        if unit and "People's Congress" in unit[1] or "人大" in head:
            base = f"{place_adj} People's Congress".strip() if place_adj else "People's Congress"
            if is_china or central:
                base = "National People's Congress"
            if role == "other" and "常委" not in head:
                return f"Deputy to the {base}"
            return f"{R} of the Standing Committee of the {base}" if role != "other" else f"Member of the Standing Committee of the {base}"
        body = unit_en or (f"{place_adj} Council" if place_adj else "")
        if role == "other":
            return f"Member of the {body}" if body else "Member"
        return of(body)
    if org_kind == "cppcc":
        cppcc = "Chinese People's Political Consultative Conference"
        body = f"National Committee of the {cppcc}" if (central or is_china) else (
            f"{place_adj} Committee of the {cppcc}" if place_adj else f"Committee of the {cppcc}")
        if role == "standing_member" or word == "常委":
            return f"Member of the Standing Committee of the {body}"
        if role == "other":
            return f"Member of the {body}"
        if unit and "委员会" in unit[0]:  # 省政协经济委员会副主任: a committee of the CPPCC
            return f"{R} of the {unit[1]} of the {body}"
        return of(body)
    if org_kind == "government":
        if role in ("secretary_general", "deputy_secretary_general"):
            return of(f"{place_adj} People's Government" if place_adj and not foreign else
                      (f"{place_noun} Government" if place_noun else "People's Government"))
        if unit and unit[0] in ("人民委员会", "人民议会"):
            return f"{R} of the {unit[1]} of {place_noun}" if place_noun else of(unit[1])
        if role == "other" and re.search("大使|领事|代办|参赞", word):
            sent = noun(region) if region is not None else ""
            seat = re.search(r"驻(.{1,8})$", head)
            where = ""
            if seat:
                where = " to China" if seat.group(1).startswith(("华", "中国")) else ""
            return f"{R} of {sent}{where}" if sent else R
        if word in ("主席", "副主席") and _type_of(region)[1] == "Autonomous Region":
            return of(f"{place_adj} Government")  # the Guangxi Zhuang Autonomous Regional Government
        if is_china and region is not None and not place_noun:
            return R + " of China" if word in ("总统", "国家主席") else R
        return f"{R} of {place_noun}" if place_noun else R
    if org_kind == "government_department":
        if unit_en.startswith("Ministry of ") and word in ("部长", "副部长"):
            return f"{R} of {unit_en[len('Ministry of '):]}"  # Minister of Foreign Affairs
        if unit_en:
            return of(unit_en)
        mk = _marker(head)
        if mk and place_noun:
            return f"{R} of a {mk[1].lower()} of {place_noun}"
        return f"{R}, {place_noun}" if place_noun else R
    # institutions, enterprises, other bodies: the unit when a table names it, else the role alone (a
    # company or university named in Chinese is not translated, and the place in its name is not its office's)
    if unit_en:
        return of(unit_en)
    return R


_HONORIFIC_TAIL = re.compile(r"(?:[\s,]+(?:H\.?\s?E\.?|Mr\.?|Mrs\.?|Ms\.?|Madam|Mme\.?|Dr\.?|Sir|"
                             r"His Excellency|Her Excellency))+\s*$")


def clean_en(title: str | None) -> str | None:
    """The article's own English title, without a leading article or trailing honorifics
    ("the Mayor of Changchun City Mr." -> "Mayor of Changchun City")."""
    if not title:
        return title
    t = _HONORIFIC_TAIL.sub("", title.strip()).strip(" ,;")
    t = re.sub(r"^(?:the|The)\s+", "", t)
    return t or None

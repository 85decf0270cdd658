"""Gazetteer: find region names in Chinese and English text and resolve them in context.

Tables: GB/T 2260 divisions, countries (CLDR), foreign provinces / states /
cities, named groupings (京津冀) and abbreviation pairs (津吉), all under
``liaison/data`` (see ``data/SOURCES.md``). ``regions_data`` loads them.

Chinese matching is longest-leftmost over a dictionary of surface forms, with
a list of ordinary words (``data/region_blockwords.txt``) competing with the
place names at each position: a word at least as long as the place name found
there is skipped whole (长江 hides 江南, 吉祥 hides 吉, 和平 hides 和平区's
short name; 和平区 itself still matches, being longer).

Which forms are emitted (``find_zh``):

* full names (吉林省, 长春市, 延边朝鲜族自治州, 延边州), countries, foreign
  places, named groupings (京津冀, 长三角) and listed pairs (津吉, 津长, 粤港):
  always;
* short names of provinces and prefectures (吉林, 长春): always, unless a
  block word covers them;
* short names of county-level units (朝阳 district, 松江): only when the
  document also names their prefecture or province (counts from the other
  matches), or when the unit is a county-level *city* (义乌, 扶余);
* runs of 2+ one-character province abbreviations not in the pair tables
  (川渝, 京沪, 粤港澳...): when at least one is a *strong* abbreviation (a
  character rarely used otherwise next to another abbreviation: 京 津 冀 晋
  辽 沪 苏 浙 皖 闽 赣 鲁 豫 鄂 湘 粤 桂 琼 渝 川 蜀 黔 滇 陕 陇 港 澳) and at most
  one is weak (蒙 吉 黑 贵 云 藏 秦 甘 青 宁 新 台);
* a single abbreviation only in a safe context: after a verb of movement or
  location (来津, 赴吉, 在京, 进藏, 援疆 — 港 澳 台 only after 来 赴 访 在 返 回
  抵 离 驻, so 到港 "arrive at port" is not Hong Kong), before 企 / 商 / 籍 / 方
  when the character before is not a Chinese character or is a conjunction
  (津企, 与吉方), and 沪上. 新 青 宁 云 贵 黑 秦 蒙 are never matched alone.
  长 (长春) and 深 (深圳) only inside listed pairs (津长, 深港).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from .regions_data import (GATED, MUNICIPALITIES, OPEN, TYPED, WORDY, Region, fold, load_country_places,
                           load_open_places, load_tables, places_index, possessive_cut, read_tsv, read_wordlist,
                           split)

__all__ = ["Region", "RegionMatch", "Gazetteer", "RegionContext"]

STRONG = set("京津冀晋辽沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔滇陕陇港澳")
WEAK = set("蒙吉黑贵云藏秦甘青宁新台")
NEVER_ALONE = set("新青宁云贵黑秦蒙")
PRE_VERBS = set("来赴抵访在到返回驻离进入援留")
PRE_VERBS_PORT = set("来赴访在返回抵离驻")  # 港 澳 台
PRE_SPECIAL = {"藏": set("进入援赴在来"), "疆": set("进入援赴在来"), "川": PRE_VERBS | {"出"}}
SUFFIXES = set("企商籍方")
# what may follow a run holding a weak abbreviation (冀台交流, 川藏铁路, 港台两地)
PAIR_NEXT = set("两三四合交协对携经文间之共地一联友人产发区高铁线旅商企教科农工贸边口、，。")
SUFFIX_PRE_OK = set("与和同及、，,对向由等在赴来到各两")
TYPE_EN = [
    ("special administrative region", {"特别行政区"}), ("autonomous prefecture", {"自治州"}),
    ("autonomous region", {"自治区"}), ("autonomous county", {"自治县"}), ("new area", {"区"}),
    ("municipality", {"直辖市"}), ("province", {"省", "F1"}), ("prefecture", {"自治州", "地区", "F1"}),
    ("metropolitan city", {"市", "直辖市", "F1", "F2"}), ("city", {"市", "直辖市", "F2"}), ("district", {"区", "F3"}), ("county", {"县", "自治县", "F3"}),
    ("state", {"F1"}), ("region", {"自治区", "地区", "F1"}), ("oblast", {"F1"}), ("krai", {"F1"}),
    ("kray", {"F1"}), ("aimag", {"F1"}), ("governorate", {"F1"}), ("voivodeship", {"F1"}), ("parish", {"F3"}),
    ("territory", {"F1"}), ("league", {"盟"}), ("banner", {"旗", "自治旗"}), ("sar", {"特别行政区"}),
]
_TITLE_WORDS = {"mayor", "governor", "vice", "deputy", "president", "chairman", "of", "in", "the", "and", "city",
                "prefecture", "province", "state", "county", "district", "region", "greater", "north", "south",
                "east", "west", "new", "mr", "ms", "mrs", "dr", "minister", "secretary", "delegation"}
_FUNCTION_CHARS = set("和与及同在对向于为从的是把被将")
_TOWN_AFTER = re.compile(r"(镇|乡|街道)(?!村|镇|亲|土|愁|情|音|里|下|间)")
_TYPE_TAIL = set("市州县省区郡")  # a type word ending a place's full form (奥克兰市)
_TYPED_CITY = re.compile(r"\b([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2}) (?:City|Prefecture|Municipality)\b")
_OWN_GOVERNMENT = re.compile(r"\b(?i:county|city|municipal|state) (?i:government) (?i:of) ([A-Z][\w'’\-]+)\b"
                            r"|\b([A-Z][\w'’\-]+) (?i:county|city|state) (?i:government)\b")
# "Mayor of Buffalo", "the mayor of the City of Hamilton", "Christchurch Mayor": a city named by its mayor's
# title alone; the place ends at the first word (the name of the mayor may follow it: "Mayor of Buffalo Ann Lee")
_MAYOR_CITY = re.compile(r"\b(?:[Ll]ord )?[Mm]ayor (?:[A-Z][\w'’\-.]* ){1,3}of ([A-Z][\w'’\-]+)\b(?! [A-Z])|"
                         r"\b(?:[Ll]ord )?[Mm]ayor of (?:the )?(?:[Cc]ity of )?([A-Z][\w'’\-]+)|"
                         r"\b([A-Z][\w'’\-]+)(?:['’]s)? (?:Lord |Deputy |Vice )?Mayor\b")
_PERSON_TITLES = {"president", "mr", "mrs", "ms", "dr", "uncle", "madam", "sir", "general", "chairman", "premier",
                  "prime", "king", "queen", "prince", "princess", "saint", "st"}
_PLACE_PREP = {"in", "to", "from", "of", "at", "visited", "visit", "visiting", "toured", "near", "and"}
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W\d_](?:[\w\-]|['’](?=\w))*")
# the "'s" a word of a place's name keeps (Hawke's Bay): the scan cuts it off the word, the name runs on past it
_POSSESSIVE_GAP = re.compile(r"['’]s ")
_GAP = re.compile(r"[.,]?\s+|-")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class RegionMatch:
    start: int
    end: int
    text: str
    candidates: tuple[Region, ...]  # best-first; for "pair"/"group" the members in order
    kind: str  # full, short, abbr, pair, group, en, country, foreign
    name_en: str | None = None  # English name of a pair / group (津吉 -> "Tianjin and Jilin")


class _Cand(NamedTuple):  # a tuple: tens of thousands are made when a country's places are read
    region: Region
    kind: str
    needs_ctx: bool = False  # a Chinese county-level short name: only with its prefecture / province named
    gate: int = OPEN  # a generated foreign place: GATED needs its country named, TYPED its type word
    pop: int = 0


_TYPE_CHARS = "市县州省道府郡町村区"


def _other_type(r: Region, target: Region) -> bool:
    """A generated place whose full Chinese name ends in another type word than the hand-written place it
    shares a form with (新潟市 / 新潟县, 熊本市 / 熊本县): two places, not one."""
    a, b = getattr(r, "zh", None) or "", getattr(target, "zh", None) or ""
    return bool(a and b and a != b and a[-1] in _TYPE_CHARS and b[-1] in _TYPE_CHARS and a[-1] != b[-1]
                and getattr(r, "level", None) != getattr(target, "level", None))


_OF_NEXT = re.compile(r"\s+of\s+(?:the\s+)?$")
_KIND_WORDS = {"state", "province", "prefecture", "region", "land", "county", "city", "oblast", "krai", "kray"}


def _drop_kind_of(text: str, out: list) -> list:
    """"the US state of New Jersey", "the Free State of Saxony": a match ending in a type word right before "of" and
    a place of its level or below says what kind of place that is; the place named is the one after "of" (not
    "Jilin Province of China")."""
    drop = set()
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        words = a.text.split()
        if len(words) < 2 or words[-1].lower() not in _KIND_WORDS or not _OF_NEXT.match(text[a.end:b.start] + " ") \
                or not a.candidates or not b.candidates:
            continue
        if a.kind in ("pair", "group") or b.kind in ("pair", "group"):
            continue
        la, lb = a.candidates[0].level, b.candidates[0].level
        if lb >= la and not (lb == la == 0):
            drop.add(i)
    return [m for i, m in enumerate(out) if i not in drop]


class Gazetteer:
    _default: "Gazetteer | None" = None

    def __init__(self) -> None:
        t = load_tables()
        self._by_code = t.by_code
        self._type_zh: dict[str, str] = {}
        zh: dict[str, list[_Cand]] = {}
        en: dict[tuple, list[_Cand]] = {}
        self._groups: dict[str, tuple[str, tuple[Region, ...], str | None]] = {}
        self._en_groups: dict[tuple, tuple[str, tuple[Region, ...], str | None]] = {}
        self._abbr: dict[str, list[Region]] = {}
        by_zh: dict[str, Region] = {}

        def add_zh(form, cand):
            if form:
                zh.setdefault(form, []).append(cand)

        def add_en(form, cand):
            if form:
                en.setdefault(_key(form), []).append(cand)

        for row in t.divisions:
            r = t.by_code[row["code"]]
            lvl, short = int(row["level"]), row["short_zh"]
            by_zh.setdefault(row["name_zh"], r)
            if r.level == 0:  # HK, MO, TW
                for f in (row["name_zh"], short):
                    add_zh(f, _Cand(r, "country"))
            else:
                self._type_zh[r.code] = row["type_zh"]
                add_zh(row["name_zh"], _Cand(r, "full"))
                if "自治" in row["type_zh"] and short:
                    add_zh(short + row["type_zh"][-1], _Cand(r, "full"))
                if short and len(short) >= 2 and short != row["name_zh"]:
                    add_zh(short, _Cand(r, "short", lvl == 3 and row["type_zh"] != "市"))
                for e in [r.en] + split(row["aliases"]):
                    add_en(e, _Cand(r, "en", lvl == 3))
                if row["en_full"]:
                    add_en(row["en_full"], _Cand(r, "en"))
                if lvl == 3 and row["type_zh"] == "县" and len(row["name_zh"]) == 2 and r.en and r.en.endswith("xian") \
                        and len(r.en) > 4:
                    # 礼县 "Lixian": machine translation and county sites write "Li County" (the one-character name
                    # alone, its type word after it)
                    add_en(r.en[:-4] + " County", _Cand(r, "en"))
            for a in split(row["abbr"]):
                self._abbr.setdefault(a, []).append(r)
        self._abbr.setdefault("疆", []).append(t.by_code["650000"])
        for r, zhs, ens in t.countries:
            for f in [r.zh] + zhs:
                add_zh(f, _Cand(r, "country"))
            for f in [r.en] + ens:
                if f not in ("the States",):
                    add_en(f, _Cand(r, "country"))
            by_zh.setdefault(r.zh, r)
        self._china = t.by_code["CN"]
        for f in ("全国", "我国", "祖国"):
            add_zh(f, _Cand(self._china, "country"))
        for r, zhs, ens in t.foreign:
            for f in [r.zh] + zhs:
                if f.startswith("?"):  # a form also a place in China (德州: Texas, 德州市): only with its country named
                    add_zh(f[1:], _Cand(r, "foreign", gate=GATED))
                    continue
                add_zh(f, _Cand(r, "foreign"))
                by_zh.setdefault(f, r)
            for f in [r.en] + ens:
                add_en(f, _Cand(r, "foreign"))
        self._foreign = [r for r, _, _ in t.foreign]
        for row in t.pairs:
            members = tuple(by_zh[z] for z in split(row["expands_to"]))
            kind = "pair" if len(members) == 2 else "group"
            self._groups[row["form"]] = (kind, members, row["en"] or None)
        for row in t.groups:
            members = tuple(dict.fromkeys(t.by_code[c] for c in split(row["members"])))
            if row["name_zh"] in zh:
                continue  # 浦东新区 etc. are divisions already
            g = ("group", members, row["en"])
            for f in [row["name_zh"]] + split(row["aliases_zh"]):
                if f not in ("东部", "中部", "西部") and f not in zh:
                    self._groups.setdefault(f, g)
            for f in [row["en"]] + split(row["en_aliases"]):
                if f[:1].isupper():
                    self._en_groups.setdefault(_key(f), g)
        self._zh = {f: _dedup(sorted(cs, key=self._prior)) for f, cs in zh.items()}
        self._en = {f: _dedup(sorted(cs, key=self._prior)) for f, cs in en.items()}
        self._init_places(t)
        self._en_forms = set(self._en) | set(self._pen) | set(self._en_groups)
        self._en_maxn = max(len(k) for k in self._en_forms)
        self._block = set(read_wordlist("region_blockwords.txt"))
        lens: dict[str, set[int]] = {}
        for f in list(self._zh) + list(self._groups) + list(self._pzh):
            lens.setdefault(f[0], set()).add(len(f))
        self._lens = {c: sorted(v, reverse=True) for c, v in lens.items()}
        blens: dict[str, set[int]] = {}
        for w in self._block:
            blens.setdefault(w[0], set()).add(len(w))
        self._blens = {c: sorted(v, reverse=True) for c, v in blens.items()}
        self._first = _first_chars(self._lens, self._blens, self._abbr)
        self._prefix2 = {f[:2] for f in list(self._zh) + list(self._groups) + list(self._pzh)}
        self._bprefix2 = {w[:2] for w in self._block}
        self._confusions = t.confusions
        self._confusion_maps: dict[bool, dict[str, str]] = {}
        self._lookup: dict[str, list[Region]] = {}
        for f, cs in list(self._zh.items()):
            self._lookup.setdefault(f, []).extend(c.region for c in cs)
        for f, cs in self._en.items():
            self._lookup.setdefault(" ".join(f), []).extend(c.region for c in cs)
        for a, rs in self._abbr.items():
            self._lookup.setdefault(a, []).extend(rs)

    def _init_places(self, t) -> None:
        """Generated foreign places (ISO 3166-2, GeoNames, US counties) in their own indexes (``_pzh``,
        ``_pen``): at start-up only the open ones and those joining a hand-written row
        (``places_open.tsv``); a country's others when an article names that country
        (``load_countries``). A generated place the hand-written table holds lends it its other names."""
        self._hand_ref = {f"{r.en}|{r.level}": r for r, _, _ in t.foreign}
        self._pzh: dict = {}
        self._pen: dict = {}
        self._places_index: dict | None = None
        self._loaded: set = set()
        self._city_keys: dict | None = None
        self._cn_en_names: dict | None = None
        self._iso_of: dict = {}  # region key (lower case) -> its ISO 3166-2 code
        self._up_of: dict = {}  # region key (lower case) -> ISO codes of the divisions it lies in
        self._by_iso: dict = {}  # ISO 3166-2 code -> the division's region
        self._add_place_rows(load_open_places())

    def load_countries(self, countries) -> bool:
        """Index every generated place of these countries (ISO alpha-2); True when something was added."""
        todo = [c for c in countries if c and c not in self._loaded]
        if not todo:
            return False
        if self._places_index is None:
            self._places_index = places_index()
        rows = []
        for c in todo:
            self._loaded.add(c)
            rows += load_country_places(c, self._places_index)
        if rows:
            self._add_place_rows(rows)
        return bool(rows)

    def countries_for_typed(self, text: str) -> set[str]:
        """Countries of the cities an English text names with their type word (Dunedin City, Yakutsk City)
        that no loaded table knows: their country's places are then loaded, the country unnamed."""
        out: set[str] = set()
        for m in _MAYOR_CITY.finditer(text):  # a city's mayor: its countries even where a county shares the name
            key = " ".join(_key(m.group(1) or m.group(2) or m.group(3)))
            if self._city_keys is None:
                self._city_keys = {row["key"]: row["countries"].split(",")
                                   for row in read_tsv("places_keys.tsv")}
            out.update(self._city_keys.get(key, ()))
        for m in _TYPED_CITY.finditer(text):
            key = _key(m.group(1))
            while key and key not in self._en_forms:
                if self._city_keys is None:
                    self._city_keys = {row["key"]: row["countries"].split(",")
                                       for row in read_tsv("places_keys.tsv")}
                if " ".join(key) in self._city_keys:
                    out.update(self._city_keys[" ".join(key)])
                    break
                key = key[1:]  # "the Dunedin City": drop a leading word
        return out

    def own_government_countries(self, text: str) -> set[str]:
        """Anchors ("@KE") for the one country of a place whose own government issues the page ("COUNTY
        GOVERNMENT OF NAKURU", "Nakuru County Government"): its places count as named though the country is not."""
        out: set[str] = set()
        for m in _OWN_GOVERNMENT.finditer(text):
            if self._city_keys is None:
                self._city_keys = {row["key"]: row["countries"].split(",") for row in read_tsv("places_keys.tsv")}
            countries = self._city_keys.get(" ".join(_key(m.group(1) or m.group(2))), ())
            if len(countries) == 1 and countries[0] != "CN":
                out.add("@" + countries[0])
        return out

    def place_name_countries(self, name: str) -> tuple[str, ...]:
        """The countries whose places the tables name ``name`` (a town's name as a masthead or dateline writes it:
        "Faenza" → IT), loaded or not."""
        if self._city_keys is None:
            self._city_keys = {row["key"]: row["countries"].split(",") for row in read_tsv("places_keys.tsv")}
        key = _key(name)
        found = self._city_keys.get(" ".join(key), ())
        if not found:  # a division the open tables hold, gated on its country ("The Moray Council": GB)
            found = sorted({cd.region.country for cd in self._en_cands(tuple(key)) if cd.region.level >= 1})
        return tuple(found)

    def countries_of_words(self, text: str) -> set[str]:
        """Countries of the one-country places an English text names by a capitalised word alone
        (Grenoble → FR): a bilingual page's places, looked for in both scripts (``twins``)."""
        if self._city_keys is None:
            self._city_keys = {row["key"]: row["countries"].split(",") for row in read_tsv("places_keys.tsv")}
        out: set[str] = set()
        for w in set(re.findall(r"\b[A-Z][a-z]{3,}\b", text)):
            key = " ".join(_key(w))
            if key not in self._en_forms:
                cs = self._city_keys.get(key, ())
                if len(cs) == 1:
                    out.update(cs)
        return out

    def twins(self, scans) -> set:
        """'=' + the key of each gated place (a city whose country the article never names) that the article
        names in both scripts (格勒诺布尔 … Grenoble): a bilingual page names it for sure."""
        zh, en = set(), set()
        shorter, en_any = set(), set()  # 奥克兰市 (Oakland) beside "Auckland": the bare 奥克兰 may be Auckland
        for run, _seg, raw in scans:
            if run.value == "zh":
                for _s, _e, p, k in raw:
                    if k == "form" and p not in self._groups:
                        zh.update(cd.region.key for cd in self._zh_cands(p) if cd.gate in (GATED, WORDY))
                        if len(p) > 2 and p[-1] in _TYPE_TAIL:
                            shorter.update(cd.region.key for cd in self._zh_cands(p[:-1])
                                           if cd.region.country not in ("CN", None))
            else:
                for _k, _e, key, _tw in raw[3]:
                    cands = self._en_cands(key)
                    en.update(cd.region.key for cd in cands if cd.gate in (GATED, WORDY))
                    en_any.update(cd.region.key for cd in cands if cd.region.country not in ("CN", None))
        return {"=" + k for k in (zh & en) | (shorter & en_any)}

    def _near_cn_name(self, word: str) -> tuple | None:
        """The one Chinese province or prefecture whose English name is a letter away from ``word``."""
        if self._cn_en_names is None:
            self._cn_en_names = {}
            for key, cands in self._en.items():
                if len(key) == 1 and any(c.region.country == "CN" and c.region.level in (1, 2) for c in cands):
                    self._cn_en_names.setdefault(key[0][:1], []).append(key[0])
        hits = [w for w in self._cn_en_names.get(word[:1], ()) if _one_edit(word, w)]
        return (hits[0],) if len(hits) == 1 else None

    def _add_place_rows(self, rows) -> None:
        rows = list(rows)
        pzh, pen = self._pzh, self._pen
        new_zh = []
        for row in rows:
            r, gate, pop = row.region, row.gate, row.population
            target = self._hand_ref.get(row.hand) if row.hand else None
            if target is not None and _other_type(r, target):
                target = None  # 新潟市 shares the bare 新潟 with 新潟县: the city is no form of the prefecture
            if target is not None:
                r, gate = target, OPEN
            if row.iso:
                self._iso_of.setdefault(r.key.lower(), row.iso)
                self._by_iso.setdefault(row.iso, r)
            if row.up:
                self._up_of.setdefault(r.key.lower(), set()).add(row.up)
            base = _Cand(r, "foreign", gate=gate, pop=pop)
            opened = wordy = None
            for f, is_open in row.zh:
                cd = base
                if is_open and gate != OPEN:
                    cd = opened = opened or _Cand(r, "foreign", gate=OPEN, pop=pop)
                lst = pzh.get(f)
                if lst is None:
                    pzh[f] = lst = []
                    new_zh.append(f)
                lst.append(cd)  # a place read twice (open, then with its country) is deduplicated when met
            typed = None
            en_keys = row.en
            if row.iso in _more_en_names():
                en_keys = en_keys + tuple((_key(n), "") for n in _more_en_names()[row.iso])
            for k, mark in en_keys:
                cd = base
                if mark == "!" and gate == GATED:
                    cd = wordy = wordy or _Cand(r, "foreign", gate=WORDY, pop=pop)
                elif mark == "^" and target is None:
                    cd = typed = typed or _Cand(r, "foreign", gate=TYPED, pop=pop)
                lst = pen.get(k)
                if lst is None:
                    pen[k] = lst = []
                lst.append(cd)
        self._zh_cache = {}
        self._en_cache = {}
        # country -> {toneless reading: places}, built on first ask; the countries whose places came in are read
        # again (the others' readings stand)
        sounds = getattr(self, "_sounds", None)
        if sounds is None:
            self._sounds: dict[str, dict] = {}
        else:
            for row in rows:
                sounds.pop(row.region.country, None)
        if hasattr(self, "_en_forms"):
            self._en_forms |= set(pen)
            self._en_maxn = max(self._en_maxn, max((len(k) for k in pen), default=1))
        if hasattr(self, "_lens") and new_zh:
            self._prefix2.update(f[:2] for f in new_zh)
            fresh = False
            for f in new_zh:
                ls = self._lens.get(f[0])
                if ls is None:
                    self._lens[f[0]] = ls = []
                    fresh = fresh or (f[0] not in self._blens and f[0] not in self._abbr)
                if len(f) not in ls:
                    ls.append(len(f))
                    ls.sort(reverse=True)
            if fresh:  # a character no form began with: the scan's first-character class grows
                self._first = _first_chars(self._lens, self._blens, self._abbr)

    def _zh_cands(self, form: str) -> tuple:
        """Candidates of a Chinese form: the curated ones (already sorted), then generated places."""
        got = self._zh_cache.get(form)
        if got is None:
            extra = self._pzh.get(form)
            got = self._zh.get(form, ())
            if extra:
                got = _dedup(sorted(list(got) + extra, key=self._prior))
            self._zh_cache[form] = got
        return got

    def _en_cands(self, key: tuple) -> tuple:
        got = self._en_cache.get(key)
        if got is None:
            extra = self._pen.get(key)
            got = self._en.get(key, ())
            if extra:
                got = _dedup(sorted(list(got) + extra, key=self._prior))
            self._en_cache[key] = got
        return got

    # ---------------------------------------------------------------- basics
    @classmethod
    def default(cls) -> "Gazetteer":
        if cls._default is None:
            cls._default = cls()
        return cls._default

    def china(self) -> Region:
        return self._china

    def by_code(self, code: str) -> Region | None:
        return self._by_code.get(code)

    def type_zh(self, r: Region) -> str | None:
        """The division's type word (省, 市, 区, 县, 自治州 ...), for Chinese divisions."""
        return self._type_zh.get(r.code or "")

    def lookup(self, name: str) -> list[Region]:
        """Regions a name may denote: Chinese full / short name, abbreviation, English name (any case)."""
        name = name.strip()
        out = list(self._lookup.get(name, ()))
        out += self._lookup.get(" ".join(_key(name)), [])
        if name in self._groups:
            out += self._groups[name][1]
        seen, res = set(), []
        for r in out:
            if r not in seen:
                seen.add(r)
                res.append(r)
        return res

    def sounding(self, country: str, han: str, level: int | None = None) -> Region | None:
        """The place of ``country`` (loaded) whose Chinese name reads as ``han`` does, type word aside:
        transliterations of one name differ in characters, not in sound (拉各斯州 is the tables' 拉哥斯州,
        Lagos). ``level`` (1 for 州 省, 2 for 市) picks among places of one sound; None when no single place
        of that level (or, without one, of the highest) reads so."""
        key = _sound(han)
        if len(key) < 2:
            return None
        index = self._sounds.get(country)
        if index is None:
            index = self._sounds[country] = {}
            for f, cands in list(self._zh.items()) + list(self._pzh.items()):
                for c in cands:
                    r = c.region
                    if r.country == country and r.level >= 1 and c.kind == "foreign":
                        lst = index.setdefault(_sound(TYPE_WORD_END.sub("", f.lstrip("+?"))), [])
                        if r not in lst:
                            lst.append(r)
        found = index.get(key) or []
        if level is not None:
            found = [r for r in found if r.level == level]
            if not found and len(key) >= 3:
                # one syllable heard otherwise in a name of three or more, its type word given (本格拉省, the
                # tables' 本吉拉省: Benguela)
                found = list(dict.fromkeys(r for k, rs in index.items() if len(k) == len(key)
                                           and sum(a != b for a, b in zip(k, key)) == 1
                                           for r in rs if r.level == level))
        else:
            top = min((r.level for r in found), default=0)
            found = [r for r in found if r.level == top]
        return found[0] if len(found) == 1 else None

    def parent_of(self, r: Region) -> Region | None:
        return self._by_code.get(r.parent) if r.parent else None

    def lies_in(self, r: Region, outer: Region) -> bool:
        """A place abroad inside a first-level division (Sapporo in Hokkaido, Ostrava in Moravia-Silesia): the
        generated tables' parent codes (GeoNames admin1 paired with ISO 3166-2, see tools/build_places.py)."""
        # (keyed in lower case: the tables' "Kwazulu-Natal" is the page's and the English overrides' KwaZulu-Natal)
        iso = self._iso_of.get(outer.key.lower())
        return bool(iso) and iso in self._up_of.get(r.key.lower(), ())

    def province_of(self, r: Region) -> Region | None:
        if r is not None and r.level > 1 and r.code is None and r.country not in (None, "CN"):
            # abroad: the first-level division the places tables put it in (Pietermaritzburg: KwaZulu-Natal)
            ups = [self._by_iso.get(iso) for iso in sorted(self._up_of.get(r.key.lower(), ()))]
            ups = [u for u in ups if u is not None and u.level == 1]
            return ups[0] if len(ups) == 1 else None
        while r is not None and r.level > 1 and r.parent:
            r = self._by_code.get(r.parent)
        return r if r is not None and r.level == 1 else None

    def ancestors(self, r: Region) -> list[Region]:
        out = []
        p = self.parent_of(r)
        while p is not None:
            out.append(p)
            p = self.parent_of(p)
        return out

    def abbr_confusions(self, all: bool = False) -> dict[str, str]:
        """English mistranslations of one-character abbreviations: {"Kyrgyzstan": "吉", ...}.

        By default only the ``strong`` ones (hardly ever a genuine mention in
        Chinese regional news); ``all=True`` adds bare syllables and literal
        meanings ("Ji", "Port"). Rows with more detail: ``abbr_confusion_rows()``.
        """
        if all not in self._confusion_maps:  # built once; callers get their own copy
            self._confusion_maps[all] = {row["mistranslation"]: row["abbr"] for row in self._confusions
                                         if all or row["strength"] == "strong"}
        return dict(self._confusion_maps[all])

    def abbr_confusion_rows(self) -> list[dict]:
        return [dict(r) for r in self._confusions]

    def _prior(self, c: _Cand):
        r = c.region
        cap = r.parent in MUNICIPALITIES or (r.parent or "").endswith("0000") and r.level == 2
        return (c.needs_ctx, c.gate != OPEN, r.level if r.level else 0, r.country != "CN", not cap, -c.pop,
                r.code or "")

    # -------------------------------------------------------------- Chinese
    def find_zh(self, text: str, anchors: set | None = None) -> list[RegionMatch]:
        """Region names in a Chinese run. ``anchors`` (``anchors_zh`` / ``anchors_en`` over the whole
        article) admit the context-gated candidates; by default the run's own matches are used."""
        raw = self.scan_zh(text)
        if anchors is None:
            anchors = self.anchors_zh(raw)
            if self.load_countries(countries_of(anchors)):
                raw = self.scan_zh(text)
                anchors = self.anchors_zh(raw)
        return self.emit_zh(text, raw, anchors)

    def scan_zh(self, text: str) -> list[tuple[int, int, object, str]]:
        raw: list[tuple[int, int, object, str]] = []  # start, end, payload, kind
        n, i = len(text), 0
        zh, groups, block, pzh = self._zh, self._groups, self._block, self._pzh
        pre, bpre = self._prefix2, self._bprefix2
        while i < n:
            m = self._first.search(text, i)
            if not m:
                break
            i = m.start()
            c = text[i]
            best = 0
            two = text[i:i + 2]
            if two in pre:  # every form has two characters or more: most places start no form at all
                for L in self._lens.get(c, ()):
                    s = text[i:i + L]
                    if len(s) == L and (s in zh or s in groups or s in pzh):
                        best = L
                        break
            bl = 0
            if two in bpre:
                for L in self._blens.get(c, ()):
                    if i + L <= n and text[i:i + L] in block:
                        bl = L
                        break
            run = self._abbr_run(text, i) if c in self._abbr else 0
            if run > best and run >= 2 and run > bl:
                raw.append((i, i + run, None, "run"))
                i += run
            elif best and best > bl and not (text[i + best - 1] == "州" and text[i + best:i + best + 1] == "长"
                                              and (s := text[i:i + best]) in zh and zh[s][0].kind == "short"):
                s = text[i:i + best]
                if best > 2 and s[-1] in "市县省州" and text[i + best:i + best + 1] == "长" \
                        and (s[:-1] in zh or s[:-1] in pzh) \
                        and all(cd.region.country not in ("CN", None) for cd in self._zh_cands(s)):
                    # 高雄市长, 屏东县长: a place abroad or in Taiwan, then its head's title (市长), as
                    # 长春市长 reads for the titles; mainland names keep their full form (吉林市长). The place
                    # is the one its type word named (嘉义县长: the county, not 嘉义市)
                    best -= 1
                raw.append((i, i + best, s, "form"))
                i += best
            elif bl:
                i += bl
            elif c in self._abbr and self._single_ok(text, i):
                raw.append((i, i + 1, c, "abbr"))
                i += 1
            else:
                i += 1
        return raw

    def anchors_zh(self, raw) -> set:
        """What gated candidates may lean on: keys of the regions named for sure, '@CC' for their countries."""
        anchors: set = set()
        groups = self._groups
        for s, e, p, k in raw:
            if k == "form" and p not in groups:
                for cand in self._zh_cands(p):
                    if not cand.needs_ctx and cand.gate == OPEN:
                        _anchor(anchors, cand.region)
                        if cand.region.country == "CN" and cand.region.level == 3 and cand.kind == "full":
                            # 长兴县 named in full: the short names of its prefecture's other counties are places
                            # too (…赴安吉考察), as when the prefecture itself is named
                            anchors.update("^" + a.key for a in self.ancestors(cand.region)[:1])
            elif k == "form":
                anchors.update(r.key for r in groups[p][1])
        return anchors

    def _admit(self, cd: _Cand, anchors: set) -> bool:
        if cd.gate != OPEN:
            return cd.gate in (GATED, WORDY) and (("@" + (cd.region.country or "")) in anchors
                                                  or ("=" + cd.region.key) in anchors)
        return not cd.needs_ctx or any(a.key in anchors or "^" + a.key in anchors
                                       for a in self.ancestors(cd.region)[:1]) or any(
            a.key in anchors for a in self.ancestors(cd.region)[1:]) or (
            cd.kind == "short" and cd.region.key in anchors)  # 乡城 on a page that names 乡城县 in full

    def emit_zh(self, text: str, raw, anchors: set) -> list[RegionMatch]:
        zh, groups = self._zh, self._groups
        out = []
        for s, e, p, k in raw:
            seg = text[s:e]
            if k == "run":
                members = tuple(self._abbr[ch][0] for ch in seg)
                out.append(RegionMatch(s, e, seg, members, "pair" if len(members) == 2 else "group",
                                       " and ".join(r.en for r in members)))
            elif k == "abbr":
                out.append(RegionMatch(s, e, seg, tuple(self._abbr[p]), "abbr"))
            elif p in groups:
                kind, members, name_en = groups[p]
                out.append(RegionMatch(s, e, seg, members, kind, name_en))
            else:
                cands = [cd for cd in self._zh_cands(p) if self._admit(cd, anchors)]
                if cands and len(p) > 2 and p[-1] in _TYPE_TAIL:
                    cands = self._named_country(p, cands, anchors)
                if cands and len(seg) == 2 and seg[0] in _FUNCTION_CHARS and s and _CJK.match(text[s - 1]):
                    # 扎西彭措和县委常委: 和 joins two words, 和县 is no county unless its province is named
                    cands = [cd for cd in cands
                             if cd.region.level < 3 or any(a.key in anchors for a in self.ancestors(cd.region))]
                if cands and cands[0].kind == "short" and _TOWN_AFTER.match(text, e):
                    # 大同镇, 长春乡: a town that shares a city's short name, not the city
                    continue
                if cands:
                    out.append(RegionMatch(s, e, seg, tuple(cd.region for cd in cands), cands[0].kind))
        return out

    def _named_country(self, p: str, cands: list, anchors: set) -> list:
        """新西兰奥克兰市: a place abroad whose full form (奥克兰市, Oakland) lies in no country the article names,
        while its name without the type word (奥克兰) has one that does (Auckland), or one that the page's English
        names ("Auckland": a twin, see ``twins``), is that one."""
        if any(cd.region.country in ("CN", None) or "!" + cd.region.country in anchors
               or "=" + cd.region.key in anchors for cd in cands):
            return cands
        alt = [cd for cd in self._zh_cands(p[:-1]) if self._admit(cd, anchors)
               and cd.region.country not in ("CN", None)
               and ("!" + cd.region.country in anchors or "=" + cd.region.key in anchors)]
        return alt or cands

    def _abbr_run(self, text: str, i: int) -> int:
        j = i
        while j < len(text) and text[j] in self._abbr and text[j] != "疆" and j - i < 6:
            j += 1
        seg = text[i:j]
        while len(seg) >= 2:
            if len(set(seg)) == len(seg):
                strong = sum(ch in STRONG for ch in seg)
                nxt = text[i + len(seg):i + len(seg) + 1]
                if strong >= 1 and len(seg) - strong <= 1 and (strong == len(seg) or nxt in PAIR_NEXT):
                    return len(seg)
            seg = seg[:-1]
        return 0

    def _single_ok(self, text: str, i: int) -> bool:
        c = text[i]
        if c in NEVER_ALONE:
            return False
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if c == "沪" and nxt == "上":
            return True
        pre = PRE_SPECIAL.get(c) or (PRE_VERBS_PORT if c in "港澳台" else PRE_VERBS)
        if prev and prev in pre:
            return True
        if nxt in SUFFIXES and (not prev or not _CJK.match(prev) or prev in SUFFIX_PRE_OK):
            return not (nxt == "方" and c in "苏澳")
        return False

    # -------------------------------------------------------------- English
    def find_en(self, text: str, anchors: set | None = None) -> list[RegionMatch]:
        """Region names in an English run (``anchors`` as for ``find_zh``)."""
        scan = self.scan_en(text)
        if anchors is None:
            anchors = self.anchors_en(scan)
            if self.load_countries(countries_of(anchors)):
                scan = self.scan_en(text)
                anchors = self.anchors_en(scan)
        return self.emit_en(text, scan, anchors)

    def scan_en(self, text: str):
        toks = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        toks = [(s, s + len(possessive_cut(text[s:e]))) for s, e in toks]
        toks = self._split_hyphen_pairs(text, toks)
        words = [text[s:e] for s, e in toks]
        keys = [_tokkey(w) for w in words]
        whole = _caps_runs(text, toks, words, keys)
        gaps: dict[int, bool] = {}

        def gap_ok(j: int) -> bool:
            """Whether the text between token j and token j + 1 may sit inside a name (asked again and again)."""
            ok = gaps.get(j)
            if ok is None:
                gap = text[toks[j][1]:toks[j + 1][0]]
                ok = gaps[j] = _GAP.fullmatch(gap) is not None or _POSSESSIVE_GAP.fullmatch(gap) is not None
            return ok

        raw = []
        k = 0
        while k < len(toks):
            w = words[k]
            if not w[:1].isupper():
                k += 1
                continue
            hit = None
            # a form of n tokens needs the n - 1 gaps after token k to be plain ones
            longest = min(self._en_maxn, len(toks) - k)
            run = 1
            while run < longest and gap_ok(k + run - 1):
                run += 1
            for n in range(run, 0, -1):
                key = tuple(keys[k:k + n])
                if key in self._en_forms:
                    hit = (n, key)
                    break
            if not hit and k + 1 < len(toks) and keys[k + 1] in _CN_TYPE_EN and len(keys[k]) >= 6:
                near = self._near_cn_name(keys[k])  # "Tianjing Municipal", "Shangdong Provincial": a typo
                if near is not None:
                    hit = (1, near)
            adj = self._adjective_division(keys, k, run)  # "the Moravian-Silesian Region", "South Moravian Region"
            if adj and (not hit or adj[0] >= hit[0]):
                hit = adj
            if not hit:
                k += 1
                continue
            n, key = hit
            if key == ("america",) and k and keys[k - 1] in _AMERICAS:
                k += 1  # "Latin America", "South America": a continent's part, not the United States
                continue
            end_tok = k + n
            tw = None
            for phrase, types in TYPE_EN:
                pw = phrase.split()
                if end_tok + len(pw) <= len(toks) and tuple(keys[end_tok:end_tok + len(pw)]) == tuple(pw) \
                        and text[toks[end_tok - 1][1]:toks[end_tok][0]].isspace():
                    tw = types
                    end_tok += len(pw)
                    break
            if k in whole and whole[k] != (k, end_tok):
                k += 1  # "LA TRINIDAD, Benguet —": a dateline's place is read whole (LA is no Los Angeles there)
                continue
            raw.append((k, end_tok, key, tw))
            k = end_tok
        out = _Scan((toks, words, keys, raw))
        out.dateline = {k for k, e, _key, _tw in raw if whole.get(k) == (k, e)}
        out.text = text
        return out

    def _adjective_division(self, keys: list, k: int, run: int) -> tuple | None:
        """A division abroad named by its adjective before its type word ("the Moravian-Silesian Region",
        "Lower Silesian Voivodeship", "South Moravian Region"): the adjective's words ending in -ian read as
        the place's (Moravia-Silesia, Lower Silesia, South Moravia) when the table holds that place."""
        for n in range(min(run - 1, 3), 0, -1):
            if k + n >= len(keys) or keys[k + n] not in _ADJ_TYPES:
                continue
            words = keys[k:k + n]
            if not any(p.endswith("ian") for w in words for p in w.split("-")):
                continue
            key = tuple("-".join(p[:-1] if p.endswith("ian") and len(p) > 4 else p for p in w.split("-"))
                        for w in words)
            if key in self._en_forms and any(cd.region.country not in ("CN", None) and cd.region.level == 1
                                             for cd in self._en_cands(key)):
                return (n, key)
        return None

    def _split_hyphen_pairs(self, text: str, toks: list) -> list:
        """"Jilin-Zhejiang", "China-Laos", "Chengdu-Perth": places joined by a hyphen (a pair's cooperation,
        a sister-city tie) are each a token of their own when the whole is no place ("Rhineland-Palatinate",
        "Baden-Baden" stay one) and every part, capitalised, is one."""
        if not any("-" in text[s:e] for s, e in toks):
            return toks
        out = []
        for s, e in toks:
            w = text[s:e]
            parts = w.split("-")
            if len(parts) < 2 or (_tokkey(w),) in self._en_forms \
                    or not all(p[:1].isupper() and (_tokkey(p),) in self._en_forms for p in parts):
                out.append((s, e))
                continue
            a = s
            for p in parts:
                out.append((a, a + len(p)))
                a += len(p) + 1
        return out

    def anchors_en(self, scan) -> set:
        toks, words, keys, raw = scan
        # words the article writes in lower case ("~mission"): a gated place of that spelling is a word
        anchors: set = {"~" + w for w in words if w[:1].islower()}
        for k in range(len(words) - 2):
            # "the German city of Dresden", "the Japanese prefecture of Shizuoka": a nationality before a kind of
            # place names the country of the place after "of"
            if words[k][:1].isupper() and keys[k + 1] in _KIND_OF_PLACE and keys[k + 2] == "of":
                code = _demonyms().get(words[k].lower())
                if code:
                    anchors.add("@" + code)
        text = getattr(scan, "text", "")
        for k, e, key, tw in raw:
            # "Erenhot, China": a place of China written with its country after a comma is that place (the one
            # of its name there), though the article names no province of China
            if e < len(toks) and keys[e] == "china" and text[toks[e - 1][1]:toks[e][0]].strip() == ",":
                cands = [cd for cd in self._en_cands(key) if cd.region.country == "CN" and cd.needs_ctx]
                if len(cands) == 1:
                    for a in self.ancestors(cands[0].region)[:1]:
                        _anchor(anchors, a)
        for k, e, key, tw in raw:
            # "arrived in Erenhot", "traveled to Horgos": a Chinese county-level place of that one name, where a
            # trip goes, though the article names no province of it
            if k >= 1 and (keys[k - 1] in _TRAVEL_TO or (k >= 2 and (keys[k - 2], keys[k - 1]) in _TRAVEL_TO_2)):
                cands = [cd for cd in self._en_cands(key) if cd.region.country == "CN" and cd.needs_ctx]
                if len(cands) == 1 and len(self._en_cands(key)) == 1 and ("~" + words[k].lower()) not in anchors:
                    for a in self.ancestors(cands[0].region)[:1]:
                        _anchor(anchors, a)
        dateline = getattr(scan, "dateline", ())
        for k, e, key, tw in raw:
            cands = self._en_cands(key)
            if tw:
                typed = _typed(cands, tw, self._type_fits)
                if typed:
                    cands = typed  # "Porirua City", "Kings County"
            for cd in cands:
                if not cd.needs_ctx and cd.gate == OPEN:
                    _anchor(anchors, cd.region)
        for k, e, key, tw in raw:
            cands = [cd for cd in self._en_cands(key) if not cd.needs_ctx]
            if k not in dateline or not cands or any(cd.gate == OPEN for cd in cands):
                continue
            # "ILOILO CITY –", "LA TRINIDAD, Benguet –": a dateline names a place, whatever its country (the one
            # the article names, else the most populous of the name; a province before a town of its name)
            if tw:
                cands = _typed(cands, tw, self._type_fits) or [cd for cd in cands if self._type_fits(cd.region, tw)] \
                    or cands
            best = max(cands, key=lambda cd: (("@" + (cd.region.country or "")) in anchors, cd.pop or 0,
                                              cd.region.level == 1))
            anchors.add("=" + best.region.key)
            _anchor(anchors, best.region)
        return anchors

    def emit_en(self, text: str, scan, anchors: set) -> list[RegionMatch]:
        toks, words, keys, raw = scan
        lower = None
        out = []
        # places the text names without doubt (Hubei, Ohio): a division abroad joined to one by "and" is a
        # place too ("Hubei and Saxony", "Saxony and Hubei signed")
        sure_end = {e for k, e, key, tw in raw if any(cd.gate == OPEN and not cd.needs_ctx for cd in self._en_cands(key))}
        sure_start = {k for k, e, key, tw in raw if any(cd.gate == OPEN and not cd.needs_ctx for cd in self._en_cands(key))}
        for k, e, key, tw in raw:
            s_, e_ = toks[k][0], toks[e - 1][1]
            seg = text[s_:e_]
            if key in self._en_groups and key not in self._en:
                kind, members, name_en = self._en_groups[key]
                out.append(RegionMatch(s_, e_, seg, members, kind, name_en))
                continue
            cands = list(self._en_cands(key))
            if tw:
                typed = _typed(cands, tw, self._type_fits)
                cands = typed or [cd for cd in cands if self._type_fits(cd.region, tw)] or cands
            elif len(key) == 1 and k > 0 and _is_surname(keys[k - 1]) and words[k - 1][:1].isupper() \
                    and text[toks[k - 1][1]:toks[k][0]] == " ":
                continue  # "Li Yichun": a given name, not the city
            admitted = [cd for cd in cands if self._admit(cd, anchors)]
            prev = keys[k - 1] if k else ()
            nxt_w = (words[e] if e < len(words) else "").lower()
            joined = (k and k in sure_end and text[toks[k - 1][1]:toks[k][0]] in _JOIN) or (
                e < len(toks) and e in sure_start and text[toks[e - 1][1]:toks[e][0]] in _JOIN)
            paired = joined or (k >= 2 and prev in _AND and k - 1 in sure_end) or (
                nxt_w in _AND and e + 1 in sure_start)
            if not admitted and not tw:
                # a first-level division abroad whose country the article never names (Bavaria, Wales,
                # Sabah): a place where the sentence uses it as one ("Governor of Bavaria", "in Wales",
                # "Bavaria's Minister-President")
                opens = k == 0 or bool(re.fullmatch(r"\s*[.!?:\n]\s*|\s*\n\s*", text[toks[k - 1][1]:toks[k][0]]))
                if (prev in _L1_PREV and text[toks[k - 1][1]:toks[k][0]] == " ") or nxt_w in _L1_NEXT or paired \
                        or (opens and nxt_w in _L1_OPENS):  # "Bavaria was visited by …", "Wales hosted …"
                    admitted = [cd for cd in cands if cd.gate == GATED and cd.region.level == 1
                                and cd.region.country not in ("CN", None)][:1]
            mayor_place = not tw and len(key) == 1 and _mayor_place(
                keys, words, k, e, after=text[toks[e - 1][1]:toks[e][0]] if e < len(toks) else "")
            # "Minister-President of Bavaria Karl Weber": the place of a title, a name right after it
            office_place = mayor_place or (not tw and k >= 2 and keys[k - 1] == "of" and keys[k - 2] in _OF_TITLES)
            if not office_place and not tw and k >= 3 and keys[k - 1] == "of":
                # "Minister of Trade and Industrial Development of Zanzibar Khamis Haji": the office's name between
                j = k - 2
                while j > max(0, k - 9) and keys[j] not in _OF_TITLES and (
                        words[j][:1].isupper() or keys[j] in ("of", "and", "&")):
                    j -= 1
                office_place = keys[j] in _OF_TITLES and words[j][:1].isupper()
            if not admitted and mayor_place:
                # a city abroad named by its mayor's title alone ("Mayor of Buffalo", "Christchurch Mayor"):
                # the most populous city of that name (its country's places were loaded for the title)
                cities = [cd for cd in cands if cd.gate in (GATED, WORDY) and cd.region.level == 2
                          and cd.region.country not in ("CN", None)]
                admitted = sorted(cities, key=lambda cd: -(cd.pop or 0))[:1]
                if not admitted:
                    # "Mayor of Erenhot": a Chinese county-level city whose prefecture the article never names
                    # is still the one city of that name a mayor heads
                    cn = [cd for cd in cands if cd.region.country == "CN" and cd.region.level in (2, 3)
                          and cd.region.zh and cd.region.zh.endswith("市")]
                    admitted = cn if len(cn) == 1 else []
            if mayor_place and any(cd.region.country == "CN" and cd.region.level == 1 for cd in admitted):
                # "Jilin Mayor", "the Mayor of Jilin": a province heads no mayor; its city of the same name does
                cities = [cd for cd in cands if cd.region.country == "CN" and cd.region.level == 2]
                admitted = cities or admitted
            cands = admitted
            if cands and not tw and k and keys[k - 1] in _PERSON_TITLES and cands[0].region.country != "CN":
                continue  # President Hồ Chí Minh, Mr Wellington: a person
            if cands and not tw and any(cd.gate == WORDY for cd in cands) and not (
                    k and keys[k - 1] in _PLACE_PREP and text[toks[k - 1][1]:toks[k][0]] == " "):
                cands = [cd for cd in cands if cd.gate != WORDY]  # Union, Mission: a word unless "in Union"
            nxt = words[e] if e < len(words) else ""
            if cands and not tw and not office_place and not paired and len(key) == 1 and all(cd.gate != OPEN for cd in self._en_cands(key)) \
                    and nxt[:1].isupper() and e < len(toks) and text[toks[e - 1][1]:toks[e][0]] == " " \
                    and (keys[e],) not in self._en_forms and keys[e] not in _TITLE_WORDS \
                    and keys[e] not in ("mayor", "governor", "council", "government", "municipal", "delegation") \
                    and keys[e] not in _L1_NEXT:
                cands = []  # Anna Bligh: a given name before a surname
            if cands and not tw and not office_place and not paired and len(key) == 1 and all(
                    cd.region.country == "CN" and (cd.region.en or "").lower() != key[0] for cd in cands) and (
                    (k and keys[k - 1] in _PERSON_TITLES) or (
                        nxt[:1].isupper() and e < len(toks) and text[toks[e - 1][1]:toks[e][0]] == " "
                        and (keys[e],) not in self._en_forms and keys[e] not in _TITLE_WORDS and keys[e] not in _L1_NEXT
                        and keys[e] not in ("mayor", "governor", "council", "government", "municipal", "delegation",
                                            "prefecture", "city", "county", "district", "region"))):
                cands = []  # "Mr. Ali Abdullahi Omar": a Chinese place's other English name (Ali, Ngari) as a name
            if cands and not tw and not paired and len(key) == 1 and all(cd.gate != OPEN for cd in self._en_cands(key)):
                # a gated one-word place that the article also writes in lower case is a word (Reading,
                # Mission); one right after a capitalised word that is no place or title is a surname
                # (Issui Miura)
                if lower is None:
                    lower = set(re.findall(r"\b[a-z][a-z'\-]+\b", text)) | {a[1:] for a in anchors if a[:1] == "~"}
                prev = words[k - 1] if k else ""
                if key[0] in lower or (prev[:1].isupper() and text[toks[k - 1][1]:toks[k][0]] == " "
                                       and (keys[k - 1],) not in self._en_forms
                                       and keys[k - 1] not in _TITLE_WORDS and keys[k - 1] not in _PLACE_PREP):
                    cands = []
            if cands and _CURRENCY_AFTER.match(text, e_):
                continue  # "US$86 million", "NZ$3 million", "US dollars": a currency, no side
            if cands:
                kind = cands[0].kind if cands[0].kind in ("country", "foreign") else "en"
                out.append(RegionMatch(s_, e_, seg, tuple(cd.region for cd in cands), kind))
        return _drop_kind_of(text, out)

    def _type_fits(self, r: Region, types: set[str]) -> bool:
        if r.country == "CN" and r.code:
            return self._type_zh.get(r.code) in types
        return (f"F{r.level}" in types) or (r.level == 0 and "特别行政区" in types)

    # ------------------------------------------------------------ resolving
    def resolve(self, match: RegionMatch, context: "RegionContext") -> Region | None:
        """The region a match denotes, given the document's other matches.

        None for pairs and groups (their ``candidates`` are the members).
        Each candidate scores by how often the document names it unambiguously,
        its ancestors (朝阳 in a Beijing article -> 朝阳区 of Beijing) and its
        descendants (吉林 with 船营区 / 吉林市 named -> the city); ties keep the
        prior order (province before city before county).
        """
        if match.kind in ("pair", "group") or not match.candidates:
            return None
        if len(match.candidates) == 1:
            return match.candidates[0]
        first = match.candidates[0]
        best, best_score = first, None
        for r in match.candidates:
            # below a province-level first reading (河北 province vs 河北区), only direct evidence counts
            score = context.score(r, direct=(first.level == 1 and r.level > 1))
            if best_score is None or score > best_score:
                best, best_score = r, score
        return best


_CURRENCY_AFTER = re.compile(r"\$|\s+dollars?\b", re.I)
_OF_TITLES = {"mayor", "governor", "akim", "hakim", "hokim", "khokim", "premier", "minister-president", "chairman", "chairwoman",
              "speaker", "vice-governor", "vice-mayor", "voivode", "prefect", "marshal", "regent", "minister",
              "president", "secretary", "head", "chief", "leader"}  # ("Chief Minister of Penang Chow Kon Yeow")


# the words before a place a trip goes to ("visited X", "arrived in X", "traveled to X")
_TRAVEL_TO = frozenset({"visited", "visiting", "toured", "touring", "inspected"})
_TRAVEL_TO_2 = frozenset({(v, p) for v in ("arrived", "arriving", "arrives", "landed") for p in ("in", "at")}
                         | {(v, "to") for v in ("traveled", "travelled", "travelling", "traveling", "went", "came", "headed",
                                                "trip", "visit", "journey", "moved", "proceeded", "flew")})


@lru_cache(maxsize=1)
def first_level_names() -> frozenset:
    """Folded English names of every first-level division abroad (ISO 3166-2 rows of places.tsv and the
    hand-written foreign_regions.tsv): read once, when a title's place is an adjective ("Bavarian")."""
    out = {fold(r["en"]) for r in read_tsv("places.tsv") if r["level"] == "1" and r["en"]}
    out |= {fold(r["en"]) for r in read_tsv("foreign_regions.tsv") if r["level"] == "1" and r["en"]}
    return frozenset(out)


def _mayor_place(keys, words, k: int, e: int, after: str = " ") -> bool:
    """Tokens k..e are the place of a mayor's title: "mayor of X", "mayor of the City of X", "X Mayor"
    (``after``, the text between the place and the next word, only blanks: not "May 10. Mayor")."""
    before = tuple(keys[max(0, k - 5):k])
    if before[-2:] == ("mayor", "of") or before[-5:] == ("mayor", "of", "the", "city", "of") \
            or before[-4:] == ("mayor", "of", "city", "of") or before[-3:] == ("mayor", "of", "the"):
        return True
    if before[-1:] == ("of",) and k >= 4 and "mayor" in keys[max(0, k - 6):k - 3] and all(
            w[:1].isupper() for w in words[keys.index("mayor", max(0, k - 6)):k - 1]):
        return True  # "Mayor Jane Porter of Buffalo": the title, the name, then the city
    nxt = [w.lower() for w in words[e:e + 2]]
    return bool(nxt) and after.isspace() and (nxt[0] == "mayor" or (nxt[0] in ("lord", "deputy", "vice") and nxt[1:] == ["mayor"]))


@lru_cache(maxsize=1)
def _more_en_names() -> dict:
    """English names of divisions abroad that the generated tables lack (Lower Saxony for Niedersachsen):
    ``data/places_names_en.tsv``, ISO 3166-2 code -> names."""
    out: dict = {}
    for row in read_tsv("places_names_en.tsv"):
        out.setdefault(row["iso"], []).append(row["en"])
    return out


_L1_OPENS = {"was", "has", "had", "hosted", "welcomed", "received"}
_ADJ_TYPES = {"region", "province", "oblast", "voivodeship", "county", "krai", "kray"}
_AND = {"and", "&"}
_JOIN = {"-", "–", "—", "/"}  # Hubei-Saxony, Hubei–Saxony
_L1_PREV = {"of", "in", "to", "from", "visited", "visiting", "toured"}
_L1_NEXT = {"governor", "akim", "hakim", "hokim", "khokim", "premier", "minister-president", "minister", "state", "government", "parliament",
            "delegation", "province", "region", "'s", "’s", "first", "chief", "counterpart", "counterparts"}


def _first_chars(*tables) -> re.Pattern:
    chars = set().union(*(set(t) for t in tables))
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


_CN_TYPE_EN = {"province", "provincial", "municipal", "municipality", "city", "prefecture"}


# the type word ending a Chinese place name (拉哥斯州 → 拉哥斯): the sound match (``Gazetteer.sounding``) and the
# twin places of a bilingual page (``stages.regions._twin_places``) read the name without it
TYPE_WORD_END = re.compile(r"(州|省|大区|地区|府|道|郡|市|县|区)$")


@lru_cache(maxsize=4096)
def _sound(han: str) -> tuple:
    """The toneless syllables of a Chinese name (拉各斯 and 拉哥斯: ("la", "ge", "si"))."""
    from pypinyin import lazy_pinyin

    return tuple(lazy_pinyin(han))


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one inserted, deleted or replaced letter (not equal)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def _typed(cands, tw: set, fits) -> list:
    """Candidates a type word settles (Porirua City, Kings County), made open: those of one country, or the
    most populous place when it is at least twice the next (Dunedin City: New Zealand's, not Florida's)."""
    typed = [cd for cd in cands if fits(cd.region, tw)]
    if not typed:
        return []
    if len({cd.region.country for cd in typed}) > 1:
        typed = sorted(typed, key=lambda cd: -cd.pop)
        if typed[0].pop < 2 * max(typed[1].pop, 1):
            return []
        typed = [cd for cd in typed if cd.region.country == typed[0].region.country]
    return [_Cand(cd.region, cd.kind, False, OPEN, cd.pop) for cd in typed]


_AMERICAS = frozenset({"latin", "south", "north", "central"})


def countries_of(anchors: set) -> set[str]:
    """The foreign countries an article's anchors name ("@JP" -> "JP")."""
    return {a[1:] for a in anchors if a[:1] == "@"}


def _anchor(anchors: set, r: Region) -> None:
    anchors.add(r.key)
    if r.country and r.country != "CN":
        anchors.add("@" + r.country)
        if r.level == 0:
            anchors.add("!" + r.country)  # the country itself is named (新西兰), not only a place in it


def _dedup(cands: list[_Cand]) -> tuple[_Cand, ...]:
    seen, out = set(), []
    for c in cands:
        if c.region not in seen:
            seen.add(c.region)
            out.append(c)
    return tuple(out)


@lru_cache(maxsize=65536)
def _tokkey(t: str) -> str:
    """Token comparison key: all-caps abbreviations (US, U.S., PRC) keep their case, the rest fold — a word
    of four letters or more in capitals is a name in a dateline or headline (WUHAN, HANOI), not one."""
    return t if len(t) > 1 and t.upper() == t and (len(t) <= 3 or "." in t) else fold(t)


class _Scan(tuple):
    """What ``scan_en`` found: (tokens, words, keys, raw matches), with ``dateline``: the token indexes where a
    match reads a dateline's place whole."""
    dateline: set = frozenset()


_CAPS_WORD = re.compile(r"[A-Z][A-Z'’\-]*")
_DATELINE_END = re.compile(r"\s*(?:,|--|[–—]|-\s|\()")


def _caps_runs(text: str, toks: list, words: list, keys: list) -> dict[int, tuple[int, int]]:
    """A name written in capitals over several words ("SAN JOSE", "LA TRINIDAD"): its short words fold like
    its long ones (``keys`` changed in place). Returns, for each token of such a run opening a line before a
    comma or dash (a dateline's place), the run's (first, end) token: a place there is the whole run."""
    out: dict[int, tuple[int, int]] = {}
    k = 0
    while k < len(toks):
        if not _CAPS_WORD.fullmatch(words[k]):
            k += 1
            continue
        j = k + 1
        while j < len(toks) and _CAPS_WORD.fullmatch(words[j]) and text[toks[j - 1][1]:toks[j][0]] == " ":
            j += 1
        if j - k > 1 and any(len(words[i]) >= 4 for i in range(k, j)):
            for i in range(k, j):
                keys[i] = fold(words[i])
            opens = toks[k][0] == 0 or text[:toks[k][0]].rstrip(" \t").endswith("\n") \
                or not text[:toks[k][0]].strip()
            if opens and _DATELINE_END.match(text, toks[j - 1][1]):
                for i in range(k, j):
                    out[i] = (k, j)
        k = j
    return out


def _key(form: str) -> tuple:
    """A form's token keys, a word's "'s" dropped as ``scan_en`` drops it (Hawke's Bay is read as Hawke Bay)."""
    return tuple(_tokkey(possessive_cut(m.group(0))) for m in _TOKEN.finditer(form))


_KIND_OF_PLACE = frozenset("city town port state province prefecture county region capital district oblast krai "
                           "municipality island".split())


@lru_cache(maxsize=1)
def _demonyms() -> dict:
    """English nationality words and the country they name (``lang/en/demonyms.tsv``, the table the English
    module and the people stage read too)."""
    from .lang import demonyms

    return {form.lower(): code for form, code in demonyms().items() if " " not in form}


@lru_cache(maxsize=1)
def _surnames() -> frozenset:
    from .regions_data import read_tsv
    return frozenset(fold(r["romanized"]) for r in read_tsv("surnames.tsv") if r["chars"] == "1")


def _is_surname(key: str) -> bool:
    return key in _surnames()


class RegionContext:
    """What the article is about: counts of regions named unambiguously, and of their ancestors."""

    def __init__(self, gaz: Gazetteer, matches: list[RegionMatch]) -> None:
        self.gaz = gaz
        self.counts: Counter = Counter()  # region key -> unambiguous mentions
        self.soft: Counter = Counter()  # region key -> ambiguous mentions (shared among candidates)
        self.below: Counter = Counter()  # region code -> mentions of its descendants
        for m in matches:
            if m.kind in ("pair", "group") or len(m.candidates) == 1:
                for r in m.candidates:
                    self.counts[r.key] += 1
                    for a in gaz.ancestors(r):
                        self.below[a.code] += 1
            else:
                for r in m.candidates:
                    self.soft[r.key] += 1 / len(m.candidates)

    def score(self, r: Region, direct: bool = False) -> float:
        s = 3.0 * self.counts[r.key] + 1.5 * self.soft[r.key] + 1.0 * self.below[r.code or ""]
        if direct:
            return s
        if r.code is None and r.country:
            s += 2.0 * self.counts[r.country]  # 晋州市 right after 韩国
        for depth, a in enumerate(self.gaz.ancestors(r)):
            s += (2.0 if depth == 0 else 1.0) * self.counts[a.key]
        return s

    def province_counts(self) -> Counter:
        out: Counter = Counter()
        for key, n in self.counts.items():
            r = self.gaz.by_code(key)
            p = self.gaz.province_of(r) if r is not None else None
            if p is not None:
                out[p.code] += n
        return out

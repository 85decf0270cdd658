"""Chinese personal names: romanization (SPEC.md ``name.en``) and pinyin names written in Latin letters.

SPEC form of a Chinese name: Hanyu Pinyin, family name first, given name as one
word, an apostrophe before a syllable starting with a, o or e inside the given
name (陈敏尔 -> Chen Min'er, 欧阳坚 -> Ouyang Jian).

Data (``liaison/data``): ``surnames.tsv`` (surname readings, compound surnames),
``name_char_readings.tsv`` (given-name characters pypinyin reads wrongly),
``pinyin_syllables.txt`` (toneless syllable inventory, for syllabifying Latin
names such as "Chen Miner" -> Chen Min'er).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .regions_data import DATA, country_abbreviations_zh, read_tsv

__all__ = ["romanize", "split_surname", "is_plausible_zh_name", "normalize_en", "pinyin_key",
           "canonical_en", "is_pinyin_name", "split_merged_pinyin_names", "syllabify"]

_HAN = re.compile(r"^[\u4e00-\u9fff]+$")


@lru_cache(maxsize=1)
def travel_after_name_zh() -> str:
    """A regex (no groups) of the travel words that end a name right before them: 来华, 赴, 访问 …, 来 + a place
    + what one comes to do (铃木直道来吉林访问, 差猜来沪考察), 访 + a country's one-character abbreviation
    (``data/country_abbreviations_zh.tsv``) ending the phrase (甲访美期间)."""
    abbr = "".join(sorted(set(country_abbreviations_zh()) | {"华"}))
    return (r"来华|来访|来到|赴|访问|访华|抵达|到访"
            r"|来[\u4e00-\u9fff]{1,5}?(?:访问|考察|参访|调研|交流|洽谈)"
            r"|出?访[" + abbr + r"](?=期间|时|之际|并|[，,。；;、]|$)")


@lru_cache(maxsize=1)
def _tables():
    surnames: dict[str, str] = {}  # 欧阳 -> Ouyang
    for row in read_tsv("surnames.tsv"):
        surnames.setdefault(row["surname"], row["romanized"])
    readings: dict[str, str] = {}  # 长 -> chang
    for row in read_tsv("name_char_readings.tsv"):
        readings[row["char"]] = row["likely_reading"].split("|")[0]
    syl = set()
    for line in (DATA / "pinyin_syllables.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            syl.add(line.strip())
    sur_keys = {normalize_en(r) for r in surnames.values()} | {"lv", "lyu", "lu"}
    return surnames, readings, frozenset(syl), frozenset(sur_keys)


@lru_cache(maxsize=1)
def _t2s():
    import opencc
    return opencc.OpenCC("t2s")


def _simplified(s: str) -> str:
    s = s.strip().replace("·", "").replace(" ", "")
    try:
        return _t2s().convert(s)
    except Exception:  # pragma: no cover - opencc missing
        return s


def split_surname(zh_name: str) -> tuple[str, str]:
    """("欧阳", "坚") for 欧阳坚; compound surnames are tried first. Unknown surname: first character."""
    name = _simplified(zh_name)
    surnames = _tables()[0]
    if len(name) >= 3 and name[:2] in surnames:
        return name[:2], name[2:]
    return name[:1], name[1:]


@lru_cache(maxsize=65536)
@lru_cache(maxsize=1)
def surname_chars() -> frozenset:
    """Single-character surnames (simplified)."""
    return frozenset(k for k in _tables()[0] if len(k) == 1)


def is_plausible_zh_name(s: str) -> bool:
    """2-4 Han characters (up to 5 with a compound surname) starting with a known surname."""
    name = _simplified(s)
    if not _HAN.match(name or "x"):
        return False
    surnames = _tables()[0]
    if len(name) >= 3 and name[:2] in surnames:
        return 3 <= len(name) <= 5
    return 2 <= len(name) <= 4 and name[0] in surnames


def _given_syllables(given: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin
    readings = _tables()[1]
    sy = lazy_pinyin(given, style=Style.NORMAL, v_to_u=True, errors=lambda x: list(x))
    if len(sy) != len(given):
        sy = [lazy_pinyin(ch, style=Style.NORMAL, v_to_u=True)[0] for ch in given]
    return [readings.get(ch, p) for ch, p in zip(given, sy)]


def _join_given(syllables: list[str]) -> str:
    out = ""
    for i, s in enumerate(syllables):
        s = s.lower()
        if i and s[:1] in ("a", "o", "e"):
            out += "'"
        out += s
    return out[:1].upper() + out[1:]


@lru_cache(maxsize=1)
def _minority_parts() -> frozenset:
    """First halves of Tibetan, Mongolian and Uyghur names written in characters (扎西, 次仁, 巴特...)."""
    return frozenset(r["part"] for r in read_tsv("name_parts_minority.tsv"))


def minority_parts() -> frozenset:
    return _minority_parts()


def is_minority_name(zh_name: str) -> bool:
    """扎西彭措, 次仁卓玛: a four-character name of two two-character parts, no Han surname."""
    name = _simplified(zh_name)
    return len(name) == 4 and name[:2] in _minority_parts() and name[:2] not in _tables()[0]


@lru_cache(maxsize=65536)
def romanize(zh_name: str) -> str:
    """陈敏尔 -> "Chen Min'er", 欧阳坚 -> "Ouyang Jian", 曾庆红 -> "Zeng Qinghong" (traditional accepted);
    a Tibetan-style name has two parts and no family name: 扎西彭措 -> "Zhaxi Pengcuo"; one part alone is one word: 才让 -> "Cairang"."""
    if is_minority_name(zh_name):
        name = _simplified(zh_name)
        return f"{_join_given(_given_syllables(name[:2]))} {_join_given(_given_syllables(name[2:]))}"
    if _simplified(zh_name) in _minority_parts():  # 扎西, 才让: a one-part name is one word (Zhaxi)
        return _join_given(_given_syllables(_simplified(zh_name)))
    sur, given = split_surname(zh_name)
    surnames = _tables()[0]
    if sur in surnames:
        fam = surnames[sur]
    else:
        from pypinyin import Style, lazy_pinyin
        fam = _join_given(lazy_pinyin(sur, style=Style.NORMAL, v_to_u=True))
    if not given:
        return fam
    return f"{fam} {_join_given(_given_syllables(given))}"


@lru_cache(maxsize=65536)
def normalize_en(name: str) -> str:
    """Comparison key: lowercase ASCII letters only ("Chen Min'er" == "CHEN Miner" == "chen-miner")."""
    s = unicodedata.normalize("NFKD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in s.lower() if "a" <= c <= "z")


@lru_cache(maxsize=65536)
def pinyin_key(zh_name: str) -> str:
    """normalize_en(romanize(zh_name)): joins 陈敏尔 with "Chen Miner"."""
    return normalize_en(romanize(zh_name))


def syllabify(word: str, max_syllables: int = 4) -> list[str] | None:
    """Split a toneless pinyin word into syllables, or None.

    Among valid splits, fewest syllables first, then fewest vowel-initial
    syllables after the first (an unmarked "dangan" is dan+gan, not dang+an);
    "miner" has only min+er.
    """
    got = _syllabify(word, max_syllables)
    return list(got) if got is not None else None


@lru_cache(maxsize=65536)
def _syllabify(word: str, max_syllables: int) -> tuple[str, ...] | None:
    w = normalize_en(word)
    syl = _tables()[2]
    if not w:
        return None
    best: list[str] | None = None
    best_key = None

    def rec(i: int, acc: list[str]):
        nonlocal best, best_key
        if len(acc) > max_syllables:
            return
        if i == len(w):
            key = (len(acc), sum(1 for s in acc[1:] if s[0] in "aoe"))
            if best_key is None or key < best_key:
                best, best_key = list(acc), key
            return
        for j in range(min(len(w), i + 6), i, -1):
            if w[i:j] in syl:
                acc.append(w[i:j])
                rec(j, acc)
                acc.pop()

    rec(0, [])
    return tuple(best) if best is not None else None


def _surname_prefix_split(token: str) -> tuple[str, str] | None:
    """"Ouyang" stays a surname; a token such as "Mizhe" -> ("Mi", "zhe")."""
    k = normalize_en(token)
    surs = _tables()[3]
    for n in range(min(len(k) - 1, 8), 0, -1):
        if k[:n] in surs and syllabify(k[n:], 2):
            return k[:n], k[n:]
    return None


def _given_ok(tokens: list[str], max_syl: int = 2) -> list[str] | None:
    """Syllables of a given name written as tokens (each token split on ' or -), or None."""
    out: list[str] = []
    for t in tokens:
        for piece in re.split(r"['’\-]", t):
            if not piece:
                continue
            s = syllabify(piece, max_syl)
            if not s:
                return None
            out += s
    return out if 1 <= len(out) <= max_syl + (1 if len(tokens) > 1 else 0) else None


def _is_word(t: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-zÀ-ÿ]+(?:['’\-][A-Za-zÀ-ÿ]+)*", t))


def is_pinyin_name(tokens: list[str]) -> bool:
    """2-3 tokens that read as a Chinese name in pinyin: surname reading + valid syllables."""
    return _is_pinyin_name(tuple(tokens))


@lru_cache(maxsize=65536)
def _is_pinyin_name(tokens: tuple[str, ...]) -> bool:
    if not 2 <= len(tokens) <= 3 or not all(_is_word(t) and t[:1].isupper() for t in tokens):
        return False
    if normalize_en(tokens[0]) not in _tables()[3]:
        return False
    return _given_ok(tokens[1:], 2 if len(tokens) == 2 else 1) is not None


def canonical_en(name: str) -> str:
    """A Latin-script Chinese name in SPEC form where it is one ("Chen Miner" -> "Chen Min'er",
    "Peng Qing Hua" -> "Peng Qinghua", "CHEN Miner" -> "Chen Min'er"); other names unchanged."""
    tokens = name.split()
    if not is_pinyin_name([t[:1].upper() + t[1:] for t in tokens]):
        return name.strip()
    fam = normalize_en(tokens[0])
    given = _given_ok(tokens[1:], 2 if len(tokens) == 2 else 1)
    return f"{fam.capitalize()} {_join_given(given)}"


def split_merged_pinyin_names(tokens: list[str]) -> list[list[str]]:
    """Split a run of pinyin tokens into names, each surname + given name.

    "Chen Miner Jing Junhai" -> [["Chen", "Miner"], ["Jing", "Junhai"]];
    "Liu Guodong Mizhe" -> [["Liu", "Guodong"], ["Mi", "Zhe"]] (a name written
    as one token is split after its surname). Cheapest split wins: a
    surname + given pair costs 1, a one-token name 1.5, a three-token name
    (Peng Qing Hua) 1.6. Without any valid split the tokens come back as one group.
    """
    n = len(tokens)
    INF = float("inf")
    cost = [INF] * (n + 1)
    back: list[tuple[int, list[str]] | None] = [None] * (n + 1)
    cost[0] = 0.0
    for i in range(n):
        if cost[i] == INF:
            continue
        opts: list[tuple[int, float, list[str]]] = []
        if i + 2 <= n and is_pinyin_name(tokens[i:i + 2]):
            opts.append((i + 2, 1.0, tokens[i:i + 2]))
        if i + 3 <= n and is_pinyin_name(tokens[i:i + 3]):
            opts.append((i + 3, 1.6, tokens[i:i + 3]))
        if _is_word(tokens[i]) and tokens[i][:1].isupper():
            sp = _surname_prefix_split(tokens[i])
            if sp:
                opts.append((i + 1, 1.5, [sp[0].capitalize(), sp[1].capitalize()]))
        for j, c, grp in opts:
            if cost[i] + c < cost[j]:
                cost[j] = cost[i] + c
                back[j] = (i, grp)
    if cost[n] == INF:
        return [list(tokens)]
    out = []
    j = n
    while j > 0:
        i, grp = back[j]
        out.append(grp)
        j = i
    return out[::-1]


# ---------------------------------------------------------------- Vietnamese names in Latin letters
_VI_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")


@lru_cache(maxsize=1)
def _vi_surnames() -> frozenset:
    return frozenset(normalize_en(r["surname"]) for r in read_tsv("surnames_vi.tsv"))


def _plain(word: str) -> str:
    w = word.replace("đ", "d").replace("Đ", "D")
    w = unicodedata.normalize("NFKD", w)
    return "".join(c for c in w if not unicodedata.combining(c)).lower()


def vietnamese_surname_flags(words: list[str]) -> list[bool]:
    """For each word, whether it can open a Vietnamese name (capitalised, a family name of ``surnames_vi.tsv``)."""
    names = _vi_surnames()
    return [w[:1].isupper() and _plain(w) in names for w in words]


def is_vietnamese_name(tokens: list[str]) -> bool:
    """3-5 capitalised one-syllable words opening with a Vietnamese family name (data ``surnames_vi.tsv``):
    "Nguyen Van Hung", "Le Thi Thu Hang", "Hồ Đức Phớc". Two-word names are left to the model (most two-word
    runs of such syllables are places: Lao Cai, Ha Giang)."""
    if not 3 <= len(tokens) <= 5:
        return False
    if not all(t[:1].isupper() and t.isalpha() and (len(t) == 1 or not t[1:].isupper()) for t in tokens):
        return False
    if _plain(tokens[0]) not in _vi_surnames():
        return False
    return all(_VI_SYLLABLE.fullmatch(_plain(t)) for t in tokens)

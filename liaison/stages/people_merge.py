"""One PERSON per real person: join mentions across scripts and resolve their offices' regions."""
from __future__ import annotations

import functools
import re

from .. import names as N
from ..doc import Doc, Person, Position
from ..gazetteer import Gazetteer
from ..places import same as same_place, within
from ..title_labels import clean_en, label_en
from .people_zh_foreign import fold_kanji
from .regions import region_type


_BARE_EN = re.compile(r"(?i)(the\s+)?(vice[- ]|deputy\s+|executive\s+)?(president|chairman|chairwoman|chair|governor|mayor|"
                      r"director|secretary|minister|premier|speaker|akim|hakim|k?hokim)")
# bodies whose offices always belong to a place (SPEC: a people's government, a foreign state or province, a
# legislature, a Party committee): without a place the office is not known well enough to give (a department's
# office keeps its role: "rural affairs deputy director X" says what X does even with no place)
_PLACED_KINDS = frozenset({"government", "congress", "cppcc", "party_committee"})
_VISITORS_AFTER = re.compile(r"\s*(党政|政府|经贸|友好)?(代表团|考察团|访问团|一行)")


_HOME_WORD = re.compile(r"[我本](?:省|市|县|区|州|盟|旗)")  # the home named in the text (regions: home spans)


# ruling parties abroad written by their short Chinese names: their central bodies are their country's
_FOREIGN_PARTIES = (("越共", "VN"), ("老挝人民革命党", "LA"), ("老挝人革党", "LA"), ("柬埔寨人民党", "KH"),
                    ("朝鲜劳动党", "KP"), ("越南共产党", "VN"))


def _resolve_region(doc: Doc, office, mention, person_regions: dict, context: bool = False, foreign: bool = False):
    """The region an office acts for (see ``_office_region``); a 知事 (a Japanese or Korean governor) never holds
    office in a Chinese place, whatever the context offers."""
    r = _office_region(doc, office, mention, person_regions, context, foreign)
    return None if _abroad_only(office) and getattr(r, "country", None) in ("CN", "HK", "MO", "TW") else r


def _office_region(doc: Doc, office, mention, person_regions: dict, context: bool = False, foreign: bool = False):
    """Region of one office: explicit, else the person's own, else the nearest before it in the sentence that
    an earlier title wrote (a venue or the other side's place named in the sentence is not it), else the home."""
    if office.central and office.lang == "zh" and getattr(office.region, "level", None) == 0 \
            and getattr(office.region, "code", None) not in (None, "CN"):
        return office.region  # 新西兰总理希普金斯: another country's national office is that country's
    if office.central and office.lang == "zh":
        own = next((code for party, code in _FOREIGN_PARTIES if (office.title or "").startswith(party)), None)
        if own is not None and Gazetteer.default().by_code(own) is not None:
            return Gazetteer.default().by_code(own)  # 越共中央对外部部长: Vietnam's party, not China's
    if office.central:
        if office.lang == "en" and mention.name and not _looks_chinese(mention.name):
            # "Nguyen Van A, member of the Party Central Committee": the Central Committee of the person's own party
            home = doc.meta.get("home_foreign") or {}
            r = home.get("province") or home.get("city")
            code = "VN" if N.is_vietnamese_name(mention.name.split()) else getattr(r, "country", None)
            own = Gazetteer.default().by_code(code) if code and code not in ("CN", "HK", "MO") else None
            if own is not None:
                return own
        return Gazetteer.default().china()
    owner = _friendship_owner(office) if office.lang == "zh" and office.org_kind == "institution" else None
    if owner is not None:
        return owner  # 美中贸易全国委员会会长: the body of the country named first, not the 中 after it
    if office.region is not None and not isinstance(office.region, tuple):
        return office.region
    sar = _sar_body(office) if office.lang == "zh" else (
        _sar_body_en(doc, mention) if office.lang == "en" and not office.level else None)
    if sar is not None:
        return sar  # 商务及经济发展局局长 beside 广东省副省长: a bureau only Hong Kong has is Hong Kong's
    owner = _friendship_owner(office) if office.lang == "zh" else None
    if owner is not None:
        return owner  # 日中友好协会会长: Japan's association (中日友好协会 is China's: no country before 中)
    if office.org_kind in ("enterprise", "institution") and not context and not (
            office.org_kind == "institution" and office.lang == "zh" and _LEVEL_PREFIX.match(office.title or "")):
        # a company's or a university's office has the place its title writes, none from context; a body
        # whose title opens with its level (省侨联主席, 市友协会长) is that level's of the home region
        return None
    level = office.level
    if level == "country" and office.lang == "en" and _looks_chinese(mention.name or ""):
        return Gazetteer.default().china()  # "Foreign Minister Wang Yi": a national office of a Chinese name
    if level and level in person_regions and not (
            office.lang == "zh" and _type_mismatch(office.title or "", person_regions[level])):
        return person_regions[level]  # (州委常委、景洪市委书记: the prefecture's, not the city's)
    if level is None and person_regions:
        return next(iter(person_regions.values()))
    if office.lang == "en":
        led = _delegation_from(doc, mention.start)
        if led is not None and (not level or level in region_type(led)):
            return led  # "a delegation from China's Guangxi ... led by Vice Chairman X": X's office is Guangxi's
    sent = doc.sentence_at(mention.start)
    lo = sent.start if sent else max(0, mention.start - 200)
    if office.lang != "zh" and not level:
        lo = mention.start  # English implicit titles with no level mean the home region
    elif office.lang != "zh":  # "In Liuzhou city, ... the municipal Party Committee": a place of that level
        lo = max(lo, doc.text.rfind(";", lo, mention.start) + 1)  # earlier in the clause (not past a ';')
    best = visitors = None
    titled = doc.meta.get("_title_regions") or set()
    for s in doc.layer("regions"):
        if s.start < lo or s.start >= mention.start or isinstance(s.value, tuple):
            continue
        if office.lang == "zh" and (s.start, s.end) not in titled:
            if _HOME_WORD.fullmatch(doc.text, s.start, s.end) and (level is None or level in region_type(s.value)):
                best = s.value  # 甲市委书记A一行来我市考察，市委书记B陪同: 我市 is nearer than the visitors' title
            continue  # only a place written in an earlier title of the sentence: 吉林省委书记甲、省委副书记乙
        if getattr(s.value, "country", None) != "CN" and level in ("province", "city", "county"):
            if getattr(s.value, "level", 0) == 0:
                continue
        if office.lang == "zh" and getattr(s.value, "country", None) not in ("CN", "HK", "MO", "TW") and level:
            continue  # an implicit Chinese title (省长) never means a foreign prefecture named nearby
        if _abroad_only(office) and getattr(s.value, "country", None) in ("CN", "HK", "MO", "TW"):
            continue  # 知事 (a Japanese or Korean governor) never holds office in a Chinese place named nearby
        if office.lang == "en" and level and getattr(s.value, "country", None) not in ("CN", "HK", "MO", "TW") \
                and _looks_chinese(mention.name or ""):
            continue  # "the Governor of Ulaanbaatar, Vice Governor Chen Ming": a Chinese name's office is not the foreign host's
        if level is None or level in region_type(s.value):
            if office.lang == "en" and level == "county" and _en_county_mismatch(office.title or "", s.value,
                                                                                    doc.text[s.start:s.end]):
                continue  # "Secretary of the County Party Committee" after "Taicang City": a county's, not the city's
            if office.lang == "zh" and _type_mismatch(office.title or "", s.value):
                continue  # 景洪市委书记甲，州人民政府副州长乙: the 州 is not the 市 named before it
            if office.lang == "zh" and level == "county" and _other_county_type(office.title or "", s.value):
                continue  # 旗委副书记甲，区委副书记乙: a district's office is not the banner's named before it
            if office.lang == "zh" and _VISITORS_AFTER.match(doc.text, s.end):
                # 会见吉林省代表团，副省长X参加会见: the visitors' region, not the host side's
                visitors = visitors or s.value
                continue
            if office.lang == "en" and _EN_VISITORS_FROM.search(doc.text, max(lo, s.start - 40), s.start) \
                    and _EN_HOST_BY.search(doc.text, s.end, mention.start):
                continue  # "a delegation from Weifang was received by Lord Mayor X": the guests' place, not his
            best = s.value
    if best is None:
        best = visitors
    if best is not None:
        return best
    if office.lang == "zh" and level:
        led = (_led_delegation(doc, mention, level, office) or (None if foreign else _delegation_member(doc, mention, level))
               or _leader_of_named_delegation(doc, mention, level))
        if led is not None:
            return led
    elif office.lang == "zh" and (led := _led_delegation(doc, mention, None, office)) is not None:
        return led  # 以议长甲为团长的德国巴伐利亚州议会代表团: an office of no level is the delegation's place's
    if foreign or _abroad_only(office):
        # 省政府…总监梅德敦(Harold Middleton): a foreign person's implicit 省 is the foreign place the article names;
        # so is a 知事's office
        homes = doc.meta.get("home_foreign") or {}
    elif office.lang == "zh":  # a Chinese implicit title (省委常委) is a Chinese-speaking region's, never a foreign home's
        homes = {k: v for k, v in (doc.meta.get("home_cn") or {}).items()
                 if getattr(v, "country", None) in ("CN", "HK", "MO", "TW")}
    elif _looks_chinese(mention.name or ""):  # "Provincial Governor Wang X": a Chinese region's office, never a foreign one's
        homes = {k: v for k, v in (doc.meta.get("home_cn") or doc.meta.get("home") or {}).items()
                 if getattr(v, "country", None) in ("CN", "HK", "MO", "TW")}
    else:  # a foreign name with an implicit title ("Governor Doyle") acts for a foreign region
        homes = doc.meta.get("home_foreign") or {}  # no foreign place in the article: no region, not China's
    own = doc.meta.get("own_council")
    if own is not None and office.lang == "en" and not _looks_chinese(mention.name or "") \
            and level in ("province", "city", "county", None) \
            and office.org_kind in ("government", "government_department", "congress"):
        return own  # the council's own page ("Angus Council | News"): "Councillor X", "the Leader" are its
    if level == "sar" and homes.get("sar") is None and (office.lang == "zh" or _looks_chinese(mention.name or "")):
        return _sar_from_cues(doc)  # 政务司司长 on a page that never writes 香港 ("the Acting Chief Executive" too)
    if level:
        county = homes.get("county")
        if level == "province" and "province" not in homes and county is not None \
                and getattr(county, "country", "CN") not in ("CN", "HK", "MO", "TW") \
                and getattr(Gazetteer.default().parent_of(county), "level", None) == 0:
            return county  # a county that is its country's first division (Kericho County, Kenya): its governor's
        if level == "province" and "province" not in homes and homes.get("city") is not None:
            # (a Kenyan county's governor on its own page: the place abroad it is at home in, no province known)
            return Gazetteer.default().province_of(homes["city"]) or (
                homes["city"] if getattr(homes["city"], "country", "CN") not in ("CN", "HK", "MO", "TW")
                and getattr(Gazetteer.default().parent_of(homes["city"]), "level", 0) == 0 else None)
        home = homes.get(level)
        if office.lang == "en" and level == "county" and home is not None \
                and _en_county_mismatch(office.title or "", home):
            # "County Magistrate X" on a page whose home is a district (Jimo District): the one county of the title's
            # type the article names
            other = {s.value for s in doc.layer("regions") if not isinstance(s.value, tuple)
                     and getattr(s.value, "country", None) == "CN" and "county" in region_type(s.value)
                     and not _en_county_mismatch(office.title or "", s.value)}
            if len(other) == 1:
                return other.pop()
        if office.lang == "zh" and not foreign and home is None:
            # no home of that level: the one Chinese place of it the article names, unless the text sets it
            # against 我市 (吉林省政协主席甲带领…抵达澳门。省政协委员乙: Jilin's)
            other = {s.value for s in doc.layer("regions") if not isinstance(s.value, tuple)
                     and getattr(s.value, "country", None) == "CN" and level in region_type(s.value)
                     and not _type_mismatch(office.title or "", s.value)} - (doc.meta.get("home_other_side") or set())
            if len(other) == 1:
                return other.pop()
        if office.lang == "zh" and not foreign and home is not None and (
                _type_mismatch(office.title or "", home)
                or (level == "province" and getattr(home, "code", None) in ("HK", "MO"))):
            # 州委书记 in an article whose home is 宁波市: the one autonomous prefecture the article names
            # (a province-level office of a list — 省政协常委甲、委员乙 — is never Macao's, whose page it is)
            other = {s.value for s in doc.layer("regions") if not isinstance(s.value, tuple)
                     and getattr(s.value, "country", None) == "CN" and level in region_type(s.value)
                     and not _type_mismatch(office.title or "", s.value)}
            if len(other) == 1:
                return other.pop()
            if _type_mismatch(office.title or "", home):
                return None  # 区委书记 where the only county-level place is a banner (旗): the district is unnamed
        return home
    return homes.get("city") or homes.get("province")


# "a delegation from X … was received by <title> Y": X is where the guests come from, not Y's place
_ABROAD_ONLY = re.compile(r"知事$")


def _abroad_only(office) -> bool:
    """A Chinese title held only abroad (知事: a Japanese or Korean governor)."""
    return office.lang == "zh" and bool(_ABROAD_ONLY.search(office.title or ""))


_EN_VISITORS_FROM = re.compile(r"\b(?:(?:delegation|team|group|mission|guests|visitors|officials)\s+(?:from|of)"
                               r"|(?:delegation|team|group|mission),?\s+(?:led|headed)\s+by)\s+"
                               r"(?:the\s+)?(?:[A-Za-z'’\-]+\s+){0,3}$")
_EN_HOST_BY = re.compile(r"\b(?:received|welcomed|hosted|greeted|entertained|met)\s+by\s+(?:the\s+)?[^.;]{0,60}$")


_LED_FROM = re.compile(r"\b(?:delegation|team|group|mission)\s+(?:from|of)\s+([^.;:!?\n]{2,90}?)\s*,?\s+"
                       r"(?:which\s+was\s+|that\s+was\s+)?(?:led|headed)\s+by\s+((?:the\s+)?(?:[A-Z][\w.'’\-]*|of|the|"
                       r"(?:vice|deputy|executive)[- ]?[a-z]+|[a-z]+-?(?:chairman|chairwoman|chair|governor|mayor|"
                       r"secretary|president|director))"
                       r"(?:\s+(?:[A-Z][\w.'’\-]*|of|the|(?:vice|deputy|executive)[- ]?[a-z]+|chairman|chairwoman|"
                       r"chair|governor|mayor|secretary|president|director|party|general|chief))*\s+)?$")


# "… led by Vice Chairman ": the leading verb and the title up to the name
_LED_BY_TITLE = (r",?\s+(?:which\s+was\s+|that\s+was\s+|who\s+(?:was|were)\s+)?(?:led|headed)\s+by\s+(?:the\s+)?"
                 r"(?:(?:[A-Z][\w.'’\-]*|of|the|(?:vice|deputy|executive)[- ]?[a-z]+)\s+)*$")
# "the Guangxi delegation, led by …": the place named before the delegation
_LED_NAMED = re.compile(r"\b(?:the|a|an)\s+([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})(?:\s+[a-z]+){0,2}\s+"
                        r"(?:delegation|team|mission)\s*" + _LED_BY_TITLE)
# "the delegation, which was led by …": the delegation told before
_LED_BACK = re.compile(r"\bthe\s+delegation\s*" + _LED_BY_TITLE)
_DELEGATION_FROM = re.compile(r"\b(?:delegation|team|group|mission)\s+(?:from|of)\s+([^.;:!?\n]{2,60}?)"
                              r"(?=\s*(?:,|\.|\s(?:arrived|visited|came|led|headed|was|is|on|in|to|for)\b))")


def _delegation_from(doc: Doc, start: int):
    """The place of "a delegation from <place> led by <title>" right before a name: the smallest region named
    between "from" and "led by" (not a country when a place inside it is named)."""
    lo = max(0, start - 200)
    near = doc.text[lo:start]
    if " by" not in near or not ("led" in near or "headed" in near):
        return None  # the usual case, told without the pattern
    m = _LED_FROM.search(doc.text, lo, start)
    if not m or m.end() != start:
        own = _LED_NAMED.search(doc.text, lo, start)
        if own and own.end() == start:
            # "the Guangxi delegation, led by Vice Chairman X": the place named before the delegation
            for r in doc.layer("regions"):
                if own.start(1) <= r.start and r.end <= own.end(1) and not isinstance(r.value, tuple):
                    return r.value
        back = _LED_BACK.search(doc.text, lo, start)
        if not back or back.end() != start:
            return None
        # "…a delegation from Gyeonggi Province arrived … met the delegation, which was led by Vice Governor X":
        # the delegation told before, from its place
        m = None
        for m in _DELEGATION_FROM.finditer(doc.text, max(0, back.start() - 600), back.start()):
            pass
        if m is None:
            return None
    best = None
    for r in doc.layer("regions"):
        if m.start(1) <= r.start and r.end <= m.end(1) and not isinstance(r.value, tuple):
            if best is None or (getattr(r.value, "level", 0) or 0) >= (getattr(best, "level", 0) or 0):
                best = r.value
    return best


_LEVEL_PREFIX = re.compile(r"^(?:省|市|县|区|州|自治区)(?!长|委|政府|人大|政协)[\u4e00-\u9fff]{0,6}?(?:侨联|妇联|总工会|工商联|科协|文联|残联|"
                           r"红十字会|友协|贸促会|社科联|对外友好协会|协会|联合会|促进会|联谊会|商会|基金会)")
_TITLE_TYPE = re.compile(r"^(?:常务)?副?(省|州|盟|区|县|旗)(?=委|长|政府|人民政府|人大|政协|党委)")


def _type_mismatch(title: str, region) -> bool:
    """An implicit title's type word (州委, 盟长, 区委, 县长, 旗委) and a region of the same level written with
    another one (宁波市 for 州委书记, 昌平区 for 县长)."""
    m = _TITLE_TYPE.match(title)
    zh = getattr(region, "zh", None) or ""
    if not m or not zh:
        return False
    ch = m.group(1)
    if ch == "省":  # 省政协委员 is never Macao's nor a municipality's
        return not zh.endswith("省")
    if ch in "州盟":
        return not zh.endswith(ch) or zh.endswith("市")
    return zh[-1:] in ("区", "县", "旗") and zh[-1] != ch


# the delegation a person leads, named right after the name: 甲为团长的吉林省党政代表团, 甲率领的长春市代表团, 甲率吉林省代表团
_LEADS = re.compile(r"^(?:为团长的|任团长的|率领的|带领的|率领|带领|率)")
_DELEGATION = re.compile(r"^(?:省|市|县|区|州)?[\u4e00-\u9fff]{0,6}?(?:代表团|考察团|访问团|参访团)")


@functools.lru_cache(maxsize=1)
def _role_after_name() -> re.Pattern:
    """A role word of the title table written right after a name (Mike Dolan州长率…), longest first."""
    from ..titles import ZH_ROLE_WORDS

    return re.compile("|".join(map(re.escape, sorted(ZH_ROLE_WORDS, key=len, reverse=True))))


def _foreign_state(office, region) -> bool:
    """州长 of a foreign first-level 州 (a US or Australian state, a Russian oblast): the implicit title's level
    is a Chinese prefecture's (自治州), the place a state's."""
    return bool(office is not None and (office.title or "").endswith("州长") and getattr(region, "country", "CN") != "CN"
                and getattr(region, "level", None) == 1 and (region.zh or "").endswith("州"))


def _led_delegation(doc: Doc, mention, level: str, office=None):
    """An implicit title (省委书记 with no place) of a person who leads a delegation named after a region
    (以省委书记甲为团长的吉林省党政代表团): that region, when it is of the title's level."""
    end = mention.end
    post = _role_after_name().match(doc.text, end) if office is not None else None
    if post is not None and (office.title or "").endswith(post.group(0)):
        end = post.end()  # Mike Dolan州长率俄亥俄州代表团: the title written after the name, then 率
    m = _LEADS.match(doc.text[end:end + 6])
    if not m:
        return None
    at = end + m.end()
    chain = []  # 巴西坎皮纳斯市代表团: the country, then the place in it, one right after the other
    for s in sorted((s for s in doc.layer("regions") if not isinstance(s.value, tuple)), key=lambda x: x.start):
        if s.start == at:
            chain.append(s)
            at = s.end
    for s in reversed(chain):
        if (level is None or level in region_type(s.value) or _foreign_state(office, s.value)) \
                and _DELEGATION.match(doc.text[s.end:s.end + 12]):
            return s.value  # (a foreign delegation's too: 以市长甲为团长的巴西坎皮纳斯市代表团)
    return None


_OF_DELEGATION = re.compile(r"(?:代表团|考察团|访问团|参访团)(?:成员|团长|副团长|秘书长)[、，,][^。；;]{0,30}$")
_DELEGATION_AT = re.compile(r"^(?:党政|政府|经贸|友好|考察)?(?:代表团|考察团|访问团|参访团)")


# 由市长甲率领, 在市委书记甲的带领下, 甲带队: the person leads a delegation the sentence names elsewhere
_LEADS_AFTER = re.compile(r"^(?:的)?(?:带领下|率领下|带领|率领|带队|率队|率团)")
_DELEGATION_NEAR = re.compile(r"^(?:的)?[\u4e00-\u9fff]{0,6}?(?:代表团|考察团|访问团|参访团|交流团)")


def _leader_of_named_delegation(doc: Doc, mention, level: str):
    """镇江市友好代表团一行，由市长甲率领 / 来自镇江市的代表团在市委书记甲的带领下: an implicit title of the
    delegation's leader is the place of the one delegation the sentence names, when it is of the title's level."""
    if not _LEADS_AFTER.match(doc.text[mention.end:mention.end + 5]):
        return None
    sent = doc.sentence_at(mention.start)
    lo, hi = (sent.start, sent.end) if sent else (max(0, mention.start - 80), mention.end + 80)
    found = []
    for s in doc.layer("regions"):
        if (lo <= s.start and s.end <= hi and not isinstance(s.value, tuple) and level in region_type(s.value)
                and _DELEGATION_NEAR.match(doc.text[s.end:s.end + 12])
                and not any(f.key == s.value.key for f in found)):
            found.append(s.value)
    return found[0] if len(found) == 1 else None


def _delegation_member(doc: Doc, mention, level: str):
    """代表团成员、市委常委甲 / 代表团副团长、市委副书记乙: an implicit title of one of the delegation is the
    delegation's place (the one region the article names as a delegation's), when it is of the title's level."""
    sent = doc.sentence_at(mention.start)
    lo = sent.start if sent else max(0, mention.start - 60)
    of = _OF_DELEGATION.search(doc.text, lo, mention.start)
    if of is None:
        return None
    for s in doc.layer("regions"):  # 镇江市代表团团长、副市长甲: the delegation named right there is his
        if (not isinstance(s.value, tuple) and s.end <= of.start() and level in region_type(s.value)
                and re.fullmatch(r"(?:党政|政府|经贸|友好|考察)?", doc.text[s.end:of.start()])):
            return s.value
    homes = {getattr(h, "code", None) for h in (doc.meta.get("home") or {}).values()}
    found = []
    for s in doc.layer("regions"):
        if isinstance(s.value, tuple) or not _DELEGATION_AT.match(doc.text[s.end:s.end + 8]):
            continue
        if getattr(s.value, "code", None) in homes or level not in region_type(s.value):
            continue
        if not any(f.key == s.value.key for f in found):
            found.append(s.value)
    return found[0] if len(found) == 1 else None


_EN_COUNTY_TYPE = re.compile(r"(?i)\b(county|district|banner)\b")
_EN_COUNTY_ZH = {"county": "县", "district": "区", "banner": "旗"}


def _en_county_mismatch(title: str, region, surface: str = "") -> bool:
    """An English county-level title's type word (County Party Committee, County Magistrate, District Mayor) and a
    county-level place written with another one (太仓市 or 即墨区 for the County Magistrate; "Panfilov District"
    abroad, by the type word the text gives it)."""
    m = _EN_COUNTY_TYPE.search(title)
    if not m:
        return False
    zh = getattr(region, "zh", None) or ""
    if getattr(region, "country", None) != "CN":
        typed = re.search(r"(?i)\b(county|district|banner|city|municipality|region|oblast)$", surface.strip())
        return bool(typed) and typed.group(1).lower() != m.group(1).lower()
    if zh[-1:] not in ("县", "区", "旗", "市"):
        return False
    return zh[-1] != _EN_COUNTY_ZH[m.group(1).lower()]


def _other_county_type(title: str, region) -> bool:
    """An implicit county-level title (区委副书记, 县长, 旗长) and a county-level place of another type word
    (太仆寺旗 for 区长, 昌平区 for 县长)."""
    m = re.match(r"^(区|县|旗)", title)
    zh = getattr(region, "zh", None) or ""
    return bool(m and zh[-1:] in ("区", "县", "旗") and zh[-1] != m.group(1))


def _sar_from_cues(doc: Doc):
    """Hong Kong or Macao for an SAR office when the article names neither: the offices, usages and outlets only
    one of them has (``data/title_sar_zh.tsv``: 政务司 → Hong Kong, 经济财政司 → Macao); none on a tie."""
    from .normalize import to_simplified

    rows = dict(_sar_rows())
    votes = {"HK": 0, "MO": 0}
    for m in _sar_regex().finditer(to_simplified(doc.text)):
        votes[rows[m.group(0)]] += 1
    rx, forms = _sar_bodies_en()  # (and their English names: "Secretary for Economy and Finance")
    for m in rx.finditer(doc.text):
        votes[forms[m.group(0)]] += 1
    if votes["HK"] == votes["MO"]:
        return None
    return Gazetteer.default().by_code("HK" if votes["HK"] > votes["MO"] else "MO")


_SAR_ROWS: list = []
_SAR_BODY_END = ("司", "局", "署", "办事处")


def _sar_body(office):
    """Hong Kong or Macao when the title names a body only that SAR has (``data/title_sar_zh.tsv``: its offices,
    not its usages or outlets), else None."""
    from .normalize import to_simplified

    title = to_simplified(office.title or "")
    for word, sar in sar_bodies():
        if word in title:
            return Gazetteer.default().by_code(sar)
    return None


@functools.lru_cache(maxsize=1)
def _sar_bodies_en() -> tuple[re.Pattern, dict]:
    """The English names of the SAR offices of ``data/title_sar_zh.tsv`` (its note column: "Economic and
    Technological Development Bureau (DSEDT)"), the acronym in brackets, and a secretariat's or bureau's head
    ("Secretary for Economy and Finance", "Secretary for Commerce and Economic Development")."""
    from ..regions_data import read_tsv

    forms: dict[str, str] = {}
    for r in read_tsv("title_sar_zh.tsv"):
        if not r["word"].endswith(_SAR_BODY_END) or not r["note"]:
            continue
        name = re.sub(r"\s*\(.*?\)", "", r["note"]).strip()
        for ac in re.findall(r"\(([A-Z]{3,})\)", r["note"]):
            forms[ac] = r["sar"]
        forms[name] = r["sar"]
        m = re.match(r"(?:Secretariat for|Secretary for) (.+)$", name) or re.match(r"(.+?) Bureau$", name)
        if m:
            forms["Secretary for " + m.group(1)] = r["sar"]
    alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b"), forms


_TITLE_AFTER = re.compile(r",\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:of|for)\s+(?:the\s+)?")
_TITLE_GAP = re.compile(r"(?:[\s,]|\([A-Z]{2,}\)|[A-Z][\w'’.-]*|of|the|and|for){0,12}")


def _sar_body_en(doc: Doc, mention):
    """Hong Kong or Macao when the English title right around a name names a body only that SAR has
    ("Director of the Economic and Technological Development Bureau, Tai Kin Ip", "IPIM President Uchoi Kuong")."""
    sent = doc.sentence_at(mention.start)
    lo = max(sent.start if sent else 0, mention.start - 140)
    hi = min(sent.end if sent else len(doc.text), mention.end + 120)
    rx, forms = _sar_bodies_en()
    best = None
    for m in rx.finditer(doc.text, lo, hi):
        if m.end() <= mention.start and _TITLE_GAP.fullmatch(doc.text, m.end(), mention.start):
            best = m  # the nearest body before the name, with nothing but title words between
        elif m.start() >= mention.end and best is None and _TITLE_AFTER.fullmatch(doc.text, mention.end, m.start()):
            best = m  # "Tai Kin Ip, Director of the Economic and Technological Development Bureau"
            break
    return Gazetteer.default().by_code(forms[best.group(0)]) if best else None


def sar_bodies() -> list:
    """(word, HK or MO) of the SAR's offices in ``data/title_sar_zh.tsv`` (not its usages or outlets), longest first."""
    return [(w, sar) for w, sar in _sar_rows() if w.endswith(_SAR_BODY_END)]


_FRIENDSHIP = re.compile(r"^(.)中(?:友好|友)?(?:协会|友协|交流协会|议员联盟|联谊会)"
                         # 日中经济协会, 马中贸易协会, 美中贸易全国委员会, 加中贸易理事会: a bilateral business body
                         r"|^(.)中(?:经济|贸易|经贸|工商|商务|投资)[\u4e00-\u9fff]{0,4}?(?:协会|委员会|理事会|商会|联合会)")


# 中日友好协会, 中美友好协会: China's own body for friendship with that country
_CHINA_FRIENDSHIP = re.compile(r"^中(.)(?:人民)?友好(?:协会|联谊会)")


def _friendship_owner(office):
    """The country whose friendship body with China the title names first (日中友好协会 → Japan,
    ``data/country_abbreviations_zh.tsv``), else None."""
    from .normalize import to_simplified

    m = _FRIENDSHIP.match(to_simplified(office.title or ""))
    code = _country_abbreviations().get(m.group(1) or m.group(2)) if m else None
    if m is None:
        m2 = _CHINA_FRIENDSHIP.match(to_simplified(office.title or ""))
        code = "CN" if m2 and m2.group(1) in _country_abbreviations() else None
    return Gazetteer.default().by_code(code) if code else None


def _country_abbreviations() -> dict:
    from ..regions_data import country_abbreviations_zh

    return country_abbreviations_zh()


def _sar_rows() -> list:
    """(word, HK or MO) of ``data/title_sar_zh.tsv``, longest first (经济财政司, Macao, before 财政司)."""
    if not _SAR_ROWS:
        from ..regions_data import read_tsv

        _SAR_ROWS.extend(sorted(((r["word"], r["sar"]) for r in read_tsv("title_sar_zh.tsv")), key=lambda r: -len(r[0])))
    return _SAR_ROWS


@functools.lru_cache(maxsize=1)
def _sar_regex() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w, _sar in _sar_rows()))


def _looks_chinese(name: str) -> bool:
    """A Latin-script name that reads as Chinese: pinyin surname + given name, or one pinyin word
    (Bayinchaolu, a Mongolian name written in pinyin); a name in Han characters opening with a Chinese surname
    ("Vice Governor 李明" in an English sentence) too."""
    if re.search(r"[\u4e00-\u9fff]", name):
        return N.is_plausible_zh_name(name)  # (checked only for characters: the check loads the t2s converter)
    if re.match(r"[A-Z][a-z]?\.\s?[A-Z]", name):
        return False  # "Ch.Ulaan", "G.Tumurbaatar": a Mongolian name, an initial of the father's name first
    words = [w[:1].upper() + w[1:] for w in name.split()]  # "vice governor li haifeng": pinyin in lower case
    return N.is_pinyin_name(words) or (len(words) == 1 and N.syllabify(words[0], 5) is not None
                                       and not _JAPANESE_WORD.fullmatch(words[0].lower()))


# a word made of Japanese kana syllables only (Hanazumi, Yoshida): a Japanese family name, even when it also
# splits into pinyin syllables; Bayinchaolu (yin, chao) does not
_JAPANESE_WORD = re.compile(r"(?:(?:sh|ch|ts|[kgsztdnhbpmyrwfj])?y?[aiueo]|n(?![aiueoy]))+")


_FOREIGN_DOT = re.compile("[·•・‧]")
_NOT_FOREIGN = ("CN", "HK", "MO", "TW")


def _foreign_zh(doc: Doc, c: dict) -> bool:
    """A Chinese-script name of a foreigner: parts joined by a middle dot, or titled by a foreign country's
    office (亚美尼亚共和国驻华大使马纳萨良: a foreign region in the title right before the name)."""
    if _FOREIGN_DOT.search(c["zh"]):
        return True
    if any(getattr(o.region, "country", None) not in (None,) + _NOT_FOREIGN
           for m in c["mentions"] for o in m.offices if not isinstance(o.region, tuple)):
        return True
    for m in c["mentions"]:
        if not m.offices:
            continue
        for r in doc.layer("regions"):
            if (m.start - 16 <= r.end <= m.start and not isinstance(r.value, tuple)
                    and getattr(r.value, "country", None) not in (None,) + _NOT_FOREIGN
                    and not re.search(r"[,，。;；:：、\s]", doc.text[r.end:m.start])):
                return True
    return False


def _sound(s: str) -> str:
    """A rough sound key shared by pinyin and English spellings of one name (Kehuona ~ Kohona)."""
    s = N.normalize_en(s)
    for a, b in (("ph", "f"), ("th", "t"), ("sh", "s"), ("zh", "j"), ("ch", "k"), ("ng", "n")):
        s = s.replace(a, b)
    return s.translate(str.maketrans("vrxqczdbgj", "wlsksstpkk"))


def _skeleton(key: str) -> str:
    """The consonants of a sound key, f and w as one (the -fu of 奥尔洛夫 is the -v of Orlov): transliteration
    keeps the consonants of a name and fills in vowels of its own."""
    return re.sub(r"[aeiouy]", "", key.replace("f", "w"))


def _join_transliterations(doc: Doc, clusters: list[dict]) -> None:
    """Join a foreigner's Chinese transliteration (帕利塔·科霍纳) with their English name (Palitha Kohona).

    Bilingual articles name foreign officials twice, and no pinyin key links the two forms. A
    Chinese-only cluster that reads as foreign and an English-only, non-pinyin cluster are joined
    when their sound keys (pinyin of the transliteration, the English spelling, folded: r~l,
    v~w, voiced~voiceless...) are close — the family names or the whole names — and each is
    the other's best match. Joined clusters keep the English form as the name's ``en``.
    """
    import difflib

    zh_idx = [i for i, c in enumerate(clusters) if c["zh"] and not c["en"] and _foreign_zh(doc, c)]
    en_idx = [i for i, c in enumerate(clusters) if not c["zh"] and c["en"]
              and not any(N.is_pinyin_name(e.split()) for e in c["en"])]
    if not zh_idx or not en_idx:
        return

    def keys_zh(c):
        parts = [p for p in re.split("[·•・‧]", c["zh"]) if p]
        whole = "".join(_sound(N.romanize(p).replace(" ", "")) for p in parts)
        return whole, _sound(N.romanize(parts[-1]).replace(" ", ""))

    def keys_en(c):
        name = max(c["en"], key=len)
        words = [w for w in re.findall(r"[A-Za-z'’\-]+", name) if len(w) > 1]
        return _sound("".join(words)), _sound(words[-1]) if words else ""

    def sim(a, b):
        if min(len(a), len(b)) < 4:
            return 0.0
        return difflib.SequenceMatcher(None, a, b).ratio()

    score = {}
    for i in zh_idx:
        zw, zl = keys_zh(clusters[i])
        for j in en_idx:
            ew, el = keys_en(clusters[j])
            score[i, j] = max(sim(zw, ew), sim(zl, el), sim(zw, el),
                              sim(_skeleton(zw), _skeleton(ew)) - 0.1)  # 瓦西里·奥尔洛夫 ~ Vasily Orlov
    gone = set()
    for (i, j), v in sorted(score.items(), key=lambda x: -x[1]):
        if v < 0.55 or i in gone or j in gone:
            continue
        if any(score[i, j2] > v for j2 in en_idx if j2 != j) or any(score[i2, j] > v for i2 in zh_idx if i2 != i):
            continue
        clusters[i]["en"] = clusters[j]["en"]
        clusters[i]["mentions"] = sorted(clusters[i]["mentions"] + clusters[j]["mentions"], key=lambda m: m.start)
        clusters[i]["foreign"] = True
        gone.update((i, j))
    for j in sorted((j for j in gone if j in en_idx), reverse=True):
        del clusters[j]


def _office_keys(c: dict) -> set:
    """(role, org_kind, place) of the offices a cluster's mentions write with a foreign place."""
    out = set()
    for m in c["mentions"]:
        for o in m.offices:
            r = o.region
            if r is None or isinstance(r, tuple) or getattr(r, "country", None) in (None, "CN", "HK", "MO"):
                continue
            place = getattr(r, "code", None) or N.normalize_en(getattr(r, "en", None) or "") or getattr(r, "zh", None)
            if place:
                out.add((o.role, o.org_kind, place))
    return out


def _join_by_office(clusters: list[dict]) -> None:
    """鸟取县知事平井伸治 and "Tottori Governor Shinji Hirai", 谅山省委书记胡进韶 and "Secretary of the Lang Son
    provincial Party Committee Ho Tien Thieu": in a bilingual article a foreign official's Chinese name and
    English name hold the same office of the same foreign place. A Chinese-only cluster and an English-only,
    non-pinyin one are joined when such an office is theirs alone on both sides; the English form is the name's
    ``en``."""
    zh = [(i, _office_keys(c)) for i, c in enumerate(clusters) if c["zh"] and not c["en"]]
    en = [(j, _office_keys(c)) for j, c in enumerate(clusters) if not c["zh"] and c["en"]
          and not any(N.is_pinyin_name(e.split()) for e in c["en"])]
    pairs = [(i, j) for i, a in zh if a for j, b in en if a & b]
    gone = set()
    for i, j in pairs:
        if sum(1 for a, _b in pairs if a == i) != 1 or sum(1 for _a, b in pairs if b == j) != 1:
            continue
        clusters[i]["en"] = clusters[j]["en"]
        clusters[i]["mentions"] = sorted(clusters[i]["mentions"] + clusters[j]["mentions"], key=lambda m: m.start)
        clusters[i]["foreign"] = True
        gone.add(j)
    for j in sorted(gone, reverse=True):
        del clusters[j]


def _join_misspelt_pinyin(clusters: list[dict]) -> None:
    """"Cao Binchun" in a machine-translated paragraph is 曹伯纯 (Cao Bochun) of the Chinese one: an English-only
    pinyin name joins a Chinese-only name with the same family name and a close given name (difflib ratio
    ≥ 0.7), when each is the other's only such match."""
    import difflib

    zh = [(i, N.romanize(c["zh"]).split(" ", 1)) for i, c in enumerate(clusters)
          if c["zh"] and not c["en"] and not c.get("foreign") and not _FOREIGN_DOT.search(c["zh"])]
    en = [(j, max(c["en"], key=len).split()) for j, c in enumerate(clusters)
          if not c["zh"] and c["en"] and N.is_pinyin_name(max(c["en"], key=len).split())]
    pairs = []
    for j, words in en:
        fam, given = N.normalize_en(words[0]), N.normalize_en("".join(words[1:]))
        for i, parts in zh:
            if len(parts) == 2 and N.normalize_en(parts[0]) == fam:
                r = difflib.SequenceMatcher(None, N.normalize_en(parts[1]), given).ratio()
                if r >= 0.7:
                    pairs.append((i, j))
    gone = set()
    for i, j in pairs:
        if sum(1 for a, b in pairs if a == i) == 1 and sum(1 for a, b in pairs if b == j) == 1:
            clusters[i]["mentions"] = sorted(clusters[i]["mentions"] + clusters[j]["mentions"], key=lambda m: m.start)
            gone.add(j)
    for j in sorted(gone, reverse=True):
        del clusters[j]


def _join_bracketed(doc: Doc, clusters: list[dict]) -> None:
    """古蕾露（Lourdes A. Leon Guerrero）, 麦克尼尔(Stephen McNeil): a Latin name in brackets right after a
    Chinese-script name is the same person's name in the original script."""
    zh_ends = {m.end: (i, m) for i, c in enumerate(clusters) for m in c["mentions"] if m.lang == "zh"}
    gone: set[int] = set()
    for j, c in enumerate(clusters):
        if c["zh"] or j in gone:
            continue
        for m in c["mentions"]:
            k = m.start - 1
            while k > 0 and doc.text[k] == " ":
                k -= 1
            if doc.text[k] not in "(（" or (k - 1) not in {e for e in zh_ends} and k not in zh_ends:
                continue
            i, zm = zh_ends.get(k) or zh_ends.get(k - 1) or (None, None)
            if i is None or i == j or i in gone or clusters[i]["en"]:
                continue
            clusters[i]["en"] = list(c["en"])
            clusters[i]["mentions"] = sorted(clusters[i]["mentions"] + c["mentions"], key=lambda x: x.start)
            clusters[i]["foreign"] = True
            gone.add(j)
            break
    # Lee Min-ho (李敏浩): a Chinese-script name in brackets right after a Latin one is that person's too
    en_ends = {m.end: i for i, c in enumerate(clusters) for m in c["mentions"] if m.lang == "en"}
    for j, c in enumerate(clusters):
        if j in gone or not c["zh"] or c["en"] or any(m.lang != "zh" for m in c["mentions"]):
            continue
        for m in c["mentions"]:
            k = m.start - 1
            if k < 0 or doc.text[k] not in "(（" or doc.text[m.end:m.end + 1] not in ")）":
                continue
            k -= 1
            while k > 0 and doc.text[k] == " ":
                k -= 1
            i = en_ends.get(k + 1)
            if i is None or i == j or i in gone or clusters[i]["zh"]:
                continue
            clusters[i]["zh"] = c["zh"]
            clusters[i]["mentions"] = sorted(clusters[i]["mentions"] + c["mentions"], key=lambda x: x.start)
            clusters[i]["foreign"] = True
            gone.add(j)
            break
    for j in sorted(gone, reverse=True):
        del clusters[j]


def _join_parts(doc: Doc, clusters: list[dict]) -> None:
    """伊格 after 戴维·伊格, 马塞洛 before 马塞洛·埃布拉德: one part of a dotted foreign name is another mention of
    that person; so is a cut of a foreign name LAC made where the text goes on with the rest (古蕾 | 露)."""
    full = [(i, c["zh"]) for i, c in enumerate(clusters) if c["zh"] and _FOREIGN_DOT.search(c["zh"])]
    foreign = [(i, c["zh"]) for i, c in enumerate(clusters) if c["zh"] and (c.get("foreign") or _foreign_zh(doc, c))]
    gone: set[int] = set()
    for j, c in enumerate(clusters):
        zh = c["zh"]
        if not zh or _FOREIGN_DOT.search(zh) or len(zh) < 2:
            continue
        target = None
        owners = {i for i, name in full if i != j and zh in re.split("[·•・‧]", name)}
        if len(owners) == 1:
            target = owners.pop()
        else:
            for i, name in foreign:
                if i != j and len(name) > len(zh) and name.startswith(zh) and all(
                        doc.text.startswith(name, m.start) for m in c["mentions"] if m.lang == "zh"):
                    target = i
                    break
        if target is None or target in gone:
            continue
        t = clusters[target]
        t["mentions"] = sorted(t["mentions"] + c["mentions"], key=lambda m: m.start)
        t["en"] = t["en"] or c["en"]
        gone.add(j)
    for j in sorted(gone, reverse=True):
        del clusters[j]


def _join_caps_family(doc: Doc, clusters: list[dict]) -> None:
    """"Governor Morimoto" after "Governor MORIMOTO Kenji": the family name written first in capitals (Japanese and
    Korean style) used alone is that person, when one person of the article bears it so."""
    caps: dict[str, set] = {}
    for i, c in enumerate(clusters):
        for m in c["mentions"]:
            first = doc.text[m.start:m.end].split()[:1]
            if m.lang == "en" and first and len(first[0]) >= 3 and first[0].isupper() and len(m.name.split()) >= 2:
                caps.setdefault(first[0].lower(), set()).add(i)
    if not caps:
        return
    gone: dict[int, int] = {}
    for j, c in enumerate(clusters):
        names = set(c["en"])
        if c["zh"] or len(names) != 1:
            continue
        word = next(iter(names))
        owners = caps.get(word.lower(), set()) - {j}
        if " " in word or len(owners) != 1:
            continue
        gone[j] = owners.pop()
    _fold(clusters, gone)


def _join_en_tail(clusters: list[dict]) -> None:
    """"Dr. Sani Bello" after "Dr. Hauwa Sani Bello": the last two (or more) words of one person's English name,
    used alone, are that person, when one person of the article bears that full name."""
    gone: dict[int, int] = {}
    for j, c in enumerate(clusters):
        if c["zh"] or len(set(c["en"])) != 1:
            continue
        words = c["en"][0].split()
        if len(words) < 2:
            continue
        owners = {i for i, o in enumerate(clusters) if i != j and i not in gone and any(
            len(n.split()) > len(words) and n.split()[-len(words):] == words for n in o["en"])}
        if len(owners) != 1:
            continue
        gone[j] = owners.pop()
    _fold(clusters, gone)


def _join_en_short(clusters: list[dict]) -> None:
    """"Andrei Bondarenko" after "Andrei Petrovich Bondarenko", "Lucia Paredes" after "Lucía Paredes Quispe": a
    two-word English name that is the first and last words (a patronymic left out) or the first two words (a
    second family name left out) of one longer name of the article, accents aside, is that person."""
    gone: dict[int, int] = {}
    for j, c in enumerate(clusters):
        if c["zh"] or len(set(c["en"])) != 1:
            continue
        words = [N.normalize_en(x) for x in c["en"][0].split()]  # (accents aside: "Lucía" and "Lucia" alike)
        if len(words) != 2 or N.is_pinyin_name(c["en"][0].split()):
            continue
        owners = set()
        for i, o in enumerate(clusters):
            if i == j or i in gone:
                continue
            for n in o["en"]:
                w = [N.normalize_en(x) for x in n.split()]
                if 3 <= len(w) <= 4 and w[0] == words[0] and words[1] in (w[-1], w[1]):
                    owners.add(i)
        if len(owners) == 1:
            gone[j] = owners.pop()
    _fold(clusters, gone)


def _fold(clusters: list[dict], into: dict[int, int]) -> None:
    """Each cluster ``j`` of ``into`` folded into cluster ``into[j]`` (its mentions joined, in text order), then
    dropped."""
    for j, i in into.items():
        while i in into:  # (a cluster folded into one that is folded in turn)
            i = into[i]
        t = clusters[i]
        t["mentions"] = sorted(t["mentions"] + clusters[j]["mentions"], key=lambda m: m.start)
    for j in sorted(into, reverse=True):
        del clusters[j]


def build_people(doc: Doc, mentions) -> list[Person]:
    clusters: list[dict] = []
    by_key: dict[str, int] = {}
    for m in mentions:
        if m.lang == "zh":
            keys = ["zh:" + m.name, "py:" + N.pinyin_key(m.name)]
        else:
            keys = ["py:" + N.normalize_en(m.name)]
        idx = next((by_key[k] for k in keys if k in by_key), None)
        if idx is None:
            idx = len(clusters)
            clusters.append({"zh": None, "en": [], "mentions": []})
        c = clusters[idx]
        if m.lang == "zh" and c["zh"] is None:
            c["zh"] = m.name
        elif m.lang == "en":
            c["en"].append(m.name)
        c["mentions"].append(m)
        if getattr(m, "foreign", False):
            c["foreign"] = True
        for k in keys:
            by_key.setdefault(k, idx)
    _join_parts(doc, clusters)
    _join_caps_family(doc, clusters)
    _join_en_tail(clusters)
    _join_en_short(clusters)
    _join_bracketed(doc, clusters)
    _join_transliterations(doc, clusters)
    _join_misspelt_pinyin(clusters)
    _join_by_office(clusters)
    bylines = doc.meta.get("bylines") or set()
    clusters = [c for c in clusters if not (c["zh"] in bylines or any(N.normalize_en(e) in bylines for e in c["en"]))]
    people: list[Person] = []
    for c in clusters:
        if c["zh"] and not c["en"] and any(getattr(o.region, "country", None) in ("JP", "KR") and not o.central
                                           for m in c["mentions"] for o in m.offices):
            c["foreign"] = True  # a Japanese or Korean name in characters: its pinyin is no English form of it
        if c.get("foreign") and c["zh"] and not _FOREIGN_DOT.search(c["zh"]) and any(
                getattr(m, "foreign", False) or any(getattr(o.region, "country", None) == "JP" for o in m.offices)
                for m in c["mentions"]):
            c["zh"] = fold_kanji(c["zh"])  # 塩田康一 → 盐田康一 (a Chinese name's 峯 stays: it is the person's)
    for n, c in enumerate(clusters, 1):
        zh = c["zh"]
        if zh and not (c.get("foreign") or _FOREIGN_DOT.search(zh)):
            en = N.romanize(zh)
        elif c["en"]:
            en = N.canonical_en(max(c["en"], key=c["en"].count))
        else:  # 瓦西里·奥尔洛夫: pinyin is no English form of a transliterated foreign name
            en = None
        p = Person(id=f"p{n}", zh=zh, en=en, mentions=[(m.start, m.end) for m in c["mentions"]])
        # explicit regions first, so implicit offices can borrow them
        person_regions: dict = {}
        for m in c["mentions"]:
            for o in m.offices:
                if o.region is not None and not isinstance(o.region, tuple) and not m.former:
                    for t in region_type(o.region):
                        person_regions.setdefault(t, o.region)
                    if o.level:
                        person_regions.setdefault(o.level, o.region)
        seen = set()
        held: set = set()
        acting = None
        # a bare English role ("President") said of someone whose fuller title has the same role ("President of
        # CPAFFC") is that office again, not a second one
        full_roles = {(o.role, o.org_kind) for m in c["mentions"] for o in m.offices if o.lang == "en" and " of " in o.title}
        full_role_only = {r for r, _k in full_roles}
        zh_roles = {o.role for m in c["mentions"] if not m.former for o in m.offices if o.lang == "zh"}
        for m in c["mentions"]:
            if m.former:
                continue
            for o in m.offices:
                if o.lang == "en" and _BARE_EN.fullmatch(o.title.strip()) and o.role in full_role_only:
                    continue
                if o.lang == "en" and o.role in zh_roles:
                    continue  # a translated paragraph's title for an office the Chinese one states already
                if o.lang == "en" and o.region is None and not o.central and (o.role, o.org_kind) in held:
                    continue  # "said Gov. Reynolds" after "Gov. Kim Reynolds": the office again, not one elsewhere
                region = _resolve_region(doc, o, m, person_regions,
                                         foreign=bool(c.get("foreign") and c["en"] and not _looks_chinese(en or "")))
                if acting is None:  # the side the person acts for in events, even when the office names no place
                    acting = region or _resolve_region(doc, o, m, person_regions, context=True)
                if region is None and o.org_kind in _PLACED_KINDS and o.level != "country":
                    continue  # "Mayor X" with no place the article gives: an office of a place, not known well enough
                    # (a national office, "vice foreign minister", stays: its country often goes unsaid)
                if o.lang == "zh":
                    pos = Position(o.role, o.org_kind, region, title_zh=o.title,
                                   title_en=label_en(o.title, o.role, o.org_kind, region, o.central))
                else:  # an English title keeps the article's own words
                    pos = Position(o.role, o.org_kind, region, title_en=clean_en(o.title))
                pos.implicit = bool(o.lang == "zh" and region is not None and o.region is None and not o.region_text
                                    and o.level and region is (doc.meta.get("home_cn") or {}).get(o.level))
                key = pos.key()
                if key in seen:
                    continue
                seen.add(key)
                held.add((o.role, o.org_kind))
                p.positions.append(pos)
        if p.positions:
            p.region = p.positions[0].region or acting
            inner = [x.region for x in p.positions[1:] if x.region is not None and p.region is not None
                     and within(x.region, p.region) and not same_place(x.region, p.region)]
            if inner:
                p.region = inner[0]  # "member of the Quanzhou standing committee and secretary of Anxi County": Anxi's
        people.append(p)
    return people

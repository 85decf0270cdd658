"""People: name mentions in both languages, their titles, one PERSON per real person.

Chinese names come from LAC's PER tags plus two rules LAC needs help with: a
name right after a title word (副市长盛阅春) and a name continuing a 、-list of
names (王莉霞、欧阳晓晖、包钢). English names come from spaCy's PERSON entities
plus a pinyin rule that finds and splits Chinese names in Latin letters
("Chen Miner Jing Junhai" is two people) and rejects bodies tagged as people.
Bylines (记者, 通讯员, "Reporter ...") are dropped.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field

from .. import names as N
from . import people_en as E
from ..doc import Doc, Person, Position, Span
from ..regions_data import Region
from .normalize import to_simplified
from ..models import lac_tokens, lac_tokens_many, spacy_ents
from .base import stage
from .people_zh_foreign import kanji_mentions
from ..titles import ZH_TITLE_RE, ZH_GENERIC_ROLES, ZH_OTHER_TITLES, ZH_ROLE_WORDS, Office, inherit_body, parse_en, parse_zh

_ENDS_WITH_ROLE = re.compile("(?:" + "|".join(map(re.escape, ZH_ROLE_WORDS)) + ")(?:候选人)?$")  # 旗长候选人: a candidate for the office

_BYLINE_ZH = re.compile(r"(记者|通讯员|摄影|摄|责任编辑|编辑|实习生|责编|校对|审核|作者|来源|供图|图|文|撰稿|撰文|采写|供稿|监制|"
                        r"值班主任|值班编辑|文字|图片|美编|主编|初审|复审|终审|一审|二审|三审|审校|审签|出品|策划|制作|"
                        r"统筹|视频|剪辑|翻译)[\s:：/｜|]*$")
# a credit after the name: （王磊 摄）, 王磊/摄, 王磊 供图
_CREDIT_AFTER_ZH = re.compile(r"[\s/／]*(?:摄影?|供图|制图)(?:[\s)）/／|｜]|$)")
_ZH_DELIM = set(",，。;；:：!！?？\n()（）【】[]「」“”\"")
_ZH_NAME_END = re.compile(r"^(、|,|，|。|;|；|等|率|带领|一行|出席|参加|主持|陪同|会见|会谈|说|表示|指出|强调|介绍|致辞|讲话|"
                          r"代表|同志|先生|女士|在|与|和|及|分别|共同|一同|见证|签|为|对|向|也|还|随后|通过|"
                          r"" + N.travel_after_name_zh() + r"|"
                          r"今天|昨天|今日|昨日|明天|日前|近日|当天|，|\s|$)")
_NOT_NAME_ZH = {"市长", "省长", "书记", "主席", "主任", "代表", "领导", "同志", "党委", "政府", "常委", "委员", "秘书",
                "中国", "中共", "人民", "国家", "全国", "东北", "西部", "京津", "长江", "黄河"}


@functools.lru_cache(maxsize=1)
def _sar_bodies() -> re.Pattern:
    """The Hong Kong and Macao bodies of ``data/title_sar_zh.tsv`` (商务及经济发展局, 保安局), longest first."""
    from .people_merge import sar_bodies

    return re.compile("|".join(re.escape(to_simplified(w)) for w, _sar in sar_bodies()))


def _sar_body_at(text: str, s: int) -> bool:
    return _sar_bodies().match(to_simplified(text[s:s + 12])) is not None


_TIME_TAIL = frozenset({"昨日", "今日", "昨天", "今天", "明天", "明日", "日前", "近日", "当天", "当日", "上午", "下午", "晚上"})
# what surely follows a name, even when LAC glued it to the name (副市长华源率团 read as one ORG)
_STRONG_END = re.compile(r"(率团|率队|率领|带队|一行|出席|会见|会晤|表示|指出|强调|主持|陪同|致辞)")
# what follows a title word when no name is there: 副省长级官员, 会长单位, 大使馆参赞, 州长夫人, 市长热线
_NOT_NAME_START = set("级馆职衔")
_CORRIDOR_AFTER = re.compile(r"新?通道|走廊|大通道")  # a name-like word before a corridor's noun names a route
_NOT_NAME_WORDS = frozenset({"单位", "官员", "人选", "夫人", "办公", "热线", "信箱", "一职", "职务", "任期", "候选"})
_ROLE2 = frozenset(w for w in ZH_ROLE_WORDS if len(w) == 2)
# ordinary words that are also people's names: a name right after a title and before a cue (市长黄河出席)
_WORD_NAMES_ZH = {"长江", "黄河"}
_NAME_TAIL_VERB = re.compile(r"(出席|参加|主持|陪同|会见|会谈|表示|指出|强调|介绍|致辞|讲话|一行|率团|带队|同志|先生|女士)$")
_VERB_START = re.compile(r"(出席|参加|主持|陪同|会见|会谈|表示|指出|强调|介绍|致辞|致词|讲话|发言|一行|率团|带队|"
                         r"赴|来华|来访|来到|访问|访华|抵达|到访)")
_LEADING_WORD = re.compile(r"(?:(?:会见|接见|拜会|看望|宴请|欢迎|陪同|感谢)了?|连同|以及|并由|由|在|偕|而|与|和|及|同|暨|、)+"
                           r"(?=[\u4e00-\u9fff]{2})")
_GROUP_LABEL_ZH = re.compile(r"(领导|负责人|代表|嘉宾|成员|同志|等|主要领导)$")
# a travelling group's own title closing a title list (副市长、代表团团长甲, 市委常委、代表团成员乙): no office
# (秘书长, 成员 and 组长 only with the group named: 省委常委、秘书长 is the committee's secretary-general)
_GROUP_TAIL_ZH = re.compile(r"、(?:(?:(?:党政|政府|友好|经贸|商务)?(?:代表团|考察团|访问团|参访团|交流团|工作组))"
                            r"(?:副?团长|副?组长|秘书长|成员|领队)|副?团长|领队)$")


# a foreign name in Chinese characters, its parts joined by a middle dot (瓦西里·奥尔洛夫)
_DOTS = "·•・‧"
_FOREIGN_ZH = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•・‧][\u4e00-\u9fff]{1,10}(?:-[\u4e00-\u9fff]{1,10})*){1,3}")
_DOT_PART = re.compile(r"[·•・‧][\u4e00-\u9fff]{1,10}(?:-[\u4e00-\u9fff]{1,10})*")
_AFTER_FOREIGN = re.compile(r"(阁下|阁|先生|女士|夫人|博士|等|一行)$")
# a travel word LAC put inside a dotted name's last part (雷诺 | · | 米约来华 访问): the name ends before it
_TRAVEL_TAIL = re.compile("(?:" + N.travel_after_name_zh() + ")")
_TRAVEL_IN_PART = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:" + N.travel_after_name_zh() + ")")


def _dotted_end(toks, i: int, end: int) -> int:
    """End of a dotted name whose first part is token ``i`` and whose ·parts LAC put in later tokens
    (卡洛斯 | ·门多萨阁下 -> 卡洛斯·门多萨), courtesy words (阁下, 先生) left out."""
    j = i + 1
    while j < len(toks) and toks[j][2][:1] in _DOTS:
        part, base = toks[j][2], toks[j][0]
        if part in _DOTS and j + 1 < len(toks) and toks[j + 1][0] == toks[j][1] and _HAN_ONLY.match(toks[j + 1][2]):
            part += toks[j + 1][2]  # 颂猜 | · | 翁沙瓦: LAC gave the dot a token of its own
            j += 1
        while (j + 2 < len(toks) and toks[j + 1][2] in ("-", "－") and toks[j + 1][0] == toks[j][1]
               and toks[j + 2][0] == toks[j + 1][1] and _HAN_ONLY.fullmatch(toks[j + 2][2])):
            part += "-" + toks[j + 2][2]  # 伊里特 · 本 - 阿巴: a hyphened last part
            j += 2
        pos = 0
        while pos < len(part):  # ·依格里·尼古拉耶维奇: one token may hold several parts
            m = _DOT_PART.match(part, pos)
            if not m:
                return end
            seg = _AFTER_FOREIGN.sub("", m.group(0))
            cut = _TRAVEL_IN_PART.search(seg)
            if cut:
                seg = seg[:cut.start()]
            if len(seg.replace("-", "")) < 2:
                return end
            end = base + pos + len(seg)
            if len(seg) < len(m.group(0)):
                return end
            pos = m.end()
        j += 1
    return end


_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_ROLE_AT = re.compile("(?:" + "|".join(map(re.escape, [w for w in ZH_ROLE_WORDS if len(w) == 2 and w[0] in "州市县省区镇"]))
                      + ")")
_DOING_BEFORE = re.compile(r"[^，,。；;]{0,16}?(?:正在|正|前来|应邀)[^，,。；;的]{0,16}?(?:访问|考察|出访|参加|出席|调研|参观)的")
_VERB_IN_TITLE = re.compile(r"(?:会见|接见|会晤|看望|宴请|欢迎|拜会|陪同|感谢|前往|抵达)了?|的还?有|包括|还有")
# verbs that open a list of officials (代表团成员包括甲, 随行的还有乙): never the first characters of a name
_LIST_VERBS = frozenset({"包括", "包含", "还有", "共有", "则有", "另有"})
_GROUP_BEFORE = re.compile(r"(领导|嘉宾|同志)$")
# words that fill a slot of a 、-list without being names (甲、乙、其他…)
_LIST_NOT_NAME = {"其他", "其余", "有关", "相关", "各界", "各级", "各位", "等人", "以及", "部门", "单位", "企业", "领导",
                  "负责", "代表", "嘉宾", "同志", "人员", "成员", "委员", "专家", "学者", "市民", "群众", "干部"}
# titles, Chinese and foreign, right before a name (LAC's PER there is a name whatever its surname)
_AFTER_ANY_TITLE = re.compile("(?:" + "|".join(map(re.escape, sorted(set(ZH_ROLE_WORDS) | set(ZH_OTHER_TITLES),
                                                                  key=len, reverse=True))) + ")$")
_LED_AS = re.compile(r"(团长|组长|领队|首|代表)")  # 以甲为团长: the name ends before 为
_TRAILING = set("昨今率说在等和与向同及对为也还就已又将亦皆")
_FUNCTION_CHARS = set("的了是在和与及等为对向也还就已又将这那其之所以而并或被把让从到于上下中内外个们")
# adverbs that open what follows a title when no name is there (主席亦同行, 市长均出席)
_ADVERB_START = set("亦皆均都则即便拟")
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
    weak: bool = False  # proposed by the English model alone (see _drop_unconfirmed)
    foreign: bool = False  # a foreign name in characters (a Japanese kanji name): pinyin is no English form of it


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
        if (tag == "PER" and len(w) == 2 and i + 1 < len(toks) and toks[i + 1][3] == "PER"
                and len(toks[i + 1][2]) == 2 and not N.is_plausible_zh_name(w) and _HAN_ONLY.fullmatch(toks[i + 1][2])):
            e, w = toks[i + 1][1], w + toks[i + 1][2]  # 扎西 | 彭措: a Tibetan name LAC cut in two
            toks = toks[:i] + [(s, e, w, tag)] + toks[i + 2:]
        if (tag == "PER" and len(w) == 2 and i + 2 < len(toks) and len(toks[i + 1][2]) == 1
                and "\u4e00" <= toks[i + 1][2] <= "\u9fff" and toks[i + 1][2] not in _NOT_THIRD | set("的了在和与及等")
                and toks[i + 1][3] not in ("w", "p", "c", "u", "r", "m", "q", "PER", "LOC", "ORG")
                and toks[i + 2][3] in ("v", "vd", "d", "p", "w", "c", "TIME", "t")  # 王伟 | 中 | 下午
                and not (toks[i + 1][3] == "v" and toks[i + 2][3] == "v")  # 姜江 | 发 | 来: a verb pair
                and _AFTER_ANY_TITLE.search(text[max(0, s - 6):s]) and N.is_plausible_zh_name(w + toks[i + 1][2])):
            e, w = toks[i + 1][1], w + toks[i + 1][2]  # 省长王伟 | 中 | 会面: the third character LAC left out
            toks = toks[:i] + [(s, e, w, tag)] + toks[i + 2:]
        if (tag == "PER" and len(w) >= 3 and w[-1] in _DOTS and i + 1 < len(toks) and toks[i + 1][0] == e
                and _HAN_ONLY.match(toks[i + 1][2])):
            # 巴兹尔· | 赞皮拉斯: LAC cut the name after its dot
            toks = toks[:i] + [(s, e - 1, w[:-1], tag), (e - 1, toks[i + 1][1], "·" + toks[i + 1][2], toks[i + 1][3])] \
                + toks[i + 2:]
            e, w = e - 1, w[:-1]
        if tag == "PER" and i + 1 < len(toks) and toks[i + 1][2][:1] in _DOTS:
            e = _dotted_end(toks, i, e)  # 卡洛斯 + ·门多萨阁下: LAC cut the name at its dot
            w = text[s:e]
        if (tag == "PER" and any(d in w for d in _DOTS) and i + 2 < len(toks) and toks[i + 1][0] == e
                and len(toks[i + 1][2]) == 1 and _HAN_ONLY.match(toks[i + 1][2]) and toks[i + 2][2] == "为"
                and _LED_AS.match(text, toks[i + 2][1]) and "以" in text[max(0, s - 12):s]):
            e = toks[i + 1][1]  # 以市长阿尔贝托·拉马 | 约 | 为团长: the name runs to 为 (LAC read 约为, 多为)
            w = text[s:e]
            toks = toks[:i] + [(s, e, w, tag)] + toks[i + 2:]
        if tag == "PER" and w.endswith("阁") and text[e:e + 1] == "下":  # 贾伯阁下: "Your Excellency"
            w, e = w[:-1], e - 1
        if tag == "PER" and any(d in w for d in _DOTS) and (role := _ENDS_WITH_ROLE.search(w)) is not None \
                and not any(d in w[role.start() - 1:] for d in _DOTS):
            w, e = w[:role.start()], s + role.start()  # 迈克·多兰州长 | 率: LAC took the title after the name into it
        if tag == "PER" and _FOREIGN_ZH.fullmatch(w):  # 西蒙·阿多韦兰德: a transliterated foreign name
            cand = (s, e)
        elif (tag not in ("PER", "LOC", "ORG") and len(w) >= 3 and w[-1] in N.surname_chars()
              and _ENDS_WITH_ROLE.search(w[:-1]) and (glued := _glued_surname_name(text, e - 1))):
            cand = glued  # 省长许 | 昆林: the analyser glued the family name to the title before it
        elif tag not in ("PER", "LOC", "ORG") and len(w) >= 4 and (slot := _title_then_minority(doc, text, start, s, w)):
            cand = slot  # 州长扎西 | 一行: the analyser read the title and the name as one word
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
        elif (tag == "PER" and 2 <= len(w) <= 7 and _HAN_ONLY.fullmatch(w) and not set(w) & _FUNCTION_CHARS
              and w[-1] not in _TRAILING and (len(w) <= 4 or not N.is_plausible_zh_name(w[:3]))
              and (_AFTER_ANY_TITLE.search(text[max(0, s - 6):s]) or _GROUP_BEFORE.search(text[max(0, s - 4):s])
                   or (out and out[-1].end == start + s - 1 and text[s - 1:s] == "、"))
              and (_ZH_NAME_END.match(text[e:e + 2]) or text[e:e + 1] in _ZH_DELIM)):
            cand = (s, e)  # 议长森川正树为团长, 领导巴特尔, 甲、阿不都热合曼: LAC's name with no Han surname
        else:
            prev = text[max(0, s - 6):s]
            after_title = bool(_ENDS_WITH_ROLE.search(prev))
            after_list = bool(out) and out[-1].end == start + s - 1 and text[s - 1:s] == "、"
            minority = (after_title or after_list) and _minority_slot(doc, text, start, s)
            if minority:
                cand = minority
            elif (after_title or after_list) and not (tag == "v" and len(w) == 2 and w in _LIST_VERBS):
                for n in (3, 2, 4):
                    cand_name = text[s:s + n]
                    loose = (after_title and n == 3 and re.fullmatch(r"[\u4e00-\u9fff]{3}", cand_name or "")
                             and (re.match(r"[,，、。(（]", text[s + n:s + n + 1]) or _ZH_NAME_END.match(text[s + n:s + n + 2]))
                             and not set(cand_name) & _FUNCTION_CHARS and cand_name[:1] not in _ADVERB_START
                             and cand_name[-1:] not in _ADVERB_START  # 议长张华亦出席: 张华, then 亦
                             and not _VERB_START.match(cand_name))  # 县长致词时指出: no name after the title
                    if n == 3 and _sar_body_at(text, s):
                        break  # 、商务及经济发展局局长乙: a body's name begins here, no name
                    if loose and cand_name not in _NOT_NAME_ZH:
                        cand = (s, s + n)
                        break
                    if (len(cand_name) == n and N.is_plausible_zh_name(cand_name)
                            and not (n == 4 and set(cand_name[1:]) & _FUNCTION_CHARS)  # 都是首次
                            and not (n == 4 and _NAME_TAIL_VERB.match(cand_name[2:]))  # 黄河出席: a name and a verb
                            and (cand_name not in _NOT_NAME_ZH or (after_title and cand_name in _WORD_NAMES_ZH))
                            and _ZH_NAME_END.match(text[s + n:s + n + 2])
                            and (_token_boundary(toks, s + n) or _STRONG_END.match(text, s + n))):
                        cand = (s, s + n)
                        break
        if cand is None and out and out[-1].end == start + s - 1 and text[s - 1:s] == "、":
            # 甲、乙、其其格，: a name slot of a 、-list of names, however LAC cut it (Mongolian, Tibetan names)
            slot = re.match(r"[\u4e00-\u9fff]{2,4}(?=[、，,。；;]|等)", text[s:s + 6])
            if (slot and slot.group(0) not in _LIST_NOT_NAME and not ZH_TITLE_RE.search(slot.group(0))
                    and not any(r.start < start + s + len(slot.group(0)) and start + s < r.end for r in doc.layer("regions"))
                    and not any(text[s:s + 2] == x for x in _LIST_NOT_NAME)):
                cand = (s, s + len(slot.group(0)))
        if cand:
            cs, ce = cand
            while cs < ce and text[cs].isspace():
                cs += 1
            while ce > cs and text[ce - 1].isspace():
                ce -= 1
            if ce - cs >= 3 and _ROLE_AT.match(text, ce - 1):
                ce -= 1  # 伊格州 | 长: the name took the first character of the title after it (州长)
            if ce - cs >= 4 and text[ce - 2:ce] in _TIME_TAIL:
                ce -= 2  # 麦克唐纳昨日访问: a time word LAC glued to the name
            dot = next((k for k in range(cs, ce) if text[k] in _DOTS), None)
            if cs >= 1 and text[cs - 1:cs + 1] in _ROLE2 and (dot - cs >= 2 if dot is not None else ce - cs >= 3):
                cs += 1  # 州 | 长金·雷诺兹, 府 | 尹纳隆: the name took the last character of the title before it
            elif (dot is not None and cs >= 3 and "\u4e00" <= text[cs - 1] <= "\u9fff" and text[cs - 1] not in _NOT_THIRD
                  and text[cs - 1] not in "的了和与及等、在向对为是" and _ENDS_WITH_ROLE.search(text[max(0, cs - 8):cs - 1])):
                cs -= 1  # 副州长达 | 乌连·赛特卡利, 州长安 | 德鲁·巴尔: the title took the name's first character
            name = text[cs:ce]
            place_name = (_is_region_text(doc, start + cs, start + ce) and name[-1] not in "省市县区州盟旗"
                          and bool(_ENDS_WITH_ROLE.search(text[max(0, cs - 7):cs]))
                          and bool(re.match(r"[、，,。]|(出席|参加|陪同|主持|表示|会见|率|等)", text[ce:ce + 2]))
                          and N.is_plausible_zh_name(name))
            if place_name:
                doc.meta.setdefault("names_as_places", set()).add((start + cs, start + ce))
            if ((_is_region_text(doc, start + cs, start + ce) and not place_name)
                    or re.fullmatch(r"[左右][一二三四五六七八九十]+", name)
                    or _ENDS_WITH_ROLE.search(name) or name[-1] in _UNIT_END
                    or name[0] in _NOT_NAME_START or name[:2] in _NOT_NAME_WORDS  # 会长单位, 副省长级官员
                    or _CORRIDOR_AFTER.match(text, ce)  # 西部陆海新通道: the New Western Land-Sea Corridor
                    or (name[-1] in "町村镇乡市县郡" and re.match(r"副?[町村镇乡市县郡]长|议会|政府", text[ce:ce + 3]))):
                # 东川町町长: a place no table knows, then its head's title, is no name
                i += 1
                continue
            before = text[max(0, cs - 8):cs]
            if not _BYLINE_ZH.search(before) and not _in_byline_list(text, cs, out, start) \
                    and not _CREDIT_AFTER_ZH.match(text, ce):
                out.append(Mention(start + cs, start + ce, name, "zh"))
            else:
                doc.meta.setdefault("bylines", set()).add(name)
            nxt = i + 1
            while nxt < len(toks) and (toks[nxt][1] <= ce or (toks[nxt][0] < ce and _TRAVEL_TAIL.fullmatch(
                    text, ce, toks[nxt][1]))):  # 米约来华: the rest of a token cut before its travel word
                nxt += 1
            i = nxt
            continue
        i += 1
    return out


_UNIT_END = "会团局厅部委办院馆社队组"  # what a body's name ends with (商务厅, 外办), never a person's


def _glued_surname_name(text: str, s: int) -> tuple[int, int] | None:
    """A name of two or three characters starting at ``s`` (a family name LAC glued to the title before it) and
    ending before a cue, or None."""
    for n in (3, 2):
        name = text[s:s + n]
        if (len(name) == n and N.is_plausible_zh_name(name) and name not in _NOT_NAME_ZH
                and not set(name[1:]) & _FUNCTION_CHARS and _ZH_NAME_END.match(text[s + n:s + n + 8])):
            return (s, s + n)
    return None


def _minority_slot(doc: Doc, text: str, start: int, s: int) -> tuple[int, int] | None:
    """副主席其其格会见, 副州长才让扎西、, 县长才让一行: right after a title or in a 、-list of names, 2–4 characters
    opening with a Tibetan, Mongolian or Uyghur name part (``data/name_parts_minority.tsv``) up to what ends a
    name — however LAC cut them (其其 | 格, 才 | 让 | 扎西)."""
    if text[s:s + 2] not in N.minority_parts() or text[s:s + 2] in N._tables()[0]:
        return None
    for n in (4, 3, 2):
        e = s + n
        if (e <= len(text) and _HAN_ONLY.fullmatch(text[s:e]) and not set(text[s + 2:e]) & _FUNCTION_CHARS
                and not (e > s + 2 and _ZH_NAME_END.match(text[s + 2:e]))  # 才让一行: the name is 才让
                and (text[e:e + 1] in _ZH_DELIM or _ZH_NAME_END.match(text[e:e + 2]))
                and not _ENDS_WITH_ROLE.search(text[s:e]) and not _is_region_text(doc, start + s, start + e)):
            return (s, e)
    return None


def _title_then_minority(doc: Doc, text: str, start: int, s: int, w: str) -> tuple[int, int] | None:
    """A token made of a title and the opening of a Tibetan, Mongolian or Uyghur name (州长扎西): the name's slot."""
    for k in range(2, len(w) - 1):
        if w[k:k + 2] in N.minority_parts() and _ENDS_WITH_ROLE.search(w[:k]):
            return _minority_slot(doc, text, start, s + k)
    return None


_PLACE_GOES_ON = re.compile(r"[\u4e00-\u9fff]{0,3}[市省州县区郡]")


def _is_region_text(doc: Doc, s: int, e: int) -> bool:
    """A candidate name that is exactly a pair/abbreviation region (吉津) or a full region name is no person."""
    for r in doc.layer("regions"):
        if r.start <= s and e <= r.end and (isinstance(r.value, tuple) or (r.start == s and r.end == e)):
            return True
        if r.start <= s < r.end and (e <= r.end or r.start < s) \
                and getattr(r.value, "country", "CN") not in ("CN", "TW", "HK", "MO") and not doc.text[s:e].isascii():
            return True  # 巴尔 (巴尔贸易) in 坦桑尼亚桑给巴尔: a piece of a place abroad written by its sounds
        if r.start == s and e < r.end and doc.text[s:e].isascii() and re.match(r"\s+[a-z]", doc.text[e:r.end]):
            return True  # "Cao Bang" of "Cao Bang province": the place without its type word
        if r.start == s < r.end < e and getattr(r.value, "level", None) == 0 \
                and getattr(r.value, "country", "CN") != "CN" and _PLACE_GOES_ON.match(doc.text, e):
            return True  # 马拉维姆 | 祖祖市: a country, then the first sounds of a place in it, no name
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
    # 记者/甲、乙: a list after a byline word, however many of its names were found
    if re.search(r"(记者|通讯员|摄影|编辑|撰稿)[\s:：/]*(?:[\u4e00-\u9fff]{2,4}[、，,\s]+){1,4}$", text[max(0, cs - 30):cs]):
        return True
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
    note = re.search(r"[(（][^()（）]{1,6}[)）]$", t[max(0, j - 8):j]) \
        or re.search(r"[(（][A-Za-z][^()（）\n]{0,70}[)）]$", t[max(0, j - 74):j])
    if note:  # 驻华大使(代办)贾伯, 州长（Khokim of Samarkand Region）甲: a bracketed note between title and name
        j -= len(note.group(0))
    if not _ENDS_WITH_ROLE.search(t[max(0, j - 8):j]):
        tail = _GROUP_TAIL_ZH.search(t, max(0, j - 12), j)
        if tail is None or not _ENDS_WITH_ROLE.search(t[max(0, tail.start() - 8):tail.start()]):
            return None  # 副市长、代表团团长甲: the office is the one before the group's own title
    k = j
    while k > 0 and t[k - 1] not in _ZH_DELIM and j - k < 60:
        if any(pm.end == k for pm in prev_mentions):
            break
        if t[k - 1] in " \t" and k >= 2 and "\u4e00" <= t[k - 2] <= "\u9fff" and "\u4e00" <= t[k] <= "\u9fff":
            break  # 举行 省委副书记: a space between Chinese words stands for lost punctuation
        k -= 1
    return (k, j)


# ---------------------------------------------------------------- English
_CAP = r"[A-Z][a-z'’\-]+"
_PINYIN_SEQ = re.compile(rf"\b{_CAP}(?:\s+{_CAP}){{1,3}}\b")


def _en_mentions(doc: Doc, runs: list[Span]) -> list[Mention]:
    from ..homes import own_council_masthead

    masthead = own_council_masthead(doc.text)
    texts = [doc.text[r.start:r.end] for r in runs]
    ents = doc.cache.pop(("spacy", tuple((r.start, r.end) for r in runs)), None)
    if ents is None:
        ents = spacy_ents(texts) if texts else []
    out: list[Mention] = []
    for run, text, found in zip(runs, texts, ents):
        taken: list[tuple[int, int]] = []
        model_only: set[tuple[int, int]] = set()
        for s, e, label in found:
            if label in ("ORG", "GPE", "NORP", "FAC", "LOC") and E.person_tagged_otherwise(doc, text, s, e, run.start):
                label = "PERSON"  # "Darin LaHood said": a name the model took for a body or a place
            if label != "PERSON":
                continue
            for ms, me in E.clean_person(doc, text, s, e, run.start):
                me = E.short_syllable_tail(doc, text, ms, me)
                taken.append((ms, me))
                if not N.is_pinyin_name(text[ms:me].split()):
                    model_only.add((ms, me))
        for m in _PINYIN_SEQ.finditer(text):
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            for ms, me in E.clean_person(doc, text, m.start(), m.end(), run.start, pinyin_only=True):
                taken.append((ms, me))
        for hs, vs, ve in E.malay_names(text):  # "Datuk Seri X Y": the model takes the honorific for the name
            if _is_region_text(doc, run.start + vs, run.start + ve):
                continue
            taken = [x for x in taken if not (x[0] < ve and hs < x[1])] + [(vs, ve)]
            model_only.discard((vs, ve))
        for vs, ve in E.vietnamese_names(doc, text, run.start):  # the model misses or cuts these
            inside = [(a, b) for a, b in taken if vs <= a and b <= ve]
            if any(a < ve and vs < b for a, b in taken if (a, b) not in inside):
                continue
            taken = [x for x in taken if x not in inside] + [(vs, ve)]
            model_only -= set(inside)
        absolute = [(run.start + a, run.start + b) for a, b in taken]
        for a, b in E.title_anchored_names(doc, run.start, run.end, absolute):
            taken = [x for x in taken if not (a - run.start < x[0] and x[1] <= b - run.start)]  # (a name it extends)
            taken.append((a - run.start, b - run.start))
            model_only.discard((a - run.start, b - run.start))
        for ms, me in sorted(set(taken)):
            name = text[ms:me]
            before = text[max(0, ms - 40):ms]
            if E.en_byline(before, text[me:me + 60]):
                doc.meta.setdefault("bylines", set()).add(N.normalize_en(name))
                continue
            if (_is_region_text(doc, run.start + ms, run.start + me) or len(name.split()) > 5
                    or E.in_place_list(doc, run.start + ms, run.start + me)):
                continue
            if all(E.kind(w) is not None or w.lower() in E.TYPE_WORDS for w in name.split()):
                continue  # "(Town Clerk)": an office's words alone, no one's name
            if any(w.lower() in E.event_nouns() for w in name.split()):
                continue  # "Our City Held Preparation Meeting …" (a headline's capitals): an event's words, no name
            if masthead is not None and run.start + ms < masthead[1] and masthead[0] < run.start + me:
                continue  # "Ville de Saint-Émilion": the council's masthead, no one's name
            out.append(Mention(run.start + ms, run.start + me, E.caps_surname_name(name), "en",
                               weak=(ms, me) in model_only))
    out.extend(Mention(s, e, name, "en") for s, e, name in E.surname_mentions(doc, runs, out))
    return out


def _bracketed_zh(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """梅德敦(Harold Middleton) where the Chinese model missed the name before the bracket but found it later
    (梅德敦说): the characters right before the Latin name are that name there too (its title before it)."""
    zh_names = {m.name for m in mentions if m.lang == "zh" and len(m.name) >= 2}
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for m in mentions:
        if m.lang != "en":
            continue
        k = m.start
        while k > 0 and doc.text[k - 1] == " ":
            k -= 1
        if k == 0 or doc.text[k - 1] not in "(（":
            continue
        k -= 1
        for name in sorted(zh_names, key=len, reverse=True):
            if doc.text[max(0, k - len(name)):k] == name and not any(a < k and k - len(name) < b for a, b in taken):
                foreign = any(x.foreign for x in mentions if x.lang == "zh" and x.name == name)
                out.append(Mention(k - len(name), k, name, "zh", foreign=foreign))
                break
    return out


def _drop_unconfirmed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name only the English model proposes (not pinyin, no rule found it) is kept when the text confirms
    it is a person: a title, an honorific before it, a verb of speech or action after it, 'led by' before it,
    or the same person mentioned again (full name or family name). Place names, products and headline words
    the small model tags PERSON have none of these."""
    by_key: dict[str, int] = {}
    for m in mentions:
        if m.lang == "en":
            k = N.normalize_en(m.name)
            by_key[k] = by_key.get(k, 0) + 1
    surnames = {m.name.split()[-1] for m in mentions if m.lang == "en" and not m.weak and len(m.name.split()) == 1}
    sure = [m for m in mentions if m.lang != "en" or not m.weak or m.offices or by_key.get(N.normalize_en(m.name), 0) > 1
            or E.confirmed_person(doc, m.start, m.end) or m.name.split()[-1] in surnames]
    ids = {id(m) for m in sure}
    grown = True
    while grown:  # "A and B met": B's verb confirms B, the list confirms A
        grown = False
        for m in mentions:
            if id(m) not in ids and any(_listed_with(doc, m, o) for o in sure):
                sure.append(m)
                ids.add(id(m))
                grown = True
    return [m for m in mentions if id(m) in ids]


def _listed_with(doc: Doc, m: Mention, other: Mention) -> bool:
    """m and other stand side by side in a list of names ("A, B and C")."""
    if other.end <= m.start:
        gap = doc.text[other.end:m.start]
    elif m.end <= other.start:
        gap = doc.text[m.end:other.start]
    else:
        return False
    return bool(re.fullmatch(r"\s*(,|and|&|,\s*and)\s*", gap))


# ---------------------------------------------------------------- the stage
@stage("people", requires=("text", "runs", "sentences", "regions"), assigns=("people", "names"))
def people_stage(doc: Doc) -> None:
    """Name mentions (LAC, spaCy, rules), their titles → positions, one PERSON per real person."""
    mentions: list[Mention] = []
    en_runs = []
    for run in doc.runs:
        if run.value == "zh":
            found = _zh_mentions(doc, run.start, run.end)
            for a, b in kanji_mentions(doc, run.start, run.end, [(x.start, x.end) for x in found]):
                if _is_region_text(doc, a, b) or doc.text[a:b] in (doc.meta.get("bylines") or set()):
                    continue
                found = [x for x in found if x.end <= a or x.start >= b]  # 仁坂吉 | 伸: LAC's cut name goes
                found.append(Mention(a, b, doc.text[a:b], "zh", foreign=True))
            if not found:
                found = _lone_name_after_english_title(doc, run.start, run.end)
            mentions.extend(sorted(found, key=lambda x: x.start))
        elif run.value == "en":
            en_runs.append(run)
    mentions.extend(_en_mentions(doc, en_runs))
    mentions.extend(_latin_names_after_zh_titles(doc, en_runs, mentions))
    mentions.extend(_bracketed_zh(doc, mentions))
    mentions.sort(key=lambda m: m.start)
    _extend_cut_names(doc, mentions)
    mentions.extend(_family_names_again(doc, mentions))
    mentions.sort(key=lambda m: m.start)
    ends = {m.end for m in mentions if m.lang == "zh"}
    # 甲和县委常委乙: a "place" opening with 和/与/及 right after a name is the conjunction, not 和县
    doc.set_layer("regions", [r for r in doc.layer("regions")
                              if not (r.start in ends and doc.text[r.start:r.start + 1] in "和与及同")])
    doc.meta["_title_regions"] = set()
    _attach_titles(doc, mentions)
    mentions = _drop_unconfirmed(doc, mentions)
    doc.set_layer("names", [Span(m.start, m.end, "PERSON", m.name) for m in mentions])
    # a place inside a person's name (海林 in 周海林) is no region, nor a name that is a place (副省长金华、)
    named = doc.meta.pop("names_as_places", set())
    before = doc.layer("regions")
    doc.set_layer("regions", [r for r in before
                              if not any(m.start < r.end and r.start < m.end and not (r.start <= m.start and m.end <= r.end)
                                         for m in mentions) and (r.start, r.end) not in named])
    _drop_gone_homes(doc, before)
    from .people_merge import build_people

    doc.people = build_people(doc, mentions)
    doc.meta.pop("_title_regions", None)


def _family_names_again(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """巴霍迪尔·拉希莫夫 … 会见了拉希莫夫一行: a transliterated name told again by its last part alone (the family
    name, two characters or more) is that person — where no other named person shares it; so is a name in Latin
    letters told again by its last word inside a Chinese sentence (Olumide Akinwale … Akinwale说)."""
    places = [(r.start, r.end) for r in doc.layer("regions")]

    def placed(a: int, b: int) -> bool:
        return any(x < b and a < y for x, y in places)

    full = {}
    for m in mentions:
        parts = re.split(r"[·•・]", m.name) if m.lang == "zh" else m.name.split() if m.lang == "en" else []
        if m.lang == "en":
            if len(parts) >= 2 and re.fullmatch(r"[A-Z][a-z'’\-]{2,}", parts[-1]) and not placed(m.start, m.end):
                full.setdefault((parts[-1], "en"), set()).add(m.name)
        elif len(parts) >= 2 and len(parts[-1]) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", parts[-1]) \
                and not placed(m.start, m.end):  # (南山·田阳: two places joined, no name)
            full.setdefault((parts[-1], "zh"), set()).add(m.name)
    if not full:
        return []
    taken = [(m.start, m.end) for m in mentions] + places
    out = []
    text = doc.text
    for (family, lang), names in full.items():
        if len(names) > 1:
            continue  # two people of that family name: the short form names neither for sure
        for hit in re.finditer(re.escape(family), text):
            a, b = hit.span()
            if any(x < b and a < y for x, y in taken) or text[a - 1:a] in "·•・":
                continue
            around = text[max(0, a - 1):a] + text[b:b + 1]
            if lang == "en" and (re.search(r"[A-Za-z]", around) or not _ZH_NEIGHBOUR.search(around)):
                continue  # (an English sentence's "Akinwale said": the English stage reads it)
            out.append(Mention(a, b, next(iter(names)), lang, foreign=True))
            taken.append((a, b))
    return out


# a Latin family name told again inside a Chinese sentence (…会见了Akinwale一行。Akinwale说): Chinese on one side
_ZH_NEIGHBOUR = re.compile(r"[\u4e00-\u9fff，。、；：“”（）]")


def _drop_gone_homes(doc: Doc, before: list[Span]) -> None:
    """A home region read only from a place inside a person's name (阿巴 in 伊里特·本-阿巴) is no home."""
    kept = set()
    for r in doc.layer("regions"):
        kept.update(r.value if isinstance(r.value, tuple) else (r.value,))
    gone = {r.value for r in before if not isinstance(r.value, tuple)} - kept
    if not gone:
        return
    for key in ("home", "home_cn", "home_foreign"):
        homes = doc.meta.get(key)
        if homes:
            doc.meta[key] = {k: v for k, v in homes.items() if v not in gone}


def _extend_cut_names(doc: Doc, mentions: list[Mention]) -> None:
    """张丽 | 善致词 after 县长张丽善: a name LAC cut short where the text goes on with the rest of a name the
    article names in full elsewhere is that name."""
    full = {m.name for m in mentions if m.lang == "zh" and len(m.name) == 3 and N.is_plausible_zh_name(m.name)}
    starts = {m.start for m in mentions}
    for m in mentions:
        if m.lang != "zh" or len(m.name) != 2 or m.end in starts:
            continue
        longer = [f for f in full if f.startswith(m.name) and doc.text[m.end:m.end + 1] == f[2]]
        if len(longer) == 1:
            m.end += 1
            m.name = longer[0]


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


_PLURAL_TITLE = re.compile(r"(?i)\b(members|mayors|governors|councillors|councilors|legislators|senators|ministers|"
                           r"ambassadors|consuls|deputies|directors|secretaries|officials|representatives|chairmen|"
                           r"chairwomen|chairpersons)(\s+of\s+[^,;]*)?$")  # "Vice Chairmen of the X Committee A, B and C"
_PLURAL_IN = re.compile(r"(?i)^(the\s+)?([a-z\-]+\s+){0,2}(members|mayors|governors|councillors|councilors|legislators|"
                        r"senators|ministers|ambassadors|consuls|deputies|directors|secretaries|chairmen|chairwomen|"
                        r"vice[- ]chairmen|representatives)\b")
_FORMER = re.compile(r"(原|前|former|ex-|then)\s*$", re.I)


_ENGLISH_BEFORE = re.compile(r"[A-Za-z][A-Za-z.,'’ -]{0,3}$")
_ENGLISH_AFTER = re.compile(r"[ ,(]{0,3}[A-Za-z]")


def _after_english_title(doc: Doc, m: Mention, ends: set[int], starts: set[int] = frozenset()) -> bool:
    """A Chinese name written right after an English title ("Governor 胡立峰", "Vice Governor of X 胡强") or
    before one ("胡立峰, Governor of Jiangxi Province")."""
    if _ENGLISH_BEFORE.search(doc.text, max(0, m.start - 4), m.start) and E.title_before(doc, m.start, ends):
        return True
    return bool(_ENGLISH_AFTER.match(doc.text, m.end, m.end + 4)) and E.title_after(doc, m.end, starts) is not None


_LATIN_NAME = re.compile(r"[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,3}")


def _latin_names_after_zh_titles(doc: Doc, runs: list[Span], mentions: list[Mention]) -> list[Mention]:
    """A name in Latin letters written right after a Chinese title in a Chinese sentence (加州州长Gavin Newsom一行,
    万象市市长Somsak): the English model reads nothing in so short a run."""
    out = []
    for run in runs:
        m = _LATIN_NAME.match(doc.text, run.start, run.end)
        if m is None or re.search(r"[A-Za-z0-9]", doc.text[m.end():run.end]) or any(
                x.start < m.end() and run.start < x.end for x in mentions):
            continue
        after = m.end() == run.end and _POST_ROLE.match(doc.text, m.end()) is not None  # Mike DeWine州长率团…
        if (_ENDS_WITH_ROLE.search(doc.text, max(0, run.start - 9), run.start) is None and not after) \
                or _is_region_text(doc, m.start(), m.end()):
            continue
        out.append(Mention(m.start(), m.end(), m.group(0), "en"))
    return out


def _lone_name_after_english_title(doc: Doc, start: int, end: int) -> list[Mention]:
    """A run of characters that is a name alone, in an English sentence after an English title (machine
    translation leaving 胡强 untranslated: "Vice Governor of Jiangxi Province 胡强 met …"); LAC reads nothing in so
    short a run."""
    raw = doc.text[start:end]
    word = raw.strip()
    start += len(raw) - len(raw.lstrip())
    word = word.rstrip(" .,;:!?)”\"'，。；：、！？）")  # the run holds the punctuation after it
    if not N.is_plausible_zh_name(word) or _is_region_text(doc, start, start + len(word)):
        return []
    if word[-1] in _UNIT_END or _ENDS_WITH_ROLE.search(word):
        return []  # "deputy director of provincial 商务厅 Sun Li": a department left in characters, no name
    m = Mention(start, start + len(word), word, "zh")
    return [m] if _after_english_title(doc, m, set()) else []


def _attach_titles(doc: Doc, mentions: list[Mention]) -> None:
    from .regions import regions_in

    starts = {m.start for m in mentions}
    ends = {m.end for m in mentions}

    for idx, m in enumerate(mentions):
        # "Vice Governor of Jiangxi Province 胡强": a Chinese name after an English title takes that title;
        # 加州州长Gavin Newsom: a name in Latin letters after a Chinese title takes that one
        lo = m.start
        while lo > 0 and doc.text[lo - 1] == " ":
            lo -= 1  # 吉林省省长 Han Ming: a space between the title and the name
        han_title = m.lang == "en" and _ENDS_WITH_ROLE.search(doc.text, max(0, lo - 9), lo) is not None
        if m.lang == "en" and not han_title and m.end < len(doc.text) and "\u4e00" <= doc.text[m.end] <= "\u9fff":
            post_offices = _title_after_name(doc, m, mentions[:idx])
            if post_offices:
                # 俄亥俄州Mike DeWine州长: a Chinese title after a name in letters
                m.offices = post_offices
                continue
        if m.lang == "en" and not han_title:
            apposed = _zh_title_apposed(doc, m)
            if apposed:
                m.offices = apposed  # "Li Ming, 四川省副省长, led …": a title left in Chinese after the name
                continue
        span = _zh_title_phrase(doc, m, mentions[:idx]) if m.lang == "zh" or han_title else None
        if (m.lang == "zh" and (span is not None or not _after_english_title(doc, m, ends, starts))) \
                or (han_title and span is not None):
            after = doc.text[m.end:m.end + 3]
            if span is None and after.startswith("总书记"):
                m.offices = parse_zh("总书记")
                continue
            post = re.match(r"(州长|省长|市长|知事|议长|总理|主席|大使|总领事|县长|区长|书记)", doc.text[m.end:m.end + 4])
            if span is None and post and post.group(1) == "主席" and not any(
                    r.end in (m.start, m.start - 1) for r in doc.layer("regions")):
                if not _chair_elsewhere(doc, m, mentions):
                    m.offices = parse_zh("国家主席")
                continue  # 人民委员会主席甲…甲主席说: the chair the article gave him, not China's presidency
            if span is None and post:
                reg = next((r for r in doc.layer("regions") if r.end in (m.start, m.start - 1)
                            and not isinstance(r.value, tuple)), None)
                if reg is not None:
                    rtext = doc.text[reg.start:reg.end]
                    m.offices = parse_zh(rtext + post.group(1), [(0, len(rtext), rtext)])
                    _bind_regions(m.offices, {rtext: reg.value})
                    continue
            if span is None:
                post_offices = _title_after_name(doc, m, mentions[:idx]) or _title_after_list(doc, m, mentions, idx)
                if post_offices:
                    m.offices = post_offices  # 外交部拉美司蔡伟司长, 王毅国务委员兼外长
                    continue
            if span is None:
                # 、-list: 副市长甲、乙 — the title before the first name applies to all
                prev = mentions[idx - 1] if idx else None
                if prev is not None and prev.lang == "zh" and doc.text[prev.end:m.start] == "、" and prev.offices:
                    m.offices = [dataclasses.replace(o) for o in prev.offices]
                    m.former = prev.former
                continue
            ps, pe = span
            while ps < pe and doc.text[ps] in "和与及同" and ps in ends:
                ps += 1  # 甲和县委常委乙: 和 joins the two names (not 和县)
            lead = _LEADING_WORD.match(doc.text, ps, pe)
            if lead and not any(r.start == ps for r in doc.layer("regions")):
                ps = lead.end()  # 在贵州省政协主席, 以及澳门…副会长: a preposition or conjunction opens no title
            verb = None
            for verb in _VERB_IN_TITLE.finditer(doc.text, ps, pe):
                pass
            if verb is not None and pe - verb.end() >= 2:
                ps = verb.end()  # 在哈尔滨会见了俄罗斯阿穆尔州州长: the title starts after the verb
            doing = _DOING_BEFORE.match(doc.text, ps, pe)
            if doing is not None and pe - doing.end() >= 2:
                ps = doing.end()  # 正在巴西访问的广州市市长: what he is doing describes him, no part of the office
            regs = [(s.start - ps, s.end - ps, doc.text[s.start:s.end]) for s in regions_in(doc, ps, pe)]
            phrase = doc.text[ps:pe]
            tail = _GROUP_TAIL_ZH.search(phrase)
            if tail is not None and _ENDS_WITH_ROLE.search(phrase[:tail.start()]):
                phrase = phrase[:tail.start()]  # 副市长、代表团团长: the office before the group's title
                pe = ps + len(phrase)
                regs = [r for r in regs if r[1] <= len(phrase)]
            if _GROUP_LABEL_ZH.search(phrase):
                continue
            m.offices = [o for o in parse_zh(phrase, regs) if not _former_office(o)]
            prev = mentions[idx - 1] if idx else None
            bare = phrase.lstrip("、，, ").strip()
            pieces = bare.split("兼")  # 民建省委会副主委甲、副主委兼秘书长乙: each bare role in the same body
            if (prev is not None and prev.lang == "zh" and prev.offices and not regs and len(pieces) == 2
                    and all(p in ZH_GENERIC_ROLES for p in pieces)
                    and re.fullmatch(r"\s*[、，,]\s*", doc.text[prev.end:pe - len(bare)])):
                both = [inherit_body(prev.offices[-1], p) for p in pieces]
                if all(x is not None for x in both):
                    m.offices = both
                    continue
            if (prev is not None and prev.lang == "zh" and prev.offices and not regs and bare in ZH_GENERIC_ROLES
                    and re.fullmatch(r"\s*[、，,]\s*(?:连同|以及|及|和|与)?\s*", doc.text[prev.end:pe - len(bare)])):
                same = inherit_body(prev.offices[-1], bare)  # 政协主席甲、副主席乙: the body goes on
                if same is not None:
                    m.offices = [same]
                    if len(prev.offices) > 1 and len({(o.role, o.title[-3:]) for o in prev.offices}) == 1:
                        # 中台办、国台办副主任甲，主任助理乙: one role word held in several bodies goes on in each
                        m.offices = [x for x in (inherit_body(o, bare) for o in prev.offices) if x is not None]
                    continue
            _bind_regions(m.offices, {doc.text[s.start:s.end]: s.value for s in regions_in(doc, ps, pe)})
            _delegation_region(doc, m, ps, pe)
            _foreign_list_region(doc, m, prev, bare, regs, pe)
            for r in regions_in(doc, ps, pe):  # regions written in a title: the offices' places in this sentence
                if any(o.region is r.value for o in m.offices):
                    doc.meta.setdefault("_title_regions", set()).add((r.start, r.end))
            _title_regions(doc, m.offices, ps, pe)
            m.former = bool(re.search(r"(原|前)[^、]{0,12}$", phrase[:max(0, len(phrase) - 1)])) and phrase.startswith(("原", "前"))
        else:
            spans = [s for s in (E.title_after(doc, m.end, starts), E.title_before(doc, m.start, ends)) if s]
            of_region = None
            mo = re.match(r"\s+of\s+(the\s+)?(?:(?:City|Town|State|Province|County|Commonwealth|Municipality|"
                          r"Prefecture|District|Borough) of\s+)?", doc.text[m.end:m.end + 40])  # "of the City of X"
            if mo:
                of_region = next((r for r in doc.layer("regions") if r.start == m.end + mo.end()
                                  and not isinstance(r.value, tuple)), None)
                ms_ = re.match(r"\s*['’]\s?s\s+(?:the\s+)?", doc.text[of_region.end:of_region.end + 12]) \
                    if of_region is not None and getattr(of_region.value, "level", None) == 0 else None
                if ms_:  # "Governor X of Japan's Tochigi Prefecture": the place inside the country
                    of_region = next((r for r in doc.layer("regions") if r.start == of_region.end + ms_.end()
                                      and not isinstance(r.value, tuple)), of_region)
                if of_region is None:  # "Deputy Chief of Mission X of the Swedish Embassy": the embassy's country
                    of_region = _embassy_country(doc, m.end + mo.end())
                mt_ = re.search(r"(\w+) of\s+$", mo.group(0))
                if of_region is None and mt_:  # "Councillor X of the City of Richmond": a typed place no table knows
                    mu = re.match(r"([A-Z][\w'’]*(?:-[A-Z][\w'’]*)*(?: [A-Z][\w'’]*(?:-[A-Z][\w'’]*)*)?)(?![\w'’-])",
                                  doc.text[m.end + mo.end():m.end + mo.end() + 40])
                    if mu and not E.is_body(mu.group(1)) and all(E.kind(w) is None for w in mu.group(1).split()):
                        a = m.end + mo.end()
                        of_region = Span(a, a + mu.end(1), "region", Region(
                            None, None, mu.group(1), _foreign_country(doc), _TYPED_OF_LEVEL[mt_.group(1).lower()]))
                if of_region is None:  # "Governor X of the Moravian-Silesian Region": a typed place no table knows
                    mu = _TYPED_PLACE_AFTER.match(doc.text, m.end + mo.end())
                    if mu and not any(r.start < mu.end(1) and mu.start(1) < r.end for r in doc.layer("regions")):
                        name = mu.group(1)
                        of_region = Span(mu.start(1), mu.end(1), "region", Region(
                            None, None, name, _foreign_country(doc), E._TYPE_LEVEL.get(mu.group(2).lower(), 1)))
            for ps, pe in spans:
                phrase = doc.text[ps:pe]
                inside = sorted(regions_in(doc, ps, pe), key=lambda s: -getattr(s.value, "level", 0) if not isinstance(
                    s.value, tuple) else 0)  # the most specific region first: "... of China's Yunnan Province"
                texts = {doc.text[r.start:r.end]: r.value for r in inside}
                if not inside:
                    texts.update(_misspelt_provinces(phrase))  # "Shangdong Provincial Committee": Shandong
                offices = parse_en(phrase, list(texts))
                _bind_regions(offices, texts)
                _title_regions(doc, offices, ps, pe)
                if of_region is not None and pe <= m.start:
                    for o in offices:
                        if o.region is None:
                            o.region, o.region_text = of_region.value, doc.text[of_region.start:of_region.end]
                if _FORMER.search(doc.text[max(0, ps - 8):ps]) or phrase.lower().startswith("former"):
                    m.former = True
                m.offices.extend(offices)
            nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
            if not m.offices and nxt is not None and nxt.lang == "en" and re.fullmatch(
                    r"\s*(,|and|,\s*and)\s*", doc.text[m.end:nxt.start]):
                after = E.title_after(doc, nxt.end, starts)
                if after and _PLURAL_IN.search(doc.text[after[0]:after[1]]):
                    # "A and B, vice governors of X": the plural apposition after the list holds for each name
                    phrase = doc.text[after[0]:after[1]]
                    inside = list(regions_in(doc, after[0], after[1]))
                    texts = {doc.text[r.start:r.end]: r.value for r in inside}
                    offices = parse_en(phrase, list(texts))
                    _bind_regions(offices, texts)
                    _title_regions(doc, offices, after[0], after[1])
                    m.offices.extend(offices)
            if not m.offices and idx and mentions[idx - 1].lang == "en" and mentions[idx - 1].offices and re.fullmatch(
                    r",?\s*(and\s+)?|\s*,\s*", doc.text[mentions[idx - 1].end:m.start]) and _PLURAL_TITLE.search(
                    mentions[idx - 1].offices[-1].title or ""):
                # "Board Members A and B": a plural title before a list holds for each name in it
                m.offices = [dataclasses.replace(o) for o in mentions[idx - 1].offices]
            if not m.offices and idx:
                m.offices = _counterpart_offices(doc, m, mentions[:idx])


_TYPED_OF_LEVEL = {"city": 2, "town": 3, "municipality": 2, "borough": 3, "district": 3, "county": 3, "prefecture": 1,
                   "state": 1, "province": 1, "commonwealth": 1}
_EMBASSY_AFTER = re.compile(r"([A-Z][\w'’]*(?: [A-Z][\w'’]*)?) (?:Embassy|Consulate(?:[- ]General)?)\b")


def _embassy_country(doc: Doc, pos: int) -> Span | None:
    """"of the Swedish Embassy", "of the Thai Consulate-General": the country of the mission named by its
    nationality word, right after a diplomat's name."""
    mu = _EMBASSY_AFTER.match(doc.text, pos)
    code = E.demonym_country(mu.group(1)) if mu else None
    if code is None:
        return None
    from ..gazetteer import Gazetteer

    region = Gazetteer.default().by_code(code)
    return Span(mu.start(1), mu.end(1), "region", region) if region is not None else None


_TYPED_PLACE_AFTER = re.compile(r"((?:[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*)(?: [A-Z][\w'’]*(?:-[A-Z][\w'’]*)*){0,2}) "
                                r"(Region|Province|Prefecture|Oblast|Krai|Kray|County|State|Aimag)\b")
# "his Saxony counterpart X", "her counterpart from Saxony, X": X holds the subject's office in that place
_COUNTERPART_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?:[A-Z][\w'’\-]*\s+){1,3}counterparts?\s*,?\s*$|"
                                 r"\b(?:his|her|their)\s+counterparts?\s+(?:from|of|in)\s+(?:the\s+)?"
                                 r"(?:[A-Z][\w'’\-]*\s*){1,3},\s*$")


_COUNTERPART_AFTER = re.compile(r"\s*,\s*(?:his|her|their)\s+(?:(?:[A-Z][\w'’\-]*\s+){1,3}counterparts?\b|"
                                r"counterparts?\s+(?:from|of|in)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})")


def _counterpart_offices(doc: Doc, m: Mention, prev_mentions: list[Mention]) -> list[Office]:
    """The office of a name after "his X counterpart": the office of the sentence's subject before it (the
    nearest earlier person of the sentence with a current office), held in the region X."""
    from .regions import regions_in
    mc = _COUNTERPART_BEFORE.search(doc.text[max(0, m.start - 80):m.start])
    if mc:
        ps, pe = m.start - (len(doc.text[max(0, m.start - 80):m.start]) - mc.start()), m.start
    else:  # "Dirk Hilbert, his counterpart from Dresden": the apposition after the name
        ma = _COUNTERPART_AFTER.match(doc.text, m.end)
        if not ma:
            return []
        ps, pe = m.end, ma.end()
    places = [r for r in regions_in(doc, ps, pe) if not isinstance(r.value, tuple)]
    if len(places) != 1:
        return []
    place = places[0]
    sent_start = max((x.start for x in doc.sentences if x.start <= m.start), default=0)
    subject = next((p for p in reversed(prev_mentions) if p.start >= sent_start and p.lang == "en"
                    and p.offices and not p.former), None)
    if subject is None:
        return []
    o = subject.offices[0]
    if o.central or o.region is None or o.region == place.value:
        return []
    ptext = doc.text[place.start:place.end]
    title = o.title.replace(o.region_text, ptext) if o.region_text and o.region_text in o.title else ptext + " counterpart"
    return [dataclasses.replace(o, region=place.value, region_text=ptext, title=title, place=False)]


_POST_ROLE = re.compile("(?:" + "|".join(map(re.escape, ZH_ROLE_WORDS)) + ")(?:兼(?:"
                        + "|".join(map(re.escape, ZH_ROLE_WORDS)) + "))*")
_ORG_END = re.compile(r"(?:部|司|局|厅|办|委|会|院|处|室|中心|集团|公司|政府|大学|协会|商会)$")


_COUNTED = re.compile(r"(?:两|二|三|四|五|六|七|八|九|十|几)位")


def _title_after_list(doc: Doc, m: Mention, mentions: list[Mention], idx: int) -> list[Office]:
    """罗华、张强两位副省长: the office written after a list of names and their count is each one's."""
    t = doc.text
    k, j = m.end, idx + 1
    while j < len(mentions) and t[k:k + 1] in ("、", "和", "与", "及") and mentions[j].start == k + 1:
        k, j = mentions[j].end, j + 1
    cm = _COUNTED.match(t, k)
    if cm is None or (k == m.end and not any(x.end == m.start - 1 for x in mentions)):
        return []
    listed = dataclasses.replace(m, end=cm.end())
    start = m.start
    while idx > 0 and t[mentions[idx - 1].end:start] in ("、", "和", "与", "及"):
        idx -= 1
        start = mentions[idx].start
    listed = dataclasses.replace(listed, start=start)
    return _title_after_name(doc, listed, mentions[:idx])


def _title_after_name(doc: Doc, m: Mention, prev_mentions: list[Mention]) -> list[Office]:
    """Offices written after the name, the body before it: 外交部拉美司 + 甲 + 司长 (head of a department of the
    Foreign Ministry), 甲 + 国务委员兼外长. The role words must close the mention (a cue or punctuation
    follows) and the text before the name counts only when it ends in an organisation or a place."""
    from .regions import regions_in

    t = doc.text
    mt = _POST_ROLE.match(t, m.end)
    if not mt:
        return []
    nxt = t[mt.end():mt.end() + 2]
    if not (nxt == "" or nxt[:1] in _ZH_DELIM or nxt[:1] == "的" or _ZH_NAME_END.match(nxt)):
        return []
    k = m.start
    while k > 0 and t[k - 1] not in _ZH_DELIM and m.start - k < 30 and not any(pm.end == k for pm in prev_mentions):
        k -= 1
    lead = _LEADING_WORD.match(t, k, m.start)
    if lead:
        k = lead.end()
    regs = list(regions_in(doc, k, m.start))
    prefix = t[k:m.start]
    if not (_ORG_END.search(prefix) or any(r.end == m.start for r in regs)):
        prefix, regs = "", []
    else:  # the body is the stretch after the last verb-like break: take from the first place or organisation
        first = min([r.start for r in regs] + [k + i for i in range(len(prefix)) if _ORG_START.match(prefix, i)] or [k])
        prefix, k = t[first:m.start], first
        regs = [r for r in regs if r.start >= k]
    phrase = prefix + mt.group(0)
    offices = [o for o in parse_zh(phrase, [(r.start - k, r.end - k, t[r.start:r.end]) for r in regs])
               if not _former_office(o)]
    _bind_regions(offices, {t[r.start:r.end]: r.value for r in regs})
    _title_regions(doc, offices, k, m.start)
    return offices


_APPOSED_ZH = re.compile(r"[ \t]*[,，(（][ \t]*([\u4e00-\u9fff、]{2,24})[ \t]*(?=[,，)）.;]|$)")


def _zh_title_apposed(doc: Doc, m: Mention) -> list[Office]:
    """A Chinese title set after a name in letters, between commas or in brackets, in an English sentence
    ("Li Ming, 四川省副省长, led …", "Li Ming (四川省副省长) met …"): machine translation that left it."""
    from .regions import regions_in

    t = doc.text
    ap = _APPOSED_ZH.match(t, m.end)
    if ap is None or _ENDS_WITH_ROLE.search(ap.group(1)) is None:
        return []
    k, e = ap.start(1), ap.end(1)
    regs = list(regions_in(doc, k, e))
    offices = [o for o in parse_zh(t[k:e], [(r.start - k, r.end - k, t[r.start:r.end]) for r in regs])
               if not _former_office(o)]
    _bind_regions(offices, {t[r.start:r.end]: r.value for r in regs})
    _title_regions(doc, offices, k, e)
    return offices


_ORG_START = re.compile(r"(?:中共|中央|国务院|全国|外交部|商务部|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|省|市|县|区)")


def _former_office(o: Office) -> bool:
    """An office the title marks as former: 原/前 opening its piece or right before its role word
    (黔东南州政协原主席, 长白大学原党委书记; not 太原市长 or 原平市长)."""
    m = None
    for m in ZH_TITLE_RE.finditer(o.title):
        pass
    head = o.title[:m.start()] if m else o.title
    return (bool(re.match(r"(原|前任)", o.title) and not re.match(r"原(平|阳|州)", o.title))
            or bool(re.search(r"(原|前)(党委|党组|党工委|政府|人大常委会|政协)?$", head)))


_DIPLOMAT = re.compile(r"(?i)大使|领事|代办|\bconsul(?!tative)|ambassador|envoy|embassy|charg[eé]|attach[eé]|\bcounsel(?!ing)")  # not "Consultative"


def _title_regions(doc: Doc, offices: list[Office], ps: int, pe: int) -> None:
    """Regions the title itself gives beyond the gazetteer's: a diplomat acts for the country that sends
    them (澳大利亚驻成都总领事, "Chinese Ambassador to X", "Consul General of Australia in Chengdu"), and a
    place no table knows is still the office's place (斗六市长, "Porirua Mayor", "Governor of Khentii aimag")."""
    phrase = doc.text[ps:pe]
    for o in offices:
        if _DIPLOMAT.search(o.title or ""):
            sender = _sending_country(doc, ps, pe)
            if sender is None and o.lang == "zh" and re.match(r"(我国|我)?驻", o.title or ""):
                from ..gazetteer import Gazetteer

                sender = Gazetteer.default().by_code("CN")  # 驻坦桑尼亚大使, 我驻拉各斯总领事: China's, as written in Chinese
            if sender is not None:
                o.region, o.central = sender, False
                continue
            if o.region is not None and re.search(r"(驻|\b(in|to|at)\s+(the\s+)?)" + re.escape(o.region_text or "~~"),
                                                  phrase):
                o.region = None  # the host place is not the diplomat's side
        if o.region is None and not o.central and o.lang == "en" and o.level == "country":
            demonym = E.demonym_country(phrase)  # "Thai Deputy Prime Minister X": a national office of Thailand
            if demonym and demonym != "CN":
                from ..gazetteer import Gazetteer

                o.region = Gazetteer.default().by_code(demonym)
                if o.region is not None:
                    continue
        if o.region is None and o.region_text and o.place:
            o.region = Region(None, to_simplified(o.region_text), None, None,
                              3 if o.region_text[-1] in "镇乡村町" else 1 if o.region_text[-1] == "省" else 2)
        if o.region is None and not o.central and o.lang == "en":
            place = E.unknown_place(doc, ps, pe)
            if place is not None:
                text, level = place
                if text.endswith("an") and (re.search(r"\b" + re.escape(text[:-1]) + r"\b", doc.text)
                                            or _first_level_adjective(text)):
                    text = text[:-1]  # "Speaker of the Bavarian State Parliament": Bavaria, named or a known state
                longer = _named_in_full(doc, text)
                if longer is not None:  # "Rio Mayor X" on a page naming Rio de Janeiro: that city
                    o.region, o.region_text = longer, text
                    continue
                o.region, o.region_text = Region(None, None, text, _foreign_country(doc), level), text


def _named_in_full(doc: Doc, short: str):
    """The one region the article names whose English name is ``short`` and more words after it ("Rio" and
    Rio de Janeiro, "Ho Chi Minh" and Ho Chi Minh City), or None."""
    found = {}
    for r in doc.layer("regions"):
        v = r.value
        en = getattr(v, "en", None) or ""
        if not isinstance(v, tuple) and en.startswith(short + " ") and doc.text[r.start:r.end].startswith(short):
            found[getattr(v, "code", None) or en] = v
    return next(iter(found.values())) if len(found) == 1 else None


def _first_level_adjective(word: str) -> bool:
    """"Bavarian", "Tasmanian": the adjective of a first-level division abroad (the name plus n)."""
    from ..gazetteer import first_level_names
    from ..regions_data import fold

    return " " not in word and fold(word[:-1]) in first_level_names()


def _sending_country(doc: Doc, ps: int, pe: int):
    t = doc.text
    for r in doc.layer("regions"):
        if ps <= r.start and r.end <= pe and getattr(r.value, "level", None) == 0:
            before = t[max(ps, r.start - 12):r.start]
            if re.search(r"(驻|\b(in|to|at)\s+(the\s+)?)$", before):
                continue
            return r.value
    demonym = E.demonym_country(t[ps:pe])
    if demonym:
        from ..gazetteer import Gazetteer

        return Gazetteer.default().by_code(demonym)
    return None


def _foreign_country(doc: Doc) -> str | None:
    home = (doc.meta.get("home_foreign") or {}).get("country")
    return getattr(home, "code", None)


def _misspelt_provinces(phrase: str) -> dict:
    """Capitalised words of an English title one letter away from a Chinese province's or city's English name
    (Shangdong, Guangong, Tianjing: typos of machine translation), before a title word: {word: Region}."""
    from ..gazetteer import Gazetteer
    from ..title_labels import _divisions

    names = _cn_names()
    out = {}
    for m in re.finditer(r"\b([A-Z][a-z]{4,})(?=\s+(?:Provincial|Province|Municipal|City|Party|Foreign|People|Vice|"
                         r"Deputy|Governor|Mayor|Committee|Department|Bureau|Office))", phrase):
        w = m.group(1)
        if w in names:
            continue
        hits = {code for name, code in names.items() if abs(len(name) - len(w)) <= 1 and _one_edit(name.lower(), w.lower())}
        if len(hits) == 1:
            out[w] = Gazetteer.default().by_code(hits.pop())
    return {k: v for k, v in out.items() if v is not None}


@functools.lru_cache(maxsize=1)
def _cn_names() -> dict:
    from ..regions_data import read_tsv

    return {r["en"]: r["code"] for r in read_tsv("divisions_gb2260.tsv") if r["level"] in ("1", "2") and len(r["en"]) >= 5}


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one inserted, deleted or replaced letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _chair_elsewhere(doc: Doc, m, mentions) -> bool:
    """Whether another mention of the same name carries a 主席 title of some body (越南甲省人民委员会主席乙,
    自治区主席乙, 友好协会主席乙): then a later 乙主席 is that chair, not 国家主席."""
    for o in mentions:
        if o is m or o.name != m.name:
            continue
        if any(x.role in ("head", "deputy_head") for x in o.offices):
            return True
        before = doc.text[max(0, o.start - 30):o.start]
        k = before.rfind("主席")
        if k >= 0 and not before[max(0, k - 2):k].endswith("国家") and not re.search(r"[。！？；\n]", before[k:]):
            return True
    return False


def _foreign_list_region(doc: Doc, m, prev, bare: str, regs: list, pe: int) -> None:
    """越南甲省委书记A、省人民议会主席B: a bare 省/州/市 title listed right after a foreign place's title is
    that place's (a Chinese implicit title means the home region only when no foreign one goes before it)."""
    if prev is None or prev.lang != "zh" or not prev.offices or regs or not m.offices:
        return
    if not re.fullmatch(r"\s*[、，,]\s*(?:以及|及|和|与)?\s*", doc.text[prev.end:pe - len(bare)]):
        return
    kind = bare[:1]
    if kind not in "省州市县":
        return
    theirs = [o.region for o in prev.offices if o.region is not None and not isinstance(o.region, tuple)
              and getattr(o.region, "country", None) not in (None, "CN", "HK", "MO", "TW")
              and (o.region_text or "").endswith(kind)]
    if not theirs:
        return
    for o in m.offices:
        if o.region is None and not o.central and not o.region_text:
            o.region = theirs[-1]


_DELEGATION_ZH = r"(?:党政|政府|友好|经贸|商务)?(?:代表团|考察团|访问团|参访团|交流团)"
_HEADS_GROUP_BEFORE = re.compile(_DELEGATION_ZH + r"(?:团长|领队)[、，,]")
_HEADS_GROUP_AFTER = re.compile(r"为(?:团长|领队)的")
_LEVEL_OF = {"province": 1, "city": 2, "county": 3}


def _delegation_region(doc: Doc, m: Mention, ps: int, pe: int) -> None:
    """江西省代表团团长、副省长甲, 以副省长甲为团长的江西省代表团: a bare office of the head of a region's delegation
    is held in that region (not in the region the article is at home in)."""
    bare = [o for o in m.offices if o.region is None and not o.central and _LEVEL_OF.get(o.level or "")]
    if not bare:
        return
    place = None
    head = _HEADS_GROUP_BEFORE.search(doc.text, ps, pe)
    if head is not None:
        place = next((r for r in doc.layer("regions") if r.end == head.start() and r.start >= ps), None)
    else:
        after = _HEADS_GROUP_AFTER.match(doc.text, m.end)
        if after is not None:
            place = next((r for r in doc.layer("regions") if r.start == after.end()), None)
            if place is not None and not re.match(_DELEGATION_ZH, doc.text[place.end:place.end + 6]):
                place = None
    if place is None or isinstance(place.value, tuple):
        return
    for o in bare:
        if getattr(place.value, "level", None) == _LEVEL_OF[o.level]:
            o.region, o.region_text = place.value, doc.text[place.start:place.end]


def _bind_regions(offices: list[Office], by_text: dict) -> None:
    for o in offices:
        if o.region_text and o.region_text in by_text:
            o.region = by_text[o.region_text]

"""Bilingual pages and foreign partners told in Chinese, round 10 (issue 12): transliterated names with a middle
dot after an office, trips told by a country's abbreviation (访美期间, 来华), foreign cities sharing a Chinese
form, and short bilingual pages (a Chinese paragraph, then its English translation).

Every sentence here is written for this file (made-up names and events).
"""
from __future__ import annotations

import pytest

from liaison.testing import events_of as _events, extract_named as _rec, party_names as _parties


def _names(rec):
    return [p["name"]["zh"] for p in rec["people"]]


# ------------------------------------------------------------ a transliterated name after an office
def test_a_dotted_name_that_the_analyser_splits_at_its_dot_stays_one_name():
    rec, _ = _rec("3月2日，泰中友好协会会长颂猜·翁沙瓦率团访问昆明。")
    assert "颂猜·翁沙瓦" in _names(rec)
    assert "翁沙瓦" not in _names(rec)


@pytest.mark.parametrize("dot", ["·", "•", "‧", "．", "."])
def test_a_mayors_dotted_name_is_one_name_whatever_dot_the_page_types(dot):
    rec, _ = _rec(f"美国俄亥俄州代顿市市长约翰{dot}史密斯会见了江苏省代表团。")
    assert any(n.startswith("约翰") and n.endswith("史密斯") for n in _names(rec)), _names(rec)
    assert "史密斯" not in _names(rec)


def test_a_governors_name_typed_with_a_bullet_is_one_name():
    rec, _ = _rec("5月8日，美国俄勒冈州州长玛丽•琼斯在广州会见了广东省副省长王明。")
    assert "玛丽琼斯" in [n.replace("·", "").replace("•", "") for n in _names(rec)]
    assert "琼斯" not in _names(rec)


# ------------------------------------------------------------ a foreign city sharing its Chinese form with another
def _region_of(rec, zh_name):
    for p in rec["people"]:
        if p["name"]["zh"] == zh_name and p["positions"]:
            return p["positions"][0]["region"]
    return None


@pytest.mark.parametrize("text", [
    "新西兰奥克兰市市长菲尔·戈夫于10月访问宁波。",
    "新西兰奥克兰市长菲尔·戈夫于10月访问宁波。",
    "奥克兰市市长菲尔·戈夫于10月访问宁波。新西兰驻上海总领事陪同访问。",
])
def test_a_city_whose_form_another_country_shares_is_the_one_in_the_country_the_article_names(text):
    rec, _ = _rec(text)
    region = _region_of(rec, "菲尔·戈夫")
    assert region is not None and region["country"] == "NZ"


def test_the_same_form_stays_the_other_city_when_its_own_country_is_named():
    rec, _ = _rec("美国奥克兰市市长约翰·李维斯于10月访问宁波。")
    region = _region_of(rec, "约翰·李维斯")
    assert region is not None and region["country"] == "US"


# ------------------------------------------------------------ a trip told by a country's abbreviation
def _visit_to(rec, code):
    return [v for v in _events(rec, "visit") if (v.get("destination") or {}).get("code") == code]


def test_during_a_trip_told_by_the_countrys_abbreviation_is_a_trip_to_that_country():
    rec, _ = _rec("10月9日，湖南省省长毛伟明访德期间，在慕尼黑会见了巴伐利亚州经济部长。")
    visits = _visit_to(rec, "DE")
    assert len(visits) == 1
    assert visits[0]["origin"]["name"]["zh"] == "湖南省"


def test_a_delegation_led_to_a_country_told_by_its_abbreviation_is_a_visit():
    rec, _ = _rec("11月2日，四川省委书记王晓晖率团访日。")
    visits = _visit_to(rec, "JP")
    assert len(visits) == 1 and visits[0]["origin"]["name"]["zh"] == "四川省"


@pytest.mark.parametrize("text", ["他们来加强合作。", "双方一起拜访美术馆。", "专家走访日常工作点。"])
def test_a_country_abbreviation_needs_a_travel_verb_and_a_phrase_end(text):
    rec, _ = _rec(text)
    assert not _events(rec, "visit")


# ------------------------------------------------------------ 来华, 来吉林访问: the name before, the place after
def test_a_name_before_come_place_visit_is_whole_and_the_trip_goes_to_that_place():
    rec, _ = _rec("7月3日，日本秋田县知事佐竹敬久来黑龙江访问，黑龙江省省长梁惠玲会见了佐竹敬久一行。")
    assert "佐竹敬久" in _names(rec)
    visits = _events(rec, "visit")
    assert len(visits) == 1
    assert visits[0]["destination"]["name"]["zh"] == "黑龙江省"
    assert visits[0]["origin"]["country"] == "JP"


def test_a_foreign_mayors_name_the_analyser_cuts_ends_before_come_place_tour():
    rec, _ = _rec("6月18日，泰国清迈市市长差猜来沪考察，上海市副市长刘平会见了差猜一行。")
    assert "差猜" in _names(rec)
    visits = _events(rec, "visit")
    assert visits and visits[0]["destination"]["name"]["zh"] == "上海市"


def test_a_dotted_name_glued_to_come_to_china_ends_before_it():
    rec, _ = _rec("5月6日，法国普罗旺斯大区主席雷诺·米约来华访问。")
    assert _names(rec) == ["雷诺·米约"]
    visits = _visit_to(rec, "CN")
    assert len(visits) == 1 and visits[0]["origin"]["country"] == "FR"


def test_a_place_before_the_reception_verb_is_where_they_met_not_the_delegations_origin():
    rec, _ = _rec("5月6日，日本北海道知事铃木直道来华访问，吉林省委书记景俊海在长春会见了铃木直道一行。")
    visits = _events(rec, "visit")
    assert len(visits) == 1 and visits[0]["origin"]["country"] == "JP"


def test_a_meeting_during_a_trip_to_the_country_takes_the_hosts_province():
    rec, _ = _rec("5月8日，韩国京畿道知事金东渊来华访问。山东省省长周乃翔会见了金东渊一行。")
    meetings = _events(rec, "meeting")
    assert len(meetings) == 1
    assert "山东省" in _parties(meetings[0])


def test_a_place_opening_the_next_clause_is_no_second_stop_of_the_trip():
    rec, _ = _rec("5月10日，泰中友好协会会长颂猜·翁沙瓦率团访问昆明，云南省委书记王宁会见了代表团一行。")
    visits = _events(rec, "visit")
    assert len(visits) == 1
    assert visits[0]["destination"]["name"]["zh"] == "昆明市"
    assert visits[0]["origin"]["name"]["zh"] == "泰国"


def test_a_family_name_the_analyser_glued_to_the_title_before_it_opens_the_name():
    rec, _ = _rec("5月10日，江苏省省长许昆林率团访问昆明。")
    assert "许昆林" in _names(rec)
    visits = _events(rec, "visit")
    assert visits and visits[0]["origin"]["name"]["zh"] == "江苏省"


# ------------------------------------------------------------ short bilingual pages
def test_at_the_invitation_far_before_the_travel_verb_is_no_plan():
    rec, _ = _rec("应湖北省人民政府邀请，法国新阿基坦大区议会主席阿兰·卢梭率领代表团于6月4日来鄂访问。")
    visits = _events(rec, "visit")
    assert len(visits) == 1
    assert visits[0]["destination"]["name"]["zh"] == "湖北省"
    assert visits[0]["date"]["start"] == "2023-06-04"


_ANNIVERSARY_PAGE = (
    "2024年3月6日，纪念无锡市与日本明石市缔结友好城市关系40周年视频会议举行。无锡市市长赵建军与明石市市长丸谷聪子"
    "通过视频连线致辞，双方表示将深化在教育、环保和青少年交流领域的合作。\n"
    "On March 6, 2024, a video conference marking the 40th anniversary of the sister-city relationship between Wuxi "
    "and Akashi, Japan was held. Mayor of Wuxi Zhao Jianjun and Mayor of Akashi Satoko Maruya delivered speeches via "
    "video link.")


def test_a_sister_city_anniversary_video_meeting_is_a_meeting_and_no_signing():
    rec, _ = _rec(_ANNIVERSARY_PAGE)
    assert not _events(rec, "agreement")
    meetings = _events(rec, "meeting")
    assert len(meetings) == 1
    assert _parties(meetings[0]) == ["无锡市", "明石市"]


def test_a_japanese_mayors_name_before_by_video_link_is_found():
    rec, _ = _rec(_ANNIVERSARY_PAGE)
    assert "丸谷聪子" in _names(rec)


def test_an_ordinary_word_ending_before_a_foreign_short_name_hides_it():
    import liaison

    doc = liaison.extract_doc("双方表示将深化在环保和青少年交流领域的合作。", published="2024-03-10")
    assert [s.value.zh for s in doc.layer("regions")] == []


def test_a_dotted_name_the_analyser_cuts_after_its_dot_is_whole():
    rec, _ = _rec("11月2日，珀斯市与成都市举行视频会议。珀斯市市长巴兹尔·赞皮拉斯和成都市市长王凤朝出席。")
    assert "巴兹尔·赞皮拉斯" in _names(rec)
    assert "巴兹尔·" not in _names(rec)


def test_a_french_region_the_generated_tables_name_only_in_english_has_its_chinese_name():
    rec, _ = _rec("6月4日，法国新阿基坦大区议会主席阿兰·卢梭率领代表团来鄂访问。")
    regions = [(x["region"] or {}).get("name", {}).get("zh") for p in rec["people"] for x in p["positions"]]
    assert "新阿基坦大区" in regions
    visits = _events(rec, "visit")
    assert visits and visits[0]["origin"]["name"]["zh"] == "新阿基坦大区"


def test_a_batch_of_documents_listed_after_a_colon_is_one_signing_each():
    rec, _ = _rec("周二，西安市与俄罗斯喀山市签署了三份合作文件：经济合作备忘录、文化交流协议和教育合作意向书。")
    titles = sorted((e.get("title") or {}).get("zh") or "" for e in _events(rec, "agreement"))
    assert titles == ["教育合作意向书", "文化交流协议", "经济合作备忘录"]


def test_one_side_signing_with_two_partners_in_two_clauses_signs_each_with_one():
    rec, _ = _rec("访问期间，青岛市与俄罗斯彼尔姆市签署了《友好城市协议》，与符拉迪沃斯托克市签署了《港口合作谅解备忘录》。")
    sides = {(e.get("title") or {}).get("zh"): _parties(e) for e in _events(rec, "agreement")}
    assert sides["港口合作谅解备忘录"] == ["符拉迪沃斯托克市", "青岛市"]
    assert sides["友好城市协议"] == ["彼尔姆市", "青岛市"]


def test_a_trip_word_before_during_names_no_destination():
    rec, _ = _rec("访问期间，青岛市与俄罗斯彼尔姆市签署了《友好城市协议》。")
    assert not _events(rec, "visit")


def test_a_reading_a_converting_mirror_left_inside_a_word_is_dropped():
    import liaison

    raw = "杭州市與葡萄牙波爾圖市簽署了友好城市協(xié)議。"
    doc = liaison.extract_doc(raw, published="2023-06-01")
    assert "协议" in doc.text and "xié" not in doc.text
    rec, _ = _rec(raw)
    agreements = _events(rec, "agreement")
    assert len(agreements) == 1 and _parties(agreements[0]) == ["杭州市", "波尔图"]
    a, b = agreements[0]["evidence"][0]
    assert raw[a:b].startswith("杭州市")


def test_a_generic_paper_joined_by_and_to_a_named_agreement_is_one_signing():
    rec, _ = _rec("6月3日，杭州市与葡萄牙波尔图市签署了杭州市与波尔图市缔结友好城市协议及交流合作备忘录。")
    assert len(_events(rec, "agreement")) == 1


def test_a_bilingual_page_whose_english_names_the_other_city_takes_it_for_the_chinese_form():
    rec, _ = _rec("奥克兰市市长菲尔·戈夫率团访问宁波，宁波市委书记郑明会见了戈夫一行。\n"
                  "Auckland Mayor Phil Goff led a delegation to Ningbo. Zheng Ming, Secretary of the CPC Ningbo "
                  "Municipal Committee, met with Goff and his delegation.")
    region = _region_of(rec, "菲尔·戈夫")
    assert region is not None and region["country"] == "NZ"


@pytest.mark.parametrize("country, code", [("紐西蘭", "NZ"), ("澳洲", "AU"), ("義大利", "IT")])
def test_a_country_in_taiwan_usage_is_that_country(country, code):
    import liaison

    doc = liaison.extract_doc(f"{country}代表團訪問台中市。", published="2023-06-01")
    assert [s.value.code for s in doc.layer("regions")][:1] == [code]


def test_a_dotted_name_with_a_hyphened_last_part_is_whole_and_no_place():
    rec, _ = _rec("9月6日，省长王凯会见了以色列驻华大使伊里特·本-阿巴一行。")
    assert "伊里特·本-阿巴" in _names(rec)
    assert all("阿巴市" not in _parties(e) for e in rec["events"])


def test_an_ascii_question_mark_between_han_characters_is_a_lost_middle_dot():
    import liaison

    rec, _ = _rec("10月19日，正在秘魯訪問的杭州市市長劉明與利馬市市長豪爾赫?穆尼奧斯簽署了友好城市協議。")
    assert "豪尔赫·穆尼奥斯" in _names(rec)
    doc = liaison.extract_doc("他会来吗？我们不知道。", published="2023-06-01")
    assert "·" not in doc.text


def test_a_meeting_and_signing_told_in_chinese_take_the_sides_of_the_trip_told_in_english():
    rec, _ = _rec("Auckland Mayor 菲尔·戈夫 led a delegation to Ningbo on October 16. 宁波市委书记彭明会见了代表团一行。"
                  "双方签署了友好交流合作备忘录。")
    meetings, agreements = _events(rec, "meeting"), _events(rec, "agreement")
    assert len(meetings) == 1 and len(agreements) == 1
    assert "宁波市" in _parties(meetings[0]) and len(_parties(meetings[0])) == 2
    assert _parties(agreements[0]) == _parties(meetings[0])


def test_a_chinese_clause_opening_an_english_sentence_tells_its_own_trip():
    rec, _ = _rec("5月10日，泰中友好协会会长颂猜·翁沙瓦率团访问昆明，Yunnan Party Secretary Wang Ning met with the "
                  "delegation.")
    visits = _events(rec, "visit")
    assert len(visits) == 1
    assert visits[0]["destination"]["name"]["zh"] == "昆明市" and visits[0]["origin"]["name"]["zh"] == "泰国"
    assert len(_events(rec, "meeting")) == 1


@pytest.mark.parametrize("country, city, code", [
    ("新西兰", "汉密尔顿市", "NZ"), ("加拿大", "伦敦市", "CA"), ("英国", "伦敦市", "GB"), ("英国", "珀斯市", "GB"),
    ("澳大利亚", "珀斯市", "AU"), ("英国", "纽卡斯尔市", "GB"), ("新西兰", "达尼丁市", "NZ")])
def test_a_city_sharing_its_chinese_name_is_the_one_in_the_country_named(country, city, code):
    rec, _ = _rec(f"{country}{city}市长约翰·李维斯率团访问宁波。")
    region = _region_of(rec, "约翰·李维斯")
    assert region is not None and region["country"] == code


@pytest.mark.parametrize("text, name, code", [
    ("国务院总理李强会见了新西兰总理希普金斯。", "希普金斯", "NZ"),
    ("越南政府总理范明政会见了广西壮族自治区党委书记刘宁。", "范明政", "VN"),
    ("国务院总理李强会见了新西兰总理希普金斯。", "李强", "CN"),
])
def test_another_countrys_national_office_is_that_countrys(text, name, code):
    rec, _ = _rec(text)
    region = _region_of(rec, name)
    assert region is not None and region["code"] == code


def test_a_trip_to_china_told_by_its_abbreviation_before_and_is_a_visit_and_davos_is_no_davao():
    rec, _ = _rec("应中方邀请，越南政府总理范明政于6月25日至28日访华并出席夏季达沃斯论坛。")
    visits = _visit_to(rec, "CN")
    assert len(visits) == 1 and visits[0]["origin"]["code"] == "VN"
    assert all("达沃市" not in _parties(e) for e in rec["events"])


@pytest.mark.parametrize("text", [
    "11月3日，以市长卡洛斯·桑托斯为团长的巴西坎皮纳斯市代表团到访佛山。佛山市市长白涛会见了代表团一行。",
    "11月3日，由市长卡洛斯·桑托斯率领的巴西坎皮纳斯市代表团到访佛山。",
])
def test_the_leader_of_a_foreign_delegation_holds_the_office_of_its_place(text):
    rec, _ = _rec(text)
    region = _region_of(rec, "卡洛斯·桑托斯")
    assert region is not None and region["country"] == "BR"

"""Mixed-language articles and Chinese event families, round 4 (issue 12 items 5-7).

Every sentence here is written for this file. Families:
- a bilingual page (a Chinese paragraph and its English machine translation): one event per occurrence, the
  translation's misreadings dropped, a side the translation garbles merged into the original's event;
- material between a Chinese movement verb and its destination (赴与X相邻的Y, 抵达此行最后一站——Y);
- 到来 / 来访的 are no movement verbs; a place or host receiving a delegation (迎来了, 热情接待) tells its trip.
"""
from __future__ import annotations

import liaison


def _rec(text: str, published: str = "2024-06-12"):
    rec = liaison.extract(text, published=published)
    names = {p["id"]: p["name"]["zh"] or p["name"]["en"] for p in rec["people"]}
    return rec, names


def _zh(r):
    return r["name"]["zh"] if r else None


def _visits(rec):
    return [(_zh(e["origin"]), _zh(e["destination"])) for e in rec["events"] if e["type"] == "visit"]


def _types(rec):
    return [e["type"] for e in rec["events"]]


# ------------------------------------------------------------ detours between the verb and the destination
def test_a_neighbour_named_between_the_verb_and_the_destination_is_not_where_they_go():
    rec, _ = _rec("3月6日，台州市委书记李明带队赴与台州相邻的宁德市学习考察。")
    assert _visits(rec) == [("台州市", "宁德市")]


def test_the_last_stop_of_the_trip_is_the_place_after_the_dash():
    rec, _ = _rec("5月28日，山东省代表团抵达此行最后一站——新疆喀什地区，开展对口支援工作对接。")
    assert _visits(rec) == [("山东省", "喀什地区")]


# ------------------------------------------------------------ arrival nouns are no movement verbs
def test_the_arrival_noun_and_the_visiting_guest_are_no_trip_of_the_host():
    rec, names = _rec("6月10日，重庆市副市长郑明会见了来访的老挝琅勃拉邦省省长苏万纳一行，对代表团的到来表示热烈欢迎。")
    assert _visits(rec) == [("琅勃拉邦省", "重庆市")]
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert ("郑明", "host") in {(names[p["person"]], p["role"]) for p in meeting["participants"]}


# ------------------------------------------------------------ a delegation received by a place
def test_a_city_welcoming_a_delegation_is_the_destination_of_its_trip():
    rec, names = _rec("9月13日，昆明市迎来了缅甸曼德勒省代表团。昆明市市长刘强热情接待了代表团一行。", "2024-09-15")
    visits = [e for e in rec["events"] if e["type"] == "visit"]
    assert [(_zh(v["origin"]), _zh(v["destination"])) for v in visits] == [("曼德勒省", "昆明市")]
    assert visits[0]["date"]["start"] == "2024-09-13"


# ------------------------------------------------------------ a bilingual page
_BILINGUAL_MEETING = (
    "7月3日，黑龙江省副省长张巍会见了俄罗斯阿穆尔州州长奥尔洛夫一行，双方就农业合作深入交换意见。\n"
    "On July 3, Vice Governor Zhang Wei of Heilongjiang Province met with Governor Orlov of Amur Oblast of Russia "
    "and his party, and the two sides had an in-depth exchange of views on agricultural cooperation.\n")


def test_a_meeting_told_in_both_languages_is_one_meeting():
    rec, _ = _rec(_BILINGUAL_MEETING, "2023-07-05")
    assert _types(rec).count("meeting") == 1


_BILINGUAL_PLAN = (
    "正是金秋时节，云南省委书记王宁、省长李华率领云南省党政代表团一行40人赴四川学习考察。"
    "1999年至2005年，两省共签订合作项目800多项。\n"
    "It is the golden autumn. Wang Ning, secretary of the Yunnan Provincial Party Committee, and governor Li Hua "
    "led a 40-member party and government delegation of Yunnan to study in Sichuan and jointly discuss the plan "
    "of cooperation between the two provinces. From 1999 to 2005, the two provinces signed more than 800 "
    "cooperation projects.\n")


def test_a_meeting_only_the_translation_tells_is_dropped():
    # "jointly discuss the plan" is the translation's reading; the Chinese original tells a trip only
    rec, _ = _rec(_BILINGUAL_PLAN, "2006-10-20")
    assert "meeting" not in _types(rec)
    assert _visits(rec) == [("云南省", "四川省")]


def test_translated_paragraphs_pair_a_chinese_paragraph_with_its_english_version():
    from liaison.stages.events.context import context
    from liaison.stages.events.stages import translated_paragraphs

    doc = liaison.extract_doc(_BILINGUAL_MEETING, published="2023-07-05")
    pairs = translated_paragraphs(context(doc))
    assert len(pairs) == 1
    (ea, eb), (za, zb) = pairs[0]
    assert doc.text[ea:eb].startswith("On July 3") and doc.text[za:zb].startswith("7月3日")


def test_english_paragraphs_that_tell_other_things_are_no_translation():
    from liaison.stages.events.context import context
    from liaison.stages.events.stages import translated_paragraphs

    text = ("11月6日，吉林省代表团来津考察，双方举行座谈会。\n"
            "Zhang Wei, Li Ming and Wang Qiang attended the forum on November 8 in Tianjin, where the two "
            "cities signed a framework agreement on port logistics and a memorandum on tourism and culture, "
            "and the visitors toured the port.\n")
    doc = liaison.extract_doc(text, published="2023-11-10")
    assert translated_paragraphs(context(doc)) == []


# ------------------------------------------------------------ an arrival welcomed
def test_welcoming_a_delegations_arrival_tells_its_trip_to_the_hosts_place():
    rec, _ = _rec("4月3日，泉州市与宿务省举行座谈。泉州市市长王明对宿务省代表团的到来表示热烈欢迎。", "2024-04-05")
    assert _visits(rec) == [("宿务省", "泉州市")]


def test_welcoming_an_arrival_is_no_invitation():
    # 欢迎…来 invites (planned), 欢迎…的到来 welcomes guests who came
    rec, _ = _rec("4月3日，丽水市委书记张强欢迎衢州市代表团一行的到来，他表示，两地合作前景广阔。", "2024-04-05")
    assert _visits(rec) == [("衢州市", "丽水市")]
    rec, _ = _rec("丽水市委书记张强欢迎衢州市代表团明年来丽水考察。", "2024-04-05")
    assert _visits(rec) == []


# ------------------------------------------------------------ courtesy calls and signatories
def _roles(rec, names, kind):
    return sorted((names[p["person"]], p["role"]) for e in rec["events"] if e["type"] == kind
                  for p in e["participants"])


def test_the_one_called_on_hosts_the_call():
    rec, names = _rec("11月18日，江苏省副省长胡明拜会了澳大利亚新南威尔士州州长明恩斯。", "2024-11-20")
    assert _roles(rec, names, "meeting") == [("明恩斯", "host"), ("胡明", "attendee")]


def test_a_call_still_to_come_gives_no_roles():
    rec, names = _rec("11月18日，江苏省副省长胡明会见了澳大利亚新南威尔士州议长一行。代表团还会拜会新南威尔士州州长明恩斯。",
                      "2024-11-20")
    assert ("明恩斯", "host") not in _roles(rec, names, "meeting")


def test_signatories_named_in_the_sentence_after_the_signing():
    rec, names = _rec("5月3日，四川省与德国巴伐利亚州签署了友好合作协议。四川省副省长罗强和巴伐利亚州经济部长艾旺格分别代表双方签字。",
                      "2024-05-05")
    assert _roles(rec, names, "agreement") == [("罗强", "signatory"), ("艾旺格", "signatory")]


def test_x_yixing_names_the_leader_of_the_trip():
    rec, names = _rec("5月8日，日本长野县知事阿部守一一行抵达吉林省长春市。", "2023-05-10")
    assert _roles(rec, names, "visit") == [("阿部守一", "leader")]
    rec, names = _rec("8月11日，深圳市市长覃伟中一行来哈尔滨考察。", "2022-08-12")
    assert _roles(rec, names, "visit") == [("覃伟中", "leader")]


def test_an_escort_told_in_a_sentence_of_its_own_hosts_the_tour_or_the_trip():
    text = ("10月9日，临夏州代表团一行来到宁波市，参观了宁波舟山港。宁波市副市长陈明陪同考察。")
    rec, names = _rec(text, "2021-10-11")
    assert ("陈明", "host") in _roles(rec, names, "inspection")
    rec, names = _rec("10月9日，临夏州代表团一行来到宁波市考察交流。宁波市副市长陈明陪同。", "2021-10-11")
    assert ("陈明", "host") in _roles(rec, names, "visit")


# ------------------------------------------------------------ one person in two scripts
def test_a_foreigner_named_in_characters_and_in_the_translation_is_one_person():
    text = ("9月18日，广西壮族自治区副主席李彬会见了越南谅山省委书记林氏芳清率领的代表团。\n"
            "On September 18, Li Bin, vice chairman of Guangxi Zhuang Autonomous Region, met with the delegation "
            "led by Lam Thi Phuong Thanh, secretary of the Lang Son Provincial Party Committee of Vietnam.\n")
    rec, names = _rec(text, "2019-09-20")
    people = {(p["name"]["zh"], p["name"]["en"]) for p in rec["people"]}
    assert ("林氏芳清", "Lam Thi Phuong Thanh") in people and len(people) == 2
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert sorted(p["role"] for p in visit["participants"]) == ["leader"]


# ------------------------------------------------------------ roles on the right side
def test_the_visitor_meeting_a_local_official_during_the_trip_attends_and_the_local_hosts():
    text = "云南省人大常委会副主任刘明于5月6日至9日率团访问老挝。访问期间，刘明在万象会见了老挝国会副主席森努安。"
    rec, names = _rec(text, "2018-05-10")
    assert _roles(rec, names, "meeting") == [("刘明", "attendee"), ("森努安", "host")]


def test_leaders_listed_as_taking_part_in_related_activities_are_no_members_of_the_trip():
    text = ("湖南省党政代表团来江西考察。在赣期间，两省召开了工作座谈会。"
            "湖南省领导张明、李强，江西省领导王华参加有关活动。")
    rec, names = _rec(text, "2023-09-08")
    assert [r for r in _roles(rec, names, "visit") if r[1] == "member"] == []


def test_the_sentence_subject_presides_with_the_one_named_after_yu_gongtong():
    text = "香港特别行政区行政长官李明率领港方代表团，今日(12日)在广州与广东省委书记黄华会面，并与广东省省长王强共同主持粤港合作联席会议。"
    rec, names = _rec(text, "2024-06-14")
    assert {("李明", "presider"), ("王强", "presider")} <= set(_roles(rec, names, "meeting"))


# ------------------------------------------------------------ a trip told as the setting
def test_a_trip_told_as_the_setting_of_a_signing_is_an_undated_visit():
    rec, names = _rec("正在墨西哥访问的北京市市长郭明与墨西哥城市长埃布拉德19日签署了两市缔结友好城市协议。", "2009-10-21")
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert (_zh(visit["origin"]), _zh(visit["destination"])) == ("北京市", "墨西哥")
    assert visit["date"]["start"] is None
    assert _roles(rec, names, "visit") == [("郭明", "member")]


def test_during_the_visit_the_visitor_attends_the_meeting():
    rec, names = _rec("四川省省长尹强在新西兰访问期间，会见了惠灵顿市市长。", "2019-05-21")
    assert _visits(rec) == [("四川省", "新西兰")]
    assert _roles(rec, names, "meeting") == [("尹强", "attendee")]


_NEWS_WITH_WORD_LIST = (
    "Hainan Province and Laos' Luang Prabang Province on Monday signed an agreement on tourism cooperation in "
    "Haikou, capital of south China's Hainan Province. Feng Fei, governor of Hainan, and Khamkhan Chanthavisouk, "
    "governor of Luang Prabang, attended the signing ceremony.\n"
    "海南省和老挝琅勃拉邦省周一在中国南部海南省省会海口签署了旅游合作协议。海南省省长冯飞出席了签字仪式。\n"
    "governor:省长\n"
    "signing ceremony:签字仪式\n")


def test_a_signing_told_in_a_news_paragraph_its_translation_and_a_word_list_is_one_agreement():
    rec, names = _rec(_NEWS_WITH_WORD_LIST, None)
    agreements = [e for e in rec["events"] if e["type"] == "agreement"]
    assert len(agreements) == 1
    assert {names[p["person"]] for p in agreements[0]["participants"]} == {"冯飞", "Khamkhan Chanthavisouk"}


def test_a_word_list_entry_tells_no_event():
    text = ("A Hainan delegation led by Vice Governor Shen Dan visited Vientiane from May 3 to 5, 2023.\n"
            "海南省副省长沈丹率领的海南代表团于2023年5月3日至5日访问了万象。\n"
            "sign a memorandum:签署备忘录\n"
            "delegation:代表团\n")
    rec, _ = _rec(text, None)
    assert "agreement" not in _types(rec)
    assert _visits(rec) == [("海南省", "万象市")]


def test_respectively_signed_with_two_counterparts_is_two_agreements():
    rec, _ = _rec("5月3日，成都市与珀斯市、奥克兰市分别签署了友好交流协议。", "2024-05-05")
    got = sorted(sorted(_zh(r) for r in e["parties"]) for e in rec["events"] if e["type"] == "agreement")
    assert got == [["奥克兰市", "成都市"], ["成都市", "珀斯市"]]


def test_attending_a_reception_is_no_hosting_of_it():
    text = "13日下午，省长朱明在广州会见了美国夏威夷州州长伊格。美国驻广州总领事白理参加会见。"
    rec, names = _rec(text, "2015-10-14")
    assert ("白理", "host") not in _roles(rec, names, "meeting")
    assert ("白理", "attendee") in _roles(rec, names, "meeting")


def test_he_led_after_a_speech_verb_is_the_speaker_leading():
    text = "7月17日，牡丹江市政府代表团到东莞考察交流。肖明表示，上个月他率领东莞市政府代表团到牡丹江市进行了考察交流。"
    rec, names = _rec(text, "2019-07-18")
    trips = {(_zh(e["origin"]), _zh(e["destination"])): sorted((names[p["person"]], p["role"]) for p in e["participants"])
             for e in rec["events"] if e["type"] == "visit"}
    assert trips[("东莞市", "牡丹江市")] == [("肖明", "leader")]


# ------------------------------------------------------------ speakers
def test_a_speaker_with_the_setting_between_name_and_verb():
    text = "6月4日，宣城市代表团到张掖市考察。当日，张明在会见宣城市代表团时说，两市合作前景广阔。"
    rec, names = _rec(text, "2012-06-05")
    assert ("张明", "speaker") in _roles(rec, names, "meeting")


def test_what_a_speaker_says_about_signing_does_not_move_him_to_the_signing():
    text = ("高雄市政府今天与美国关岛缔结姊妹市，关岛总督古蕾露与高雄市长陈明签署姊妹市协定。"
            "陈明欢迎古蕾露再次率团到访高雄，双方畅谈双边交流。"
            "陈明表示，缔结姊妹市象征两市情谊深化，双方将在观光、文化、教育等多领域合作。")
    rec, names = _rec(text, "2023-10-26")
    assert ("陈明", "speaker") in _roles(rec, names, "meeting")
    assert ("陈明", "speaker") not in _roles(rec, names, "agreement")


def test_a_welcome_opening_the_talks_of_its_sentence_hosts_them():
    text = ("高雄市政府今天与美国关岛缔结姊妹市。"
            "高雄市长陈其明欢迎关岛总督古蕾露再次率团到访高雄，双方畅谈双边交流，并在文化及教育等议题深入交换意见。")
    rec, names = _rec(text, "2023-10-26")
    assert {("陈其明", "host"), ("古蕾露", "attendee")} <= set(_roles(rec, names, "meeting"))
    assert ("陈其明", "host") not in _roles(rec, names, "visit")


def test_a_tally_of_signings_is_no_signing():
    rec, _ = _rec("迄今为止，韩国的27家公司和中国香港特别行政区的一家公司已经签署了在海南建立业务的协议。", "2020-08-13")
    assert "agreement" not in _types(rec)


def test_a_translated_paragraph_adds_no_event_its_chinese_version_does_not_tell():
    text = ("Hainan has 64 sister cities around the world. So far, 27 companies from the Republic of Korea and one "
            "from Hong Kong have signed agreements to set up operations in Hainan, said the provincial foreign "
            "affairs office.\n"
            "海南在世界各地有64个友好城市。迄今为止，韩国的27家公司和中国香港的一家公司已经签署了在海南建立业务的协议，"
            "省外事办说。\n")
    rec, _ = _rec(text, "2020-08-13")
    assert "agreement" not in _types(rec)


def test_a_delegation_of_a_place_and_its_country_makes_no_trip_between_them():
    text = ("Hebei Vice Governor Ge Haijiao met with the delegation of Saxony-Anhalt, Germany on August 12. "
            "The two sides signed a memorandum of understanding on cooperation in vocational education.")
    rec, _ = _rec(text, "2022-08-15")
    assert ("萨克森-安哈尔特州", "德国") not in _visits(rec)


# ------------------------------------------------------------ guests named as visiting; the first stop
def test_meeting_a_visiting_official_tells_the_officials_trip():
    text = "行政長官李家超今日（六月九日）在禮賓府與到訪的廣西壯族自治區黨委書記劉寧會面，雙方就加強桂港合作交換意見。"
    rec, names = _rec(text, "2023-06-10")
    assert _visits(rec) == [("广西壮族自治区", "香港特别行政区")]
    assert _roles(rec, names, "meeting") == [("刘宁", "attendee"), ("李家超", "host")]


def test_the_first_stop_inside_the_country_is_the_destination():
    text = "台中市長盧秀燕昨（9）日率團赴日本訪問，首站抵達大阪府，與大阪府知事會面。"
    rec, _ = _rec(text, "2023-06-10")
    assert _visits(rec) == [("台中市", "大阪府")]

"""Sentences written for round 20 (no corpus text): signings listed one a row under a heading, with no
signing verb of their own — numbered lines in one script or both, a table a scraper flattened one cell a line,
tab-separated rows, a translated table, a ceremony told before its list; a signing told after its witnesses
("Witnessed by …, A and B signed"); a division abroad in another transliteration, apart from its country; more
nationality words; a dateline's town the tables lack; signers told in the sentence after the signing."""
import pytest

import liaison
from sentences import region_name, roles, sides, titles, trips


def _rec(text, published="2025-07-02"):
    return liaison.extract(text, published=published)


def test_numbered_rows_under_a_chinese_heading_are_one_signing_each():
    rec = _rec("6月28日，中非地方合作论坛在长沙举行。\n签约项目\n1. 邵阳市—安哥拉万博省 友好城市协议\n"
               "2. 常德市—马拉维利隆圭市 经贸合作备忘录\n")
    assert sides(rec, "agreement") == [["Changde", "Lilongwe"], ["Huambo", "Shaoyang"]]
    assert {e["date"]["start"] for e in rec["events"] if e["type"] == "agreement"} == {"2025-06-28"}
    assert (("经贸合作备忘录", None) in titles(rec)) and ((None, None) in titles(rec))


def test_bilingual_rows_under_a_bilingual_heading_keep_both_titles():
    rec = _rec("签约项目 Signed Projects\n"
               "1. 株洲市—尼日利亚奥贡州 农业合作协议 Zhuzhou City – Ogun State, Nigeria: Agreement on Farming Cooperation\n"
               "2. 衡阳市—坦桑尼亚姆万扎省 友好交流意向书 Hengyang City – Mwanza Region, Tanzania: Letter of Intent on "
               "Friendly Exchanges\n")
    assert sides(rec, "agreement") == [["Hengyang", "Mwanza"], ["Ogun", "Zhuzhou"]]
    assert ("农业合作协议", "Agreement on Farming Cooperation") in titles(rec)


def test_a_table_flattened_one_cell_a_line_gives_a_signing_per_numbered_row():
    rec = _rec("中非经贸博览会签约清单\n序号\n项目名称\n签约双方\n"
               "1\n旅游合作协议\nAgreement on Tourism Cooperation\n娄底市、马拉维布兰太尔市\nLoudi City, Blantyre City\n"
               "2\n职业教育合作备忘录\nMoU on Vocational Education\n益阳市、肯尼亚纳库鲁郡\nYiyang City, Nakuru County\n")
    assert sides(rec, "agreement") == [["Blantyre", "Loudi"], ["Nakuru", "Yiyang"]]


def test_tab_separated_rows_under_header_cells():
    rec = _rec("序号\t项目名称\t签约单位\n1\t文旅合作协议\t岳阳市—九江市\n2\t农业合作框架协议\t常德市—宜春市\n")
    assert sides(rec, "agreement") == [["Changde", "Yichun"], ["Jiujiang", "Yueyang"]]


def test_rows_a_signing_sentence_already_tells_are_not_signings_again():
    rec = _rec("6月28日，邵阳市与安哥拉万博省签署友好城市协议。\n签约项目\n1. 邵阳市—安哥拉万博省 友好城市协议\n"
               "2. 常德市—马拉维利隆圭市 经贸合作备忘录\n")
    assert sides(rec, "agreement") == [["Changde", "Lilongwe"], ["Huambo", "Shaoyang"]]


def test_rows_of_plans_or_of_one_place_are_no_signings():
    rec = _rec("合作成果\n1. 深化农业合作，推进邵阳市项目落地\n2. 扩大经贸往来，办好常德市推介会\n")
    assert [e for e in rec["events"] if e["type"] == "agreement"] == []

def test_one_row_under_a_heading_is_no_list():
    from liaison.stages.events.context import context
    from liaison.stages.events.lists import signing_rows

    one = liaison.extract_doc("Signed Projects\n1. Shaoyang City – Huambo Province, Angola: Sister City Agreement\n",
                              published="2025-07-02")
    two = liaison.extract_doc("Signed Projects\n1. Shaoyang City – Huambo Province, Angola: Sister City Agreement\n"
                              "2. Changde City – Lilongwe City, Malawi: Trade Memorandum\n", published="2025-07-02")
    assert signing_rows(context(one), []) == [] and len(signing_rows(context(two), [])) == 2


def test_a_translated_table_is_the_same_signings_and_a_ceremony_before_it_lends_its_witnesses():
    rec = _rec("6月28日，副省长周敏会见马拉维贸易部长班达。随后举行签约仪式，周敏与班达共同见证签约。\n"
               "签约项目\n1. 常德市—马拉维利隆圭市 经贸合作备忘录\n2. 娄底市—马拉维布兰太尔市 旅游合作协议\n\n"
               "Signed Projects\n1. Changde – Lilongwe, Malawi: MoU on Economic and Trade Cooperation\n"
               "2. Loudi – Blantyre, Malawi: Agreement on Tourism Cooperation\n")
    assert sides(rec, "agreement") == [["Blantyre", "Loudi"], ["Changde", "Lilongwe"]]
    assert ("经贸合作备忘录", "MoU on Economic and Trade Cooperation") in titles(rec)
    witnesses = [sorted(x["role"] for x in e["participants"]) for e in rec["events"] if e["type"] == "agreement"]
    assert witnesses == [["witness", "witness"], ["witness", "witness"]]
    assert all(x["role"] != "witness" for e in rec["events"] if e["type"] == "meeting" for x in e["participants"])


def test_a_row_fields_are_its_own_words():
    rec = _rec("签约项目\n1. 邵阳市—安哥拉万博省 农业合作协议\n2. 常德市—马拉维利隆圭市 旅游合作备忘录\n")
    fields = {tuple(sorted(r["name"]["en"] for r in e["parties"])): e["fields"] for e in rec["events"]}
    assert fields == {("Huambo", "Shaoyang"): ["agriculture"], ("Changde", "Lilongwe"): ["tourism_culture"]}


@pytest.mark.parametrize("text", [
    "Witnessed by Party Secretary Shen Hong and Governor Bola Ahmed, Changsha and Nigeria's Ogun State signed a "
    "sister city agreement on Friday.",
    "Witnessed by Governor Wu Lin and President Ade Bello, Yueyang and Nigeria's Lagos State signed a sister city "
    "agreement on Friday.",
])
def test_a_signing_after_its_witnesses_is_read_with_them(text):
    rec = _rec(text)
    assert len(sides(rec, "agreement")) == 1 and len(sides(rec, "agreement")[0]) == 2
    assert [r for _n, r in roles(rec, "agreement")] == ["witness", "witness"]


def test_a_division_abroad_in_another_transliteration_named_apart_from_its_country():
    rec = _rec("尼日利亚驻华大使出席活动。岳阳市与拉各斯州签署友好城市协议。")
    assert sides(rec, "agreement") == [["Lagos", "Yueyang"]]


@pytest.mark.parametrize("word, country", [("Malawian", "MW"), ("Rwandan", "RW"), ("Senegalese", "SN")])
def test_a_nationality_word_before_a_title_is_that_country(word, country):
    rec = _rec(f"{word} Trade Minister John Phiri met with Hunan Governor Wu Lin in Changsha on Friday.")
    regions = {p["name"]["en"]: [x["region"]["code"] for x in p["positions"] if x.get("region")] for p in rec["people"]}
    assert regions["John Phiri"] == [country]


@pytest.mark.parametrize("text, town", [
    ("STORM LAKE, Iowa — A delegation from Linying County arrived in Storm Lake on Tuesday. Mayor Ann Ruiz met "
     "the delegation at City Hall.", "Storm Lake"),
    ("FRANKLIN, Ky. — A delegation from Gucheng County arrived in Franklin on Tuesday. Mayor Ann Ruiz met the "
     "delegation at City Hall.", "Franklin"),
])
def test_a_dateline_town_the_tables_lack_is_a_place_of_its_state(text, town):
    rec = _rec(text, published="2024-09-13")
    assert [t for t in trips(rec)] and all(d == town for _o, d in trips(rec))
    assert all(town in [region_name(r) for r in e["parties"]] for e in rec["events"])


@pytest.mark.parametrize("second", [
    "The letter was signed by Vice Mayor Liu Qiang and Mayor John Banda on behalf of their cities.",
    "Vice Mayor Liu Qiang and Mayor John Banda signed on behalf of their cities.",
    "It was signed by Vice Mayor Liu Qiang and Mayor John Banda.",
])
def test_signers_told_in_the_sentence_after_the_signing_sign_that_document(second):
    rec = _rec("Changde and Lilongwe signed the Letter of Intent on Friendly Exchanges between Changde and "
               "Lilongwe. " + second)
    assert sides(rec, "agreement") == [["Changde", "Lilongwe"]]
    assert roles(rec, "agreement") == [("John Banda", "signatory"), ("Liu Qiang", "signatory")]


@pytest.mark.parametrize("text, name, office", [
    ("Simpson County Judge-Executive Travis Hollins met Vice Governor Liang Hua in Wuhan on Monday.",
     "Travis Hollins", ("head", "government", "Simpson")),
    ("Stoke-on-Trent Councillor Arshad Khan met Mayor Tan Wei of Liling on Monday.",
     "Arshad Khan", ("other", "congress", "Stoke-on-Trent")),
    ("Chairman of the Dornod Aimag Citizens' Representative Khural D.Enkhbaatar met Vice Mayor Wang Jie in "
     "Hulunbuir on Monday.", "D.Enkhbaatar", ("head", "congress", "Dornod")),
])
def test_local_titles_of_partner_places(text, name, office):
    rec = _rec(text, published="2024-10-20")
    offices = {p["name"]["en"]: [(x["role"], x["org_kind"], region_name(x.get("region"))) for x in p["positions"]]
               for p in rec["people"]}
    assert offices[name] == [office] and "Citizens" not in offices


def test_the_stops_of_a_trip_by_train_and_by_road():
    rec = _rec("A delegation from Simpson County, Kentucky, led by Judge-Executive Travis Hollins arrived in Wuhan on "
               "Oct. 14. On Oct. 15 the delegation took a high-speed train to Shiyan. On Oct. 17 the group drove on to "
               "Gucheng County in Xiangyang.", published="2024-10-24")
    assert sorted(d for _o, d in trips(rec)) == ["Gucheng", "Shiyan", "Wuhan"]


def test_a_weekday_before_the_date_it_names_is_that_date():
    rec = _rec("On Tuesday 3 June the delegation from Linying County was received in Storm Lake by Mayor Ann Ruiz.",
               published="2025-06-10")
    assert {e["date"]["start"] for e in rec["events"]} == {"2025-06-03"}


def test_a_district_named_with_its_region_and_no_country_is_a_place_of_that_country():
    rec = _rec("A delegation from Jimunai County visited Zaisan District of Abai Region on 4 July to discuss trade.",
               published="2024-07-08")
    assert ("Jimunai", "Zaisan") in trips(rec)


def test_a_place_abroad_named_in_characters_and_in_letters_is_one_place():
    rec = _rec("6月3日至5日，埃塞俄比亚锡达马州代表团访问衢州。\n\nFrom 3 to 5 June, a delegation from Ethiopia's Sidama "
               "Region visited Quzhou.", published="2025-06-09")
    assert trips(rec) == [("Sidama", "Quzhou")]
    origin = next(e["origin"] for e in rec["events"] if e["type"] == "visit")
    assert origin["name"] == {"zh": "锡达马州", "en": "Sidama"}


def test_pairs_of_signers_after_two_signings_each_sign_their_places_one():
    rec = _rec("6月3日，岳阳市与九江市签署文旅合作协议，常德市与宜春市签署农业合作协议。岳阳市副市长王强与九江市副市长李明、"
               "常德市市长张伟与宜春市市长赵刚分别代表双方签约。")
    signers = {tuple(sorted(r["name"]["en"] for r in e["parties"])): sorted(
        x["person"] for x in e["participants"] if x["role"] == "signatory") for e in rec["events"]
        if e["type"] == "agreement"}
    by_id = {p["id"]: p["name"]["zh"] for p in rec["people"]}
    assert {k: sorted(by_id[p] for p in v) for k, v in signers.items()} == {
        ("Jiujiang", "Yueyang"): ["李明", "王强"], ("Changde", "Yichun"): ["张伟", "赵刚"]}


def test_a_place_whose_name_holds_an_apostrophe_s():
    rec = _rec("The Hawke's Bay delegation led by Regional Council Chair Ana Pere arrived in Weifang on 12 March.",
               published="2025-03-20")
    assert trips(rec) == [("Hawke's Bay", "Weifang")]


@pytest.mark.parametrize("masthead", ["Shire of Esperance | Media Release | 19 August 2024",
                                      "Esperance Shire Council | News"])
def test_a_councils_own_release_names_its_place_though_the_tables_lack_it(masthead):
    rec = _rec(masthead + "\n\nA delegation from Lianjiang County in Fujian Province arrived in Esperance from Perth "
               "on Wednesday 14 August. Shire President Ann Doyle met the delegation in Esperance the next day.",
               published="2024-08-19")
    assert ("Lianjiang", "Esperance") in trips(rec)
    assert ["Esperance", "Lianjiang"] in sides(rec, "meeting")


def test_a_place_abroad_in_characters_and_letters_read_a_little_apart_is_one_place():
    rec = _rec("3月18日至20日，莫桑比克赞比西亚省代表团访问珠海。\n\nFrom 18 to 20 March, a delegation from Mozambique's "
               "Zambezia Province visited Zhuhai.", published="2025-03-24")
    assert trips(rec) == [("Zambezia", "Zhuhai")]


@pytest.mark.parametrize("greeting", [
    "was welcomed on arrival at the airport by Mayor Ann Ruiz",
    "arrived on Tuesday and was greeted at City Hall by Mayor Ann Ruiz",
])
def test_a_greeting_on_arrival_hosts_the_visit_and_is_no_meeting(greeting):
    rec = _rec(f"STORM LAKE, Iowa — A delegation from Linying County led by County Head Zhou Jian {greeting}. The "
               "delegation stayed in Storm Lake until Thursday.", published="2024-09-13")
    assert [e for e in rec["events"] if e["type"] == "meeting"] == []
    assert ("Ann Ruiz", "host") in roles(rec, "visit")


def test_a_delegation_after_an_opening_phrase_visiting_the_district_of_the_page():
    rec = _rec("Zaisan District Council | News\n\nAt the invitation of the akim of Zaisan District of Abai Region, "
               "Daulet Serik, a delegation of Jimunai County of the Altay Prefecture visited the district from 3 to 5 "
               "July.", published="2024-07-08")
    assert trips(rec) == [("Jimunai", "Zaisan")]

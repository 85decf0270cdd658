"""Sentences written for round 17 (no corpus text): a delegation named by its head that attends an expo held
elsewhere; a city's signing at a matchmaking meeting of its province with several partners; a ministry abroad
whose name begins with the sounds of a place; what is said of a site toured (who built it, whose pavilion it is)
is not where the tour went; offices abroad, in Macao and in Australian states written in English; lists of
signings clause by clause; a partner's own statement of its mission."""
from functools import partial

import pytest

import liaison
from sentences import offices, region_name as _name, sides as _sides, trips as _trips

_offices = partial(offices, first="en")


def _rec(text, published="2025-06-14"):
    return liaison.extract(text, published=published)


def test_a_delegation_named_by_its_head_attending_an_expo_goes_where_it_is_held():
    rec = _rec("6月13日，中国—非洲经贸博览会在湖南长沙开幕。以副省长罗文涛为团长的江西省代表团参会。")
    assert _trips(rec) == [("Jiangxi", "Changsha")]
    [visit] = [e for e in rec["events"] if e["type"] == "visit"]
    [leader] = [p for p in rec["people"] if p["name"]["zh"] == "罗文涛"]
    assert (leader["id"], "leader") in [(x["person"], x["role"]) for x in visit["participants"]]


@pytest.mark.parametrize("text, pair", [
    ("6月13日，在长沙举行的江西—非洲经贸对接会上，赣州市与肯尼亚蒙巴萨签署友好合作备忘录。", ["Ganzhou", "Mombasa"]),
    ("6月13日，江西省与赞比亚、肯尼亚、坦桑尼亚举行经贸对接会。会上，吉安市与肯尼亚蒙巴萨签署合作协议。",
     ["Ji'an", "Mombasa"]),
])
def test_a_city_signing_at_its_provinces_meeting_signs_for_itself(text, pair):
    assert _sides(_rec(text), "agreement") == [pair]


def test_a_ministry_abroad_whose_name_starts_with_a_places_sounds_is_no_person():
    rec = _rec("6月13日，江西省副省长罗文涛会见了坦桑尼亚桑给巴尔贸易与工业发展部部长一行。")
    assert [p["name"]["zh"] for p in rec["people"]] == ["罗文涛"]


@pytest.mark.parametrize("text", [
    "On June 13, Jiangxi Vice Governor Luo Wentao toured the exhibition hall set up by Hunan's Department of "
    "Commerce.",
    "On June 13, Jiangxi Vice Governor Luo Wentao visited the Tanzania Pavilion.",
])
def test_what_is_said_of_a_site_toured_is_not_where_the_tour_went(text):
    assert not _trips(_rec(text))


def test_a_site_toured_in_a_named_place_still_goes_there():
    rec = _rec("On June 13, Jiangxi Vice Governor Luo Wentao visited the Tanzania Pavilion in Changsha.")
    assert _trips(rec) == [("Jiangxi", "Changsha")]


# ---------------------------------------------------------------- ties set up, told once

def test_letters_signed_to_establish_ties_are_the_one_signing_per_partner():
    rec = _rec("On June 13, Hunan Province signed letters of intent to establish friendship province relations with "
               "Dodoma Region of Tanzania, Copperbelt Province of Zambia and Southern Region of Malawi.")
    assert _sides(rec, "agreement") == [["Copperbelt", "Hunan"], ["Dodoma", "Hunan"], ["Hunan", "Southern"]]


def test_the_signers_set_beside_an_opening_phrase_are_its_subject():
    rec = _rec("On June 13, during the China-Africa Economic and Trade Expo, Hunan Province and Lagos State of "
               "Nigeria signed an agreement on establishing friendship ties.")
    assert _sides(rec, "agreement") == [["Hunan", "Lagos"]]


@pytest.mark.parametrize("text", [
    "On June 13, during the China-Africa Economic and Trade Expo, Hunan Province and Lagos State of Nigeria signed "
    "an agreement on establishing friendship ties.",
    "6月13日，在中非经贸博览会期间，湖南省与尼日利亚拉各斯州签署友好合作协议。",
])
def test_a_fairs_name_gives_no_field_to_what_is_signed_there(text):
    [ag] = [e for e in _rec(text)["events"] if e["type"] == "agreement"]
    assert ag["fields"] == []


@pytest.mark.parametrize("text", [
    "济南市与长春市缔结友好城市三十年来，合作成果丰硕。",
    "湖南省与尼日利亚拉各斯州签署友好省州协议10年来，双方交流不断。",
])
def test_the_years_since_a_signing_tell_no_signing(text):
    assert not _sides(_rec(text), "agreement")


# ---------------------------------------------------------------- the nations of the United Kingdom

@pytest.mark.parametrize("text, place", [
    ("On May 3, a delegation from Wales visited Chongqing.", "Wales"),
    ("5月3日，苏格兰政府代表团访问重庆市。", "Scotland"),
    ("On May 3, a delegation from Edinburgh of Scotland visited Chongqing.", "Edinburgh"),
])
def test_the_nations_of_the_united_kingdom_are_places_of_their_own(text, place):
    rec = _rec(text, published="2025-05-05")
    assert _trips(rec) == [(place, "Chongqing")]
    [visit] = [e for e in rec["events"] if e["type"] == "visit"]
    assert visit["origin"]["country"] == "GB"


# ---------------------------------------------------------------- titles of offices abroad, then the name


@pytest.mark.parametrize("text", [
    "On July 3, Vice Governor Qin Guowen of Hunan met with Mayor of Dar es Salaam Rehema Nduta in Tanzania.",
    "On July 3, Vice Governor Qin Guowen of Hunan met with Dar es Salaam Regional Commissioner Rehema Nduta in "
    "Tanzania.",
])
def test_a_place_with_small_words_in_its_name_stays_whole_in_a_title(text):
    assert _offices(_rec(text))["Rehema Nduta"] == [("head", "Dar es Salaam")]


def test_a_name_after_a_long_office_abroad_is_whole_and_the_office_is_the_places():
    rec = _rec("On July 4, the Hunan delegation came to Zanzibar, Tanzania, and held talks with Minister of Trade and "
               "Industrial Development of Zanzibar Khamis Juma Haji.")
    assert _offices(rec)["Khamis Juma Haji"] == [("head", "Zanzibar")]


@pytest.mark.parametrize("text", [
    "On May 3, Gansu Vice Governor Li Ming met with the Akim of Shymkent city, Murat Aitenov, in Lanzhou.",
    "On May 3, Gansu Vice Governor Li Ming met with the Akim of Shymkent, Murat Aitenov, in Lanzhou.",
])
def test_a_name_set_off_by_commas_after_an_office_abroad_is_a_person(text):
    assert _offices(_rec(text, published="2025-05-05"))["Murat Aitenov"] == [("head", "Shymkent")]


def test_a_division_abroad_is_labelled_by_its_name_not_a_nickname():
    rec = _rec("7月5日，岳阳市与坦桑尼亚坦噶省签署港口物流合作协议。")  # (the generated row's label was "Mini Tanzania")
    assert _sides(rec, "agreement") == [["Tanga", "Yueyang"]]


# ---------------------------------------------------------------- a press statement from a partner abroad

@pytest.mark.parametrize("money", ["US$86 million", "86 million US dollars", "NZ$86 million"])
def test_a_currency_names_no_side(money):
    rec = _rec(f"On June 30, the Kaduna Investment Promotion Agency of Nigeria signed investment agreements worth "
               f"{money} with two Hunan companies in Changsha.")
    assert _sides(rec, "agreement") == [["Changsha", "Kaduna"]]  # (not the United States or New Zealand)


def test_the_last_words_of_a_name_used_alone_are_that_person():
    rec = _rec("The delegation, led by the Deputy Governor of Kaduna State, Dr. Hauwa Sani Bello, arrived in Changsha "
               "on June 29. At the meeting, Dr. Sani Bello briefed her host, Vice Governor Peng Zhiyuan of Hunan.",
               published="2023-07-04")
    assert sorted(_offices(rec)) == ["Hauwa Sani Bello", "Peng Zhiyuan"]


def test_a_documents_title_ends_where_lower_case_words_describe_it():
    rec = _rec("On Friday, June 30, the Kaduna State Government and the Zhuzhou Municipal People's Government signed a "
               "Memorandum of Understanding on Friendly Cooperation covering agriculture, rail transport and "
               "vocational training.", published="2023-07-04")
    [ag] = [e for e in rec["events"] if e["type"] == "agreement"]
    assert ag["title"]["en"] == "Memorandum of Understanding on Friendly Cooperation"
    assert "agriculture" in ag["fields"]


# ---------------------------------------------------------------- Macao's and Hong Kong's offices in English

@pytest.mark.parametrize("text, name", [
    ("On May 3, the delegation included the Director of the Economic and Technological Development Bureau, Tai Kin "
     "Ip, and the President of the Macao Trade and Investment Promotion Institute, Uchoi Kuong.", "Tai Kin Ip"),
    ("IPIM President Uchoi Kuong and DSEDT Director Tai Kin Ip attended the event in Nanning on May 3.", "Uchoi Kuong"),
    ("On May 3, the Secretary for Economy and Finance Lei Wai Nong met with a Guangxi delegation in Nanning.",
     "Lei Wainong"),
])
def test_an_office_only_macao_has_is_macaos(text, name):
    offices = _offices(_rec(text, published="2025-05-05"))
    assert offices[name] == [("head", "Macao")]


def test_a_macao_office_before_one_name_is_not_the_next_persons():
    rec = _rec("On May 3, the Secretary for Economy and Finance Lei Wai Nong met with a Guangxi delegation led by "
               "Vice Chairman Li Ming in Macao.", published="2025-05-05")
    assert _offices(rec)["Li Ming"] == [("deputy_head", "Guangxi")]


def test_a_secretary_for_a_domain_heads_a_department_not_a_party_committee():
    rec = _rec("On May 3, the Secretary for Economy and Finance Lei Wai Nong met with a Guangxi delegation in Macao.",
               published="2025-05-05")
    [p] = [p for p in rec["people"] if p["name"]["en"] == "Lei Wainong"]
    assert [(x["role"], x["org_kind"]) for x in p["positions"]] == [("head", "government_department")]


def test_the_chief_executive_on_a_page_naming_only_macaos_offices_is_macaos():
    rec = _rec("The Acting Chief Executive, Mr Lei Wai Nong, received the Guangxi delegation on May 3. The Secretary "
               "for Economy and Finance also attended.", published="2025-05-05")
    assert _offices(rec)["Lei Wainong"] == [("head", "Macao")]


def test_a_three_word_cantonese_name_the_model_cuts_is_whole():
    rec = _rec("On May 3, Macao SAR Chief Executive Sam Hou Fai met with Guangxi Party Secretary Liu Ning.",
               published="2025-05-05")
    assert sorted(_offices(rec)) == ["Liu Ning", "Sam Hou Fai"]


def test_a_title_closed_by_its_domain_then_a_comma_gives_the_name():
    rec = _rec("On November 4, the Santa Catarina mission led by Governor Carlos Moreira arrived in Nanjing. The "
               "governor is accompanied by the Secretary of State for Economic Development, Renata Kuster, and the "
               "president of the state port company, Marcos Vieira.", published="2024-11-08")
    assert "Renata Kuster" in _offices(rec)


# ---------------------------------------------------------------- a partner's own account of its mission

def test_the_name_after_a_calls_host_title_is_the_host_though_the_parser_hangs_it_elsewhere():
    rec = _rec("On Thursday, June 29, the Deputy Governor of Kaduna, Hauwa Sani Bello, paid a courtesy call on the Vice "
               "Governor of Hunan Province, Mr. Peng Zhiyuan.", published="2023-07-04")
    [m] = [e for e in rec["events"] if e["type"] == "meeting"]
    ids = {p["name"]["en"]: p["id"] for p in rec["people"]}
    assert (ids["Peng Zhiyuan"], "host") in [(x["person"], x["role"]) for x in m["participants"]]


def test_a_headline_tour_naming_no_site_is_the_tours_told_below():
    rec = _rec("Santa Catarina mission signs agreements in Jiangsu and visits ports and technology companies\n\n"
               "Florianopolis - The Santa Catarina mission to China, led by Governor Carlos Moreira, spent three days "
               "in Jiangsu this week. On Tuesday, November 5, the mission of Santa Catarina, Brazil, travelled to "
               "Suzhou, where it visited the Suzhou Industrial Park.", published="2024-11-08")
    assert [e["sites"] for e in rec["events"] if e["type"] == "inspection"] == [[{"zh": None, "en": "Suzhou Industrial Park"}]]


def test_a_province_toured_stop_by_stop_is_one_visit_per_stop():
    rec = _rec("The mission of Santa Catarina, Brazil, led by Governor Carlos Moreira, spent three days in the province of "
               "Jiangsu this week. On Monday, November 4, in Nanjing, the Santa Catarina delegation was received by the Governor of "
               "Jiangsu Province, Fang Jianmin. On Tuesday, November 5, the mission travelled to Suzhou.",
               published="2024-11-08")
    assert _trips(rec) == [("Santa Catarina", "Nanjing"), ("Santa Catarina", "Suzhou")]


# ---------------------------------------------------------------- a bilingual page of a delegation at an expo

def test_a_title_after_a_name_given_again_in_characters_is_that_persons():
    rec = _rec("From September 24 to 26, Vice Governor Tian Kaiyuan (田开元) led a Guizhou delegation to Nanning. "
               "Meng Qinglin (孟庆林), director of the Guizhou Provincial Department of Commerce, and Yang Shuhua "
               "(杨淑华), mayor of Zunyi (遵义市), were members of the delegation.", published="2024-09-28")
    offices = _offices(rec)
    assert offices["Meng Qinglin"] == [("head", "Guizhou")] and offices["Yang Shuhua"] == [("head", "Zunyi")]


def test_a_lao_official_met_by_his_given_name_is_that_person():
    rec = _rec("On September 25, Bounthavy Sisouphanh, Governor of Luang Prabang Province of Laos, arrived in "
               "Nanning. On September 26, Vice Governor Tian Kaiyuan of Guizhou held discussions with Bounthavy in "
               "Nanning.", published="2024-09-28")
    ids = {p["name"]["en"]: p["id"] for p in rec["people"]}
    talks = [e for e in rec["events"] if e["type"] == "meeting" and (e["date"] or {}).get("start") == "2024-09-26"]
    assert talks and ids["Bounthavy Sisouphanh"] in {x["person"] for x in talks[0]["participants"]}


def test_talks_at_a_pavilion_named_after_a_place_are_not_held_in_it():
    rec = _rec("On September 26, Governor Bounthavy Sisouphanh of Luang Prabang, Laos, held talks with Vice Governor "
               "Tian Kaiyuan of Guizhou at the Guizhou Pavilion.", published="2024-09-28")
    ids = {p["name"]["en"]: p["id"] for p in rec["people"]}
    [m] = [e for e in rec["events"] if e["type"] == "meeting"]
    assert (ids["Tian Kaiyuan"], "host") not in [(x["person"], x["role"]) for x in m["participants"]]


def test_a_count_of_documents_before_their_list_is_no_signing_of_its_own():
    rec = _rec("On September 26, three cooperation documents were signed at the expo: Zunyi and Luang Prabang Province "
               "of Laos signed a letter of intent on friendly exchanges, with Yang Shuhua and Bounthavy Sisouphanh "
               "signing; Liupanshui and Lao Cai Province of Vietnam signed a memorandum on agricultural cooperation; "
               "and Qiandongnan Prefecture signed a cultural tourism cooperation agreement with Chiang Mai Province of "
               "Thailand.", published="2024-09-28")
    assert _sides(rec, "agreement") == [["Chiang Mai", "Qiandongnan"], ["Lao Cai", "Liupanshui"],
                                        ["Luang Prabang", "Zunyi"]]


@pytest.mark.parametrize("text", [
    "On September 26, three documents were signed at the expo: Zunyi and Luang Prabang Province of Laos signed a "
    "letter of intent on friendly exchanges; Liupanshui and Lao Cai Province of Vietnam signed a memorandum on "
    "agricultural cooperation; and Qiandongnan Prefecture signed a cultural tourism cooperation agreement with Chiang "
    "Mai Province of Thailand.",
    "9月26日，遵义市与老挝琅勃拉邦省签署友好交流意向书；六盘水市与越南老街省签署农业合作备忘录；黔东南州与泰国清迈府签署文化旅游合作协议。",
])
def test_signings_told_clause_by_clause_take_the_fields_of_their_own_clause(text):
    rec = _rec(text, published="2024-09-28")
    fields = {tuple(sorted(_name(r) for r in e["parties"])): e["fields"] for e in rec["events"]
              if e["type"] == "agreement"}
    assert fields == {("Luang Prabang", "Zunyi"): [], ("Lao Cai", "Liupanshui"): ["agriculture"],
                      ("Chiang Mai", "Qiandongnan"): ["tourism_culture"]}


# ---------------------------------------------------------------- a state government's media statement

@pytest.mark.parametrize("text", [
    "On May 20, Western Australia's Minister for State Development, Trade and Investment Leanne Corbett met Zhejiang "
    "officials in Perth.",
    "On May 20, Minister for State Development, Trade and Investment Leanne Corbett of Western Australia met Zhejiang "
    "officials in Perth.",
])
def test_a_ministers_list_of_domains_with_commas_is_one_title(text):
    assert _offices(_rec(text, published="2024-05-22"))["Leanne Corbett"] == [("head", "Western Australia")]


def test_the_consul_general_of_a_country_called_on_set_off_by_commas_is_titled():
    rec = _rec("On Monday, May 20, Ms Leanne Corbett of Western Australia called on the Consul-General of the People's "
               "Republic of China in Perth, Ye Jun, at the Consulate-General.", published="2024-05-22")
    assert _offices(rec)["Ye Jun"] == [("other", "China")]

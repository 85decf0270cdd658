"""English names and titles in the styles of foreign newsrooms; every sentence written here, people invented."""
from __future__ import annotations

import liaison
from liaison.testing import positions_by_name


def people(text):
    return positions_by_name(text, place=("en",))


def test_abbreviated_us_titles():
    p = people("SACRAMENTO, California — Gov. Mark Ellison on Wednesday hosted a delegation from Guangdong. "
               "Lt. Gov. Rosa Delgado and state Sen. Tom Hadley attended the signing.")
    assert p["Mark Ellison"] == [("head", "government", "California")]
    assert p["Rosa Delgado"] == [("deputy_head", "government", "California")]
    assert p["Tom Hadley"] == [("other", "congress", "California")]


def test_secretary_of_state_is_no_party_secretary():
    p = people("Oregon Secretary of State Laura Finch welcomed the guests from Fujian.")
    assert p["Laura Finch"] == [("head", "government_department", "Oregon")]


def test_a_family_name_that_is_also_an_organisation_word():
    p = people("Busan Mayor Park Min-jae and Seoul Mayor Cho Young-ho met the delegation from Liaoning.")
    assert p["Park Min-jae"] == [("head", "government", "Busan")]
    assert p["Cho Young-ho"] == [("head", "government", "Seoul")]


def test_places_and_sites_tagged_as_people_are_dropped():
    p = people("The secretary welcomed the guests to Sa Pa and later toured Larnach Castle and the Kim Thanh "
               "border gate with Nguyen Van Binh, Vice Chairman of the Lao Cai provincial People's Committee.")
    assert set(p) == {"Nguyen Van Binh"}


def test_bare_president_and_central_bodies_are_national():
    p = people("Vice President Zhao Lequn met the governor. Liu Ming, director of the Office of the Central "
               "Foreign Affairs Commission, attended. China’s President Xu Hanming sent a letter.")
    assert p["Zhao Lequn"] == [("deputy_head", "government", "China")]
    assert p["Liu Ming"] == [("head", "government_department", "China")]
    assert p["Xu Hanming"] == [("head", "government", "China")]


def test_councillor_abbreviation_is_a_title_not_a_name():
    p = people("Dunedin Mayor Aaron Whitby and Cr Jane Morrow welcomed the Shanghai delegation.")
    assert "Jane Morrow" in p and "Cr Jane Morrow" not in p


def test_a_place_list_and_a_photo_credit_are_not_people():
    p = people("The delegation went on to Ha Noi, Nam Dinh, and Vinh Long to meet Vu Thi Lan, deputy director of "
               "the Hanoi Department of Foreign Affairs.\nSource: Xinhua/Zhao Ping\nPhoto: VNA/Tran Hoa")
    assert set(p) == {"Vu Thi Lan"}


def test_a_pinyin_name_closing_a_list_of_places_is_a_person():
    p = people("Wang Jian and Li Hong, leaders of Jilin Province and Changchun City, and Zhou Ming, secretary "
               "general of the provincial government, attended.")
    assert {"Wang Jian", "Li Hong", "Zhou Ming"} <= set(p)


def test_a_title_ending_in_an_honorific_belongs_to_the_next_name():
    p = people("Deputy Secretary of Jilin Provincial Party Committee and Governor of Jilin Province Mr. Wang Min, "
               "the Vice Governor Mr. Zhao Lin, and the Mayor of Changchun City Mr. Sun Tao met the guests.")
    assert ("deputy_head", "government", "Jilin") not in p["Wang Min"]
    assert p["Zhao Lin"] == [("deputy_head", "government", "Jilin")]
    assert p["Sun Tao"] == [("head", "government", "Changchun")]


def test_friendship_association_is_national_and_vice_foreign_minister_a_deputy():
    p = people("Ma Jun, CPAFFC vice president, attended. Kenji Sato, vice foreign minister, met the delegation.")
    assert p["Ma Jun"] == [("deputy_head", "institution", "China")]
    assert p["Kenji Sato"][0][:2] == ("deputy_head", "government_department")


def test_a_place_naming_the_office_of_the_name_after_it_is_no_person():
    p = people("VIENTIANE – Also present were Luang Namtha Governor Bounmy Keosavanh and Governor of Dornogovi "
               "aimag B.Bat-Erdene.")
    assert set(p) == {"Bounmy Keosavanh", "B.Bat-Erdene"}
    assert p["Bounmy Keosavanh"] == [("head", "government", "Luang Namtha")]


def test_the_head_of_a_republic_is_its_government_and_a_chinese_minister_is_chinas():
    p = people("Head of the Republic of Sakha (Yakutia) Ivan Sergeev met State Councilor and Foreign Minister "
               "Wang Jun in Harbin.")
    assert p["Ivan Sergeev"][0][:2] == ("head", "government")
    assert ("head", "government_department", "China") in p["Wang Jun"]


def test_a_misspelt_pinyin_name_in_a_translated_paragraph_is_the_chinese_name():
    rec = liaison.extract("广西党政代表团由自治区党委书记曹伯纯率领赴广东考察。\n"
                          "The delegation was led by Cao Binchun, party secretary of Guangxi.")
    assert [p["name"]["zh"] for p in rec["people"]] == ["曹伯纯"]
    assert len(rec["people"][0]["mentions"]) == 2


def test_he_as_a_family_name_after_a_title():
    p = people("On May 10, Hunan Vice Governor He Minghua met the consular corps in Changsha.")
    assert p["He Minghua"] == [("deputy_head", "government", "Hunan")]


def test_a_province_misspelt_by_machine_translation():
    p = people("Zhou Li, Vice-Chairman of Shangdong Provincial Committee of CPPCC, and Wu Fan, Deputy Director "
               "General of Guangong Foreign Affairs Office, attended.")
    assert p["Zhou Li"] == [("deputy_head", "cppcc", "Shandong")]
    assert p["Wu Fan"] == [("deputy_head", "government_department", "Guangdong")]


def test_a_bare_role_repeating_a_fuller_title_is_one_office():
    p = people("Li Min, President of CPAFFC, spoke. President Li Min also met the mayor.")
    assert p["Li Min"] == [("head", "institution", "China")]


def test_an_age_between_name_and_title_and_companies_and_places_in_pinyin():
    p = people("The delegation visited Xi An and Nan Ning. They toured Wei Chai Power. "
               "“We welcome cooperation,” said Wang Lei, 54, deputy mayor of Qingdao.")
    assert set(p) == {"Wang Lei"}
    assert p["Wang Lei"] == [("deputy_head", "government", "Qingdao")]


def test_a_name_only_the_model_proposes_needs_the_text_to_confirm_it():
    p = people("The visiting delegation enjoyed a show of Desert Rose at the theatre. Richard Tanner said the show "
               "was popular. Alan Brooks, a local businessman, hosted a dinner. The guests met with Helen Ward.")
    assert "Desert Rose" not in p
    assert {"Richard Tanner", "Alan Brooks"} <= set(p)


def test_english_title_readings():
    from liaison.titles import parse_en

    def read(phrase, regions=()):
        return [(o.role, o.org_kind, o.region_text) for o in parse_en(phrase, list(regions))]

    assert read("Deputy Head of the Provincial Party Committee's Commission for Mass Mobilisation") == [
        ("deputy_head", "party_department", None)]
    assert read("Chairman of the Board of Directors") == [("head", "enterprise", None)]
    assert read("Minister Counsellor") == [("other", "government", None)]
    assert read("Secretary of the Party Committee and Chairman of the People's Council of Lang Son province",
                ["Lang Son"]) == [("secretary", "party_committee", "Lang Son"), ("head", "congress", "Lang Son")]


def test_names_confirmed_through_a_list():
    p = people("Present were Maria Lopez Rivera. Luis Alberto Arce Soto and Jose Ramos Pinto met the governor.")
    assert {"Maria Lopez Rivera", "Luis Alberto Arce Soto", "Jose Ramos Pinto"} <= set(p)

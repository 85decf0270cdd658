"""Issue 13, English names and titles (round 4): datelines before a title, a family name alone after a
title, "Consul General X", a title's place abroad, plural titles before a list, CPPCC titles in English.
Sentences written here; the officials are invented."""
from __future__ import annotations

import liaison
from liaison.testing import positions_by_name

PUB = "2024-05-20"


def people(text: str) -> dict[str, list[tuple]]:
    return positions_by_name(text, PUB, place=("en",))


def test_a_dateline_is_no_part_of_the_title():
    got = people("Kunming - Provincial Governor Wang Hanlin met Governor of Savannakhet Province "
                 "Phonesavanh Keola. Wang said trade grew.")
    assert got["Wang Hanlin"] == [("head", "government", "Yunnan")]
    got = people("CHANGCHUN, May 2 (Yonhap) -- Gangwon Province Governor Choi Dong-hwan arrived on Monday. "
                 "Choi met the hosts.")
    assert got["Choi Dong-hwan"] == [("head", "government", "Gangwon")]


def test_a_family_name_alone_after_a_title():
    got = people("Mayor Sakurada and Governor Tominaga welcomed the Harbin delegation in Niigata.")
    assert "Sakurada" in got and "Tominaga" in got
    assert got["Tominaga"][0][:2] == ("head", "government")
    # a pinyin family name alone is a later mention of a full name, never a person of its own
    got = people("Governor Zhang said Jilin welcomed the guests.")
    assert "Zhang" not in got
    # the full name written elsewhere: the headline's "Governor Harwood" is that person
    got = people("Governor Harwood Signs Pact\nGovernor Milton J. Harwood signed the agreement on Monday.")
    assert "Harwood" not in got


def test_consul_general_before_a_name():
    got = people("Thai Ambassador to China Somchai Rattanakorn and Consul General Mali Sukprasert-Wong "
                 "attended the fair in Kunming.")
    assert "Mali Sukprasert-Wong" in got
    assert got["Mali Sukprasert-Wong"][0][:2] == ("other", "government")


def test_where_a_foreign_official_is_is_not_their_office():
    got = people("Klaus Obermaier, minister-president of Bavaria in Jinan, said the talks went well.")
    assert got["Klaus Obermaier"] == [("head", "government", "Bavaria")]
    got = people("Kenji Arai, consul general of Japan in Shenyang, attended.")
    assert got["Kenji Arai"] == [("other", "government", "Japan")]


def test_a_plural_title_with_its_body_before_a_list():
    got = people("Vice Chairmen of the provincial People's Committee Nguyen Van Tien, Tran Thi Mai and "
                 "Le Van Phuc attended the talks in Lang Son.")
    for name in ("Nguyen Van Tien", "Tran Thi Mai", "Le Van Phuc"):
        assert got[name] == [("deputy_head", "government", "Lang Son")], name


def test_a_cppcc_title_is_no_diplomat():
    got = people("Gao Ming, chairman of the Heilongjiang Provincial Committee of the Chinese People's Political "
                 "Consultative Conference, attended.")
    assert got["Gao Ming"] == [("head", "cppcc", "Heilongjiang")]


def test_several_offices_in_one_apposition():
    got = people("Tran Van Khoa, member of the Party Central Committee, Secretary of the Quang Ninh provincial "
                 "Party Committee and Chairman of the provincial People's Council, welcomed the delegation.")
    roles = {(r, k) for r, k, _ in got["Tran Van Khoa"]}
    assert {("secretary", "party_committee"), ("head", "congress")} <= roles
    # the next title before a name is still that name's
    got = people("Liu Heng, vice governor of Jilin, Vice Governor of Gangwon Province Park Min-su and others attended.")
    assert got["Liu Heng"] == [("deputy_head", "government", "Jilin")]


def test_legislatures_abroad_are_congresses():
    got = people("President of the Amur Oblast Legislative Duma Irina Belova visited Heihe.")
    assert got["Irina Belova"][0][:2] == ("head", "congress")
    got = people("Ahn Jae-sung, Speaker of the Jeonbuk Provincial Council, visited Jiangsu.")
    assert got["Ahn Jae-sung"][0][:2] == ("head", "congress")


def test_a_bracket_after_a_name_ends_the_next_title():
    got = people("Governor Lim Tae-sik (2nd from left) and Governor Zhou Haibin pose for a photo in Jinan.")
    assert got["Zhou Haibin"][0][:2] == ("head", "government")
    assert not any("(" in (p["positions"][0]["title"]["en"] or "") for p in liaison.extract(
        "Governor Lim Tae-sik (2nd from left) and Governor Zhou Haibin pose for a photo in Jinan.")["people"]
        if p["positions"])


def test_delegation_head_is_no_office():
    got = people("Delegation head Vu Van Thanh thanked Guangxi for the warm welcome.")
    assert got["Vu Van Thanh"] == []


def test_korean_names_by_their_shape():
    got = people("Seo Ji-hoon and Bae Min-ah from the Ulsan city hall joined the tour of Qingdao.")
    assert "Seo Ji-hoon" in got and "Bae Min-ah" in got


def test_a_title_then_the_name_in_commas():
    got = people("The Governor of Amur Oblast, Dmitry Ivanov, visited Heihe.")
    assert got["Dmitry Ivanov"] == [("head", "government", "Amur")]


def test_vice_gov_abbreviated():
    from liaison.titles import parse_en
    assert [(o.role, o.org_kind) for o in parse_en("Vice Gov.")] == [("deputy_head", "government")]
    got = people("Gov. Ramon Dizon, Vice Gov. Lorna Santos and Board Member Carlo Reyes welcomed the Fujian guests.")
    assert "Lorna Santos" in got


def test_a_later_bare_title_is_the_same_office():
    got = people("Today, Kansas Gov. Dana Whitfield met a delegation from Hebei Province led by Governor Xu Changping. "
                 "\"Our friendship is strong,\" said Gov. Whitfield in Hebei's honour.")
    assert len(got["Dana Whitfield"]) == 1


def test_a_state_cabinet_secretary_is_no_party_secretary():
    got = people("Kansas Secretary of Agriculture Tom Beller met Henan guests.")
    assert got["Tom Beller"] == [("head", "government_department", "Kansas")]
    got = people("Liu Yang, Party secretary of Harbin, met the guests.")
    assert got["Liu Yang"] == [("secretary", "party_committee", "Harbin")]


def _persons(text):
    return liaison.extract(text, published=PUB)["people"]


def test_one_foreign_official_in_two_scripts_by_the_office():
    ps = _persons("鸟取县知事平井伸治会见吉林省副省长安立佳。\n"
                  "Tottori Governor Shinji Hirai met Jilin Vice Governor An Lijia on October 5.")
    hirai = [p for p in ps if p["name"]["zh"] == "平井伸治"]
    assert len(hirai) == 1 and hirai[0]["name"]["en"] == "Shinji Hirai"
    assert not any(p["name"]["zh"] is None and p["name"]["en"] == "Shinji Hirai" for p in ps)


def test_a_headline_verb_ends_a_name_after_an_organisation_word():
    got = people("Qingdao-Perth Sister City Links Strengthened\n\n(Perth, 3 May) - The two cities renewed ties.")
    assert not any("Strengthened" in k or "Links" in k for k in got)


def test_a_delegation_from_a_place_led_by_a_bare_title():
    got = people("Ha Long (VNA) - Chairman of the provincial People's Committee Bui Van Khang received a delegation "
                 "from China's Guangxi Zhuang Autonomous Region led by Vice Chairman Qin Haoran on April 5.")
    assert got["Qin Haoran"] == [("deputy_head", "government", "Guangxi")]


def test_county_magistrate_and_propaganda_department():
    got = people("County Party Secretary Tan Wei and County Magistrate Luo Ping met the Japanese friends in "
                 "Youyang County.")
    assert got["Luo Ping"][0][:2] == ("head", "government")
    from liaison.titles import parse_en
    assert [(o.role, o.org_kind) for o in parse_en("Minister of the Propaganda Department")] == [
        ("head", "party_department")]


def test_units_of_a_government_and_staff_offices():
    from liaison.titles import parse_en

    def rk(t):
        return [(o.role, o.org_kind) for o in parse_en(t)]
    assert rk("Chairman of the Committee on Foreign Trade of the Government of Amur Oblast") == [
        ("head", "government_department")]
    assert rk("Head of the International Cooperation Division of Okayama Prefecture") == [
        ("head", "government_department")]
    assert rk("Deputy Director of the Office of the Governor") == [("deputy_head", "government_department")]
    assert rk("Advisor to the Governor") == [("other", "government")]
    assert rk("Head of the Republic of Tuva") == [("head", "government")]
    # "international" is no national office
    assert [o.level for o in parse_en("Director of International Relations")] != ["country"]


def test_a_relative_clause_or_copula_gives_the_office():
    got = people("Zhou Ling, who is vice governor of Jilin Province, met the guests.")
    assert got["Zhou Ling"] == [("deputy_head", "government", "Jilin")]
    got = people("Pavel Sorokin is the governor of Amur Oblast. He met Chinese guests.")
    assert got["Pavel Sorokin"] == [("head", "government", "Amur")]
    got = people("Zhou Ling is the first governor to visit Okayama.")
    assert got["Zhou Ling"] == []


def test_an_office_of_a_place_with_no_place_is_not_given():
    # SPEC: a government's, legislature's or Party committee's office belongs to a region; "Mayor X" in a text
    # that names no place for it is no position
    got = people("Mayor Ellery Whitcombe said the talks went well.")
    assert got.get("Ellery Whitcombe") == []


def test_a_japanese_family_name_is_not_read_as_pinyin():
    from liaison.stages.people_merge import _looks_chinese
    assert not _looks_chinese("Hanazumi")
    assert _looks_chinese("Bayinchaolu") and _looks_chinese("Li Ming")


def test_a_family_name_alone_after_a_title():
    got = people("Mayor Sakurada and Governor Tominaga welcomed the Harbin delegation in Niigata.")
    assert "Sakurada" in got and "Tominaga" in got
    # a pinyin family name alone is a later mention of a full name, never a person of its own
    assert "Zhang" not in people("Governor Zhang said Jilin welcomed the guests.")
    # the full name written elsewhere: the headline's "Governor Harwood" is that person
    assert "Harwood" not in people("Governor Harwood Signs Pact\nGovernor Milton J. Harwood signed the agreement.")
    # a family name written first elsewhere (Korean): "Governor Kim" is Kim Jin-su
    got = people("Gangwon Governor Kim Jin-su met Jilin guests. Governor Kim met them again on Friday.")
    assert "Kim" not in got


def test_a_foreign_party_central_committee_is_the_person_s_own():
    got = people("Tran Van Khoa, member of the Party Central Committee, Secretary of the Quang Ninh provincial "
                 "Party Committee, welcomed the delegation.")
    assert ("other", "party_committee", "Vietnam") in got["Tran Van Khoa"]
    got = people("Liu Jianhua, head of the International Department of the CPC Central Committee, met the guests.")
    assert got["Liu Jianhua"] == [("head", "party_department", "China")]


def test_a_place_named_with_its_type_word_elsewhere_is_no_person():
    got = people("Wang Lin, governor of Yunnan, met Somsak Inthavong, governor of Bokeo Sing Province of Laos. "
                 "Somsak said Bokeo Sing values its ties with Yunnan. Wang agreed to work with Bokeo Sing.")
    assert "Bokeo Sing" not in got


def test_a_place_then_a_title_word_is_no_person():
    got = people("Khabarovsk Territory Governor Pavel Lebedev met Harbin Mayor Gao Qiang. Lebedev invited Gao to "
                 "the forum.")
    assert "Harbin Mayor" not in got
    assert got["Gao Qiang"] == [("head", "government", "Harbin")]


def test_a_lao_given_name_alone_is_a_mention_of_the_full_name():
    ps = _persons("Wang Lin, governor of Yunnan, met Somsak Inthavong, governor of Bokeo Sing Province of Laos. "
                  "Somsak said the province values its ties with Yunnan.")
    (somsak,) = [p for p in ps if p["name"]["en"] == "Somsak Inthavong"]
    assert len(somsak["mentions"]) == 2
    assert not any(p["name"]["en"] == "Somsak" for p in ps)


def test_a_chinese_name_after_a_foreign_hosts_title_keeps_a_chinese_office():
    # the host's title names a foreign city; the Chinese guest's bare "Vice Governor" is not that city's
    rec = liaison.extract("At the invitation of the Governor of Ulaanbaatar, Vice Governor Chen Ming led a "
                          "delegation from Hohhot to the city on May 3.", published="2024-05-03")
    chen = next(p for p in rec["people"] if p["name"]["en"] == "Chen Ming")
    regions = [(q.get("region") or {}).get("name", {}).get("en") for q in chen["positions"]]
    assert "Ulaanbaatar" not in regions
    assert regions == ["Inner Mongolia"]

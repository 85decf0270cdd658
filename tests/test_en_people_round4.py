"""Issue 13, English names and titles (round 4): datelines before a title, a family name alone after a
title, "Consul General X", a title's place abroad, plural titles before a list, CPPCC titles in English.
Sentences written here; the officials are invented."""
from __future__ import annotations

import liaison

PUB = "2024-05-20"


def people(text: str) -> dict[str, list[tuple]]:
    out = {}
    for p in liaison.extract(text, published=PUB)["people"]:
        out[p["name"]["en"]] = [(x["role"], x["org_kind"], ((x["region"] or {}).get("name") or {}).get("en"))
                                for x in p["positions"]]
    return out


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

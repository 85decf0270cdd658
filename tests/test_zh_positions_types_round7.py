"""Implicit Chinese titles whose type word (州委, 州人民政府, 区委) names the kind of place they belong to:
a city named earlier in the list, or in the same person's other title, is not a 州's. Every sentence
here is written for these tests.
"""
from liaison.testing import positions_by_name


def _positions(text: str) -> dict[str, list[tuple]]:
    return positions_by_name(text, "2025-03-01", place=("zh",), keys=("zh",))


TEXT = ("5月6日，云南省红河州委副书记、州长李红会见了越南老街省客人。州委常委、个旧市委书记王平，"
        "州人民政府副州长张丽，蒙自市市长刘军陪同。")


def test_a_bare_prefecture_office_beside_a_city_office_is_the_prefectures():
    got = _positions(TEXT)
    assert ("standing_member", "party_committee", "红河哈尼族彝族自治州") in got["王平"]
    assert ("secretary", "party_committee", "个旧市") in got["王平"]


def test_a_prefecture_government_office_after_a_city_is_the_prefectures():
    assert _positions(TEXT)["张丽"] == [("deputy_head", "government", "红河哈尼族彝族自治州")]


def test_inspector_ranks_are_other_offices_of_their_body():
    got = _positions("6月2日，长春市委书记张华会见了俄罗斯客人。吉林省商务厅一级巡视员马力、省外办副巡視員周文參加會見。")
    assert got["马力"] == [("other", "government_department", "吉林省")]
    assert got["周文"] == [("other", "government_department", "吉林省")]


def test_researcher_ranks_are_other_offices_of_their_body():
    got = _positions("6月2日，长春市委书记张华会见了俄罗斯客人。吉林省发改委一级调研员孙立参加会见。")
    assert got["孙立"] == [("other", "government_department", "吉林省")]


def test_a_party_group_inside_a_government_office_is_the_offices():
    got = _positions("6月2日，长春市委书记张华会见了俄罗斯客人。长春市人民政府外事办公室党组书记、主任高峰，市政府党组书记刘洋参加会见。")
    assert got["高峰"] == [("secretary", "government_department", "长春市"), ("head", "government_department", "长春市")]
    assert got["刘洋"] == [("secretary", "government", "长春市")]


def test_secretary_general_after_a_cppcc_or_congress_office_is_that_bodys():
    got = _positions("9月9日，甘肃省政协主席庄国泰会见了约旦客人。省政协副主席、秘书长马文，省人大常委会副主任、秘书长李军出席。")
    assert got["马文"] == [("deputy_head", "cppcc", "甘肃省"), ("secretary_general", "cppcc", "甘肃省")]
    assert got["李军"] == [("deputy_head", "congress", "甘肃省"), ("secretary_general", "congress", "甘肃省")]

"""Japanese names written in kanji inside Chinese text; sentences written here, officials invented."""
from __future__ import annotations

import liaison
from liaison.stages.people_kanji import fold_kanji


def people(text):
    rec = liaison.extract(text)
    return {p["name"]["zh"]: p for p in rec["people"]}


def test_a_name_after_a_japanese_office():
    p = people("日本和歌山县知事森本健伸分别代表双方签署协议，和歌山县副知事下宏出席签约仪式。")
    assert set(p) == {"森本健伸", "下宏"}
    assert [x["role"] for x in p["下宏"]["positions"]] == ["deputy_head"]
    assert p["森本健伸"]["positions"][0]["title"]["en"] == "Governor of Wakayama Prefecture"


def test_a_city_office_is_japanese_in_a_japanese_place():
    p = people("日本东京八王子市与高雄市签署协议。八王子市议会副议长秋田进等8位市议员出席，日本国会众议员荻野田一郎率团访问。")
    assert {"秋田进", "荻野田一郎"} <= set(p)
    assert p["秋田进"]["positions"][0]["org_kind"] == "congress"


def test_kanji_variants_fold_to_simplified_and_no_pinyin():
    p = people("日本鹿儿岛县知事塩田健一于昨日来访。")
    assert "盐田健一" in p and p["盐田健一"]["name"]["en"] is None
    assert fold_kanji("渡辺黒須郎") == "渡边黑须郎"


def test_no_name_from_ordinary_words_after_an_office():
    p = people("鹿儿岛知事再访屏东，知事下午出席座谈会。")
    assert p == {}

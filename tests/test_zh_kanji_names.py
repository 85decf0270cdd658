"""Japanese names written in kanji inside Chinese text; sentences written here, officials invented."""
from __future__ import annotations

import liaison
from liaison.stages.people_zh_foreign import fold_kanji


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


def test_names_without_a_han_surname_in_a_leaders_list():
    p = people("自治区领导丁明峰、罗志强、其其格，辽宁省政协副主席高远出席。副主席王强、阿不都热合曼出席。")
    assert {"其其格", "阿不都热合曼"} <= set(p)
    p = people("王强、李红、其他有关部门负责同志出席。云南省委书记李纪明、省长陈浩等领导出席。")
    assert "其他" not in p and "省长陈浩" not in p and "陈浩" in p


def test_a_name_that_is_also_a_place():
    p = people("吉林省副省长金华、长春市副市长高科出席。长春市副市长李明前往金华考察。")
    assert {"金华", "高科", "李明"} <= set(p)
    assert p["金华"]["positions"][0]["region"]["code"] == "220000"
    rec = liaison.extract("长春市副市长李明前往金华考察。")
    assert not any(p["name"]["zh"] == "金华" for p in rec["people"])

"""Gazetteer matching and resolution (sentences written for these tests)."""
import time

import pytest

from liaison.gazetteer import Gazetteer, Region, RegionContext


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.default()


def zh(gaz, text):
    return [(m.text, m.kind, tuple(r.zh for r in m.candidates)) for m in gaz.find_zh(text)]


def resolved(gaz, text, lang="zh"):
    ms = gaz.find_zh(text) if lang == "zh" else gaz.find_en(text)
    ctx = RegionContext(gaz, ms)
    return [(m.text, gaz.resolve(m, ctx)) for m in ms]


def test_region_dict_and_codes(gaz):
    jl = gaz.by_code("220000")
    assert jl.to_dict() == {"code": "220000", "name": {"zh": "吉林省", "en": "Jilin"}, "country": "CN"}
    assert gaz.by_code("220100").en == "Changchun"
    assert gaz.parent_of(gaz.by_code("220104")).code == "220100"
    assert gaz.province_of(gaz.by_code("220104")).code == "220000"
    assert gaz.china() == gaz.by_code("CN")
    hk = gaz.by_code("HK")
    assert (hk.code, hk.country, hk.en, hk.level) == ("HK", "HK", "Hong Kong", 0)
    assert gaz.by_code("810000") == hk


def test_abbreviation_contexts(gaz):
    assert ("津", "abbr", ("天津市",)) in zh(gaz, "代表团昨日来津考察，双方座谈。")
    assert ("津吉", "pair", ("天津市", "吉林省")) in zh(gaz, "两地将深化津吉合作。")
    assert ("津长", "pair", ("天津市", "长春市")) in zh(gaz, "推进津长对口合作走深走实。")
    assert ("京", "abbr", ("北京市",)) in zh(gaz, "会议在京举行。")
    assert ("川渝", "pair", ("四川省", "重庆市")) in zh(gaz, "川渝两地携手发展。")
    assert ("沪", "abbr", ("上海市",)) in zh(gaz, "沪上企业纷纷参展。")


def test_abbreviation_false_friends(gaz):
    assert zh(gaz, "祝大家新春吉祥，万事如意。") == []
    assert zh(gaz, "他领取了一笔交通津贴。") == []
    assert zh(gaz, "这艘货轮明天到港。") == []
    assert zh(gaz, "进入新时代，青年要有新作为。") == []
    assert zh(gaz, "她很喜欢吉他和京剧。") == []


def test_common_word_short_names(gaz):
    assert zh(gaz, "坚持和平发展道路，推动合作共赢。") == []
    assert zh(gaz, "城区交通拥堵，开发新的线路。") == []
    # the full name still matches
    assert [m[0] for m in zh(gaz, "天津市和平区召开会议。")] == ["天津市", "和平区"]


def test_jilin_province_or_city(gaz):
    r = dict(resolved(gaz, "吉林省委召开会议。吉林将加快发展。"))
    assert r["吉林"].code == "220000"
    r = dict(resolved(gaz, "吉林市船营区和丰满区的代表介绍了情况。吉林的冰雪旅游很有名。"))
    assert r["吉林"].code == "220200"
    r = dict(resolved(gaz, "吉林与天津合作多年。"))
    assert r["吉林"].code == "220000"


def test_chaoyang_by_context(gaz):
    r = dict(resolved(gaz, "北京市领导到朝阳调研，朝阳将建设新的公园，北京各区参加。"))
    assert r["朝阳"].code == "110105"
    r = dict(resolved(gaz, "长春市委书记来到朝阳区检查工作，长春的企业也参加了。"))
    assert r["朝阳区"].code == "220104"


def test_county_short_name_needs_parent(gaz):
    assert zh(gaz, "松江的风景很好。") == []
    assert ("松江", "short", ("松江区",)) in zh(gaz, "上海市松江的风景很好。")


def test_countries_zh(gaz):
    found = zh(gaz, "中国与美国、越南社会主义共和国和日本的代表出席。")
    assert [f[0] for f in found] == ["中国", "美国", "越南社会主义共和国", "日本"]
    assert all(f[1] == "country" for f in found)
    assert gaz.find_zh("中华人民共和国成立")[0].candidates[0].code == "CN"


def test_foreign_zh(gaz):
    ms = gaz.find_zh("加利福尼亚州州长与广东省签署协议，老街省和谅山省代表出席。")
    assert [(m.text, m.candidates[0].en, m.candidates[0].country) for m in ms] == [
        ("加利福尼亚州", "California", "US"), ("广东省", "Guangdong", "CN"),
        ("老街省", "Lao Cai", "VN"), ("谅山省", "Lang Son", "VN")]
    assert ms[0].candidates[0].code is None


def test_groups(gaz):
    m = gaz.find_zh("推动京津冀协同发展")[0]
    assert m.kind == "group" and [r.code for r in m.candidates] == ["110000", "120000", "130000"]
    assert gaz.resolve(m, RegionContext(gaz, [m])) is None


def test_english(gaz):
    text = ("Officials from Jilin Province and Changchun City met delegates of Lang Son province, "
            "California and Hong Kong; the US team and the rest of us joined them in Lào Cai.")
    got = [(m.text, m.candidates[0].en, m.candidates[0].code) for m in gaz.find_en(text)]
    assert got == [("Jilin Province", "Jilin", "220000"), ("Changchun City", "Changchun", "220100"),
                   ("Lang Son province", "Lang Son", None), ("California", "California", None),
                   ("Hong Kong", "Hong Kong", "HK"), ("US", "United States", "US"),
                   ("Lào Cai", "Lao Cai", None)]
    m = gaz.find_en("They visited Jilin City in winter.")[0]
    assert m.candidates[0].code == "220200"


def test_english_person_not_place(gaz):
    assert [m.text for m in gaz.find_en("Mayor Li Yichun spoke in Guangzhou.")] == ["Guangzhou"]


def test_english_countries(gaz):
    got = [m.candidates[0].code for m in gaz.find_en("Vietnam, the People's Republic of China and the U.S. agreed.")]
    assert got == ["VN", "CN", "US"]


def test_lookup(gaz):
    assert gaz.lookup("吉")[0].code == "220000"
    assert [r.code for r in gaz.lookup("吉林")] == ["220000", "220200"]
    assert gaz.lookup("changchun")[0].code == "220100"
    assert gaz.lookup("Hong Kong")[0].code == "HK"


def test_abbr_confusions(gaz):
    conf = gaz.abbr_confusions()
    assert conf["Kyrgyzstan"] == "吉"
    assert "Ji" not in conf and gaz.abbr_confusions(all=True)["Ji"] in ("吉", "冀")


def test_long_text_is_scanned_whole(gaz):
    # speed is a benchmark (bench/bench_extract.py), not a test: the bound here only guards against a hang
    text = ("吉林省党政代表团来津考察，两地签署合作协议，推动京津冀协同发展和东北全面振兴。" * 3000)[:100000]
    t = time.perf_counter()
    found = gaz.find_zh(text)
    assert time.perf_counter() - t < 30
    assert len(found) >= 3000 and found[-1].end <= len(text)
    assert isinstance(gaz.by_code("CN"), Region)


@pytest.mark.parametrize("text,place", [
    ("Governor Ivan Petrov of Bavaria met the Jilin delegation.", "Bavaria"),
    ("The First Minister flew to Wales on Monday.", "Wales"),
    ("Sabah's Chief Minister hosted the Guangxi delegation.", "Sabah"),
    ("The Brittany Region signed an agreement with Jilin.", "Brittany"),
])
def test_a_first_level_division_abroad_used_as_a_place_needs_no_country(gaz, text, place):
    assert place in [m.candidates[0].en for m in gaz.find_en(text)]


def test_a_first_level_division_abroad_in_no_place_context_stays_a_word(gaz):
    # "Sabah" and "Penang" as a restaurant's and a brand's names, with no place word around them
    assert [m.text for m in gaz.find_en("Dinner was at Sabah Kitchen with Penang Airways staff.")] == []

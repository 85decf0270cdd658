"""Chinese titles of foreign officials and non-government people (SPEC.md role/org_kind tables,
ANNOTATION.md position rules): a chief minister of a Malaysian state heads its government, a chargé
d'affaires is a diplomat (other, government), and a 会长 is never a government office even when the
body is called 委员会. Every sentence here is written for these tests.
"""
import pytest

from liaison.testing import positions_by_name


def _positions(text: str) -> dict[str, list[tuple]]:
    return positions_by_name(text, "2025-03-01", place=("zh",), keys=("zh",))


@pytest.mark.parametrize("text, name, expected", [
    ("4月2日，马来西亚沙捞越州首席部长阿邦·佐哈里率团访问南宁。广西壮族自治区副主席覃海会见了代表团。",
     "阿邦·佐哈里", ("head", "government", "沙捞越州")),
    ("4月2日，馬來西亞沙撈越州首席部長阿邦·佐哈里率團訪問南寧。廣西壯族自治區副主席覃海會見了代表團。",
     "阿邦·佐哈里", ("head", "government", "沙捞越州")),
    ("5月8日，新西兰驻华临时代办马克·韦伯抵达昆明。云南省副省长李石松会见了马克·韦伯。",
     "马克·韦伯", ("other", "government", "新西兰")),
    ("5月8日，紐西蘭駐華代辦馬克·韋伯抵達昆明。雲南省副省長李石松會見了馬克·韋伯。",
     "马克·韦伯", ("other", "government", None)),
])
def test_foreign_heads_and_diplomats(text, name, expected):
    got = _positions(text)[name]
    if expected[2] is None:
        assert [g[:2] for g in got] == [expected[:2]]
    else:
        assert got == [expected]


@pytest.mark.parametrize("text, name", [
    ("6月1日，美国艾奥瓦州州长金·雷诺兹访问河北。美中贸易全国委员会会长克雷格·艾伦出席会见。", "克雷格·艾伦"),
    ("6月1日，美國艾奧瓦州州長金·雷諾茲訪問河北。美中貿易全國委員會副會長克雷格·艾倫出席會見。", "克雷格·艾伦"),
])
def test_president_of_a_council_is_an_institution_office(text, name):
    got = _positions(text)[name]
    assert len(got) == 1 and got[0][1] == "institution" and got[0][0] in ("head", "deputy_head")


@pytest.mark.parametrize("text, name, expected", [
    ("3月4日，老挝琅南塔省委书记本通·西拉、省人民议会主席坎蒂·乔西访问西双版纳。西双版纳州州长罗红江会见了客人。",
     "坎蒂·乔西", ("head", "congress", "琅南塔省")),
    ("3月4日，美國俄勒岡州副州長莎拉·格林、州議員湯姆·李維斯率團訪問成都。四川省副省長羅強會見了客人。",
     "汤姆·李维斯", ("other", "congress", "俄勒冈州")),
])
def test_a_bare_title_listed_after_a_foreign_place_is_that_place(text, name, expected):
    assert _positions(text)[name] == [expected]


def test_a_bare_title_after_a_chinese_place_keeps_the_chinese_one():
    got = _positions("3月4日，云南省委书记王宁、省长李明会见了老挝客人。")
    assert got["李明"] == [("head", "government", "云南省")]


@pytest.mark.parametrize("text, name, expected", [
    ("8月3日，越南高平省人民委员会主席黎海和一行来到龙州县。龙州县委书记赵林会见了客人。黎海和主席说，高平愿深化口岸合作。",
     "黎海和", [("head", "government", "高平省")]),
    ("8月3日，越南高平省人民委員會主席黎海和一行來到龍州縣。龍州縣委書記趙林會見了客人。黎海和主席說，高平願深化口岸合作。",
     "黎海和", [("head", "government", "高平省")]),
])
def test_name_then_chair_after_a_full_title_is_not_chinas_president(text, name, expected):
    assert _positions(text)[name] == expected


def test_name_then_chair_alone_is_still_the_head_of_state():
    got = _positions("6月1日，习近平主席在北京会见了来访的客人。")
    assert got["习近平"] == [("head", "government", "中国")]


@pytest.mark.parametrize("text, name, expected", [
    ("10月2日，日本长野县阿部守一知事会见了河北客人。长野县议会佐藤久雄议长陪同。",
     "佐藤久雄", [("head", "congress", "长野县")]),
    ("10月2日，日本长野县阿部守一知事会见了河北客人。松本市臥雲義尚市长陪同。",
     "卧云义尚", [("head", "government", "松本市")]),
])
def test_japanese_name_between_place_and_office(text, name, expected):
    assert _positions(text)[name] == expected


def test_a_verb_after_an_office_is_no_name():
    got = _positions("10月2日，日本长野县阿部守一知事会见了河北客人。长野县议会佐藤久雄议长陪同。")
    assert "陪同" not in got


@pytest.mark.parametrize("text, name, expected", [
    ("6月5日，四川省副省长罗强会见了德国西门子公司副总裁汉斯·穆勒。", "汉斯·穆勒", ("deputy_head", "enterprise")),
    ("6月5日，四川省副省长罗强会见了中国东方电气集团有限公司副董事长周明。", "周明", ("deputy_head", "enterprise")),
    ("6月5日，四川省副省長羅強會見了日本豐田汽車公司副總經理克里斯·沃德。", "克里斯·沃德", ("deputy_head", "enterprise")),
    ("6月5日，四川省副省长罗强会见了渣打银行行长比尔·温特斯。", "比尔·温特斯", ("head", "enterprise")),
])
def test_deputy_heads_of_companies_and_bank_presidents(text, name, expected):
    got = _positions(text)[name]
    assert [g[:2] for g in got] == [expected]


@pytest.mark.parametrize("text, name, expected", [
    ("6月5日，河北省副省长会见了美中贸易全国委员会会长克雷格·艾伦。", "克雷格·艾伦", ("head", "institution", "美国")),
    ("6月5日，河北省副省长会见了日中经济协会会长宗冈正二。", "宗冈正二", ("head", "institution", "日本")),
    ("6月5日，河北省副省長會見了英中貿易協會主席傑克·佩里。", "杰克·佩里", ("head", "institution", "英国")),
    ("6月5日，河北省副省长会见了中日友好协会副会长王伟。", "王伟", ("deputy_head", "institution", "中国")),
])
def test_a_bilateral_body_belongs_to_the_country_named_first(text, name, expected):
    assert _positions(text)[name] == [expected]


@pytest.mark.parametrize("text, name, expected", [
    ("6月12日，四川省副省长罗强会见了泰国副总理兼商业部长朱林。", "朱林",
     [("deputy_head", "government", "泰国"), ("head", "government_department", "泰国")]),
    ("6月12日，四川省副省長羅強會見了柬埔寨副首相兼外交大臣索安。", "索安",
     [("deputy_head", "government", "柬埔寨")]),
    ("6月12日，国务委员兼外交部长王毅会见了泰国客人。", "王毅",
     [("other", "government", "中国"), ("head", "government_department", "中国")]),
])
def test_an_office_joined_by_jian_is_the_same_countrys(text, name, expected):
    got = _positions(text)[name]
    assert got[:len(expected)] == expected


@pytest.mark.parametrize("text, name, expected", [
    ("6月2日，越南祖国阵线中央委员会副主席阮友勇会见了广西客人。", "阮友勇", ("deputy_head", "other", "越南")),
    ("6月2日，越共中央对外部副部长阮明泰会见了广西客人。", "阮明泰", ("deputy_head", "party_department", "越南")),
    ("6月2日，中共中央对外联络部副部长孙海燕会见了越南客人。", "孙海燕", ("deputy_head", "party_department", "中国")),
])
def test_a_foreign_partys_or_fronts_central_body_is_its_countrys(text, name, expected):
    assert _positions(text)[name] == [expected]


@pytest.mark.parametrize("text, name, expected", [
    ("5月5日，四川省副省长会见了美国俄勒冈州州务卿托宾·里德。", "托宾·里德", ("other", "government", "俄勒冈州")),
    ("5月5日，中方会见了美國國務卿約翰·克里。", "约翰·克里", ("head", "government_department", "美国")),
])
def test_secretaries_of_state(text, name, expected):
    assert _positions(text)[name] == [expected]

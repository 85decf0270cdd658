"""Fields of cooperation (SPEC ``fields``): terms, phrases that hide terms, and which event gets them.

Every sentence here is written for these tests.
"""
import pytest

import liaison
from liaison.record import validate
from liaison.fields import fields_in


@pytest.mark.parametrize("text, expected", [
    # the longer phrase decides: green food is farming, not ecology
    ("两地将扩大绿色食品和绿色农产品的产销合作。", ["agriculture"]),
    ("The two cities will promote green food processing.", ["agriculture"]),
    # information technology is the digital field, not science in general
    ("双方同意在信息技术领域开展合作。", ["digital"]),
    ("They discussed information and technology and fiscal management.", ["finance", "digital"]),
    ("双方将加强财政管理方面的交流。", ["finance"]),
    # a labour market is about workers, not trade
    ("两市将在劳动力市场信息共享方面加强协作。", ["talent"]),
    ("双方签署了劳动保障监察合作协议。", ["talent"]),
    ("两地将携手服务青年创业。", ["tourism_culture", "talent"]),
    # Belt and Road, going out, business climate: trade and investment
    ("双方将共同参与一带一路建设,支持企业走出去。", ["trade_investment"]),
    ("Both provinces agreed to build joint economic zones along the border.", ["trade_investment"]),
    # customs and border gates are crossings
    ("They will simplify customs clearance at the border gates.", ["logistics"]),
    # waste and pollution are ecology
    ("两地将共同治理跨界河流污染和海上垃圾。", ["ecology"]),
    ("The sides will cooperate on pollution control.", ["ecology"]),
    # exchanges between peoples are people-to-people exchange
    ("促进两地各族群众交往交流交融。", ["tourism_culture"]),
    ("推动两地人员往来更加便利。", ["tourism_culture"]),
    # infrastructure alone is not in the list of fields
    ("双方将在基础设施建设方面加强合作。", []),
])
def test_terms(text, expected):
    assert sorted(fields_in(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "在全市深入开展主题教育之际,两地领导举行会谈。",  # a political campaign, not schooling
    "当地作为改革开放的前沿,值得学习借鉴。",  # reform and opening up is a slogan
    "The city stands at the forefront of reform and opening up.",
    "甲市经济技术开发区与乙市签署了合作协议。",  # the name of a zone
    "双方将创新合作机制,搭建创新合作平台。",  # innovating the way of cooperating
])
def test_phrases_that_name_no_field(text):
    assert fields_in(text) == []


def test_strengths_listed_are_not_fields():
    # the hosts' strengths (人才、资金、市场优势) are not what the two sides will cooperate in
    assert fields_in("希望借助对方雄厚的人才、资金和市场优势,在新能源领域开展合作。") == ["energy"]
    assert fields_in("充分发挥区位、交通等优势,推动医疗合作。") == ["health"]
    # 优势产业 is an industry the sides name
    assert "industry" in fields_in("双方将在优势产业方面深化合作。")


def test_names_of_bureaus_and_companies_are_not_fields():
    text = "甲市教育局与乙市某某投资有限公司、丙县茶产业协会签署合作协议。"
    assert fields_in(text) == []
    assert fields_in("甲市文旅局与乙市签署两地旅游合作协议。") == ["tourism_culture"]


def test_meeting_gets_fields_of_its_talks_not_the_host_strengths():
    text = ("5月8日,浙江省党政代表团到吉林省考察,两省召开合作交流座谈会。"
            "吉林省省长王海明说,希望借助浙江省的人才、资本和市场优势,在新能源、绿色食品等领域深化合作。")
    rec = liaison.extract(text, published="2024-05-10")
    validate(rec)
    meetings = [e for e in rec["events"] if e["type"] == "meeting"]
    assert meetings and sorted(meetings[0]["fields"]) == ["agriculture", "energy"]


def test_web_addresses_and_source_lines_name_no_field():
    assert fields_in("来源: 商务部网站 http://money.example.com.cn/news/2020 两市签署合作协议") == []
    assert fields_in("finance.example.com.cn 2020-05-01 两市签署协议") == []


def _events(text):
    rec = liaison.extract(text, published="2024-06-05")
    validate(rec)
    return rec["events"]


def test_what_the_agreement_holds_without_a_cooperation_word():
    events = _events("6月3日,吉林省省长王海明与浙江省省长李建华在杭州签署两省战略合作框架协议。"
                     "根据协议,两省将共同建设物流枢纽,互派干部挂职。")
    agreements = [e for e in events if e["type"] == "agreement"]
    assert [sorted(a["fields"]) for a in agreements] == [["logistics", "talent"]]


def test_a_signing_at_the_symposium_gives_its_fields_to_the_signing_not_the_talks():
    events = _events("6月3日,吉林省与浙江省合作交流座谈会在杭州举行。会上,两省工信、商务等部门围绕各自领域签署了三项行动计划。")
    meetings = [e for e in events if e["type"] == "meeting"]
    agreements = [e for e in events if e["type"] == "agreement"]
    assert meetings and meetings[0]["fields"] == []
    assert agreements and sorted(agreements[0]["fields"]) == ["industry", "trade_investment"]


def test_the_agreement_a_sentence_tells_gets_its_fields():
    events = _events("6月3日,吉林省省长王海明与浙江省省长李建华在杭州签署两省战略合作框架协议。\n"
                     "去年9月,长春新区与杭州高新区签署了合作协议,建立了干部交流和园区共建机制。")
    agreements = [e for e in events if e["type"] == "agreement"]
    assert len(agreements) == 2
    assert agreements[0]["fields"] == []
    assert sorted(agreements[1]["fields"]) == ["industry", "talent"]

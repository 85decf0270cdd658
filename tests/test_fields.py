"""Fields of cooperation (SPEC ``fields``): terms, phrases that hide terms, and which event gets them.

Every sentence here is written for these tests.
"""
import pytest

import liaison
from liaison.record import validate
from liaison.stages.frames import fields_in


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

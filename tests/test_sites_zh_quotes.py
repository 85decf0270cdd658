"""Sites named after 深入到 (not "到X" as a second site), and a quoted name with its kind after it
(“智慧码头”项目 is one site, 智慧码头项目). Every sentence here was written for these tests."""
from __future__ import annotations

import liaison


def _sites(text: str) -> list[str]:
    rec = liaison.extract(text, published="2023-11-08")
    (insp,) = [e for e in rec["events"] if e["type"] == "inspection"]
    return [s["zh"] for s in insp["sites"]]


def test_sites_after_shenru_dao_are_named_once():
    text = "11月6日，山西省代表团赴青岛市考察，深入到青岛东方机械有限公司、青岛蓝海研究院调研。"
    assert _sites(text) == ["青岛东方机械有限公司", "青岛蓝海研究院"]


def test_a_quoted_name_and_its_kind_are_one_site():
    text = "11月6日，山西省代表团赴青岛市考察，参观考察了“海湾智慧码头”项目。"
    assert _sites(text) == ["海湾智慧码头项目"]


def test_what_was_seen_of_a_site_is_not_part_of_its_name():
    text = "11月6日，山西省代表团赴青岛市考察，实地察看了青岛北湾物流园建设进展。"
    assert _sites(text) == ["青岛北湾物流园"]
    text = "11月6日，山西省代表团赴青岛市考察，实地考察了新材料项目建设情况。"
    assert _sites(text) == []  # a kind of project, no name


def test_a_bare_place_name_inside_a_company_name_stays_in_it():
    # 青岛 then 东方 (a city of Hainan) open the company's name; 在X考察时 names the site before the verb
    text = "11月6日，山西省代表团赴青岛市考察。代表团在青岛东方机械有限公司考察时表示，希望加强合作。"
    assert _sites(text) == ["青岛东方机械有限公司"]

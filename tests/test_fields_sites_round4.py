"""Fields of cooperation and inspection sites, round 4: touring told in more ways, sites named in more ways,
talk about fields told without a cooperation word.

Every sentence here is written for these tests.
"""
import pytest

import liaison

PUB = "2024-05-20"


def _sites(text: str) -> list[str]:
    rec = liaison.extract(text, published=PUB)
    return [s.get("zh") or s.get("en") for e in rec["events"] if e["type"] == "inspection" for s in e["sites"]]


def _events(text: str) -> list[dict]:
    return liaison.extract(text, published=PUB)["events"]


# ---------------------------------------------------------------- English sites
@pytest.mark.parametrize("text, expected", [
    # a touring noun between the verb and the site: paid a visit to X, taken on a tour of X
    ("The Gansu delegation, headed by Governor Li Hua, visited Kazakhstan from May 5 to 8. In Almaty, the "
     "delegation paid a visit to Almaty Central Hospital.", ["Almaty Central Hospital"]),
    ("A delegation from Fujian visited Cebu on May 3. Delegates were taken on a tour of the Cebu Industrial Park.",
     ["Cebu Industrial Park"]),
    # a motion verb whose object is a site, not a place: went to X, were taken to X
    ("A team from Shandong visited Hawaii in March. The team also went to the Kona Coffee Farm and the University "
     "of Hawaii.", ["Kona Coffee Farm", "University of Hawaii"]),
    ("Guests from Khabarovsk Krai came to Jilin Province on May 18. They were taken to FAW Group and Changchun Film "
     "Studio.", ["FAW Group", "Changchun Film Studio"]),
])
def test_english_sites_after_a_preposition_or_a_touring_noun(text, expected):
    assert sorted(_sites(text)) == sorted(expected)


def test_english_motion_to_a_place_is_no_site_and_taking_measures_is_no_tour():
    assert _sites("A team from Shandong visited Hawaii in March. The team then went to Honolulu.") == []
    assert _sites("A team from Shandong visited Hawaii in March. The team took measures to protect Hawaii Farms.") == []


# ---------------------------------------------------------------- Chinese sites
@pytest.mark.parametrize("text, expected", [
    # sites ending in 城, 区, 中学, 村 (sites.tsv)
    ("5月10日，河北省副省长张伟率代表团赴天津考察。代表团实地考察了天津港集团有限公司和中新天津生态城。",
     ["天津港集团有限公司", "中新天津生态城"]),
    ("湖南省代表团赴新疆考察。代表团参观了新疆维吾尔自治区博物馆、乌鲁木齐国际陆港区。",
     ["新疆维吾尔自治区博物馆", "乌鲁木齐国际陆港区"]),
    ("江西省代表团访问云南省。代表团还参观了云南民族村和西双版纳热带植物园。", ["云南民族村", "西双版纳热带植物园"]),
    # the sites between a motion word and the touring verb: 深入A和B调研
    ("吉林省代表团赴广东省考察。代表团深入比亚迪汽车工业园和广州南沙港区调研。", ["比亚迪汽车工业园", "广州南沙港区"]),
    # 和 inside a place's name does not cut the list
    ("四川省代表团访问日本和歌山县。代表团参观了和歌山城和县立博物馆。", ["和歌山城", "县立博物馆"]),
    # a bare name listed with sites is a site too; 等 closes the list
    ("4月2日，兰州市代表团到访厦门市，参观了鼓浪屿、厦门大学和胡里山炮台等。", ["鼓浪屿", "厦门大学", "胡里山炮台"]),
])
def test_chinese_sites_named_in_more_ways(text, expected):
    assert sorted(_sites(text)) == sorted(expected)


def test_chinese_counted_or_described_sites_are_none():
    assert _sites("内蒙古代表团赴蒙古国东戈壁省访问。代表团一行参观了扎门乌德自由经济区和当地的一所学校。") == ["扎门乌德自由经济区"]
    # the subject before the verb and the host's 陪同下 are no sites listed with the real ones
    got = _sites("在温州，考察团在温州市副市长王明的陪同下参观了正泰电器有限公司、温州博物馆。")
    assert "陪同下" not in got


def test_a_date_naming_another_event_does_not_date_the_tour():
    evs = _events("牡丹江市代表团来到东莞市，落实4月15日召开的座谈会精神，分别到虎门港综合保税区、东莞市规划展览馆等参观。")
    tours = [e for e in evs if e["type"] == "inspection"]
    assert tours and tours[0]["date"]["start"] is None
    assert len(tours[0]["sites"]) == 2


# ---------------------------------------------------------------- English fields told without a cooperation word
@pytest.mark.parametrize("text, expected", [
    ("Hebei Governor Wang Tao met with a delegation from Gyeonggi Province on May 12. The two sides discussed trade, "
     "tourism and education.", {"trade_investment", "tourism_culture", "education"}),
    ("Heilongjiang Governor Liang Hui held talks with Amur Oblast Governor Vasily Orlov in Harbin on July 3, focusing "
     "on agriculture, energy and cross-border logistics.", {"agriculture", "energy", "logistics"}),
    ("Ohio Governor Mark Bell met Henan Governor Li Ping in Zhengzhou on June 2. Bell said Ohio hopes to expand trade "
     "and investment with Henan.", {"trade_investment"}),
])
def test_english_meeting_fields_told_as_what_was_discussed(text, expected):
    meetings = [e for e in _events(text) if e["type"] == "meeting"]
    assert meetings and set(meetings[0]["fields"]) == expected


def test_english_agreement_on_a_field():
    evs = _events("Guangxi and Lang Son Province signed an agreement on border trade in Nanning on February 10.")
    agr = [e for e in evs if e["type"] == "agreement"]
    assert agr and agr[0]["fields"] == ["trade_investment"]


# ---------------------------------------------------------------- field terms
from liaison.fields import fields_in  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    # Taiwan and Hong Kong usage: 观光 is tourism, 创科 science and technology; youth exchanges are people-to-people
    ("双方将推动观光、教育及医疗交流。", ["tourism_culture", "education", "health"]),
    ("两地将加强创科合作和青少年交流。", ["science_technology", "tourism_culture"]),
    # the industry of a field named before it is that field
    ("双方将深化观光产业合作。", ["tourism_culture"]),
    ("双方将深化汽车产业合作。", ["industry"]),
    # a place's setting (地理环境, 经济环境) is no ecology; 生态环境 is
    ("两地地理环境不同，合作前景广阔。", []),
    ("两地将共同保护生态环境。", ["ecology"]),
    # innovation as a way of doing things is no science
    ("建立对口合作机制是一项创新之举。", []),
    # a bank's branch is an organisation
    ("中国银行宁波分行与两市签署合作协议。", []),
    # an English field word inside a body's name names the body
    ("Li Geng, deputy director of Harbin Tourism Development Committee, attended the talks.", []),
    ("The Minister of Food, Agriculture and Light Industry attended the forum on cooperation.", []),
    ("They agreed to cooperate in Tourism, Trade and Education.", ["trade_investment", "tourism_culture", "education"]),
    ("The sides will expand cooperation in renewable energy and student exchanges.", ["energy", "education"]),
])
def test_field_terms_round4(text, expected):
    assert sorted(fields_in(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # "reached agreement" with no signing told: the talks' consensus, so the talks' fields
    ("Dornogovi Governor B. Ganbold met Erenhot Mayor Tian Yong on May 9. The sides reached agreements at the meeting "
     "after discussing development of tourism and health care.", {"tourism_culture", "health"}),
    # work together on, interested in, collaboration: cooperation in other words
    ("Hong Kong Chief Executive John Lee met Jiangxi Party Secretary Yin Hong in Nanchang on October 14. He suggested "
     "the two sides work together on innovation and technology.", {"science_technology"}),
    ("Shanxi Vice Governor Wang Lin met Moravian-Silesian Governor Ivo Vondrak in Ostrava on June 3. Our guests were "
     "interested mainly in science and new technologies.", {"science_technology"}),
    ("Liaoning Governor Li Lecheng met Gyeonggi Governor Kim Dong-yeon in Shenyang on April 2. They called for closer "
     "collaboration in tourism.", {"tourism_culture"}),
    # a place's "agricultural sector" described is no area of cooperation
    ("Sichuan Governor Huang Qiang held a video call with Wakayama Governor Yoshinobu Nisaka on January 26. Sichuan "
     "has a large agricultural sector.", set()),
])
def test_english_meeting_fields_round4(text, expected):
    meetings = [e for e in _events(text) if e["type"] == "meeting"]
    assert meetings and set(meetings[0]["fields"]) == expected


def test_green_alone_is_no_field():
    assert fields_in("The two sides discussed the green line of the new metro.") == []
    assert fields_in("They agreed to cooperate on green development.") == ["ecology"]


def test_chinese_tour_told_by_motion_to_a_site_and_a_site_before_shi():
    # 前往A美术馆欣赏…: no touring verb, the site and what was done there tell the tour
    assert _sites("鹿兒島縣知事率團訪問屏東縣。隨後，知事一行前往看海美術館欣賞藝術作品。") == ["看海美术馆"]
    # 在参访A时: the site before 时
    assert _sites("屏東縣長率團訪問日本鹿兒島縣。5月3日，在參訪仙巖園時，縣長深入了解當地歷史。") == ["仙岩园"]
    # going to a government office is no tour
    evs = _events("吉林省代表团赴天津访问。代表团前往天津市人民政府会见市领导。")
    assert not [e for e in evs if e["type"] == "inspection"]


def test_english_site_keeps_a_capitalised_number_and_drops_its_bracketed_short_form():
    got = _sites("Welsh First Minister Rhodri Morgan visited Chongqing on May 3. He toured the Two Rivers New Zone (TRNZ).")
    assert got == ["Two Rivers New Zone"]


@pytest.mark.parametrize("text, expected", [
    ("A delegation from Lang Son Province visited Guangxi on May 3. The delegation surveyed the Youyiguan Border Gate.",
     ["Youyiguan Border Gate"]),
    ("The delegation of Khabarovsk Krai arrived in Harbin on July 2. The program also included visits to Harbin "
     "Electric Corporation and the Harbin Institute of Technology.",
     ["Harbin Electric Corporation", "Harbin Institute of Technology"]),
    ("A delegation from Cebu visited Fujian on May 5. The visitors took a tour of the Fuzhou Software Park.",
     ["Fuzhou Software Park"]),
])
def test_english_sites_surveyed_or_in_a_programme(text, expected):
    assert sorted(_sites(text)) == sorted(expected)


def test_a_programme_of_talks_is_no_tour():
    assert _sites("A delegation from Cebu visited Fujian on May 5. The program included talks with Fujian Governor "
                  "Zhao Long.") == []


def _fields_by_type(text: str) -> dict:
    got: dict = {}
    for e in _events(text):
        if e["type"] in ("meeting", "agreement"):
            got.setdefault(e["type"], set()).update(e["fields"])
    return got


def test_talk_clauses_before_a_signing_in_one_sentence_are_the_talks():
    got = _fields_by_type("5月20日，廣東省與香港特區舉行粵港合作聯席會議。雙方就金融、創科、青年發展等議題深入交換意見，"
                          "並簽署了多份合作協議，涵蓋醫療衞生、環境保護等範疇。")
    assert got["meeting"] == {"finance", "science_technology", "tourism_culture"}
    assert got["agreement"] == {"health", "ecology"}


def test_a_sentence_telling_what_was_signed_stays_the_documents():
    got = _fields_by_type("11月1日，高雄市與八王子市簽署友好交流協議書。這項簽署內容為促進兩市發展，將致力推動雙方經貿、教育等各項交流，"
                          "未來並可對相關事項進行協議。")
    assert got["agreement"] == {"trade_investment", "education"}


@pytest.mark.parametrize("text, expected", [
    # 等企业 closes the list; quotes are no part of the name
    ("5月8日，甘肃省代表团赴浙江考察。代表团先后调研了吉利汽车集团、正泰集团等企业。", ["吉利汽车集团", "正泰集团"]),
    ("5月8日，甘肃省代表团赴浙江考察。代表团参观了“之江实验室”和杭州城市大脑运营指挥中心。",
     ["之江实验室", "杭州城市大脑运营指挥中心"]),
    # a campus, a scenic area, a two-character village
    ("5月8日，甘肃省代表团赴浙江考察。在杭州期间，代表团考察了浙江大学紫金港校区和杭州西湖风景名胜区。",
     ["浙江大学紫金港校区", "杭州西湖风景名胜区"]),
    ("5月8日，甘肃省代表团赴浙江考察。代表团参观考察了余村，了解“两山”理念实践情况。", ["余村"]),
    # touring verbs of sites.tsv (after): 观摩了A tells a tour
    ("5月8日，甘肃省代表团赴浙江考察。代表团观摩了浙江省人民医院远程医疗中心。", ["浙江省人民医院远程医疗中心"]),
])
def test_chinese_sites_round4_more(text, expected):
    assert sorted(_sites(text)) == sorted(expected)


def test_places_listed_with_dengdi_are_no_sites():
    assert _sites("5月8日，甘肃省代表团赴浙江考察。代表团走访了杭州、桐乡和义乌等地。") == []


def test_the_headline_gives_its_fields_to_the_first_event_told():
    got = _fields_by_type("Harbin - Yakutsk: trade and tourism partnership\n\nOn May 8, Yakutsk Mayor Sardana Avksentyeva "
                          "met a delegation from Harbin in Yakutsk.")
    assert got["meeting"] == {"trade_investment", "tourism_culture"}
    # a first sentence of running text is no headline: background before the meeting stays background
    got = _fields_by_type("Harbin is a city with a strong partnership in trade. On May 8, Yakutsk Mayor Sardana "
                          "Avksentyeva met a delegation from Harbin in Yakutsk.")
    assert got["meeting"] == set()


def test_english_site_named_after_a_place_with_a_head_of_the_table_and_an_irregular_verb():
    got = _sites("Vietnamese Deputy Minister Le Thi Thu Hang visited Guangxi from November 20-22. She also laid flowers "
                 "at the Ho Chi Minh Memorial House.")
    assert got == ["Ho Chi Minh Memorial House"]


@pytest.mark.parametrize("second, expected", [
    ("Under the pact, both sides will promote trade and investment.", {"trade_investment"}),
    ("It covers cooperation in logistics, energy and culture.", {"logistics", "energy", "tourism_culture"}),
])
def test_english_agreement_content_told_after_the_signing(second, expected):
    got = _fields_by_type("Jilin Province and Gangwon Province signed a memorandum of understanding in Changchun on "
                          "May 3. " + second)
    assert got["agreement"] == expected


def test_a_tour_to_come_is_no_inspection():
    evs = _events("5月8日，甘肃省代表团赴浙江考察。代表团还将参观吉利汽车集团。")
    assert not [e for e in evs if e["type"] == "inspection"]
    # a plan in another clause does not undo the tour told done
    assert _sites("5月8日，甘肃省代表团赴浙江考察。代表团参观了吉利汽车集团，双方将进一步加强合作。") == ["吉利汽车集团"]


@pytest.mark.parametrize("text, expected", [
    # a place described is no area of cooperation
    ("扶余作为农业大市，资源丰富，希望未来进一步加深交流合作。", []),
    ("Shaanxi is one of China's centers for wheat and livestock production, and the ties keep growing.", []),
    ("Guangxi is a leading port province in the south, and cooperation is growing.", []),
    # the same words as the areas the sides name are
    ("吉林是农业大省，双方将在农业领域合作。", ["agriculture"]),
])
def test_a_place_described_names_no_field(text, expected):
    assert fields_in(text) == expected

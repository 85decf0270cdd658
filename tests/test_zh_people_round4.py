"""Issue 13, round 4: people, titles and home regions in Chinese-script text.

Every sentence here is written for the test; the officials and places' officials are invented.
"""
from __future__ import annotations

import liaison


def people(text):
    rec = liaison.extract(text, published="2024-05-01")
    return {p["name"]["zh"]: p for p in rec["people"]}


def regions_of(p):
    return [((x.get("region") or {}).get("name") or {}).get("zh") for x in p["positions"]]


# ------------------------------------------------------------------ home region of the reporting side
def test_a_dateline_of_any_agency_names_the_home_city_and_its_province():
    p = people("人民网贵阳3月1日电 3月1日，省委书记甲国强在贵阳会见了云南省党政代表团。云南省委书记乙立新率团。")
    assert regions_of(p["甲国强"]) == ["贵州省"]
    assert regions_of(p["乙立新"]) == ["云南省"]


def test_the_place_our_own_delegation_goes_to_is_not_home():
    p = people("本报讯 日前，市委书记丁卫东率我市党政代表团赴苏州市考察学习。在苏期间，代表团与苏州市副市长钱立平座谈。")
    assert regions_of(p["丁卫东"]) == []  # not 苏州市; an office whose place is never given is not output
    assert regions_of(p["钱立平"]) == ["苏州市"]


def test_an_implicit_title_of_the_delegation_leader_takes_the_delegation_place():
    p = people("本报讯 5月3日，以省委书记赵志国为团长的湖南省党政代表团抵达杭州，开始在浙江省考察。浙江省委书记周文海会见代表团。")
    assert regions_of(p["赵志国"]) == ["湖南省"]
    assert regions_of(p["周文海"]) == ["浙江省"]


# ------------------------------------------------------------------ Japanese names after their offices
def test_a_title_and_name_after_a_prefecture_is_no_village():
    p = people("日本山梨县知事长崎美代子在会谈中表示，愿与河北省加强合作。")
    assert regions_of(p["长崎美代子"]) == ["山梨县"]


def test_a_japanese_name_ends_before_a_visit_verb_or_before_the_other_side():
    p = people("台南市长王大同邀请日本熊本县知事浦野郁夫参访。")
    assert "浦野郁夫" in p
    p = people("日本富山县知事野田八朗与辽宁省副省长孙明玉签署协议。")
    assert {"野田八朗", "孙明玉"} <= set(p)
    assert regions_of(p["野田八朗"]) == ["富山县"]


def test_a_japanese_family_name_that_is_a_chinese_city():
    p = people("屏东县恒春镇镇长张三与日本冲绳县石垣市市长中山义男签约。")
    assert "中山义男" in p
    assert regions_of(p["中山义男"]) == ["石垣市"]


# ------------------------------------------------------------------ names equal to words, minority names
def test_a_name_equal_to_a_river_after_a_title():
    p = people("副市长江一山主持会议，市长黄河出席。来源：芜湖日报")
    assert "黄河" in p and "黄河出席" not in p
    assert regions_of(p["黄河"]) == ["芜湖市"]


def test_minority_names_after_a_title_however_lac_cuts_them():
    p = people("副州长才让扎西、州政协副主席多杰热旦出席。来源：海北州新闻网")
    assert {"才让扎西", "多杰热旦"} <= set(p)
    p = people("内蒙古自治区政协副主席其其格会见了蒙古国客人。")
    assert regions_of(p["其其格"]) == ["内蒙古自治区"]


# ------------------------------------------------------------------ surnames, foreign heads, pages from abroad
def test_surnames_of_hong_kong_and_the_north_missing_from_the_lists():
    p = people("香港特區政府勞工及福利局局長麥美芬今日出席論壇，與市長叢偉國會面。")
    assert {"麦美芬", "丛伟国"} <= set(p)
    assert regions_of(p["麦美芬"]) == ["香港特别行政区"]
    assert p["麦美芬"]["name"]["en"] == "Mai Meifen"


def test_a_dotted_name_does_not_take_the_end_of_the_title():
    p = people("美国爱荷华州州长金·雷诺兹会见了河北省代表团。")
    assert "金·雷诺兹" in p and "长金·雷诺兹" not in p


def test_a_foreign_head_after_a_verb_is_foreign_though_a_chinese_venue_comes_first():
    p = people("3月2日，省委书记王建国在长春会见了俄罗斯滨海边疆区州长科热米亚科。")
    assert regions_of(p["科热米亚科"]) == ["滨海边疆区"]


def test_an_implicit_chinese_title_on_a_page_written_from_abroad_is_the_visitors():
    p = people("美国爱荷华州州长金·雷诺兹会见了河北省代表团。省长王正谱率团。")
    assert regions_of(p["王正谱"]) == ["河北省"]


# ------------------------------------------------------------------ titles: assistants, commissioners, candidates
def test_assistant_offices_and_a_secretary_of_a_body():
    p = people("嘉兴市副市长钱一民、市长助理孙光明陪同考察。湖南省政协主席李正国、政协主席秘书黄从文出席。")
    assert [(x["role"], x["org_kind"]) for x in p["孙光明"]["positions"]] == [("other", "government")]
    assert regions_of(p["孙光明"]) == ["嘉兴市"]
    assert [(x["role"], x["org_kind"]) for x in p["黄从文"]["positions"]] == [("other", "cppcc")]


def test_one_role_in_two_bodies_goes_on_in_both_for_the_assistants():
    p = people("中台办、国台办副主任丙国平，主任助理丁一飞、戊明出席。")
    assert sorted(x["org_kind"] for x in p["丁一飞"]["positions"]) == ["government_department", "party_department"]


def test_a_commissioner_of_the_foreign_ministry_is_national():
    p = people("外交部驻港公署特派员庚建国出席酒会。")
    assert [(x["role"], x["org_kind"]) for x in p["庚建国"]["positions"]] == [("other", "government_department")]
    assert regions_of(p["庚建国"]) == ["中国"]


def test_a_candidate_for_an_office_keeps_the_offices_before_it():
    p = people("大兴区委书记甲立国与阿巴嘎旗委书记乙海座谈。阿巴嘎旗委副书记、政府旗长候选人丙志强，区委副书记、区长丁晓明出席。来源：大兴区融媒体中心")
    assert [x["role"] for x in p["丙志强"]["positions"]] == ["deputy_secretary"]
    assert regions_of(p["丁晓明"]) == ["大兴区", "大兴区"]
    # the banner named in the title before is not the district's
    p = people("阿巴嘎旗委副书记、政府旗长候选人丙志强，区委副书记、区长丁晓明出席。来源：大兴区融媒体中心")
    assert regions_of(p["丁晓明"]) == ["大兴区", "大兴区"]


def test_a_province_abroad_no_table_knows_before_its_head():
    p = people("加拿大斯科沙省长麦克唐纳昨日访问广东省。")
    assert regions_of(p["麦克唐纳"]) == ["斯科沙省"]


def test_taiwan_county_head_and_a_first_level_city_council():
    p = people("嘉义县长翁一梁与日本冈山县仓敷市长伊东香子签署友好协定。")
    assert regions_of(p["翁一梁"]) == ["嘉义县"]
    p = people("台南市长黄大哲邀请日本熊本县知事浦野郁夫参访，市议会议长邱丽丽也出席。")
    assert regions_of(p["邱丽丽"]) == ["台南市"]


def test_a_japanese_city_sharing_its_prefecture_name_is_the_city():
    p = people("日本新潟县新潟市市长中原八郎率团访问哈尔滨市。")
    assert regions_of(p["中原八郎"]) == ["新潟市"]


def test_an_adverb_after_a_title_is_no_name():
    p = people("花莲县寿丰乡长张怀安率团参访，乡民代表会主席亦同行。")
    assert set(p) == {"张怀安"}


# ------------------------------------------------------------------ home regions, round 2
def test_an_implicit_prefecture_title_is_the_autonomous_prefecture_named():
    p = people("近日，四川省甘孜州党政代表团到宁波考察。宁波市委书记周一学会见代表团。州委书记刘一平率团，州长杨克明参加。")
    assert regions_of(p["刘一平"]) == ["甘孜藏族自治州"]
    assert regions_of(p["杨克明"]) == ["甘孜藏族自治州"]


def test_a_development_zone_office_is_the_city_named_before_it():
    p = people("辽源市人大常委会副主任、经济开发区管委会主任张一林参加交流会。")
    assert regions_of(p["张一林"]) == ["辽源市", "辽源市"]


def test_a_site_named_after_its_place_is_the_outlet():
    p = people("受市委书记王一五委托，副市长赵一六在温州会见了温州市副市长李一四。来源：中国淮安网")
    assert regions_of(p["赵一六"]) == ["淮安市"]
    assert regions_of(p["李一四"]) == ["温州市"]


def test_the_region_of_a_party_leader_arriving_is_not_home():
    p = people("近日，温州市政协主席李一四一行到淮安考察。市政协主席张一三陪同。")
    assert regions_of(p["张一三"]) == ["淮安市"]


def test_sar_offices_take_the_sar_even_when_it_visits():
    p = people("廣東省委書記黃一明在廣州會見了香港特區行政長官李一超一行。政務司司長陳一基陪同。")
    assert regions_of(p["陈一基"]) == ["香港特别行政区"]


def test_a_provincial_office_on_a_macao_page_is_the_visiting_province():
    p = people("在湖南省政协主席甲国华率领下，湖南省政协访问团一行抵达澳门。省政协常委孙一明、委员李一华出席。"
               "澳门特区政府官员陪同。")
    assert regions_of(p["孙一明"]) == ["湖南省"]
    assert regions_of(p["李一华"]) == ["湖南省"]


# ------------------------------------------------------------------ people's organisations, party groups
def test_federations_and_associations_of_a_level_are_institutions_of_the_home():
    p = people("省侨联主席周一红、省友协会长吴一峰出席。来源：福建日报")
    assert [(x["role"], x["org_kind"]) for x in p["周一红"]["positions"]] == [("head", "institution")]
    assert regions_of(p["周一红"]) == ["福建省"]
    assert regions_of(p["吴一峰"]) == ["福建省"]


def test_a_party_group_after_a_body_belongs_to_that_body():
    p = people("省人大常委会副主任、党组副书记孙一国出席。来源：河北日报")
    assert sorted((x["role"], x["org_kind"]) for x in p["孙一国"]["positions"]) == [
        ("deputy_head", "congress"), ("deputy_secretary", "congress")]


# ------------------------------------------------------------------ Taiwanese news style
def test_a_time_word_after_a_name_ends_it():
    p = people("新北市副市長朱惕之今天率團訪問日本埼玉縣。")
    assert "朱惕之" in p and regions_of(p["朱惕之"]) == ["新北市"]


def test_a_japanese_given_name_may_hold_he():
    p = people("市長陳一邁今天會見日本八王子市市長初宿和夫，副市長林一榮也出席。")
    assert "初宿和夫" in p and regions_of(p["初宿和夫"]) == ["八王子市"]


def test_a_name_lac_glued_to_the_verb_after_it():
    p = people("上海市代表团抵蓉考察。上海市副市长华源率团。")
    assert "华源" in p and regions_of(p["华源"]) == ["上海市"]


def test_a_byline_list_after_a_slash_is_no_people():
    p = people("双方签署协议，市长甲一国出席。新唐人記者/李涓榕、陳奇聞 台灣高雄采訪報導。")
    assert not ({"李涓榕", "陈奇闻"} & set(p))


def test_a_district_office_with_only_a_banner_named_has_no_region():
    p = people("区委书记甘靖中与太仆寺旗委书记陈艳豹座谈交流。")
    assert regions_of(p["甘靖中"]) == []  # not the banner; an office whose place is never given is not output
    assert regions_of(p["陈艳豹"]) == ["太仆寺旗"]


def test_credit_lines_of_government_pages_are_no_people():
    base = "5月3日，市长王一国会见了代表团。\n"
    for credit in ("撰稿：刘晓明 摄影：张红", "采写：刘晓明 校对：张红 监制：李强", "供稿：刘晓明 审核：张红",
                   "责任编辑：刘晓明 | 值班主任：张红", "文字｜刘晓明 图片｜张红 编辑｜李强"):
        assert set(people(base + credit)) == {"王一国"}, credit


def test_what_follows_a_title_without_a_name_is_no_person():
    for text in ("会长单位和副会长单位代表出席了会议。", "副省长级官员率团访问。", "中国驻日本大使馆公使衔参赞出席。"):
        assert people(text) == {}, text


def test_a_kanji_name_and_its_latin_form_holding_one_office_are_one_person():
    rec = liaison.extract("5月10日，日本富山县知事野田八朗率团来我省访问。来源：辽宁日报\n"
                          "On May 10, Governor Hachiro Noda of Toyama Prefecture, Japan, led a delegation to visit "
                          "our province.")
    names = [(p["name"]["zh"], p["name"]["en"]) for p in rec["people"]]
    assert names == [("野田八朗", "Hachiro Noda")]


# ------------------------------------------------------------------ foreign titles
def test_korean_county_governors_thai_governors_and_legislative_assemblies():
    p = people("韩国江原道华川郡郡守崔文一率团访问吉林省。")
    assert [(x["role"], x["org_kind"]) for x in p["崔文一"]["positions"]] == [("head", "government")]
    assert regions_of(p["崔文一"]) == ["华川郡"]
    p = people("泰国清迈府府尹纳隆会见了云南省代表团。")
    assert "纳隆" in p and "尹纳隆" not in p
    p = people("俄罗斯阿穆尔州立法会议主席伊万诺夫会见了黑龙江省代表团。")
    assert [(x["role"], x["org_kind"]) for x in p["伊万诺夫"]["positions"]] == [("head", "congress")]


def test_a_cppcc_title_in_english_is_no_diplomat():
    rec = liaison.extract("Mr. Shang Yibin, Vice-Chairman of Tianjing Municipal Committee of the Chinese People's "
                          "Political Consultative Conference, attended.")
    pos = rec["people"][0]["positions"]
    assert [(x["role"], x["org_kind"], x["region"]["code"]) for x in pos] == [("deputy_head", "cppcc", "120000")]


def test_an_sar_office_on_a_page_naming_neither_sar():
    p = people("特首李一超昨日會見了吉林省代表團。政務司司長陳一基陪同。")
    assert regions_of(p["陈一基"]) == ["香港特别行政区"]
    p = people("行政長官賀一誠昨日會見了廣東省代表團。經濟財政司司長李一農陪同。")
    assert regions_of(p["李一农"]) == ["澳门特别行政区"]
    assert regions_of(p["贺一诚"]) == ["澳门特别行政区"]

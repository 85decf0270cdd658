"""Every position carries an English label (SPEC.md title.en); sentences written here, officials invented."""
from __future__ import annotations

import liaison
from liaison.gazetteer import Gazetteer
from liaison.title_labels import adjective, clean_en, label_en, noun


def titles(text):
    rec = liaison.extract(text)
    return {p["name"]["zh"] or p["name"]["en"]: [(x["title"]["zh"], x["title"]["en"]) for x in p["positions"]]
            for p in rec["people"]}


def region(code):
    return Gazetteer.default().by_code(code)


def test_region_as_noun_and_adjective():
    assert (noun(region("220000")), adjective(region("220000"))) == ("Jilin Province", "Jilin Provincial")
    assert (noun(region("220100")), adjective(region("220100"))) == ("Changchun", "Changchun Municipal")
    assert (noun(region("110000")), adjective(region("110000"))) == ("Beijing", "Beijing Municipal")
    assert noun(region("450000")) == "Guangxi Zhuang Autonomous Region"
    assert adjective(region("222400")) == "Yanbian Korean Autonomous Prefectural"
    assert noun(region("130927")) == "Nanpi County"


def test_party_government_congress_and_cppcc_offices():
    t = titles("河北省委副书记、省长王建国，吉林省委常委、长春市委书记李红梅，长春市副市长张卫东出席。"
               "吉林省人大常委会副主任王明、省政协副主席李刚、省委组织部部长赵军出席。")
    assert t["王建国"] == [("河北省委副书记", "Deputy Secretary of the CPC Hebei Provincial Committee"),
                        ("省长", "Governor of Hebei Province")]
    assert t["李红梅"][0][1] == "Member of the Standing Committee of the CPC Jilin Provincial Committee"
    assert t["李红梅"][1][1] == "Secretary of the CPC Changchun Municipal Committee"
    assert t["张卫东"] == [("长春市副市长", "Vice Mayor of Changchun")]
    assert t["王明"][0][1] == "Vice Chairman of the Standing Committee of the Jilin Provincial People's Congress"
    assert t["李刚"][0][1] == ("Vice Chairman of the Jilin Provincial Committee of the Chinese People's Political "
                              "Consultative Conference")
    assert t["赵军"][0][1] == "Head of the Organization Department of the CPC Jilin Provincial Committee"


def test_departments_counties_and_national_offices():
    t = titles("吉林省商务厅厅长孙伟、长春市商务局副局长周涛、献县县长李四、外交部部长王毅出席。"
               "中共中央政治局常委、国务院总理李强会见代表团。")
    assert t["孙伟"][0][1] == "Director-General of the Jilin Provincial Department of Commerce"
    assert t["周涛"][0][1] == "Deputy Director of the Changchun Municipal Commerce Bureau"
    assert t["李四"][0][1] == "Head of Xianxian County"
    assert t["王毅"][0][1] == "Minister of Foreign Affairs"
    assert t["李强"] == [("中共中央政治局常委",
                        "Member of the Standing Committee of the Political Bureau of the CPC Central Committee"),
                       ("国务院总理", "Premier of the State Council")]


def test_foreign_offices():
    t = titles("俄亥俄州州长约翰·史密斯会见代表团。日本和歌山县知事山田太郎出席。广宁省人民委员会主席阮文强会见代表团。")
    assert t["约翰·史密斯"][0][1] == "Governor of Ohio"
    assert t["山田太郎"] == [("日本和歌山县知事", "Governor of Wakayama Prefecture")]
    assert t["阮文强"][0][1] == "Chairman of the People's Committee of Quang Ninh Province"


def test_units_no_table_names_are_not_translated():
    t = titles("吉林化纤集团董事长刘强、长白大学党委书记赵明出席。")
    assert t["刘强"][0][1] == "Chairman of the Board"
    assert t["赵明"][0][1] == "Secretary of the Party Committee"
    assert label_en("某某局局长", "head", "government_department", region("220100")) == \
        "Director of a bureau of Changchun"


def test_english_titles_keep_the_articles_words():
    t = titles("Wang Jianguo, Secretary of the CPC Hebei Provincial Committee, met the delegation.")
    assert t["Wang Jianguo"] == [(None, "Secretary of the CPC Hebei Provincial Committee")]
    assert clean_en("the Mayor of Changchun City Mr.") == "Mayor of Changchun City"
    assert clean_en("Ambassador of Chile to China H.E. Mr.") == "Ambassador of Chile to China"


# rows of data/titles.tsv (the Xinhua-style reference list) whose template the composed label need not
# reproduce: a department left blank (___) in the template, and the national congress's short form
_NOT_COMPARED = {"厅长", "局长", "委员会主任", "管委会主任"}


def test_labels_agree_with_the_reference_list():
    from liaison.regions_data import read_tsv
    from liaison.titles import parse_zh

    places = {"provincial": ("220000", "Jilin", "Provincial"), "municipal": ("220100", "Changchun", "Municipal"),
              "central": ("CN", "", "")}
    compared = 0
    for row in read_tsv("titles.tsv"):
        level = row["level"].split("|")[0]
        if level not in places or row["zh"] in _NOT_COMPARED or "___" in row["en"]:
            continue
        offices = parse_zh(row["zh"])
        if len(offices) != 1:
            continue
        code, name, adj = places[level]
        reg = Gazetteer.default().china() if code == "CN" else region(code)
        o = offices[0]
        want = row["en"].replace("{P}", name).replace("{adj}", adj)
        if o.org_kind == "government" and row["zh"].startswith("自治区"):
            reg = region("450000")  # an autonomous region's chairman, with a real autonomous region
            want = want.replace("Jilin", "Guangxi Zhuang")
        assert label_en(row["zh"], o.role, o.org_kind, reg, o.central).lower() == want.lower(), row["zh"]
        compared += 1
    assert compared >= 40

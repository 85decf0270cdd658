"""Sentences written for this round (no corpus text): where a trip goes when its place is written as an
address ("Erenhot, Inner Mongolia"), as a region's seat (萨克森州首府德累斯顿) or told twice in one sentence, and a
nationality word naming the country of a place abroad ("the German city of Dresden")."""
import liaison
from sentences import visits as _visits


def test_a_place_written_with_its_province_after_a_comma_is_one_stop_the_smaller():
    got = _visits("Governor of Dornogovi Province Batbayar visited Erenhot, Inner Mongolia, from June 5 to 7.")
    assert got == [("Dornogovi", "Erenhot", "2023-06-05")]
    got = _visits("A delegation from Lao Cai Province visited Hekou County, Yunnan Province on June 5.")
    assert [d for _o, d, _ in got] == ["Hekou"]


def test_two_places_joined_by_and_stay_two_stops():
    got = _visits("A delegation from Lao Cai Province visited Kunming and Hekou County on June 5.")
    assert sorted(d for _o, d, _ in got) == ["Hekou", "Kunming"]


def test_a_regions_seat_named_after_it_is_where_the_trip_goes():
    got = _visits("5月12日，湖南省副省长王建国率代表团抵达黑龙江省省会哈尔滨市进行考察。")
    assert got == [("Hunan", "Harbin", "2023-05-12")]
    got = _visits("5月12日，湖南省副省长王建国率代表团抵达德国萨克森州首府德累斯顿进行访问。")
    assert [d for _o, d, _ in got] == ["Dresden"]


def test_a_nationality_before_a_kind_of_place_names_its_country():
    got = _visits("On May 12, a delegation from Hunan Province visited the German city of Dresden.")
    assert got == [("Hunan", "Dresden", "2023-05-12")]
    assert _visits("On May 12, a delegation from Hunan Province visited Dresden.") == []  # no country: no guess


def test_a_trip_told_twice_in_a_sentence_to_a_place_and_its_region_is_one_visit_to_the_place():
    got = _visits("On May 12, Vice Governor of Hunan Province Wang Jianguo arrived in Dresden, starting a three-day "
                  "visit to Saxony, Germany.")
    assert got == [("Hunan", "Dresden", "2023-05-12")]
    got = _visits("On May 12, Vice Governor of Hunan Province Wang Jianguo led an economic and trade delegation to "
                  "Dresden, starting a visit to the German state of Saxony.")
    assert got == [("Hunan", "Dresden", "2023-05-12")]


def _people(text):
    rec = liaison.extract(text, published="2023-05-20")
    return {p["name"].get("en"): [x["title"]["en"] for x in p["positions"]] for p in rec["people"]}


def test_a_given_name_before_a_middle_initial_belongs_to_the_name():
    got = _people("Governor of Primorsky Krai Oleg N. Kozhemyako held talks with Heilongjiang Governor Liang Huiling.")
    assert got["Oleg N. Kozhemyako"] == ["Governor of Primorsky Krai"]
    got = _people("Lt. Governor Jon A. Husted of Ohio met with Henan Governor Wang Kai.")
    assert "Jon A. Husted" in got


def test_a_names_third_character_before_a_time_of_day_stays_in_the_name():
    rec = liaison.extract("广东省省长王伟中上午在广州会见了代表团。", published="2023-05-20")
    assert [p["name"]["zh"] for p in rec["people"]] == ["王伟中"]
    rec = liaison.extract("吉林省省长韩俊下午在长春会见了代表团。", published="2023-05-20")
    assert [p["name"]["zh"] for p in rec["people"]] == ["韩俊"]


def test_a_meetings_side_is_the_place_its_host_holds_office_in_not_the_venue():
    rec = liaison.extract("5月10日，吉林省省长李明在长春会见了江原道知事金振泰率领的代表团。", published="2023-05-20")
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert sorted(r["name"]["en"] for r in meeting["parties"]) == ["Gangwon", "Jilin"]
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert visit["destination"]["name"]["en"] == "Changchun"  # the trip still went to the venue
    assert meeting["part_of"] == visit["id"]


def _signings(text):
    rec = liaison.extract(text, published="2023-06-20")
    names = {p["id"]: p["name"]["zh"] for p in rec["people"]}
    return [(e["title"] or {}).get("zh") if e.get("title") else None for e in rec["events"] if e["type"] == "agreement"], \
        [sorted((names[x["person"]], x["role"]) for x in e["participants"]) for e in rec["events"] if e["type"] == "agreement"]


def test_a_signing_told_with_its_witnesses_before_it_is_a_signing():
    titles, roles = _signings("6月10日，吴江区党政代表团赴嘉善县考察。在吴江区委书记李明和嘉善县委书记王刚的见证下，"
                              "双方签署了劳务协作协议。")
    assert titles == ["劳务协作协议"]
    assert roles == [[("李明", "witness"), ("王刚", "witness")]]
    titles, _roles = _signings("6月10日，吴江区党政代表团赴嘉善县考察。嘉善县委书记王刚见证签约。")
    assert titles == []  # what was witnessed, with no signing told


def test_a_renewed_memorandum_is_a_signing():
    titles, _roles = _signings("6月10日，吴江区党政代表团赴嘉善县考察。两地续签了《友好合作备忘录》。")
    assert titles == ["友好合作备忘录"]


def test_a_chinese_place_written_with_china_after_a_comma_is_that_place():
    got = _visits("A delegation headed by Governor of Dornogovi aimag B.Batbayar is on a working visit to Erenhot, China.")
    assert [d for _o, d, _ in got] == ["Erenhot"]
    got = _visits("A delegation headed by Governor of Dornogovi aimag B.Batbayar is on a working visit to China.")
    assert [d for _o, d, _ in got] == ["China"]


def test_a_planned_verb_joined_to_a_tour_keeps_its_date_to_itself():
    rec = liaison.extract("On June 12, a delegation from Amur Region arrived in Harbin, Heilongjiang Province. The "
                          "delegation also visited the Harbin Electric Corporation and will travel to Heihe on Thursday.",
                          published="2023-06-13")
    tour = next(e for e in rec["events"] if e["type"] == "inspection")
    assert tour["date"]["start"] is None
    assert [e["destination"]["name"]["en"] for e in rec["events"] if e["type"] == "visit"] == ["Harbin"]


def test_a_tour_on_a_trip_narrowed_to_a_city_is_made_in_that_city():
    text = ("A delegation from Russia's Amur Region led by Governor Vasily Orlov arrived in Harbin on June 12 for a "
            "four-day visit to Heilongjiang Province.\n\nHeilongjiang Party Secretary Xu Qin met with Orlov and his "
            "delegation on June 13.\n\nThe delegation also visited the Harbin Electric Corporation.")
    rec = liaison.extract(text, published="2023-06-20")
    places = {e["type"]: e["destination"]["name"]["en"] for e in rec["events"] if e["type"] in ("visit", "inspection")}
    assert places == {"visit": "Harbin", "inspection": "Harbin"}


def _meeting_roles(text):
    rec = liaison.extract(text, published="2023-05-20")
    names = {p["id"]: p["name"]["zh"] for p in rec["people"]}
    return [sorted((names[x["person"]], x["role"]) for x in e["participants"]) for e in rec["events"]
            if e["type"] == "meeting"]


def test_the_leader_of_a_trip_calls_on_the_host_named_after_the_trip():
    assert _meeting_roles("5月8日，遂宁市委书记李明带队赴潼南区，拜会了潼南区委书记王刚。") == [
        [("李明", "attendee"), ("王刚", "host")]]
    assert _meeting_roles("5月8日，遂宁市委书记李明带队赴重庆市潼南区拜会潼南区委书记王刚。") == [
        [("李明", "attendee"), ("王刚", "host")]]


def test_an_office_after_a_counted_list_of_names_is_each_ones():
    got = _positions_zh("5月8日，江西省政府代表团访问云南省。罗华、张强两位副省长分别与代表团进行了会谈。")
    assert got == {"罗华": [("deputy_head", "government", "云南省")], "张强": [("deputy_head", "government", "云南省")]}


def test_a_delegation_received_later_by_its_bare_name_makes_the_page_the_receiving_sides():
    got = _positions_zh("5月8日，江西省政府代表团访问云南省。罗华副省长与代表团进行了会谈。")
    assert got == {"罗华": [("deputy_head", "government", "云南省")]}
    rec = liaison.extract("5月8日，江西省政府代表团访问云南省。罗华副省长与代表团进行了会谈。", published="2023-05-20")
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert [x["role"] for x in meeting["participants"]] == ["host"]
    got = _positions_zh("5月8日，江西省政府代表团访问云南省，副省长罗华随团出访。")  # no reception: the guess stands
    assert got == {"罗华": [("deputy_head", "government", "江西省")]}


def _positions_zh(text):
    rec = liaison.extract(text, published="2023-05-20")
    return {p["name"]["zh"]: [(x["role"], x["org_kind"], x["region"]["name"]["zh"]) for x in p["positions"]]
            for p in rec["people"]}


def test_a_meetings_venue_gives_way_to_the_region_of_the_official_attending_it():
    rec = liaison.extract("On May 10, a Gangwon tourism promotion conference was held in Changchun, attended by Jilin "
                          "Vice Governor Wang Hua.", published="2023-05-20")
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert sorted(r["name"]["en"] for r in meeting["parties"]) == ["Gangwon", "Jilin"]


def test_where_a_body_met_is_no_side_of_its_meeting():
    rec = liaison.extract("On May 10, Jilin and Gangwon held a joint meeting of their cooperation committee in Changchun.",
                          published="2023-05-20")
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert sorted(r["name"]["en"] for r in meeting["parties"]) == ["Gangwon", "Jilin"]


def test_a_site_name_loses_the_conjunction_joining_the_next_site():
    rec = liaison.extract("On June 12, a delegation from Wuhan arrived in Christchurch, New Zealand. The delegation later "
                          "toured the University of Canterbury and Christchurch Airport.", published="2023-06-20")
    tour = next(e for e in rec["events"] if e["type"] == "inspection")
    assert [s["en"] for s in tour["sites"]] == ["University of Canterbury", "Christchurch Airport"]


def test_a_bare_title_receiving_a_delegation_led_by_a_titled_guest_is_the_hosts():
    got = _people_regions("Christchurch Mayor Phil Mauger welcomed a delegation from sister city Wuhan on Monday. The "
                          "delegation, led by Wuhan Vice Mayor Chen Hong, was greeted by Deputy Mayor Pauline Cotter.")
    assert got["Pauline Cotter"] == ["Christchurch"]
    assert got["Chen Hong"] == ["Wuhan"]


def _people_regions(text):
    rec = liaison.extract(text, published="2023-06-20")
    return {p["name"]["en"]: [(x.get("region") or {}).get("name", {}).get("en") for x in p["positions"]]
            for p in rec["people"]}


def test_a_delegations_kind_names_no_field_of_cooperation():
    from liaison.fields import fields_in

    assert fields_in("臺中市長盧秀燕接見美國愛達荷州副州長貝德克率領的經貿訪問團") == []
    assert fields_in("an economic and trade delegation from Idaho met the mayor") == []
    assert fields_in("双方同意在经贸领域深化合作") == ["trade_investment"]
    rec = liaison.extract("臺中市長盧秀燕10日接見美國愛達荷州副州長貝德克率領的經貿訪問團，雙方簽署合作備忘錄。",
                          published="2023-05-20")
    assert all(e["fields"] == [] for e in rec["events"] if e["type"] in ("meeting", "agreement"))


def test_a_name_after_a_title_of_a_place_and_a_comma_is_that_officials():
    got = _people_regions("Heilongjiang Governor Liang Huiling held talks with the Governor of Amur Region, Vasily Orlov.")
    assert got["Vasily Orlov"] == ["Amur"]
    got = _people_regions("Tianjin Vice Mayor Li Wenhai held talks with Governor of Mongolia's Selenge aimag Ch. Ganbold.")
    assert got["Ch. Ganbold"] == ["Selenge"]


def test_a_family_name_alone_before_a_saying_verb_is_the_one_person_of_that_name():
    text = ("5月10日，吉林省委书记景俊海在长春会见了天津市委书记陈敏尔率领的天津市党政代表团。景俊海对代表团的到来表示欢迎。"
            "陈说，天津将加强与吉林的合作。")
    assert ("陈敏尔", "speaker") in _meeting_roles(text)[0]
    text = ("5月10日，吉林省委书记景俊海在长春会见了天津市委书记陈敏尔、天津市副市长陈清率领的天津市党政代表团。"
            "陈说，天津将加强与吉林的合作。")  # two of that family name: which one is not said
    assert not any(r == "speaker" for _n, r in _meeting_roles(text)[0])


def test_the_office_and_place_named_as_a_subject_speak_for_the_one_holding_them():
    rec = liaison.extract("Jilin Governor Hu Yuting met with Gangwon Governor Kim Jin-tae in Changchun on May 10. During "
                          "the talks, the Gangwon governor said his province hopes to expand trade.", published="2023-05-20")
    names = {p["id"]: p["name"]["en"] for p in rec["people"]}
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert ("Kim Jin-tae", "speaker") in {(names[x["person"]], x["role"]) for x in meeting["participants"]}
    assert ("Hu Yuting", "speaker") not in {(names[x["person"]], x["role"]) for x in meeting["participants"]}


def test_departing_or_setting_off_for_a_place_is_a_trip_and_embarking_on_one_keeps_its_day():
    assert _visits("Ohio Governor Mike DeWine departed for Henan Province on May 8 to attend a trade fair.") == [
        ("Ohio", "Henan", "2023-05-08")]
    assert _visits("Ohio Governor Mike DeWine set off for Zhengzhou, Henan Province on May 8.") == [
        ("Ohio", "Zhengzhou", "2023-05-08")]
    assert _visits("Ohio Governor Mike DeWine embarked on a trip to Henan Province on May 8.") == [
        ("Ohio", "Henan", "2023-05-08")]
    assert _visits("Ohio Governor Mike DeWine will depart for Henan Province next month.") == []


def test_stops_named_inside_each_country_of_a_trip_abroad_are_one_visit_each():
    got = _visits("5月8日至15日，吉林省省长胡玉亭率吉林省代表团出访日本、韩国，先后访问了日本鸟取县和韩国江原道。")
    assert sorted(d for _o, d, _ in got) == ["Gangwon", "Tottori"]
    got = _visits("5月8日，吉林省省长胡玉亭率代表团出访日本、韩国，在日本访问了鸟取县。")
    assert sorted(d for _o, d, _ in got) == ["South Korea", "Tottori"]


def test_a_proposal_to_both_sides_at_talks_names_the_talks_fields():
    text = ("Secretary of the Ha Giang provincial Party Committee Dang Quoc Khanh on April 5 received a delegation from "
            "China's Yunnan province led by Vice Governor Yang Ning. At the working session, Dang Quoc Khanh proposed "
            "the two sides promote trade and tourism.")
    rec = liaison.extract(text, published="2023-04-06")
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert {"trade_investment", "tourism_culture"} <= set(meeting["fields"])


def test_exchanges_told_as_wanglai_and_e_commerce_name_fields():
    from liaison.fields import fields_in

    assert "trade_investment" in fields_in("双方就加强跨境电商合作达成共识")
    rec = liaison.extract("5月10日，吉林省省长胡玉亭在长春会见了韩国江原道知事金振泰一行。金振泰表示，江原道愿与吉林扩大经贸往来。",
                          published="2023-05-20")
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert meeting["fields"] == ["trade_investment"]


def test_a_city_of_millions_is_labelled_by_its_city_form():
    rec = liaison.extract("On May 10, a delegation from Cape Town, South Africa visited Hangzhou.", published="2023-05-20")
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert visit["origin"]["name"] == {"zh": "开普敦市", "en": "Cape Town"}


def test_titles_of_malaysian_and_indonesian_states_name_their_holders():
    got = _people_regions("Chief Minister of Penang Chow Kon Yeow met with Xiamen Mayor Huang Wenhui in George Town, "
                          "Malaysia.")
    assert got["Chow Kon Yeow"] == ["Penang"]
    got = _people_regions("Governor of Central Java Province Ganjar Pranowo received Vice Governor Li Ming of Guangdong, "
                          "China, in Semarang, Indonesia.")
    assert got["Ganjar Pranowo"] == ["Central Java"]


def test_talks_told_after_a_reception_of_the_same_people_are_that_meeting():
    text = ("Gov. Kim Reynolds of Iowa on Tuesday welcomed a delegation from Hebei Province to the Iowa State Capitol.\n\n"
            "The delegation, headed by Hebei Vice Governor Shi Qingyun, included officials of the province. Reynolds and "
            "Shi discussed agricultural trade and renewable energy.")
    rec = liaison.extract(text, published="2023-06-15")
    names = {p["id"]: p["name"]["en"] for p in rec["people"]}
    meetings = [e for e in rec["events"] if e["type"] == "meeting"]
    assert len(meetings) == 1
    assert sorted((names[x["person"]], x["role"]) for x in meetings[0]["participants"]) == [
        ("Kim Reynolds", "host"), ("Shi Qingyun", "attendee")]
    assert {"agriculture", "energy"} <= set(meetings[0]["fields"])
    text = ("Gov. Kim Reynolds of Iowa on Tuesday welcomed a delegation from Hebei Province. On Thursday, Reynolds "
            "and Vice Governor Shi Qingyun of Hebei discussed agricultural trade.")  # talks of their own day
    rec = liaison.extract(text, published="2023-06-15")
    assert len([e for e in rec["events"] if e["type"] == "meeting"]) == 2


def test_one_received_with_his_delegation_leads_the_trip():
    rec = liaison.extract("On May 10, Jilin Party Secretary Jing Junhai met with Gangwon Governor Kim Jin-tae and his "
                          "delegation in Changchun.", published="2023-05-20")
    names = {p["id"]: p["name"]["en"] for p in rec["people"]}
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert [(names[x["person"]], x["role"]) for x in visit["participants"]] == [("Kim Jin-tae", "leader")]
    meeting = next(e for e in rec["events"] if e["type"] == "meeting")
    assert ("Kim Jin-tae", "attendee") in [(names[x["person"]], x["role"]) for x in meeting["participants"]]


def test_a_short_form_of_a_city_the_page_names_in_full_is_that_city():
    text = ("Guangzhou and Rio de Janeiro became sister cities on Monday, when Guangzhou Mayor Li Ming and Rio Mayor "
            "Eduardo Paes signed an agreement.")
    assert _people_regions(text)["Eduardo Paes"] == ["Rio de Janeiro"]


def test_what_an_official_is_doing_is_no_part_of_the_office():
    rec = liaison.extract("正在巴西访问的广州市市长李明与里约热内卢市市长帕埃斯15日签署了两市缔结友好城市关系的协议。",
                          published="2023-05-17")
    person = next(p for p in rec["people"] if p["name"]["zh"] == "李明")
    assert [x["title"]["zh"] for x in person["positions"]] == ["广州市市长"]


def test_a_countys_short_name_on_a_page_naming_it_in_full_is_that_county():
    got = _visits("5月10日，对口支援乡城县的建德市代表团一行抵达乡城。")
    assert [d for _o, d, _ in got] == ["Xiangcheng"]
    assert _visits("5月10日，建德市代表团一行抵达乡城。") == []  # named only short, with nothing to lean on


def test_a_delegation_named_alone_touring_one_side_came_from_the_other():
    rec = liaison.extract("5月10日，建德市与乡城县座谈会在乡城县召开。会前，代表团一行实地考察了乡城县青稞加工厂。",
                          published="2023-05-20")
    got = {e["type"]: ((e.get("origin") or {}).get("name", {}).get("zh"), (e.get("destination") or {}).get("name", {}).get("zh"))
           for e in rec["events"] if e["type"] in ("visit", "inspection")}
    assert got == {"visit": ("建德市", "乡城县"), "inspection": ("建德市", "乡城县")}


def test_a_version_number_is_no_date():
    doc = liaison.extract_doc("Version 2.10.2023 of the plan was adopted.", published="2023-05-20")
    assert [s.value for s in doc.layer("dates")] == []


def test_a_date_written_day_first_with_dots_is_read():
    rec = liaison.extract("Jilin Governor Hu Yuting met with Gangwon Governor Kim Jin-tae in Changchun on 10.05.2023.",
                          published="2023-05-20")
    assert [e["date"]["start"] for e in rec["events"] if e["type"] == "meeting"] == ["2023-05-10"]


def test_north_korean_provinces_and_their_peoples_committee_chairmen():
    rec = liaison.extract("5月10日，吉林省省长胡玉亭会见了朝鲜咸镜北道人民委员会委员长金成哲一行。", published="2023-05-20")
    person = next(p for p in rec["people"] if p["name"]["zh"] == "金成哲")
    assert [(x["role"], x["org_kind"], x["region"]["name"]["zh"], x["title"]["en"]) for x in person["positions"]] == [
        ("head", "government", "咸镜北道", "Chairman of the People's Committee of North Hamgyong")]
    rec = liaison.extract("全国人大常委会委员长会见了代表团。", published="2023-05-20")  # the national one stays national
    from liaison.titles import parse_zh
    assert parse_zh("全国人大常委会委员长")[0].central


def test_regions_of_central_asian_neighbours_are_known_in_both_languages():
    got = _visits("5月10日，哈萨克斯坦东哈萨克斯坦州州长率代表团访问新疆维吾尔自治区。")
    assert got == [("East Kazakhstan Region", "Xinjiang", "2023-05-10")]
    rec = liaison.extract("On May 10, a delegation from the East Kazakhstan Region of Kazakhstan visited Urumqi, Xinjiang.",
                          published="2023-05-20")
    assert [(e["origin"]["name"]["zh"], e["destination"]["name"]["zh"]) for e in rec["events"] if e["type"] == "visit"] \
        == [("东哈萨克斯坦州", "乌鲁木齐市")]
    got = _visits("5月10日，俄罗斯后贝加尔边疆区代表团访问内蒙古自治区满洲里市。")
    assert [o for o, _d, _ in got] == ["Zabaykalsky"]


def test_russian_oblasts_are_known_in_chinese_and_by_their_english_names():
    got = _visits("5月10日，俄罗斯托木斯克州州长率代表团访问黑龙江省。")
    assert got == [("Tomsk Oblast", "Heilongjiang", "2023-05-10")]
    rec = liaison.extract("On May 10, a delegation from Russia's Samara Region visited Wuhan, Hubei.", published="2023-05-20")
    assert [e["origin"]["name"] for e in rec["events"] if e["type"] == "visit"] == [
        {"zh": "萨马拉州", "en": "Samara"}]  # (the name as the English text writes it, less its type word)


def test_every_mongolian_aimag_has_its_chinese_name():
    got = _visits("5月10日，蒙古国库苏古尔省省长率代表团访问内蒙古自治区呼伦贝尔市。")
    assert got == [("Khuvsgul", "Hulunbuir", "2023-05-10")]


def test_provinces_of_vietnam_laos_and_myanmar_the_tables_lacked():
    got = _visits("5月10日，老挝川圹省省长率代表团访问云南省。")
    assert got == [("Xiangkhouang", "Yunnan", "2023-05-10")]
    rec = liaison.extract("On May 10, Governor of Vientiane Province Khamphan Sitthida led a Lao delegation to Kunming.",
                          published="2023-05-20")
    assert [e["origin"]["name"]["zh"] for e in rec["events"] if e["type"] == "visit"] == ["万象省"]


def test_the_delegation_told_before_gives_its_leaders_bare_title_its_place_and_one_trip():
    text = ("A 20-member delegation from Gyeonggi Province arrived in Shenyang on May 15 for a three-day visit. "
            "Liaoning Governor Li Lecheng met the delegation, which was led by Vice Governor Oh Hu-seok, on May 16. "
            "During his stay in Liaoning, Oh also visited Dalian.")
    assert _people_regions(text)["Oh Hu-seok"] == ["Gyeonggi"]
    got = sorted(_visits(text))
    assert got == [("Gyeonggi", "Dalian", None), ("Gyeonggi", "Shenyang", "2023-05-15")]


def test_a_signing_told_right_after_talks_is_between_the_talks_sides():
    text = ("A delegation from Gyeonggi Province arrived in Shenyang on May 15. Liaoning Governor Li Lecheng met the "
            "delegation, which was led by Vice Governor Oh Hu-seok, on May 16. The two sides signed an agreement on "
            "youth exchanges.")
    rec = liaison.extract(text, published="2023-05-20")
    signing = next(e for e in rec["events"] if e["type"] == "agreement")
    assert sorted(r["name"]["en"] for r in signing["parties"]) == ["Gyeonggi", "Liaoning"]


def test_research_stations_and_farms_are_sites():
    rec = liaison.extract("5月10日，吉林省副省长李明率团访问日本鸟取县。代表团还参观了鸟取县农业试验场和大山牧场。",
                          published="2023-05-20")
    tour = next(e for e in rec["events"] if e["type"] == "inspection")
    assert [s["zh"] for s in tour["sites"]] == ["鸟取县农业试验场", "大山牧场"]


def test_a_chijis_office_is_never_in_a_chinese_place():
    assert _positions_zh_all("5月10日，平井伸治知事一行访问了长春市。") == {"平井伸治": []}
    got = _positions_zh_all("5月10日，吉林省省长胡玉亭在长春会见了日本鸟取县知事平井伸治一行。")
    assert got["平井伸治"] == [("head", "government", "鸟取县")]


def _positions_zh_all(text):
    rec = liaison.extract(text, published="2023-05-20")
    return {p["name"]["zh"]: [(x["role"], x["org_kind"], (x.get("region") or {}).get("name", {}).get("zh"))
                              for x in p["positions"]] for p in rec["people"]}


def test_a_bare_title_leading_a_delegation_named_by_its_place_is_that_places():
    text = ("Vice Chairman of the Quang Ninh provincial People's Committee Cao Tuong Huy held talks with a delegation "
            "from Guangxi, China, in Ha Long city on May 9. The two sides agreed to develop the Mong Cai - Dongxing "
            "border gate pair. Earlier, the Guangxi delegation, led by Vice Chairman Liu Ning, visited the Mong Cai "
            "international border gate.")
    assert _people_regions(text)["Liu Ning"] == ["Guangxi"]


def test_one_holding_talks_with_a_delegation_receives_it():
    text = ("Vice Chairman of the Quang Ninh provincial People's Committee Cao Tuong Huy held talks with a delegation "
            "from Guangxi, China, in Ha Long city on May 9.")
    assert _meeting_roles_en(text) == [[("Cao Tuong Huy", "host")]]
    rec = liaison.extract(text, published="2023-05-20")
    assert len([e for e in rec["events"] if e["type"] == "visit"]) == 1  # Ha Long's province is not in the tables


def _meeting_roles_en(text):
    rec = liaison.extract(text, published="2023-05-20")
    names = {p["id"]: p["name"]["en"] for p in rec["people"]}
    return [sorted((names[x["person"]], x["role"]) for x in e["participants"]) for e in rec["events"]
            if e["type"] == "meeting"]


def test_an_office_named_without_a_name_leading_a_delegation_gives_the_trip_its_place():
    got = _visits("On May 10, the Governor of Vientiane Province, Laos, led a delegation to Kunming.")
    assert got == [("Vientiane", "Kunming", "2023-05-10")]  # (the English as the text writes it, less its type word)
    assert _visits("On May 10, the company led a delegation to Kunming.") == []  # no office, no place: no trip told

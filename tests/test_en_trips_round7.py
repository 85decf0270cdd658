"""English trips and tours (round 7, helper en3): background trips told in passing, datelines read whole,
itineraries, signers' sides, tours by a visiting delegation. Every sentence here is written for these tests."""
import liaison

PUB = "2024-05-08"


def _name(r):
    return r and (r["name"]["en"] or r["name"]["zh"])


def _events(text: str, kind: str | None = None) -> list[dict]:
    rec = liaison.extract(text, published=PUB)
    return [e for e in rec["events"] if kind is None or e["type"] == kind]


def _visits(text: str) -> list[tuple]:
    return [(_name(e["origin"]), _name(e["destination"])) for e in _events(text, "visit")]


def test_a_perfect_in_a_relative_clause_is_background():
    assert _visits("Li Ming, who has visited Wuhan, said the ties between Ohio and Hubei are strong.") == []


def test_a_counted_trip_is_background():
    got = _visits("Mayor Anna Cruz of Cebu has visited Guangzhou several times since 2015, "
                  "and she hosted a Guangzhou delegation in Cebu on Monday.")
    assert got == [("Guangzhou", "Cebu")]


def test_a_dated_trip_in_a_relative_clause_is_still_a_trip():
    assert _visits("The Hunan delegation, which arrived in Perth on Monday, met with Governor Tom Hill.") \
        == [("Hunan", "Perth")]


def _regions(text: str) -> list[tuple]:
    doc = liaison.extract_doc(text, published=PUB)
    return [(doc.text[s.start:s.end], s.value.en) for s in doc.spans.get("regions", [])]


def test_a_dateline_in_capitals_is_read_whole():
    got = _regions("LA TRINIDAD, Benguet — A delegation from Guangxi arrived on Monday.")
    assert ("LA", "LA") not in got and all(name != "Los Angeles" for _s, name in got)


def test_short_words_of_a_name_in_capitals_fold():
    got = _regions("SAN JOSE, California — A delegation from Guangdong arrived on Monday.")
    assert ("SAN JOSE", "San Jose") in got


def test_the_province_of_the_dateline():
    assert _visits("LA TRINIDAD, Benguet — A delegation from Guangxi visited the province on Monday.") \
        == [("Guangxi", "Benguet")]


def test_visited_here_is_the_dateline_place():
    assert _visits("SAN JOSE, California — A delegation from Guangdong visited here on Monday.") \
        == [("Guangdong", "San Jose")]


def test_a_capital_abbreviation_alone_stays_a_place():
    got = _regions("A delegation from Hubei visited the US on Monday.")
    assert ("US", "United States") in got


def test_stops_before_the_main_stay_are_visits_each():
    got = _visits("After stops in Boston and Chicago, the Hubei delegation spent three days in Toronto, Canada.")
    assert sorted(d for _o, d in got) == ["Boston", "Chicago", "Toronto"] and {o for o, _d in got} == {"Hubei"}


def test_spending_money_is_no_stay():
    assert _visits("The province of Hubei spent $2 million in Toronto last year.") == []


def test_a_stop_before_an_arrival_keeps_no_date_of_the_arrival():
    ev = _events("After a stop in Osaka, the Jilin delegation arrived in Niigata on May 3.", "visit")
    dates = {_name(e["destination"]): e["date"]["start"] for e in ev}
    assert dates == {"Osaka": None, "Niigata": "2024-05-03"}


def test_after_visiting_tells_the_earlier_stops():
    got = _visits("After visiting Osaka and Kyoto, the Jilin delegation arrived in Niigata on May 3.")
    assert sorted(d for _o, d in got) == ["Kyoto", "Niigata", "Osaka"]


def test_both_signers_on_behalf_of_their_sides():
    ev = _events("Vice Governor Zhang Hua signed the agreement on behalf of Hunan Province, while Mayor John Smith "
                 "signed on behalf of the city of Perth.", "agreement")
    assert len(ev) == 1 and len([p for p in ev[0]["participants"] if p["role"] == "signatory"]) == 2


def _tours(text: str) -> list[list]:
    return [[s["en"] for s in e["sites"]] for e in _events(text, "inspection")]


def test_went_around_a_site_is_a_tour():
    assert _tours("The Guangxi delegation arrived in Davao City on May 6. During the visit, the delegation went "
                  "around the Davao Fish Port Complex.") == [["Davao Fish Port Complex"]]


def test_given_a_tour_of_a_site():
    assert _tours("A delegation from Yunnan Province visited Chiang Mai on May 6. The delegates were given a tour "
                  "of the Chiang Mai Science Park.") == [["Chiang Mai Science Park"]]


def test_who_gives_the_tour_hosts_it():
    rec = liaison.extract("A delegation from Yunnan Province led by Vice Governor Li Hua visited Chiang Mai on May 6. "
                          "Governor Somchai Wong gave the delegation a tour of the Chiang Mai Science Park.", published=PUB)
    names = {p["id"]: p["name"]["en"] for p in rec["people"]}
    tour = [e for e in rec["events"] if e["type"] == "inspection"]
    assert len(tour) == 1 and ("Somchai Wong", "host") in [(names[p["person"]], p["role"]) for p in tour[0]["participants"]]


def test_observed_the_operations_of_a_site():
    assert _tours("A delegation from Yunnan Province visited Chiang Mai on May 6. They also observed the operations "
                  "of the Chiang Mai Rice Mill.") == [["Chiang Mai Rice Mill"]]


def test_who_leads_a_delegation_is_the_guest_of_whom_he_meets():
    rec = liaison.extract("Vice Governor Li Hua, who is leading a delegation from Hainan Province, met Cebu Governor "
                          "Maria Lopez on Monday.", published=PUB)
    names = {p["id"]: p["name"]["en"] for p in rec["people"]}
    meeting = [e for e in rec["events"] if e["type"] == "meeting"]
    assert [(names[p["person"]], p["role"]) for p in meeting[0]["participants"] if p["role"] == "host"] \
        == [("Maria Lopez", "host")]
    assert [(_name(e["origin"]), _name(e["destination"])) for e in rec["events"] if e["type"] == "visit"] \
        == [("Hainan", "Cebu")]


def test_officials_from_a_place_were_in_another():
    assert _visits("Officials from Hainan Province were in Cebu on Monday to explore trade opportunities.") \
        == [("Hainan", "Cebu")]


def test_a_tour_with_no_trip_told_is_made_where_the_report_is_datelined():
    rec = _events("MACTAN, Cebu — The delegation from Hainan visited the Mactan Export Processing Zone on Tuesday.")
    tours = [e for e in rec if e["type"] == "inspection"]
    assert [(_name(e["origin"]), _name(e["destination"])) for e in tours] == [("Hainan", "Cebu")]


def test_a_dateline_town_with_its_type_word_in_capitals():
    assert _visits("TACLOBAN CITY — A delegation from Hainan arrived here on Monday.") == [("Hainan", "Tacloban")]


def test_had_a_site_visit_at_a_site():
    assert _tours("The Hainan delegation arrived in Cebu on Monday. The delegation also had a site visit at the "
                  "Cebu Provincial Capitol.") == [["Cebu Provincial Capitol"]]


def test_brought_to_a_site():
    assert _tours("The Hainan delegation arrived in Cebu on Monday. The group was also brought to the Cebu "
                  "Technological University.") == [["Cebu Technological University"]]


def test_two_sites_the_parser_reads_as_one_name():
    assert _tours("The Hainan delegation toured the Cebu IT Park and Ayala Center on Monday.") \
        == [["Cebu IT Park", "Ayala Center"]]


def test_and_inside_a_sites_name_stays():
    assert _tours("A delegation from Hubei arrived in Harbin on Monday. The guests toured the "
                  "Harbin Science and Technology Museum.") == [["Harbin Science and Technology Museum"]]


def test_a_persons_surname_is_no_place_of_the_trip():
    rec = liaison.extract("Governor Maria Lopez of Cebu met Li Hua on Monday. Lopez encouraged Hainan businessmen "
                          "to visit Cebu.", published=PUB)
    places = {_name(r) for e in rec["events"] for r in [e["origin"], e["destination"]] + e["parties"] if r}
    assert "Lopez" not in places


def test_a_trip_encouraged_or_eyed_is_not_made():
    assert _visits("The mayor of Cebu encouraged Hainan businessmen to visit Cebu.") == []
    assert _visits("Hainan officials are eyeing a visit to Cebu in 2025.") == []


def test_a_planned_visit_is_not_made():
    assert _visits("The planned visit of the Hainan governor to Cebu was postponed.") == []


def test_one_stop_is_no_origin_of_the_other():
    got = _visits("Governor Jay Inslee traveled to Chengdu and Shenzhen last week.")
    assert sorted(d for _o, d in got) == ["Chengdu", "Shenzhen"] and all(o != "Chengdu" for o, _d in got)


def test_he_in_a_where_clause_of_a_mission_is_its_traveller():
    got = _visits("Washington Governor Jay Inslee returned from a week-long trade mission to China, where he "
                  "visited Sichuan and Guangdong.")
    assert sorted(got) == [("Washington", "Guangdong"), ("Washington", "Sichuan")]


_ARRIVED = "A delegation from Hainan arrived in Cebu on Monday. "


def test_tours_told_in_translated_prose():
    for s in ("The delegation came to the Cebu Science Park for investigation.",
              "The delegation walked into the Cebu Science Park to learn about its development.",
              "The delegation conducted field research at the Cebu Science Park.",
              "The delegation examined the facilities of the Cebu Science Park.",
              "The delegation studied the operation of the Cebu Science Park."):
        assert _tours(_ARRIVED + s) == [["Cebu Science Park"]], s


def test_went_deep_into_enterprises_is_a_tour_of_sites_unnamed():
    assert _tours(_ARRIVED + "The delegation went deep into enterprises and parks to learn about local industry.") \
        == [[]]


def test_a_company_form_cut_off_by_the_parser_is_no_site():
    assert _tours(_ARRIVED + "The delegation successively visited Cebu Pacific Air Co., Ltd., Mandaue Foam Industries "
                             "and the Cebu Science Park.") \
        == [["Cebu Pacific Air Co., Ltd.", "Mandaue Foam Industries", "Cebu Science Park"]]


def test_studying_a_proposal_is_no_tour():
    assert _tours(_ARRIVED + "The delegation studied the proposal of the Cebu government.") == []


def test_a_delegation_meeting_unnamed_officials_somewhere():
    ev = _events("The California delegation also met with officials in Shenzhen on Tuesday.")
    assert [(e["type"], sorted(_name(p) for p in e["parties"])) for e in ev if e["type"] == "meeting"] \
        == [("meeting", ["California", "Shenzhen"])]
    assert [(_name(e["origin"]), _name(e["destination"])) for e in ev if e["type"] == "visit"] \
        == [("California", "Shenzhen")]


def test_led_by_when_the_parser_makes_the_leader_a_subject():
    rec = liaison.extract("The Penang delegation led by Chief Minister Chow Kon Yeow arrived in Shenzhen on May 6.",
                          published=PUB)
    names = {p["id"]: p["name"]["en"] for p in rec["people"]}
    visit = [e for e in rec["events"] if e["type"] == "visit"]
    assert [(names[p["person"]], p["role"]) for p in visit[0]["participants"]] == [("Chow Kon Yeow", "leader")]


def test_discussions_with_officials_of_a_place_name_it_a_side():
    ev = _events("A Vietnamese delegation arrived in Liuzhou on May 3. Additional activities included discussions "
                 "with officials in Chongzuo.", "meeting")
    # (the trip's stop, Liuzhou, is still added as a side: a known limit)
    assert len(ev) == 1 and {"Chongzuo", "Vietnam"} <= {_name(p) for p in ev[0]["parties"]}


def test_a_dateline_names_a_place_whose_country_the_article_never_names():
    text = ("ILOILO CITY – A delegation from Guangxi visited the province on Tuesday. Governor Arthur Ramos "
            "welcomed the delegation, led by Guangxi Vice Chairman Liu Hongwu. The delegation will proceed to "
            "Bacolod City on Wednesday.")
    assert _visits(text) == [("Guangxi", "Iloilo")]
    assert ("Bacolod City", "Bacolod") in _regions(text)


_LAO_CAI = ("Lao Cai, May 10 (VNA) – Secretary of the Lao Cai provincial Party Committee Dang Xuan Phong received a "
            "delegation from China's Yunnan province led by Vice Governor Zhang Zulin on May 10.\n"
            "The Yunnan delegation also visited the Kim Thanh International Border Gate.")


def test_a_word_of_a_places_name_is_no_nationality():
    ev = _events(_LAO_CAI, "meeting")
    assert "Laos" not in {_name(p) for e in ev for p in e["parties"]}


def test_the_trips_leader_named_by_led_by_leads_its_tour():
    rec = liaison.extract(_LAO_CAI, published=PUB)
    names = {p["id"]: p["name"]["en"] for p in rec["people"]}
    tour = [e for e in rec["events"] if e["type"] == "inspection"]
    assert [(names[p["person"]], p["role"]) for p in tour[0]["participants"]] == [("Zhang Zulin", "leader")]


_FAR_EAST = ("Heilongjiang delegation visits Russia's Far East\n"
             "A delegation from Heilongjiang Province, headed by governor Liang Hong, paid a visit to Khabarovsk "
             "Territory and Amur Region from June 2 to 4.\n"
             "During the visit, Liang met with Khabarovsk Territory Governor Mikhail Petrov and Amur Region Governor "
             "Vasily Orlov respectively.\n"
             "The delegation also inspected the Tongjiang railway bridge.")


def test_a_part_of_a_place_named_by_its_owner_is_no_site():
    assert all("Far East" not in s for e in _tours(_FAR_EAST) for s in e)


def test_each_host_met_on_a_trip_of_two_stops_receives_at_home():
    rec = liaison.extract(_FAR_EAST, published=PUB)
    names = {p["id"]: p["name"]["en"] for p in rec["people"]}
    hosts = sorted(names[p["person"]] for e in rec["events"] if e["type"] == "meeting"
                   for p in e["participants"] if p["role"] == "host")
    assert hosts == ["Mikhail Petrov", "Vasily Orlov"]


_AICHI = ("NANJING, Oct 12 – Aichi Governor Hideaki Omura arrived in Nanjing on Wednesday at the head of a 50-member "
          "delegation.\nOmura also toured the Jiangsu Industrial Technology Research Institute.\n"
          "The delegation left for Suzhou on Friday.\nOmura last visited Jiangsu in 2019.")


def test_a_tour_goes_to_the_stop_told_so_far_not_to_a_trip_told_later():
    tours = [e for e in _events(_AICHI) if e["type"] == "inspection"]
    assert [(_name(e["origin"]), _name(e["destination"])) for e in tours] == [("Aichi", "Nanjing")]


def test_the_delegation_of_a_trip_told_by_its_head():
    assert ("Aichi", "Suzhou") in _visits(_AICHI)


def test_a_headline_in_title_case_is_parsed_as_a_sentence():
    assert _visits("Hainan Delegation Visits Cebu") == [("Hainan", "Cebu")]
    assert [e["type"] for e in _events("Cebu Governor Receives Hainan Delegation")] == ["meeting"]


def test_a_headline_trip_from_a_country_is_the_story_trip_from_a_place_in_it():
    text = ("Japanese Guests Visit Zhejiang Province\n"
            "Governor Taro Sato of Japan's Tochigi Prefecture and his party left Hangzhou on Tuesday, concluding "
            "their three-day visit to Zhejiang Province.")
    got = _visits(text)
    assert len(got) == 1 and got[0][0] == "Tochigi"


def test_meeting_investors_is_no_exchange_between_governments():
    assert _events("Iowa Governor Kim Reynolds met with investors in Beijing on Monday.", "meeting") == []
    assert _events("Iowa Governor Kim Reynolds met with business leaders in Beijing on Monday.", "meeting") == []


def test_meeting_a_places_leaders_is_one():
    assert len(_events("Iowa Governor Kim Reynolds met with Beijing leaders on Monday.", "meeting")) == 1


def test_a_datelines_abbreviated_state_ends_no_sentence():
    doc = liaison.extract_doc("LANSING, Mich. – Governor Anna Reed of Michigan arrived in Tokyo on Monday.",
                              published=PUB)
    assert len(doc.sentences) == 1


def test_a_dash_after_a_sentence_still_breaks():
    doc = liaison.extract_doc("The team arrived in Cebu. – The next day it left.", published=PUB)
    assert len(doc.sentences) == 2

"""English visits the frames missed (issue 12, round 7): divisions abroad named by an adjective
("the Moravian-Silesian Region"), by an English name the ISO tables lack ("Lower Saxony"), or at the
start of a passive sentence ("Bavaria was visited by …"). Every sentence here is written for these tests.
"""
import liaison

PUB = "2024-05-08"


def _name(r):
    return r and (r["name"]["en"] or r["name"]["zh"])


def _visits(text: str) -> list[tuple]:
    rec = liaison.extract(text, published=PUB)
    return [(_name(e["origin"]), _name(e["destination"])) for e in rec["events"] if e["type"] == "visit"]


def _regions(text: str) -> list[tuple]:
    doc = liaison.extract_doc(text, published=PUB)
    return [(doc.text[s.start:s.end], s.value.en, s.value.country) for s in doc.spans.get("regions", [])]


def test_adjective_of_a_czech_region_is_the_region():
    got = _regions("Yunnan Vice Governor Li Hua met with a delegation from the Moravian-Silesian Region on May 6.")
    assert ("Moravian-Silesian Region", "Moravian-Silesian", "CZ") in got


def test_adjective_with_a_compass_word():
    got = _regions("The South Moravian Region and Guizhou Province signed a memorandum in Brno.")
    assert [c for _, _, c in got][:1] == ["CZ"]


def test_adjective_of_no_division_stays_no_place():
    assert _regions("The Canadian Region of the company opened an office.") == []


def test_english_name_the_iso_table_lacks():
    assert _visits("A delegation from Lower Saxony visited Hunan on Monday.") == [("Lower Saxony", "Hunan")]


def test_division_opening_a_passive_sentence():
    assert _visits("Bavaria was visited by a delegation from Sichuan Province last week.") == [("Sichuan", "Bavaria")]


def test_adjective_region_visited_passive():
    assert _visits("The Moravian-Silesian Region was visited by an eight-member delegation from Shaanxi Province.") \
        == [("Shaanxi", "Moravian-Silesian")]


def test_visiting_the_us_state_of_a_place_is_a_trip_there():
    assert _visits("Hubei Governor Chen Ming visited the US state of Ohio on Tuesday.") == [("Hubei", "Ohio")]


def test_the_state_of_a_place_is_no_site():
    rec = liaison.extract("Hubei Governor Chen Ming visited the US state of Ohio on Tuesday.", published=PUB)
    assert [e["type"] for e in rec["events"]] == ["visit"]


def _events(text: str) -> list[tuple]:
    rec = liaison.extract(text, published=PUB)
    names = {p["id"]: p["name"]["en"] for p in rec["people"]}
    return [(e["type"], sorted((names[p["person"]], p["role"]) for p in e["participants"])) for e in rec["events"]]


def test_was_in_a_city_where_he_held_talks_is_a_visit_and_one_meeting():
    got = _events("Hunan Party Secretary Wang Gang was in Almaty, where he held talks with Akim of Almaty "
                  "Yerlan Dosaev.")
    assert got == [("visit", [("Wang Gang", "member")]),
                   ("meeting", [("Wang Gang", "attendee"), ("Yerlan Dosaev", "host")])]


def test_a_place_being_somewhere_is_no_stay():
    assert _visits("Jilin is in northeast China. In Shaanxi Province, Wisconsin is well placed to grow.") == []
    assert _visits("The two provinces are in close contact.") == []


def test_a_delegation_was_in_a_city():
    assert _visits("The Gansu delegation was in Nanjing for three days.") == [("Gansu", "Nanjing")]


def test_akim_is_a_title_never_a_person():
    rec = liaison.extract("Almaty Akim Yerlan Dosaev met with a Hunan delegation on May 6.", published=PUB)
    assert [(p["name"]["en"], p["positions"][0]["region"]["name"]["en"], p["positions"][0]["role"])
            for p in rec["people"]] == [("Yerlan Dosaev", "Almaty", "head")]


def test_deputy_akim_of_a_region():
    rec = liaison.extract("The guests were received by Deputy Akim of Almaty Region Serik Nurlanov.", published=PUB)
    assert [(p["name"]["en"], p["positions"][0]["role"]) for p in rec["people"]] == [("Serik Nurlanov", "deputy_head")]


def test_a_trip_to_a_country_went_where_its_tours_were_made():
    text = ("A delegation from Wales led by First Minister Rhodri Evans paid a visit to China last month. "
            "The delegation toured the Tianfu Software Park in Chengdu.")
    rec = liaison.extract(text, published=PUB)
    got = [(e["type"], _name(e["origin"]), _name(e["destination"])) for e in rec["events"]]
    assert got == [("visit", "Wales", "Chengdu"), ("inspection", "Wales", "Chengdu")]


def test_the_side_of_a_country_trip_is_the_province_that_met_there():
    text = ("The trip to North Korea by the governor of China's Jilin province comes as trade grows. "
            "The governor of Jilin province met with a North Korean trade official in Pyongyang last week.")
    assert _visits(text) == [("Jilin", "Pyongyang")]


def test_a_country_trip_with_no_talks_inside_stays_the_country():
    assert _visits("A delegation from Hebei Province paid a visit to Japan in May.") == [("Hebei", "Japan")]


def _dates(text: str, published=None) -> list[tuple]:
    rec = liaison.extract(text, published=published)
    return [(e["type"], e["date"]["start"]) for e in rec["events"]]


def test_a_dateline_with_its_year_anchors_a_weekday_without_publication_date():
    text = "LANZHOU, May 7, 2024 (Xinhua) -- Gansu Governor Ren Zhen met with a delegation from Saxony in Lanzhou on Monday."
    assert ("meeting", "2024-05-06") in _dates(text)


def test_a_dateline_date_stays_the_date_of_an_undated_lead():
    text = "LANZHOU, May 7, 2024 (Xinhua) -- Gansu Governor Ren Zhen met with a delegation from Saxony in Lanzhou."
    assert ("meeting", "2024-05-07") in _dates(text)


def _positions(text: str) -> list[tuple]:
    rec = liaison.extract(text, published=PUB)
    return [(p["name"]["en"], q["role"], q["region"] and q["region"]["name"]["en"])
            for p in rec["people"] for q in p["positions"]]


def test_khokim_spelling():
    assert _positions("The visitors were welcomed by Shavkat Rahimov, khokim of Samarkand region.") \
        == [("Shavkat Rahimov", "head", "Samarkand")]


def test_metropolitan_city_is_a_type_word():
    assert _positions("The delegation was led by Mr. Lee Chang-ho, Vice Mayor of Busan Metropolitan City.") \
        == [("Lee Chang-ho", "deputy_head", "Busan")]


def test_a_welcomed_visit_went_where_they_met():
    text = ("On May 11, Hunan Party Secretary Wang Gang met with Karl Weber, the Minister-President of Saxony, "
            "in Changsha, Hunan. Wang Gang welcomed the visit of Karl Weber and his delegation.")
    assert _visits(text) == [("Saxony", "Changsha")]


def test_a_visit_the_travel_word_places_keeps_its_place():
    text = ("Karl Weber, the Minister-President of Saxony, paid a visit to Hunan from May 10 to 12. "
            "Hunan Party Secretary Wang Gang met with him in Changsha on May 11.")
    assert _visits(text) == [("Saxony", "Hunan")]


def test_a_region_hosting_a_delegation_is_its_trip_there():
    text = "The Moravian-Silesian Region hosted a delegation from Shanxi Province led by Vice Governor Zhang Fuming."
    assert _visits(text) == [("Shanxi", "Moravian-Silesian")]


def test_a_region_hosting_a_forum_is_no_trip():
    assert _visits("Gansu hosted the China-Saxony forum in May.") == []


def test_visiting_opening_the_sentence_marks_the_guest():
    got = _events("Visiting Saxony Minister-President Karl Weber met with Gansu Governor Ren Zhen on Monday.")
    assert got == [("visit", [("Karl Weber", "member")]),
                   ("meeting", [("Karl Weber", "attendee"), ("Ren Zhen", "host")])]


def test_a_division_before_minister_president_is_a_place():
    assert ("Saxony", "Saxony", "DE") in _regions("Visiting Saxony Minister-President Karl Weber met the guests.")


def test_an_undated_province_trip_beside_a_stop_inside_it_is_that_stop():
    text = ("A delegation from Saxony led by Minister-President Karl Weber paid a visit to Hubei Province. "
            "The delegation arrived in Wuhan, where it met with Mayor Sheng Yuchun.")
    assert _visits(text) == [("Saxony", "Wuhan")]


def test_a_dated_province_trip_stays_beside_its_stops():
    text = ("A delegation from Saxony led by Minister-President Karl Weber paid a visit to Hubei Province from May 3 "
            "to 5. The delegation arrived in Wuhan, where it met with Mayor Sheng Yuchun.")
    assert sorted(_visits(text)) == [("Saxony", "Hubei"), ("Saxony", "Wuhan")]


def test_participating_in_activities_is_no_attendance():
    text = ("Gansu Governor Ren Zhen met with a delegation from Saxony on Monday. "
            "Vice Governor Li Hua participated in the programme.")
    got = _events(text)
    assert ("Li Hua", "attendee") not in [x for _t, ps in got for x in ps]


def test_participating_in_the_talks_is_attendance():
    text = ("Gansu Governor Ren Zhen held talks with a delegation from Saxony on Monday. "
            "Vice Governor Li Hua participated in the talks.")
    got = _events(text)
    assert ("Li Hua", "attendee") in [x for _t, ps in got for x in ps]


def test_someone_quoted_from_a_third_place_does_not_attend():
    text = ("Gansu Governor Ren Zhen held talks with Saxony Minister-President Karl Weber in Lanzhou on Monday. "
            "Hubei Vice Governor Li Hua said the two provinces could learn from each other.")
    got = _events(text)
    meeting = [ps for t, ps in got if t == "meeting"][0]
    assert ("Li Hua", "attendee") not in meeting


def test_words_about_a_signing_were_spoken_at_the_meeting():
    text = ("Gansu Governor Ren Zhen held talks with Saxony Minister-President Karl Weber in Lanzhou on Monday. "
            "Weber said that the two provinces signed a cooperation agreement on Monday.")
    rec = liaison.extract(text, published=PUB)
    names = {p["id"]: p["name"]["en"] for p in rec["people"]}
    speakers = {e["type"]: [names[p["person"]] for p in e["participants"] if p["role"] == "speaker"]
                for e in rec["events"]}
    assert speakers == {"meeting": ["Karl Weber"], "agreement": []}


def test_inspecting_a_plant_away_from_home_is_a_trip_with_its_tour():
    rec = liaison.extract("Minister-President Karl Weber of Saxony inspected the Dongfeng Motor plant in Wuhan on Monday.",
                          published=PUB)
    got = [(e["type"], _name(e["origin"]), _name(e["destination"]), [s["en"] for s in e["sites"]])
           for e in rec["events"]]
    assert got == [("visit", "Saxony", "Wuhan", []), ("inspection", "Saxony", "Wuhan", ["Dongfeng Motor plant"])]


def test_inspecting_a_plant_at_home_is_no_trip():
    rec = liaison.extract("Hubei Governor Wang Zhonglin inspected the Dongfeng Motor plant in Wuhan on Monday.",
                          published=PUB)
    assert rec["events"] == []


def test_shown_around_a_site_by_a_host():
    text = ("Saxony Minister-President Karl Weber is on a visit to China. "
            "On Monday, he was shown around the Wuhan Optics Valley by Hubei Vice Governor Li Hua.")
    rec = liaison.extract(text, published=PUB)
    names = {p["id"]: p["name"]["en"] for p in rec["people"]}
    tour = [e for e in rec["events"] if e["type"] == "inspection"][0]
    assert [s["en"] for s in tour["sites"]] == ["Wuhan Optics Valley"]
    assert ("Li Hua", "host") in [(names[p["person"]], p["role"]) for p in tour["participants"]]


def test_a_trip_in_a_relative_clause_takes_no_date_of_the_main_clause():
    text = "Saxony Minister-President Karl Weber, who visited Gansu, signed an agreement with Gansu Governor Ren Zhen on May 6."
    assert _dates(text, PUB) == [("visit", None), ("agreement", "2024-05-06")]


def test_a_trip_of_stated_length_keeps_the_day_it_ended():
    text = "Governor Anna Berg of Ohio and her party left here Tuesday, concluding their three-day visit to Hubei Province."
    assert _dates(text, PUB) == [("visit", "2024-05-05")]


def test_on_a_visit_the_day_is_the_meetings():
    text = "Saxony Minister-President Karl Weber, on a visit to Gansu, met with Gansu Governor Ren Zhen on May 6."
    assert _dates(text, PUB) == [("visit", None), ("meeting", "2024-05-06")]


def test_a_visit_with_its_own_dates_keeps_them():
    text = "During a visit to Gansu from May 3 to 6, Saxony Minister-President Karl Weber met with Governor Ren Zhen."
    assert ("visit", "2024-05-03") in _dates(text, PUB)

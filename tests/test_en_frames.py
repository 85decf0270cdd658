"""English event frames read from the dependency parse: one family of construction per test, sentences written
for this project (issue 12)."""
from __future__ import annotations

import pytest

import liaison
from liaison.testing import roles_of

PUB = "2024-06-07"  # a Friday


def rec(text: str) -> dict:
    return liaison.extract(text, published=PUB)


def events(r: dict, type_: str) -> list[dict]:
    return [e for e in r["events"] if e["type"] == type_]


def roles(r: dict, e: dict) -> set[tuple[str, str]]:
    return roles_of(r, e, ("en",))


def sides(e: dict) -> set[str]:
    if e["type"] in ("visit", "inspection"):
        return {e["origin"]["name"]["en"], "->" + e["destination"]["name"]["en"]}
    return {p["name"]["en"] for p in e["parties"]}


def test_two_talks_with_two_counterparts_on_two_days():
    r = rec("Governor Tom Baker of Ohio held talks with Henan's commerce department on May 15 and with Hubei's "
            "agriculture department on May 17.")
    got = sorted((e["date"]["start"], tuple(sorted(sides(e)))) for e in events(r, "meeting"))
    assert got == [("2024-05-15", ("Henan", "Ohio")), ("2024-05-17", ("Hubei", "Ohio"))]


def test_a_delegation_received_implies_its_visit():
    r = rec("Jilin Governor Li Ming received a Gansu provincial delegation headed by Zhao Jun on Tuesday.")
    (visit,) = events(r, "visit")
    assert sides(visit) == {"Gansu", "->Jilin"} and ("Zhao Jun", "leader") in roles(r, visit)
    (meeting,) = events(r, "meeting")
    assert roles(r, meeting) == {("Li Ming", "host"), ("Zhao Jun", "attendee")}
    assert meeting["date"]["start"] == "2024-06-04"  # Tuesday before the Friday of publication
    assert visit["date"]["start"] is None  # the day they met is not the trip's


def test_several_stops_are_one_visit_each():
    r = rec("The Yunnan delegation led by Governor Wang Yu stopped in several cities including Hanoi, Da Nang and Hue.")
    assert sorted(e["destination"]["name"]["en"] for e in events(r, "visit")) == ["Da Nang", "Hanoi", "Hue"]
    assert all(("Wang Yu", "leader") in roles(r, e) for e in events(r, "visit"))


def test_during_their_stay_names_the_visit_and_its_tour():
    r = rec("During their stay in Osaka, the officials from Fujian met Governor Ken Sato and toured the Kansai "
            "Science Park.")
    assert [sides(e) for e in events(r, "visit")] == [{"Fujian", "->Osaka"}]
    (ins,) = events(r, "inspection")
    assert ins["sites"] == [{"zh": None, "en": "Kansai Science Park"}]


@pytest.mark.parametrize("text", [
    "Governor Li Ming of Jilin will visit Niigata Prefecture next month and is expected to sign a friendship agreement.",
    "A delegation from Gansu Province plans to visit Ohio in September.",
    "Ohio and Henan are scheduled to sign a memorandum on trade at the forum.",
])
def test_planned_events_are_no_events(text):
    assert rec(text)["events"] == []


def test_received_by_in_the_passive_makes_the_agent_host():
    r = rec("The delegation from Shandong Province was received by Ohio Governor Ann Brook on March 3.")
    (meeting,) = events(r, "meeting")
    assert ("Ann Brook", "host") in roles(r, meeting) and sides(meeting) == {"Ohio", "Shandong"}


def test_he_said_is_the_previous_sentences_subject():
    r = rec("Hebei Governor Wang Tao met with Governor Kim Soo of Gyeonggi Province in Shijiazhuang on May 4. "
            "He said the two provinces would expand trade.")
    (meeting,) = events(r, "meeting")
    assert ("Wang Tao", "speaker") in roles(r, meeting) and ("Kim Soo", "speaker") not in roles(r, meeting)


def test_signed_on_behalf_of_with_a_counterpart():
    r = rec("Vice Governor Liu Ping signed the memorandum on behalf of Hainan Province with Chiang Mai Governor "
            "Somchai Lee on June 2.")
    (a,) = events(r, "agreement")
    assert roles(r, a) == {("Liu Ping", "signatory"), ("Somchai Lee", "signatory")}
    assert sides(a) == {"Hainan", "Chiang Mai"} and a["date"]["start"] == "2024-06-02"


def test_officials_of_two_places_sign_for_both():
    r = rec("Officials of Guizhou and Queensland inked a tourism memorandum in Guiyang on May 3.")
    (a,) = events(r, "agreement")
    assert sides(a) == {"Guizhou", "Queensland"}


def test_shown_around_a_site_is_an_inspection():
    r = rec("In Busan, the guests from Jiangsu were shown around the Busan New Port on Friday.")
    (ins,) = events(r, "inspection")
    assert sides(ins) == {"Jiangsu", "->Busan"} and ins["sites"] == [{"zh": None, "en": "Busan New Port"}]


def test_respectively_met_is_one_meeting_per_host():
    r = rec("Governor Ken Sato of Osaka and Governor Mika Ito of Kyoto respectively met with the delegation from "
            "Henan Province.")
    hosts = sorted(n for e in events(r, "meeting") for n, role in roles(r, e) if role == "host")
    assert hosts == ["Ken Sato", "Mika Ito"]


def test_a_courtesy_call_is_a_meeting_with_the_one_called_on_as_host():
    r = rec("Governor Tom Hill of Idaho paid a courtesy call on Jilin Governor Li Ming in Changchun on June 5.")
    (meeting,) = events(r, "meeting")
    assert roles(r, meeting) == {("Li Ming", "host"), ("Tom Hill", "attendee")}
    assert [sides(v) for v in events(r, "visit")] == [{"Idaho", "->Changchun"}]


def test_a_since_clause_does_not_date_the_meeting():
    r = rec("Zhejiang Governor Chai Wen met with Governor Ken Sato of Osaka in Hangzhou. While meeting him, Chai praised "
            "the ties between the two sides since they became sister provinces in October 1993.")
    (meeting,) = events(r, "meeting")
    assert meeting["date"]["start"] is None


def test_a_list_of_attendees_the_parser_splits_counts_whole():
    r = rec("On May 9, a forum of Shanxi and Victoria was held in Taiyuan. Mr. Li Hong, Governor of Shanxi, Mme. "
            "Ann Gray, Minister of Trade of Victoria, and Mr. Zhao Min, Vice Governor of Shanxi, attended the forum.")
    (meeting,) = events(r, "meeting")
    assert {("Li Hong", "attendee"), ("Ann Gray", "attendee"), ("Zhao Min", "attendee")} <= roles(r, meeting)


def test_those_named_along_with_their_delegation_lead_it_and_an_adjective_accompanies_nobody():
    r = rec("Mayor Tian Hong of Harbin and Vice Mayor Li Wen along with their accompanying delegation have visited "
            "Khabarovsk Krai.")
    (visit,) = events(r, "visit")
    assert roles(r, visit) == {("Tian Hong", "leader"), ("Li Wen", "leader")}


def test_welcoming_the_visit_of_a_guest_tells_the_visit_to_the_welcomers_region():
    r = rec("Jilin Governor Li Ming met with Pierre Morel, President of the Brittany Regional Council, in Changchun "
            "on Monday. Li Ming welcomed the visit of Pierre Morel and his delegation.")
    (visit,) = events(r, "visit")
    assert visit["destination"]["name"]["en"] in ("Jilin", "Changchun")
    assert roles(r, visit) == {("Pierre Morel", "leader")}  # the welcomer did not travel


def test_those_who_attended_the_meeting_attend_the_meeting_told_before():
    r = rec("Jilin Governor Li Ming met with Pierre Morel, President of the Brittany Regional Council, in Changchun "
            "on Monday. Vice Governor Zhang Hua and Anne Blanc, a member of the council, attended the meeting.")
    (meeting,) = events(r, "meeting")
    assert {("Zhang Hua", "attendee"), ("Anne Blanc", "attendee"), ("Li Ming", "host")} <= roles(r, meeting)


def test_a_chinese_official_named_again_by_family_name_alone_speaks():
    r = rec("The third meeting of the cooperation council of the Yangtze River and the Volga region took place in "
            "Nanchang on Wednesday. Wang Yifeng, Vice Premier, and Russian envoy Pavel Sorokin attended the meeting. "
            "Wang said China is willing to deepen cooperation. Sorokin said Russia is ready to expand trade.")
    (meeting,) = events(r, "meeting")
    assert {("Wang Yifeng", "speaker"), ("Pavel Sorokin", "speaker")} <= roles(r, meeting)


def test_a_shared_family_name_alone_names_nobody():
    r = rec("Wang Yifeng, Vice Premier, and Wang Dong, Governor of Jiangxi Province, attended the meeting of the "
            "cooperation council in Nanchang on Wednesday. Wang said China is willing to deepen cooperation.")
    (meeting,) = events(r, "meeting")
    assert not any(role == "speaker" for _n, role in roles(r, meeting))


def test_every_subject_of_attended_and_spoke_spoke():
    r = rec("The second forum of local leaders was held in Sofia on October 20. Mr. Boris Ivanov, Minister of "
            "Economy of Bulgaria, and Mme. Chen Hong, President of the association, attended the forum and "
            "delivered speeches respectively.")
    (meeting,) = events(r, "meeting")
    assert {("Boris Ivanov", "speaker"), ("Chen Hong", "speaker")} <= roles(r, meeting)


def test_a_region_visited_by_a_delegation_in_the_passive_is_the_destination():
    r = rec("The Brittany Region was visited by a seven-member delegation from Jilin Province, led by Vice "
            "Governor Zhang Ming, on Monday.")
    (visit,) = events(r, "visit")
    assert sides(visit) == {"Jilin", "->Brittany"}
    assert roles(r, visit) == {("Zhang Ming", "leader")}


def test_who_led_a_delegation_leads_it_from_their_own_region():
    r = rec("Governor Li Ming of Jilin Province led a delegation to Hokkaido, Japan, on Monday.")
    (visit,) = events(r, "visit")
    assert sides(visit) == {"Jilin", "->Hokkaido"}
    assert roles(r, visit) == {("Li Ming", "leader")}


def test_the_traveller_who_met_someone_at_home_there_is_the_guest():
    r = rec("During his visit to Vietnam, Jilin Governor Li Ming met with Nguyen Van Nam, Chairman of the "
            "People's Committee of Quang Ninh Province, on Monday.")
    (meeting,) = events(r, "meeting")
    assert roles(r, meeting) == {("Nguyen Van Nam", "host"), ("Li Ming", "attendee")}


def test_talks_held_in_the_counterparts_city_are_hosted_by_the_counterpart():
    r = rec("Mayor Anna Schmidt of Hamburg held talks with Shanghai Mayor Gong Zheng in Shanghai on Monday.")
    (meeting,) = events(r, "meeting")
    assert roles(r, meeting) == {("Gong Zheng", "host"), ("Anna Schmidt", "attendee")}


def test_he_in_a_where_clause_is_the_traveller_of_the_main_clause():
    r = rec("Jilin Governor Li Ming travelled to Ulaanbaatar on Monday, where he met Mongolian Deputy Prime "
            "Minister Bat Erdene.")
    (meeting,) = events(r, "meeting")
    assert roles(r, meeting) == {("Bat Erdene", "host"), ("Li Ming", "attendee")}


def test_a_delegation_of_several_localities_comes_from_their_country_and_the_dateline_is_no_origin():
    r = rec("GUANGXI - Deputy Minister of Foreign Affairs Tran Van Minh has led a delegation of four Vietnamese "
            "localities - Ca Mau, Ninh Binh, Nam Dinh and Vinh Long - to pay an official visit to China's Guangxi.")
    (visit,) = events(r, "visit")
    assert sides(visit) == {"Vietnam", "->Guangxi"}
    assert roles(r, visit) == {("Tran Van Minh", "leader")}


def test_met_with_two_counterparts_respectively_is_two_meetings():
    r = rec("Governor Sato Ken of Hokkaido met with Jilin Governor Li Ming and Changchun Mayor Wang Hua "
            "respectively on Monday.")
    assert sorted(len(e["participants"]) for e in events(r, "meeting")) == [2, 2]
    r = rec("On Monday, Governor Sato Ken of Hokkaido held separate talks with Jilin Governor Li Ming and "
            "Changchun Mayor Wang Hua.")
    assert len(events(r, "meeting")) == 2


def test_welcomed_a_guest_to_a_city_is_the_guests_visit_there():
    r = rec("Jilin Governor Li Ming welcomed Governor Sato Ken of Hokkaido to Changchun on Monday.")
    (visit,) = events(r, "visit")
    assert sides(visit) == {"Hokkaido", "->Changchun"}
    assert ("Sato Ken", "member") in roles(r, visit)


def test_a_named_kind_of_event_attended_is_a_meeting_and_related_events_are_not():
    r = rec("Jilin Governor Li Ming and Governor Sato Ken of Hokkaido attended a trade promotion event in "
            "Changchun on Monday.")
    (meeting,) = events(r, "meeting")
    assert roles(r, meeting) == {("Li Ming", "attendee"), ("Sato Ken", "attendee")}
    r = rec("Jilin Governor Li Ming met Governor Sato Ken of Hokkaido in Changchun on Monday. Sato also "
            "attended related events.")
    assert len(events(r, "meeting")) == 1


def test_two_documents_signed_together_are_two_signings_between_the_signers_regions():
    r = rec("Governor Sato Ken of Hokkaido and Jilin Governor Li Ming signed a letter of intent and an action "
            "plan on tourism in Changchun on Monday.")
    signings = events(r, "agreement")
    assert len(signings) == 2
    for a in signings:
        assert sides(a) == {"Jilin", "Hokkaido"}
        assert roles(r, a) == {("Li Ming", "signatory"), ("Sato Ken", "signatory")}


def test_a_banquet_hosted_for_a_guest_has_the_guest_attend():
    r = rec("Jilin Governor Li Ming hosted a banquet for Governor Sato Ken of Hokkaido in Changchun on Monday.")
    (meeting,) = events(r, "meeting")
    assert roles(r, meeting) == {("Li Ming", "host"), ("Sato Ken", "attendee")}


def test_the_dateline_tells_who_is_at_home_when_nothing_else_does():
    r = rec("Hamburg: Mayor Anna Schmidt has met with the Governor of Jilin, Mr Li Ming, to discuss trade.\n"
            "Ms Schmidt said Hamburg had long ties with Jilin.")
    (meeting,) = events(r, "meeting")
    assert {("Anna Schmidt", "host"), ("Li Ming", "attendee")} <= roles(r, meeting)


def test_speeches_at_a_ceremony_where_documents_were_signed_are_the_meetings():
    r = rec("A conference on trade cooperation between Jilin and Gangwon was held in Changchun on Monday. "
            "Li Ming, governor of Jilin, and Park Min-ho, governor of Gangwon, delivered speeches at the opening "
            "ceremony, where five cooperation agreements and a joint declaration were signed.")
    (meeting,) = events(r, "meeting")
    assert {("Li Ming", "speaker"), ("Park Min-ho", "speaker")} <= roles(r, meeting)
    assert all(not roles(r, a) & {("Li Ming", "speaker")} for a in events(r, "agreement"))
    assert len(events(r, "agreement")) == 2


def test_a_document_named_again_among_several_is_the_same_signing():
    r = rec("Li Ming, governor of Jilin, and Park Min-ho, governor of Gangwon, sign a joint declaration in "
            "Changchun on Monday.\nAt the ceremony, five cooperation agreements between Jilin and Gangwon and a joint "
            "declaration were signed.")
    assert len(events(r, "agreement")) == 2


def test_a_statement_in_the_first_person_is_its_authors():
    r = rec("Carys Evans, First Minister of Wales\n\nI have recently returned from a visit to China. In Changchun I met "
            "Governor Li Ming of Jilin, and I signed a new Friendship Agreement between Wales and Jilin.")
    (visit,) = [v for v in events(r, "visit")]
    assert roles(r, visit) == {("Carys Evans", "member")}
    (signing,) = events(r, "agreement")
    assert ("Carys Evans", "signatory") in roles(r, signing)


def test_i_names_nobody_without_an_author_line():
    r = rec("Jilin Governor Li Ming met Governor Sato Ken of Hokkaido in Changchun on Monday. \"I signed many "
            "agreements,\" a businessman said.")
    assert all(("Li Ming", "signatory") not in roles(r, a) for a in events(r, "agreement"))


def test_a_delegation_led_at_a_conference_went_where_the_conference_was():
    r = rec("The 2019 Joint Conference of the delta region was held in Nanchang, Jiangxi, on Monday. The Chief "
            "Executive, Mr John Lee, led the Hong Kong Special Administrative Region Government delegation at the "
            "Joint Conference.")
    (visit,) = events(r, "visit")
    assert sides(visit) == {"Hong Kong", "->Nanchang"}
    assert roles(r, visit) == {("John Lee", "leader")}


def test_a_delegation_told_with_no_place_went_to_the_datelines():
    r = rec("WELLINGTON -- A Chinese provincial delegation signed a new agreement with the Mayors of the Wellington "
            "region on Thursday.\nThe 180-strong delegation, from the coastal province of Zhejiang, was led by "
            "Zhejiang Governor Wang Li.")
    (visit,) = events(r, "visit")
    assert sides(visit) == {"Zhejiang", "->Wellington"}
    assert roles(r, visit) == {("Wang Li", "leader")}


def test_an_agreement_described_by_its_sides_has_no_title_and_a_clause_is_no_part_of_one():
    r = rec("Jilin Governor Li Ming and Governor Sato Ken of Hokkaido signed a new Co-operation Agreement between the "
            "Jilin Government and the Hokkaido Government, which supersedes the previous Agreement signed in 2018.")
    (signing,) = events(r, "agreement")
    assert signing["title"] is None
    r = rec("Jilin Governor Li Ming and Governor Sato Ken of Hokkaido signed the Jilin-Hokkaido Green Energy "
            "Partnership Charter, which replaces an earlier plan.")
    (signing,) = events(r, "agreement")
    assert signing["title"]["en"] == "Jilin-Hokkaido Green Energy Partnership Charter"


def test_talks_with_the_same_counterpart_on_an_earlier_occasion_are_another_meeting():
    r = rec("On June 3, Gangwon Governor Kim Jin-tae met with Jilin Party Secretary Li Ming in Gangwon. "
            "During his visit to Jilin Province last October, Governor Kim met with Party Secretary Li to discuss "
            "cooperation. \"It is good to see you again,\" said Governor Kim, who hoped to expand tourism exchanges.")
    meetings = sorted(events(r, "meeting"), key=lambda e: e["date"]["start"])
    assert [m["date"]["start"] for m in meetings] == ["2023-10", "2024-06-03"]
    earlier, now = meetings
    assert ("Li Ming", "host") in roles(r, earlier) and ("Kim Jin-tae", "attendee") in roles(r, earlier)
    assert ("Kim Jin-tae", "host") in roles(r, now) and ("Kim Jin-tae", "speaker") in roles(r, now)
    assert "tourism_culture" in now["fields"] and not earlier["fields"]


def test_a_trip_of_an_earlier_year_and_this_trips_stop_at_the_same_place_are_two_visits():
    r = liaison.extract("Governor Jim Miller of Oregon on Tuesday signed a trade agreement with Shaanxi Governor Zhao "
                        "Li. Miller previously visited Xi'an on a trade mission in 2007. Miller and several aides are "
                        "visiting four cities - Beijing, Nanchang, Xi'an and Shanghai - and return Friday.",
                        published="2010-09-28")
    xian = sorted((e["date"]["start"] or "") for e in events(r, "visit") if sides(e) & {"->Xi'an"})
    assert xian == ["", "2007"]


def test_a_named_agreement_before_a_lower_case_noun_and_the_agreement_told_again():
    r = rec("HAMBURG -- A delegation from Jilin Province arrived in Hamburg on Monday and signed a partnership "
            "agreement with the city. The delegation also signed a Hamburg Port and Logistics Cooperation Projects agreement. "
            "Mayor Anna Schmidt and Governor Li Ming signed the agreement at the Town Hall.")
    signings = events(r, "agreement")
    titled = [a for a in signings if a["title"]]
    assert [a["title"]["en"] for a in titled] == ["Hamburg Port and Logistics Cooperation Projects"]
    untitled = [a for a in signings if not a["title"]]
    assert len(untitled) == 1 and ("Anna Schmidt", "signatory") in roles(r, untitled[0])


def test_a_family_name_after_a_full_name_with_a_suffix():
    r = liaison.extract("Governor Edmund G. Brown Jr. last week signed an agreement with Guangdong Province. Last "
                        "year, Governor Brown visited Guangdong's capital city of Guangzhou.", published="2014-07-20")
    (visit,) = events(r, "visit")
    assert roles(r, visit) == {("Edmund G. Brown Jr.", "member")}


def test_those_who_respectively_met_with_the_delegation_met_its_leader():
    r = rec("The seventh Chinese governors' delegation, with Li Ming, vice governor of Jilin Province, as the head, "
            "paid a one-week goodwill visit to Tokyo, Fukuoka and Oita. During the delegation's stay in Japan, "
            "Hiroshi Tanaka, vice foreign minister, Kenji Sato, vice minister of agriculture, and governors of "
            "Fukuoka and Oita respectively met with the delegation.")
    meetings = events(r, "meeting")
    # the two named hosts' meetings, and (round 7) one with each place whose governor is named with no name
    assert len(meetings) == 4
    assert all(("Li Ming", "attendee") in roles(r, m) for m in meetings)

"""English positions of people, written for this round (no corpus text): single-word titles before a name,
long ministerial titles, names the model tags as places or bodies, and the region an office belongs to."""
from liaison.testing import positions_by_name


def _positions(text):
    return positions_by_name(text, "2024-05-10", place=("en",), keys=("en",))


def test_a_one_word_legislator_title_before_a_name_is_a_position():
    got = _positions("A trade delegation from Hubei arrived in Sacramento, California. "
                     "Assemblywoman Rosa Delgado met with the delegation on Monday.")
    assert got.get("Rosa Delgado") == [("other", "congress", "California")]


def test_a_city_legislator_title_before_a_name_is_a_position():
    got = _positions("Officials from Jiangsu visited Toronto, Ontario, last week. "
                     "Councilwoman Helen Brookfield welcomed the visitors at City Hall.")
    assert got.get("Helen Brookfield") == [("other", "congress", "Toronto")]
    got = _positions("Alderman Peter Kowalczyk of Chicago hosted a lunch for the Shenyang delegation.")
    assert got.get("Peter Kowalczyk") == [("other", "congress", "Chicago")]


def test_a_given_name_that_is_also_a_place_after_a_long_minister_title_is_a_person():
    # "Vic" is also Victoria's short form: after the title and before one more name word it is a given name
    got = _positions("Officials from Sichuan arrived in Toronto. "
                     "Ontario Minister of Economic Development Vic Marchetti met the delegation on Monday.")
    assert got.get("Vic Marchetti") == [("head", "government_department", "Ontario")]


def test_a_sentence_opening_on_a_place_and_its_minister_then_the_name_between_commas():
    got = _positions("Ontario's Minister of Agriculture, Joan Whitfield, met with officials from Jiangsu.")
    assert got.get("Joan Whitfield") == [("head", "government_department", "Ontario")]


def test_a_deputy_chief_of_mission_is_a_diplomat_of_the_embassy_s_country():
    got = _positions("Deputy Chief of Mission Clara Holmberg of the Swedish Embassy in Beijing attended the event.")
    assert got.get("Clara Holmberg") == [("other", "government", "Sweden")]
    got = _positions("Tom Ridley, Deputy Chief of Mission of the Australian Embassy in Beijing, attended the event.")
    assert got.get("Tom Ridley") == [("other", "government", "Australia")]


def test_a_member_of_a_house_of_representatives_sits_in_a_legislature():
    got = _positions("The visitors were welcomed by Dale Hutton, a member of the U.S. House of Representatives "
                     "from Ohio.")
    assert got.get("Dale Hutton") == [("other", "congress", "Ohio")]


def test_a_name_the_model_takes_for_a_body_is_a_person_before_said():
    # the small English model tags these names ORG when nothing before them says "person"
    assert "Quinn Harcastle" in _positions("Quinn Harcastle said the ties between Indiana and Hebei were important.")


def test_an_apposition_opening_on_the_office_s_place_after_an_article():
    got = _positions("The Fujian delegation met Glen Harwick, an Oregon state senator.")
    assert got.get("Glen Harwick") == [("other", "congress", "Oregon")]


def test_a_place_written_as_the_city_of_x_after_the_name_is_the_office_s_place():
    got = _positions("Councillor Wendy Lowther of the City of Brantwood greeted the Xiamen delegation.")
    assert got.get("Wendy Lowther") == [("other", "congress", "Brantwood")]


_MONGOL_LEAD = ("Choibalsan /MONTSAME/. Officials of Dornod and Sukhbaatar aimags of Mongolia and of Hulunbuir city of "
                "China met on May 3. ")


def test_a_minister_whose_title_lists_fields_with_commas_before_a_mongolian_name():
    got = _positions(_MONGOL_LEAD + "The talks were attended by parliament member and Minister of Roads, Transport "
                     "and Development D.Gantulga, Governor of Dornod aimag B.Tumen and others.")
    assert got.get("D.Gantulga") == [("other", "congress", "Mongolia"), ("head", "government_department", "Mongolia")]
    assert got.get("B.Tumen") == [("head", "government", "Dornod")]


def test_a_chief_of_a_consulate_abroad_is_a_diplomat_of_the_sending_country():
    got = _positions("Acting Chief of Consulate General of Mongolia in Hohhot, China T.Enkhjin attended the meeting.")
    assert got.get("T.Enkhjin") == [("other", "government", "Mongolia")]
    got = _positions("Consul General of Mongolia in Hohhot E.Saran attended the meeting.")
    assert got.get("E.Saran") == [("other", "government", "Mongolia")]


def test_head_of_the_delegation_after_a_name_is_no_office():
    got = _positions("Zhou Minghua, vice governor of Hunan Province, led the delegation. "
                     "During the talks, Zhou Minghua, head of the delegation, spoke highly of the ties.")
    assert got.get("Zhou Minghua") == [("deputy_head", "government", "Hunan")]


def test_a_name_after_the_head_of_a_republic_named_with_the_article():
    got = _positions("Head of the Republic of Buryatia Pavel Sidorenko met the Inner Mongolia delegation.")
    assert got.get("Pavel Sidorenko") == [("head", "government", "Republic of Buryatia")]


def test_a_provincial_legislator_s_abbreviation_is_a_title_not_part_of_the_name():
    got = _positions("Alberta MLA Gregory Hinsdale met the delegation from Heilongjiang in Edmonton.")
    assert got.get("Gregory Hinsdale") == [("other", "congress", "Alberta")]
    got = _positions("Ontario MPP Laura Fincham welcomed the Jiangsu delegation in Toronto.")
    assert got.get("Laura Fincham") == [("other", "congress", "Ontario")]


def test_a_caption_after_photo_names_who_is_shown_not_a_photographer():
    got = _positions("Photo: Gregory Hinsdale, Minister of Trade of Alberta, shakes hands with Li Ming.")
    assert got.get("Gregory Hinsdale") == [("head", "government_department", "Alberta")]
    assert "Gregory Hinsdale" not in _positions("Photo: Gregory Hinsdale\n\nLi Ming met the guests from Alberta.")


def test_its_department_after_a_party_committee_is_that_committee_s_department():
    got = _positions("Qiao Lanfang, a member of the Standing Committee of the CPC Hunan Provincial Committee and head "
                     "of its Publicity Department, attended the meeting.")
    assert got.get("Qiao Lanfang") == [("standing_member", "party_committee", "Hunan"),
                                       ("head", "party_department", "Hunan")]


def test_chifeng_s_mongolian_name_is_chifeng():
    got = _positions("The forum was attended by Zhou Yanli, commerce bureau head of Ulanhad city.")
    assert got.get("Zhou Yanli") == [("head", "government_department", "Chifeng")]


def test_his_counterpart_from_a_place_after_the_name_holds_the_subject_s_office_there():
    got = _positions("The agreement was signed by Zhou Wenhua, mayor of Harbin, and Kenji Morita, his counterpart "
                     "from Sapporo.")
    assert got.get("Kenji Morita") == [("head", "government", "Sapporo")]
    got = _positions("Zhou Wenhua, mayor of Harbin, met Kenji Morita, his Sapporo counterpart, on Monday.")
    assert got.get("Kenji Morita") == [("head", "government", "Sapporo")]


def test_a_mayor_s_or_governor_s_title_kept_in_the_local_language():
    got = _positions("Oberbürgermeister Dieter Raabe of Munich met the delegation from Shandong.")
    assert got.get("Dieter Raabe") == [("head", "government", "Munich")]
    got = _positions("The Prefeito of Curitiba Rafael Gomes met the delegation from Jiangxi.")
    assert got.get("Rafael Gomes") == [("head", "government", "Curitiba")]

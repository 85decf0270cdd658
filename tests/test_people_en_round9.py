"""English names at the end of a sentence, written for this round (no corpus text)."""
import liaison


def _names(text):
    return [p["name"]["en"] for p in liaison.extract(text, published="2023-05-10")["people"]]


def test_a_sentence_full_stop_after_a_given_name_that_is_also_an_abbreviation_is_no_part_of_the_name():
    # spaCy keeps "Jun." (June) as one token: the full stop ended up inside the name
    assert "Zhang Jun" in _names("Li Ming met with Zhang Jun.")
    assert "Wang Jun" in _names("The meeting was attended by Jilin commerce department director Wang Jun.")


def test_an_initial_and_a_suffix_keep_their_dots():
    assert "John Smith Jr." in _names("Li Ming met with John Smith Jr. on May 3.")
    assert "Phoutthavong V." in _names("Luang Namtha Governor Phoutthavong V. met Li Ming.")


def test_a_name_with_the_place_it_is_from_before_its_verb_is_a_person():
    # "X of California met ...": the verb that confirms the name comes after the place
    assert "Maria Garcia" in _names("Assemblywoman Maria Garcia of California met with Li Ming, mayor of Changchun, on May 3.")


def test_a_name_after_a_title_word_is_a_person():
    # "met with Assemblywoman X": the title word before the name says it is a person
    assert "Maria Garcia" in _names("Li Ming met with Assemblywoman Maria Garcia on May 3.")

"""liaison.lang.zh: the Chinese word classes come from its tables, and the rules read them.

Every sentence here is written for these tests.
"""
import liaison
from liaison import lang
from liaison.lang import Entry
from liaison.lang.zh import lexicon as L
from liaison.lang.zh.roles import ROLE_VERBS

# the kinds the Chinese rules read, per table: a row of any other kind would be silently ignored
KINDS = {
    "triggers": {"lead", "go", "at", "arrive", "deleg", "purpose", "head", "reception", "talks", "conference", "banquet",
                 "meeting", "hold", "sign", "tour", "seen", "site", "adjoin", "stop", "greet", "toward", "business",
                 "capital", "held-at", "attend"},
    "roles": {"presider", "speaker", "attendee", "host", "signatory", "witness", "leader"},
    "moods": {"planned", "recalled", "hoped", "since", "tally", "again"},
    "documents": {"doc", "ties", "part"},
    "sites": {"suffix", "generic", "not", "verb", "go", "after", "many"},
}


def test_every_row_has_a_kind_the_rules_read():
    for table, kinds in KINDS.items():
        unknown = [(r.form, r.kind) for r in L.rows(table) if r.kind not in kinds]
        assert not unknown, (table, unknown)


def test_the_language_is_registered():
    assert lang.get("zh").code == "zh"


def test_longest_form_first():
    rx = L.pattern("{w}", w=L.triggers("conference"))
    assert rx.search("两地召开合作座谈会").group(0) == "座谈会"


def test_a_form_with_a_gap():
    rx = L.pattern("{w}", w=L.triggers("conference"))
    assert rx.search("两市召开联席工作会议").group(0) == "联席工作会议"
    assert rx.search("两市召开联席工作，会议") is None  # the gap stays inside one clause


def test_not_after_keeps_a_ceremony_from_being_a_verb():
    sign = dict(ROLE_VERBS)["signatory"]
    assert sign.search("出席签约仪式") is None
    assert sign.search("双方签约") is not None


def test_a_new_row_is_a_new_word():
    row = Entry("缔盟", "agreement", "sign", "-", "")
    rx = L.pattern("{w}", w=L.triggers("sign") + [row])
    assert rx.search("两市正式缔盟").group(0) == "缔盟"


def test_traditional_characters_are_read_by_the_simplified_tables():
    rec = liaison.extract("12月3日，澳門特別行政區政府代表團抵達廣東省廣州市，並參觀了廣州南沙港。", published="2024-12-05")
    types = {e["type"] for e in rec["events"]}
    assert "visit" in types, rec["events"]
    visit = next(e for e in rec["events"] if e["type"] == "visit")
    assert visit["origin"]["code"] == "MO" and visit["destination"]["code"] == "440100"

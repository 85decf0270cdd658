"""Words a reader understands for the codes of a record: event types, roles, fields, organisations,
countries, titles, and dates as people write them ("22 May, year not stated" for ``--05-22``).

Event types, participant roles and fields come from the registry (``liaison.eventtypes``); position
roles and organisation kinds (SPEC.md's tables) are labelled here.
"""
from __future__ import annotations

import re
from datetime import date

from ..eventtypes import EVENT_TYPES, ROLES, field_labels

POSITION_ROLES = {
    "secretary": ("party secretary", "书记"), "deputy_secretary": ("deputy party secretary", "副书记"),
    "standing_member": ("standing committee member", "常委"), "head": ("head", "主要负责人"),
    "deputy_head": ("deputy head", "副职"), "secretary_general": ("secretary-general", "秘书长"),
    "deputy_secretary_general": ("deputy secretary-general", "副秘书长"), "other": ("official", "其他职务"),
}
ORG_KINDS = {
    "party_committee": ("party committee", "党委"), "party_department": ("party department", "党委部门"),
    "government": ("government", "政府"), "government_department": ("government department", "政府部门"),
    "congress": ("people's congress", "人大"), "cppcc": ("political consultative conference", "政协"),
    "enterprise": ("enterprise", "企业"), "institution": ("institution", "机构"), "other": ("other body", "其他"),
}
# the head of each kind of body has a usual English title
HEAD_TITLES = {"government": "governor or mayor", "congress": "chair of the standing committee",
               "cppcc": "chair", "enterprise": "chair", "government_department": "director",
               "party_department": "head"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def type_label(t: str | None) -> str:
    et = EVENT_TYPES.get(t or "")
    return et.label_en if et else (t or "event")


def type_zh(t: str | None) -> str:
    et = EVENT_TYPES.get(t or "")
    return et.label_zh if et else ""


def role_label(r: str | None) -> str:
    """A participant's role (leader, host …) or a position's role (party secretary …)."""
    if r in ROLES:
        return ROLES[r].label_en
    if r in POSITION_ROLES:
        return POSITION_ROLES[r][0]
    return (r or "").replace("_", " ")


def field_label(f: str | None) -> str:
    return field_labels().get(f or "", ((f or "").replace("_", " "), ""))[0]


def field_zh(f: str | None) -> str:
    return field_labels().get(f or "", ("", ""))[1]


def org_label(k: str | None) -> str:
    return ORG_KINDS.get(k or "", ((k or "").replace("_", " "), ""))[0]


def facet_label(facet: str, value) -> str:
    return {"type": type_label, "field": field_label, "role": role_label, "org_kind": org_label}.get(
        facet, lambda v: str(v))(value)


def title_label(title: dict | None, role: str | None, org_kind: str | None, region: str | None = None) -> dict:
    """``{"zh", "en"}`` of a position's title: the record's, the English built from role and organisation
    when the record has none ("party secretary, party committee of Jilin")."""
    title = title or {}
    en = title.get("en")
    if not en:
        if role == "head" and org_kind in HEAD_TITLES:
            head = HEAD_TITLES[org_kind]
        else:
            head = POSITION_ROLES.get(role or "", (role_label(role) or "official", ""))[0]
        org = ORG_KINDS.get(org_kind or "", ("", ""))[0]
        en = head + (f", {org}" if org else "") + (f" of {region}" if region else "")
        en = en[:1].upper() + en[1:]
    return {"zh": title.get("zh"), "en": en, "built": not title.get("en")}


def _one(d: str | None) -> tuple[str, str | None]:
    """(text, year) of one ISO date: '6 November 2023', 'November 2023', '2023', '22 May' (year None)."""
    if not d:
        return "", None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", d)
    if m:
        y, mo, da = m.groups()
        if da:
            return f"{int(da)} {MONTHS[int(mo) - 1]} {y}", y
        if mo:
            return f"{MONTHS[int(mo) - 1]} {y}", y
        return y, y
    m = re.fullmatch(r"--(\d{2})-(\d{2})", d)
    if m and 1 <= int(m.group(1)) <= 12:
        return f"{int(m.group(2))} {MONTHS[int(m.group(1)) - 1]}", None
    return d, None


def date_label(start: str | None, end: str | None = None) -> str:
    """A date or range as a reader writes it: '6–7 November 2023', '30 November – 2 December 2023',
    '22 May, year not stated', 'no date'."""
    if not start:
        return "no date"
    a, ya = _one(start)
    if end and end != start:
        b, yb = _one(end)
        ma = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", start)
        mb = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", end)
        if ma and mb and ma.group(1) == mb.group(1):
            if ma.group(2) == mb.group(2):
                text = f"{int(ma.group(3))}–{b}"
            else:
                text = f"{a.rsplit(' ', 1)[0]} – {b}"
        else:
            text = f"{a} – {b}"
        return text + ("" if ya or yb else ", year not stated")
    return a + ("" if ya else ", year not stated")


def iso_label(d: str | None) -> str:
    try:
        return date.fromisoformat(d).strftime("%-d %B %Y") if d else ""
    except ValueError:
        return d or ""


def country_label(code: str | None) -> str:
    if not code:
        return ""
    from ..store.query import _tables

    reg = _tables().by_code.get(code)
    return reg.en if reg and reg.en else code


def names_label(name: dict | None) -> str:
    name = name or {}
    return " ".join(x for x in (name.get("zh"), name.get("en")) if x) or "unnamed"

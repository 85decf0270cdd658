"""Standing ties between regions that an article names (SPEC ``ties``).

对口合作 / counterpart cooperation, 对口支援 · 东西部协作 / paired assistance,
友好城市 · 友城 · sister city / province / state. A tie needs two different
regions in the sentence that names it: the pair closest to the keyword
(津长对口合作 → Tianjin, Changchun).
"""
from __future__ import annotations

import re

from ..doc import Doc
from .base import stage
from ..places import code, same, within

TIE_KINDS = [
    ("counterpart_cooperation", re.compile(r"(对口合作|counterpart cooperation|counterpart collaboration)", re.I)),
    ("paired_assistance", re.compile(r"(对口支援|对口援[疆藏]|东西部协作|东西部扶贫协作|结对帮扶|paired assistance|"
                                     r"pairing assistance|east-west cooperation)", re.I)),
    ("sister_cities", re.compile(r"(友好城市|友好省州|友好省|友城|姊妹城市|sister[- ](?:city|cities|province|provinces|state|states)|"
                                 r"friendship cit(?:y|ies))", re.I)),
]


def _regions_near(doc: Doc, start: int, end: int, pos: int) -> list:
    """Regions of the sentence ordered by distance to ``pos``; a pair span gives its members."""
    found = []
    for s in doc.layer("regions"):
        if s.start < start or s.end > end:
            continue
        vals = s.value if isinstance(s.value, tuple) else (s.value,)
        for v in vals:
            if v is not None and getattr(v, "level", 9) > 0 or getattr(v, "code", None) not in ("CN", None):
                found.append((abs(s.start - pos), s.start, v))
    found.sort(key=lambda x: (x[0], x[1]))
    return [v for _d, _s, v in found]


@stage("ties", requires=("text", "sentences", "regions"), assigns=("ties",))
def ties_stage(doc: Doc) -> None:
    """Standing relationships between regions (counterpart cooperation, paired assistance, sister cities)."""
    ties: dict[tuple, dict] = {}
    for sent in doc.sentences:
        text = doc.text[sent.start:sent.end]
        for kind, pat in TIE_KINDS:
            for m in pat.finditer(text):
                pos = sent.start + m.start()
                pair: list = []
                for r in _regions_near(doc, sent.start, sent.end, pos):
                    if any(same(r, p) or within(r, p) or within(p, r) for p in pair):
                        continue
                    if getattr(r, "code", None) == "CN":
                        continue
                    pair.append(r)
                    if len(pair) == 2:
                        break
                if len(pair) < 2:
                    continue
                key = (kind, tuple(sorted(str(code(r)) for r in pair)))
                tie = ties.setdefault(key, {"kind": kind, "regions": pair, "evidence": []})
                if (sent.start, sent.end) not in tie["evidence"]:
                    tie["evidence"].append((sent.start, sent.end))
    doc.ties = list(ties.values())

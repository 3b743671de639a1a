"""Benchmark corpus: real-looking scraped articles, recombined from real paragraphs.

Run: ``python -m bench.corpus 1000 [--seed 0] [--out bench/corpus/1000]``
(``make bench-corpus N=1000``).

Material: the paragraphs, section headings and captions of the seed article
(raw/hebei_union_five_years.txt, its own defects repaired first) and the short paragraphs
quoted in bench/data/paragraphs.txt. Each article gets a title line, byline line(s),
blank-line separated paragraphs in a few headed sections, every number's digits varied,
and the defects scraping leaves in the seed:

- a pasted copy of a block of 2-4 paragraphs, with a stray fragment (the tail of the
  paragraph before the block) in front of it;
- a stuttered enumeration item ``X、X、X``;
- a line broken in the middle of a word;
- an image caption between two paragraphs, set apart by 3 blank lines.

About 3% of the files are byte-identical copies of an earlier article and about 3% near
copies (another byline, other line breaks). Article ``i`` depends only on ``(seed, i)``, so
a smaller corpus is a prefix of a larger one with the same seed. The output folder gets a
``.manifest.json`` (dot files are not read as articles) recording what was injected where.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLE = ROOT / "raw" / "hebei_union_five_years.txt"
QUOTES_FILE = Path(__file__).resolve().parent / "data" / "paragraphs.txt"
MANIFEST_NAME = ".manifest.json"

# One file in DUP_PERIOD is an exact copy, one a near copy: 2/33 ≈ 3% each... of 6% total.
DUP_PERIOD = 33
EXACT_AT = 16
NEAR_AT = 32
DEFECT_PROBABILITY = {"repeated_block": 0.5, "stutter": 0.5, "broken_line": 0.5, "caption": 0.5}

_SENTENCE_END = "。！？…"
_CLOSERS = "”’」』）》"
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_LATIN = re.compile(r"[A-Za-z]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# An enumeration item after 、 and before a clause mark: the item a stutter repeats.
_ENUM_ITEM = re.compile(r"(?<=、)([\u4e00-\u9fff]{2,6})(?=[，。；,;])")
_STUTTER = re.compile(r"([^、，。,；;：:“”]{2,10})(?:、\1)+")
_DOUBLED_SENTENCE = re.compile(r"([^。！？!?]{6,}[。！？!?])\1+")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘"
GIVEN = "海明华建国志伟文军平东晓红丽敏静雪梅婷宇浩然轩博昊杰磊涛斌鹏飞洋春秋冬霞云峰光辉昱霖"
REPORTER_ROLES = ("本报记者", "本报通讯员", "本报记者", "本报特约记者")
COMPOSED_CAPTION_PLACES = ("石家庄市", "唐山市", "保定市", "邢台市", "张家口市", "秦皇岛市")
COMPOSED_CAPTION_SCENES = (
    "职工技能比赛现场。",
    "劳动公园一角。",
    "职工书屋里的读书活动。",
    "户外劳动者驿站。",
    "工会送温暖活动现场。",
)


# --- material ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Material:
    titles: list[str]
    headings: list[str]
    runs: list[list[str]]  # body paragraphs of one source, in source order
    captions: list[str]
    subtitles: list[str]


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def _first_sentence_len(text: str) -> int:
    m = re.search(f"[{_SENTENCE_END}]", text)
    return m.end() if m else len(text)


def _repair(text: str) -> str:
    """Undo the seed's own stutters and doubled sentences, so only injected ones remain."""
    text = _STUTTER.sub(r"\1", text)
    return _DOUBLED_SENTENCE.sub(r"\1", text)


def seed_material(
    path: Path = SEED_ARTICLE,
) -> tuple[str, list[str], list[str], list[str], list[str]]:
    """(title, subtitles, headings, body paragraphs, captions) of the seed, defects repaired."""
    lines: list[tuple[str, int, int]] = []  # text, blank lines before, blank lines after
    blank = 0
    for raw in path.read_text(encoding="utf-8").splitlines():
        text = raw.strip()
        if not text:
            blank += 1
            continue
        if lines:
            lines[-1] = (*lines[-1][:2], blank)
        lines.append((text, blank, 0))
        blank = 0
    title = lines[0][0]
    i = 1
    subtitles = []
    while i < len(lines) and (lines[i][0].startswith("——") or lines[i][0].startswith("本报")):
        if lines[i][0].startswith("——") and not _ends_sentence(lines[i][0]):
            subtitles.append(lines[i][0].lstrip("—"))
        i += 1
    captions: list[str] = []
    texts: list[str] = []
    for k in range(i, len(lines)):
        text, before, after = lines[k]
        if text.startswith(("（摄影", "(摄影")):
            captions += [t for t, _, _ in lines[k + 1 :]]  # the photo captions under the credit
            break
        if len(text) <= 40 and (before >= 2 or after >= 2):  # set apart by blank lines
            captions.append(text)
            continue
        texts.append(text)
    # Rejoin lines broken mid-sentence: a long unfinished line, or one followed by a line
    # whose first sentence is a short tail (改革是推动新时代工运事业创新 / 发展的不竭动力。).
    joined: list[str] = []
    pending = ""
    for k, text in enumerate(texts):
        text = pending + text
        pending = ""
        nxt = texts[k + 1] if k + 1 < len(texts) else ""
        if nxt and not _ends_sentence(text) and (len(text) > 40 or _first_sentence_len(nxt) <= 12):
            pending = text
            continue
        joined.append(text)
    headings, bodies, seen = [], [], set()
    for text in joined:
        if len(text) <= 40 and not _ends_sentence(text):
            headings.append(text)
            continue
        text = _repair(text)
        if len(text) < 10 or text in seen:  # a stray fragment or the pasted block
            continue
        seen.add(text)
        bodies.append(text)
    return title, subtitles, headings, bodies, captions


def quoted_material(path: Path = QUOTES_FILE) -> tuple[list[str], list[str], list[list[str]]]:
    """(titles, headings, body runs per source article) from bench/data/paragraphs.txt."""
    titles, headings, runs = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@ "):
            runs.append([])
        elif line.startswith("T "):
            titles.append(line[2:].strip())
        elif line.startswith("H "):
            headings.append(line[2:].strip())
        else:
            runs[-1].append(line.strip())
    return titles, headings, [r for r in runs if r]


def load_material() -> Material:
    title, subtitles, seed_headings, bodies, captions = seed_material()
    q_titles, q_headings, q_runs = quoted_material()
    # The seed's body in halves, so a section drawn from it stays on one theme.
    half = len(bodies) // 2
    return Material(
        titles=[title, *q_titles],
        headings=[*seed_headings, *q_headings],
        runs=[bodies[:half], bodies[half:], *q_runs],
        captions=captions,
        subtitles=subtitles,
    )


# --- one article ------------------------------------------------------------------------


@dataclass
class Item:
    kind: str  # body | heading | fragment | caption
    text: str
    break_at: int | None = None  # body: the line is broken before this character


@dataclass
class Draft:
    title: str
    subtitle: str | None
    bylines: list[str]
    items: list[Item]
    defects: dict[str, int] = field(default_factory=dict)


def vary_numbers(text: str, rng: random.Random) -> str:
    """Replace the digits of each number (all but its first digit) with other digits.

    Years, months, days and clock times, percentages of 100 or more and numbers glued to
    Latin letters (5G, 3A级) stay as they are.
    """

    def sub(m: re.Match[str]) -> str:
        s = m.group(0)
        after = text[m.end() : m.end() + 1]
        before = text[m.start() - 1 : m.start()] if m.start() else ""
        if after in ("年", "月", "日", "时", "号") or _LATIN.match(after or " "):
            return s
        if _LATIN.match(before or " "):
            return s
        if after in ("%", "％") and float(s) >= 100:
            return s
        digits = list(s)
        first = True
        for i, ch in enumerate(digits):
            if not ch.isdigit():
                continue
            if first:
                first = False
                if len(s) == 1:
                    digits[i] = rng.choice([d for d in "123456789" if d != ch])
                continue
            digits[i] = rng.choice([d for d in "0123456789" if d != ch])
        return "".join(digits)

    return _NUMBER.sub(sub, text)


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def make_bylines(rng: random.Random) -> list[str]:
    lines = []
    for _ in range(rng.choice((1, 1, 2))):
        role = rng.choice(REPORTER_ROLES)
        lines.append(role + " " + " ".join(_name(rng) for _ in range(rng.randint(1, 3))))
    return lines


def _caption(material: Material, rng: random.Random) -> str:
    if material.captions and rng.random() < 0.5:
        return vary_numbers(rng.choice(material.captions), rng)
    return rng.choice(COMPOSED_CAPTION_PLACES) + rng.choice(COMPOSED_CAPTION_SCENES)


def _sections(material: Material, rng: random.Random, title: str) -> list[Item]:
    """3-6 sections (the first without a heading) of 2-8 paragraphs, each from one source."""
    used: set[tuple[int, int]] = set()
    headings = [h for h in material.headings if h != title]
    rng.shuffle(headings)
    items: list[Item] = []
    for s in range(rng.randint(3, 6)):
        if s and headings:
            items.append(Item("heading", vary_numbers(headings.pop(), rng)))
        # The seed halves are long; the quoted runs are 1-5 paragraphs each.
        src = rng.choice((0, 1)) if rng.random() < 0.6 else rng.randrange(len(material.runs))
        run = material.runs[src]
        start = rng.randrange(len(run))
        want = rng.randint(2, 8)
        taken = 0
        for k in range(start, start + len(run)):
            if taken == want:
                break
            key = (src, k % len(run))
            if key in used:
                continue
            used.add(key)
            items.append(Item("body", vary_numbers(run[k % len(run)], rng)))
            taken += 1
    return items


def _bodies(items: list[Item]) -> list[int]:
    return [i for i, it in enumerate(items) if it.kind == "body"]


def _inject_stutter(items: list[Item], rng: random.Random) -> bool:
    candidates = [(i, m) for i in _bodies(items) for m in _ENUM_ITEM.finditer(items[i].text)]
    if not candidates:
        return False
    i, m = rng.choice(candidates)
    word = m.group(1)
    repeated = "、".join([word] * rng.choice((3, 4)))
    text = items[i].text
    items[i] = replace(items[i], text=text[: m.start()] + repeated + text[m.end() :])
    return True


def _inject_repeated_block(items: list[Item], rng: random.Random) -> int:
    """Paste a copy of k body paragraphs after themselves, a stray fragment in front."""
    k = rng.randint(2, 4)
    starts = [
        s
        for s in range(1, len(items) - k + 1)
        if all(items[j].kind == "body" for j in range(s - 1, s + k))
        and items[s - 1].text.endswith("。")
    ]
    if not starts:
        return 0
    s = rng.choice(starts)
    source = items[s - 1].text
    n = rng.randint(3, 6)
    while n < len(source) and not _HAN.match(source[-n]):
        n += 1  # the fragment starts on a character, not on punctuation
    fragment = Item("fragment", source[-n:])
    copies = [Item("body", items[j].text) for j in range(s, s + k)]
    items[s + k : s + k] = [fragment, *copies]
    return k


def _inject_broken_line(items: list[Item], rng: random.Random) -> bool:
    """Break one long paragraph's line inside a word of 2+ characters."""
    import jieba

    jieba.setLogLevel(60)
    candidates = [i for i in _bodies(items) if len(items[i].text) >= 60]
    if not candidates:
        return False
    i = rng.choice(candidates)
    text = items[i].text
    words = [
        (start, end)
        for word, start, end in jieba.tokenize(text, HMM=False)
        if end - start >= 2
        and start >= 15
        and end <= len(text) - 15
        and _HAN.fullmatch(word[0])
        and all(_HAN.match(c) for c in word)
    ]
    if not words:
        return False
    start, end = rng.choice(words)
    items[i] = replace(items[i], break_at=rng.randint(start + 1, end - 1))
    return True


def _inject_caption(items: list[Item], material: Material, rng: random.Random) -> bool:
    gaps = [
        i
        for i in range(1, len(items))
        if items[i - 1].kind == "body" and items[i].kind == "body" and items[i - 1].break_at is None
    ]
    if not gaps:
        return False
    items.insert(rng.choice(gaps), Item("caption", _caption(material, rng)))
    return True


def draft_article(material: Material, seed: int, index: int) -> Draft:
    """The content of unique article ``index``: depends only on ``(seed, index)``."""
    rng = random.Random(f"huibao-bench:{seed}:{index}")
    title = vary_numbers(rng.choice(material.titles + material.headings), rng)
    subtitle = rng.choice(material.subtitles) if material.subtitles and rng.random() < 0.3 else None
    items = _sections(material, rng, title)
    defects: dict[str, int] = {}
    if rng.random() < DEFECT_PROBABILITY["stutter"] and _inject_stutter(items, rng):
        defects["stutter"] = 1
    if rng.random() < DEFECT_PROBABILITY["repeated_block"]:
        k = _inject_repeated_block(items, rng)
        if k:
            defects["repeated_block"] = k
    if rng.random() < DEFECT_PROBABILITY["broken_line"] and _inject_broken_line(items, rng):
        defects["broken_line"] = 1
    if rng.random() < DEFECT_PROBABILITY["caption"] and _inject_caption(items, material, rng):
        defects["caption"] = 1
    return Draft(title, subtitle, make_bylines(rng), items, defects)


def render(draft: Draft, relayout: random.Random | None = None) -> str:
    """The raw text: title block, then blank-line separated paragraphs.

    With ``relayout`` (a near copy), some paragraph breaks become single line breaks and
    some paragraphs are split into two lines at a sentence end.
    """
    head = [draft.title]
    if draft.subtitle:
        head.append("——" + draft.subtitle)
    out = ["\n".join(head), "\n\n", "\n".join(draft.bylines), "\n\n"]
    for n, item in enumerate(draft.items):
        text = item.text
        if item.break_at is not None:
            sep = "\n\n" if (relayout is None) else "\n"
            text = text[: item.break_at] + sep + text[item.break_at :]
        elif relayout is not None and item.kind == "body" and relayout.random() < 0.4:
            ends = [m.end() for m in re.finditer(f"[{_SENTENCE_END}][{_CLOSERS}]*", text)]
            ends = [e for e in ends if 10 < e < len(text) - 10]
            if ends:
                e = relayout.choice(ends)
                text = text[:e] + "\n" + text[e:]
        if item.kind == "caption":
            out.append("\n\n" + text + "\n\n\n\n")  # with the gaps around it: 3 blank lines each
            continue
        out.append(text)
        if n + 1 < len(draft.items):
            single = relayout is not None and relayout.random() < 0.5
            nxt = draft.items[n + 1]
            out.append("\n" if single and nxt.kind == "body" and item.kind == "body" else "\n\n")
    out.append("\n")
    return "".join(out)


# --- the corpus -------------------------------------------------------------------------


@dataclass
class Entry:
    name: str
    kind: str  # unique | exact_duplicate | near_duplicate
    of: str | None = None
    defects: dict[str, int] = field(default_factory=dict)


def file_name(index: int) -> str:
    return f"article_{index + 1:05d}.txt"


def plan(n: int, seed: int) -> list[tuple[str, int | None]]:
    """Per file: ("unique", None) or (duplicate kind, index of the unique original)."""
    out: list[tuple[str, int | None]] = []
    uniques: list[int] = []
    for i in range(n):
        phase = i % DUP_PERIOD
        if phase in (EXACT_AT, NEAR_AT) and uniques:
            rng = random.Random(f"huibao-bench-dup:{seed}:{i}")
            kind = "exact_duplicate" if phase == EXACT_AT else "near_duplicate"
            out.append((kind, rng.choice(uniques)))
        else:
            out.append(("unique", None))
            uniques.append(i)
    return out


def generate(n: int, seed: int = 0) -> tuple[list[tuple[str, bytes]], list[Entry]]:
    """``n`` files as ``(name, bytes)`` plus the manifest entries, deterministic in ``seed``."""
    material = load_material()
    drafts: dict[int, Draft] = {}
    files: list[tuple[str, bytes]] = []
    entries: list[Entry] = []
    for i, (kind, original) in enumerate(plan(n, seed)):
        name = file_name(i)
        if kind == "unique":
            drafts[i] = draft_article(material, seed, i)
            files.append((name, render(drafts[i]).encode("utf-8")))
            entries.append(Entry(name, kind, defects=dict(drafts[i].defects)))
            continue
        assert original is not None
        src = drafts[original]
        if kind == "exact_duplicate":
            text = render(src)
        else:
            rng = random.Random(f"huibao-bench-near:{seed}:{i}")
            bylines = make_bylines(rng)
            while bylines == src.bylines:
                bylines = make_bylines(rng)
            text = render(replace(src, bylines=bylines), relayout=rng)
        files.append((name, text.encode("utf-8")))
        entries.append(Entry(name, kind, file_name(original), dict(src.defects)))
    return files, entries


def extra_article(seed: int, index: int) -> tuple[str, bytes]:
    """One more unique article (for adding to an existing corpus), named after ``index``."""
    draft = draft_article(load_material(), seed, index)
    return file_name(index), render(draft).encode("utf-8")


def write_corpus(out_dir: Path, n: int, seed: int = 0) -> dict:
    """Write ``n`` articles (and .manifest.json) to ``out_dir``, replacing what was there."""
    out_dir = Path(out_dir)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    files, entries = generate(n, seed)
    for name, data in files:
        (out_dir / name).write_bytes(data)
    manifest = summarize(entries, n, seed)
    (out_dir / MANIFEST_NAME).write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return manifest


def summarize(entries: list[Entry], n: int, seed: int) -> dict:
    uniques = [e for e in entries if e.kind == "unique"]
    return {
        "n": n,
        "seed": seed,
        "exact_duplicates": sum(1 for e in entries if e.kind == "exact_duplicate"),
        "near_duplicates": sum(1 for e in entries if e.kind == "near_duplicate"),
        "defects": {k: sum(1 for e in uniques if k in e.defects) for k in DEFECT_PROBABILITY},
        "files": [e.__dict__ for e in entries],
    }


def read_manifest(corpus_dir: Path) -> dict:
    return json.loads((Path(corpus_dir) / MANIFEST_NAME).read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=1000, help="number of files")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, help="folder (default bench/corpus/N)")
    args = parser.parse_args(argv)
    out = args.out or ROOT / "bench" / "corpus" / str(args.n)
    m = write_corpus(out, args.n, args.seed)
    print(
        f"wrote {m['n']} articles to {out} (seed {m['seed']}): "
        f"{m['exact_duplicates']} exact and {m['near_duplicates']} near duplicates; "
        f"defects in unique articles: {m['defects']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

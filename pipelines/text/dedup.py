"""Remove the repetitions scraping leaves in an article, and find articles scraped twice.

Scraped 人民日报 articles repeat themselves in a few recognisable ways: a block of
paragraphs pasted twice (often with a stray tail fragment of the text before it), an
enumeration item stuttered (``跟党走、跟党走、跟党走``), a sentence printed twice in a row,
and the same article saved under two file names.  Chinese news prose also repeats itself
on purpose (``劳模精神、劳动精神、工匠精神``, ``一座座``, ``走深走实``, a slogan reused in
two paragraphs), so every rule below only fires on a pattern that parallelism cannot
produce; anything merely suspicious is kept and reported as a ``suspected_*`` Removal.

Everything is hashing into dicts and local regexes: linear in the article length.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import accumulate

from datasketch import LeanMinHash, MinHash, MinHashLSH

from pipelines.models import Paragraph, Removal
from pipelines.text.openers import is_sentence_opener

# A repeated run of paragraphs shorter than this (数据来源：黑龙江省总工会, a credit line)
# can legitimately recur, so it is only flagged.
MIN_BLOCK_CHARS = 12
# A stray fragment is a few characters cut off a sentence (seed: 好未来。).
MAX_FRAGMENT_CHARS = 8
# Short sentences repeated back to back can be rhetoric (加油！加油！); only flag them.
MIN_SENTENCE_CHARS = 8
# A statement or a question is rhetoric twice only when very short (是的。是的。/ 为什么？
# 为什么？); 激发内生动力。 or 绿证是什么？ said again in a row is a pasted copy.
MIN_REPEATED_SENTENCE_CHARS = {"。": 4, "？": 5}
_CLOSERS = "”’」』）》"


def _min_repeat_chars(sentence: str) -> int:
    end = sentence.rstrip(_CLOSERS)[-1:]
    return MIN_REPEATED_SENTENCE_CHARS.get(end, MIN_SENTENCE_CHARS)


# A paragraph whose sentences (at least this many) all appeared earlier is a copy with
# different paragraph breaks; flagged, since the paragraph as a whole is new.
MIN_COPIED_SENTENCES = 2
# Removing a fragment or a copy can make a new neighbour or a longer run appear, so the
# passes repeat until nothing changes; real articles settle after one change pass.
MAX_PASSES = 4
# How many earlier occurrences of a paragraph are tried as the start of the pasted block.
MAX_SOURCE_CANDIDATES = 8

SHINGLE_SIZE = 5
NUM_PERM = 128
# LSH only proposes candidates; a lower band threshold trades a few extra signature
# comparisons for not missing pairs whose true similarity sits right at the threshold.
LSH_CANDIDATE_MARGIN = 0.1

ENUMERATION_SEPARATORS = "、､﹑"
# Characters that end an enumeration item. Not "." or "-": an item must never start
# inside a number, or 1.5万、5万 would look like 5万、5万.
_ITEM_BOUNDARY = ENUMERATION_SEPARATORS + '，,。；;：:！!？?…“”‘’"「」『』（）()《》〈〉【】—'
_BOUNDARY_CLASS = "[" + re.escape(_ITEM_BOUNDARY) + r"\s]"
_ITEM_CHAR_CLASS = "[^" + re.escape(_ITEM_BOUNDARY) + r"\s]"
_SEPARATOR_CLASS = "[" + ENUMERATION_SEPARATORS + "]"

# A whole item (from an item boundary up to a separator), then that exact item again.
_ITEM_STUTTER = re.compile(
    rf"(?:^|(?<={_BOUNDARY_CLASS}))"
    rf"(?P<item>{_ITEM_CHAR_CLASS}{{2,20}})"
    rf"(?:{_SEPARATOR_CLASS}(?P=item))+"
)
# A section number printed several times at a paragraph's start (二、二、二、… /
# （一）（一）…): single characters, which _ITEM_STUTTER leaves alone inside sentences.
_NUMBER_STUTTER = re.compile(
    r"^(?P<item>[一二三四五六七八九十百]{1,4}、|[（(][一二三四五六七八九十百]{1,4}[)）]|\d{1,2}[.、])"
    r"(?P=item)+"
)
# A clause printed twice or more in a row, comma after comma (有外商感慨，有外商感慨，…),
# up to the next mark: parallel prose changes words from clause to clause, it never says
# a clause of 4+ characters again verbatim; a shorter one (日前，日前，) counts from three
# copies on, or from two when it opens a sentence as an adverbial (is_sentence_opener);
# other pairs (走啊，走啊) may be rhetoric and are only flagged.
MIN_TWICE_CLAUSE_CHARS = 4
_CLAUSE_STUTTER = re.compile(
    r"(?:^|(?<=[，。；：！？…]))"
    r"(?P<clause>[^，。；：！？…\s]{2,40})"
    r"(?:，(?P=clause))+"
    r"(?=[，。；：！？…])"
)
# The same phrase twice with no separator (跟党走跟党走). Too close to real reduplication
# (一步一步, 研究研究) to cut, so it is only flagged, and only for phrases of 3+ characters.
_BARE_REPEAT = re.compile(r"([\u4e00-\u9fff]{3,12})\1+")

_SENTENCE = re.compile(r"[^。！？!?…]+(?:[。！？!?…]+[”’」』]*)?|[。！？!?…]+[”’」』]*")
_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
_NON_CONTENT = re.compile(r"[\W_]+")


def content_key(text: str) -> str:
    """Text reduced to letters and digits: copies differing in punctuation/space compare equal."""
    key = _NON_CONTENT.sub("", text)
    # NFKC folds full-width digits and letters; checked after stripping punctuation because
    # the check is fast and Chinese characters alone are already normal.
    if not unicodedata.is_normalized("NFKC", key):
        key = _NON_CONTENT.sub("", unicodedata.normalize("NFKC", key))
    return key


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence; a sentence keeps its end mark and closing quote."""
    return [match.span() for match in _SENTENCE.finditer(text)]


# --------------------------------------------------------------------------- paragraphs


def dedup_paragraphs(paragraphs: list[Paragraph]) -> tuple[list[Paragraph], list[Removal]]:
    """Clean repetitions out of one article's paragraphs.

    Returns the kept paragraphs (kinds unchanged) and one Removal per change, in raw
    order; reasons number paragraphs from 1 as given. ``suspected_*`` Removals are flags
    only: their text is still in the output.
    """
    kept, numbers = paragraphs, list(range(1, len(paragraphs) + 1))
    removals: list[Removal] = []
    for _ in range(MAX_PASSES):
        kept, numbers, found = _dedup_pass(kept, numbers)
        removals += found
        if all(removal.kind.startswith("suspected_") for removal in found):
            break
    return kept, _without_repeated_flags(removals)


def _without_repeated_flags(removals: list[Removal]) -> list[Removal]:
    """Each flag once (every pass sees it again), and none inside text that was removed."""
    cuts = sorted(
        (r for r in removals if not r.kind.startswith("suspected_")),
        key=lambda removal: removal.raw_start,
    )
    cut_starts = [cut.raw_start for cut in cuts]
    # furthest end of any cut starting at or before each cut start: a flag lies inside
    # some cut iff the cuts starting before it reach past its end
    reach = list(accumulate((cut.raw_end for cut in cuts), max))
    flags = {(r.kind, r.raw_start, r.raw_end): r for r in reversed(removals)}
    result = list(cuts)
    for (kind, start, end), flag in flags.items():
        if not kind.startswith("suspected_"):
            continue
        before = bisect_right(cut_starts, start)
        if before == 0 or reach[before - 1] < end:
            result.append(flag)
    return sorted(result, key=lambda removal: (removal.raw_start, removal.raw_end))


def _dedup_pass(
    paragraphs: list[Paragraph], numbers: list[int]
) -> tuple[list[Paragraph], list[int], list[Removal]]:
    fixed, inner_removals = [], []
    for paragraph in paragraphs:
        paragraph_fixed, paragraph_removals = _fix_within_paragraph(paragraph)
        fixed.append(paragraph_fixed)
        inner_removals.append(paragraph_removals)

    article = _Article(fixed, numbers)
    removals = _remove_duplicate_runs(article, paragraphs)
    removals += _remove_stray_fragments(article)
    removals += _flag_copied_sentences(article)
    kept = article.kept_indices()
    for index in kept:
        removals += inner_removals[index]
    return [fixed[i] for i in kept], [numbers[i] for i in kept], removals


def _fix_within_paragraph(paragraph: Paragraph) -> tuple[Paragraph, list[Removal]]:
    paragraph, stutters = _collapse_item_stutters(paragraph)
    paragraph, clause_stutters = _collapse_clause_stutters(paragraph)
    stutters += clause_stutters
    paragraph, repeats = _drop_repeated_sentences(paragraph)
    return paragraph, stutters + repeats + _flag_bare_repeats(paragraph)


def _removal(kind: str, paragraph: Paragraph, start: int, end: int, reason: str) -> Removal:
    raw_start, raw_end = paragraph.raw_span(start, end)
    return Removal(kind, paragraph.text[start:end], raw_start, raw_end, reason)


def _whole(kind: str, paragraph: Paragraph, reason: str) -> Removal:
    return _removal(kind, paragraph, 0, len(paragraph.text), reason)


def _cut_spans(paragraph: Paragraph, spans: list[tuple[int, int]]) -> Paragraph:
    for start, end in sorted(spans, reverse=True):  # right to left keeps offsets valid
        paragraph = paragraph.cut(start, end)
    return paragraph


def _collapse_item_stutters(paragraph: Paragraph) -> tuple[Paragraph, list[Removal]]:
    """``深入一线、深入一线、深入一线，`` → ``深入一线，``: keep the last copy of the item."""
    text = paragraph.text
    cuts: list[tuple[int, int]] = []
    removals: list[Removal] = []
    if number := _NUMBER_STUTTER.match(text):
        last_copy = number.end() - len(number["item"])
        cuts.append((0, last_copy))
        reason = f"section number “{number['item']}” repeated; kept once"
        removals.append(_removal("phrase_stutter", paragraph, 0, last_copy, reason))
    for match in _ITEM_STUTTER.finditer(text):
        if match.start() < (number.end() if number else 0):
            continue
        item = match["item"]
        copies = text.count(item, match.start(), match.end())
        last_copy = match.end() - len(item)
        ends_at_boundary = match.end() == len(text) or text[match.end()] in _ITEM_BOUNDARY
        # With only two copies and text glued to the second one, the second copy may be
        # the head of a different item (新能源汽车、汽车零部件 starts like this): only flag.
        if ends_at_boundary or copies >= 3:
            cuts.append((match.start(), last_copy))
            reason = f"enumeration item “{item}” repeated {copies} times; kept once"
            removals.append(_removal("phrase_stutter", paragraph, match.start(), last_copy, reason))
        else:
            reason = f"“{item}” twice in a row, second copy continues as a longer item"
            removals.append(
                _removal("suspected_phrase_stutter", paragraph, match.start(), match.end(), reason)
            )
    return _cut_spans(paragraph, cuts), removals


def _collapse_clause_stutters(paragraph: Paragraph) -> tuple[Paragraph, list[Removal]]:
    """``有外商感慨，有外商感慨，中国商人…`` → ``有外商感慨，中国商人…``: keep the last copy."""
    cuts: list[tuple[int, int]] = []
    removals: list[Removal] = []
    for match in _CLAUSE_STUTTER.finditer(paragraph.text):
        clause = match["clause"]
        last_copy = match.end() - len(clause)
        copies = paragraph.text.count(clause, match.start(), match.end())
        opens_sentence = match.start() == 0 or paragraph.text[match.start() - 1] in "。！？"
        if (
            len(clause) < MIN_TWICE_CLAUSE_CHARS
            and copies < 3
            and not (opens_sentence and is_sentence_opener(clause))
        ):
            reason = f"short clause “{clause}” twice in a row (may be rhetoric)"
            removals.append(
                _removal("suspected_phrase_stutter", paragraph, match.start(), match.end(), reason)
            )
            continue
        cuts.append((match.start(), last_copy))
        reason = f"clause “{clause}” printed {copies} times in a row; kept once"
        removals.append(_removal("phrase_stutter", paragraph, match.start(), last_copy, reason))
    return _cut_spans(paragraph, cuts), removals


# A run of sentences pasted again right after itself (…增长……自2016年…领域。 twice): up
# to this many sentences per run.
MAX_REPEATED_RUN = 3


def _drop_repeated_sentences(paragraph: Paragraph) -> tuple[Paragraph, list[Removal]]:
    """``…，书写…答卷！书写…答卷！`` → ``…，书写…答卷！``: a sentence printed twice in a row.

    The first copy is often the last clause of a longer sentence, so the new sentence is
    compared with every clause-aligned tail of the one before it. A run of two or three
    sentences printed twice in a row goes the same way.
    """
    text = paragraph.text
    spans = sentence_spans(text)
    keys = [content_key(text[a:b]) for a, b in spans]
    cuts: list[tuple[int, int]] = []
    removals: list[Removal] = []
    previous_tails = _NO_EDGES
    i = 0
    while i < len(spans):
        start, end = spans[i]
        sentence = text[start:end]
        key = keys[i]
        if run := _repeated_run(keys, i):
            start, end = spans[i][0], spans[i + run - 1][1]
            cuts.append((start, end))
            reason = f"{run} sentences printed twice in a row; first kept"
            removals.append(_removal("repeated_sentence", paragraph, start, end, reason))
            i += run
            continue
        if key and key in previous_tails:
            if len(key) >= _min_repeat_chars(sentence):
                # Closing quotes only the copy has close the kept one too (“…。“…。”).
                closers = len(sentence) - len(sentence.rstrip(_CLOSERS))
                kept_closers = 0
                while kept_closers < start and text[start - kept_closers - 1] in _CLOSERS:
                    kept_closers += 1
                end -= max(0, closers - kept_closers)
                cuts.append((start, end))
                reason = "sentence printed twice in a row; first kept"
                removals.append(_removal("repeated_sentence", paragraph, start, end, reason))
                i += 1
                continue  # the kept copy stays the one to compare with
            reason = "short sentence twice in a row (may be rhetoric)"
            removals.append(_removal("suspected_repeated_sentence", paragraph, start, end, reason))
        previous_tails = _ClauseEdges.of(sentence, from_end=True)
        i += 1
    return _cut_spans(paragraph, cuts), removals


def _repeated_run(keys: list[str], i: int) -> int:
    """n ≥ 2 if the n sentences from ``i`` repeat the n just before them, else 0."""
    for n in range(2, MAX_REPEATED_RUN + 1):
        if (
            i >= n
            and keys[i : i + n] == keys[i - n : i]
            and sum(map(len, keys[i : i + n])) >= MIN_SENTENCE_CHARS * n
        ):
            return n
    return 0


@dataclass(frozen=True)
class _ClauseEdges:
    """The content keys of a sentence's tails (or heads) that start (or end) at a clause
    break, as the joined key and the lengths of those pieces: ``key in edges`` is a length
    lookup and one endswith. (A set of every piece grows with the square of the clauses,
    which a scraped table printed as one sentence of thousands of clauses makes slow.)"""

    joined: str
    lengths: frozenset[int]
    from_end: bool

    @classmethod
    def of(cls, sentence: str, from_end: bool) -> _ClauseEdges:
        clause_keys = [content_key(clause) for clause in _CLAUSE_BREAK.split(sentence)]
        edges = reversed(clause_keys) if from_end else clause_keys
        lengths, total = set(), 0
        for key in edges:
            total += len(key)
            if key:
                lengths.add(total)
        return cls("".join(clause_keys), frozenset(lengths), from_end)

    def __contains__(self, key: str) -> bool:
        if len(key) not in self.lengths:
            return False
        return self.joined.endswith(key) if self.from_end else self.joined.startswith(key)


_NO_EDGES = _ClauseEdges("", frozenset(), True)


def _flag_bare_repeats(paragraph: Paragraph) -> list[Removal]:
    return [
        _removal(
            "suspected_phrase_stutter",
            paragraph,
            match.start(),
            match.end(),
            f"“{match[1]}” repeated without separator",
        )
        for match in _BARE_REPEAT.finditer(paragraph.text)
    ]


@dataclass
class _Run:
    """Paragraphs ``start..end-1`` repeat paragraphs ``source..source+(end-start)-1``."""

    start: int
    end: int
    source: int

    @property
    def source_end(self) -> int:
        return self.source + (self.end - self.start)


class _Article:
    """Paragraphs after in-paragraph fixes, their keys, and which ones are removed."""

    def __init__(self, paragraphs: list[Paragraph], numbers: list[int]) -> None:
        self.paragraphs = paragraphs
        self.numbers = numbers  # as given to dedup_paragraphs, for the reasons
        self.keys = [content_key(p.text) for p in paragraphs]
        self.removed = [False] * len(paragraphs)
        # removed copies by the index of their first and of their last paragraph
        self.copy_starting_at: dict[int, _Run] = {}
        self.copy_ending_at: dict[int, _Run] = {}

    def kept_indices(self) -> list[int]:
        return [i for i, removed in enumerate(self.removed) if not removed]

    def sentence_keys(self, index: int) -> list[str]:
        text = self.paragraphs[index].text
        return [k for k in (content_key(text[s:e]) for s, e in sentence_spans(text)) if k]

    def edge_sentence(self, index: int, last: bool) -> str:
        """The paragraph's last (or first) sentence that has any content."""
        text = self.paragraphs[index].text
        sentences = [text[s:e] for s, e in sentence_spans(text) if content_key(text[s:e])]
        return (sentences[-1] if last else sentences[0]) if sentences else ""

    def nearest_kept(self, index: int, step: int) -> int | None:
        index += step
        while 0 <= index < len(self.removed):
            if not self.removed[index]:
                return index
            index += step
        return None

    def describe(self, first: int, last: int) -> str:
        """Paragraph numbers as the caller counts them."""
        if first == last:
            return f"paragraph {self.numbers[first]}"
        return f"paragraphs {self.numbers[first]}–{self.numbers[last]}"


def _duplicate_runs(keys: list[str]) -> list[_Run]:
    """Maximal runs of paragraphs that repeat an earlier run in the same order."""
    seen_at: dict[str, list[int]] = {}
    runs: list[_Run] = []
    for index, key in enumerate(keys):
        if not key:
            continue
        last = runs[-1] if runs else None
        # follow the source paragraph by paragraph: a line that recurs elsewhere too
        # (a …… separator, a quote) must not break the run
        if (
            last
            and last.end == index
            and last.source_end < last.start
            and keys[last.source_end] == key
        ):
            last.end += 1
        elif key in seen_at:
            runs.append(_Run(index, index + 1, _likely_source(keys, seen_at[key], index)))
        seen_at.setdefault(key, []).append(index)
    return runs


def _likely_source(keys: list[str], earlier: list[int], index: int) -> int:
    """Of the earlier copies of paragraph ``index``, the first one its next paragraph follows.

    A quote used twice on purpose may open a pasted block: pairing the copy with the
    occurrence that continues the same way keeps the whole block one run.
    """
    following = keys[index + 1] if index + 1 < len(keys) else None
    for source in earlier[:MAX_SOURCE_CANDIDATES]:
        if source + 1 < index and keys[source + 1] == following:
            return source
    return earlier[0]


def _run_keys(article: _Article) -> list[str]:
    """Content keys, with punctuation-only lines (…………) keyed by their text so that a
    pasted copy still lines up with its source across them."""
    return [
        key or ("\0" + p.text.strip() if p.text.strip() else "")
        for key, p in zip(article.keys, article.paragraphs, strict=True)
    ]


def _remove_duplicate_runs(article: _Article, originals: list[Paragraph]) -> list[Removal]:
    removals = []
    for run in _duplicate_runs(_run_keys(article)):
        if not any(article.keys[run.start : run.end]):
            continue  # separators recur by design; nothing to remove or flag
        doubt = _doubt_about_copy(article, run)
        block = article.describe(run.source, run.source_end - 1)
        for offset, index in enumerate(range(run.start, run.end)):
            reason = f"repeats {article.describe(run.source + offset, run.source + offset)}"
            reason += f" (block {block})"
            if doubt:
                reason += f"; kept: {doubt}"
                removals.append(
                    _whole("suspected_duplicate_block", article.paragraphs[index], reason)
                )
            else:
                article.removed[index] = True
                # the whole paragraph goes, stutters and all
                removals.append(_whole("duplicate_block", originals[index], reason))
        if not doubt:
            article.copy_starting_at[run.start] = run
            article.copy_ending_at[run.end - 1] = run
    return removals


def _doubt_about_copy(article: _Article, run: _Run) -> str | None:
    """Why a repeated run may be deliberate, or None when it is surely a pasted copy."""
    with_content = [i for i in range(run.start, run.end) if article.keys[i]]
    if len(with_content) > 1:
        return None  # paragraphs recurring in the same order: a paste, whatever their kinds
    (index,) = with_content
    paragraph = article.paragraphs[index]
    source = article.paragraphs[run.source + index - run.start]
    if (
        run.source_end == run.start
        and len(article.keys[index]) >= MIN_SENTENCE_CHARS
        and (paragraph.kind == "heading") == (source.kind == "heading")
    ):
        return None  # said again right under itself: a scrape pasted it twice
    if len(article.keys[index]) < MIN_BLOCK_CHARS:
        return "too short to tell a pasted copy from a recurring line"
    # 人民日报 sets a leader's quote under a section heading and quotes it again in the
    # body (union_acftu_centennial_2025): one quoted paragraph recurring is layout.
    if _is_quotation(paragraph.text):
        return "a quotation, often repeated on purpose"
    if paragraph.kind == "heading":  # 个人事迹精选 … 集体事迹精选 style section labels
        return "a heading, which may recur"
    if (source.kind == "heading") != (paragraph.kind == "heading"):
        return "a heading's words reused as text"
    return None


def _is_quotation(text: str) -> bool:
    return text.startswith(("“", "「")) and text.rstrip("。！？…").endswith(("”", "」"))


def _remove_stray_fragments(article: _Article) -> list[Removal]:
    """A few characters cut off a sentence next to them, e.g. 好未来。 before a pasted block."""
    removals = []
    for index in article.kept_indices():
        if not 0 < len(article.keys[index]) <= MAX_FRAGMENT_CHARS:
            continue
        by_block = _fragment_of_block_context(article, index)
        by_neighbour = _fragment_of_neighbours(article, index)
        if by_block is None and by_neighbour is None:
            continue
        paragraph = article.paragraphs[index]
        reason = by_block or by_neighbour[0]
        certain = by_block is not None or by_neighbour[1]
        # A heading is short and often echoes the text around it (韧性 / 韧性，体现在…).
        if paragraph.kind != "heading" and certain:
            article.removed[index] = True
            removals.append(_whole("stray_fragment", paragraph, reason))
        else:
            removals.append(_whole("suspected_stray_fragment", paragraph, reason))
    return removals


def _fragment_of_block_context(article: _Article, index: int) -> str | None:
    """Reason if the paragraph sits against a removed copy and matches the copied text's edges.

    A copy is pasted from the middle of a sentence: the fragment before it is the tail of
    the sentence before the original block; after it, the head of the sentence after.
    """
    key = article.keys[index]
    copy = article.copy_starting_at.get(index + 1)
    if copy is not None and copy.source > 0:
        last = article.sentence_keys(copy.source - 1)[-1:]
        if last and last[0].endswith(key):
            before = article.describe(copy.source - 1, copy.source - 1)
            return f"tail of the last sentence of {before}, left before {_copy_of(article, copy)}"
    copy = article.copy_ending_at.get(index - 1)
    if copy is not None and copy.source_end < len(article.paragraphs):
        first = article.sentence_keys(copy.source_end)[:1]
        if first and first[0].startswith(key):
            after = article.describe(copy.source_end, copy.source_end)
            return f"head of the first sentence of {after}, left after {_copy_of(article, copy)}"
    return None


def _copy_of(article: _Article, copy: _Run) -> str:
    return f"the pasted copy of {article.describe(copy.source, copy.source_end - 1)}"


def _fragment_of_neighbours(article: _Article, index: int) -> tuple[str, bool] | None:
    """(reason, surely cut off) if the paragraph repeats the edge of a kept neighbour."""
    key = article.keys[index]
    for step in (-1, 1):
        neighbour = article.nearest_kept(index, step)
        if neighbour is None:
            continue
        sentence = article.edge_sentence(neighbour, last=step < 0)
        edge = content_key(sentence)
        if not (edge.endswith(key) if step < 0 else edge.startswith(key)):
            continue
        side = "tail of the last" if step < 0 else "head of the first"
        reason = f"{side} sentence of {article.describe(neighbour, neighbour)}"
        # A scrape cuts anywhere (美好未来 → 好未来); a whole sentence or clause said again
        # (…的口号是：劳动最光荣。 / 劳动最光荣。) may be an echo on purpose.
        return reason, key not in _ClauseEdges.of(sentence, from_end=step < 0)
    return None


def _flag_copied_sentences(article: _Article) -> list[Removal]:
    """Flag paragraphs made only of sentences seen earlier: a copy with other line breaks."""
    removals = []
    seen: dict[str, int] = {}
    for index in article.kept_indices():
        keys = [k for k in article.sentence_keys(index) if len(k) >= MIN_SENTENCE_CHARS]
        if len(keys) >= MIN_COPIED_SENTENCES and all(k in seen for k in keys):
            earlier = sorted({seen[k] for k in keys})
            where = ", ".join(str(article.numbers[i]) for i in earlier)
            reason = f"every sentence already appears in paragraph(s) {where}"
            removals.append(_whole("suspected_duplicate_block", article.paragraphs[index], reason))
        for k in keys:
            seen.setdefault(k, index)
    return removals


# --------------------------------------------------------------------------- articles


def article_signature(text: str) -> LeanMinHash | None:
    """MinHash of an article's shingles (None for an empty text).

    Computed once per article (in the per-article dedup step) and passed to
    ``find_duplicate_articles``, so a corpus-wide check does not hash every text again.
    """
    shingles = _shingles(text)
    return LeanMinHash(_signature(shingles)) if shingles else None


def find_duplicate_articles(
    articles: list[tuple[str, str]],
    threshold: float = 0.85,
    signatures: Mapping[str, LeanMinHash | None] | None = None,
) -> dict[str, str]:
    """``{duplicate_id: kept_id}`` for articles whose shingle Jaccard estimate ≥ threshold.

    ``articles`` are ``(article_id, full clean text)`` in a fixed order; of a group of
    copies the first one seen is kept and every later copy maps to it. Shingles are taken
    over the text without punctuation and whitespace, so different line breaks do not
    matter; MinHashLSH finds candidates, so the cost grows linearly with the article count.
    ``signatures`` holds precomputed ``article_signature`` values by article id.
    """
    lsh = MinHashLSH(threshold=max(0.0, threshold - LSH_CANDIDATE_MARGIN), num_perm=NUM_PERM)
    precomputed = signatures or {}
    kept: dict[str, MinHash | LeanMinHash] = {}
    position: dict[str, int] = {}
    duplicates: dict[str, str] = {}
    for index, (article_id, text) in enumerate(articles):
        if article_id in position:
            raise ValueError(f"article id {article_id!r} appears twice")
        position[article_id] = index
        if article_id in precomputed:
            signature = precomputed[article_id]
        else:
            signature = article_signature(text)
        if signature is None:  # an empty article is not a copy of another empty one
            continue
        matches = [
            kept_id
            for kept_id in lsh.query(signature)
            if signature.jaccard(kept[kept_id]) >= threshold
        ]
        if matches:
            duplicates[article_id] = min(matches, key=position.__getitem__)
        else:
            lsh.insert(article_id, signature)
            kept[article_id] = signature
    return duplicates


def _shingles(text: str) -> set[str]:
    key = content_key(text)
    if len(key) <= SHINGLE_SIZE:
        return {key} if key else set()
    return {key[i : i + SHINGLE_SIZE] for i in range(len(key) - SHINGLE_SIZE + 1)}


def _signature(shingles: set[str]) -> MinHash:
    signature = MinHash(num_perm=NUM_PERM)
    signature.update_batch([shingle.encode("utf-8") for shingle in shingles])
    return signature

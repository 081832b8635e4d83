"""Readability scores for patient text: SMOG grade and Flesch-Kincaid grade.

Pure standard-library Python: no network, no dictionary download (textstat's NLTK
download is exactly what we avoid). Syllables are counted with vowel-group rules plus a
short list of exceptions; the rules are tested word by word in
careguide/content/tests/test_readability.py.

Formulas:
- SMOG (McLaughlin 1969): 1.0430 * sqrt(polysyllables * 30 / sentences) + 3.1291,
  where polysyllables are words of three or more syllables.
- Flesch-Kincaid grade (Kincaid et al. 1975):
  0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59.

Web text is measured block by block: a heading, a list item or a table cell without a
full stop counts as one sentence, as Hemingway and the NHS content guide treat them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from html.parser import HTMLParser

_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+")

# Words the rules get wrong, with their dictionary syllable counts.
_EXCEPTIONS: dict[str, int] = {
    "people": 2,
    "every": 2,
    "everyone": 3,
    "everything": 3,
    "business": 2,
    "area": 3,
    "areas": 3,
    "idea": 3,
    "ideas": 3,
    "being": 2,
    "doing": 2,
    "going": 2,
    "seeing": 2,
    "create": 2,
    "created": 3,
    "science": 2,
    "quiet": 2,
    "diet": 2,
    "lying": 2,
    "trying": 2,
    "dying": 2,
    "prosthesis": 3,
    "anesthesia": 5,
    "leukemia": 4,
    "ewing": 2,
    "toward": 2,
    "fire": 1,
    "tired": 1,
    "hour": 1,
    "hours": 1,
    "our": 1,
    "real": 1,
    "really": 2,
    "poem": 2,
    "whole": 1,
    "something": 2,
    "sometimes": 2,
    "someone": 2,
    "somewhere": 2,
    "anyone": 3,
    "maybe": 2,
    "lifetime": 2,
    "however": 3,
    "coordinate": 4,
    "diarrhea": 4,
    "fluid": 2,
    "fluids": 2,
    "mri": 3,
    "ct": 2,
    "iv": 2,
    "imrt": 4,
    "crt": 3,
}

# Two adjacent vowels that are usually two syllables (ra-di-a-tion, os-te-o, u-su-al).
_SPLIT_PAIRS = re.compile(r"(?<![tcsx])io|(?<![cts])ia|eo|(?<![qg])ua|(?<![qg])uo|iu|ii")


def count_syllables(word: str) -> int:
    """Syllables in one English word (0 for a string with no letters)."""
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return 0
    if w in _EXCEPTIONS:
        return _EXCEPTIONS[w]
    if w.endswith("s") and w[:-1] in _EXCEPTIONS:
        return _EXCEPTIONS[w[:-1]]
    if len(w) <= 3:
        return 1
    core = w[1:] if w[0] == "y" else w
    count = len(re.findall(r"[aeiouy]+", core))
    count += len(_SPLIT_PAIRS.findall(core))
    if _has_silent_ending(core):
        count -= 1
    return max(1, count)


def _has_silent_ending(w: str) -> bool:
    """A final e, -ed or -es that adds no syllable."""
    if w.endswith("e"):
        # Silent final e (make, tube), but not consonant + le (table) or ee (free).
        return not w.endswith(("ee", "ye")) and not _consonant_le(w)
    if w.endswith("ed"):
        # Silent -ed (moved); sounded after t or d (treated, needed).
        return len(w) > 3 and w[-3] not in "aeiouytd"
    if w.endswith("es"):
        # Silent -es (makes); sounded after s, x, z, ch, sh, ce, ge (causes, changes).
        return (
            len(w) > 3
            and w[-3] not in "aeiouysxzcg"
            and not w.endswith(("ches", "shes"))
            and not _consonant_le(w[:-1])
        )
    return False


def _consonant_le(w: str) -> bool:
    return len(w) >= 3 and w.endswith("le") and w[-3] not in "aeiouy"


@dataclass(frozen=True)
class Counts:
    sentences: int
    words: int
    syllables: int
    polysyllables: int


@dataclass(frozen=True)
class Score:
    smog: float
    flesch_kincaid: float
    counts: Counts


def sentences_of(blocks: list[str]) -> list[str]:
    """Split text blocks into sentences; a block with no full stop is one sentence."""
    sentences: list[str] = []
    for block in blocks:
        for part in _SENTENCE_END.split(block.strip()):
            if _WORD.search(part):
                sentences.append(part)
    return sentences


def count(blocks: list[str]) -> Counts:
    sentences = sentences_of(blocks)
    words = [w for s in sentences for w in _WORD.findall(s)]
    syllables = [count_syllables(w) for w in words]
    return Counts(
        sentences=len(sentences),
        words=len(words),
        syllables=sum(syllables),
        polysyllables=sum(1 for s in syllables if s >= 3),
    )


def score(blocks: list[str]) -> Score:
    """SMOG and Flesch-Kincaid grades of some text blocks. Empty text is an error."""
    c = count(blocks)
    if c.sentences == 0 or c.words == 0:
        raise ValueError("no text to measure")
    smog = 1.0430 * math.sqrt(c.polysyllables * 30 / c.sentences) + 3.1291
    fk = 0.39 * (c.words / c.sentences) + 11.8 * (c.syllables / c.words) - 15.59
    return Score(smog=round(smog, 1), flesch_kincaid=round(fk, 1), counts=c)


def score_text(text: str) -> Score:
    """Score plain text; blank lines and line breaks separate blocks."""
    return score([line for line in text.splitlines() if line.strip()])


_BLOCK_TAGS = {
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "td", "th", "caption",
    "figcaption", "blockquote", "summary", "label", "legend", "button", "a", "div",
    "section", "article", "header", "footer", "aside", "nav", "ul", "ol", "dl", "tr",
    "br", "address", "span",
}  # fmt: skip
_SKIP_TAGS = {"script", "style", "template", "svg"}


class _BlockCollector(HTMLParser):
    def __init__(self, within: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.within = within
        self.depth_inside = 0 if within else 1
        self.skip = 0
        self.blocks: list[str] = []
        self.current: list[str] = []

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == self.within:
            self.depth_inside += 1
        if tag in _SKIP_TAGS:
            self.skip += 1
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        if tag == self.within and self.depth_inside:
            self._flush()
            self.depth_inside -= 1

    def handle_data(self, data: str) -> None:
        if self.depth_inside and not self.skip:
            self.current.append(data)


def blocks_from_html(html: str, within: str | None = "main") -> list[str]:
    """The text blocks of an HTML document, only inside the first `within` element's
    tag name (all of them if None). Scripts, styles and SVG drawings are left out."""
    parser = _BlockCollector(within)
    parser.feed(html)
    parser.close()
    parser._flush()
    return parser.blocks

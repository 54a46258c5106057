"""Claims worded in one language matched by comments in the other: an index of their wordings
rendered through the glossary (claimgloss.py), read only for texts no claim of their own
language matched, so a claim worded in both languages keeps its own wordings' answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lantoa.opinion.claimgloss import render
from lantoa.opinion.claimtext import language_family
from lantoa.opinion.textnorm import Language

if TYPE_CHECKING:
    from lantoa.opinion.claimindex import ClaimMatch, ClaimMatcher

# A text matched through a rendered wording: chosen on dev8 and dev9, own registry and with
# claims.json (texts no claim of their language matched: the right claims scored 0.51-0.94, an
# English question on a hotel's name 0.47 against a Vietnamese claim of song royalties); no
# claim-free item of train, dev or dev2-dev9 reaches even 0.40.
BRIDGE_THRESHOLD = 0.50
# ...and over a match in the text's own language, by this much: a claim worded in both
# languages as two (claims.json's gao-cddl-thu-hoi and en-rice-gi-revoked) has its other
# language's rendering score up to 0.22 above its own wordings (train, dev, dev2-dev9), and a
# Vietnamese claim sharing only the festival's name with a text 0.48 under the rendered one.
BRIDGE_MARGIN = 0.30
# The language a family's texts are rendered into, for the glossary.
_RENDER_INTO = {Language.VIETNAMESE: "vi", Language.OTHER: "en"}


class Bridges:
    """Per language of the texts, the index of the claims with no wording in it, built when a
    text of that language first needs it (most streams hold one language only)."""

    def __init__(
        self,
        wordings: dict[int, list[tuple[str, str]]],
        build: Callable[[list[tuple[int, list[str]]], list[str]], ClaimMatcher],
    ) -> None:
        # Each claim's wordings with their languages' families.
        self.wordings = wordings
        self.build = build
        self.built: dict[str, ClaimMatcher | None] = {}

    def index(self, family: str) -> ClaimMatcher | None:
        """Return the index of a family's rendered claims (None: every claim has a wording in
        it, or the glossary renders none)."""
        if family not in self.built:
            into = _RENDER_INTO.get(family)
            rendered = []
            for claim_id, texts in self.wordings.items():
                if into is None or any(own == family for _text, own in texts):
                    continue
                renderings = [r for text, _own in texts if (r := render(text, into))]
                if renderings:
                    rendered.append((claim_id, list(dict.fromkeys(renderings))))
            self.built[family] = self._build(rendered, family) if rendered else None
        return self.built[family]

    def _build(self, rendered: list[tuple[int, list[str]]], family: str) -> ClaimMatcher:
        """Return the index of claims' wordings rendered into a family's language."""
        # The registry's own wordings in that language weigh rarity too: the words every claim
        # of the theme shares ("gạo Điện Biên") are topic there, as in the registry's index.
        spoken = [text for texts in self.wordings.values() for text, own in texts if own == family]
        index = self.build(rendered, spoken)
        # A rendering is read as the family's (a few words may look like either language).
        index.family[:] = index.family_code(family)
        index.threshold = max(index.threshold, BRIDGE_THRESHOLD)
        return index

    def match(
        self,
        found: list[ClaimMatch | None],
        normalised: list[str],
        grams: list[tuple[set[str], int]],
        languages: list[str],
    ) -> None:
        """Fill in each text with no match the match of the claims worded in another language."""
        by_family: dict[str, list[int]] = {}
        for row, match in enumerate(found):
            if (match is None or match.score + BRIDGE_MARGIN <= 1) and grams[row][0]:
                by_family.setdefault(language_family(languages[row]), []).append(row)
        for family, rows in by_family.items():
            index = self.index(family)
            if index is None:
                continue
            crossed = index.match_rows(
                [normalised[row] for row in rows],
                [grams[row] for row in rows],
                [family] * len(rows),
            )
            for row, match in zip(rows, crossed, strict=True):
                native = found[row]
                # A claim of the text's own language stands unless the rendered one is clearly
                # nearer (a Vietnamese claim sharing only the festival's name with the text).
                if match is not None and (
                    native is None or match.score >= native.score + BRIDGE_MARGIN
                ):
                    found[row] = match

"""The words of a «Nơi nhận» list, spelt one way in every document the system drafts.

As the board's own guidance writes them (the KL 51 guidance: "Thường trực Tỉnh ủy (B/c)",
"Lưu VT"): a body reported to takes "(b/c)"; the issuer's copy is filed at its register ("Lưu
VT", văn thư). The list's punctuation is layout.recipient_lines'.
"""

from __future__ import annotations

AS_ABOVE = "Như trên"
FILED = "Lưu VT"


def reported_to(body: str) -> str:
    """Return a recipient the document reports to: "Thường trực Tỉnh ủy (b/c)"."""
    return f"{body} (b/c)"

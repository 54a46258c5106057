"""What a material becomes: a printable A4 leaflet, a newsletter page, a reading time."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string

from lantoa.materials.models import MaterialVersion, VersionStatus

PRINT_CSS = Path(__file__).with_name("print.css")
_QUESTION = re.compile(r"^\s*(hỏi|h|câu hỏi)\s*[:.]\s*", re.IGNORECASE)
_ANSWER = re.compile(r"^\s*(đáp|trả lời|đ)\s*[:.]\s*", re.IGNORECASE)


def word_count(text: str) -> int:
    """Return the number of words (space-separated syllables, as Vietnamese is read)."""
    return len(text.split())


def speaking_rate(version: MaterialVersion) -> int:
    """Return the script's own rate, else the configured one (LANTOA_SPEAKING_RATE_WPM)."""
    return version.speaking_rate_wpm or int(settings.LANTOA_SPEAKING_RATE_WPM)


def reading_seconds(text: str, *, wpm: int) -> int:
    """Return the reading time in whole seconds at wpm words per minute (rounded up)."""
    return math.ceil(word_count(text) * 60 / wpm) if wpm > 0 else 0


def format_duration(seconds: int) -> str:
    """Return "3 phút 05 giây" style text."""
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} phút {rest:02d} giây" if minutes else f"{rest} giây"


def script_text(version: MaterialVersion) -> str:
    """Return the text read aloud: key messages, then the body, then questions and answers."""
    parts = [version.key_messages, version.body, version.questions]
    return "\n".join(p for p in parts if p.strip())


def parse_questions(text: str) -> list[tuple[str, str]]:
    """Split "Hỏi: … / Đáp: …" lines into pairs; continuation lines join the open part."""
    pairs: list[list[str]] = []
    side = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if _QUESTION.match(line):
            pairs.append([_QUESTION.sub("", line), ""])
            side = 0
        elif _ANSWER.match(line) and pairs:
            pairs[-1][1] = _ANSWER.sub("", line)
            side = 1
        elif pairs and side is not None:
            pairs[-1][side] += " " + line
        else:
            pairs.append([line, ""])
            side = 0
    return [(q, a) for q, a in pairs]


@dataclass
class PrintContext:
    """What the print templates show."""

    version: MaterialVersion
    is_draft: bool

    def as_dict(self) -> dict[str, object]:
        version = self.version
        return {
            "material": version.material,
            "version": version,
            "messages": [m.strip() for m in version.key_messages.splitlines() if m.strip()],
            "paragraphs": [p.strip() for p in version.body.split("\n\n") if p.strip()],
            "questions": parse_questions(version.questions),
            "contact": [c.strip() for c in version.contact.splitlines() if c.strip()],
            "is_draft": self.is_draft,
            "province": settings.LANTOA_PROVINCE_NAME,
        }


def _refuse_fetch(url: str, timeout: int = 10, ssl_context: object = None) -> dict:
    # The print templates carry no external resource; anything else is refused.
    raise ValueError(f"external resource refused: {url[:80]}")


def print_html(version: MaterialVersion, *, template: str) -> str:
    """Return the standalone print HTML (its own CSS, Liberation fonts, nothing external)."""
    context = PrintContext(version=version, is_draft=version.status != VersionStatus.APPROVED)
    return render_to_string(template, context.as_dict())


def render_print_pdf(html: str) -> bytes:
    """Return A4 PDF bytes of a print HTML string."""
    from weasyprint import CSS, HTML  # imported lazily: WeasyPrint is slow to import

    # The print CSS is a file beside this module: templates carry no <style> (the CSP rule).
    css = CSS(string=PRINT_CSS.read_text(encoding="utf-8"))
    return HTML(string=html, url_fetcher=_refuse_fetch).write_pdf(stylesheets=[css])


def leaflet_pdf(version: MaterialVersion) -> bytes:
    """Return the leaflet as A4 PDF: title, key messages, questions and answers, contact."""
    return render_print_pdf(print_html(version, template="materials/print/leaflet.html"))


def newsletter_pdf(version: MaterialVersion) -> bytes:
    """Return the newsletter page as A4 PDF."""
    return render_print_pdf(print_html(version, template="materials/print/newsletter.html"))

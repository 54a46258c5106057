"""The printable paper answer sheet of a check: A4 PDF drawn by WeasyPrint, nothing fetched."""

from __future__ import annotations

from pathlib import Path

from django.template.loader import render_to_string

from lantoa.awareness.models import AwarenessCheck, Question, QuestionKind

PAPER_CSS = Path(__file__).with_name("paper.css")


def _refuse_fetch(url: str, timeout: int = 10, ssl_context: object = None) -> dict:
    # The sheet carries no external resource; anything else is refused.
    raise ValueError(f"external resource refused: {url[:80]}")


def answer_key(question: Question) -> str:
    """Return the right answer as the unit's counter reads it (options by number and text)."""
    if question.kind == QuestionKind.SHORT:
        return "; ".join(question.accepted)
    return "; ".join(f"{i + 1}. {question.options[i]}" for i in question.correct)


def paper_sheet_html(check: AwarenessCheck) -> str:
    """Return the sheet's HTML: the questions with boxes to tick, then the tally table."""
    questions = list(check.questions.order_by("pk"))
    context = {
        "check": check,
        "unit": check.unit,
        "activity": check.activity,
        "questions": questions,
        "key": [answer_key(q) for q in questions],
    }
    return render_to_string("awareness/print/paper_sheet.html", context)


def paper_sheet_pdf(check: AwarenessCheck) -> bytes:
    """Return the check's paper answer sheet as A4 PDF bytes."""
    from weasyprint import CSS, HTML  # imported lazily: WeasyPrint is slow to import

    css = CSS(string=PAPER_CSS.read_text(encoding="utf-8"))
    html = HTML(string=paper_sheet_html(check), url_fetcher=_refuse_fetch)
    return bytes(html.write_pdf(stylesheets=[css]))

"""A Công văn đôn đốc reaches the units it names; drafting one is the board's."""

import pytest

from lantoa.documents.approval import ApprovalState
from lantoa.organization.models import Unit
from tests.isolation import (  # noqa: F401 - its fixtures
    Routes,
    UnitScoped,
    World,
    board_only_test,
    foreign_404_test,
    no_units_404_test,
    province_only_test,
    r,
    world_fixture,
    world_ground,
    world_reporter,
)

pytestmark = pytest.mark.django_db


# route -> (own URLs that must answer 200, foreign URLs that must answer 404)
UNIT_SCOPED: UnitScoped = {
    # An issued Công văn đôn đốc (its .pdf; the .docx in tests/reminders/test_letter_file.py): the
    # units it names download it; another unit's letter is a 404.
    "reminders:letter_file": lambda w: (
        [r("reminders:letter_file", issued_letter(w, w.own_unit))],
        [r("reminders:letter_file", issued_letter(w, w.foreign_unit))],
    ),
}


# route -> URLs that board staff and leaders read; everyone else gets 403 or 404
PROVINCE_ONLY: Routes = {
    # A Công văn đôn đốc: staff draft and send it, a leader approves it (the POSTs on the page
    # are refused by role in tests/reminders/test_letter_workflow.py).
    "reminders:letter_detail": lambda w: [r("reminders:letter_detail", reminder_letter(w))],
    "reminders:letter_preview": lambda w: [r("reminders:letter_preview", reminder_letter(w))],
}


# route -> URLs only board staff may use (reporters get 403 or 404, nothing changes)
BOARD_ONLY: Routes = {
    "reminders:letter_create": lambda w: [r("reminders:letter_create")],
}


def issued_letter(w: World, unit: Unit) -> object:
    """An issued Công văn đôn đốc of the shared campaign naming one unit (.pdf and .docx)."""
    import datetime

    from lantoa.documents.services import outgoing_document_render, outgoing_document_reserve
    from lantoa.reminders.models import ReminderLetter

    letter = ReminderLetter.objects.filter(state=ApprovalState.ISSUED, units=unit).first()
    if letter is None:
        document = outgoing_document_reserve(
            doc_type="CV",
            year=2026,
            symbol="CV/BTGDVTU",
            title=f"V/v đôn đốc {unit.name}",
            filename="cong-van-{number}.docx",
            user=None,
            campaign=w.shared_campaign,
        )
        outgoing_document_render(
            document=document, render=lambda number: {"docx": b"PK test", "pdf": b"%PDF-1.7"}
        )
        letter = ReminderLetter.objects.create(
            campaign=w.shared_campaign,
            deadline=datetime.date(2026, 12, 3),
            body="Đề nghị.",
            state=ApprovalState.ISSUED,
            outgoing=document,
        )
        letter.units.set([unit])
    return letter


def reminder_letter(w: World) -> object:
    """A Công văn đôn đốc draft of the shared campaign (province-wide: board and leaders)."""
    import datetime

    from lantoa.reminders.models import ReminderLetter

    letter = ReminderLetter.objects.filter(campaign=w.shared_campaign).first()
    if letter is None:
        letter = ReminderLetter.objects.create(
            campaign=w.shared_campaign, deadline=datetime.date(2026, 12, 3), body="Đề nghị."
        )
        letter.units.set([w.own_unit])
    return letter


# The checks of these routes (their bodies: tests/isolation.py).
test_it_answers_404_for_another_units_data = foreign_404_test(UNIT_SCOPED)
test_it_answers_404_to_a_user_without_units = no_units_404_test(UNIT_SCOPED)
test_it_shows_province_pages_to_the_board_and_leaders_only = province_only_test(PROVINCE_ONLY)
test_it_refuses_board_only_routes_to_reporters_and_leaders = board_only_test(BOARD_ONLY)

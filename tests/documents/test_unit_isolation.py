"""Documents and official reports: a unit reads its own report; the register is the province's."""

import pytest

from tests.isolation import (  # noqa: F401 - its fixtures
    Routes,
    UnitScoped,
    World,
    board_only_test,
    foreign_404_test,
    foreign_posts_test,
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
    "reports:unit_report": lambda w: (
        [r("reports:unit_report", w.shared_campaign, w.own_unit, "docx")],
        [
            r("reports:unit_report", w.shared_campaign, w.foreign_unit, "docx"),
            r("reports:unit_report", w.foreign_campaign, w.foreign_unit, "docx"),
            r("reports:unit_report", w.foreign_campaign, w.own_unit, "pdf"),
        ],
    ),
}


# route -> foreign URLs of POST-only unit-scoped routes: a foreign POST is a 404, nothing changes
POST_SCOPED: Routes = {
    "reports:action": lambda w: [r("reports:action", w.official_report)],
}


# route -> URLs that board staff and leaders read; everyone else gets 403 or 404
PROVINCE_ONLY: Routes = {
    "documents:register": lambda w: [r("documents:register")],
    # Every stored format of an issued file, the main one and the .pdf beside it.
    "documents:outgoing_file": lambda w: [
        f"{r('documents:outgoing_file', document)}{query}"
        for document in [outgoing_document(w)]
        for query in ("", "?dinh_dang=docx", "?dinh_dang=pdf")
    ],
    "reports:list": lambda w: [r("reports:list")],
    "reports:detail": lambda w: [r("reports:detail", w.official_report)],
    "reports:preview": lambda w: [r("reports:preview", w.official_report)],
    "reports:download": lambda w: [
        r("reports:download", w.official_report, "docx"),
        r("reports:download", w.official_report, "pdf"),
    ],
}


# route -> URLs only board staff may use (reporters get 403 or 404, nothing changes)
BOARD_ONLY: Routes = {
    "documents:counter_set": lambda w: [r("documents:counter_set")],
    "documents:range_reserve": lambda w: [r("documents:range_reserve")],
    # The signatures of an issued PDF and the upload of the copy a leader signed (văn thư).
    "documents:signatures": lambda w: [r("documents:signatures", outgoing_document(w))],
    # The package the văn thư files in the e-office system (signed PDF, .docx, metadata.json).
    "documents:handoff": lambda w: [r("documents:handoff", outgoing_document(w))],
}


def outgoing_document(world: World) -> object:
    """Register one outgoing document (the board's, not a unit's)."""
    from lantoa.documents.services import outgoing_document_issue

    return outgoing_document_issue(
        doc_type="CV",
        year=2026,
        symbol="CV/BTGDVTU",
        title="V/v đôn đốc",
        render=lambda number: {"docx": b"PK test", "pdf": b"%PDF-1.7 test"},
        filename="cong-van-{number}.docx",
        user=None,
        campaign=world.shared_campaign,
    )


# The checks of these routes (their bodies: tests/isolation.py).
test_it_answers_404_for_another_units_data = foreign_404_test(UNIT_SCOPED)
test_it_answers_404_to_a_user_without_units = no_units_404_test(UNIT_SCOPED)
test_it_refuses_foreign_posts_and_changes_nothing = foreign_posts_test(POST_SCOPED)
test_it_shows_province_pages_to_the_board_and_leaders_only = province_only_test(PROVINCE_ONLY)
test_it_refuses_board_only_routes_to_reporters_and_leaders = board_only_test(BOARD_ONLY)

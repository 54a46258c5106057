"""A unit's activities, evidence, reports and Excel uploads are its own; review is the board's."""

import pytest

from tests.isolation import (  # noqa: F401 - its fixtures
    Routes,
    UnitScoped,
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
    "reporting:unit_campaign": lambda w: (
        [r("reporting:unit_campaign", w.shared_campaign, w.own_unit)],
        [
            r("reporting:unit_campaign", w.shared_campaign, w.foreign_unit),
            r("reporting:unit_campaign", w.foreign_campaign, w.foreign_unit),
            # The own unit's id with a campaign it takes no part in.
            r("reporting:unit_campaign", w.foreign_campaign, w.own_unit),
        ],
    ),
    "reporting:activity_create": lambda w: (
        [r("reporting:activity_create", w.shared_campaign, w.own_unit)],
        [
            r("reporting:activity_create", w.shared_campaign, w.foreign_unit),
            r("reporting:activity_create", w.foreign_campaign, w.own_unit),
        ],
    ),
    "reporting:activity_detail": lambda w: (
        [r("reporting:activity_detail", w.own_activity)],
        [r("reporting:activity_detail", w.foreign_activity)],
    ),
    "reporting:activity_edit": lambda w: (
        [r("reporting:activity_edit", w.own_activity)],
        [r("reporting:activity_edit", w.foreign_activity)],
    ),
    "reporting:evidence_download": lambda w: (
        [r("reporting:evidence_download", w.own_evidence)],
        [r("reporting:evidence_download", w.foreign_evidence)],
    ),
    "reporting:evidence_thumbnail": lambda w: (
        [r("reporting:evidence_thumbnail", w.own_evidence)],
        [r("reporting:evidence_thumbnail", w.foreign_evidence)],
    ),
    # The photos of a campaign: the reader's own units only (tests/reporting/test_review_queue).
    "reporting:gallery": lambda w: (
        [r("reporting:gallery", w.shared_campaign)],
        [r("reporting:gallery", w.foreign_campaign)],
    ),
    "reporting:submission_create": lambda w: (
        [r("reporting:submission_create", w.report_request, w.own_unit)],
        [
            r("reporting:submission_create", w.report_request, w.foreign_unit),
            # A request of a shared campaign that asks the foreign unit alone: not the own
            # unit's to read (its title) nor to answer.
            r("reporting:submission_create", w.report_request_shared_foreign_only, w.own_unit),
        ],
    ),
    # The report's .xlsx template: the same check as the page (selectors.submission_target).
    "reporting:submission_template": lambda w: (
        [r("reporting:submission_template", w.report_request, w.own_unit)],
        [
            r("reporting:submission_template", w.report_request, w.foreign_unit),
            r("reporting:submission_template", w.report_request_foreign_only, w.foreign_unit),
            r("reporting:submission_template", w.report_request_shared_foreign_only, w.own_unit),
        ],
    ),
    "reporting:excel_template": lambda w: (
        [r("reporting:excel_template", w.shared_campaign, w.own_unit)],
        [
            r("reporting:excel_template", w.shared_campaign, w.foreign_unit),
            r("reporting:excel_template", w.foreign_campaign, w.foreign_unit),
            r("reporting:excel_template", w.foreign_campaign, w.own_unit),
        ],
    ),
    "reporting:excel_upload": lambda w: (
        [r("reporting:excel_upload", w.shared_campaign)],
        [r("reporting:excel_upload", w.foreign_campaign)],
    ),
    "reporting:excel_status": lambda w: (
        [r("reporting:excel_status", w.own_excel_import)],
        [r("reporting:excel_status", w.foreign_excel_import)],
    ),
}


# route -> foreign URLs of POST-only unit-scoped routes: a foreign POST is a 404, nothing changes
POST_SCOPED: Routes = {
    "reporting:activity_remove": lambda w: [r("reporting:activity_remove", w.foreign_activity)],
    "reporting:evidence_upload": lambda w: [r("reporting:evidence_upload", w.foreign_activity)],
    "reporting:excel_apply": lambda w: [r("reporting:excel_apply", w.foreign_excel_import)],
    # The filled report template (tests/reporting/test_submission_template.py: nothing stored).
    "reporting:submission_upload": lambda w: [
        r("reporting:submission_upload", w.report_request, w.foreign_unit),
        r("reporting:submission_upload", w.report_request_foreign_only, w.foreign_unit),
        r("reporting:submission_upload", w.report_request_shared_foreign_only, w.own_unit),
    ],
}


# route -> URLs that board staff and leaders read; everyone else gets 403 or 404
PROVINCE_ONLY: Routes = {
    "reporting:request_detail": lambda w: [r("reporting:request_detail", w.report_request)],
    # Board staff accept or return there (the POST is theirs alone: tests/reporting).
    "reporting:review_queue": lambda w: [r("reporting:review_queue", w.report_request)],
    "reporting:dashboard": lambda w: [
        r("reporting:dashboard", w.shared_campaign),
        r("reporting:dashboard", w.foreign_campaign) + "?loai=commune&sap_xep=-bao_phu",
    ],
    "reporting:dashboard_chart": lambda w: [
        r("reporting:dashboard_chart", w.shared_campaign, "bao-phu"),
        r("reporting:dashboard_chart", w.shared_campaign, "hoat-dong"),
    ],
    "reporting:dashboard_export": lambda w: [
        r("reporting:dashboard_export", w.shared_campaign, "csv"),
        r("reporting:dashboard_export", w.shared_campaign, "xlsx"),
    ],
}


# route -> URLs only board staff may use (reporters get 403 or 404, nothing changes)
BOARD_ONLY: Routes = {
    "reporting:request_create": lambda w: [r("reporting:request_create", w.shared_campaign)],
    "reporting:extension_create": lambda w: [r("reporting:extension_create", w.report_request)],
    "reporting:submission_review": lambda w: [
        r("reporting:submission_review", w.own_submission),
        r("reporting:submission_review", w.foreign_submission),
    ],
    "reporting:submission_reopen": lambda w: [
        r("reporting:submission_reopen", w.own_submission),
        r("reporting:submission_reopen", w.foreign_submission),
    ],
    "reporting:practice_mark": lambda w: [
        r("reporting:practice_mark", w.own_submission),
        r("reporting:practice_mark", w.foreign_submission),
    ],
    "reporting:lock_set": lambda w: [r("reporting:lock_set", w.shared_campaign)],
    "reporting:excel_board_workbook": lambda w: [
        r("reporting:excel_board_workbook", w.shared_campaign)
    ],
    # A reporter may not record its own unit's merger, nor another's.
    "reporting:unit_merge": lambda w: [
        r("reporting:unit_merge", w.own_unit),
        r("reporting:unit_merge", w.foreign_unit),
    ],
}

# The checks of these routes (their bodies: tests/isolation.py).
test_it_answers_404_for_another_units_data = foreign_404_test(UNIT_SCOPED)
test_it_answers_404_to_a_user_without_units = no_units_404_test(UNIT_SCOPED)
test_it_refuses_foreign_posts_and_changes_nothing = foreign_posts_test(POST_SCOPED)
test_it_shows_province_pages_to_the_board_and_leaders_only = province_only_test(PROVINCE_ONLY)
test_it_refuses_board_only_routes_to_reporters_and_leaders = board_only_test(BOARD_ONLY)

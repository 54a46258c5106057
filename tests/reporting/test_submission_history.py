"""A submission's history steps: each status is recorded as a step under the status's own label."""

from lantoa.reporting.models import SubmissionEventAction, SubmissionStatus


def test_it_has_a_history_step_for_each_status_under_its_label():
    steps = dict(SubmissionEventAction.choices)
    assert all(steps[status.value] == status.label for status in SubmissionStatus)
    assert set(steps) - set(SubmissionStatus.values) == {"reopened"}

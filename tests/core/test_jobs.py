import pytest

pytestmark = pytest.mark.django_db


def test_it_enqueues_a_job_whose_run_is_already_waiting_with_another_backend(settings):
    from lantoa.core.jobs import enqueue_unless_waiting
    from lantoa.opinion.tasks import opinion_claims_rematch

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    assert enqueue_unless_waiting(opinion_claims_rematch)
    assert enqueue_unless_waiting(opinion_claims_rematch)

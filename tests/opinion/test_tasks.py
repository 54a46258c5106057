import datetime

import pytest
from django.utils import timezone

from lantoa.opinion.models import Item, ItemState
from lantoa.opinion.tasks import retention_enqueue_if_due
from lantoa.organization.models import Unit

pytestmark = pytest.mark.django_db
NOW = timezone.make_aware(datetime.datetime(2026, 11, 26, 8, 0))


def test_it_runs_the_opinion_retention_once_a_day(settings, monkeypatch):
    # The job reads today itself: pinned to NOW's day, so the fresh item stays fresh after
    # 20/12/2026 too.
    real = timezone.localdate
    monkeypatch.setattr(
        timezone,
        "localdate",
        lambda value=None, tz=None: NOW.date() if value is None else real(value, tz),
    )
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.LANTOA_OPINION_RETENTION_DAYS = 30
    unit = Unit.objects.get(code="03127")
    old, fresh = (
        Item.objects.create(
            unit=unit, source="thử", source_id=text, text=text, observed_on=day, state=ItemState.OK
        )
        for text, day in (
            ("Ý kiến cũ về nhãn hiệu", datetime.date(2026, 1, 5)),
            ("Ý kiến mới", datetime.date(2026, 11, 20)),
        )
    )
    assert retention_enqueue_if_due(now=NOW, last=None)
    old.refresh_from_db()
    fresh.refresh_from_db()
    assert (old.state, old.text) == (ItemState.ANONYMISED, "")
    assert fresh.state == ItemState.OK and fresh.text == "Ý kiến mới"
    assert not retention_enqueue_if_due(now=NOW, last=NOW.date())  # done today already


def test_it_matches_the_items_already_stored_to_a_claim_registered_on_the_page(
    board_user, settings, django_capture_on_commit_callbacks
):
    # Staff register the story they have just read in the list: before, the claim page said
    # «0 ý kiến khớp luận điệu này» until the models were next trained.
    from django.urls import reverse

    from lantoa.opinion.models import Claim
    from tests.conftest import client_for
    from tests.opinion.helpers import ingest

    story = "Cán bộ xã ăn hết tiền hỗ trợ hộ nghèo làm nhà rồi"
    stats = ingest([story])
    assert Item.objects.get(pk=stats.item_ids[0]).claim is None
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        client_for(board_user).post(
            reverse("opinion:claims"),
            {"statement": story, "variants": "", "rebuttal": "Tiền hỗ trợ chi công khai."},
        )
    claim = Claim.objects.get(statement=story)
    item = Item.objects.get(pk=stats.item_ids[0])
    assert item.claim == claim and item.claim_stance == "spreads"


def test_it_gives_a_cluster_the_claim_its_members_are_matched_to_again(
    board_user, settings, django_capture_on_commit_callbacks
):
    # After the re-check the items named the new claim, but their cluster (the dashboard's
    # «Luận điệu» column, the new-cluster alert) kept none until the next import touched it.
    from django.urls import reverse

    from lantoa.opinion.models import Claim
    from tests.conftest import client_for
    from tests.opinion.helpers import ingest

    story = "Cán bộ xã ăn hết tiền hỗ trợ hộ nghèo làm nhà rồi"
    stats = ingest([story, story + " đấy"])
    item = Item.objects.get(pk=stats.item_ids[0])
    assert item.cluster is not None and item.cluster.claim is None
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        client_for(board_user).post(
            reverse("opinion:claims"),
            {"statement": story, "variants": "", "rebuttal": "Tiền hỗ trợ chi công khai."},
        )
    item.cluster.refresh_from_db()
    assert item.cluster.claim == Claim.objects.get(statement=story)


def test_it_queues_one_re_check_for_claims_saved_in_a_row(
    board_user, django_capture_on_commit_callbacks
):
    # Each save queued its own run over the latest 20,000 items; a run still waiting reads the
    # registry as it stands when it starts, so the second save needs none of its own.
    from django.urls import reverse
    from django_tasks_db.models import DBTaskResult

    from tests.conftest import client_for

    client = client_for(board_user)
    for story in ("Tem chè Tủa Chùa bị thu hồi hết rồi", "Gạo Điện Biên bị cấm bán ở chợ"):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(
                reverse("opinion:claims"),
                {"statement": story, "variants": "", "rebuttal": "Tin này sai."},
            )
    waiting = DBTaskResult.objects.filter(task_path__endswith="opinion_claims_rematch")
    assert waiting.count() == 1
    waiting.update(status="SUCCESSFUL")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("opinion:claims"),
            {"statement": "Mắc ca ghép phải nộp tiền bản quyền giống", "rebuttal": "Sai."},
        )
    assert waiting.filter(status="READY").count() == 1  # a finished run does not stand in

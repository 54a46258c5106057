"""A user's memberships are read once a request, again on the next one, never for another user."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lantoa.accounts.capabilities import Capability
from lantoa.accounts.models import Membership, Role
from lantoa.accounts.selectors import (
    board_unit_for_staff,
    is_province_wide,
    memberships_held,
    unit_ids_where,
)
from lantoa.accounts.services import membership_add, membership_remove
from lantoa.core.requestmemo import request_memo_scope
from lantoa.organization.models import Unit
from tests.conftest import client_for, make_user

pytestmark = pytest.mark.django_db


def membership_reads(captured: CaptureQueriesContext) -> int:
    return sum(1 for query in captured if '"accounts_membership"' in query["sql"])


def test_it_reads_the_memberships_once_for_every_check_of_a_page(kl51_campaign, board_user):
    client = client_for(board_user)
    client.get(reverse("home"))
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("home")).status_code == 200
    # The view, the menu (province-wide, board staff, the counts) and the inbox all ask.
    assert membership_reads(captured) == 1


def test_it_reads_them_again_on_the_next_request(kl51_campaign, commune_reporter):
    client = client_for(commune_reporter)
    own = Unit.objects.get(code="03127")
    page = reverse("organization:unit", args=[own.pk])
    assert client.get(page).status_code == 200
    assert reverse("reporting:unit_home") in client.get(reverse("home")).content.decode()
    Membership.objects.filter(user=commune_reporter).delete()
    # Revoked between two requests: the next one no longer lets the reporter in.
    assert client.get(page).status_code == 404
    assert reverse("reporting:unit_home") not in client.get(reverse("home")).content.decode()


def test_it_sees_a_membership_removed_by_the_administrator_on_the_next_request(
    kl51_campaign, commune_reporter, board_user
):
    client = client_for(commune_reporter)
    own = Unit.objects.get(code="03127")
    page = reverse("organization:unit", args=[own.pk])
    assert reverse("reporting:unit_home") in client.get(page).content.decode()
    membership_remove(actor=board_user, membership=Membership.objects.get(user=commune_reporter))
    assert client.get(page).status_code == 404


def test_it_sees_a_membership_given_inside_the_same_request_after_the_write(
    kl51_campaign, outsider, board_user
):
    board = Unit.objects.get(code="BTGDVTU")
    with request_memo_scope():
        assert memberships_held(user=outsider) == []
        assert not is_province_wide(user=outsider)
        membership_add(actor=board_user, user=outsider, unit=board, role=Role.BOARD)
        # The write is audited, and the audit forgets what the request had read.
        assert is_province_wide(user=outsider)
        assert board_unit_for_staff(user=outsider) == board


def test_it_never_gives_one_user_anothers_memberships(kl51_campaign, board_user):
    reporter = make_user("baocao.memo", "03127", Role.REPORTER)
    with request_memo_scope():
        assert is_province_wide(user=board_user)
        assert not is_province_wide(user=reporter)
        own = Unit.objects.get(code="03127")
        assert unit_ids_where(user=reporter, can=Capability.REPORTING_WRITE) == (False, [own.pk])
        assert unit_ids_where(user=board_user, can=Capability.REPORTING_WRITE) == (True, [])
        assert [m.user_id for m in memberships_held(user=reporter)] == [reporter.pk]


def test_it_answers_the_same_outside_a_request_without_remembering(kl51_campaign, outsider):
    board = Unit.objects.get(code="BTGDVTU")
    assert not is_province_wide(user=outsider)
    Membership.objects.create(user=outsider, unit=board, role=Role.LEADER)
    assert is_province_wide(user=outsider)

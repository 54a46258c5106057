"""The demo's opinion items: a false claim said several ways (a cluster), and remarks, once."""

import pytest
from django.urls import reverse

from lantoa.documents.approval import ApprovalState
from lantoa.opinion.demo import DEMO_SOURCE, opinion_items_load_demo
from lantoa.opinion.models import Claim, Item
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_loads_items_with_a_claim_and_a_cluster_once_marked_as_demo(board_user):
    opinion_items_load_demo()
    opinion_items_load_demo()
    items = Item.objects.filter(source=DEMO_SOURCE)
    assert items.count() == 10
    assert Claim.objects.filter(key="gao-cddl-thu-hoi").exists()
    clustered = items.exclude(cluster=None).values("cluster").distinct().count()
    assert clustered < items.count()  # the claim's wordings fall together
    body = client_for(board_user).get(reverse("opinion:items")).content.decode()
    assert "gạo Điện Biên" in body


def test_it_has_the_demo_staff_send_one_opinion_report_to_a_leader_once(leader_user):
    from lantoa.accounts.demo import demo_users_create
    from lantoa.opinion.demo import opinion_report_load_demo
    from lantoa.opinion.models import OpinionReport

    demo_users_create()
    opinion_report_load_demo()
    opinion_report_load_demo()
    report = OpinionReport.objects.get()
    assert report.state == ApprovalState.REVIEW and report.created_by.username == "bantuyengiao"
    home = client_for(leader_user).get(reverse("home")).content.decode()
    assert reverse("opinion:report_detail", args=[report.pk]) in home

"""Opinion data: a collaborator reaches only their own submissions, reporters and press none."""

import pytest

from tests.conftest import client_for
from tests.isolation import r, role_user

pytestmark = pytest.mark.django_db


# Opinion routes -> URLs (tests.opinion.helpers.opinion_world). Board staff and leaders read the
# province; a collaborator reaches only their own submissions (another's item is a 404);
# reporters and press get 403/404 on every one.
OPINION = {
    "opinion:dashboard": lambda o: [r("opinion:dashboard")],
    "opinion:submit": lambda o: [r("opinion:submit")],
    "opinion:mine": lambda o: [r("opinion:mine")],
    "opinion:items": lambda o: [r("opinion:items")],
    "opinion:item": lambda o: [r("opinion:item", o.item_a), r("opinion:item", o.item_b)],
    "opinion:imports": lambda o: [r("opinion:imports")],
    "opinion:import_status": lambda o: [r("opinion:import_status", o.job)],
    "opinion:claims": lambda o: [r("opinion:claims")],
    "opinion:claim": lambda o: [r("opinion:claim", o.claim)],
    "opinion:topics": lambda o: [r("opinion:topics")],
    "opinion:models": lambda o: [r("opinion:models")],
    "opinion:report": lambda o: [r("opinion:report")],
    "opinion:report_detail": lambda o: [r("opinion:report_detail", o.report)],
    "opinion:report_preview": lambda o: [r("opinion:report_preview", o.report)],
    "opinion:report_file": lambda o: [r("opinion:report_file", o.report)],
    "opinion:alert_dismiss": lambda o: [r("opinion:alert_dismiss", o.alert)],
}

GET_ONLY = {"opinion:report_file", "opinion:report_preview"}


def test_it_keeps_opinion_items_to_the_collaborator_who_sent_them():
    from tests.opinion.helpers import opinion_world

    o = opinion_world()
    client = client_for(o.collaborator_a)
    assert client.get(r("opinion:item", o.item_a)).status_code == 200
    assert client.get(r("opinion:item", o.item_b)).status_code == 404
    assert client.post(r("opinion:item", o.item_b), {"sentiment": "negative"}).status_code == 404
    assert o.item_b.text not in client.get(r("opinion:mine")).content.decode()


@pytest.mark.parametrize("role", ["reporter", "press"])
def test_it_refuses_every_opinion_route_to_reporters_and_press(role):
    from lantoa.opinion.models import Alert, Claim, Item
    from tests.opinion.helpers import opinion_world

    o = opinion_world()
    client = client_for(role_user(role))
    counts = (Item.objects.count(), Claim.objects.count(), Alert.objects.count())
    for route in sorted(OPINION):
        for url in OPINION[route](o):
            assert client.get(url).status_code in (403, 404, 405), (role, url)
            # A file or a preview answers GET only: a POST is refused before the view runs.
            refused = (405,) if route in GET_ONLY else (403, 404)
            assert client.post(url, {"action": "approve"}).status_code in refused, (role, url)
    assert counts == (Item.objects.count(), Claim.objects.count(), Alert.objects.count())


def test_it_keeps_opinion_alerts_from_a_reporter_of_the_board_unit(board_user):
    # The board records its own activities too: its reporter reads the board's reporting, not
    # the province's opinion, and an alert names where opinion rose and the story it spreads.
    import datetime

    from django.core import mail

    from lantoa.accounts.models import Role
    from lantoa.notifications.models import Notification
    from lantoa.notifications.selectors import notifications_for, unread_count
    from lantoa.notifications.services import notification_email_send
    from lantoa.opinion.trends import alerts_check
    from tests.conftest import make_user
    from tests.opinion.helpers import ingest

    board_user.email = "chuyenvien@example.vn"
    board_user.save(update_fields=["email"])
    reporter = make_user("bt.baocao", "BTGDVTU", Role.REPORTER)
    reporter.email = "baocao@example.vn"
    reporter.save(update_fields=["email"])
    today = datetime.date.today()
    for week in range(1, 5):
        ingest(
            ["Ý kiến thường ngày"], source=f"w{week}", day=today - datetime.timedelta(weeks=week)
        )
    ingest([f"Phí đăng ký nhãn hiệu cao quá lần {i}" for i in range(15)], source="now", day=today)
    alerts_check()
    alert = Notification.objects.filter(title__contains="đột biến", unit__code="BTGDVTU").first()
    mail.outbox.clear()

    assert alert in notifications_for(user=board_user)
    assert alert not in notifications_for(user=reporter) and unread_count(user=reporter) == 0
    assert alert.title not in client_for(reporter).get(r("notifications:list")).content.decode()
    notification_email_send(notification=alert)
    assert [m.to for m in mail.outbox] == [["chuyenvien@example.vn"]]

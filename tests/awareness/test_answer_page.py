"""The anonymous answer page: no sign-in, one answer per device, closed after its time."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse

from lantoa.awareness.models import Response
from lantoa.awareness.public import POSTS_PER_WINDOW
from tests.awareness.helpers import approved_bank, opened, session

pytestmark = pytest.mark.django_db


def _all_right(check):
    return {f"q{q.pk}": "0" for q in check.questions.all()}


def test_it_takes_an_answer_without_an_account_once_per_device(kl51_campaign):
    check = opened(session(kl51_campaign), approved_bank(kl51_campaign, 5), "after")
    phone = Client(enforce_csrf_checks=True)
    url = reverse("awareness:answer", args=[check.code.lower()])
    page = phone.get(url)
    assert page.status_code == 200 and "<script" not in page.content.decode()
    assert check.title in page.content.decode() and "Câu 5." in page.content.decode()
    token = page.cookies["csrftoken"].value
    sent = phone.post(url, {**_all_right(check), "csrfmiddlewaretoken": token})
    assert "Đã ghi nhận" in sent.content.decode()
    again = phone.post(url, {**_all_right(check), "csrfmiddlewaretoken": token})
    assert again.status_code == 400 and "đã trả lời" in again.content.decode()
    assert Response.objects.count() == 1


def test_it_refuses_a_post_without_the_csrf_token(kl51_campaign):
    check = opened(session(kl51_campaign), approved_bank(kl51_campaign, 5), "after")
    phone = Client(enforce_csrf_checks=True)
    url = reverse("awareness:answer", args=[check.code])
    phone.get(url)
    assert phone.post(url, _all_right(check)).status_code == 403
    assert Response.objects.count() == 0


def test_it_refuses_a_forged_device_token_and_a_closed_check(kl51_campaign):
    check = opened(session(kl51_campaign), approved_bank(kl51_campaign, 5), "before")
    url = reverse("awareness:answer", args=[check.code])
    phone = Client()
    phone.cookies["lt_thiet_bi"] = "gia-mao"
    assert phone.post(url, _all_right(check)).status_code == 400
    check.closes_at = check.closes_at - datetime.timedelta(hours=2)
    check.save()
    closed = Client().post(url, _all_right(check))
    assert "đã đóng" in closed.content.decode() and Response.objects.count() == 0


def test_it_slows_down_a_flood_from_one_address(kl51_campaign, throttle_minute_held):
    check = opened(session(kl51_campaign), approved_bank(kl51_campaign, 5), "before")
    url = reverse("awareness:answer", args=[check.code])
    flood = Client()
    answers = [flood.post(url, {}).status_code for _ in range(POSTS_PER_WINDOW + 1)]
    assert answers[-1] == 429 and 429 not in answers[:-1]


def test_it_finds_a_check_by_its_typed_code(kl51_campaign):
    check = opened(session(kl51_campaign), approved_bank(kl51_campaign, 5), "before")
    typed = Client().get(reverse("awareness:answer_home"), {"ma": check.code.lower()})
    assert typed.status_code == 302 and typed["Location"].endswith(f"/{check.code}/")
    assert Client().get(reverse("awareness:answer", args=["KHONGCO"])).status_code == 404


def test_it_asks_again_for_a_code_typed_with_other_signs(kl51_campaign):
    # A date or an address typed into the code box named no page: the redirect failed (500).
    for typed in ("32/13/2026", "ma so 1", "MÃ123"):
        page = Client().get(reverse("awareness:answer_home"), {"ma": typed})
        assert page.status_code == 400, typed
        assert "Mã chỉ gồm chữ cái và chữ số" in page.content.decode()
    assert Client().get(reverse("awareness:answer_home")).status_code == 200


def test_it_ignores_an_option_that_is_no_number_on_a_posted_sheet(kl51_campaign):
    check = opened(session(kl51_campaign), approved_bank(kl51_campaign, 5), "after")
    phone = Client()
    url = reverse("awareness:answer", args=[check.code])
    # "²" passes str.isdigit() and int() refuses it: the sheet answered a server error.
    sent = phone.post(url, {f"q{q.pk}": "²" for q in check.questions.all()})
    assert sent.status_code in {200, 400} and Response.objects.count() <= 1


def test_it_keeps_no_address_or_trace_of_an_anonymous_sheet(kl51_campaign):
    from lantoa.audit.models import AuditEntry

    check = opened(session(kl51_campaign), approved_bank(kl51_campaign, 5), "after")
    before = AuditEntry.objects.count()
    url = reverse("awareness:answer", args=[check.code])
    phone = Client(REMOTE_ADDR="10.1.2.3")
    phone.get(url)
    assert "Đã ghi nhận" in phone.post(url, _all_right(check)).content.decode()
    assert AuditEntry.objects.count() == before
    stored = Response.objects.get()
    assert "10.1.2.3" not in str(vars(stored))


def test_it_names_the_unanswered_question_and_keeps_the_ticked_answers(kl51_campaign):
    check = opened(session(kl51_campaign), approved_bank(kl51_campaign, 5), "after")
    questions = list(check.questions.order_by("pk"))
    url = reverse("awareness:answer", args=[check.code])
    posted = {f"q{q.pk}": "1" for q in questions[:3]} | {f"q{questions[4].pk}": "0"}
    phone = Client()
    phone.get(url)
    refused = phone.post(url, posted)
    html = refused.content.decode()
    assert refused.status_code == 400
    assert "Còn 1 câu chưa trả lời: câu 4." in html
    fourth = html.split("Câu 4.")[1].split("</fieldset>")[0]
    assert "Chưa trả lời câu hỏi này." in fourth
    for q, value in [(q, "1") for q in questions[:3]] + [(questions[4], "0")]:
        assert f'name="q{q.pk}" value="{value}" checked' in html
    assert Response.objects.count() == 0

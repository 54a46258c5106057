import pytest
from django.test import Client
from django.urls import reverse

from lantoa.organization.models import Unit
from lantoa.press.models import PressItem
from lantoa.showcase.models import ShowcaseEntry
from lantoa.showcase.services import entry_save
from tests.conftest import client_for, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def entries():
    commune = Unit.objects.get(code="03127")
    made = [
        entry_save(name=f"Mô hình điểm số {n}", kind="model", commune=commune, user=None)
        for n in range(60)
    ]
    coffee = entry_save(name="Cà phê Mường Ảng", kind="product", commune=None, user=None)
    return made, coffee


@pytest.fixture
def editor(db):
    return make_user("bientap.baodb", "BAO-PTTH", "press")


def test_it_does_not_list_the_whole_register_in_the_form(kl51_campaign, editor, entries):
    newspaper = Unit.objects.get(code="BAO-PTTH")
    url = reverse("press:item_create", args=[newspaper.pk]) + f"?dot={kl51_campaign.pk}"
    page = client_for(editor).get(url).content.decode()
    assert "Mô hình điểm số 7" not in page and "Cà phê Mường Ảng" not in page
    assert reverse("press:showcase_options") in page  # the search asks the server


def test_it_finds_entries_without_diacritics(editor, entries):
    client = client_for(editor)
    url = reverse("press:showcase_options")
    found = client.get(url, {"showcase_q": "ca phe muong"}).content.decode()
    assert "Cà phê Mường Ảng" in found and "selected" in found  # one match: chosen for you
    many = client.get(url, {"showcase_q": "mo hinh diem"}).content.decode()
    assert many.count("Mô hình điểm số") == 30 and "gõ thêm chữ" in many  # 60 match
    assert "Không tìm thấy" in client.get(url, {"showcase_q": "khong co gi"}).content.decode()
    assert Client().get(url).status_code == 302  # signed-in people only


def test_it_saves_any_entry_and_shows_the_chosen_one_again(kl51_campaign, editor, entries):
    _made, coffee = entries
    newspaper = Unit.objects.get(code="BAO-PTTH")
    client = client_for(editor)
    url = reverse("press:item_create", args=[newspaper.pk]) + f"?dot={kl51_campaign.pk}"
    response = client.post(
        url,
        {
            "campaign": kl51_campaign.pk,
            "title": "Cà phê Mường Ảng vào mùa",
            "outlet": "Báo Điện Biên Phủ",
            "date": "02/07/2026",
            "channel": "print",
            "issue_number": "2040",
            "showcase": coffee.pk,
        },
    )
    assert response.status_code == 302
    item = PressItem.objects.get()
    assert item.showcase == coffee
    edit = client.get(reverse("press:item_edit", args=[item.pk])).content.decode()
    assert f'<option value="{coffee.pk}" selected>Cà phê Mường Ảng</option>' in edit
    assert ShowcaseEntry.objects.count() == 61 and "Mô hình điểm số 7" not in edit

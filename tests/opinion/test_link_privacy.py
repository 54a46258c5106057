"""A link that carries a phone number, ID number or e-mail address is not kept beside a note."""

import pytest
from django.urls import reverse
from django.utils import timezone

from lantoa.opinion.models import Item
from lantoa.organization.models import Unit
from tests.conftest import client_for
from tests.opinion.helpers import opinion_world

pytestmark = pytest.mark.django_db


def test_it_refuses_a_collaborators_link_holding_a_phone_number():
    w = opinion_world()
    before = Item.objects.count()
    posted = client_for(w.collaborator_a).post(
        reverse("opinion:submit"),
        {
            "text": "Có người nhắn hỏi phí đăng ký nhãn hiệu",
            "observed_on": timezone.localdate().strftime("%d/%m/%Y"),
            "unit": Unit.objects.get(code="03127").pk,
            "link": "https://zalo.me/0912345678",
        },
    )
    assert posted.status_code == 400
    assert "số điện thoại" in " ".join(posted.context["form"].errors["link"])
    assert Item.objects.count() == before
    assert "0912345678" not in "".join(Item.objects.values_list("link", flat=True))


def test_it_drops_an_imported_link_holding_an_email_address():
    from lantoa.opinion.importers import RawRecord
    from lantoa.opinion.intake import items_ingest

    opinion_world()
    stats = items_ingest(
        records=[
            RawRecord(
                text="Phí đăng ký nhãn hiệu cao quá",
                link="https://x.vn/ho-so?email=a.nguyen@gmail.com",
            )
        ],
        unit=Unit.objects.get(code="03127"),
        source="Tệp thử",
    )
    assert Item.objects.get(pk=stats.item_ids[0]).link == ""


def test_it_drops_an_imported_link_to_the_authors_profile_by_its_numeric_id(tmp_path):
    # A Facebook export names the author by a numeric id and links the comment to the author's
    # profile page: the link would say who wrote it, the very thing the pseudonym hides.
    import json

    from lantoa.opinion.importers import read_records
    from lantoa.opinion.intake import items_ingest

    opinion_world()
    path = tmp_path / "binhluan.json"
    comment = {
        "id": "yt_1",
        "from": {"name": "Lò Thị Hoa", "id": "100012345678901"},
        "created_time": "2026-12-05T08:00:00+0700",
        "message": "Tin thu hồi chỉ dẫn địa lý là tin sai",
        "permalink": "https://facebook.com/profile.php?id=100012345678901",
    }
    path.write_text(json.dumps([comment]), encoding="utf-8")
    stats = items_ingest(
        records=read_records(path, filename=path.name),
        unit=Unit.objects.get(code="03127"),
        source="Tệp thử",
    )
    item = Item.objects.get(pk=stats.item_ids[0])
    assert item.link == "" and item.author_key
    assert "100012345678901" not in item.link + item.text + item.source_id


def test_it_masks_the_authors_name_in_a_comment_whose_export_names_them_by_id_and_name(tmp_path):
    # A CSV's author column gives the name, and the comment's "Lò Thị Hoa tôi …" is masked; a
    # Facebook export gives {"name", "id"}: the id is pseudonymised, and the name must go too.
    import json

    from lantoa.opinion.importers import read_records
    from lantoa.opinion.intake import items_ingest

    opinion_world()
    path = tmp_path / "binhluan.json"
    comment = {
        "id": "yt_2",
        "from": {"name": "Lò Thị Hoa", "id": "100012345678901"},
        "message": "Lò Thị Hoa tôi xác nhận tin thu hồi chỉ dẫn địa lý là sai",
    }
    path.write_text(json.dumps([comment]), encoding="utf-8")
    stats = items_ingest(
        records=read_records(path, filename=path.name),
        unit=Unit.objects.get(code="03127"),
        source="Tệp thử",
    )
    item = Item.objects.get(pk=stats.item_ids[0])
    assert "Lò Thị Hoa" not in item.text and "xác nhận tin thu hồi" in item.text

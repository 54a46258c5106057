import csv
import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from lantoa.audit.models import AuditAction, AuditEntry
from lantoa.organization.models import Unit
from lantoa.showcase.demo import showcase_load_demo
from lantoa.showcase.models import AssetKind, AssetStatus, ShowcaseEntry
from lantoa.showcase.selectors import ShowcaseFilter, showcase_entries, showcase_good_models
from lantoa.showcase.services import AssetInput, ShowcaseError, entry_save
from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_it_finds_entries_without_diacritics_and_filters_them():
    showcase_load_demo()
    names = [e.name for e in showcase_entries(filters=ShowcaseFilter(q="ca phe muong ang"))]
    assert names == ["Cà phê Mường Ảng"]
    gi_granted = showcase_entries(
        filters=ShowcaseFilter(asset_kind=AssetKind.GEOGRAPHICAL_INDICATION, status="granted")
    )
    assert [e.name for e in gi_granted] == ["Gạo Điện Biên"]
    tua_chua = Unit.objects.get(code="03217")
    assert [e.name for e in showcase_entries(filters=ShowcaseFilter(commune=str(tua_chua.pk)))] == [
        "Chè Shan tuyết Tủa Chùa"
    ]


def test_it_loads_the_demo_once_and_marks_it():
    first = showcase_load_demo()
    assert showcase_load_demo() == first == ShowcaseEntry.objects.count()
    assert all(e.is_demo and "minh họa" in e.description for e in ShowcaseEntry.objects.all())


def test_it_requires_a_number_and_date_for_a_granted_asset():
    with pytest.raises(ShowcaseError):
        entry_save(
            name="Mận hậu",
            kind="product",
            commune=None,
            assets=[AssetInput(kind=AssetKind.TRADEMARK, status=AssetStatus.GRANTED)],
            user=None,
        )
    entry = entry_save(
        name="Mận hậu",
        kind="product",
        commune=None,
        ocop_stars=3,
        assets=[
            AssetInput(
                kind=AssetKind.TRADEMARK,
                status=AssetStatus.GRANTED,
                number="123456",
                date=datetime.date(2024, 5, 2),
            )
        ],
        user=None,
    )
    assert entry.assets.get().number == "123456"
    with pytest.raises(ShowcaseError):
        entry_save(name="x", kind="product", commune=None, ocop_stars=6, user=None)


def test_it_exports_with_neutralised_formulas_and_audits(board_user):
    entry_save(
        name='=HYPERLINK("http://x")', kind="model", commune=None, description="+1", user=None
    )
    entry_save(name="Mô hình tốt", kind="model", commune=None, description="@sum", user=None)
    client = client_for(board_user)
    response = client.get(reverse("showcase:export", args=["csv"]))
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    cells = [c for row in rows[1:] for c in row]
    assert '\'=HYPERLINK("http://x")' in cells and "'+1" in cells and "'@sum" in cells
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)
    book = load_workbook(io.BytesIO(client.get(reverse("showcase:export", args=["xlsx"])).content))
    cells = [c for row in book.active.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    # .xlsx keeps the text exactly, as a text cell flagged "typed with a leading apostrophe".
    typed = {c.value: c for c in cells if c.value in ('=HYPERLINK("http://x")', "+1", "@sum")}
    assert len(typed) == 3 and all(c.data_type == "s" and c.quotePrefix for c in typed.values())
    assert AuditEntry.objects.filter(action=AuditAction.EXPORT, user=board_user).count() == 2


def test_it_refuses_the_export_to_units(commune_reporter):
    client = client_for(commune_reporter)
    assert client.get(reverse("showcase:export", args=["csv"])).status_code == 403
    assert client.get(reverse("showcase:list") + "?q=gao").status_code == 200


def test_it_gives_the_reports_good_models_featured_ones_first(kl51_campaign):
    showcase_load_demo()
    lines = showcase_good_models(limit=3)
    assert len(lines) == 3 and lines[0].startswith("Gạo Điện Biên")  # the granted GI first
    assert all("(số liệu minh họa)" in line for line in lines)
    from lantoa.press.models import PressItem

    tea = ShowcaseEntry.objects.get(name="Chè Shan tuyết Tủa Chùa")
    PressItem.objects.create(
        unit=Unit.objects.get(code="BAO-PTTH"),
        campaign=kl51_campaign,
        title="Chè Tủa Chùa",
        outlet="Báo Điện Biên Phủ",
        date=datetime.date(2026, 7, 1),
        channel="print",
        issue_number="1",
        showcase=tea,
    )
    assert showcase_good_models(campaign=kl51_campaign)[0].startswith("Chè Shan tuyết Tủa Chùa")


def test_it_lets_the_board_add_an_entry_with_assets(board_user, commune_reporter):
    url = reverse("showcase:create")
    data = {
        "name": "HTX Mường Ảng",
        "kind": "cooperative",
        "ocop_stars": "3",
        "ts-TOTAL_FORMS": "2",
        "ts-INITIAL_FORMS": "0",
        "ts-0-kind": "collective_mark",
        "ts-0-status": "filed",
        "ts-0-date": "02/03/2026",
    }
    assert client_for(commune_reporter).post(url, data).status_code == 403
    assert client_for(board_user).post(url, data).status_code == 302
    entry = ShowcaseEntry.objects.get(name="HTX Mường Ảng")
    assert entry.assets.get().date == datetime.date(2026, 3, 2)


def test_it_finds_an_entry_in_the_admin_as_on_the_register_page():
    # The register's search folds what is typed (core.text.fold), as its key is folded; the
    # admin's search looked for "Mường Ảng" as typed in the folded key and found nothing.
    from django.contrib.auth import get_user_model

    showcase_load_demo()
    root = get_user_model().objects.create_superuser("goc", password="x")
    admin = reverse("admin:showcase_showcaseentry_changelist")
    for typed in ("Cà phê Mường Ảng", "ca phe muong ang"):
        found = client_for(root).get(admin, {"q": typed}).context["cl"].result_list
        names = [e.name for e in showcase_entries(filters=ShowcaseFilter(q=typed))]
        assert names == [e.name for e in found] == ["Cà phê Mường Ảng"]

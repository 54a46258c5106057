"""An opinion item imported with its platform's permalink, read on a 390 px phone."""

from __future__ import annotations

import pytest

from tests.browser.conftest import LiveServer
from tests.browser.test_homes import login
from tests.browser.test_main_flow import PHONE, Session

pytestmark = pytest.mark.browser
# A comment's permalink as a fanpage export gives it: one unbroken word of some 130 characters.
LINK = (
    "https://www.facebook.com/baodienbienphu.vn/posts/pfbid02xYzAbCdEfGhIjKlMnOpQrStUvWxYz"
    "0123456789AbCdEfGhIjKlMnOpQrStUv?comment_id=1234567890123456"
)
SETUP = f"""
import datetime
from lantoa.opinion.models import Item
from lantoa.organization.models import Unit
item = Item.objects.create(
    unit=Unit.objects.get(code="03160"),
    source="Fanpage Báo Điện Biên Phủ",
    source_id="fb_10238",
    text="Hồ sơ để mãi không giải quyết, gọi <PHONE> không ai nghe",
    search_key="ho so de mai khong giai quyet",
    observed_on=datetime.date.today(),
    link="{LINK}",
)
print(item.pk)
"""


def test_it_keeps_an_items_long_permalink_within_a_phones_width(
    chromium_browser, live_lantoa: LiveServer
) -> None:  # type: ignore[no-untyped-def]
    item_id = int(live_lantoa.shell(SETUP).split()[-1])
    phone = Session(chromium_browser, live_lantoa, PHONE, "y-kien-duong-dan")
    login(phone, "bantuyengiao", totp=True)
    phone.go(f"/du-luan/y-kien/{item_id}/")
    assert LINK in phone.page.content()
    # Before, the link stretched the facts to 1,014 px: the page scrolled sideways.
    phone.shot("y-kien-duong-dan")

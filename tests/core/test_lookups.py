"""one_or_404: a selector's missing or hidden row is a 404 with its Vietnamese message."""

import pytest
from django.contrib.auth import get_user_model
from django.http import Http404

from lantoa.core.lookups import one_or_404


def test_it_returns_the_row_or_raises_a_404_naming_what_is_missing(board_user):
    users = get_user_model().objects
    assert one_or_404(users.filter(pk=board_user.pk), "Không tìm thấy.") == board_user
    with pytest.raises(Http404, match="Không tìm thấy người dùng."):
        one_or_404(users.filter(pk=board_user.pk + 1), "Không tìm thấy người dùng.")

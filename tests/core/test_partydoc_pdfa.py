"""Issued documents' archival PDF: the PDF/A-3b claims that can be checked offline (#20.4)."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from lantoa.core.partydoc import render_pdf
from lantoa.core.partydoc.sample import sample_document


def _archival() -> tuple[PdfReader, str]:
    doc = sample_document()
    reader = PdfReader(io.BytesIO(render_pdf(doc, archival=True)))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    return reader, xmp


def test_it_claims_pdfa_3b_in_the_xmp_metadata() -> None:
    _, xmp = _archival()
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="B"' in xmp


def test_it_sets_number_date_issuer_and_subject_in_the_metadata() -> None:
    doc = sample_document()
    reader, xmp = _archival()
    info = reader.metadata
    assert info is not None
    code = f"{doc.number}-{doc.symbol}"
    assert info["/Subject"] == doc.subject and doc.subject in xmp
    assert info["/Author"] == doc.issuing_body and doc.issuing_body in xmp
    assert f"Số {code}" in info["/Keywords"] and code in info["/Title"]
    assert doc.date is not None and f"Ngày {doc.date:%d/%m/%Y}" in info["/Keywords"]
    assert re.search(rf"<xmp:CreateDate>{doc.date.isoformat()}T", xmp)


def test_it_has_an_srgb_output_intent() -> None:
    reader, _ = _archival()
    (intent,) = [i.get_object() for i in reader.trailer["/Root"]["/OutputIntents"]]
    assert intent["/S"] == "/GTS_PDFA1"
    assert "sRGB" in intent["/OutputConditionIdentifier"]
    assert intent["/DestOutputProfile"].get_object().get_data()[36:40] == b"acsp"  # an ICC profile


def test_it_embeds_every_font() -> None:
    reader, _ = _archival()
    fonts = {}
    for page in reader.pages:
        for name, ref in page["/Resources"].get("/Font", {}).items():
            font = ref.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            fonts[name] = font["/FontDescriptor"].get_object()
    assert fonts
    embedded = {"/FontFile", "/FontFile2", "/FontFile3"}
    assert all(embedded & set(descriptor.keys()) for descriptor in fonts.values())


def test_it_leaves_previews_as_plain_pdf() -> None:
    reader = PdfReader(io.BytesIO(render_pdf(sample_document())))
    assert "/OutputIntents" not in reader.trailer["/Root"]


def test_it_names_a_cong_van_as_one_in_the_title() -> None:
    """A công văn prints no type line (doc_type ""): its PDF title still says what it is."""
    import dataclasses

    doc = dataclasses.replace(sample_document(), doc_type="")
    info = PdfReader(io.BytesIO(render_pdf(doc, archival=True))).metadata
    assert info is not None
    assert info["/Title"] == f"Công văn số {doc.number}-{doc.symbol}"

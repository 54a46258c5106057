"""The register of typical models, products, enterprises and cooperatives and their IP assets."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models

from lantoa.organization.models import Unit


class EntryKind(models.TextChoices):
    MODEL = "model", "Mô hình"
    PRODUCT = "product", "Sản phẩm"
    ENTERPRISE = "enterprise", "Doanh nghiệp"
    COOPERATIVE = "cooperative", "Hợp tác xã"


class AssetKind(models.TextChoices):
    TRADEMARK = "trademark", "Nhãn hiệu"
    COLLECTIVE_MARK = "collective_mark", "Nhãn hiệu tập thể"
    CERTIFICATION_MARK = "certification_mark", "Nhãn hiệu chứng nhận"
    GEOGRAPHICAL_INDICATION = "gi", "Chỉ dẫn địa lý"
    INDUSTRIAL_DESIGN = "industrial_design", "Kiểu dáng công nghiệp"
    PATENT = "patent", "Sáng chế, giải pháp hữu ích"
    COPYRIGHT = "copyright", "Quyền tác giả"
    PLANT_VARIETY = "plant_variety", "Giống cây trồng"


class AssetStatus(models.TextChoices):
    NOT_FILED = "not_filed", "Chưa nộp đơn"
    FILED = "filed", "Đã nộp đơn"
    GRANTED = "granted", "Đã được cấp văn bằng"
    EXPIRED = "expired", "Hết hiệu lực"


class ShowcaseEntry(models.Model):
    """A model, product, enterprise or cooperative worth showing, with its commune."""

    name = models.CharField("tên", max_length=300)
    kind = models.CharField("loại", max_length=12, choices=EntryKind.choices)
    commune = models.ForeignKey(
        Unit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="showcase_entries",
        verbose_name="xã, phường",
    )
    description = models.TextField("mô tả", blank=True)
    ocop_stars = models.PositiveSmallIntegerField(
        "số sao OCOP", default=0, validators=[MaxValueValidator(5)]
    )
    is_demo = models.BooleanField("dữ liệu minh họa", default=False)
    # Folded name, description and commune: "ca phe muong ang" finds "Cà phê Mường Ảng".
    search_key = models.TextField(editable=False, default="")
    sort_key = models.CharField(max_length=600, editable=False, default="", db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "mô hình, sản phẩm tiêu biểu"
        verbose_name_plural = "mô hình, sản phẩm tiêu biểu"
        ordering = ["sort_key", "pk"]
        indexes = [models.Index(fields=["kind", "sort_key"])]

    def __str__(self) -> str:
        return self.name


class IpAsset(models.Model):
    """One intellectual-property asset of an entry and its protection status."""

    entry = models.ForeignKey(ShowcaseEntry, on_delete=models.CASCADE, related_name="assets")
    kind = models.CharField("loại tài sản trí tuệ", max_length=20, choices=AssetKind.choices)
    title = models.CharField("tên, đối tượng bảo hộ", max_length=300, blank=True)
    status = models.CharField(
        "tình trạng", max_length=10, choices=AssetStatus.choices, default=AssetStatus.NOT_FILED
    )
    number = models.CharField("số văn bằng, số đơn", max_length=60, blank=True)
    date = models.DateField("ngày cấp, ngày nộp", null=True, blank=True)

    class Meta:
        verbose_name = "tài sản trí tuệ"
        verbose_name_plural = "tài sản trí tuệ"
        ordering = ["pk"]
        indexes = [models.Index(fields=["kind", "status"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.get_status_display()}"

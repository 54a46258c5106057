"""The province's unit tree, its lineage through mergers, dated denominators and unit groups."""

from __future__ import annotations

from django.db import models
from django.db.models import Q


class UnitKind(models.TextChoices):
    BOARD = "board", "Ban Tuyên giáo và Dân vận"
    COMMUNE = "commune", "Đảng ủy xã"
    WARD = "ward", "Đảng ủy phường"
    AFFILIATED = "affiliated", "Đảng ủy trực thuộc tỉnh"
    PRESS = "press", "Cơ quan báo chí trong tỉnh"
    CENTRAL_PRESS = "central_press", "Cơ quan báo chí Trung ương thường trú"
    OTHER = "other", "Khác"


# The kinds that are a place (a commune or ward committee): what has a population, a locality.
LOCAL_KINDS = (UnitKind.COMMUNE, UnitKind.WARD)


class UnitState(models.TextChoices):
    ACTIVE = "active", "Đang hoạt động"
    MERGED = "merged", "Đã sáp nhập"


class Unit(models.Model):
    """A node of the province's tree: the board, a party committee, a press agency."""

    kind = models.CharField("loại đơn vị", max_length=20, choices=UnitKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name="đơn vị cấp trên",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    code = models.CharField(
        "mã đơn vị",
        max_length=32,
        unique=True,
        null=True,
        blank=True,
        help_text="Mã chính thức (mã thống kê với xã, phường).",
    )
    name = models.CharField("tên đơn vị", max_length=255)
    locality = models.CharField(
        "địa bàn", max_length=255, blank=True, help_text="Ví dụ: Phường Điện Biên Phủ."
    )
    state = models.CharField(
        "trạng thái", max_length=10, choices=UnitState.choices, default=UnitState.ACTIVE
    )
    valid_from = models.DateField("hiệu lực từ", null=True, blank=True)
    valid_to = models.DateField("hết hiệu lực", null=True, blank=True)
    search_key = models.CharField(max_length=600, editable=False, db_index=True)
    # Vietnamese order as a plain string (lantoa.core.text.vn_sort_key), kept with the name.
    sort_key = models.CharField(max_length=600, editable=False, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "đơn vị"
        verbose_name_plural = "đơn vị"
        indexes = [models.Index(fields=["kind", "state"])]

    def __str__(self) -> str:
        return self.name

    @property
    def is_active(self) -> bool:
        return self.state == UnitState.ACTIVE


class LineageEvent(models.TextChoices):
    MERGE = "merge", "Sáp nhập"
    SPLIT = "split", "Chia tách"
    RENAME = "rename", "Đổi tên"


class UnitLineage(models.Model):
    """One step of history: a predecessor unit that became (part of) a successor."""

    predecessor = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="successor_links", verbose_name="đơn vị cũ"
    )
    successor = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="predecessor_links", verbose_name="đơn vị mới"
    )
    event = models.CharField("sự kiện", max_length=10, choices=LineageEvent.choices)
    effective = models.DateField("ngày hiệu lực")
    source = models.CharField("nguồn", max_length=255, blank=True)

    class Meta:
        verbose_name = "lịch sử sắp xếp đơn vị"
        verbose_name_plural = "lịch sử sắp xếp đơn vị"
        constraints = [
            models.UniqueConstraint(
                fields=["predecessor", "successor", "effective"], name="unique_lineage_step"
            ),
            models.CheckConstraint(
                condition=~Q(predecessor=models.F("successor")), name="lineage_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.predecessor} → {self.successor} ({self.effective:%d/%m/%Y})"


class FigureKind(models.TextChoices):
    PARTY_MEMBERS = "party_members", "Số đảng viên"
    PARTY_CELLS = "party_cells", "Số chi bộ"
    POPULATION = "population", "Dân số"


def figure_kinds_for(unit: Unit) -> list[str]:
    """Return the denominators a unit has: a population only where the unit is a place."""
    return [k for k in FigureKind.values if k != FigureKind.POPULATION or unit.kind in LOCAL_KINDS]


class UnitFigure(models.Model):
    """A denominator of a unit (party members, cells, population), valid from a date."""

    unit = models.ForeignKey(
        Unit, on_delete=models.CASCADE, related_name="figures", verbose_name="đơn vị"
    )
    kind = models.CharField("chỉ tiêu", max_length=20, choices=FigureKind.choices)
    value = models.PositiveIntegerField("giá trị")
    valid_from = models.DateField("áp dụng từ")
    is_demo = models.BooleanField("số liệu minh họa", default=False)
    source = models.CharField("nguồn", max_length=255, blank=True)

    class Meta:
        verbose_name = "số liệu đơn vị"
        verbose_name_plural = "số liệu đơn vị"
        ordering = ["unit", "kind", "-valid_from"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "kind", "valid_from"], name="unique_figure_per_date"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.value}"


class UnitGroup(models.Model):
    """A named set of units a guidance addresses, by kind and/or an explicit list."""

    name = models.CharField("tên nhóm", max_length=255, unique=True)
    kinds = models.JSONField("các loại đơn vị", default=list, blank=True)
    units = models.ManyToManyField(Unit, blank=True, related_name="groups", verbose_name="đơn vị")

    class Meta:
        verbose_name = "nhóm đơn vị"
        verbose_name_plural = "nhóm đơn vị"

    def __str__(self) -> str:
        return self.name

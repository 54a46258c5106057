"""The one way a selector turns a missing or hidden row into a 404, and lookups compiled once."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Model, QuerySet
from django.db.models.query import get_related_populators
from django.http import Http404

Row = TypeVar("Row", bound=Model)


def found_or_404(found: Row | None, message: str | None = None) -> Row:
    """Return the row, or raise a 404 (its Vietnamese message, if any) when there is none."""
    if found is None:
        raise Http404 if message is None else Http404(message)
    return found


def one_or_404(rows: QuerySet[Row], message: str | None = None) -> Row:
    """Return the first of the rows, or raise a 404 (its Vietnamese message, if any)."""
    return found_or_404(rows.first(), message)


@dataclass(frozen=True)
class _Compiled:
    sql: str
    params: tuple[Any, ...]
    slot: int
    compiler: Any
    converters: dict[int, Any]
    init_list: list[str]
    start: int
    end: int
    populators: list[Any]


class PreparedLookup(Generic[Row]):
    """A query for one row by one text, compiled to SQL once per thread instead of per call.

    For the public pages' peaks: compiling a select_related() query cost the ORM five times
    the query itself. The rows come back as the ORM builds them (converters, related objects).
    """

    # Stands for the looked-up text while the query is compiled; its place in the parameters
    # is where each call's text goes.
    SLOT = "\x00prepared-lookup\x00"

    def __init__(self, rows: Callable[[str], QuerySet[Row]]) -> None:
        self._rows = rows
        # Per thread, as Django's connections are: a compiler keeps the one it was made with.
        self._local = threading.local()

    def _compiled(self, using: str) -> _Compiled:
        compiled: dict[str, _Compiled] = self._local.__dict__.setdefault("by_alias", {})
        if using not in compiled:
            query = self._rows(self.SLOT).query
            compiler = query.get_compiler(using=using)
            sql, params = compiler.as_sql()
            if list(params).count(self.SLOT) != 1:
                raise ValueError("a prepared lookup takes exactly one parameter")
            info = compiler.klass_info
            start, end = info["select_fields"][0], info["select_fields"][-1] + 1
            compiled[using] = _Compiled(
                sql=sql,
                params=tuple(params),
                slot=list(params).index(self.SLOT),
                compiler=compiler,
                converters=compiler.get_converters([col for col, _, _ in compiler.select]),
                init_list=[col.target.attname for col, _, _ in compiler.select[start:end]],
                start=start,
                end=end,
                populators=get_related_populators(  # type: ignore[call-arg]  # 5.2's; stubs: 6.0's
                    info, compiler.select, using
                ),
            )
        return compiled[using]

    def first(self, value: str, *, using: str = DEFAULT_DB_ALIAS) -> Row | None:
        """Return the row the query finds for the value (at most one: a unique column), or None."""
        compiled = self._compiled(using)
        params = list(compiled.params)
        params[compiled.slot] = value
        with connections[using].cursor() as cursor:
            cursor.execute(compiled.sql, params)
            row = cursor.fetchone()
        if row is None:
            return None
        compiler = compiled.compiler
        if compiled.converters:
            row = next(iter(compiler.apply_converters([row], compiled.converters)))
        model = compiler.klass_info["model"]
        found: Row = model.from_db(using, compiled.init_list, row[compiled.start : compiled.end])
        for populator in compiled.populators:
            populator.populate(row, found)
        return found

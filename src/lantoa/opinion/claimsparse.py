"""Sparse-matrix steps of claim matching (claimindex): top candidates a row, pair products."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy import sparse


@dataclass(frozen=True)
class Rows:
    """A CSR matrix's arrays alone: a product of one row is built without scipy's checks."""

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray

    @property
    def nnz(self) -> int:
        """Return the number of stored entries."""
        return len(self.data)

    @property
    def shape(self) -> tuple[int]:
        """Return the number of rows (all top_per_row needs of a shape)."""
        return (len(self.indptr) - 1,)


def rows_of(matrix: sparse.csr_matrix) -> Rows:
    """Return a CSR matrix's arrays."""
    return Rows(matrix.indptr, matrix.indices, matrix.data)


def one_row_product(columns: np.ndarray, matrix: sparse.csr_matrix) -> Rows:
    """Return the product of one 0/1 row (its sorted columns set) and a CSR matrix, entries in
    the order scipy's product gives them (the one first reached last), so that equal entries
    tie as they do there; the sums are added in scipy's order too."""
    starts = matrix.indptr[columns]
    lengths = matrix.indptr[columns + 1] - starts
    positions = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
    positions += np.arange(len(positions))
    reached = matrix.indices[positions]
    sums = np.bincount(reached, weights=matrix.data[positions])
    distinct, first = np.unique(reached, return_index=True)
    order = distinct[np.argsort(first)[::-1]]
    order = order[sums[order] != 0]  # as scipy leaves out an entry summing to zero
    return Rows(np.array([0, len(order)]), order, sums[order])


def top_per_row(matrix: Rows, count: int) -> tuple[np.ndarray, np.ndarray]:
    """Return (row, column) of the `count` largest entries of each row, rows in order."""
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for row in range(matrix.shape[0]):
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        if start == end:
            continue
        columns = matrix.indices[start:end]
        if end - start > count:
            columns = columns[np.argpartition(-matrix.data[start:end], count)[:count]]
        rows.append(np.full(len(columns), row))
        cols.append(columns)
    if not rows:
        return np.zeros(0, dtype=int), np.zeros(0, dtype=int)
    return np.concatenate(rows), np.concatenate(cols)


# Pairs up to which pair_dot gathers rows itself rather than through scipy.
SMALL = 64


def pair_dot(
    matrix: sparse.csr_matrix, members: np.ndarray, dense: np.ndarray, rows: np.ndarray
) -> np.ndarray:
    """Return, for each pair, the weight of matrix row `members[i]` present in text `rows[i]`."""
    if len(members) > SMALL:
        picked = matrix[members]  # the members' rows, one after another (scipy's C row gather)
        lengths, indices, data = np.diff(picked.indptr), picked.indices, picked.data
    else:  # scipy's checks cost more than the gather itself for a text or two
        starts = matrix.indptr[members]
        lengths = matrix.indptr[members + 1] - starts
        positions = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
        positions += np.arange(len(positions))
        indices, data = matrix.indices[positions], matrix.data[positions]
    if not len(indices):
        return np.zeros(len(members))
    pair = np.repeat(np.arange(len(members)), lengths)
    # One flat lookup in the (text x column) table: cheaper than a two-index one.
    cells = (np.asarray(rows, dtype=np.int64) * dense.shape[1])[pair] + indices
    weights = data * np.ravel(dense).take(cells)
    return np.bincount(pair, weights=weights, minlength=len(members))


def pair_dot_once(
    matrix: sparse.csr_matrix, members: np.ndarray, dense: np.ndarray, rows: np.ndarray
) -> np.ndarray:
    """Return pair_dot's answer, each distinct (row, member) pair computed once (several
    candidate variants of one claim share the claim's row)."""
    if len(members) <= SMALL:  # sorting out the distinct pairs costs more than it saves
        return pair_dot(matrix, members, dense, rows)
    keys = np.asarray(rows, dtype=np.int64) * matrix.shape[0] + members
    distinct, inverse = np.unique(keys, return_inverse=True)
    once = pair_dot(matrix, distinct % matrix.shape[0], dense, distinct // matrix.shape[0])
    return once[inverse]


def flags_where(rows: np.ndarray, size: int, test: Callable[[int], object]) -> np.ndarray:
    """Return a table of `size` flags, set where `test` holds for one of `rows`."""
    flags = np.zeros(size, dtype=bool)
    for row in rows.tolist():
        flags[row] = bool(test(row))
    return flags

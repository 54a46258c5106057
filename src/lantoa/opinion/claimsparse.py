"""Sparse-matrix steps of claim matching (claimindex): top candidates a row, pair products."""

from __future__ import annotations

import numpy as np
from scipy import sparse


def top_per_row(matrix: sparse.csr_matrix, count: int) -> tuple[np.ndarray, np.ndarray]:
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
        indptr, indices, data = picked.indptr, picked.indices, picked.data
    else:  # scipy's checks cost more than the gather itself for a text or two
        starts = matrix.indptr[members]
        lengths = matrix.indptr[members + 1] - starts
        positions = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
        positions += np.arange(len(positions))
        indptr = np.r_[0, np.cumsum(lengths)]
        indices, data = matrix.indices[positions], matrix.data[positions]
    if not len(indices):
        return np.zeros(len(members))
    pair = np.repeat(np.arange(len(members)), np.diff(indptr))
    # One flat lookup in the (text x column) table: cheaper than a two-index one.
    cells = (np.asarray(rows, dtype=np.int64) * dense.shape[1])[pair] + indices
    weights = data * np.ravel(dense).take(cells)
    return np.bincount(pair, weights=weights, minlength=len(members))


def pair_dot_once(
    matrix: sparse.csr_matrix, members: np.ndarray, dense: np.ndarray, rows: np.ndarray
) -> np.ndarray:
    """Return pair_dot's answer, each distinct (row, member) pair computed once (several
    candidate variants of one claim share the claim's row)."""
    if not len(members):
        return np.zeros(0)
    keys = np.asarray(rows, dtype=np.int64) * matrix.shape[0] + members
    distinct, inverse = np.unique(keys, return_inverse=True)
    once = pair_dot(matrix, distinct % matrix.shape[0], dense, distinct // matrix.shape[0])
    return once[inverse]

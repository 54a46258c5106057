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


def pair_dot(
    matrix: sparse.csr_matrix, members: np.ndarray, dense: np.ndarray, rows: np.ndarray
) -> np.ndarray:
    """Return, for each pair, the weight of matrix row `members[i]` present in text `rows[i]`."""
    lengths = np.diff(matrix.indptr)[members]
    if not lengths.sum():
        return np.zeros(len(members))
    # Positions of every stored entry of each member's row, pair after pair.
    offsets = np.repeat(matrix.indptr[members] - np.cumsum(lengths) + lengths, lengths)
    positions = offsets + np.arange(lengths.sum())
    present = dense[np.repeat(rows, lengths), matrix.indices[positions]]
    weights = np.where(present, matrix.data[positions], 0.0)
    pair = np.repeat(np.arange(len(members)), lengths)
    return np.bincount(pair, weights=weights, minlength=len(members))

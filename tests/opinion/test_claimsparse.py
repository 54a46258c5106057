"""The sparse steps of claim matching give scipy's answers, entry for entry, on either path."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from lantoa.opinion.claimsparse import SMALL, one_row_product, pair_dot, pair_dot_once


def _matrix(rows: int = 40, columns: int = 60, seed: int = 5) -> sparse.csr_matrix:
    rng = np.random.default_rng(seed)
    dense = rng.random((rows, columns)) * (rng.random((rows, columns)) < 0.2)
    # Equal weights, so that ties between candidates depend on the order of the entries.
    return sparse.csr_matrix(np.round(dense * 4) / 4 + (dense > 0))


def test_it_gives_one_rows_product_in_scipys_order_and_sums():
    matrix_t = _matrix().T.tocsr()
    for columns in ([3, 7, 19, 33], [0], list(range(0, 40, 3))):
        row = sparse.csr_matrix(
            (np.ones(len(columns)), ([0] * len(columns), columns)), shape=(1, matrix_t.shape[0])
        )
        expected = (row @ matrix_t).tocsr()
        found = one_row_product(np.array(columns), matrix_t)
        assert found.indices.tolist() == expected.indices.tolist()
        assert found.data.tolist() == expected.data.tolist()
        assert found.indptr.tolist() == expected.indptr.tolist()


def test_it_gives_an_empty_product_for_a_row_reaching_nothing():
    matrix_t = sparse.csr_matrix((5, 8))
    found = one_row_product(np.array([1, 2]), matrix_t)
    assert found.nnz == 0 and found.indptr.tolist() == [0, 0]


def test_it_gives_pair_products_alike_on_the_small_and_the_large_path():
    matrix = _matrix()
    rng = np.random.default_rng(7)
    dense = rng.random((6, matrix.shape[1])) < 0.5
    members = rng.integers(0, matrix.shape[0], SMALL * 3)
    rows = np.sort(rng.integers(0, 6, SMALL * 3))
    whole = pair_dot(matrix, members, dense, rows)
    expected = [
        float(matrix[m].toarray()[0] @ dense[r]) for m, r in zip(members, rows, strict=True)
    ]
    assert np.allclose(whole, expected)
    small = np.concatenate(
        [
            pair_dot(matrix, members[i : i + SMALL], dense, rows[i : i + SMALL])
            for i in (0, SMALL, 2 * SMALL)
        ]
    )
    assert whole.tolist() == small.tolist()
    assert pair_dot_once(matrix, members, dense, rows).tolist() == whole.tolist()

"""Bundled in place of blis's ``blis.py`` extension: ``gemm`` through ``blis.cy``'s own BLIS.

The blis wheel links the whole BLIS library (all CPU kernels, 18 MB on Linux) into each of its
two extensions, ``blis.cy`` and ``blis.py``. InBrief's NER (thinc's NumpyOps) needs
``blis.cy`` for its C-level calls and ``blis.py`` only for ``gemm`` on float32 matrices. This
module provides that ``gemm`` by calling ``blis.cy``'s exported ``sgemm``/``dgemm`` (Cython's
``__pyx_capi__`` capsules) through ctypes, so the arithmetic is the same BLIS code as the
original ``blis.py.gemm`` and results are bit-identical (tests/test_build_scripts.py checks).
The other functions of ``blis.py`` are not used by thinc or spaCy and raise AttributeError.
"""

from __future__ import annotations

import ctypes
from typing import Any

import blis.cy as _cy
import numpy

__all__ = ["gemm"]

_get_name = ctypes.pythonapi.PyCapsule_GetName
_get_name.restype = ctypes.c_char_p
_get_name.argtypes = [ctypes.py_object]
_get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
_get_pointer.restype = ctypes.c_void_p
_get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]


def _c_function(name: str, real: Any) -> Any:
    """Return blis.cy's C function ``name`` (the cdef s/dgemm of blis/cy.pyx) as a ctypes call."""
    capsule = _cy.__pyx_capi__[name]  # type: ignore[attr-defined]
    pointer = _get_pointer(capsule, _get_name(capsule))
    integer, address = ctypes.c_int, ctypes.c_void_p
    # (bint transA, bint transB, int M, int N, int K, real alpha, const real* A, int lda,
    #  const real* B, int ldb, real beta, real* C, int ldc); ctypes drops the GIL while BLIS
    # runs, as blis.py's "with nogil" does.
    prototype = ctypes.CFUNCTYPE(None, integer, integer, integer, integer, integer, real,
                                 address, integer, address, integer, real, address, integer)
    return prototype(pointer)


_KERNELS = {
    numpy.dtype("float32"): _c_function("sgemm", ctypes.c_float),
    numpy.dtype("float64"): _c_function("dgemm", ctypes.c_double),
}


def gemm(A: numpy.ndarray, B: numpy.ndarray, out: numpy.ndarray | None = None,
         trans1: bool = False, trans2: bool = False, alpha: float = 1.0,
         beta: float = 1.0) -> numpy.ndarray:
    """Return ``out = alpha * op(A) @ op(B) + beta * out``, as blis.py.gemm does."""
    kernel = _KERNELS.get(A.dtype)
    if kernel is None or B.dtype != A.dtype:
        raise TypeError(f"blis gemm needs two float32 or float64 matrices, got {A.dtype} "
                        f"and {B.dtype}")
    for matrix in (A, B):
        if matrix.ndim != 2 or not matrix.flags.c_contiguous:
            raise ValueError("blis gemm needs C-contiguous 2-dimensional arrays")
    rows, inner = (A.shape[1], A.shape[0]) if trans1 else A.shape
    inner_b, columns = (B.shape[1], B.shape[0]) if trans2 else B.shape
    if inner != inner_b:
        raise ValueError(f"Shape mismatch for blis.gemm: ({rows}, {inner}), "
                         f"({inner_b}, {columns})")
    if out is None:
        out = (numpy.empty if beta == 0.0 else numpy.zeros)((rows, columns), dtype=A.dtype)
    elif (out.dtype != A.dtype or out.shape != (rows, columns)
          or not out.flags.c_contiguous or not out.flags.writeable):
        raise ValueError(f"blis gemm: out must be a writable C-contiguous {A.dtype} array of "
                         f"shape ({rows}, {columns})")
    if rows and columns:
        kernel(bool(trans1), bool(trans2), rows, columns, inner, alpha, A.ctypes.data,
               A.shape[1], B.ctypes.data, B.shape[1], beta, out.ctypes.data, out.shape[1])
    return out

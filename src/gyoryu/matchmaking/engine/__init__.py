"""Cross-lingual (Korean/English) matching engine, pure Python (no Django).

Public API::

    from gyoryu.classification.codesets import load_tables
    from gyoryu.matchmaking.engine import CodeKnowledge, Document, Engine, MemoryVectorStore

    engine = Engine(knowledge=CodeKnowledge.from_tables(load_tables(folder)), store=store)
    engine.add_many(docs); engine.update(doc); engine.remove(doc_id)   # incremental
    engine.search(text=..., k=10, side="offers", allow=pred_or_ids)    # -> [Result(id, score, reasons)]
    engine.suggest_for(doc_id=..., k=20, allow=...)                     # offers<->seeks, both ways
    engine.search_many(texts=[...], k=10)                               # batch, hubness-corrected
    engine.set_reference_queries(texts=[...])                           # e.g. all profiles' seeks
    engine.learn(examples=[(text, doc_id), ...])                        # labelled examples -> learned fusion

Vectors are computed once per (doc id, ``Document.content_hash()``, backend name) and kept in ``store``
(``VectorStore`` protocol; ``pack``/``unpack`` serialise them). Embedding backends follow the
``EmbeddingBackend`` protocol (``name``, ``dim``, ``encode``); the default is USE v3 multilingual (numpy).
"""

from .documents import Document, document_from_dict
from .embed import EmbeddingBackend, HashingBackend, UseBackend, default_backend
from .glossary import Glossary, builtin_glossary
from .index import Engine
from .knowledge import CodeKnowledge
from .reasons import Result
from .store import MemoryVectorStore, VectorKey, VectorStore, pack, unpack

__all__ = [
    "CodeKnowledge",
    "Document",
    "EmbeddingBackend",
    "Engine",
    "Glossary",
    "HashingBackend",
    "MemoryVectorStore",
    "Result",
    "UseBackend",
    "VectorKey",
    "VectorStore",
    "builtin_glossary",
    "default_backend",
    "document_from_dict",
    "pack",
    "unpack",
]

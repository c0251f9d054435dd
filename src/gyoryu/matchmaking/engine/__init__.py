"""Cross-lingual (Korean/English) matching engine, pure Python (no Django).

Public API::

    from gyoryu.matchmaking.engine import Engine, Document, CodeKnowledge, MemoryVectorStore
    engine = Engine(knowledge=CodeKnowledge.from_tables(tables), store=store)
    engine.add_many(docs); engine.update(doc); engine.remove(doc_id)
    engine.search(text=..., k=10, allow=...)   -> list[Result(id, score, reasons)]
    engine.suggest_for(doc_id=..., k=20, allow=...)
    engine.learn(examples=[(text, doc_id), ...])
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

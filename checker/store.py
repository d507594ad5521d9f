"""The SQLite store (sqlite-utils): documents, sentences (with full-text search), facts,
entities, aliases and findings. Only this module touches the database.

WAL mode and a busy timeout let a report read while an ingest writes. A document is
written with its sentences and facts in one transaction, so a crash leaves whole
documents only.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
import time
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from checker import model
from checker.textfold import name_key
from checker.read.documents import Document


def _sqlite_utils():
    """sqlite-utils, imported when a store first needs it: reading facts is plain SQL, so
    `checker check` never imports it. It imports numpy and pandas where they are installed, only
    to give their number types a column type; the store writes Python values only, and numpy
    alone costs about a tenth of a second. They are hidden while it loads (a None entry in
    sys.modules makes an import fail, which sqlite-utils expects) and are importable after."""
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            del sys.modules[name]
    return sqlite_utils


SCHEMA_VERSION = 2  # 2: application id, comparison state, foreign keys, NULL for dates not in the text
APPLICATION_ID = 0x43484B52  # 'CHKR' in the header: how a checker database is known (PRAGMA application_id)
BUSY_MS = 10_000
SETUP_TRIES = 30  # attempts at setting up a database another process is creating
SQLITE_MAGIC = b"SQLite format 3\x00"

_WHEN = {  # column -> When field
    "date_text": "text", "date_start": "start", "date_end": "end", "date_value": "value",
    "granularity": "granularity", "earliest": "earliest", "latest": "latest",
    "approximate": "approximate", "resolved_by": "resolved_by", "explanation": "explanation",
    "tense": "tense", "date_rule": "rule",
}
_QUANTITY = {  # column -> Quantity field
    "q_text": "text", "q_start": "start", "q_end": "end", "q_value": "value", "q_low": "low",
    "q_high": "high", "q_unit": "unit", "q_qualifier": "qualifier", "q_rule": "rule",
}
_DATE_FIELDS = {"earliest", "latest"}

_TABLES = {
    "documents": ({"id": str, "path": str, "source": str, "url": str, "lang": str, "published": str,
                   "published_evidence": str, "text": str, "kept": str, "added": str}, "id"),
    "sentences": ({"id": int, "doc": str, "start": int, "end": int, "text": str}, "id"),
    "facts": ({"id": str, "doc": str, "kind": str, "subject": str, "object": str, "place": str,
               "occasion": str, "modality": str,
               **{c: (int if c in ("date_start", "date_end") else bool if c == "approximate" else str) for c in _WHEN},
               **{c: (int if c in ("q_start", "q_end") else float if c in ("q_value", "q_low", "q_high") else str)
                  for c in _QUANTITY},
               "sentence": str, "start": int, "end": int, "rule": str,
               "measure": str, "direction": str, "basis": str, "source": str,
               # a meeting's further parties, a JSON list (NULL: none); added to older databases as NULL
               "others": str,
               # subject and object as textfold.name_key gives them: facts are blocked and looked up
               # by them, so 'Al-Sudani' meets 'Al Sudani' (filled in on older databases)
               "subject_key": str, "object_key": str}, "id"),
    "entities": ({"name": str, "type": str}, "name"),
    # a person named in one script linked to the same person in the other (checker/people.py):
    # spelling as read from the article, the name it is linked to, how alike (0-100), and
    # whether the facts were renamed (a doubtful link is kept for people to see, never applied)
    "links": ({"spelling": str, "name": str, "score": float, "applied": int, "method": str}, "spelling"),
    "aliases": ({"alias": str, "name": str}, "alias"),
    # doc: the document an in-document finding belongs to (stored with it at ingest);
    # NULL for findings across the archive (replaced by each comparison pass)
    "findings": ({"id": str, "rule": str, "severity": str, "kind": str, "message": str, "facts": str,
                  "docs": str, "quotes": str, "values": str, "extra": str, "doc": str}, "id"),
    # work that must survive a crash: 'comparison' is set in the transaction that adds or removes a
    # document and cleared in the one that stores the comparison's findings
    "state": ({"key": str, "value": str}, "key"),
}
# Declared for people who browse the store (Datasette links rows to their document); set on new databases
_FOREIGN_KEYS = {name: [("doc", "documents", "id")] for name in ("sentences", "facts", "findings")}
_PENDING = "comparison"
_STAGED = "staged_findings"  # findings of a comparison pass on their way in (temporary database)
_INDEXES = [("sentences", ["doc"]), ("facts", ["kind"]), ("facts", ["subject"]), ("facts", ["doc"]),
            ("aliases", ["name"]),
            # the comparison engine's look-ups: a block (kind, subject, place), a post's holders (object)
            ("facts", ["kind", "subject", "place"]), ("facts", ["object"]),
            # the same look-ups by the name keys
            ("facts", ["kind", "subject_key"]), ("facts", ["object_key"])]
_KEYED = {"subject": "subject_key", "object": "object_key"}  # columns looked up by their name key
FACT_COLUMNS = frozenset(_TABLES["facts"][0])
_CHUNK = 500  # ids bound in one IN (...) list


class StoreError(Exception):
    """A database that cannot be used (not SQLite, from a newer version, ...)."""


@dataclass(frozen=True)
class DocMeta:
    """What is known of a stored document without its text."""
    id: str
    path: str
    source: str | None
    url: str | None
    lang: str
    published: date | None
    published_evidence: str
    published_period: str | None = None  # 'YYYY-MM' or 'YYYY' when only that much is known


def _published(value: str | None) -> tuple[date | None, str | None]:
    """The stored publication date: a day, or a partial date kept as its string."""
    if not value:
        return None, None
    return (date.fromisoformat(value), None) if len(value) == 10 else (None, value)


class Store:
    """`with Store(path) as store:` closes the connection at the end of the block."""

    def __init__(self, path: str | Path | None = None, *, memory: bool = False, read_only: bool = False):
        """`read_only`: open the file for reading only and refuse anything but a current checker
        database, so that listing a store can never change it."""
        self._db = None
        if memory:
            self._db = _sqlite_utils().Database(memory=True)
        else:
            path = Path(path or "checker.db")
            _check_file(path)
        where = "memory" if memory else str(path)
        self.conn = None
        self._read_only = read_only
        self._reader = _FactReader()
        self._block_sql: dict[tuple, str] = {}  # block_facts' WHERE clause by its shape
        # participant_keys: the keys kept (with the state of the database they were read at), and
        # the state at which keys by their endings were last looked up
        self._names_kept: tuple = (None, {}, {})
        self._names_asked = None
        try:
            if not memory:
                target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
                self.conn = sqlite3.connect(target, timeout=BUSY_MS / 1000, uri=read_only)
                self.conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
            else:
                self.conn = self._db.conn
            # a write transaction takes the write lock at BEGIN: two writers queue on the busy
            # timeout instead of one failing at once when it upgrades a read to a write
            self.conn.isolation_level = "IMMEDIATE"
            if read_only:
                if self._outdated(where):
                    raise StoreError(f"{where}: written by an older checker (schema {self._version()}); "
                                     "`checker ingest` or `checker report` upgrades it")
                self._indexes = self._index_columns()
            else:
                self._setup(where, wal=not memory)
        except BaseException as e:
            if self.conn is not None:
                self.conn.close()
            if isinstance(e, sqlite3.DatabaseError):
                raise StoreError(f"{where}: not a usable SQLite database ({e})") from None
            raise

    @property
    def db(self):
        """sqlite-utils over the connection, made on first use (reading never needs it)."""
        if self._db is None:
            self._db = _sqlite_utils().Database(self.conn)
        return self._db

    def _tables(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def _columns(self, table: str) -> set[str]:
        return {r[1] for r in self.conn.execute(f"PRAGMA table_info([{table}])")}

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _setup(self, where: str, wal: bool) -> None:
        """Check the schema, then create what is missing. Another process may be setting up the
        same new database: a clash (locked, already created) is retried after reading it again."""
        for attempt in range(SETUP_TRIES):
            try:
                # Check before writing anything: a database that is refused is left as it was.
                outdated = self._outdated(where)
                if wal:
                    self.db.enable_wal()  # synchronous stays FULL: a committed document survives a power loss
                if outdated:
                    self._create()
                if not self.db["sentences_fts"].exists():
                    self.db["sentences"].enable_fts(["text"], create_triggers=True)
                self._indexes = self._add_missing_indexes()
                return
            except sqlite3.OperationalError as e:
                if self.conn.in_transaction:
                    self.conn.rollback()
                if attempt + 1 == SETUP_TRIES or not _clash(e):
                    raise
                time.sleep(0.02 * (attempt + 1))

    def _outdated(self, where: str) -> bool:
        """True when tables or columns are missing; StoreError for a database that is not ours.

        Ours: our application id, or (written before there was one) an integer schema_version
        beside a documents table with our columns. Anything else is refused before a byte is written."""
        tables = self._tables()
        app_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id not in (0, APPLICATION_ID):
            raise StoreError(f"{where}: not a checker database (application id {app_id:#x})")
        if not tables:
            if self._read_only:
                raise StoreError(f"{where}: an empty database (run `checker ingest` first)")
            return True
        if "schema_version" not in tables:
            raise StoreError(f"{where}: not a checker database (it holds other tables: "
                             f"{', '.join(sorted(tables)[:5])})")
        types = {r[0] for r in self.conn.execute("SELECT DISTINCT typeof(version) FROM schema_version")}
        if not types <= {"integer"}:
            raise StoreError(f"{where}: not a checker database (its schema_version is not a number)")
        if app_id == 0 and not ({"id", "text"} <= self._columns("documents") if "documents" in tables
                                else False):
            raise StoreError(f"{where}: not a checker database (no checker application id and no documents table)")
        found = self._version()
        if found > SCHEMA_VERSION:
            raise StoreError(f"{where}: database schema {found} is newer than this checker's ({SCHEMA_VERSION})")
        return found < SCHEMA_VERSION or app_id != APPLICATION_ID or any(
            name not in tables or set(columns) - self._columns(name) for name, (columns, _) in _TABLES.items())

    def _version(self) -> int:
        if "schema_version" not in self._tables():
            return 0
        return self.conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]

    def _create(self) -> None:
        """Create what is missing; an older schema gets its missing columns (all may be NULL).
        The indexes come after, in _add_missing_indexes."""
        version = self.db["schema_version"]
        # First: a process that sees any of our tables sees this one too, and never takes the
        # database for a foreign one while another process is still creating it.
        self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        version.create({"version": int}, pk="version", if_not_exists=True)
        with self.conn:
            for name, (columns, pk) in _TABLES.items():
                table = self.db[name]
                if table.exists():
                    for col, kind in columns.items():
                        if col not in table.columns_dict:
                            table.add_column(col, kind)
                            if col in _KEYED.values():  # a key of an older database's names
                                self.conn.create_function("name_key", 1, name_key, deterministic=True)
                                named = col.removesuffix("_key")
                                self.conn.execute(f"UPDATE facts SET [{col}] = name_key([{named}]) "
                                                  f"WHERE [{named}] IS NOT NULL")
                else:  # another process may race
                    table.create(columns, pk=pk, not_null={pk}, if_not_exists=True,
                                 foreign_keys=_FOREIGN_KEYS.get(name))
            version.insert({"version": SCHEMA_VERSION}, pk="version", replace=True)

    def _index_columns(self) -> set[tuple[str, tuple[str, ...]]]:
        """(table, columns) of every index on the tables that _INDEXES names."""
        out = set()
        for table in dict.fromkeys(t for t, _ in _INDEXES):
            for row in self.conn.execute(f"PRAGMA index_list([{table}])").fetchall():
                name = row[1].replace('"', '""')
                out.add((table, tuple(r[2] for r in self.conn.execute(f'PRAGMA index_info("{name}")'))))
        return out

    def _add_missing_indexes(self) -> set[tuple[str, tuple[str, ...]]]:
        """Give a database written by an older checker the look-up indexes of this one."""
        found = self._index_columns()
        missing = [(t, cols) for t, cols in _INDEXES if (t, tuple(cols)) not in found]
        if missing:
            with self.conn:
                for table, cols in missing:
                    self.db[table].create_index(cols, if_not_exists=True)
            found = self._index_columns()
        return found

    def has_index(self, table: str, leading: Sequence[str]) -> bool:
        """Whether an index of `table` starts with the columns `leading`, in that order."""
        n = len(leading)
        return any(t == table and cols[:n] == tuple(leading) for t, cols in self._indexes)

    def close(self) -> None:
        self.conn.close()

    # -- documents -------------------------------------------------------------------------

    def add(self, doc: Document, analysis) -> bool:
        """Store a document with its sentences and facts in one transaction; False if already stored."""
        return self.add_many([(doc, analysis)])[0]

    def add_many(self, items, replace: Iterable[str] = ()) -> list[bool]:
        """Store (document, analysis) pairs in one transaction; for each, False if already stored.
        The documents whose ids are in `replace` take the place of the stored ones (a correction)."""
        replace = set(replace)
        with self.conn:  # one transaction: commit at the end, roll back on any error
            for doc_id in replace:
                self._remove(doc_id)
            return [self._add(doc, analysis) for doc, analysis in items]

    def _add(self, doc: Document, analysis) -> bool:
        cur = self._insert("documents", [_doc_row(doc)], ignore=True)
        if cur.rowcount == 0:
            return False
        self._mark_pending()
        self._insert("sentences", [{"doc": doc.id, "start": s.start, "end": s.end, "text": s.text}
                                   for s in analysis.sentences])
        self._insert("facts", [_fact_row(f, doc.id) for f in analysis.facts], ignore=True)
        self._insert("findings", [_finding_row(f, doc.id) for f in analysis.findings], ignore=True)
        return True

    def _insert(self, table: str, rows: list[dict], ignore: bool = False):
        if not rows:
            return None
        cols = list(rows[0])
        sql = (f"INSERT {'OR IGNORE ' if ignore else ''}INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) "
               f"VALUES ({', '.join('?' for _ in cols)})")
        return self.conn.executemany(sql, [[r[c] for c in cols] for r in rows])

    def has(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None

    def documents(self) -> list[Document]:
        return [_doc(r) for r in self.db["documents"].rows_where(order_by="path, id")]

    def doc_meta(self, ids: Iterable[str] | None = None) -> dict[str, DocMeta]:
        """Documents without their text, by id: all of them (by path), or those of `ids`."""
        sql = "SELECT id, path, source, url, lang, published, published_evidence FROM documents"
        if ids is None:
            rows = self.conn.execute(sql + " ORDER BY path, id")
        else:
            rows = (r for chunk in _chunks(ids) for r in self.conn.execute(
                f"{sql} WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
        return {r[0]: _doc_meta(r) for r in rows}

    def doc_cache(self, limit: int = 20_000) -> DocMetas:
        """Documents' metadata as a mapping that looks them up as needed and keeps at most `limit`."""
        return DocMetas(self, limit)

    def iter_doc_meta(self) -> Iterator[DocMeta]:
        """Every document without its text, by path, streamed."""
        for r in self.conn.execute("SELECT id, path, source, url, lang, published, published_evidence FROM documents"
                                   " ORDER BY path, id"):
            yield _doc_meta(r)

    def count_documents(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def quote_texts(self, spans: Iterable[tuple[str, int, int]]) -> dict[tuple[str, int, int], str]:
        """The stored text at each (document, start, end); each document's text is read once,
        one at a time. A span of an unknown document, or an empty one, is left out."""
        by_doc: dict[str, set[tuple[int, int]]] = {}
        for doc, start, end in spans:
            if end > start:
                by_doc.setdefault(doc, set()).add((start, end))
        out = {}
        for doc, places in by_doc.items():
            row = self.conn.execute("SELECT text FROM documents WHERE id = ?", [doc]).fetchone()
            text = row[0] if row else None
            for start, end in places:
                if text and text[start:end]:
                    out[(doc, start, end)] = text[start:end]
        return out

    def document(self, doc_id: str) -> Document | None:
        """A document by its id or an unambiguous prefix of it."""
        rows = list(self.db["documents"].rows_where("id LIKE ?", [doc_id + "%"], limit=2))
        return _doc(rows[0]) if len(rows) == 1 else None

    def sentences(self, doc_id: str) -> list[dict]:
        return list(self.db["sentences"].rows_where("doc = ?", [doc_id], order_by="start"))

    def search(self, query: str, limit: int = 20) -> list[dict]:
        """Sentences matching a full-text query."""
        return list(self.db["sentences"].search(query, limit=limit))

    # -- facts -----------------------------------------------------------------------------

    def facts(self, kind: str | None = None, entity: str | None = None) -> list[model.Fact]:
        where, args = [], []
        if kind:
            where.append("kind = ?")
            args.append(kind)
        if entity:
            where.append("(subject = ? OR object = ? OR place = ? OR others IS NOT NULL AND "
                         "EXISTS (SELECT 1 FROM json_each(others) WHERE value = ?))")
            args += [entity] * 4
        return list(self._select(" AND ".join(where) or "1", args, "doc, start"))

    def facts_about(self, name: str, pair_kinds: Iterable[str] = ()) -> list[model.Fact]:
        """The facts whose subject is `name` (any spelling of its name key), and those of `pair_kinds`
        (where either side is a participant) whose object is `name`: two indexed look-ups."""
        key = name_key(name)
        found = {f.id: f for f in self._select("subject_key = ?", [key], "doc, start")}
        kinds = sorted(pair_kinds)
        if kinds:
            for f in self._select(f"object_key = ? AND +kind IN ({', '.join('?' * len(kinds))})", [key, *kinds]):
                found.setdefault(f.id, f)
        return sorted(found.values(), key=lambda f: (f.doc, f.span))

    def facts_by_ids(self, ids: Iterable[str]) -> list[model.Fact]:
        return [f for chunk in _chunks(ids)
                for f in self._select(f"id IN ({', '.join('?' * len(chunk))})", chunk)]

    def block_facts(self, kinds: Sequence[str], **equal: str) -> Iterator[model.Fact]:
        """The facts of one of `kinds` whose columns hold the given values (a look-up by index);
        subject and object by their name key: any spelling of the name finds them all."""
        unknown = set(equal) - FACT_COLUMNS
        if unknown:
            raise ValueError(f"no such column of facts: {', '.join(sorted(unknown))}")
        equal = {_KEYED.get(c, c): (name_key(v) if c in _KEYED else v) for c, v in equal.items()}
        cols = tuple(equal)
        where = self._block_sql.get((len(kinds), cols))
        if where is None:  # the same few shapes for every draft: worked out once per connection
            # kind has a handful of values: SQLite should search by it only through an index that
            # leads with kind and one of the columns; else '+kind' keeps it on a column's own index
            by_kind = any(self.has_index("facts", ("kind", c)) for c in cols) or not any(
                self.has_index("facts", (c,)) for c in cols)
            where = " AND ".join([f"{'' if by_kind else '+'}kind IN ({', '.join('?' * len(kinds))})",
                                  *(f"[{c}] = ?" for c in cols)])
            self._block_sql[(len(kinds), cols)] = where
        return self._select(where, [*kinds, *equal.values()])

    def facts_by_subject(self, pair_kinds: Iterable[str] = ()) -> Iterator[model.Fact]:
        """Every fact with a subject, ordered by kind and then by the subject's name key (for
        `pair_kinds`, by the smaller key of subject and object): facts that share a kind and those
        names, however spelled, come together."""
        kinds = sorted(pair_kinds)
        lead = "subject_key"
        if kinds:
            lead = (f"CASE WHEN kind IN ({', '.join('?' * len(kinds))}) "
                    "THEN min(subject_key, coalesce(object_key, subject_key)) ELSE subject_key END")
        return self._select("subject IS NOT NULL", [], f"kind, {lead}", order_args=kinds)

    def facts_with_others(self, kinds: Sequence[str]) -> Iterator[model.Fact]:
        """The facts of `kinds` that name further parties (a meeting of three or more)."""
        return self._select(f"kind IN ({', '.join('?' * len(kinds))}) AND others IS NOT NULL AND others != '[]'",
                            list(kinds))

    def facts_by_object(self, kinds: Sequence[str]) -> Iterator[model.Fact]:
        """The facts of `kinds` that have an object, ordered by the object's name key."""
        return self._select(f"kind IN ({', '.join('?' * len(kinds))}) AND object IS NOT NULL", list(kinds),
                            "object_key")

    def _select(self, where: str, args: Sequence, order: str | None = None,
                order_args: Sequence = ()) -> Iterator[model.Fact]:
        sql = f"SELECT {_FactReader.SELECT} FROM facts WHERE {where}" + (f" ORDER BY {order}" if order else "")
        fact = self._reader.fact
        for row in self.conn.execute(sql, [*args, *order_args]):
            yield fact(row)

    def add_entities(self, entities: list[tuple[str, str]], aliases: list[tuple[str, str]]) -> None:
        with self.conn:
            self.conn.executemany("INSERT OR REPLACE INTO entities (name, type) VALUES (?, ?)", entities)
            self.conn.executemany("INSERT OR REPLACE INTO aliases (alias, name) VALUES (?, ?)", aliases)

    # -- people across scripts --------------------------------------------------------------

    def participant_names(self, lang: str, object_kinds: Sequence[str]) -> Counter:
        """How often each name is the subject of a fact without a figure, the object of a fact of
        `object_kinds`, or a further party of a meeting, in the documents of one language."""
        kinds = list(object_kinds)
        sql = ("SELECT name, count(*) FROM ("
               "SELECT subject AS name FROM facts WHERE q_value IS NULL AND subject IS NOT NULL AND doc IN "
               "(SELECT id FROM documents WHERE lang = ?) UNION ALL "
               f"SELECT object FROM facts WHERE object IS NOT NULL AND kind IN ({', '.join('?' * len(kinds)) or 'NULL'}) "
               "AND doc IN (SELECT id FROM documents WHERE lang = ?) UNION ALL "
               "SELECT o.value FROM facts, json_each(facts.others) AS o WHERE facts.others IS NOT NULL "
               "AND facts.doc IN (SELECT id FROM documents WHERE lang = ?)) GROUP BY name")
        return Counter(dict(self.conn.execute(sql, [lang, *kinds, lang, lang]).fetchall()))

    def participant_keys(self, object_kinds: Sequence[str], endings: Sequence[str] | None = None) -> dict[str, str]:
        """Name key -> one spelling of every subject of a fact without a figure and every object of
        a fact of `object_kinds`; with `endings`, only the keys of two words or more that end with
        one of those words (a draft's surnames alone), in key order either way.

        A last word is no index's prefix: a look-up by endings scans every row of facts (a tenth of
        a second on 10^5 facts). Asked twice while the database is unchanged (a server checking
        drafts), the store reads all the keys at once, in about twice that time, and answers from
        memory until the database changes; a single look-up (`checker check`) scans as before."""
        kinds = tuple(object_kinds)
        state = (kinds, self._changes())
        if endings is not None and self._names_kept[0] != state and self._names_asked != state:
            self._names_asked = state
            return self._keys_ending(kinds, endings)
        if self._names_kept[0] != state:
            self._names_kept = (state, *self._all_keys(kinds))
        _, names, ends = self._names_kept
        if endings is None:
            return dict(names)
        return {key: names[key] for key in sorted({k for e in endings for k in ends.get(e, ())})}

    def _keys_sql(self, kinds: Sequence[str], like: str = "") -> str:
        return ("SELECT key, min(name) FROM ("
                "SELECT subject_key AS key, subject AS name FROM facts WHERE subject_key IS NOT NULL "
                f"AND q_value IS NULL{like.format('subject_key')} UNION ALL "
                f"SELECT object_key, object FROM facts WHERE object_key IS NOT NULL{like.format('object_key')} "
                f"AND kind IN ({', '.join('?' * len(kinds)) or 'NULL'})) GROUP BY key ORDER BY key")

    def _keys_ending(self, kinds: tuple[str, ...], endings: Sequence[str]) -> dict[str, str]:
        """participant_keys of `endings` in one scan of facts."""
        if len(endings) > _CHUNK // 2:  # bound the parameters of one statement
            found = {k: v for i in range(0, len(endings), _CHUNK // 2)
                     for k, v in self._keys_ending(kinds, endings[i:i + _CHUNK // 2]).items()}
            return dict(sorted(found.items()))
        if not endings:
            return {}
        like = " AND ({})".format(" OR ".join(["{0} LIKE ? ESCAPE '\\'"] * len(endings)))
        args = ["% " + e.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for e in endings]
        return dict(self.conn.execute(self._keys_sql(kinds, like), [*args, *args, *kinds]).fetchall())

    def _all_keys(self, kinds: tuple[str, ...]) -> tuple[dict[str, str], dict[str, list[str]]]:
        """participant_keys of `kinds`, and each last word -> the keys of two words or more it ends."""
        names = dict(self.conn.execute(self._keys_sql(kinds), kinds).fetchall())
        ends: dict[str, list[str]] = {}
        for key in names:
            _, space, last = key.rpartition(" ")
            if space:
                ends.setdefault(last, []).append(key)
        return names, ends

    def _changes(self) -> tuple[int, int]:
        """What tells that the database changed since: another connection's commits (SQLite's
        data_version) and the rows this connection wrote."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes

    def replace_links(self, method: str, links: Iterable[tuple[str, str, float]]) -> None:
        """The doubtful links of one method, made again over the whole archive; a spelling that
        another method links to another name is left to it (one linked to itself, a romanised
        spelling the press writes so too, says nothing of it), unless that link is a guess across
        scripts too weak to be applied: the comparison never reads such a guess, and a link of one
        spelling to another of the same script ('Mohamed bin Zayed', 'Mohamed bin Zayed Al Nahyan')
        says more than a skeleton that looks like some other name."""
        with self.conn:
            self.conn.execute("DELETE FROM links WHERE method = ?", [method])
            self.conn.executemany("INSERT INTO links (spelling, name, score, applied, method) VALUES (?, ?, ?, 0, ?) "
                                  "ON CONFLICT (spelling) DO UPDATE SET name = excluded.name, score = excluded.score, "
                                  "applied = 0, method = excluded.method WHERE links.name = links.spelling "
                                  "OR (links.method = 'skeleton' AND links.applied = 0)",
                                  [(s, n, round(sc, 1), method) for s, n, sc in links])

    def sentences_naming(self, names: Iterable[str], lang: str) -> dict[str, str]:
        """For each of `names` that is a participant (subject, object or further party) of a fact of
        a `lang` document, the sentence of the first such fact (by document, then as stored): one pass
        over the language's facts, not one for each name."""
        return {name: found[0] for name, found in self.sentences_naming_each(names, lang, 1).items()}

    def sentences_naming_each(self, names: Iterable[str], lang: str, limit: int) -> dict[str, list[str]]:
        """The same, up to `limit` distinct sentences a name, in that order: a fact's participant may
        be carried from another sentence (a pronoun, a subject shared), which then does not write the
        name, and a later one does."""
        wanted, found = set(names), {}
        if not wanted:
            return found
        full = 0
        rows = self.conn.execute(
            "SELECT subject, object, others, sentence FROM facts WHERE doc IN "
            "(SELECT id FROM documents WHERE lang = ?) ORDER BY doc, rowid", [lang])
        for subject, object_, others, sentence in rows:
            for name in (subject, object_, *(json.loads(others) if others else ())):
                if name in wanted:
                    got = found.setdefault(name, [])
                    if len(got) < limit and sentence not in got:
                        got.append(sentence)
                        full += len(got) == limit
            if full == len(wanted):
                break
        return found

    def links(self) -> list[dict]:
        return list(self.db["links"].rows_where(order_by="spelling"))

    def link(self, spelling: str, name: str, score: float, applied: bool, method: str, lang: str,
             object_kinds: Sequence[str]) -> None:
        """Record a link; an applied one renames the participant in the facts of `lang`'s documents."""
        kinds = list(object_kinds)
        docs = "doc IN (SELECT id FROM documents WHERE lang = ?)"
        with self.conn:
            # a spelling linked to itself (a romanised name the press writes so too) says nothing of it:
            # it never takes the place of a link of that spelling to another name
            self.conn.execute("INSERT INTO links (spelling, name, score, applied, method) VALUES (?, ?, ?, ?, ?) "
                              "ON CONFLICT (spelling) DO UPDATE SET name = excluded.name, score = excluded.score, "
                              "applied = excluded.applied, method = excluded.method WHERE excluded.name != excluded.spelling",
                              [spelling, name, round(score, 1), int(applied), method])
            if applied:
                self.conn.execute(f"UPDATE facts SET subject = ?, subject_key = ? WHERE subject = ? AND q_value IS NULL "
                                  f"AND {docs}", [name, name_key(name), spelling, lang])
                if kinds:
                    self.conn.execute(f"UPDATE facts SET object = ?, object_key = ? WHERE object = ? AND kind IN "
                                      f"({', '.join('?' * len(kinds))}) AND {docs}",
                                      [name, name_key(name), spelling, *kinds, lang])
                # a meeting's further parties, in the order written
                self.conn.execute("UPDATE facts SET others = (SELECT json_group_array(CASE WHEN value = ? THEN ? "
                                  "ELSE value END) FROM (SELECT value FROM json_each(facts.others) ORDER BY key)) "
                                  f"WHERE others IS NOT NULL AND {docs} AND EXISTS "
                                  "(SELECT 1 FROM json_each(facts.others) WHERE value = ?)", [spelling, name, lang, spelling])

    # -- findings --------------------------------------------------------------------------

    def replace_findings(self, findings: Iterable[model.Finding]) -> None:
        """Replace the findings across the archive; each document's own findings stay. The
        comparison is done: the mark set with the documents goes in the same transaction.

        `findings` may be a stream (the comparison pass as it runs): they are gathered in a table of
        this connection's temporary database, on disk past SQLite's cache and under no lock of the
        store, so other writers go on meanwhile; one short transaction then moves them in."""
        cols = list(_TABLES["findings"][0])
        insert = f"INSERT INTO temp.{_STAGED} ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' * len(cols))})"
        self.conn.execute(f"DROP TABLE IF EXISTS temp.{_STAGED}")
        self.conn.execute(f"CREATE TEMP TABLE {_STAGED} AS SELECT * FROM findings WHERE 0")
        try:
            self.conn.execute("BEGIN")  # deferred: it writes the temporary table only, so it locks nothing else
            rows: list[list] = []
            for f in findings:
                row = _finding_row(f)
                rows.append([row[c] for c in cols])
                if len(rows) >= _CHUNK:
                    self.conn.executemany(insert, rows)
                    rows.clear()
            self.conn.executemany(insert, rows)
            self.conn.commit()
            with self.conn:
                self.conn.execute("DELETE FROM findings WHERE doc IS NULL")
                self.conn.execute(f"INSERT OR IGNORE INTO findings SELECT * FROM temp.{_STAGED} ORDER BY rowid")
                self.conn.execute("DELETE FROM state WHERE key = ?", [_PENDING])
        finally:
            if self.conn.in_transaction:
                self.conn.rollback()
            self.conn.execute(f"DROP TABLE IF EXISTS temp.{_STAGED}")

    def comparison_pending(self) -> bool:
        """Whether documents were added or changed since the last comparison was stored (a crash
        between the two leaves the mark)."""
        return self.conn.execute("SELECT 1 FROM state WHERE key = ?", [_PENDING]).fetchone() is not None

    def _mark_pending(self) -> None:
        self.conn.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)",
                          [_PENDING, datetime.now(timezone.utc).isoformat(timespec="seconds")])

    def remove(self, doc_id: str) -> None:
        """Delete a document with everything read from it (to read it again)."""
        with self.conn:
            self._remove(doc_id)

    def _remove(self, doc_id: str) -> None:
        for table, column in (("facts", "doc"), ("sentences", "doc"), ("findings", "doc"), ("documents", "id")):
            self.conn.execute(f"DELETE FROM [{table}] WHERE [{column}] = ?", [doc_id])
        self._mark_pending()

    def replace(self, doc_id: str, doc: Document, analysis) -> None:
        """Put a document read again in place of the stored one, in one transaction: a failure
        leaves the old one."""
        with self.conn:
            self._remove(doc_id)
            self._add(doc, analysis)

    def findings(self) -> list[model.Finding]:
        return [_finding(r) for r in self.db["findings"].rows_where(order_by="rowid")]

    def iter_findings(self, severity_order: Mapping[str, int], **where) -> Iterator[model.Finding]:
        """The findings `where` selects (see _finding_filter), streamed in the order of
        compare.engine.sort_findings: severity (`severity_order`, others last), rule, message, then
        as stored. SQLite sorts them, on disk past its cache, so none is held here."""
        cond, args = _finding_filter(**where)
        ranks = list(severity_order.items())
        rank = "CASE severity " + " ".join("WHEN ? THEN ?" for _ in ranks) + " ELSE 9 END" if ranks else "9"
        cols = list(_TABLES["findings"][0])
        sql = (f"SELECT {', '.join(f'[{c}]' for c in cols)} FROM findings WHERE {cond} "
               f"ORDER BY {rank}, rule, message, rowid")
        for row in self.conn.execute(sql, [*args, *(v for pair in ranks for v in pair)]):
            yield _finding(dict(zip(cols, row)))

    def finding_facts(self, **where) -> Iterator[tuple[str, ...]]:
        """The fact ids of each finding `where` selects, streamed in no particular order (cheaper
        than whole findings, for what needs only them)."""
        cond, args = _finding_filter(**where)
        for (facts,) in self.conn.execute(f"SELECT facts FROM findings WHERE {cond}", args):
            yield tuple(json.loads(facts))

    def count_findings(self, **where) -> int:
        cond, args = _finding_filter(**where)
        return self.conn.execute(f"SELECT count(*) FROM findings WHERE {cond}", args).fetchone()[0]

    def severity_counts(self) -> dict[str, int]:
        return dict(self.conn.execute("SELECT severity, count(*) FROM findings GROUP BY severity").fetchall())


def _finding_filter(*, rules: Sequence[str] = (), not_rules: Sequence[str] = (), kind: str | None = None,
                    not_kind: str | None = None) -> tuple[str, list]:
    """A WHERE clause for findings: of one of `rules`, of none of `not_rules`, of `kind`, not of `not_kind`."""
    cond, args = ["1"], []
    for column, values, negate in (("rule", rules, False), ("rule", not_rules, True)):
        if values:
            cond.append(f"{column} {'NOT ' if negate else ''}IN ({', '.join('?' * len(values))})")
            args += list(values)
    if kind is not None:
        cond.append("kind IS ?")
        args.append(kind)
    if not_kind is not None:
        cond.append("kind IS NOT ?")
        args.append(not_kind)
    return " AND ".join(cond), args


class DocMetas(Mapping):
    """Documents' metadata looked up as they are needed, at most `limit` kept: for the comparison
    pass and the report, which must not hold the whole archive's. `load` fetches many in one query."""

    def __init__(self, store: Store, limit: int = 20_000):
        self.store, self.limit = store, limit
        self._kept: OrderedDict[str, DocMeta | None] = OrderedDict()

    def load(self, ids: Iterable[str]) -> None:
        missing = [i for i in dict.fromkeys(ids) if i not in self._kept]
        if not missing:
            return
        while self._kept and len(self._kept) + len(missing) > self.limit:
            self._kept.popitem(last=False)  # the oldest: the caller loads what it is about to use
        found = self.store.doc_meta(missing)
        for i in missing:
            self._kept[i] = found.get(i)

    def __getitem__(self, doc_id: str) -> DocMeta:
        if doc_id not in self._kept:
            self.load([doc_id])
        found = self._kept[doc_id]
        if found is None:
            raise KeyError(doc_id)
        return found

    def __iter__(self) -> Iterator[str]:
        return (d.id for d in self.store.iter_doc_meta())

    def __len__(self) -> int:
        return self.store.count_documents()


def _clash(e: sqlite3.OperationalError) -> bool:
    """An error from another process creating the same schema at the same moment."""
    return getattr(e, "sqlite_errorname", "").startswith("SQLITE_BUSY") or any(
        words in str(e) for words in ("locked", "already exists", "duplicate column"))


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a database file")
    if path.exists() and path.stat().st_size:
        try:
            with path.open("rb") as f:
                head = f.read(len(SQLITE_MAGIC))
        except OSError as e:
            raise StoreError(f"{path}: cannot read ({e.strerror})") from None
        if head != SQLITE_MAGIC:
            raise StoreError(f"{path}: not a SQLite database")


def _doc_row(doc: Document) -> dict:
    return {"id": doc.id, "path": doc.path, "source": doc.source, "url": doc.url, "lang": doc.lang,
            "published": doc.published_value,
            "published_evidence": doc.published_evidence, "text": doc.text, "kept": json.dumps(doc.kept),
            "added": datetime.now(timezone.utc).isoformat(timespec="seconds")}


def _doc_meta(r: Sequence) -> DocMeta:
    day, period = _published(r[5])
    return DocMeta(r[0], r[1], r[2], r[3], r[4], day, r[6] or "", period)


def _doc(r: dict) -> Document:
    day, period = _published(r["published"])
    return Document(r["id"], r["path"], r["source"], r["url"], r["lang"], day,
                    r["published_evidence"] or "", r["text"], tuple(tuple(k) for k in json.loads(r["kept"])), period)


def _fact_id(f: model.Fact, doc: str) -> str:
    key = json.dumps([doc, f.kind, f.subject, f.object, f.place, list(f.span), f.rule,
                      f.when.value if f.when else None, f.quantity.text if f.quantity else None])
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _fact_row(f: model.Fact, doc: str) -> dict:
    row = {"id": f.id or _fact_id(f, f.doc or doc), "doc": f.doc or doc, "kind": f.kind, "subject": f.subject,
           "object": f.object, "place": f.place, "occasion": f.occasion, "modality": f.modality,
           "sentence": f.sentence, "start": f.span[0], "end": f.span[1], "rule": f.rule,
           "measure": f.measure, "direction": f.direction, "basis": f.basis, "source": f.source,
           "others": json.dumps(list(f.others), ensure_ascii=False) if f.others else None,
           "subject_key": name_key(f.subject) if f.subject else None,
           "object_key": name_key(f.object) if f.object else None}
    for columns, value in ((_WHEN, f.when), (_QUANTITY, f.quantity)):
        for col, attr in columns.items():
            v = getattr(value, attr) if value is not None else None
            row[col] = v.isoformat() if isinstance(v, date) else v
    if f.when is not None and f.when.end <= f.when.start:  # a date not written in the text: no span
        row.update(date_start=None, date_end=None, date_text=f.when.text or None)
    return row


class _FactReader:
    """Rows of the facts table, selected as SELECT, as Facts. Equal dates and figures share one
    value object: an archive repeats them a great deal (less to build, cheaper to compare)."""

    _LIMIT = 1 << 16  # value objects kept
    _BASE = ("doc", "kind", "subject", "object", "place", "occasion", "modality", "sentence", "start", "end",
             "rule", "id")
    _FIGURE = ("measure", "direction", "basis", "source")
    SELECT = ", ".join(f"[{c}]" for c in (*_BASE, *_WHEN, *_QUANTITY, *_FIGURE, "others"))
    _WHEN_AT = slice(len(_BASE), len(_BASE) + len(_WHEN))
    _QUANTITY_AT = slice(_WHEN_AT.stop, _WHEN_AT.stop + len(_QUANTITY))

    def __init__(self) -> None:
        self.whens: dict[tuple, model.When | None] = {}
        self.quantities: dict[tuple, model.Quantity | None] = {}

    def _value(self, cache: dict, values: tuple, fields: Iterable[str], cls):
        found = cache.get(values, cache)
        if found is not cache:
            return found
        if len(cache) >= self._LIMIT:
            cache.clear()
        if all(v is None for v in values):
            made = None
        else:
            vals = dict(zip(fields, values))
            for k in _DATE_FIELDS & vals.keys():
                vals[k] = date.fromisoformat(vals[k]) if vals[k] else None
            if "approximate" in vals:
                vals["approximate"] = bool(vals["approximate"])
                vals.update({k: v for k, v in _NO_SPAN.items() if vals[k] is None})
            made = cls(**{k: v for k, v in vals.items() if v is not None or k not in _NOT_NULL})
        cache[values] = made
        return made

    def fact(self, row: tuple) -> model.Fact:
        doc, kind, subject, obj, place, occasion, modality, sentence, start, end, rule, fact_id = row[:12]
        return model.Fact(
            doc=doc, kind=kind, subject=subject, object=obj, place=place, occasion=occasion, modality=modality,
            when=self._value(self.whens, row[self._WHEN_AT], _WHEN.values(), model.When),
            quantity=self._value(self.quantities, row[self._QUANTITY_AT], _QUANTITY.values(), model.Quantity),
            sentence=sentence or "", span=(start, end), rule=rule or "", id=fact_id,
            **dict(zip(self._FIGURE, row[self._QUANTITY_AT.stop:-1])),
            others=tuple(json.loads(row[-1])) if row[-1] else ())


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    ids = list(dict.fromkeys(ids))
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


# A date not written in the text is stored with NULL words and span; a When holds them as these.
_NO_SPAN = {"text": "", "start": 0, "end": 0}
# Fields that have a non-None default in the dataclasses: a NULL column means "use the default".
_NOT_NULL = {"approximate", "resolved_by", "explanation", "qualifier", "rule"}


def _finding_id(f: model.Finding) -> str:
    key = json.dumps([f.rule, f.kind, list(f.facts), list(f.docs), list(f.values), f.message])
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _finding_row(f: model.Finding, doc: str | None = None) -> dict:
    return {"id": _finding_id(f), "doc": doc, "rule": f.rule, "severity": f.severity, "kind": f.kind, "message": f.message,
            "facts": json.dumps(list(f.facts)), "docs": json.dumps(list(f.docs)),
            "quotes": json.dumps([q.__dict__ for q in f.quotes], ensure_ascii=False),
            "values": json.dumps(list(f.values), ensure_ascii=False),
            "extra": json.dumps(f.extra, ensure_ascii=False, default=str)}


def _finding(r: dict) -> model.Finding:
    return model.Finding(r["rule"], r["severity"], r["kind"], r["message"], tuple(json.loads(r["facts"])),
                         tuple(json.loads(r["docs"])), tuple(model.Quote(**q) for q in json.loads(r["quotes"])),
                         tuple(json.loads(r["values"])), json.loads(r["extra"] or "{}"))

"""Every sentence of every corpus, checked as a draft against a store of all of them: `checker check`
ends with 0 or 1 and never a traceback. (The real corpus's held-out part is never read.)"""
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.extract.sentences import split
from checker.pipeline import analyse
from checker.read.documents import Raw, build
from checker.store import Store

DATA = Path(__file__).resolve().parent / "data"
CORPORA = [DATA.parent.parent / "seeds", DATA / "eval", DATA / "heldout", DATA / "unseen", DATA / "real" / "dev"]


def _documents():
    for folder in CORPORA:
        entries = {}
        for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                entries[entry["file"]] = entry
        for path in sorted(folder.glob("*.txt")):
            entry = entries.get(path.name, {})
            published = str(entry.get("published") or "")
            yield build(Raw(str(path), path.read_text(encoding="utf-8"), lang=entry.get("lang"),
                            published=date.fromisoformat(published) if len(published) == 10 else None,
                            published_from="manifest"))


@pytest.mark.slow
def test_every_sentence_of_every_corpus_as_a_draft(tmp_path):
    db = tmp_path / "all.db"
    drafts = []
    with Store(db) as store:
        for doc in _documents():
            store.add(doc, analyse(doc))
            for s in split(doc.text, doc.kept, doc.lang):
                drafts.append({"id": f"{Path(doc.path).name}@{s.start}", "text": s.text, "lang": doc.lang,
                               "published": doc.published.isoformat() if doc.published else None})
    assert len(drafts) > 1000  # the corpora were found
    batch = tmp_path / "sentences.jsonl"
    batch.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in drafts) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(batch), "--db", str(db), "--format", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1), result.stderr[:2000]
    assert "Traceback" not in result.output and not result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    checked = {r["draft"] for r in rows}
    assert len(checked) == len(drafts)  # every draft answered: a finding or a note
    for r in rows:
        if r["severity"] != "note":
            assert r["phrase"] == r["sentence"][r["start"] - r["sentence_start"]:r["end"] - r["sentence_start"]]

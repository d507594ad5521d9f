"""Facts as a listing: selection by kind or entity (any spelling), and text, JSON Lines or CSV."""
from __future__ import annotations

import csv
import io
import json
from typing import Iterable, Iterator

from checker.extract import names, ordinals
from checker import languages
from checker.compare import wording
from checker.model import Fact

CSV_FIELDS = ("id", "doc", "kind", "subject", "object", "place", "occasion", "modality", "date_text",
              "date_value", "date_resolved_by", "quantity_text", "quantity_low", "quantity_high",
              "quantity_unit", "measure", "direction", "basis", "source", "start", "end", "rule", "sentence", "url")


def kinds() -> list[str]:
    """Every fact kind the rules can produce: the events' kinds, role (a post named with a person) and
    ordinal (a claim that counts events: 'the first visit in nine years')."""
    found = {r["kind"] for lang in languages.codes() for r in languages.get(lang).rules("events").rules} | {"role"}
    if any(languages.get(lang).rules("ordinals").rules for lang in languages.codes()):
        found.add(ordinals.KIND)
    return sorted(found)


def select(store, kind: str | None = None, entity: str | None = None) -> list[Fact]:
    """Facts of a kind and/or naming an entity; any alias of a known entity ('Putin') finds its canonical name."""
    name = (names.canonical(entity) or entity) if entity else None
    return store.facts(kind=kind, entity=name)


def as_dict(f: Fact, path: str | None = None) -> dict:
    w, q = f.when, f.quantity
    return {
        "id": f.id, "doc": f.doc, "path": path, "kind": f.kind, "subject": f.subject, "object": f.object,
        "place": f.place, "occasion": f.occasion, "modality": f.modality,
        "date": None if w is None else {"text": w.text, "value": w.value, "start": w.start, "end": w.end,
                                        "granularity": w.granularity, "resolved_by": w.resolved_by,
                                        "explanation": w.explanation},
        "quantity": None if q is None else {"text": q.text, "value": q.value, "low": q.low, "high": q.high,
                                            "unit": q.unit, "qualifier": q.qualifier},
        "measure": f.measure, "direction": f.direction, "basis": f.basis, "source": f.source,
        "others": list(f.others), "sentence": f.sentence, "span": list(f.span), "rule": f.rule,
    }


def render(facts: Iterable[Fact], paths: dict[str, str], fmt: str, urls: dict[str, str | None] | None = None,
           bom: bool = False) -> Iterator[str]:
    """Lines of the listing; `urls` by document for CSV; `bom` starts CSV with a UTF-8 byte-order mark,
    by which spreadsheet programs know the encoding."""
    if fmt == "json":
        for f in facts:
            yield json.dumps(as_dict(f, paths.get(f.doc)), ensure_ascii=False)
    elif fmt == "csv":
        buf = io.StringIO()
        out = csv.writer(buf, lineterminator="\n")
        out.writerow(CSV_FIELDS)
        for f in facts:
            d = as_dict(f)
            w, q = d["date"] or {}, d["quantity"] or {}
            out.writerow([d["id"], paths.get(f.doc, f.doc), f.kind, f.subject, f.object, f.place, f.occasion,
                          f.modality, w.get("text"), w.get("value"), w.get("resolved_by"), q.get("text"),
                          q.get("low"), q.get("high"), q.get("unit"), f.measure, f.direction, f.basis, f.source,
                          f.span[0], f.span[1], f.rule,
                          " ".join(f.sentence.split()), (urls or {}).get(f.doc)])
        yield ("\ufeff" if bom else "") + buf.getvalue().rstrip("\n")
    else:
        for f in facts:
            yield _line(f, paths.get(f.doc, f.doc[:12]))


def _line(f: Fact, path: str) -> str:
    who = " / ".join(filter(None, (f.subject, " and ".join(filter(None, (f.object, *f.others))), f.place)))
    extra = []
    if f.occasion:
        extra.append(f"for {f.occasion}")
    if f.when is not None:
        extra.append(f"when {f.when.value or 'unknown'} ({f.when.text or f.when.resolved_by})")
    if f.kind == ordinals.KIND:  # a claim that counts events: 'third' -> '3rd visit to Morocco since 2018'
        extra.append(f"{f.quantity.text!r} = {wording.describe_ordinal(f)}" if f.quantity else wording.describe_ordinal(f))
    elif f.quantity is not None:
        extra.append(f"{f.quantity.text!r} = {_interval(f.quantity)}")
        # a figure is a statistic: what it measures, which way, against what, by whose count
        extra += [x for x in (f.measure, f.direction, f.basis, f.source and f"source: {f.source}") if x]
    if f.modality != "asserted":
        extra.append(f.modality)
    return f"{path}:{f.span[0]}-{f.span[1]}  {f.kind}: {who}  " + "; ".join(extra)


def _interval(q) -> str:
    low = "…" if q.low is None else f"{q.low:g}"
    high = "…" if q.high is None else f"{q.high:g}"
    return f"[{low}, {high}] {q.unit}".strip()

"""How an extracted fact is matched to a fact of ../shared/gold (shared by the gold tests)."""
import json


def jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def countries(subject: str) -> frozenset:
    """'Russia–China trade' and 'China–Russia trade' are one subject."""
    return frozenset(subject.replace(" trade", "").split("–"))


def _same_words(found: str, gold: str | None) -> bool:
    """The figure's words as the gold quotes them: the words of one are a run of the other's."""
    if not gold:
        return True
    a, b = found.split(), gold.split()
    short, long_ = sorted((a, b), key=len)
    return bool(short) and any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def matches(fact, gold: dict) -> bool:
    """Same kind and participants (an unordered pair for a meeting; the trading countries and the
    figure for trade), and the same place or post where the gold gives one."""
    if fact.kind != gold["kind"]:
        return False
    if fact.kind == "meeting":
        return {fact.subject, fact.object} == {gold["subject"], gold.get("object")}
    if fact.kind in ("trade_volume", "trade_growth"):  # and the same figure: one pair trades many
        return (fact.subject is not None and countries(fact.subject) == countries(gold["subject"])
                and _same_words(fact.quantity.text if fact.quantity else "", gold.get("quantity_text")))
    if fact.subject != gold["subject"]:
        return False
    if gold.get("place") and fact.place != gold["place"]:
        return False
    return not gold.get("object") or fact.object == gold["object"]


def ingest_corpus(folder, tmp_path_factory):
    """Ingest every file of a corpus folder (its manifest.jsonl gives dates and languages) into a
    fresh store; -> (store, {file name: [facts]}, findings of the comparison engine)."""
    import shutil
    from collections import defaultdict
    from pathlib import Path

    from checker import conflicts
    from checker.ingest import ingest
    from checker.store import Store

    manifest = {m["file"]: m for m in jsonl(folder / "manifest.jsonl")}
    copy = tmp_path_factory.mktemp(folder.name)
    for name in [*manifest, "manifest.jsonl"]:
        shutil.copy(folder / name, copy / name)
    store = Store(tmp_path_factory.mktemp("db") / f"{folder.name}.db")
    result = ingest([copy], store)
    assert result.added == len(manifest), result.failed
    facts = defaultdict(list)
    names = {d.id: Path(d.path).name for d in store.documents()}
    for f in store.facts():
        facts[names[f.doc]].append(f)
    return store, facts, conflicts.compare_store(store)


def score_facts(gold, manifest, facts):
    """Greedy one-to-one matching of gold facts to extracted facts, per document.
    -> (recall, precision) per language, and a printable table of misses and extras."""
    from collections import Counter

    found, used = set(), set()
    for g in gold:
        for f in facts[g["doc"]]:
            if f.id not in used and matches(f, g):
                found.add(g["id"]), used.add(f.id)
                break
    gold_n, hit, out_n, good = Counter(), Counter(), Counter(), Counter()
    for g in gold:
        lang = manifest[g["doc"]]["lang"]
        for k in (lang, (lang, g["kind"])):
            gold_n[k] += 1
            hit[k] += g["id"] in found
    for name, fs in facts.items():
        lang = manifest[name]["lang"]
        for f in fs:
            for k in (lang, (lang, f.kind)):
                out_n[k] += 1
                good[k] += f.id in used
    lines = []
    for k in sorted(set(gold_n) | set(out_n), key=str):
        r = hit[k] / gold_n[k] if gold_n[k] else float("nan")
        p = good[k] / out_n[k] if out_n[k] else float("nan")
        lines.append(f"  {str(k):32} recall {r:.2f} ({hit[k]}/{gold_n[k]})  precision {p:.2f} ({good[k]}/{out_n[k]})")
    lines += [f"  missed  {g['id']}" for g in gold if g["id"] not in found]
    for name, fs in sorted(facts.items()):
        lines += [f"  extra   {name[:4]} {f.kind} {f.subject} / {f.object or f.place} ({f.rule}): {f.sentence[:80]}"
                  for f in fs if f.id not in used]
    langs = {m["lang"] for m in manifest.values()}
    rates = {lang: (hit[lang] / gold_n[lang] if gold_n[lang] else 0.0,
                    good[lang] / out_n[lang] if out_n[lang] else 0.0) for lang in langs}
    return rates, "\n".join(lines)


def score_conflicts(pairs, gold, facts, found):
    """Each pair of gold facts against the findings: a true conflict must be an error between
    facts matching the two; a look-alike must not be a warning or an error; a pair whose `why`
    says corroboration must be reported as one. -> (counts dict, flagged look-alikes, lines)."""
    by_id = {g["id"]: g for g in gold}

    def ids(gold_id):
        g = by_id[gold_id]
        return {f.id for f in facts[g["doc"]] if matches(f, g)}

    counts = {"true": 0, "reported": 0, "corroborations": 0, "corroborated": 0, "lookalikes": 0, "tested": 0}
    flagged, lines = [], []
    for p in pairs:
        a, b = ids(p["a"]), ids(p["b"])
        both = [f for f in found if a & set(f.facts) and b & set(f.facts)]
        clashes = [f for f in both if f.severity in ("error", "warning") and f.rule != "corroboration"]
        if p["conflict"]:
            ok = any(f.severity == "error" for f in clashes)
            counts["true"] += 1
            counts["reported"] += ok
        else:
            ok = not clashes
            counts["lookalikes"] += "corroboration" not in p["why"].lower()
            # a look-alike tests the engine only when both its sides were extracted
            counts["tested"] += bool(a and b) and "corroboration" not in p["why"].lower()
            if clashes:
                flagged.append((p, [f.message for f in clashes]))
            if "corroboration" in p["why"].lower():
                counts["corroborations"] += 1
                ok = ok and any(f.rule == "corroboration" for f in both)
                counts["corroborated"] += ok
        lines.append(f"  {'ok  ' if ok else 'FAIL'} {p['a']} ~ {p['b']} (extracted: {bool(a)}/{bool(b)})")
    return counts, flagged, "\n".join(lines)


def assert_facts(gold, manifest, facts, floors):
    """Print the scores and misses of a corpus; each language at or above its (recall, precision) floor."""
    rates, table = score_facts(gold, manifest, facts)
    print("\n" + table)
    for lang, (min_recall, min_precision) in floors.items():
        recall, precision = rates[lang]
        assert recall >= min_recall, lang
        assert precision >= min_precision, lang


def assert_conflicts(pairs, gold, facts, found, min_conflicts, min_corroborations):
    """Print the outcome of each pair; no look-alike flagged, and at least the given counts found."""
    counts, flagged, table = score_conflicts(pairs, gold, facts, found)
    print(f"\nconflicts reported {counts['reported']}/{counts['true']}, look-alikes flagged {len(flagged)} "
          f"(both sides extracted for {counts['tested']}/{counts['lookalikes']}), "
          f"corroborations {counts['corroborated']}/{counts['corroborations']}\n" + table)
    for p, messages in flagged:
        print(f"  flagged {p['a']} ~ {p['b']}: {messages}")
    assert not flagged, flagged
    assert counts["reported"] >= min_conflicts
    assert counts["corroborated"] >= min_corroborations

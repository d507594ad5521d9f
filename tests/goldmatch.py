"""How an extracted fact is matched to a fact of ../shared/gold (shared by the gold tests)."""
import json


def jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def countries(subject: str) -> frozenset:
    """'Russia–China trade' and 'China–Russia trade' are one subject."""
    return frozenset(subject.replace(" trade", "").split("–"))


def matches(fact, gold: dict) -> bool:
    """Same kind and participants (an unordered pair for a meeting; the trading countries for
    trade), and the same place or post where the gold gives one."""
    if fact.kind != gold["kind"]:
        return False
    if fact.kind == "meeting":
        return {fact.subject, fact.object} == {gold["subject"], gold.get("object")}
    if fact.kind in ("trade_volume", "trade_growth"):
        return fact.subject is not None and countries(fact.subject) == countries(gold["subject"])
    if fact.subject != gold["subject"]:
        return False
    if gold.get("place") and fact.place != gold["place"]:
        return False
    return not gold.get("object") or fact.object == gold["object"]

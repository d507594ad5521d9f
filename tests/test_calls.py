"""Meetings told as phone and video calls: the caller and the one called are its parties, whoever
called whom, and a call that names neither party is the call of the two the text told before."""
from datetime import date

import pytest

from checker.pipeline import analyse
from checker.read.documents import Document

PUBLISHED = date(2025, 6, 13)  # a Friday


def meetings(text):
    doc = Document(id="x", path="x", source=None, url=None, lang="en", published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [f for f in analyse(doc).facts if f.kind == "meeting"]


@pytest.mark.parametrize("text", [
    "Uruguayan President Yamandu Orsi received a phone call from Chilean President Gabriel Boric on Thursday.",
    "Uruguayan President Yamandu Orsi received a phone call on Thursday from Chilean President Gabriel Boric.",
    "Uruguayan President Yamandu Orsi spoke over the phone with Chilean President Gabriel Boric on Thursday.",
    "Uruguayan President Yamandu Orsi and Chilean President Gabriel Boric held a video call on Thursday.",
    "In a telephone conversation with Chilean President Gabriel Boric on Thursday, Uruguayan President "
    "Yamandu Orsi discussed the copper market.",
    # the two parties named in the sentence before, the call told of 'the two leaders', 'both leaders'
    "Uruguayan President Yamandu Orsi and Chilean President Gabriel Boric backed the port deal. "
    "In a phone call on Thursday, the two leaders also discussed the copper market.",
    "Uruguayan President Yamandu Orsi and Chilean President Gabriel Boric backed the port deal. "
    "During a call that President Orsi took on Thursday, both leaders called for calm.",
])
def test_a_call_is_a_meeting_of_its_two_parties_on_its_day(text):
    (call,) = meetings(text)
    assert {call.subject, call.object} == {"Yamandu Orsi", "Gabriel Boric"}
    assert call.when is not None and call.when.value == "2025-06-12"


@pytest.mark.parametrize("text", [
    # nobody told before: whom 'the two leaders' are is not guessed
    "In a phone call on Thursday, the two leaders discussed the copper market.",
    # three people told before and no fact with two parties: no guess either
    "Yamandu Orsi, Gabriel Boric and Javier Milei backed the port deal. "
    "In a phone call on Thursday, the two leaders discussed the copper market.",
    # a call for something, a call from a bank, talking to reporters: no meeting
    "Uruguayan President Yamandu Orsi made a call for calm on Thursday.",
    "Uruguayan President Yamandu Orsi spoke with reporters on Thursday.",
])
def test_no_call_without_two_parties(text):
    assert meetings(text) == []

"""The narrative anchor: a time carried from earlier sentences (step 2 of event dating).

Why a module of its own: step 1 (:meth:`eventwire.time.timeline.Timeline.governing`)
reads the sentence an act stands in; this step reads the passage before it, with
rules of its own about which times set a passage and how far they reach.

News narrates a past episode in a run of same-tense sentences after setting its
time once ("But last month, Trump was moved by ... The U.S. launched 59
Tomahawk missiles ..."). A time carries forward from the sentence that sets it
to later sentences when all of these hold:

* same paragraph (a paragraph break starts a new passage);
* at most :data:`MAX_CARRY` sentences later (beyond that reporters restate
  the time if it still applies, so an unstated time is more likely "now");
* the event's clause has the same tense class as the anchor's clause, and no
  sentence in between has a main clause of another tense (a present or
  present-perfect sentence returns the story to "now" and breaks the carry).

Within the anchoring sentence, the time of its main clause wins over one in
a subordinate clause; a time that only dates background (a restrictive
relative clause, a since/after/before clause: :func:`sets_passage`) sets no
passage time, nor does a sentence that ranks the news against the past ("The
worst attack was one in August 2013": :func:`ranks`). A past act told as
reported content takes the time of its report first (:func:`report_time`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.time import clause

if TYPE_CHECKING:
    from eventwire.time.timeline import Placed, Timeline

#: How many sentences after the one that sets it a narrative time carries.
MAX_CARRY = 3


def anchor(timeline: Timeline, token: Token) -> Placed | None:
    """Step 2: the narrative time carried from earlier sentences (module doc).

    Within the anchoring sentence, the time of its main clause wins over
    one buried in a subordinate clause ("... talked since the president
    took office in January" sets the story at the talk, not in January).
    First of all, a past act told as reported content takes the time of
    its report (:func:`report_time`).
    """
    reported = report_time(timeline, token)
    if reported is not None:
        return reported
    sent = timeline.sentence_index(token)
    paragraph = timeline.paragraph_index(token.idx)
    wanted = clause.tense(clause.clause_head(token))
    for index in range(sent - 1, max(-1, sent - 1 - MAX_CARRY), -1):
        if timeline.paragraph_index(timeline.sents[index].start_char) != paragraph:
            return None
        found = sentence_time(timeline, index, wanted)
        if found is not None:
            return found
        if clause.tense(timeline.sents[index].root) != wanted:
            return None
    return None


def report_time(timeline: Timeline, token: Token) -> Placed | None:
    """The time of the report a past act is told in ("reported on Saturday that strikes killed ...").

    The act happened by the time it was reported; that day is a closer
    bound than the publication date or an earlier sentence's time. Only a
    simple past: a present perfect ("the toll from a bomb attack has
    reached 126, a monitor said on Sunday") tells a state at the report,
    and what it names happened before it.
    """
    head = clause.clause_head(token)
    if head.dep_ != "ccomp" or clause.tense(head) != "past":
        return None
    governor = clause.clause_head(head.head)
    found = timeline.attached(governor, governor, [governor])
    return found if found is not None and found.tense in ("past", "perfect") else None


def sentence_time(timeline: Timeline, index: int, wanted: str) -> Placed | None:
    """The time a sentence sets for its narrative: main clause first, else the latest.

    A sentence that ranks the news against the past ("The worst attack was
    one in August 2013 that killed hundreds") sets none: its time is the
    yardstick's, and the acts told after it are the news (:func:`ranks`).
    """
    root = timeline.sents[index].root
    if ranks(root):
        return None
    main = timeline.attached(root, root, [root])
    if (main is not None and main.tense == wanted and clause.tense(root) == wanted
            and not clause.in_since_phrase(main.path)):
        return main
    candidates = [p for p in timeline.placed if p.sent_index == index and p.resolution.value is not None
                  and not p.dateline]
    same = [p for p in candidates if p.tense == wanted and p.mention.kind != "relative" and sets_passage(p)]
    return same[-1] if same else None


def sets_passage(item: Placed) -> bool:
    """May a time outside the main clause set the time of the sentences after it?

    Not when it only dates background: a restrictive relative clause, which
    tells which thing is meant ("a ceasefire that Turkey and Russia brokered in
    December"), or a clause that recalls an earlier act ("the deadliest attack
    since sarin killed hundreds in August 2013"), or a phrase that measures the
    news against an earlier one ("the worst attack since the one in 2013"). The passage that follows
    tells the news, not that background, so such a time carries to no later
    sentence; it still dates its own clause
    (:meth:`eventwire.time.timeline.Timeline.governing`). A
    relative clause set off by a comma adds news instead ("the war, which
    included a chemical attack this spring. Trump responded with …") and may
    set the passage's time.
    """
    head = item.head
    if head.dep_ in ("relcl", "acl") and clause.restrictive(head):
        return False
    if clause.in_since_phrase(item.path):
        return False
    return not clause.backgrounds(head)


def ranks(root: Token) -> bool:
    """A copular sentence whose subject is ranked: "The worst attack was …", "The deadliest was …".

    Such a sentence names the record holder, an earlier happening measured
    against the news, like a since-phrase (:func:`clause.in_since_phrase`). Only true
    superlatives: "The first blast was at 9 a.m." opens a narrative instead.
    """
    if root.lemma_ != "be":
        return False
    for subject in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
        for word in (subject, *subject.children):
            if word.tag_ == "JJS":
                return True
            if word.dep_ == "amod" and any(c.lower_ == "most" for c in word.children):
                return True
    return False

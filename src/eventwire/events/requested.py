"""Acts asked for, told in ways the governing chain of :mod:`eventwire.events.modality` misses.

A request is read off the clause that governs the act ("urged X [to withdraw]"). Four shapes escape it:
an infinitive the parser hangs beside the request verb, after the one asked ("called [upon] the Council [to]
conduct an inquiry"),
a request told as a noun whose infinitive the parser hangs elsewhere ("calls by X for Y [to resign]"), a
headline run into the text ("Opposition demands UN [investigation]"), and the noun of the request itself,
which a rejection does not undo ("rejected [calls] to resign": the call was made). Kept apart so that
modality keeps to the chain and these shape tests can be read, and grown, on their own.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.trigger_words import asked_infinitive

#: Nouns of things said to someone: rejecting one does not deny that it was said ("rejected [calls] by X to
#: resign": X did call).
UTTERED_NOUNS = frozenset({"call", "demand", "request", "appeal", "plea", "proposal", "offer", "ultimatum",
                           "invitation"})


def uttered(trigger: Token) -> bool:
    """The trigger is a noun of a thing said to someone (:data:`UTTERED_NOUNS`)."""
    return trigger.pos_ == "NOUN" and trigger.lemma_.lower() in UTTERED_NOUNS


def asked_for(verb: Token) -> bool:
    """An infinitive asked for by a request noun before it, however the parser hung it.

    "Calls by the opposition for the president [to resign]", "dismissed the calls by X [to resign]": the
    governing chain misses the request (the infinitive hangs on the "by" phrase or the main verb), so the
    resignation was coded as done.
    """
    if verb.pos_ != "VERB":
        return False
    start = max(verb.sent.start, verb.i - 8)
    return any(getattr(asked_infinitive(t), "i", None) == verb.i for t in verb.doc[start : verb.i])


#: Request verbs that take the act asked for as a bare object ("demands [UN investigation]") ...
DEMANDING_VERBS = frozenset({"demand", "urge", "request", "seek"})
#: ... and those that take it with "for" ("calls for [UN probe]").
CALLING_VERBS = frozenset({"call", "appeal", "press", "push", "ask", "plead", "lobby"})
#: Words of a noun phrase that may stand between such a verb and the event noun.
PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def demanded_before(noun: Token) -> bool:
    """An event noun right after a request verb ("Opposition demands UN [investigation]", "calls for UN
    [probe]") that the parser hung elsewhere, as headlines run into the text get parsed: the act is asked
    for, not done. A subject is not what is asked for ("demanded the [bombing] stop")."""
    if noun.pos_ != "NOUN" or noun.dep_ in ("nsubj", "nsubjpass"):
        return False
    i = noun.i - 1
    while i >= max(noun.sent.start, noun.i - 4) and (noun.doc[i].pos_ in PHRASE_POS or noun.doc[i].tag_ == "POS"):
        i -= 1
    if i < noun.sent.start:
        return False
    word = noun.doc[i]
    if word.pos_ == "VERB" and word.lemma_.lower() in DEMANDING_VERBS:
        return True
    before = noun.doc[i - 1] if i > noun.sent.start else None
    return (word.lower_ == "for" and before is not None and before.pos_ == "VERB"
            and before.lemma_.lower() in CALLING_VERBS)


#: Prepositions of the one a request verb asks: "called [upon] X to", "appealed [to] X to", "pleaded [with] X to".
ASKED_PREPS = frozenset({"on", "upon", "to", "with"})


def split_request(clause: Token, request: bool) -> bool:
    """An infinitive hung beside a request (``request``) or plan verb after a "for X" phrase, or beside a request
    verb after the one asked: "called Friday [for] President Trump [to] cancel", "called [upon] the Council [to]
    conduct an inquiry". With a word between the verb and its phrase the parser makes the phrase the verb's and
    the infinitive a purpose clause beside it, so the act read as done.

    Not "called [Erdogan] on Friday to convey support": a phone call's object, or a day, asks nobody.
    """
    verb = clause.head
    asking = request and not any(c.dep_ == "dobj" for c in verb.children)
    if any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in clause.children):
        return False
    return any(c.dep_ == "prep" and c.i < clause.i and (c.lower_ == "for" or (asking and c.lower_ in ASKED_PREPS))
               and any(g.dep_ == "pobj" and (c.lower_ == "for" or g.ent_type_ not in ("DATE", "TIME"))
                       for g in c.children)
               for c in verb.children)

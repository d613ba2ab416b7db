"""A claim told by a pronoun ("He said the nasty Harris attacked Biden") is attributed to whom it stands for.

Why a module of its own: the attribution reader (``events.attribution``) reads the parse of one sentence, but a
speaker pronoun points back to the subject of a recent sentence ("Trump questioned the selection. [He] said
..."), which the quotes stage already finds for its speakers (``quotes.speakers.find_antecedent``). Reusing that
search keeps the events' "who said so" and the quotes' speaker the same actor.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from eventwire.events.arguments import ActorIndex, actor_for
from eventwire.events.attribution import Attribution
from eventwire.model import Actor, Article
from eventwire.quotes.speakers import GROUP_PRONOUNS, PERSON_PRONOUNS, find_antecedent

#: Speaker pronouns resolved: people and "they". Not "it": on news its antecedent was as often wrong as right
#: ("..., said the Observatory. ... it said" took the armed men the monitor wrote of), since the speaker of a
#: wire story's "it said" is often named after its verb, where the subject search does not look.
SPEAKER_PRONOUNS = PERSON_PRONOUNS | (GROUP_PRONOUNS - {"it"})


def pronoun_speaker(article: Article, sentence: SpacySpan, said: Attribution, index: ActorIndex) -> Actor | None:
    """The coded actor a speaker pronoun stands for, or None (not a pronoun, or no coded antecedent)."""
    if said.actor is not None or said.text.lower() not in SPEAKER_PRONOUNS:
        return None
    pronoun = sentence.doc.char_span(said.start, said.end)
    if pronoun is None or len(pronoun) != 1:
        return None
    antecedent = find_antecedent(article, sentence.doc, pronoun[0])
    return actor_for(antecedent, index) if antecedent is not None else None

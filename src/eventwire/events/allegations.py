"""A claim that someone used force is itself an act: an accusation, or a claim of responsibility.

CAMEO codes the allegation apart from the act alleged: 112 (accuse) is
"accuse, charge, allege" wrongdoing of another party, and 015 is "acknowledge
or claim responsibility" for one's own act. So "the United States claimed
that ISIL had attacked Iraq" holds two events: the attack (190 ISIL -> Iraq,
attributed to the United States) and the claim itself (112 United States ->
ISIL); "Russia claimed that its jets had struck the camps" is 015 Russia ->
the camps beside the strike.

Only verbs that make a contested assertion count (claim, allege, charge,
contend, assert, insist, maintain): a plain "said" reports without accusing
("the army said militants attacked the village" stays the attack alone), and
only uses of force (roots 18, 19, 20): "claimed that the police arrested X"
accuses no one of wrongdoing. The act must be asserted, not denied or
hypothetical: "claimed that it never attacked" is a denial, not a claim.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire.events.arguments import ActorIndex, actor_for
from eventwire.events.coder import derived_event
from eventwire.events.ontology import CameoCode
from eventwire.model import Actor, Article, Event, Span
from eventwire.roots import MATERIAL_CONFLICT_ROOTS, STATE_ORGANS

#: Verbs of a contested assertion: what they report is alleged by the speaker, not only told.
ALLEGING_VERBS = frozenset({"claim", "allege", "charge", "contend", "assert", "insist", "maintain"})

#: Clause links from the act up to the verb that alleges it ("claimed [that] ISIL had attacked").
CLAIM_DEPS = ("ccomp", "conj")


def alleging_verb(trigger: Token) -> Token | None:
    """The alleging verb whose complement holds ``trigger``'s clause, climbing through conjuncts.

    "claimed that ISIL had attacked Iraq and taken Mosul": both acts hang
    on "claimed". Event nouns are taken through their clause's verb
    ("claimed that Iran carried out the attack").
    """
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for _ in range(4):
        head = clause.head
        if head.i == clause.i or clause.dep_ not in CLAIM_DEPS:
            return None
        if clause.dep_ == "ccomp":
            return head if head.lemma_.lower() in ALLEGING_VERBS and head.pos_ in ("VERB", "AUX") else None
        clause = head
    return None


def _speaker(verb: Token, index: ActorIndex) -> tuple[Token, Actor] | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    actor = actor_for(subject, index)
    return (subject, actor) if actor is not None and actor.code else None


def _same_side(speaker: Actor, doer: Actor, sentence: SpacySpan) -> bool:
    """The speaker's own act: the same actor or code ("the US claimed that [they] attacked", "[ISIS's]
    agency claimed [ISIS] fighters killed"), two organs of one state ("state media claimed government
    forces killed"), or a doer the speaker owns ("Russia claimed [its] jets struck"). One country is not
    one side: "opposition activists claimed the army attacked" accuses."""
    if (speaker.entity_id and speaker.entity_id == doer.entity_id) or speaker.code == doer.code:
        return True
    if speaker.country and speaker.country == doer.country and _state_organ(speaker) and _state_organ(doer):
        return True  # "[Syrian state media] claimed [government forces] killed 50": the state's own claim
    phrase = sentence.doc.char_span(doer.span.start, doer.span.end, alignment_mode="expand")
    words = list(phrase) if phrase is not None else []
    if words and words[0].i > 0:
        words.insert(0, words[0].nbor(-1))  # "[its] jets": the owner may stand just outside the mention
    return any(w.lower_ in OWN_WORDS for w in words)


#: Sectors of a state's own apparatus: its government, forces, police, intelligence, courts, legislature.
STATE_SECTORS = STATE_ORGANS


def _state_organ(actor: Actor) -> bool:
    return bool(actor.country) and (actor.code or "").startswith(actor.country) and actor.sector in STATE_SECTORS


#: Possessives that make the doer the speaker's own.
OWN_WORDS = frozenset({"its", "their", "our", "his", "her"})


def allegation_events(
    article: Article, sentence: SpacySpan, acts: list[tuple[Event, Token]], table: dict[str, CameoCode],
    index: ActorIndex,
) -> list[Event]:
    """The accusation (112) or claim of responsibility (015) each alleged act of force carries.

    ``acts`` pairs each coded event of the sentence with its trigger token.
    """
    made: dict[tuple, Event] = {}
    for event, trigger in acts:
        if event.root not in MATERIAL_CONFLICT_ROOTS or event.negated or event.modality != "asserted":
            continue
        verb = alleging_verb(trigger)
        speaker = _speaker(verb, index) if verb is not None else None
        if speaker is None:
            continue
        speaker_actor = speaker[1]
        if _same_side(speaker_actor, event.source, sentence):
            cameo, target = "015", event.target
        else:
            cameo, target = "112", event.source
        key = (cameo, speaker_actor.code, target.code if target else None)
        if key not in made:
            trigger = Span(verb.idx, verb.idx + len(verb))
            made[key] = derived_event(article, sentence, trigger, table[cameo], speaker_actor, target,
                                      "derived.allegation")
    return list(made.values())

"""Does the text assert the event, or only intend, suppose, negate or deny it?

News reports many events that did not happen: meetings "agreed to try to
set up", strikes that "would be aimed at", contacts that "did not" occur,
interference that someone "denied". Coding them as facts is the commonest
error of dictionary coders, so each event carries a modality read from the
trigger's own clause and the clauses that govern it.

Values (``eventwire.model.MODALITIES``), strongest first:

* ``denied``: governed by a denial ("denied that Moscow ever interferes").
* ``negated``: "not", "never", "no" on the trigger or a governing verb
  ("did not meet", "made no mention of"), or a governing "fail/refuse to"; an
  event noun that is undone ("called off [the summit]", "the [talks] were
  postponed"): a cancelled meeting is not held.
* ``hypothetical``: modal would/could/might/may/should, an "if/unless"
  clause, or a governing verb of supposition or request ("consider",
  "propose", "called for [sanctions]").
* ``intended``: future "will/shall/'ll", "be going/set to", or a governing
  verb or noun of intention ("plan", "vow", "agree to", "hope to", "announced
  [plans] to meet").
* ``asserted``: everything else.

``event.negated`` is True for ``negated`` and ``denied``: in both cases the
text does not assert that the event took place.

The governors are found up the parse (``governing_chain``): through
complements, through a verb coordinated with a governed one ("urged X to
stop and [withdraw]"), and through purpose clauses; not out of an adverbial
clause with a subordinator ("if", "even as"), which is a circumstance.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.prepared import campaign_aim, only_a_right, prepared_for
from eventwire.events.requested import asked_for, demanded_before, split_request, uttered
from eventwire.events.topics import SPEECH_VERBS
from eventwire.events.undone import undoes, undoing
from eventwire.events.voice import has_to_marker, subjectless_infinitive

DENIAL_VERBS = frozenset({"deny", "dismiss", "refute", "reject", "rebuff", "disavow"})
NEGATING_VERBS = frozenset({
    "fail", "refuse", "decline", "avoid", "stop", "cease", "cancel", "postpone",  # not "end": "ended a trip" took place
    "foil", "thwart", "avert", "prevent",  # "the army foiled an attack": the attack did not take place
    "ward", "forestall",  # "to ward off sanctions": the sanctions are not (yet) imposed
})
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "may", "should", "can", "must"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
#: "plot" and "conspire" too: "were plotting [strikes] on US soil" tells of attacks not made, and a secret plot
#: announces nothing, so it is no intent (036, 138x) either.
SUPPOSITION_VERBS = frozenset({"consider", "propose", "suggest", "weigh", "mull", "contemplate", "threaten",
                               "plot", "conspire"})
#: A requested act has not happened: "called for [sanctions]", "urged Russia to [withdraw]", "encouraged the
#: migrants to [seek] shelter" (an encouragement is a request that may or may not be heeded); a dare too:
#: "challenged Mr Brown to [deny] the reports" asks for a denial not yet made.
REQUEST_VERBS = frozenset({"call", "urge", "demand", "ask", "appeal", "press", "push", "request", "lobby", "plead",
                           "encourage", "implore", "beg", "challenge", "dare"})
#: Not "decide": a decision taken is the act as far as the coder can tell ("has decided to lift sanctions" is
#: the easing, 085, as PLOVER codes a concession when it is announced, not an intent to ease).
INTENTION_VERBS = frozenset({
    "plan", "intend", "vow", "promise", "pledge", "agree", "hope", "aim", "seek", "want", "try", "expect",
    "prepare", "offer", "schedule", "set", "go", "wish", "mean", "attempt", "arrange", "push",
    "willing", "ready", "prepared", "eager", "determined", "commit", "resolve",
})
#: Nouns of intention that govern the act they plan: "announced [plans] to meet", "an [offer] of talks",
#: "its [readiness] for a meeting". Without them a planned meeting was coded as held (040, asserted).
INTENTION_NOUNS = frozenset({
    "plan", "intention", "intent", "readiness", "willingness", "offer", "pledge", "promise", "preparation",
})
#: ... of which only these take the act with "of" ("an offer of talks"; "the intentions of the raids" took place).
OFFER_NOUNS = frozenset({"offer", "pledge", "promise"})
NEGATORS = frozenset({"not", "n't", "never", "no"})
#: Predicates whose subject already exists: what "will end" or "will expire" is under way.
LAPSING_VERBS = frozenset({"end", "expire", "lapse"})
#: Meetings that "call" convenes when it takes them as its object ("called a [meeting] with X").
CONVENED_NOUNS = frozenset({"meeting", "session", "summit", "conference", "talk", "consultation", "gathering"})
#: Words that put an event noun in the future: "the [planned] visit", "the summit is [expected] in June".
PLANNED_WORDS = frozenset({
    "plan", "planned", "expect", "expected", "schedule", "scheduled", "upcoming", "forthcoming", "slate",
    "slated", "due", "propose", "proposed", "anticipate", "anticipated", "prospective", "set", "intend", "intended",
})
#: Nouns that make a trip or a meeting known before it is made: "the [announcement] of Mr. Trump's visit".
ANNOUNCEMENT_NOUNS = frozenset({"announcement"})
#: ... for these nouns only: a trip or a meeting is announced ahead; an attack announced is mostly claimed after.
ANNOUNCED_AHEAD = frozenset({"visit", "trip", "tour", "meeting", "summit", "talk", "talks"})
#: ... or make it a supposition: "a [possible] strike".
POSSIBLE_WORDS = frozenset({"possible", "potential", "hypothetical", "likely", "eventual", "conditional"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
#: Verbs of obligation over a "to" infinitive: "Britain [has to] apologise", "the days of [having to] apologise
#: are over", "Iran [needs to] withdraw": what one must do is not yet done, like the modal "must".
OBLIGATION_VERBS = frozenset({"have", "need", "ought"})
#: A vote to use force authorises it; the strike or attack voted for is still to come ("parliament voted to
#: [strike] the bases"). Other votes stay the act decided, like "decide" (see INTENTION_VERBS).
FORCE_VOTED = frozenset({"strike", "attack", "bomb", "invade", "fight"})
#: Nouns of force that an authorisation or a debate puts still to come: "[authorised] military strikes",
#: "[debated] strikes on X" tell of no strike made.
FORCE_NOUNS = frozenset({"strike", "airstrike", "attack", "bombing", "invasion", "raid", "action", "intervention"})
#: Verbs that authorise force: the act authorised is intended ("approved strikes"), not done; not "approve of",
#: which endorses acts that may be done already, nor "approved the attacks", which may have been made.
AUTHORISING_VERBS = frozenset({"authorize", "authorise", "approve", "endorse"})
#: Verbs of debating force: the act debated is a supposition ("debated strikes on X"); not a debate of "the"
#: strikes, which may be over.
DEBATING_VERBS = frozenset({"debate", "discuss"})
#: Dependency labels through which a governing clause scopes over the trigger.
GOVERNED_BY = ("xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "attr", "pcomp", "advcl", "conj")


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in NEGATORS) for c in token.children)


def _none_done(verb: Token) -> bool:
    """ "conducted [no] strikes", "no strikes were carried out": a verb whose object (or passive subject) is
    "no X" says that the act did not happen (without this, "conducted no strikes" gave an asserted 195)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
               for c in verb.children)


def _yet_to(verb: Token) -> bool:
    """ "the regime [is yet to] give permission", "has yet to sign": what is yet to be done is not done."""
    return verb.lemma_.lower() in ("be", "have") and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children)


def _modals(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}


def _sharing_head(verb: Token) -> Token:
    """The first conjunct whose auxiliaries and negation a coordinated verb shares.

    "would arm and [equip]", "did not arrest or [charge]": a conjunct of the same form with no auxiliary or
    negation of its own is under its first conjunct's; spaCy hangs those only on the first. A conjunct with its
    own ("has met and [will meet]"), a subject of its own ("X did not come and Y [refused]": two clauses) or
    another form ("refused to free them and [expelled]") keeps its own.
    """
    while (verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX")
           and _same_form(verb, verb.head)
           and not any(c.dep_ in ("aux", "auxpass", "neg", "nsubj", "nsubjpass", "expl") for c in verb.children)):
        verb = verb.head
    return verb


def _conditional(token: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children)


#: Nouns of inquiry and the prepositions of what they look into: a request or plan for the inquiry does not
#: reach the act inquired into ("called for an investigation of the bombing": the bombing is no plan).
INQUIRY_NOUNS = frozenset({"investigation", "inquiry", "enquiry", "probe", "inquest", "review", "hearing"})
INQUIRY_PREPS = frozenset({"into", "of", "about", "over"})


#: Nouns and verbs of telling and their prepositions: what is told about happened, whether or not it is told
#: ("would not give details [of the discussion]", "declined to comment [on the talks]").
TELLING_WORDS = frozenset({"detail", "details", "comment", "information", "specific", "specifics", "readout",
                           "elaborate", "word"})
TELLING_PREPS = frozenset({"of", "on", "about", "over", "regarding", "concerning"})


#: Verbs whose object is a deed already done: "urged the Council to punish [the massacre]" requests only the
#: punishment; "would raise [the attack] at the Council" brings up an attack made.
DEED_VERBS = frozenset({"punish", "avenge", "condemn", "denounce", "investigate", "probe", "prosecute", "mourn",
                        "commemorate", "raise"})
#: Modifiers that tell an event noun as one that took place, whatever mood governs the clause it sits in:
#: "would raise a [reported] chemical attack at the Council", "will discuss the [recent] strikes".
TOLD_DONE_WORDS = frozenset({"reported", "alleged", "suspected", "recent", "previous", "earlier", "past"})


def governing_chain(trigger: Token, limit: int = 5) -> list[tuple[Token, bool]]:
    """The trigger and the words above it whose scope covers it, up to a clause root.

    Each governor comes with whether it takes the trigger as its complement
    ("agreed to [meet]", "planned [talks]"): only then do its meaning words
    (intend, deny, consider) apply. "In a phone call with X, Y offered help"
    does not make the call an offer.
    """
    chain = [(trigger, False)]
    token = trigger
    complement = True
    while (token.dep_ in GOVERNED_BY or _purpose(token)) and token.head.i != token.i and len(chain) <= limit:
        if token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
            # A coordinated verb has its own auxiliaries and negation, so its first conjunct is passed over,
            # but what governs that conjunct governs both: "urged X to stop the raids and [withdraw]". Not
            # a conjunct of another form: "refused to free them and [expelled] the envoy" was done.
            if not _same_form(token, token.head):
                break
            token = token.head
            continue
        if _frame_after_quote(token):
            break  # '"They will pay," X said during a meeting': the quote's "will" is not the meeting's
        if token.dep_ == "prep" and token.lower_ in INQUIRY_PREPS and token.head.lemma_.lower() in INQUIRY_NOUNS:
            break  # "demanded an inquiry [into the attack]": the attack happened; only the inquiry is demanded
        if token.dep_ == "prep" and token.lower_ in TELLING_PREPS and token.head.lemma_.lower() in TELLING_WORDS:
            break  # "would not give details [of the discussion]": only the telling is negated
        if token.dep_ == "dobj" and token.pos_ in ("NOUN", "PROPN") and token.head.lemma_.lower() in DEED_VERBS:
            break  # "asked the Council to punish [the massacre]": the massacre was done
        if _circumstance(token):
            break  # "[if/for] X abandons the talks, we won't ...": a circumstance is outside the main clause's scope
        link = token.dep_
        takes = complement and (
            link in ("xcomp", "ccomp", "dobj", "attr", "pobj", "pcomp", "conj")  # a conjunct shares its head's role
            or (link == "prep" and token.lower_ in ("to", "for", "on", "of"))
            or (link == "acl" and token.head.lemma_.lower() in INTENTION_NOUNS)  # "plans [to meet]"
            or _asked_with_for(token)  # "called for Russia [to withdraw]"
        )
        # A purpose clause is no complement of its own verb ("went to Ankara [to meet] X": the meeting is no
        # plan), but it shares that verb's scope further up: "called on X to hold a session [to discuss] it".
        complement = takes or (complement and _purpose(token))
        token = token.head
        chain.append((token, takes))
    return chain


def _purpose(clause: Token) -> bool:
    """A subjectless "to" infinitive hung as an adverbial clause or on a noun: "sent troops [to attack]",
    "a session [to discuss] it"."""
    return clause.dep_ in ("advcl", "relcl") and subjectless_infinitive(clause)


def _circumstance(clause: Token) -> bool:
    """An adverbial clause with a subordinator: "[if] X abandons", "[even as] Sanders vows", "[for] X to meet";
    not the "for X to" clause of a request or plan, which spaCy hangs the same way."""
    return (clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in clause.children)
            and not _asked_with_for(clause))


def _asked_with_for(clause: Token) -> bool:
    """ "called [for] Russia [to] withdraw", "pushed for the UN to investigate": a request's or a plan's
    complement, also when the parser splits "for X" off as a phrase of the verb ("called Friday for X to")."""
    if not (clause.dep_ == "advcl" and clause.head.lemma_.lower() in REQUEST_VERBS | INTENTION_VERBS
            and has_to_marker(clause)):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
        return True
    return split_request(clause, clause.head.lemma_.lower() in REQUEST_VERBS) or _asked_one(clause)


def _asked_one(clause: Token) -> bool:
    """ "encouraged [the migrants] to seek shelter", "urged [X] to leave": the infinitive after the one asked
    is what is asked for, also when the parser hangs it as a purpose clause. Not "call", whose object is often
    the one phoned ("called Erdogan to convey support")."""
    verb = clause.head
    return (verb.lemma_.lower() in REQUEST_VERBS - {"call"} and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)
        and any(c.dep_ == "dobj" and c.i < clause.i for c in verb.children))


def _same_form(conjunct: Token, head: Token) -> bool:
    """Two coordinated verbs of one form (both infinitives, both past …) share what governs the first."""
    return conjunct.tag_ == head.tag_ or (head.tag_ == "VB" and has_to_marker(conjunct))


def _frame_after_quote(token: Token) -> bool:
    """A speech verb hung as the complement of a verb before a quote mark is the
    quote's frame, misparsed (mismatched quote marks do it): the quote is what
    it reports, never what governs it."""
    if token.dep_ != "ccomp" or token.lemma_.lower() not in SPEECH_VERBS or token.head.i > token.i:
        return False
    between = token.doc[token.head.i + 1 : token.i]
    return any(t.is_quote or t.tag_ in ("``", "''") for t in between)


def _convened(verb: Token, below: Token) -> bool:
    """ "Called [a meeting] with X" convenes the meeting, as "convened" does: a meeting noun as the bare
    direct object of "call" is no request (the request reading needs "for" or "on": "called for talks").
    Other objects are often a naming the parser hung badly ("called the attack ... an act of terror")."""
    return (verb.lemma_.lower() == "call" and below.dep_ == "dobj" and below.head.i == verb.i
            and below.lemma_.lower() in CONVENED_NOUNS
            and not any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") for c in verb.children))


def modality(trigger: Token) -> str:
    """The modality of the event triggered by ``trigger`` (see module docstring)."""
    chain = governing_chain(trigger)
    reported = any(t.lemma_.lower() in SPEECH_VERBS for t, _ in chain[1:])
    verdict = "asserted"
    for depth, (token, takes_complement) in enumerate(chain):
        governs = depth > 0 and takes_complement and token.pos_ in ("VERB", "AUX", "ADJ")
        lemma = token.lemma_.lower()
        if depth > 0 and takes_complement and token.pos_ == "NOUN" and lemma in INTENTION_NOUNS and not (
                chain[depth - 1][0].lower_ == "of" and lemma not in OFFER_NOUNS):  # "the intentions [of] the raids"
            governs, lemma = True, "plan"  # "announced [plans] to meet": the meeting is intended, not held
        elif governs and _looking_forward(token):
            lemma = "plan"  # "is [looking forward] to a meeting": a meeting to come
        elif governs and _open_to(token, chain[depth - 1][0]):
            lemma = "plan"  # "is [open to] a meeting": willing to meet, not meeting
        elif governs and _arranged(token, chain[depth - 1][0]):
            lemma = "plan"  # "is to step down": a step arranged, not taken
        if governs and lemma in DENIAL_VERBS and not (depth == 1 and uttered(trigger)):
            return "denied"
        shared = _sharing_head(token) if depth == 0 and token.pos_ in ("VERB", "AUX") else token
        if (_negated(shared) or (governs and lemma in NEGATING_VERBS) or (depth == 0 and _none_done(token))
                or (governs and _yet_to(token)) or (depth > 0 and takes_complement and undoes(chain, depth))):
            return "negated"
        modals = _modals(token) | _modals(shared)
        if reported and "would" in modals:
            modals = (modals - {"would"}) | {"will"}  # "said it would send": future in the past
        wished = governs and lemma in INTENTION_VERBS and _someone_else(chain[depth - 1][0], token)
        requested = (governs and lemma in REQUEST_VERBS and not undoing(token)  # "called off" asks for nothing
                     and not _convened(token, chain[depth - 1][0]))
        obliged = governs and lemma in OBLIGATION_VERBS and _to_infinitive(chain[depth - 1][0])
        debated = governs and lemma in DEBATING_VERBS and _bare_force(trigger, chain[depth - 1][0])
        authorised = (governs and lemma in AUTHORISING_VERBS and _bare_force(trigger, chain[depth - 1][0])
                      and not _asked_above(chain, depth))
        if verdict == "asserted" and (
            modals & HYPOTHETICAL_MODALS
            or debated
            or obliged
            or _conditional(token)
            or (governs and lemma in SUPPOSITION_VERBS)
            or requested
            or wished  # "Obama wants [Putin] to attack": a wish about another actor's act
        ):
            verdict = "hypothetical"
        elif verdict == "asserted" and (
            modals & FUTURE_MODALS or (governs and lemma in INTENTION_VERBS) or authorised
            or (governs and lemma == "vote" and trigger.lemma_.lower() in FORCE_VOTED
                and _to_infinitive(chain[depth - 1][0]))
        ):
            verdict = "intended"
    if verdict in ("intended", "hypothetical") and _told_done(trigger):
        return "asserted"  # "would raise a [reported] attack": the raising is to come, the attack took place
    if verdict == "asserted" and trigger.pos_ in ("NOUN", "PROPN"):
        verdict = _noun_mood(trigger)
    if verdict == "asserted" and (asked_for(trigger) or demanded_before(trigger) or only_a_right(chain)):
        verdict = "hypothetical"
    if verdict == "asserted" and (prepared_for(chain) or campaign_aim(chain)):
        verdict = "intended"  # "mobilising its forces [to storm] a squat", "an offensive [to retake] X": to come
    if verdict == "asserted" and (_in_conditional_clause(chain[-1][0]) or any(_pending(t) for t, _ in chain)):
        verdict = "hypothetical"
    return verdict


def _asked_above(chain: list[tuple[Token, bool]], depth: int) -> bool:
    """ "asked Congress to [authorize] strikes": an authorisation requested or supposed is itself not given,
    so the strikes stay a supposition (hypothetical), not intended."""
    return any(takes and token.lemma_.lower() in REQUEST_VERBS | SUPPOSITION_VERBS
               for token, takes in chain[depth + 1:])


def _bare_force(trigger: Token, below: Token) -> bool:
    """The trigger is a noun of force (``FORCE_NOUNS``) taken as the direct object (``below``) of a verb of
    authorising or debating, with no definite determiner: "authorised [strikes]", "debated [military action]";
    "the" strikes may have been made already ("approved the attacks ... that took place")."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in FORCE_NOUNS or below.dep_ != "dobj":
        return False
    return not any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_WORDS for c in trigger.children)


#: Determiners of strikes already told of.
DEFINITE_WORDS = frozenset({"the", "these", "those", "this", "that"})


def _to_infinitive(clause: Token) -> bool:
    """ "has [to apologise]": a "to" infinitive complement; "had him [arrested]" is a causative, done."""
    return clause.dep_ == "xcomp" and has_to_marker(clause)


def _pending(clause: Token) -> bool:
    """A present-tense "until" clause is a condition still to be met: "sanctions stay until Turkey [ends] its
    operations", "will not end the strike until the government [provides] ..."; a past one happened
    ("fought until the army surrendered")."""
    return clause.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "mark" and c.lower_ in ("until", "till") for c in clause.children)


def _noun_mood(noun: Token) -> str:
    """An event noun's mood from its modifiers and, as a subject, its predicate.

    "a [planned] visit", "the [upcoming] summit", "the summit is [expected]
    in June" (intended); "a [possible] strike", "a strike [would] be aimed
    at" (hypothetical); "the visit was [postponed]" (negated).
    """
    subject = noun.dep_ in ("nsubj", "nsubjpass")
    predicate = noun.head
    lemma = predicate.lemma_.lower()
    if subject and undoing(predicate):
        return "negated"
    words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    words |= {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    if words & POSSIBLE_WORDS:
        return "hypothetical"
    if words & PLANNED_WORDS or _announced(noun):
        return "intended"
    if not subject or lemma in LAPSING_VERBS:  # "their [pause] in bombing will end at 7 pm": it is on now
        return "asserted"
    modals = _modals(predicate)  # "a strike [would] be aimed at": the predicate's mood covers its subject
    if modals & HYPOTHETICAL_MODALS:
        return "hypothetical"
    if lemma == "intend" and any(c.dep_ == "xcomp" for c in predicate.children) and not modals & FUTURE_MODALS:
        return "asserted"  # "the strikes are [intended to limit] the advance": a purpose told of acts done
    if modals & FUTURE_MODALS or lemma in PLANNED_WORDS:
        return "intended"
    return "asserted"


def _told_done(noun: Token) -> bool:
    """An event noun its own modifier tells as having taken place ("a [reported] attack", "the [recent]
    strikes"): a governor's future or request covers what is done about it, not the act itself."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in TOLD_DONE_WORDS for c in noun.children)


def _announced(noun: Token) -> bool:
    """ "the [announcement] of Trump's trip": a trip made known, still to be made (036, intended)."""
    return (noun.lemma_.lower() in ANNOUNCED_AHEAD and noun.dep_ == "pobj" and noun.head.lower_ == "of"
            and noun.head.head.lemma_.lower() in ANNOUNCEMENT_NOUNS)


def _arranged(verb: Token, below: Token) -> bool:
    """ "X [is to] step down", "the ministers [are to] meet": "be" with a bare "to" infinitive tells what is
    arranged or due, not what was done. Not the idiom "X [was to blame]", which tells who is responsible."""
    return (verb.lemma_.lower() == "be" and below.dep_ == "xcomp" and below.head.i == verb.i
            and below.lemma_.lower() != "blame"
            and has_to_marker(below))


def _looking_forward(verb: Token) -> bool:
    """ "looks forward to [the talks]": what one looks forward to has not happened yet."""
    return verb.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in verb.children)


def _open_to(word: Token, below: Token) -> bool:
    """ "is [open to] a meeting", "open to talks": the adjective of willingness, like "ready for"; not the verb
    ("opened talks", "opened the meeting" took place), nor "open" with another preposition."""
    return (word.pos_ == "ADJ" and word.lower_ == "open" and below.dep_ == "prep" and below.lower_ == "to"
            and below.head.i == word.i)


def _in_conditional_clause(token: Token) -> bool:
    """True when the clause hangs on "if"/"unless" further up ("if X attacks Y, ...")."""
    while token.dep_ in ("advcl", "conj") and token.head.i != token.i:
        if _conditional(token):
            return True
        token = token.head
    return _conditional(token)


def _someone_else(clause: Token, governor: Token) -> bool:
    """The governed clause has its own doer: "wants Putin to attack", "expects that Iran will"."""
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in clause.children):
        return True  # "agreed that they would meet" keeps its own doers
    return clause.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in governor.children)


def is_negated(value: str) -> bool:
    return value in ("negated", "denied")

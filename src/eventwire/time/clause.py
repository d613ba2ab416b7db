"""Clauses and their tense, from the dependency parse.

A temporal expression belongs to the clause whose head verb it hangs from;
an event is dated by expressions of *its* clause, not of another clause in
the same sentence ("agreed in Tuesday's call to try to set up a meeting in
July": the agreement is Tuesday, the meeting July). Tense gives two things:
the direction in which bare weekdays and months resolve, and whether a
narrative anchor may carry from one sentence to the next.

Tense classes: ``past`` (simple past, past perfect), ``perfect`` (present
perfect: still past for direction, but a different narrative tense),
``present``, ``future`` (will/shall/would, "going to", infinitives).
"""

from __future__ import annotations

from spacy.tokens import Token

#: Dependencies that start a clause of their own under another clause.
CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "csubj", "csubjpass", "parataxis", "pcomp"}
#: Present-tense reporting verbs read as past ("Trump says Tuesday ...").
REPORTING = {
    "say", "tell", "announce", "confirm", "report", "claim", "deny", "insist", "warn", "add", "state",
    "accuse", "note", "urge", "call", "write", "tweet", "acknowledge", "admit", "explain", "describe",
    "stress", "emphasize", "emphasise", "reiterate", "signal", "suggest", "predict", "promise", "vow",
}  # fmt: skip
#: Prepositions whose phrase sets when (or where) the clause happens, not what it is about.
ADVERBIAL_PREPS = {
    "in", "on", "at", "during", "since", "after", "before", "following", "by", "until", "till", "through",
    "throughout", "within", "over", "from", "around", "near", "inside", "outside", "amid", "across", "into",
}  # fmt: skip
#: Subordinators that background an earlier act ("since the U.S. launched missiles").
BACKGROUND_MARKS = frozenset({"since", "after", "before", "when", "as", "once", "until"})
FUTURE_AUX = {"will", "shall", "would", "'ll", "’ll", "wo"}
#: Common irregular simple-past forms, for the tagger's occasional VBP on them.
IRREGULAR_PAST = frozenset({
    "began", "bought", "brought", "broke", "built", "came", "caught", "chose", "drew", "drove", "fell", "felt",
    "fled", "flew", "fought", "forgot", "froze", "gave", "got", "grew", "held", "hid", "kept", "knew", "led",
    "left", "lost", "made", "meant", "met", "overtook", "ran", "retook", "rode", "rose", "sat", "saw", "said",
    "sent", "shot", "sold", "sought", "spent", "spoke", "stood", "struck", "swore", "threw", "told", "took",
    "tore", "undertook", "went", "withdrew", "won", "wrote",
})  # fmt: skip


def is_clause_head(token: Token) -> bool:
    """A verb (or copula) heading a clause, or the sentence root."""
    if token.dep_ == "ROOT" or token.head is token:
        return True
    if token.dep_ in ("aux", "auxpass", "amod", "compound"):
        return False
    return token.pos_ in ("VERB", "AUX") and token.dep_ in CLAUSE_DEPS


def clause_head(token: Token) -> Token:
    """The head of the clause ``token`` belongs to (itself if it heads one)."""
    current = token
    for _ in range(64):  # parse trees are shallow; the bound guards malformed ones
        if is_clause_head(current):
            return current
        current = current.head
    return token.sent.root


def path_to_clause(token: Token) -> list[Token]:
    """Tokens from ``token`` up to and including its clause head."""
    path = [token]
    current = token
    for _ in range(64):
        if is_clause_head(current):
            return path
        current = current.head
        path.append(current)
    return path


def tense(head: Token) -> str:
    """Tense class of the clause headed by ``head`` (see module docstring)."""
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX or going_to(head):
        return "future"
    if head.tag_ == "VB" and any(a.tag_ == "TO" or a.lower_ == "to" for a in auxes):
        return "future"  # "to set up a meeting in July": infinitives look forward
    if any(a.lemma_ == "have" for a in auxes):
        return "past" if any(a.tag_ == "VBD" for a in auxes if a.lemma_ == "have") else "perfect"
    if head.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes) or _mistagged_past(head, auxes):
        return "past"
    # spaCy makes a new Token object on every access, so "is the root" must compare indices.
    is_root = head.dep_ == "ROOT" or head.head.i == head.i
    if head.tag_ in ("VBN", "VBG") and not auxes and not is_root:
        return tense(clause_head(head.head))  # participles take their governor's time
    if head.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    if not is_root and head.pos_ not in ("VERB", "AUX"):
        return tense(clause_head(head.head))
    return "present"


def _mistagged_past(head: Token, auxes: list[Token]) -> bool:
    """A past form the tagger read as present ("forces retook the town" as VBP)."""
    if head.tag_ != "VBP" or auxes:
        return False
    word = head.lower_
    return word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4 and not word.endswith("eed"))


def going_to(head: Token) -> bool:
    """'is going to meet': the clause head is an xcomp of 'going'."""
    governor = head.head
    return head.dep_ == "xcomp" and governor.lower_ == "going" and governor.tag_ == "VBG"


def direction(head: Token) -> str:
    """'back', 'forward' or 'present': where bare weekdays, months and dates of this clause lie.

    Past and perfect clauses look back, future ones forward. The present is
    its own answer: a scheduled present looks forward for weekdays ("talks
    that begin Wednesday") but an explicit date in a present clause is simply
    the nearest one (see :mod:`eventwire.time.resolve`). Present-tense
    reporting verbs look back: news writes "Trump says Tuesday" for past acts.
    """
    kind = tense(head)
    if kind in ("past", "perfect"):
        return "back"
    if kind == "present":
        return "back" if head.lemma_ in REPORTING else "present"
    return "forward"


def in_object(path: list[Token], own: range) -> bool:
    """Does this path to a clause head pass through an object noun rather than an adverbial?

    ``own`` holds the token indices of the expression itself, which may be a
    prepositional object ("set for Sunday"). Beyond it, a direct or dative
    object ("condemned yesterday's attack") or the object of a non-temporal
    preposition ("responded to yesterday's attack") means the time belongs
    to that noun, not to the clause; "in Tuesday's call" is adverbial.
    """
    for token in path[:-1]:
        if token.i in own or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.dep_ in ("dobj", "dative", "oprd"):
            return True
        if token.dep_ == "pobj" and token.head.lower_ not in ADVERBIAL_PREPS:
            return True
    return False


def attachment_level(path: list[Token], head: Token, item_path: list[Token], own: range | None = None) -> int | None:
    """How directly something hanging by ``item_path`` belongs to the clause of a trigger.

    ``path`` runs from the trigger to ``head``, its clause head. 0: it hangs on
    the trigger or between it and the head ("Tuesday's call", "talks in
    Kazakhstan"); 1: on the same head, on a subjectless participle clause of
    it, or on a relative clause of the trigger noun; None: another clause.
    With ``own`` (the item's token indices), items inside an object noun are
    refused at level 1 (see :func:`in_object`). Shared by the time and places
    stages so an event's when and where follow the same clause rules.
    """
    inner = {t.i for t in path[:-1]}
    if inner and any(t.i in inner for t in item_path):
        return 0
    if own is not None and in_object(item_path, own):
        return None
    item_head = item_path[-1]
    if head.i in (item_head.i, participle_governor(item_head).i):
        return 1
    if item_head.dep_ in ("relcl", "acl") and item_head.head.i in {t.i for t in path}:
        return 1
    return None


def participle_governor(head: Token) -> Token:
    """'Speaking at X on Thursday, Lavrov said': a subjectless participle clause
    shares its governor's time and place, so what hangs on it counts for both."""
    if head.dep_ == "advcl" and head.tag_ in ("VBG", "VBN") and not _has_subject(head):
        return clause_head(head.head)
    return head


def shares_governor(head: Token, verbal: bool = False) -> bool:
    """May a clause with no time (or place) of its own take its governor's?

    Yes for conjoined verbs, xcomp and "to"-purpose clauses, subjectless
    participle clauses ("Emerging from a meeting ..., Trump said Wednesday")
    and reduced passive relatives ("images of children killed in an attack").
    Reported content (ccomp) does not, except for verbal events (statements,
    appeals, intents: CAMEO 01-05), which happen when and where they are said.
    """
    if head.dep_ in ("conj", "xcomp"):
        return True
    if head.dep_ == "acl" and head.tag_ == "VBN" and not _has_subject(head):
        # A reduced passive relative ("children killed in an attack") has no tense
        # of its own: it is told within the time of the clause that holds it.
        return True
    if head.dep_ == "advcl":
        is_purpose = any(c.lower_ == "to" and c.dep_ == "aux" for c in head.children)
        return is_purpose or (head.tag_ in ("VBG", "VBN") and not _has_subject(head))
    return verbal and head.dep_ == "ccomp" and head.head.lemma_ in REPORTING


def progressive_relative(head: Token) -> bool:
    """A reduced present-participle relative on a noun ("at protesters trying to storm the gate").

    It has no tense of its own: the people are doing it at the time of the clause that names them
    ("Police fired tear gas on Monday at protesters trying to storm the parliament": the storming is
    Monday's). Left to the publication day, the act fell in the days before the report, where it could
    join an older happening of the same actors. Time only: the noun may stand far from the place of
    the clause that names it.
    """
    return head.dep_ == "acl" and head.tag_ == "VBG" and not _has_subject(head)


def first_conjunct(head: Token) -> Token:
    """The first verb of a run of conjoined ones ("does not and has not used" -> "does"), whose
    dependency says what the whole run is: someone's words, a reason, the main clause. spaCy hangs each
    later conjunct on the one before it, so this climbs the ``conj`` arcs (a tree: it ends)."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head


def later_conjuncts(head: Token) -> list[Token]:
    """Verbs conjoined after ``head`` that share its subject and tense, nearest first.

    "A man shot one guard and wounded two others Tuesday": the parser hangs
    "Tuesday" on "wounded", yet it times the whole run of acts of one subject.
    A conjunct with a subject of its own is another clause ("police arrived
    and the gunman fled Tuesday"), and one of another tense is another time
    ("shot a guard and will face charges Monday"); both are left out, as is
    everything before ``head`` (an earlier verb's time is taken by climbing,
    :func:`shares_governor`).
    """
    wanted = tense(head)
    found: list[Token] = []
    frontier = [head]
    while frontier and len(found) < 8:
        current = frontier.pop(0)
        for child in current.children:
            if child.dep_ != "conj" or child.i < head.i or child.pos_ not in ("VERB", "AUX"):
                continue
            if _has_subject(child) or tense(child) != wanted:
                continue
            found.append(child)
            frontier.append(child)
    return found


def _has_subject(head: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in head.children)


def backgrounds(head: Token) -> bool:
    """A clause opened by since/after/before/when/as/once/until: it recalls an earlier, known happening."""
    return any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in head.children)


def in_since_phrase(path: list[Token]) -> bool:
    """Does a time's path to its clause pass a 'since' phrase? "the worst attack since the one in August
    2019", "the first visit since 2015" measure the news against an earlier happening, not when the news is."""
    return any(token.dep_ == "prep" and token.lower_ == "since" for token in path)


def restrictive(head: Token) -> bool:
    """A relative or participle clause not set off by a comma ("the truce that both sides signed")."""
    first = head.left_edge
    return first.i == 0 or first.nbor(-1).text not in (",", "—", "–", "(")


def subject_relative_before(attach: Token, start: int, end: int) -> Token | None:
    """The relative clause on the subject that a time closes, though the parser hung it on the main verb.

    "The coalition which launched an air war last September said it had carried out strikes": with no
    comma, the parser hangs "last September" on "said", and every act told in the report then takes
    September. A time standing between a relative clause on the verb's subject and the verb itself,
    right after the clause's last word, ends that clause ("which launched an air war last September");
    a time of the main clause would stand after the verb or be set off from the subject by commas.
    ``attach`` is the time's word that hangs outside it; ``start`` and ``end`` its token range.
    """
    verb = attach.head
    if start == 0 or verb.i <= attach.i or not is_clause_head(verb) or attach.dep_ not in ("npadvmod", "prep"):
        return None
    if any(t.is_punct for t in attach.doc[start - 1 : verb.i]) or end != verb.i:
        return None
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < start):
        for relative in (c for c in subject.children if c.dep_ == "relcl"):
            if relative.right_edge.i == start - 1:
                return relative
    return None

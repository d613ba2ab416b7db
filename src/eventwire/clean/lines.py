"""Per-line signals for the plain-text cleaner.

Each function looks at ONE line and answers a narrow question: is it prose, is
it shaped like a headline, does it match a family of boilerplate (calls to
action, photo captions with credits, contact lines, copyright, comment policy,
reporting credits, navigation). The cleaner in ``plain.py`` combines these with
position and topic signals; nothing here knows about any particular article.

The patterns are written as *families* that recur across outlets (a caption
ends with a parenthesised credit containing a slash or a credit word; a
contact line says "can be reached at"), never as the literal text of one page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD_RE = re.compile(r"\w+")
_TERMINAL = ".!?…:;\"”’')]"
_SENTENCE_END_RE = re.compile(r"[.!?…:。！？][\"”’')\]」]*\s*$|[\"”][.!?]?\s*$")


@dataclass(slots=True, frozen=True)
class Line:
    """A line of the raw text with its offsets (``end`` excludes the newline)."""

    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


def split_lines(raw: str) -> list[Line]:
    """Split ``raw`` into lines, keeping exact offsets into ``raw``."""
    lines: list[Line] = []
    position = 0
    for chunk in raw.splitlines(keepends=True):
        body = chunk.rstrip("\r\n")
        lines.append(Line(position, position + len(body), body))
        position += len(chunk)
    return lines


_UNSPACED_CHAR_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def normalise_line(text: str) -> str:
    """Key under which a line is compared within a page or across articles (case and spacing folded)."""
    return re.sub(r"\s+", " ", text.strip().lower())


def word_count(text: str) -> int:
    """Words in ``text``; in scripts written without spaces, two characters count as one word."""
    unspaced = len(_UNSPACED_CHAR_RE.findall(text))
    if unspaced:
        return len(WORD_RE.findall(_UNSPACED_CHAR_RE.sub(" ", text))) + unspaced // 2
    return len(WORD_RE.findall(text))


def ends_like_sentence(text: str) -> bool:
    """True when the line ends the way a sentence in running prose does."""
    return bool(_SENTENCE_END_RE.search(text.strip()))


def is_prose(text: str) -> bool:
    """A paragraph of running text: several words and a sentence ending.

    Why both: menus and headlines are short and unpunctuated; very long lines
    without a final stop still read as prose (truncated paragraphs, lists).
    """
    words = word_count(text)
    if words >= 30:
        return True
    return words >= 8 and ends_like_sentence(text)


def is_headline_like(text: str) -> bool:
    """Short line with no final punctuation: a headline, menu item or label."""
    stripped = text.strip()
    return 0 < word_count(stripped) <= 20 and not ends_like_sentence(stripped)


def is_separator(text: str) -> bool:
    """A line of rules or symbols only (``___``, ``* * *``), or a bare long number (a widget id)."""
    stripped = text.strip()
    return bool(stripped) and (not WORD_RE.search(stripped.replace("_", "")) or bool(re.fullmatch(r"\d{6,}", stripped)))


# --- boilerplate families -------------------------------------------------------------------------

_CREDIT_WORDS = (
    r"photo|photos|photograph|image|images|file|submitted|courtesy|screenshot|screen\s?grab|"
    r"press|staff|handout|pool|getty|reuters|shutterstock|istock|illustration|video|"
    r"supplied|contributed|credit"
)
_CREDIT_AGENCIES = r"AP|AFP|EPA|UPI|PA|DPA"
#: A caption ends with a short parenthesised credit: "(Name/Outlet)", "(AP Photo)", "(file photo)".
_TRAILING_CREDIT_RE = re.compile(
    rf"\((?=[^()]{{1,60}}\)\s*$)(?:[^()]*[^\W\d_]\s*/\s*[A-Z][^()]*|[^()]*\b(?i:{_CREDIT_WORDS})\b[^()]*|"
    rf"[^()]*\b(?:{_CREDIT_AGENCIES})\b[^()]*)\)\s*$"
)
#: "... on Sunday. Credit: Jane Roe/Example Agency", "... Photo: Example Agency".
_TRAILING_CREDIT_LABEL_RE = re.compile(
    r"(?:[.!?]\s+(?:Photo |Image )?(?:Credit|Photo|Image)s?:|Credit:)\s*[^.!?]{1,60}$|"
    r"\b(?:submitted|file|staff|courtesy|handout|contributed|pool)\s+(?:photo|image|picture)s?\s*$",
    re.IGNORECASE,
)
#: Agency credits written as "OUTLET/Photographer": "THE DAILY WIRE/Jane Roe", "AP Photo/John Doe".
_AGENCY_SLASH_RE = re.compile(r"\b(?:[A-Z][A-Z.&]{2,}(?:\s+[A-Z][A-Z.&]+)*|AP Photo|Getty Images)\s*/\s*[A-Z][a-z]")
CAPTION_MAX_WORDS = 80
#: A credit on a line of its own: "Jane Roe/Example Times/Getty Images", "Credit: Getty", "Image 2 of 5".
_CREDIT_LINE_RE = re.compile(
    r"^(?:(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*)+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|"
    r"(?:photo|image|picture)s?\s*(?:credit)?:.*|credit:.*|.*\bgetty images|"
    r"(?:photo|photograph|image|picture|video)s?\s+(?:by|courtesy of)\s.*|courtesy(?: of)?\s.*|"
    r"(?:image|photo|slide|picture)\s+\d+\s+(?:of|/)\s+\d+)\s*$",
    re.IGNORECASE,
)
_CAPTION_LEAD_RE = re.compile(
    r"^(?:FILE\s*[-–—:]|PHOTO:|IMAGE:|(?:Image|Media) (?:copyright|caption)|Photo:|"
    r"(?:In )?(?:This|These) (?:[\w,.'’-]+ ){0,6}(?:file )?(?:photo|image|picture|photograph|illustration)s?\b)",
    re.I,
)
#: A credit glued to the end of a caption: "... on Tuesday. Jane Roe / AP file", "... via AP".
_TRAILING_AGENCY_RE = re.compile(r"(?:/|\bvia)\s*(?:AP|AFP|Reuters|Getty Images|EPA|Shutterstock)(?: file| photo)?\s*$")

_CTA_RE = re.compile(
    r"^[\[(]?(?:sign up|want more\b|like this (?:story|article)|more\s*:\s*$|read (?:also|next)\s*:|subscribe|"
    r"click (?:here|to)|tap here|read (?:more|the full|next)|continue reading|"
    r"see (?:more|also)|related\b|more from|watch(?: now)?:|listen:|"
    r"download (?:our|the)|get (?:the|our) (?:app|newsletter)|like us on|join (?:us|our)|"
    r"share (?:this|on|via)|log ?in|sign in|register (?:now|for)|advert(?:isement|ising)?\b|sponsored\b|"
    r"load more|show more|view (?:all|more|gallery|comments)|next (?:article|story)|previous (?:article|story)|"
    r"back to top|return to top|skip to|jump to|print this|email this|send us|join our|get (?:breaking|the latest)|"
    r"no spam\b|(?:also |more |read more )?(?:on|at) [\w-]+\.(?:com|org|net|co\.uk)\b)",
    re.IGNORECASE,
)
_CTA_ANYWHERE_RE = re.compile(
    r"\b(?:your inbox|unsubscribe at any time|sign up (?:for|here|now|today)|"
    r"subscribe (?:now|today|to our)|"
    r"newsletter|click(?:ing)? here|follow (?:us|@\w+|\w+(?: \w+)? (?:on|at) (?:twitter|facebook|instagram|http))|"
    r"(?:on|at) https?://|https?://(?!t\.co/)\S+$|www\.\S+\.\w+\s*$)",
    re.IGNORECASE,
)
_CONTACT_RE = re.compile(
    r"\b(?:can be reached at|may be reached at|be contacted at|"
    r"contact (?:him|her|them|the (?:author|writer|reporter)) at|"
    r"email (?:him|her|them) at|write to \w+)|[\w.+-]+@[\w-]+\.[\w.]+",
    re.IGNORECASE,
)
_COPYRIGHT_RE = re.compile(
    r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|may not be (?:published|reproduced|redistributed)|"
    r"reprint permission",
    re.IGNORECASE,
)
_COMMENTS_RE = re.compile(
    r"\b(?:comment(?:ing)? policy|before commenting|view comments|hide comments|show comments|"
    r"post a comment|leave a comment|add a comment|comments? (?:are|is) (?:closed|moderated)|"
    r"community (?:guidelines|standards)|join the (?:conversation|discussion)|\d+\s+comments?\b)",
    re.IGNORECASE,
)
_SITE_NOTICE_RE = re.compile(
    r"\b(?:uses? cookies|cookie (?:policy|settings|preferences)|privacy (?:policy|notice|statement)|"
    r"terms (?:of|and) (?:use|service|conditions)|save my name,? email|"
    r"email address will not be published|required fields are marked|by registering|"
    r"you agree to (?:our|the)|information (?:provided )?on this (?:web)?site|disclaimer|"
    r"(?:may|might) (?:earn|receive|get) (?:a |an )?(?:small |share of the )?(?:commission|sale|affiliate)|"
    r"affiliate (?:links?|commission)|requires javascript|enable javascript|playback is unsupported|"
    r"moderat\w* (?:all )?comments)\b|"
    r"\bcookies?\b.*\b(?:site|sito|website|browser|experience|consent|accept)",
    re.IGNORECASE,
)
#: "About Example Corp" / "About the author": the boilerplate description that closes a release or a post.
_ABOUT_RE = re.compile(r"^about (?:the (?:author|writer|reporter)s?|(?:[A-Z][\w&.'’-]*\s?){1,4})\s*$")
#: "Updated at 1:23 p.m.", "Published 10:04 AM": a timestamp line.
_TIMESTAMP_RE = re.compile(
    r"^(?:updated|published|posted|last updated)(?: at| on)?:?\s*(?:\d{1,2}[:.]\d\d\b|[A-Z][a-z]{2,8}\.? \d{1,2}\b)",
    re.I,
)
#: Where a comment thread starts: "12 responses to ...", "Leave a Reply", "Jane on May 3, 2019 at 5:23 pm said:".
_COMMENT_THREAD_RE = re.compile(
    r"^(?:\d+\s+(?:responses?|comments?|replies|thoughts)\s+(?:to|on)\b|leave a (?:reply|comment)|"
    r"reply$|.{1,60}\b\d{4}\s+at\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:said:?)?$|.{1,60}\bsaid:$)",
    re.IGNORECASE,
)
#: A labelled input of a form, marked required: "Name *", "E-mail *", "Comment *".
_FORM_FIELD_RE = re.compile(r"^[^\W\d_][\w'’ -]{0,24}[:]?\s*\*\s*$")
#: Families after which nothing on a page is story any more (the footer, the comment thread).
HARD_STOP_REASONS = frozenset({"comments", "comment_policy", "footer", "about_section"})
_FOOTER_RE = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}|[^.]*all rights reserved)", re.IGNORECASE)
_REPORTING_CREDIT_RE = re.compile(
    r"(?:contributed (?:to this (?:report|story|article)|reporting\b)|^\(?(?:additional )?reporting by\b|"
    r"\bediting by\b|"
    r"^\(?writing by\b|^compiled by\b|^(?:this|the) (?:story|article) (?:was|has been) (?:updated|corrected))",
    re.IGNORECASE,
)
_NAV_WORDS_RE = re.compile(
    r"^(?:home|menu|search|news|sports?|business|opinion|politics|world|u\.?s\.?|local|weather|"
    r"entertainment|lifestyle|obituaries|classifieds|contact(?: us)?|about(?: us)?|privacy(?: policy)?|"
    r"terms(?: of (?:use|service))?|careers|advertise|faq|rss|sitemap|most (?:read|popular|viewed|shared)|"
    r"trending(?: now)?|just posted|top stories|latest(?: news)?|editor'?s picks|you may also like|"
    r"recommended(?: for you)?|more stories|in other news|popular|tags?:?.*|topics?:?.*|categories:?.*|"
    r"most (?:read|popular|viewed|shared|emailed)\b.*)[.…:!]*\s*$",
    re.IGNORECASE,
)


#: "By Jane Roe", "Written by Jane Roe, MS", "Medically reviewed by ...", "Posted by ...".
_BYLINE_RE = re.compile(
    r"^(?:by|(?:written|reported|posted|edited|compiled|(?:medically |fact[- ])?(?:reviewed|checked)) by)\s+"
    r"[A-Z][\w.'’-]+",
    re.IGNORECASE,
)


#: "Jane Roe is a freelance writer living in ...", "Jane Roe joined the Example Post in 2017 ...".
_AUTHOR_BIO_RE = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s+\([^()]*\))?\s+(?:is|was|has been|joined|covers)\b"
    r"(?:\s+[\w'’-]+){0,8}?\s+(?:writer|reporter|correspondent|editor|journalist|columnist|contributor|"
    r"producer|curator|author|publisher|freelancer|magazine|newspaper|staff)\b"
)


#: A button on a line of its own: "Tweet", "Share", "Pin it", "Email", "Facebook", "Close".
_BUTTON_RE = re.compile(
    r"^(?:\d+\s+)?(?:share|shares|tweet|pin(?: it)?|email|e-mail|print|whatsapp|facebook|twitter|linkedin|"
    r"pinterest|reddit|telegram|buffer|flipboard|messenger|copy link|close|dismiss)\s*$",
    re.IGNORECASE,
)


def boilerplate_reason(text: str) -> str | None:
    """The boilerplate family this line belongs to, or None.

    Order matters only for the label: a line that is both a caption and a
    copyright notice is reported as the first family that matches.
    """
    stripped = text.strip()
    if not stripped:
        return None
    words = word_count(stripped)
    if is_separator(stripped):
        return "separator"
    if _COPYRIGHT_RE.search(stripped) and words <= 40:
        return "footer" if _FOOTER_RE.search(stripped) else "copyright"
    if _COMMENTS_RE.search(stripped) and words <= 30:
        return "comment_policy"
    if _FORM_FIELD_RE.match(stripped) and words <= 3:
        return "comments"  # the reply form of a comment thread: the story is over
    if _COMMENT_THREAD_RE.search(stripped) and words <= 20:
        return "comments"
    if _SITE_NOTICE_RE.search(stripped) and words <= 80:
        return "site_notice"
    if _ABOUT_RE.match(stripped):
        return "about_section"
    if _AUTHOR_BIO_RE.match(stripped) and words <= 45:
        return "author_bio"
    if _TIMESTAMP_RE.match(stripped) and words <= 12:
        return "timestamp"
    if _CONTACT_RE.search(stripped) and words <= 25:
        return "contact"
    if _REPORTING_CREDIT_RE.search(stripped) and words <= 40:
        return "credit"
    if is_caption(stripped):
        return "caption"
    if words <= 25 and (_CTA_RE.search(stripped) or _CTA_ANYWHERE_RE.search(stripped)):
        return "call_to_action"
    if _BUTTON_RE.match(stripped):
        return "button"
    if words <= 6 and _NAV_WORDS_RE.search(stripped):
        return "navigation"
    if words <= 12 and _BYLINE_RE.match(stripped):
        return "byline"
    return None


#: A header that announces a list of links to other pages: "Related news", "Read also:", "See more".
_LINK_LIST_HEADER_RE = re.compile(
    r"\b(?:related|read (?:also|more|next)|also read|see (?:also|more)|more (?:from|on|in)|recommended|"
    r"you (?:may|might) (?:also )?like|most (?:read|popular|viewed|shared))\b",
    re.IGNORECASE,
)


def announces_links(text: str, reason: str | None) -> bool:
    """A call-to-action or navigation line that heads a list of links (not "Advertisement")."""
    return reason in {"call_to_action", "navigation"} and bool(_LINK_LIST_HEADER_RE.search(text))


def is_caption(text: str) -> bool:
    """A photo caption: a trailing parenthesised credit or an agency/photographer credit."""
    stripped = text.strip()
    if word_count(stripped) <= CAPTION_MAX_WORDS and (
        _TRAILING_CREDIT_RE.search(stripped) or _TRAILING_CREDIT_LABEL_RE.search(stripped)
    ):
        return True
    if word_count(stripped) <= 12 and _CREDIT_LINE_RE.match(stripped):
        return True
    if word_count(stripped) <= CAPTION_MAX_WORDS and _TRAILING_AGENCY_RE.search(stripped):
        return True
    return bool(_AGENCY_SLASH_RE.search(stripped) or _CAPTION_LEAD_RE.search(stripped))


def is_credit_line(text: str) -> bool:
    """A photo credit standing alone; the line before it is then the caption."""
    stripped = text.strip()
    return word_count(stripped) <= 12 and bool(_CREDIT_LINE_RE.match(stripped))


#: "— Jane Roe (@janeroe) May 3, 2019": the signature line of an embedded post.
_EMBED_SIGNATURE_RE = re.compile(r"^[—–-]\s*[^()]{1,60}\(@\w+\)\s+\w+\.? \d{1,2}, \d{4}\s*$")


def is_embed_signature(text: str) -> bool:
    """The signature closing an embedded social-media post quoted by the story."""
    return bool(_EMBED_SIGNATURE_RE.match(text.strip()))


def is_teaser(text: str) -> bool:
    """A short line cut off with an ellipsis: the blurb of a link, not a sentence."""
    stripped = text.strip()
    return word_count(stripped) <= 12 and stripped.endswith(("...", "…")) and not stripped.endswith(("....", "……"))


#: Words in capitals followed by a colon that label a paragraph rather than place it.
_NOT_DATELINE_TEXT = """
    UPDATE UPDATED BREAKING EXCLUSIVE WATCH VIDEO PHOTOS PHOTO READ RELATED NOTE CORRECTION Q A
    EDITOR'S NOTE ANALYSIS OPINION COMMENT LIVE SEE ALSO MORE WARNING SPOILER
"""
_NOT_DATELINES = frozenset(_NOT_DATELINE_TEXT.split())
#: "WASHINGTON —", "NEW DELHI:", "BEIRUT, Lebanon (Reuters) -", "LONDON, May 3 (AP) --".
DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][\w.]*(?:\s+[\w.]+){0,2}))?"
    r"\s*(?:\((?P<agency>[^()]{1,30})\))?"
    r"\s*(?:[—–:]|-{1,2})\s+(?=\S)"
)


def dateline_match(text: str) -> re.Match[str] | None:
    """The dateline opening ``text``, if any (not a label such as "UPDATE:")."""
    match = DATELINE_RE.match(text)
    if match is None or match.group("place").rstrip(".") in _NOT_DATELINES or text.startswith("DEAR "):
        return None
    if len(match.group("place")) < 3:
        return None
    return match

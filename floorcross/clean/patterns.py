"""Families of page-furniture lines found in article text copied from news sites.

Each rule matches a whole kind of phrasing ("sign up to our daily newsletter", "Share on
WhatsApp"), not one site's wording. Rules of kind FULL must match the whole line, so a
sentence that merely contains a word such as "subscribe" is never one of them; rules of kind
SEARCH match anywhere in a short line and are skipped when the line reads like reporting
(it opens with a quotation mark or attributes speech).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from floorcross.extract.fastregex import with_first_char_check

FULL = "full"
SEARCH = "search"

# Families that open a block: the lines after them are judged by the block's own test.
LIST_HEADING = "related-list"
COMMENTS = "comments"
DONATION = "donation"

# Trailing marks a heading may carry: colon, dashes, arrows, emoji and the like.
TAIL = r"[\s:.!|>»–—\-\u2000-\u2bff\U0001F000-\U0001FAFF]*"

SOCIAL = (
    r"facebook|twitter|x|instagram|tiktok|linkedin|youtube|threads|bluesky|whatsapp|"
    r"telegram|reddit|messenger|pinterest|flipboard|e-?mail|social media"
)


@dataclass(frozen=True)
class Rule:
    family: str
    pattern: re.Pattern[str]
    kind: str = SEARCH
    max_words: int = 30


def _rule(family: str, pattern: str, kind: str = SEARCH, max_words: int = 30, *, case=False):
    flags = 0 if case else re.IGNORECASE
    if kind == FULL:
        pattern = f"(?:{pattern}){TAIL}"
    # Every line of every page is tried against every rule: the first-character check
    # rejects most positions of a line cheaply without changing what a rule matches.
    return Rule(family, with_first_char_check(re.compile(pattern, flags)), kind, max_words)


RULES: tuple[Rule, ...] = (
    # Cookie banners: a line about cookies that also speaks of the site or to the reader.
    _rule(
        "cookies",
        r"^(?=.*\bcookies?\b)(?=.*\b(we|our|you|your|site|website|browser|browsing)\b)",
        max_words=60,
    ),
    _rule("cookies", r"(accept|reject|allow) all( cookies)?|cookie (settings|preferences)", FULL),
    # Newsletter and subscription prompts.
    _rule("newsletter",
          r"\b(sign(ing)? up|subscribe|subscription|register)\b.{0,50}\bnewsletters?\b"),
    _rule("newsletter", r"\bnewsletters?\b.{0,50}\b(sign(ing)? up|subscribe|inbox)\b"),
    _rule("newsletter", r"\b(get|receive|join) our\b.{0,40}\b(newsletters?|bulletins?|alerts)\b"),
    _rule("newsletter",
          r"\b(sign up|subscribe) (to|for) our .{0,40}\b(alerts|updates|emails?)\b"),
    _rule("newsletter", r"\bthank(s| you) for (your )?(subscri\w+|signing up|registering)",
          max_words=15),
    _rule("newsletter",
          r"\bwe['’]?d (love|like) to keep you (updated|informed|posted|in the loop)"),
    _rule("newsletter", r"\bwe (do not|don['’]?t|never|won['’]?t) (spam|send spam|share your)",
          max_words=20),
    _rule("newsletter", r"\b(delivered|sent|straight|direct(ly)?) (to|into) your inbox\b"),
    _rule("newsletter", r"\b(enter|type) your e-?mail( address)?\b", max_words=20),
    _rule("newsletter", r"\b(invalid|please enter a valid) e-?mail( address)?", max_words=12),
    _rule("newsletter", r"\bunsubscribe at any time\b", max_words=40),
    _rule("newsletter", r"\bwe use your sign-?up\b", max_words=50),
    _rule("newsletter", r"\bprotected by recaptcha\b", max_words=40),
    _rule("newsletter", r"\balready (a subscriber|have an account|registered)\b", max_words=12),
    _rule("newsletter", r"something went wrong,? please try again( later)?", FULL),
    _rule("newsletter", r"(subscribe|sign up|register)( now| today| here| for free| free)?", FULL),
    # Donation appeals.
    _rule(
        DONATION,
        r"(please )?(donate( now| today| here)?|make a donation|support us|become a (supporter|"
        r"member|patron|donor|subscriber)|support (our|independent|quality) journalism)",
        FULL,
    ),
    _rule(DONATION, r"\b(support|help|fund|back|keep) us\b.{0,40}\b(journalism|independent|online"
          r"|going|ad-?free|reporting)\b", max_words=25),
    _rule(DONATION, r"\bjournalism needs you\b", max_words=15),
    _rule(DONATION, r"\b(thank you|thanks) for (supporting|your (support|donation|contribution))",
          max_words=15),
    _rule(DONATION, r"\bclick (on )?the (donate|support|subscribe) button\b"),
    # Asking for money in the outlet's voice; reporting on donations lacks "you"/"us".
    _rule(DONATION,
          r"\b(donate|donating|donation|contribute|chip in)\b(?=.*\b(you|your|us|our)\b)"),
    # A bare "Support <Outlet Name>" heading; case matters so a sentence cannot match.
    _rule(DONATION, r"Support [A-Z][\w'’&.-]*( [A-Z][\w'’&.-]*){0,3}", FULL, case=True),
    # Comment sections and their rules.
    _rule(COMMENTS, r"comments?\s*[:|-]?\s*(our rules|house rules|community (rules|guidelines))",
          FULL),
    _rule(COMMENTS, r"(comments?|have your say|join the (debate|discussion|conversation)|"
          r"(leave|post|add|write) a (reply|comment)( cancel reply)?)", FULL),
    _rule(COMMENTS, r"((view|show|hide|load|read|see) (all )?)?(\d+ )?comments?( \(\d+\))?", FULL),
    _rule(COMMENTS, r"\breport (any|a|this) comments?\b"),
    _rule(COMMENTS, r"\bcomments are (now )?(closed|disabled|turned off)\b"),
    _rule(COMMENTS, r"\bread (the|our) (rules|community guidelines|house rules)\b", max_words=15),
    _rule(COMMENTS, r"\bmust be (logged|signed) in to (post a )?comment"),
    _rule(COMMENTS, r"\b(log|sign) in (or register )?to (comment|reply)\b", max_words=15),
    # Share prompts.
    _rule("share", r"\bshare (this|the) (article|story|page|post|video)\b", max_words=12),
    _rule("share", rf"\bshare (on|via|to|with) ({SOCIAL})\b", max_words=12),
    _rule("share", rf"\b(follow|like|find|join) us on ({SOCIAL})\b", max_words=25),
    _rule("share", r"\bclick to (share|email|print)\b", max_words=15),
    _rule("share", r"\bopens in (a )?new (window|tab)\b", max_words=12),
    _rule("share", rf"(share|share this|shares|tweet|print|copy link|link copied|copy|{SOCIAL})"
          r"( \(?\d+\)?)?", FULL),
    _rule("share", r"\d+ shares?", FULL),
    # Photo credits standing alone (credits inside captions are cut out separately).
    _rule("photo-credit", r"(main |top )?(picture|pic|photo|photograph|image|photo credit|"
          r"image credit|credit)s?\s*[:-]\s*.{1,60}", FULL, max_words=10),
    _rule("photo-credit", r"(picture|photo|photograph|image)s? (by|courtesy of) .{1,60}", FULL,
          max_words=10),
    _rule("photo-credit", r"\(?(PA( Media| Wire| Images| Archive)?|Getty( Images)?( for \w+)?|"
          r"Reuters|AFP( via Getty Images)?|AP( Photo)?|EPA(-EFE)?|Alamy( Stock Photo)?|"
          r"Shutterstock|Rex( Features)?|iStock(photo)?)\)?", FULL, case=True),
    _rule("photo-credit", r"([A-Z][\w.'’-]*( [A-Z][\w.'’-]*){0,3}\s*/\s*)+(PA|Getty|Reuters|AFP|"
          r"AP|EPA|Alamy|Shutterstock)( (Wire|Images|Media|Photo))?", FULL, case=True),
    # "Related articles" style lists: the heading opens a list block.
    _rule(
        LIST_HEADING,
        r"(read more|read next|more( stories| news| on this( story)?)?|related( articles?| stories"
        r"| content| posts| news| links| reading| topics)?|you (may|might) (also )?(like|enjoy|"
        r"be interested in)|recommended( for you| reading| stories| articles)?|most (read|"
        r"popular|viewed|shared|commented)|don['’]?t miss( this)?|trending( now| stories| today"
        r"| on .{1,40})?|latest( news| stories| developments| headlines| updates| videos?)?|"
        r"top stories|popular( now| today)?|editor['’]?s picks?|see also|also read|"
        r"more from .{1,40}|in (other|related) news|around the web|(sponsored|promoted)"
        r"( stories| content| links)?|what to read next)",
        FULL,
        max_words=8,
    ),
    # One-line teasers for other stories and videos.
    _rule("teaser", r"^(read more|read next|also read|see also|related( article| story)?|more|"
          r"watch( now| live)?|video|listen|live|recommended|more on this( story)?)\s*[:|>»]"),
    _rule("teaser", r"^read more (on|about|from|at|here|of|stories|news)\b", max_words=15),
    _rule("teaser", r"\b(this|the) (article|story|post) (was )?(originally|first) "
          r"(published|appeared|posted)\b", max_words=25),
    _rule("teaser", r"original(ly)? post(ed)?( (on|at|by|in) .{1,60})?", FULL, max_words=10),
    # Site furniture: adverts, navigation, legal lines.
    _rule(
        "furniture",
        r"(advertisement|advert|sponsored|story continues( below)?( advertisement)?|article "
        r"continues below( advertisement)?|continue reading( below| the main story)?|skip to "
        r"(main )?content|back to top|listen to this article|(\d+|one|two|three|four|five) "
        r"min(ute)?s? read|reading time\W+.{1,20}|sign in|log in|login|register|my account|menu|"
        r"search|close|home|contact us|about us|privacy (policy|notice)|terms (and|&) conditions|"
        r"terms of (use|service)|accessibility( statement)?|all rights reserved|get the app|"
        r"download (our|the) app)",
        FULL,
    ),
    _rule("furniture", r"^(copyright\s*)?(©|\(c\)|copyright)\s*\d{4}\b", max_words=25),
    _rule("furniture", r"\ball rights reserved\b", max_words=25),
    _rule("furniture", r"^click here\b", max_words=20),
)

# A line that opens with a quotation mark or reports speech is treated as reporting.
REPORTING = re.compile(
    r"^[\"“‘'„«]|\b(said|says|told|tells|added|adds|explained|claimed|insisted|admitted|"
    r"according to|wrote|stated)\b",
    re.IGNORECASE,
)

# Photo credits inside a caption: "(Picture: Jane Doe)", "[Image: PA]", trailing
# "Photograph: Jane Doe/PA".
INLINE_CREDIT = re.compile(
    r"\s*[(\[](?:picture|pic|photo|photograph|image|credit|©)s?(?: credit)?\s*[:-]\s*"
    r"[^()\[\]\n]{1,80}[)\]]",
    re.IGNORECASE,
)
TRAILING_CREDIT = re.compile(
    r"(?<=\S)\s+(?:Photograph|Photo|Picture|Pic|Image|Credit)(?: credit)?:\s*"
    r"[\w.'’-]+(?: [\w.'’-]+){0,4}(?:\s*/\s*[\w.'’-]+(?: [\w.'’-]+){0,3}){0,2}$"
)

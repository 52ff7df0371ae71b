"""Page furniture that survives a loader: a paragraph that belongs to the page, not the story.

Web pages name their furniture with class names the HTML loader drops, but many sites obfuscate
those names (`css-1x2y3z`), and text copied from a page carries the furniture along. What is
left is recognisable by its words alone: "Advertisement", "Read more: …", "Sign up to our
newsletter", "Share on Facebook", "© 2024 …", "This page is no longer being updated", "Times
are GMT". Such a paragraph is dropped whole, in every format; nothing in a sentence of the
story is touched, so a pattern here must only fit a paragraph that is nothing but furniture.
"""

from __future__ import annotations

import re

from briefer.sources.credits import is_credit_paragraph, without_photo_credit

_SOCIAL = r"(?:twitter|x|facebook|instagram|telegram|whatsapp|tiktok|linkedin|bluesky|threads)"
_MAILING = r"(?:newsletter|briefing|bulletin|updates|alerts|inbox|email)"
_PAGE = r"(?:page|live\ ?blog|blog|article|story|report)"
_PAGE_NOTICE = (
    r"(?:is\ no\ longer\ being\ updated|is\ more\ than\ [\w-]+\ (?:years?|months?|days?)\ old"
    r"|has\ (?:now\ )?been\ (?:updated|amended|corrected)"
    r"|was\ (?:updated|amended|corrected|originally\ published|first\ published))"
)
_AUTHORS_OWN = r"(?:those\ of\ the\ authors?|the\ authors?'?s?'?\ own)"

# Each alternative must match the whole paragraph (after stripping) and is short by design.
_FURNITURE = re.compile(
    rf"""
    (?:
      # advertising markers
      (?:advertisement|advertisment|sponsored(?:\ content)?|paid\ content|promoted(?:\ content)?
        |(?:story|article)\ continues\ (?:below|after)(?:\ (?:this\ )?(?:advertisement|ad))?
        |continue\ reading(?:\ (?:below|the\ main\ story))?
        |scroll\ (?:down\ )?to\ continue(?:\ (?:reading|with\ content))?
        |skip\ (?:past\ )?(?:advertisement|ad|newsletter\ promotion))
      [.:]?
    | supported\ by
    | (?:listen\ to\ this\ (?:article|story)|audio\ version)
        (?:\s*[·•|,–—-]?\s*\d{{1,3}}(?::\d\d)?\s*(?:min(?:ute)?s?)?)?
    | # cross-links to other stories: a label and a headline
      (?:read\ more|read\ also|also\ read|see\ also|more\ on\ this(?:\ story|\ topic)?
        |related(?:\ (?:coverage|content|stories|articles?|reading|links?))?
        |recommended(?:\ reading)?|further\ reading|don'?t\ miss|must\ read|more\ coverage
        |watch|listen|video|podcast|in\ pictures|photos|gallery)
      \s*(?::|\||—|–|\s-)\s*\S[^\n]{{0,200}}
    | # the label of a box of links, alone
      (?:related(?:\ (?:stories|articles|coverage|content|links|topics))?|more\ stories|top\ stories
        |most\ (?:read|viewed|popular|shared)|trending(?:\ now)?|latest\ news|read\ more
        |more\ on\ this\ story|you\ (?:may|might)\ also\ like|recommended(?:\ for\ you)?)
      :?
    | # copied-page leftovers: picture sources, skip links
      (?:image|media|video|picture)\ source,?\ [^\n]{{1,80}}
    | skip\ to\ (?:main\ )?(?:content|navigation|article)
    | (?:after|end\ of)\ newsletter\ promotion
    | # newsletters, apps, social accounts
      (?:sign\ up|subscribe|register)\b[^\n]{{0,160}}?\b{_MAILING}\b[^\n]{{0,120}}
    | privacy\ notice:[^\n]{{0,200}}
    | # a mailing's own lines
      (?:unsubscribe|manage\ (?:your\ )?(?:subscription|preferences)|update\ your\ preferences
        |view\ (?:this\ (?:email|e-mail|message)\ )?in\ (?:your\ |a\ )?(?:web\ )?browser)
        \b[^\n]{{0,120}}
    | you\ (?:are\ )?receiv(?:ed|ing)\ this\ (?:email|e-mail|message|newsletter)\b[^\n]{{0,200}}
    | # paywalls
      (?:subscribe|sign\ in|log\ ?in|register)\ (?:now\ )?to\ (?:continue|keep)\ reading
        [^\n]{{0,120}}
    | (?:to\ )?continue\ reading,?\ (?:subscribe|sign\ in|log\ ?in|register)[^\n]{{0,120}}
    | this\ (?:article|story|content)\ is\ (?:only\ )?(?:for|available\ to)\ (?:paying\ )?
        (?:subscribers|members)[^\n]{{0,120}}
    | already\ (?:a\ subscriber|have\ an\ account)\??[^\n]{{0,80}}
    | follow\ (?:us|[^\n]{{1,60}}?)\ on\ {_SOCIAL}\b[^\n]{{0,60}}
    | (?:download|get)\ (?:our|the)\ [^\n]{{0,30}}\bapp\b[^\n]{{0,80}}
    | (?:click|tap)\ here\b[^\n]{{0,120}}
    | (?:please\ )?enable\ javascript\b[^\n]{{0,120}}
    | # sharing and comment counts
      share(?:\ (?:this(?:\ (?:article|story|page))?|on\ \w+|via\ \w+))+
        (?:\ (?:share\ )?(?:on|via)\ \w+)*
    | (?:share|tweet|email|print|comments?|copy\ link)
    | \d[\d,]*\ comments?
    | # notices about the page itself, disclaimers
      this\ {_PAGE}\ {_PAGE_NOTICE}[^\n]{{0,160}}
    | (?:the\ )?views\ (?:expressed\ )?(?:in\ this\ [\w\ ]{{1,20}}\ )?are\ {_AUTHORS_OWN}
        [^\n]{{0,80}}
    | # standards lines (credit and copyright lines: `credits.is_credit_paragraph`)
      our\ standards:[^\n]{{0,100}}
    | # topic and tag lists
      (?:topics|tags|filed\ under|explore\ more\ on\ these\ topics)(?:\s*:[^\n]{{0,200}})?
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A time-zone note keeps its case: "Times are GMT." is furniture, "Times are tough." is prose.
_TIMES = re.compile(
    r"(?:All times|Times) (?:are |in )?(?:[A-Z]{2,5}|local time|local)(?: \([^)\n]{1,20}\))?\.?"
)
#: Furniture is short: a paragraph longer than this (in characters) is the story's, whatever
#: it opens with.
MAX_LENGTH = 300


def is_furniture(paragraph: str) -> bool:
    """Whether the whole paragraph is page furniture (see the module docstring)."""
    text = paragraph.strip()
    if not text or len(text) > MAX_LENGTH:
        return False
    return (
        _FURNITURE.fullmatch(text) is not None
        or _TIMES.fullmatch(text) is not None
        or is_credit_paragraph(text)
    )


# A copied page's label opening a caption: "Image caption, Troops near the front line".
_CAPTION_LABEL = re.compile(r"^(?:Image|Media|Video|Photo) caption,\s+(?=\S)")


def without_credit(paragraph: str) -> str:
    """The paragraph without a photo credit closing it (a caption's "Photograph: AFP") or a
    caption label opening it ("Image caption, ...")."""
    if "caption," in paragraph[:14]:
        paragraph = _CAPTION_LABEL.sub("", paragraph, count=1)
    return without_photo_credit(paragraph)

"""English web debris, as data for :mod:`newsloom.clean` (the engine is language-blind).

Every constant is a list of regular-expression strings (Python ``re`` syntax). Unless said otherwise a
pattern must match a WHOLE line (stripped of white space and markdown marks) and is case-insensitive.
Write patterns that cannot match a sentence of news: publisher voice ("our newsletter"), imperatives,
form labels. Lines longer than ``newsloom.clean.MAX_DEBRIS_LINE`` characters are never debris.
"""

# Page furniture that is never content: share/subscribe prompts, ads, paywall notes, reading time, rights.
LINES = [
    # share prompts
    r"share(?: (?:this|the) (?:article|story|post|page))?(?: (?:on|via) [\w .]{1,30})?",
    r"share on (?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|bluesky|email)",
    r"(?:copy|copied) link",
    r"tweet",
    r"email this (?:article|story)",
    r"print this (?:article|story|page)",
    r"(?:listen to|play) (?:this )?(?:article|story).{0,30}",
    # subscription and newsletter prompts (publisher voice)
    r"subscribe(?: now| today| here)?[.!]?",
    r"subscribe (?:to|for) (?:our|the) .{0,120}",
    r"sign up (?:for|to) (?:our|the) .{0,120}",
    r"(?:get|receive) our .{0,40}newsletter.{0,80}",
    r"follow us on .{1,60}",
    r"(?:already a subscriber|already subscribed)\??.{0,40}",
    r"this (?:article|content|story) is (?:reserved|available) (?:for|to) (?:subscribers|members).{0,60}",
    r"you have reached (?:your|the) (?:limit|maximum) of free articles.{0,80}",
    r"support (?:our|independent) journalism.{0,100}",
    # advertising
    r"advertisement|advertising|sponsored(?: content)?|\(?ad\)?",
    r"story continues below(?: this)? (?:advertisement|ad)",
    # rights lines ("© 2025 …" lines are taken by the engine's © rule)
    r"all rights reserved\.?", r"copyright\s*(?:©\s*)?(?:\d{4}|\(c\)).{0,100}",
    # reading time: "4 min", "4 min read", "4-minute read", "Reading time: 4 minutes"
    r"\d{1,2}\s*(?:min|mins|min\.|minutes?)(?:\s*read)?",
    r"\d{1,2}-minute read",
    r"(?:estimated )?(?:reading|read) time\s*:?\s*\d{1,2}\s*(?:min|mins|min\.|minutes?)",
]

# Labels of update / publication stamps. A stamp line is a label followed only by date-ish words
# (digits, DATE_WORDS, punctuation) or by nothing: "First modification:", "Updated 3 April 2025, 10:15 GMT".
STAMP_LABELS = [
    r"(?:first|last) (?:modification|modified|update|updated|published)\s*(?:on|at)?\s*:?",
    r"(?:updated|published|posted|modified|last updated)\s*(?:on|at)?\s*:?",
    r"update\s*:",
]

# Words allowed in the tail of a stamp, besides numbers and punctuation.
DATE_WORDS = [
    r"jan(?:uary|\.)?", r"feb(?:ruary|\.)?", r"mar(?:ch|\.)?", r"apr(?:il|\.)?", r"may", r"june?", r"july?",
    r"aug(?:ust|\.)?", r"sep(?:t|tember|\.)?", r"oct(?:ober|\.)?", r"nov(?:ember|\.)?", r"dec(?:ember|\.)?",
    r"monday", r"tuesday", r"wednesday", r"thursday", r"friday", r"saturday", r"sunday",
    r"mon|tue|wed|thu|fri|sat|sun",
    r"on", r"at", r"am|pm|a\.m\.|p\.m\.", r"gmt|utc|bst|est|edt|pst|pdt|cet|cest|et|pt",
    r"(?:\d{1,2})?(?:st|nd|rd|th)", r"ago", r"hours?|minutes?|days?|h",
]

# "Read also" teasers: a line that STARTS with one of these (then a separator, a space, an upper-case
# letter glued on, or nothing) is a teaser and goes whole. A line that is only the prefix heads a list.
TEASERS = [
    r"read also", r"also read", r"read more", r"see also", r"related\s*:", r"related (?:article|story|stories|articles)s?",
    r"more on this (?:story|topic)", r"more (?:on|about) this\s*:", r"don['’]t miss\s*:", r"recommended\s*:",
]

# Headings of "most read" / "related" lists. The heading and the short headline lines under it go.
LIST_HEADINGS = [
    r"most (?:read|popular|viewed|commented|shared|emailed|watched)(?: (?:articles|stories|news|today|now|this week))?",
    r"trending(?: now| stories| news)?", r"popular(?: now| stories| articles)?",
    r"(?:more|latest|top) (?:stories|headlines|news)", r"you (?:may|might) also (?:like|be interested in)",
    r"recommended(?: for you| stories| articles)?", r"related (?:articles|stories|news|content|coverage)",
    r"more from [^.!?]{1,40}", r"editor['’]s picks",
]

# Comment-form lines: always removed, and they open a form whose FORM_FIELDS lines go with them.
COMMENT_FORM = [
    r"leave a (?:reply|comment|response)(?: cancel reply)?",
    r"cancel reply",
    r"(?:your|the) email address will not be published\.?(?:\s*required fields are marked\s*\*?\.?)?",
    r"required fields are marked\s*\*?\.?",
    r"save my name, email,? and website in this browser for the next time i comment\.?",
    r"you must be (?:logged|signed) in to post a comment\.?",
    r"\d*\s*(?:comments?|responses?|replies) (?:to|on) [\"“].{1,150}[\"”]",
    r"post (?:a )?comment",
]

# Form labels, removed only inside a comment form: "Comment *", "Name *", "Website".
FORM_FIELDS = [
    r"comments?\s*\*?", r"name\s*\*?", r"e-?mail(?: address)?\s*\*?", r"website\s*\*?", r"δ",
    r"notify me of (?:follow-up comments|new posts) by email\.?",
]

# Words that introduce a picture credit (case-sensitive; the upper-case form is added by the engine).
CREDIT_WORDS = [r"Photo", r"Photos", r"Photograph", r"Picture", r"Image", r"Credit", r"Photo credit", r"Image credit",
                r"Photo courtesy of", r"Courtesy of"]

# Agencies and picture desks that make a credit recognisable (case-sensitive).
AGENCIES = [
    r"REUTERS", r"Reuters", r"AP", r"AP Photo", r"Associated Press", r"Getty Images", r"Getty", r"Bloomberg",
    r"PA", r"PA Wire", r"Shutterstock", r"Alamy", r"Pool", r"POOL", r"Anadolu", r"Xinhua", r"UPI", r"Handout",
]

# Lower-case particles that may sit inside a person's name in a credit (see fr/es/de: "de", "von" ...).
NAME_PARTICLES: list[str] = []

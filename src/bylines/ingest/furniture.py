"""Page furniture of the site around a story: widgets, banners, prompts, menus and link lists.

Error strings and buttons ("Oops!", "Share", "Listen to this article", "More to follow"), cookie
and privacy banners, ad slots and sponsor labels, subscription walls, newsletter blurbs, tag and
source labels, reader call-outs and polls, calls to action ("Download our app ...", "Turn on
notifications"), finance disclaimers, age badges and the end of a live page, menus and
breadcrumbs ("Home › Politics"), comment prompts, and "Read more" / "Related" headings (the link
titles after them are counted off by the clean stage). Each rule matches a whole line (all
case-insensitive); the kinds were found on pages other people wrote and are written as line
shapes, never as the strings seen there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bylines.ingest.lines import (
    MAX_LINK_WORDS,
    MAX_WIDGET_CHARS,
    Line,
    LinePredicate,
    Removed,
    ends_sentence,
    has_quote,
    is_link_title,
    is_sentence,
    is_short_match,
    matches,
)
from bylines.wordlists import CALENDAR_NAMES, CARDINAL_WORDS, MONTH_PATTERN, alternation

# Nobody saying it: a line of the page never reports who said or told what ("the union said",
# "according to police"), a story sentence often does; the lines below that read like furniture
# are kept when one does.
NOBODY_SAYS = r"(?!.*\b(?:said|says|told|according)\b)"

# Separator lines: rules of underscores, dashes, stars, equals signs ("___", "* * *", "-----").
SEPARATOR_RE = re.compile(r"^[\s_\-=*~#•·.—–+|/\\]+$")
# Page widgets and their error strings: "Oops!", "Something went wrong.", "Please try again
# later.", share/subscribe/print buttons, ad slots, reading-time and audio badges, privacy
# buttons, sponsor labels. A line made only of these (one or several, between dashes or bars:
# "Advertisement - scroll to continue", "Listen (4 min)") is furniture. The phrases carry no
# punctuation inside and no open-ended tail, so a line can be parsed only one way: the repetition
# below cannot backtrack exponentially.
WIDGET_PHRASES = (
    r"oops",
    r"something went wrong",
    r"please try again(?: later)?",
    r"an error (?:has )?occurred",
    r"loading",
    r"advertisement",
    r"(?:the )?(?:article|story) continues (?:below|after)(?: this| the)?(?: advertisement| ad)?",
    r"continue reading(?: below)?",
    r"scroll (?:down )?to continue(?: reading| with content)?",
    r"skip (?:advertisement|ad)",
    r"skip to (?:the )?(?:main )?(?:content|navigation|article|story)",
    r"(?:back|return|jump|go|scroll) to (?:the )?(?:top|comments|homepage|home|start)",
    r"print this (?:page|article|story)",
    r"(?:font|text) size",
    r"(?:estimated )?reading time:? ?\d+ ?min(?:ute)?s?",
    r"(?:sponsored|paid|partner)(?: content| posts?| story| stories| links| partnership)?",
    r"(?:subscribe|sign up|log ?in|sign in|register)(?: now| here| for free)?",
    r"share(?: this)?(?: (?:article|story|page))?",
    r"share (?:on|via) \w+",
    r"(?:print|email|e-mail|tweet|facebook|twitter|whatsapp|linkedin|save)",
    r"copy(?: the)? link(?: to clipboard)?",
    r"(?:audio|video|listen)(?: now)?",
    r"listen to (?:this )?(?:article|story)",
    r"\(?\d+ ?min(?:ute)?s?(?: read| listen)?",
    r"thank you for (?:signing up|subscribing|reading)",
    r"accept(?: all)?(?: cookies)?",
    r"reject(?: all)?",
    r"(?:manage|cookie) (?:preferences|settings|options)",
    r"(?:we value |we care about )?your privacy(?: choices| settings| options)?",
    r"(?:cookie|privacy) (?:policy|notice|statement)",
    r"do not sell(?: or share)? my (?:personal )?(?:information|data)",
    r"got it",
    r"learn more",
    r"i agree",
    r"key points",
    # a show page's section headings (fresh35: a podcast's "Show notes" over its summary)
    r"(?:show|episode|programme|program) notes|(?:episode|show) (?:description|summary|details)",
    r"in this episode|(?:episode )?(?:chapters|timestamps)",
    r"(?:show )?key events(?: only)?",
    r"page \d+ of \d+|(?:next|previous|prev|older|newer) (?:page|article|story|post)s?",
    r"continue to (?:page \d+|the next page)|(?:\d+ )+next",
    r"about us|contact us|newsletters?|updated|ad|close|menu|search|loading comments",
    r"(?:powered|sponsored|presented|supported|recommended|promoted|brought to you) by"
    r"(?: [\w ’'&.-]{1,40})?",
    r"in (?:association|partnership) with(?: [\w ’'&.-]{1,40})?",
    # access badges: "Subscriber only", "Free to read", "Premium", "Members' exclusive"
    r"(?:subscribers?|members?|premium|paid|plus)['’]?(?: only| exclusive| content| article"
    r"| story)?|free to read|free article|unlocked|subscriber exclusive",
    r"(?:paid|sponsored|partner|promoted) (?:post|content|story|stories) (?:by|from)"
    r" [\w ’'&.-]{1,40}",
    r"(?:content|stories|more|offers) from (?:our )?(?:partners|sponsors|around the web)",
    r"photo gallery(?: \(\d+)?|\(?\d+ (?:photos|pictures|images)",
    r"(?:this (?:story|article) has been )?shared \d[\d,.]* times",
    # "share" and "read also" in the languages of European sites
    r"teilen|partager|compartir|condividi|delen|dela|del",
    r"live(?: updates| coverage| reporting| blog| text| page| stream)?",
    r"breaking(?: news)?",
    r"what we know(?: so far)?",
    r"at a glance",
    r"more to follow",
    r"more follows",
    r"(?:this is a )?(?:developing|breaking) story",
    r"story developing",
    r"(?:end of )?transcript(?: ends| begins| follows)?",
)
WIDGET_RE = re.compile(
    rf"^(?:(?:{'|'.join(WIDGET_PHRASES)})\b ?[.!:…)»]*\s*(?:[-–—|·•]\s*)?)+$", re.I
)
# Widget lines that run on: "Click here to ...", "Your browser does not support the video tag."
# A wire's promise of more, a line of its own with no one saying it, the wire by its letters:
# "PTK will carry further reports during the day." (not "Police will have more updates at a
# briefing", "The company will file more reports with regulators").
WIRE_PROMISE_RE = re.compile(
    r"^(?:[A-Z]{2,6}|We) will (?i:carry|move|file) (?i:further|more) (?i:reports|stories|updates)"
    r"\b[^,;:“”\"]{0,40}$"
)
WIDGET_LINE_RE = re.compile(
    r"^(?:click here|your browser does(?: not|n['’]t) support|this video (?:is (?:not |un)"
    r"available|can ?not be played)|(?:please )?(?:enable|turn on|activate|switch on) javascript"
    r"|sign up (?:for|to) (?:our|the) [\w ]{0,40}newsletters?|follow us on"
    r"|view (?:all|more) related|video:? watch"
    # why a newsletter reached the reader: "You are receiving this because you joined ..."
    r"|you(?:['’]re| are) (?:getting|receiving) this\b"
    r")\b.{0,100}$",
    re.I,
)
# Cookie banners: "We use cookies to ...", "This site uses cookies. By using this site you consent".
COOKIE_RE = re.compile(
    r"^(?:we(?: and our partners)?|this (?:site|website|page|app)|our (?:site|website|page|app)s?)"
    r" uses? cookies\b"
    r"|^by (?:continuing to (?:browse|use)|using) (?:this|our) (?:site|website)\b",
    re.I,
)
# Subscription walls: "Subscribe to continue reading", "You have read 3 of 5 free articles",
# "Already a subscriber? Log in", "Subscribers get unlimited access ... for $1 a week".
PAYWALL_RE = re.compile(
    r"^(?:to (?:continue|keep) reading|(?:subscribe|register|sign up|log ?in|sign in)\b.{0,40}"
    r"\bto (?:continue|keep) reading|(?:subscribe|register|sign up|log ?in|sign in) to (?:read"
    r" (?:more|on|the (?:full|whole|rest)|this)|see more|unlock|access))\b.{0,80}$"
    r"|^you(?:'ve|’ve| have) (?:read|reached) (?:\d+ of \d+|your (?:limit|last))\b.{0,80}$"
    r"|^already (?:a subscriber|a member|registered|have an account)\?.{0,60}$"
    r"|^subscri\w+\b.{0,80}\b(?:unlimited|full|digital|premium) access\b.{0,80}$"
    # a meter of free articles: "This is 2 of 5 free stories this month", "You have 1 free
    # article left"
    r"|^(?:this (?:is|article is|story is) (?:your )?)?\d+ of \d+ free (?:articles?|stories|reads)"
    r"\b.{0,100}$"
    r"|^you have \d+ free (?:articles?|stories|reads) (?:left|remaining)\b.{0,80}$"
    # an account asked for: "Sign in or create a free account to continue", "Want to read
    # more? Register for free"
    r"|^(?:[^“”\"?]{0,60}\?\s*)?(?:sign in|log ?in|register|subscribe|create (?:a |an |your )?"
    r"(?:free )?account)\b[^“”\".!?]{0,40}\b(?:to (?:continue|read|keep reading|access|unlock"
    r"|view|see|enjoy)|for free|free of charge)\b[^“”\"]{0,60}$"
    # "This article is for subscribers only", "This content is available to members"
    r"|^this (?:article|story|content|page|feature|report) is (?:only )?(?:for|available to|open to"
    r"|reserved for) (?:paying |premium |registered |digital )?(?:subscribers|members|users"
    r"|readers)\b[^“”\"]{0,40}$",
    re.I,
)
# Newsletter blurbs: an imperative offer of email ("Get our morning briefing in your inbox").
NEWSLETTER_RE = re.compile(
    r"^(?:(?:newsletters?|briefing|e-?mail alerts?)\s*:\s*)?"  # "Newsletter: get ..."
    r"(?:get|receive|want|never miss|sign up|subscribe|stay (?:informed|up to date))\b.{0,120}"
    r"\b(?:inbox|newsletters?|e-?mail alerts?|briefing)\b.{0,80}$",
    re.I,
)
# Labels over lists of tags or the source: "Topics: Mountains, Rescue", "Source: Kestrel News".
# Not a correspondent's: "Correspondent: Ana Lind" is a labelled byline (credits.LABEL_BYLINE_RE,
# a name only), and "CORRESPONDENT: Westmarch's director admits ..." a transcript's turn.
LABEL_LINE_RE = re.compile(
    r"^(?:source|topics?|tags?|tagged(?: with)?|filed under|categories|more about|print edition"
    r"|disclosure|disclaimer|declaration of interests?|conflicts? of interest|keywords?"
    r"|about the (?:author|writer|reporter)|data|data source|chart|graphic source"
    r"|related(?: \w+){0,2}"
    r"|in print|dateline|agency|wire|来源|出处)\s*[:：]"
    r"[^“”\"]{1,100}$"
    r"|^(?:posted|filed) in (?-i:[A-Z])[\w ’'&-]{0,40}(?:, (?-i:[A-Z])[\w ’'&-]{0,40})*$",
    re.I,
)
# The paper's desks ("Corrections and clarifications: ...", "Letters to the editor: see page 9")
# and a broadcaster's tickers ("Traffic now: A611 northbound, queue ..."): a label and a note with
# no sentence's stop ("Travel update: Rail services are suspended, the operator said." is story).
DESK_LINE_RE = re.compile(
    r"^(?:corrections?(?: and clarifications)?|letters(?: to the editor)?"
    r"|(?:traffic|travel|weather|roads?)(?: now| update| news| and travel| and weather))\s*:"
    r"[^“”\"]{1,100}(?<![.!?])$",
    re.I,
)
# A link to a file with its type and size: "Full report attached (PDF, 1.4 MB)", "Map [PDF
# 320KB]"; a sentence that ends with one is story ("The report is online (PDF, 2MB).").
ATTACHMENT_RE = re.compile(
    r"^[^“”\"]{1,120}(?<![.!?])\s*[(\[]\s*(?:pdf|docx?|xlsx?|csv|pptx?|odt|rtf|zip|mp3|mp4"
    r"|jpe?g|png)\s*,?\s*\d[\d.,]*\s*[kmg]i?b\s*[)\]]$",
    re.I,
)
# Reader call-outs: "Have you been affected? Email us at ...", "Got a story? Contact us", "Seen
# the flood? Text the newsdesk on ...": an imperative at the start or after a question ("the
# ministry did not contact us" is story, and so is a line that says who spoke: "Tell us what
# happened, the inspector asked").
CALLOUT_RE = re.compile(
    r"^(?!.*\b(?:said|says|asked|asks|told|added)\b)"
    r"(?:[^“”\"?]{0,80}\?\s*)?(?:(?:e-?mail|contact|message|write to|get in touch with|tell"
    r"|send|text|call|phone|ring|whatsapp) (?:us|our (?:newsroom|team|reporters|journalists"
    r"|editors|desk)|the [\w ’'-]{0,30}(?:newsdesk|newsroom|news team))\b|get in touch\b"
    r"|let us know\b)"
    r"[^“”\"]{0,120}$",
    re.I,
)
# A web address alone on a line ("dunnock-today.example", "www.varrow.news/live"): a masthead or
# a link, never a sentence.
WEB_ADDRESS_RE = re.compile(
    r"^(?:https?://)?(?:www\.)?[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?$", re.I
)
# Tip-off lines: an address to send news to, after an imperative or a question to the reader
# ("Seen something? Tips to news@varrowpost.example", "Write to desk@dunnock.example"); a phone
# number only after a question ("Know more? Text 0100 2000"). A line that reports who said it
# ("Call 0100 2000, police said.") is story.
TIP_OFF_RE = re.compile(
    r"^"
    + NOBODY_SAYS
    + r"(?:[^“”\"?]{0,80}\?\s*)?(?:write|send|e-?mail|text|call|ring|contact|message|whatsapp"
    r"|(?:news )?tips?|tip-?offs?)\b[^“”\"]{0,80}(?:@[\w-]+\.\w|https?://|www\.)[^“”\"\s]*\.?$"
    r"|^" + NOBODY_SAYS + r"[^“”\"?]{1,80}\?\s*(?:write|send|e-?mail|text|call|ring"
    r"|contact|message|whatsapp|(?:news )?tips?|tip-?offs?)\b[^“”\"]{0,60}\+?\d[\d ]{4,}\d\.?$",
    re.I,
)
# Broadcast and live-page trailers: "More on this in our bulletin at six", "Next bulletin at
# ten", "We'll bring you more as we get it", "This page will be updated".
TRAILER_RE = re.compile(
    r"^more (?:on|about) (?:this|that|the story|this story)\b.{0,80}\b(?:news|bulletin|programme"
    r"|program|show|later|tonight|tomorrow|online|website|app|player|channel|station)\b"
    r"[^“”\"]{0,60}$"
    r"|^(?:the )?next (?:news )?(?:bulletin|update|edition|programme)\b[^“”\".!?]{0,40}$"
    # the next news by its hour, in a station's other language perhaps: "Next news: 18:00", "Next
    # headlines at 7pm", "Next news in Welsh: 19:00" (not "Next news conference at 10:00")
    r"|^(?:the )?next (?:news|headlines)(?: in (?-i:[A-Z])\w+)?\s*(?::|at)\s*"
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?$"
    r"|^" + NOBODY_SAYS + r"(?:you can |you'll |you will )?(?:hear|see|watch|find)"
    r" (?:more|the full (?:story|report|interview)|the latest)\b[^“”\"]{0,80}\b(?:on|in|at)"
    r" (?-i:[A-Z])[^“”\"]{0,60}$"
    r"|^we(?:'ll|’ll| will| shall) (?:bring you|have|keep you|post|add|give you) (?:more|updates?"
    r"|the latest|further|posted|up to date)\b[^“”\"]{0,60}$"
    r"|^(?:we(?:'ll|’ll| will) update|we are updating) this (?:story|article|page|blog|report)\b"
    r"[^“”\"]{0,60}$"
    r"|^this (?:story|article|page|blog|report) will be updated\b[^“”\"]{0,60}$"
    r"|^this (?:is a )?(?:developing|breaking) (?:story|news story)\b[^“”\"]{0,80}$",
    re.I,
)
# Calls to action: an imperative aimed at the reader, at the start or after a question ("Enjoying
# the Courier? Sign up for ...", "Download our app for alerts", "Listen again: ...", "Turn on
# notifications", "Get it on Google Play"). Only verbs that open no story sentence in the news:
# "Share prices fell", "Follow-up checks" and "Sign up sheets were posted" do not match.
CALL_TO_ACTION_RE = re.compile(
    r"^(?!.*,\s(?:[^,]{1,40}\s)?(?:said|says|told|urged|urges|read|reads|wrote|asked|added"
    r"|warned|pleaded|appealed)\b)"
    r"(?:[^“”\"?]{0,80}\?\s*)?(?:for (?:the latest|more|updates|live updates|breaking news)"
    r"[^,“”\"]{0,40},\s*)?(?:(?:subscribe|sign up)(?= (?:for|to|now|here|today|free|and|at"
    r"|with|below|via|from|in|on|online)\b|\s*[:!.,]|\s*$)|download (?:our|the)\b"
    r"|(?:install|get) (?:our|the) [\w ]{0,20}\bapp\b|follow us\b|listen (?:again|live|now)\b"
    r"|(?:listen|watch|tune in)(?: to us| live| again| to| live to)?(?: (?-i:[A-Z])[\w&'’ ]{0,30})?"
    r" on (?:the |our )?[\w ]{0,30}\b(?:app|player|website|channel|fm|dab|am|demand|online"
    r"|smart speaker|catch-?up)\b"
    r"|(?:listen to|watch) (?:the|our) (?:full |whole |latest )?(?:bulletin|programme|program|show"
    r"|episode|podcast|interview|report)\b"
    r"|follow (?:our|the) (?:live|latest|rolling|full)\b"
    r"|follow @\w+"
    r"|follow [A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3} on (?:social media|twitter|x|facebook"
    r"|instagram|tiktok|youtube|mastodon|bluesky)\b"
    r"|watch (?:again|live|now)\b|share (?:this|on|via)\b|donate\b|support (?:us|our)\b"
    r"|support (?:the |your )?(?-i:[A-Z])[\w ’'-]{0,30} (?:from|for) [£$€]?\d"
    r"|join (?:us|our)\b[\w ]{0,30}\b(?:channel|community|group|list|newsletter|members?hip)\b"
    r"|become a (?:member|subscriber|supporter|patron|friend)\b"
    r"|(?:read|view|open) (?:this|in) (?:the )?app\b"
    r"|(?:read|see|view) (?:our|the [\w’'-]+(?: [\w’'-]+)?) (?:full|complete)\b"
    r"|(?:read|try|get|see) (?:the|our) (?:digital|print|e-?) ?(?:edition|paper|replica)\b"
    r"|(?:get|have) (?:the|our) [\w ’'-]{1,30} delivered (?:to your|every|each|daily)\b"
    r"|[\w ’'-]{0,30}\bapp\s*[:—–]\s"
    r"|(?:read|view|open|continue)(?: (?:this|the) (?:story|article))? in (?:the|our|this) app\b"
    r"|(?:get|receive|turn on|switch on|enable) [\w ]{0,30}\b(?:alerts|notifications)\b"
    r"|(?:available|download(?:ed)?|get it) (?:now )?(?:on|from|in) (?:the )?(?:app store"
    r"|google play|play store)\b)[^“”\"]{0,120}$",
    re.I,
)
# A link to a clip: a play mark or a media label, and often the clip's length ("▶ Watch: the
# flood from the air (1:48)", "Video | Rescue at the pier (02:10)", "🎧 Listen: the interview"),
# which a broadcaster may write in minutes and seconds ("Audio: ... from the pier (1'52)").
_CLIP_LENGTH = r"(?:(?:\d{1,2}:)?\d{1,2}:\d{2}|\d{1,2}['’′]\d{2}[\"”″]?)"
MEDIA_LINE_RE = re.compile(
    r"^(?:[▶►▷⏵🎥📺🎧📹]\s*)(?:[^“”\"]{1,150})$"
    rf"|^(?:watch|listen|video|audio|see)\b[^“”\"]{{1,150}}\({_CLIP_LENGTH}\)$"
    r"|^(?:watch|video|listen|audio|play|podcast|clip)\s*[:|—–]\s*[^“”\"]{1,150}"
    rf"\((?:{_CLIP_LENGTH}|\d{{1,3}} ?(?:min|mins|minutes|sec|secs|seconds))\)$",
    re.I,
)
# A play mark's line that points to a clip or a gallery, sentence or not ("▶ Watch the moment
# the tugs arrived.", "▶ See our gallery of the storm damage."), where a bulletin's point after
# the same mark tells the story ("▶ The fault was found at 06:15 on payday.").
# It asks the reader to watch or names the clip: a verb of looking or listening with what to
# take in after it, or a clip's label and a colon, or a clip's length; not a point that opens
# with such a word ("▶ See-through panels were fitted in 2019.", "▶ Watch officers logged 41
# calls.", "▶ Video evidence shows the tree falling.", "▶ Play areas were closed.").
MEDIA_CAPTION_RE = re.compile(
    r"^[▶►▷⏵]\s*(?:(?:watch|listen to|hear|see|view)\s*:|(?:watch|listen to|hear|see|view)\s+"
    r"(?:the|our|a|an|how|what|why|this|more|again|live|now|it|them|him|her)\b"
    r"|(?:video|audio|gallery|photos?|pictures|in pictures|podcast|clip|footage)\s*[:|—–]"
    r"|video shows\b|.*\((?:\d{1,2}:)?\d{1,2}:\d{2}\)\W*$)",
    re.IGNORECASE,
)


def is_media_caption(text: str) -> bool:
    """A line after a play mark that points to a clip (``MEDIA_CAPTION_RE``)."""
    return MEDIA_CAPTION_RE.match(text) is not None


# "Like Orrin FM on Facebook for updates", "Find us on Instagram": the whole line is the call
# ("Like many on social media, the mayor posted a photo" runs on and stays).
SOCIAL_CALL_RE = re.compile(
    r"^(?:like|follow|find|join|friend) (?:us|(?-i:[A-Z])[\w&'’.-]*(?: (?-i:[A-Z0-9])[\w&'’.-]*)"
    r"{0,3}) on (?:social media|twitter|x|facebook|instagram|tiktok|youtube|whatsapp|telegram"
    r"|mastodon|bluesky|threads|linkedin)(?: (?:for|to get|to follow) [\w ]{1,30})?[.!]?$",
    re.I,
)
# Reader polls: a label, then a question to the reader ("Your view: should the line be closed?").
POLL_RE = re.compile(
    r"^(?:your (?:view|say|vote)|have your say|poll|quick poll|vote|we want to hear from you)"
    r"\s*[:?]\s*[^“”\"]{1,150}\?$",
    re.I,
)
# Boilerplate disclaimers of finance and data pages ("Market data delayed by 15 minutes", "This is
# not investment advice."): a notice about the page, never a fact of the event.
DISCLAIMER_RE = re.compile(
    r"^(?:[\w ]{0,30}\b(?:data|quotes?|prices?) (?:is |are )?delayed (?:by )?(?:at least )?\d+"
    r"|(?:this|it|nothing here) (?:is not|does not constitute|isn't) (?:\w+ )?"
    r"(?:investment|financial|legal|tax|medical) advice"
    # about links: "We may earn a commission from links on this page", "The Herald is not
    # responsible for the content of external sites"
    r"|(?:we|[\w ’'.-]{1,40}) (?:may |might |can )?(?:earn|receive|get) (?:a )?(?:small )?"
    r"(?:commission|fee|share of (?:the )?(?:sales?|revenue))\b[^“”\"]{0,60}\blinks?"
    r"|[\w ’'.-]{1,40} (?:is|are) not responsible for the content of"
    r" (?:external|other|third[- ]party) (?:sites|websites|links|pages))\b[^“”\"]{0,200}$",
    re.I,
)
# Cookie notices phrased any way: the word "cookies" where the site speaks to the reader ("we",
# "you", "our services") or asks to accept them; "the regulator fined the site for its use of
# cookies" is story.
COOKIE_WORD_RE = re.compile(r"\bcookies\b", re.I)
COOKIE_CONSENT_RE = re.compile(r"\b(?:you|your|we|our|us)\b|^accept\b", re.I)
# ... and where the line speaks of the web ("We handed out cookies to the volunteers" is story).
COOKIE_WEB_RE = re.compile(
    r"\b(?:site|website|page|browser|device|experience|consent|accept\w*|agree|privacy"
    r"|polic(?:y|ies)|settings|preferences|partners|analytics|personali[sz]\w*|track\w*"
    r"|stor(?:e|ing)|third[- ]part\w*|ads|advertis\w*|services|clip|video|content"
    r"|use of (?:cookies|them))\b",
    re.I,
)
# Menus, breadcrumbs and badges: short parts joined by strong separators ("Home › Politics",
# "Cookie settings | Privacy policy | Terms of use", "Listen · 4 min", "Read in: English |
# Svenska"). A sentence never strings together words this way.
# (doubled, '··', and the angle and triangle marks of some sites: 'Business ⟩ Economy')
NAV_SEPARATOR_RE = re.compile(r"\s+(?:[|·•›»⟩▸❯]{1,2}|⁂)\s+")
MAX_NAV_PART_WORDS = 4
# Three parts or more are a footer or a header ("Next bulletin at nine · Listen on the VRT app ·
# Varrow Radio 101.2 FM") even with longer parts; two parts of six words could be a headline
# joined to a standfirst.
MIN_LONG_NAV_PARTS = 3
MAX_LONG_NAV_PART_WORDS = 6
# The end of a live page: "Our live coverage of the count has now ended", "This live blog is now
# closed".
LIVE_END_RE = re.compile(
    r"^(?:our |this |the )?live (?:coverage|blog|updates|page|reporting|text)\b[^“”\"]{0,60}"
    r"\b(?:has|have|is|are) (?:now )?(?:ended|closed|finished|paused|over)\b[^“”\"]{0,80}$",
    re.I,
)
# Page age badges: "This article is more than 2 months old".
AGE_BADGE_RE = re.compile(
    r"^this (?:article|story|report) is (?:more than|over) .{1,20} old\.?$", re.I
)
# The full widget error string inside a longer line (it is never a sentence of the story).
INLINE_WIDGET_RE = re.compile(
    r"\s*(?:•\s*)?Oops!\s*Something went wrong\.\s*Please try again later\.\s*", re.I
)
# Comment prompts: "Leave a Comment", "Show 12 comments", "Join the conversation".
COMMENT_PROMPT_RE = re.compile(
    r"^(?:(?:leave|add|post|write|submit) (?:a |your )?(?:comment|reply|response)s?"
    r"|(?:show|view|load|hide|read|see) (?:all )?(?:\d+ )?comments?"
    r"|(?:have your say\s*:?\s*)?\d+ comments?|comments?(?: \(\d+\))?"
    r"|join the (?:conversation|discussion|debate)"
    r"|be the first to comment|comments (?:are|have been) closed(?: (?:on|for) this \w+)?"
    r"|(?:sign|log) in to (?:comment|reply)"
    r"|comments are (?:moderated|pre-?moderated|reviewed)\b[^“”\"]{0,80}"
    r"|(?:read|see) our (?:comments?|community|commenting) (?:policy|guidelines|rules|standards)"
    r"|you must be logged in to post a comment)[.!:]*$",
    re.I,
)
# Invitations to comment, phrased as imperative sentences: "Tell us in the comments.", "Sound off
# in the comments below!", "Share your thoughts..." (length-limited in _is_comment_invite).
COMMENT_INVITE_RE = re.compile(
    r"^(?:(?:leave|share|post|tell us|let us know|sound off|join|add|write|drop|have your say)"
    r"\b.{0,80}\b(?:in|to|using) the comments?(?: section| box| field)?(?: below)?"
    r"|(?:share|tell us|let us know) (?:your|what you) (?:thoughts|think|views|opinion).{0,60})"
    r"[.!?]*$",
    re.I,
)
# A heading that starts a list of links to other stories ("Read more:", "Related", "See also").
READ_MORE_HEADING_RE = re.compile(
    r"^(?:lesen sie auch|mehr zum thema|(?:à )?lire aussi|lea también|leggi anche|les også"
    r"|läs också|lees ook"
    r"|read more|read also|also read|more on this(?: story| topic)?|related"
    r"(?: (?:articles?|stories|content|coverage|news|links|topics|reading))?|see also"
    r"|further reading|recommended(?: (?:reading|stories|for you))?"
    r"|you (?:may|might) also (?:like|be interested in)"
    r"|more (?:(?:stories|news|articles) )?(?:from|on|about|in) (?:the )?"
    r"(?-i:[A-Z][\w’'.-]*(?: [A-Z&][\w’'.-]*){0,4})"
    r"|most (?:read|popular|viewed|shared|watched)(?: (?:in|on|from) [^.!?:]{1,40}| right now"
    r"| today| this week| now)?"
    r"|trending(?: now)?|what to read next|top stories|more stories)\s*[:.…]*$",
    re.I,
)
# A heading and one link title on the same line: "Read more: Five key talking points".
INLINE_READ_MORE_RE = re.compile(
    r"^(?:read more|read also|also read|related|see also|more|watch|listen"
    r"|most (?:read|viewed|popular|shared|watched|commented)"
    r"|lesen sie auch|mehr zum thema|(?:à )?lire aussi|lea también|leggi anche|les også"
    r"|läs också|lees ook|on air(?: now)?|now playing|next (?:article|story)"
    r"|you (?:may|might) also like|read next|up next|more from [\w ’'-]{1,30}|letters|opinion"
    r"|also (?:in|on|from|at) [\w ’'-]{1,30}|related (?:stories|articles|coverage|links|reading)"
    r"|trending(?: now)?|popular(?: now)?|latest|top stories|editor['’]?s picks|recommended"
    r"|more (?:on|about) [\w ’'-]{1,30}"
    r"|analysis|explainer|podcast|in pictures|video)"
    r"\s*[:|»]\s*(?P<link>.+)$",
    re.I,
)


# A prompt to the reader with what to do: "Have your say: text ORRIN to 6060", "Your views: email
# the desk", and a text-in line on its own ("Text VOTE to 8080 for updates").
READER_PROMPT_RE = re.compile(
    r"^(?:have your say|your say|your views?|get involved|join in|tell us|take part)\s*[:—–-]\s*"
    r"(?:text|sms|e-?mail|call|ring|write|message|whatsapp|comment|send|vote|tweet|share)\b"
    r"[^“”\"]{0,80}$"
    r"|^(?:text|sms) (?-i:[A-Z0-9]{2,12}) to \d{3,6}\b[^“”\"]{0,60}$",
    re.I,
)
# An outlet promising the reader more coverage: "Orrin FM will live-blog the count from 8pm",
# "Pellow News will bring you updates every hour", "We will be reporting live from the count". The
# subject is "we" or a name, and the verb is the newsroom's ("live-blog", "bring you"); a council
# that will stream its meeting is story.
COVERAGE_PROMISE_RE = re.compile(
    r"^" + NOBODY_SAYS + r"(?:we|(?-i:[A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,3}))"
    r" (?:will|['’]ll|is going to|are going to) (?:be )?(?:live-?blog\w*"
    r"|bring(?:ing)? you|keep(?:ing)? you (?:posted|updated|informed)|have (?:live )?(?:coverage"
    r"|updates) (?:of|from)|reporting live)\b[^“”\"]{0,80}$",
    re.I,
)
# A line that ends by asking the reader to write in: "... at the meeting - send us your
# questions", "Were you there? ... : email us".
SEND_US_TAIL_RE = re.compile(
    r"^[^“”\"]{1,120}(?:\s[-–—]|:)\s*(?:send|e-?mail|text|tell|message|whatsapp|write to) us\b"
    r"[^“”\"]{0,60}$",
    re.I,
)
# Paid content under a label: "Sponsored: Stay warm with Pellow Heating", "Promoted | ...".
SPONSORED_RE = re.compile(
    r"^(?:sponsored(?: content| post| story| by [\w ’'&-]{1,30})?|promoted(?: content)?"
    r"|paid (?:post|content|partnership|promotion)|partner content|advertorial|advertisement|ad"
    r"|in partnership with [\w ’'&-]{1,30})\s*[:|—–]\s*[^“”\"]{1,150}$",
    re.I,
)
# A broadcaster's "what comes next" label: "Weather next: a wet night", "Coming up: sport",
# "Sport next: ...", "Still to come: ...".
_CALENDAR = "|".join(CALENDAR_NAMES)
# The labels a "next" is of ("Weather next"); a label alone before a colon may also be "the
# forecast" or "the news", one before ", then" any of them after "the".
_LABEL = r"(?:weather|sports?|traffic|travel|business|news|headlines|forecast)"
NEXT_UP_RE = re.compile(
    r"^(?:tomorrow|tonight|later|this (?:evening|morning|afternoon|weekend))(?: on [^:“”\"]{1,30})?"
    r"\s*:\s*[^“”\"]{1,150}$"
    # a programme by its name and hour: "7News at Six: the full report tonight"
    r"|^(?-i:[A-Z0-9][\w]*(?: [A-Z0-9][\w]*){0,2} at (?:One|Two|Three|Four|Five|Six|Seven|Eight"
    r"|Nine|Ten|Eleven|Twelve|Noon|Midnight)):\s[^“”\"]{1,150}$"
    rf"|^(?:(?:{_LABEL}|the (?:forecast|news))\s+)?"
    r"(?:next|coming up|up next|still to come|after the break)\s*:\s*[^“”\"]{1,150}$"
    # and what comes after it, in three words at most: "Weather next, then the farm prices.",
    # "Traffic and travel next, then sport" ("News next, then the crowd fell silent" is story)
    rf"|^(?:the )?{_LABEL}(?: and {_LABEL})?\s+next,\s+(?:and\s+)?then\s+"
    r"(?:[\w’'-]+(?: [\w’'-]+){0,2}"
    # or another label and who presents it: "..., then the weather with Morag"
    rf"|(?:the )?{_LABEL} with (?-i:[A-Z])[\w’'-]+(?: (?-i:[A-Z])[\w’'-]+)?)\.?$"
    # the station's name after it: "Next on Radio Pellow: the farming hour at 06:30" (not a
    # day: "Coming up on Saturday: a public meeting")
    rf"|^(?:next|coming up|up next|still to come) on (?!{_CALENDAR}\b|the\b|this\b)"
    r"(?-i:[A-Z])[^:“”\"]{1,30}:\s[^“”\"]{1,150}$",
    re.I,
)
# Verbs that report someone's words: a line with one is story ('We will be back next season,
# vowed the club owner').
_SAYING = (
    r"said|says|told|tells|added|adds|vowed|vows|insisted|promised|pledged|warned|declared"
    r"|according|explained|admitted|stressed|wrote"
)
# The host's words around a programme or an edition, not about the event: a greeting ("Good
# morning.", "Good evening, and welcome to this week's edition"), a sign-off promising the next
# one ("We will be back next week with ...", "We'll follow up next issue with ...", "We'll have
# the next update on the fire at one", "Our next full report is at eight"), and who keeps the
# outlet going, with a plea ("The station is run by volunteers. Donate at the studio"; not "The
# club is run by volunteers who raised £40,000"). Nobody is reported as saying it: "We will be
# back," the foreman said, is story.
HOST_LINE_RE = re.compile(
    r"^(?:good (?:morning|afternoon|evening|night)|hello|hi)(?: (?:again|everyone|all))?"
    r"(?:[,.!]\s*(?:and )?welcome (?:back )?to [^“”\".!?]{1,60})?[.!]?$"
    r"|^welcome (?:back )?to (?:this|today['’]s|the|our|[\w’'-]+['’]s)\b[^“”\".!?]{0,50}"
    r"\b(?:edition|issue|briefing|newsletter|bulletin|programme|program|show|podcast|episode)[.!]?$"
    rf"|^(?!.*\b(?:{_SAYING})\b)we(?:['’]ll| will| shall) (?:be back|follow (?:this |it |that )?up"
    r"|have (?:the|our) next|bring you (?:the|our) next)\b[^“”\"]{0,80}$"
    rf"|^(?!.*\b(?:{_SAYING})\b)our next (?:full )?(?:report|bulletin|update|edition|issue"
    r"|programme|newsletter|news)\b[^“”\"]{0,80}$"
    rf"|^(?!.*\b(?:{_SAYING})\b)(?=.*(?:\bdonate (?:at|online|here|now|today|via|to us)\b"
    r"|\bchip in\b|\bsupport us\b|\bhelp us\b))"
    r"[^“”\"]{0,60}\b(?:is|are|we['’]re|we are) (?:run|staffed|made|kept going|funded) by"
    r" (?:volunteers|readers|listeners|donations)\b[^“”\"]{0,100}$",
    re.I,
)
# Notes on the page's own making: "This article appeared in the Monday print edition under the
# headline “...”", "Transcript edited for reading", "Captions on this report were generated
# automatically", "The Daily is an official media partner of ...", "Paid subscribers get the
# full annex", a wire's "More follows. For the picture service call the desk".
MAKING_NOTE_RE = re.compile(
    r"^(?:this|a version of this) (?:article|story|report|piece|interview) (?:first )?appeared"
    r" in (?:the |our |today['’]s )?(?:[\w’'-]+ ){0,3}(?:print )?(?:edition|issue|newspaper"
    r"|magazine|paper)\b.{0,160}$"
    r"|^(?:this )?transcript (?:has been |was )?(?:edited|condensed|lightly edited)\b.{0,150}$"
    r"|^(?:the )?(?:captions|subtitles)\b[^“”\"]{0,60}\b(?:generated automatically"
    r"|automatically generated|machine[- ]generated)\b[^“”\"]{0,80}$"
    rf"|^(?!.*\b(?:{_SAYING})\b)[^“”\"]{{1,60}}\bis (?:an |the )?(?:official )?media partner"
    r" of\b[^“”\"]{0,80}$"
    r"|^(?:paid|paying|premium|digital) (?:subscribers|members) (?:get|can|have|receive)"
    r" (?:the |our |an? )?(?:full|extra|exclusive|access|early|bonus|unlimited|download)"
    r"[^“”\"]{0,100}$"
    r"|^more (?:follows|to follow)[.…]+\s[^“”\"]{0,150}$",
    re.I,
)
# Account prompts: "Sign in to save this article", "Log in to follow this story", "Register to
# get alerts" (no sentence stop: "Residents must register to vote by May." is story).
ACCOUNT_PROMPT_RE = re.compile(
    r"^(?:sign|log) ?in(?: or (?:register|sign up))? to (?:save|bookmark|follow|share|print"
    r"|listen|download|get|receive|keep|add|manage)\b[^“”\".!?]{0,60}$"
    r"|^(?:register|create an account) (?:for free )?to (?:save|bookmark|follow|get|receive"
    r"|keep)\b[^“”\".!?]{0,60}$",
    re.I,
)
# An offer to subscribers: "Chronicle subscribers can read the full transcript here", "Members
# can listen to the whole interview in our app" (where to go, on this site).
SUBSCRIBER_OFFER_RE = re.compile(
    r"^" + NOBODY_SAYS + r"(?:[\w’'-]+ ){0,3}(?:subscribers|members|premium readers)"
    r" (?:can|may|get to|are able to) (?:read|listen|watch|see|access|download|view|hear)\b"
    r"[^“”\"]{0,80}\b(?:here|below|online|in (?:the|our) app|on (?:our|the) (?:site|website"
    r"|app))\.?$",
    re.I,
)


# Lines made only of the words of a page's controls: "Show more", "Enlarge this image", "Image 1
# of 12", "Gift this article", "Video duration 02:14", "Please log in to comment". The words are
# those of buttons and badges (verbs a reader does on a page, the things on it); a line of them
# and numbers says nothing about the event. A story line always has a word outside them ("Show
# trials were held", "Next, the inspectors turn to the bridge").
# A line that promises the reader email: "The Herald's daily briefing, in your inbox every
# morning" (no verb needed: the reader's inbox is never a fact of the event).
INBOX_RE = re.compile(
    r"^" + NOBODY_SAYS + r"[^“”\"]{0,120}\b(?:in|to|into|straight to) your inbox\b"
    r"[^“”\"]{0,80}$",
    re.I,
)
# An imperative to the reader on a short line with no stop: "Request a demo", "Advertise with
# us", "Read our privacy notice", "Don't miss", "Get involved", "Start your free trial". The verb
# is one of a site's offers; the word after it is the reader's object (a determiner, "us", a
# pronoun or an adverb), so a subject heading that opens with the same word ("Support grows for
# the mayor") does not match.
READER_VERBS = (
    r"tap|click|swipe|request|advertise|read|get|start|try|claim|book|order|renew|upgrade|unlock|explore"
    r"|discover|browse|manage|update|choose|select|create|join|support|contact|visit|shop|buy"
    r"|compare|find|search|check|see|view|take|enter|vote|nominate|submit|send|tell|share|help"
    r"|download|install|listen|watch|follow|sign|log|subscribe|register|donate|give|save"
)
READER_OBJECTS = (
    r"a|an|the|our|us|your|you|this|these|more|now|here|today|free|all|it|them|involved"
    r"|started|in|up|online|with|for|back|out|ahead|to"
)
READER_ACTION_RE = re.compile(
    rf"^(?:(?:please |now )?(?:{READER_VERBS}) (?:{READER_OBJECTS})\b|(?:don['’]t|do not|never)"
    r" (?:miss|forget|wait|lose)\b)[^“”\".!?:;]{0,60}$",
    re.I,
)
MAX_READER_ACTION_WORDS = 8
# The outlet labelling its own pages: "Our Standards: The Coast Trust Principles.", "Our
# policies: privacy", "Our view: ..." (the outlet's "our", a label, a colon).
OWN_LABEL_RE = re.compile(
    r"^our (?:[\w-]+ ){0,2}(?:standards|policies|policy|principles|values|mission|ethics|code"
    r"|guidelines|journalism|view|network|partners|apps?|products|brands|sites|podcasts?|shows"
    r"|newsletters?|team|staff)\s*:\s*[^“”\"]{1,120}$",
    re.I,
)
# A choice of language: "Read in Varrowish", "Also available in: Varrowish | Orrinese".
LANGUAGE_SWITCH_RE = re.compile(
    r"^(?:(?:read|view|also available|available|this (?:article|story|page) is (?:also )?"
    r"available)(?: this(?: article| story| page)?)? in:?|languages?:|in other languages:?)"
    r"\s*(?-i:[A-Z])[^\W\d_]+(?:\s*(?:[|,/·]|or|and)\s*(?-i:[A-Z])[^\W\d_]+){0,8}$",
    re.I,
)
# One word alone on a line, not the headline: a badge or a label ("EXCLUSIVE", "Pinned",
# "Summary"); no story sentence is one word. Letters only, so a date ("2026") or a word in a
# script written without spaces stays for the other rules.
SINGLE_WORD_RE = re.compile(r"^[A-Za-z][A-Za-z'’-]{0,24}:?$")


# A short line with no sentence end inside the story: a sub-heading, a label, a widget, a caption
# fragment, a credit ("Most commented", "T&Cs apply", "Ana Lind, PA", "Story continues"). No
# story sentence is written so: on every labelled page (the divergence and ingest sets, the
# example cluster, DUC 2004) each story line ends in a stop. A line with a figure (a fact box:
# "Dead: 14") or a quotation is left to the other rules, and so is one with a finite verb of the
# common kinds, which is more likely a sentence that lost its stop ("Police said the ferry was
# safe").
MAX_LABEL_WORDS = 8
SUBJECT_PRONOUN_RE = re.compile(r"^(?:it|he|she|they|we|i|there|this|that|these|those)\b", re.I)
COMMON_FINITE_VERBS = (
    r"said|says|told|tells|is|are|was|were|has|have|had|will|would|could|can|did|does"
    r"|do|may|might|must|should|shall"
)
FINITE_VERB_RE = re.compile(rf"\b(?:{COMMON_FINITE_VERBS})\b", re.I)


def is_body_label(text: str) -> bool:
    """A short line in the story without a stop, figure, quotation or common finite verb, with
    no comma inside and no pronoun opening it (a sentence that lost its stop: "In the afternoon
    sun, only rubble remained", "It started with the bears")."""
    words = text.split()
    if not 0 < len(words) <= MAX_LABEL_WORDS or ends_sentence(text) or "," in text:
        return False
    if SUBJECT_PRONOUN_RE.match(text):
        return False
    if has_quote(text) or any(char.isdigit() for char in text) or not text[:1].isupper():
        return False
    return FINITE_VERB_RE.search(text) is None and text.rstrip()[-1:] not in ",;:"


# A counter of readers: "👁 4,812 views", "1.2k shares".
COUNTER_RE = re.compile(
    r"^[^\w\s]{0,3}\s*\d[\d,.]*\s?[km]?\s+(?:views|reads|shares|likes|listens|plays|comments)$",
    re.I,
)
# Links to the page before or after, with arrows: "← Previous: Market hall reopens | Next: ...".
ARROW_NAV_RE = re.compile(r"^\s*[←‹«]|[→›»]\s*$")
# The small print of an offer: "Offer ends 31 March", "Terms and conditions apply", "Limited
# time only", "Save 40% on your first year".
PROMO_RE = re.compile(
    r"^(?:(?:this |the |our )?(?:offer|sale|deal|discount|promotion|trial)s? (?:ends|expires"
    r"|closes|is valid|valid|runs) (?:on |until |till |by |at )?(?:midnight|today|tonight|tomorrow"
    r"|soon|this \w+|\d[\w ,/:]{0,20}|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|oct|nov|dec)[a-z]*\b[\w ,]{0,20})"
    r"|(?:full |other )?(?:terms|terms and conditions|t\s?&\s?cs?|t&c)(?: and conditions)? apply"
    r"|limited time (?:only|offer)|(?:save|get) \d+% (?:on|off)\b[\w ]{0,40}"
    r"|cancel (?:at )?any ?time)[.!]?$",
    re.I,
)


# After a listing's label (a job board's, an event diary's) comes a post or an event as a list,
# never a sentence: a story's subhead says what happened after its label ("Events: the festival,
# 12-13 May, drew 40,000 people", "Seminar: students walked out on 9 October", "Now hiring: the
# supermarket, which pays £12 an hour, wants 200 staff"). So no article or determiner opens it,
# and no common finite verb (a month's May is none), past form (-ed) or relative pronoun is in
# it; a past form in an event's name is lost to the story's side (a kept junk line costs less
# than a lost story line).
LISTING_NOT_SENTENCE = (
    r"(?!\s*(?:the|a|an|its|their|his|her|this|these|those|both|all)\b)"
    rf"(?![^“”\"]*\b(?!(?-i:May)\b)(?:{COMMON_FINITE_VERBS}|which|who|\w+ed)\b)"
)
# A job advert the page carries beside the story: a job board's label, then the post, the
# employer and its pay or terms as a list ("Job of the week: Harbour pilot, Quellmoor Port, £48k",
# "Vacancy: Lock keeper — Varrow Canal Trust — £11.40 an hour", "Now hiring | Staff nurse |
# competitive salary"). No sentence's stop and nobody saying it, and the pay or terms must be
# there, a pay never in millions: "Jobs: 200 posts will go at the plant, the union said.", "Jobs:
# Dunnock Council, 40 posts, £1.2m" and "Job losses at the mill now total 140." are story.
JOB_ADVERT_RE = re.compile(
    r"^"
    + NOBODY_SAYS
    + r"(?:(?:featured|top|latest|today['’]s) )?(?:jobs?(?: of the (?:week|day|month))?"
    r"|vacanc(?:y|ies)|now hiring|we['’]re hiring|careers?|situations vacant|job ad(?:vert)?)"
    r"\s*[:|—–]\s*"
    + LISTING_NOT_SENTENCE
    + r"(?=[^“”\"]*(?:[£$€]\s?\d[\d,.]*(?![\d,.]|\s?(?:m|bn|million|billion)\b)"
    r"|\b\d[\d,.]*\s?k\b|\bsalary\b|\bper (?:hour|annum|year)\b"
    r"|\ban hour\b|\bfull[- ]time\b|\bpart[- ]time\b|\bnegotiable\b|\bclosing date\b))"
    r"[^“”\"]{1,160}(?<![.!?])$",
    re.I,
)
# An event the page sells beside the story, a trade site's most of all: a listing's label, then
# the event and its date, place or price ("Upcoming webinar: Auditing pump controls, 3 June",
# "Save the date: Varrow Ports Forum, 12-13 May, Dunnock", "Upcoming conference: Coastal
# Engineering Day, 9 October — tickets £45"). No sentence's stop and nobody saying it, and a day
# of a month, a weekday or a price must be there. A bare "Summit:" or "Conference:" is a news
# subhead's label ("Summit: leaders meet in Dunnock on 12 May"), so those two need the listing's
# word before them ('upcoming', 'next', ...).
LISTING_WORD = r"(?:upcoming|next|free|live|online|our)"
EVENT_LISTING_RE = re.compile(
    r"^"
    + NOBODY_SAYS
    + rf"(?:{LISTING_WORD} (?:conferences?|summits?)|(?:{LISTING_WORD} )?(?:events?|webinars?"
    r"|workshops?|masterclass(?:es)?|seminars?|save the date|what['’]s on|diary dates?))"
    r"\s*[:|—–]\s*"
    + LISTING_NOT_SENTENCE
    + rf"(?=[^“”\"]*(?:\b\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?(?:st|nd|rd|th)? (?:{_CALENDAR})\b"
    rf"|\b(?:{_CALENDAR}) \d{{1,2}}\b|[£$€]\s?\d|\btickets?\b|\bearly[- ]bird\b|\bbook now\b))"
    r"[^“”\"]{1,160}(?<![.!?])$",
    re.I,
)
# A broadcaster asking listeners to ring in, and its number: "Studio lines are open now on 01632
# 960 555", "Call the show on ...", "Join the phone-in on ...", "To take part, call the newsroom
# on (555) 014-2290". The line opens with the invitation, names the show (its studio, programme,
# phone-in, bulletin, newsroom, 'after the news') and ends with the number, without a stop. A
# helpline, a food bank, a council's team are story ("To have your say, call the consultation
# team on 01632 960 441", "Phone the hotline on 0800 555 0123."), and so are "Lines of traffic
# stretched for two miles" and "Police said the helpline on 0800 555 0101 would stay open" (who
# said it).
PHONE_NUMBER_END = r"\+?\(?\d[\d() -]{4,}\d$"
SHOW_WORD = (
    r"(?=[^“”\"]*\b(?:show|programme|program|studio|phone-in|bulletin|newsroom"
    r"|(?:after|before|during) the news)\b)"
)
PHONE_IN_RE = re.compile(
    r"^"
    + NOBODY_SAYS
    + SHOW_WORD
    + r"(?:(?:the |our |phone |studio |the phone |our phone )?lines are (?:now )?open\b"
    r"|(?:to take part|to get involved|to join in|to have your say),? (?:call|ring|phone|text)\b"
    r"|(?:call|ring|phone|text) (?:the (?:show|programme|program|studio|phone-in"
    r"|newsroom)|in)\b"
    r"|join (?:the|our) (?:phone-in|debate|conversation)\b)"
    rf"[^“”\"]{{0,60}}?{PHONE_NUMBER_END}",
    re.I,
)
# A pointer to another page of the paper: an imperative to turn there ("Turn to page 7 for the
# full list", "See pages 4-5 for the route map", "Continued on page 9"), or a section's label and
# its page ("Letters, page 18", "Crossword and sudoku: page 28", "Puzzles: today's crossword is
# on page 44", "Inside: ten walks on the moor, page 36"). A story sentence that names a page says
# whose ("See page 22 of the report, which sets out the costs", "Go to page 5 of the form and
# tick the box"), goes on with a clause after a comma ("Turn to page 12 for the statement, which
# blames the weather") or stops like a sentence ("Analysis: the key table is on page 112."); none
# of these is a pointer, nor is "Police turned to the public".
PAGE_NUMBER = r"pages? \d{1,3}(?:\s*(?:-|–|and|&)\s*\d{1,3})?"
# A page of something, not of the paper: "page 22 of the report", "pages 4-5 of the plan".
PAGE_OF = r"[\d\s&–-]*(?:and[\d\s]*)?of\b"
PAGE_POINTER_RE = re.compile(
    r"^"
    + NOBODY_SAYS
    + rf"(?:(?:please )?(?:turn|go|flick|skip|see|continued|continues) (?:on |to |over to )?"
    rf"{PAGE_NUMBER}\b(?!{PAGE_OF})[^“”\",.!?]{{0,80}}"
    r"|(?:puzzles?|crosswords?|sudoku|letters|weather|tv(?: and radio)?|listings|obituaries"
    r"|sport|business|comment|opinion|leader|editorial|inside|full (?:report|story|list"
    r"|coverage|results)|more|analysis|reviews?|horoscopes?|games)\b[^“”\".!?]{0,60}?"
    rf"(?:[:,]\s*|\b(?:is |are )?(?:on |see )){PAGE_NUMBER})$",
    re.I,
)


# The page speaking to its reader or about itself, not about the event: "Have your say in our
# comments section below", "You are reading a free article", "Our coverage of the election is
# free to read", "This interview has been edited for length and clarity", "The views expressed
# are the author's own". A line in the second person, or in the outlet's "we" about its pages
# and journalism, or about "this article" itself. A quotation or a line that says who said it is
# story; so is the outlet reporting what it learned ("We understand the crew were moved").
ATTRIBUTED_RE = re.compile(
    r"[“”\"]|\b(?:said|says|told|tells|according|asked|added|warned|urged|insisted|claimed"
    r"|admitted|explained|wrote|reported|announced)\b",
    re.I,
)
# The reader as "you" about the page's own things (its articles, comments, newsletter, account):
# "You are reading a free article", "Have your say in our comments section below". A review or
# a column speaks to "you" about the event too ("You can switch between the two views"), so the
# page's things must be named; "pay-as-you-go" is no address.
PAGE_THINGS = (
    r"articles?|newsletters?|inbox|comments? section|subscriptions?|subscribers?|live blog"
    r"|journalism"
)
MAX_SECOND_PERSON_WORDS = 16
# The two lookaheads are tried only where a line starts ((?<![^\n])): tried at every position,
# as a search does, each rescanned the rest of the line and made the check quadratic in its
# length (the costliest step of cleaning); a match found later in a line is found from its start.
SECOND_PERSON_RE = re.compile(
    r"(?<![^\n])(?=.*(?<![\w-])(?:you|your|you['’](?:re|ve|ll|d))(?![\w-]))"
    rf"(?=.*\b(?:{PAGE_THINGS})\b)"
    r"|^please (?:note|be aware|remember|bear in mind)\b"
    r"|^thank(?:s| you) for (?:reading|subscribing|signing up|your support|visiting|choosing"
    r"|listening|watching)\b",
    re.I,
)
# An email address closing a line: "Readers can contact Ana Lind at ana@dunnock.example".
EMAIL_END_RE = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$")
# The outlet's "our" on its own pages and work: "Our coverage of the election is free to read",
# "Find all our coverage here", "Read our editorial standards" (its members: MEMBERS_OFFER_RE).
OUTLET_WE_RE = re.compile(
    rf"\bour (?:[\w-]+ ){{0,2}}(?:{PAGE_THINGS}|stor(?:y|ies)|coverage|comments|site|website|app"
    r"|editorial|corrections?|standards|readers|channel|hub|podcast)\b",
    re.I,
)
# The article about itself: "This interview has been edited for length and clarity", "The
# views expressed are the author's own".
SELF_ARTICLE_RE = re.compile(
    r"\bthis (?:article|story|interview|piece|newsletter|transcript)\b(?! of\b)"
    r"|\bviews (?:expressed )?(?:(?:here|in this \w+) )?are (?:those of )?the (?:author|writer)",
    re.I,
)
# Where to get help if the story touches the reader: "If you or someone you know is affected,
# call the helpline on ...", "If you have been affected by the issues in this story, ...".
HELP_NOTICE_RE = re.compile(
    r"^if you(?: or someone you know)? (?:are|have been|is|were|need|feel)\b[^“”\"]{0,120}"
    r"\b(?:help(?:line)?|support|call|contact|visit|available|samaritans|text)\b",
    re.I,
)
MAX_ADDRESS_WORDS = 30
# What a page offers its members ("Our members get 10% off at the club shop", "Our members had
# early access to this story", "took home free tickets"): the outlet speaking of itself. A
# union's or a club's bulletin tells its story in its members without such words ("3.1k of our
# members were left without wages", "Our members will vote on the new offer on Friday").
MEMBERS_OFFER_RE = re.compile(
    r"\bour (?:[\w-]+ ){0,2}members\b.*\b(?:get|gets|invited|discounts?|\d+% off|free|exclusive"
    r"|early access|ad-free|enjoy\w*|perks?|benefits?|can (?:read|see|access|download|claim|enjoy"
    r"|listen|watch))\b",
    re.IGNORECASE,
)


def _is_page_address(text: str) -> bool:
    """A line of the page to its reader or about itself, with nobody reported as saying it."""
    if len(text) > MAX_WIDGET_CHARS or len(text.split()) > MAX_ADDRESS_WORDS:
        return False
    if ATTRIBUTED_RE.search(text):
        return False
    if len(text.split()) > MAX_SECOND_PERSON_WORDS and SECOND_PERSON_RE.match(text):
        return False  # a column's long aside to "you" about the event
    if MEMBERS_OFFER_RE.search(text):
        return True
    return any(
        pattern.search(text)
        for pattern in (
            SECOND_PERSON_RE,
            OUTLET_WE_RE,
            SELF_ARTICLE_RE,
            EMAIL_END_RE,
            HELP_NOTICE_RE,
        )
    )


# Notices about how to read the page: "All times are local", "Images are for illustration
# only", "Prices correct at the time of publishing", "Some names have been changed".
PAGE_NOTICE_RE = re.compile(
    r"^(?:all )?times (?:are|given|shown|quoted)(?: are)?(?: in)? (?:local|[A-Z]{2,4}|uk|us"
    r" eastern)\b[^“”\"]{0,40}$"
    r"|^(?:images?|photos?|pictures?|photographs?) (?:is |are )?(?:used )?for illustrat\w+"
    r"(?: purposes)? only\b[^“”\"]{0,40}$"
    r"|^(?:all )?prices? (?:are )?(?:correct|accurate) at (?:the )?time of"
    r" (?:publishing|publication|writing|going to press)\b[^“”\"]{0,40}$"
    r"|^(?:some |all )?names (?:have been|were|are) changed\b[^“”\"]{0,60}$",
    re.I,
)


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


INTERFACE_VERBS = _word_set(
    "show hide expand collapse toggle enlarge zoom close open view see read watch listen play"
    " pause resume mute unmute replay swipe tap click scroll skip continue save saved bookmark"
    " gift share print email copy report subscribe follow unfollow log sign register download"
    " reply comment like load loading reload refresh back jump go next previous prev rate"
    " bookmarked shared selected turn reading watching listening auto update on off"
)
INTERFACE_NOUNS = _word_set(
    "more less all full caption captions image images photo photos picture pictures gallery"
    " video videos audio clip article articles story stories page pages post main content"
    " screen fullscreen sound volume subtitles transcript error errors link links comments"
    " notifications alerts app top bottom duration length minutes mins min sec secs seconds"
    " read listen here now later list slide slides slideshow item items feedback button"
    " menu options settings account profile home section sections newsletter newsletters"
    " text size font player mode latest updates update"
)
INTERFACE_JOINERS = _word_set(
    "the a an this of to for in on at up down with and or our your please it"
)
MAX_INTERFACE_WORDS = 8
INNER_STOP_RE = re.compile(r"[.!?]\s")


def _is_arrow_nav(text: str) -> bool:
    return (
        len(text) <= MAX_WIDGET_CHARS
        and not has_quote(text)
        and ARROW_NAV_RE.search(text) is not None
        and not ends_sentence(text)
    )


def _is_reader_action(text: str) -> bool:
    if len(text) > MAX_WIDGET_CHARS or len(text.split()) > MAX_READER_ACTION_WORDS:
        return False
    return READER_ACTION_RE.match(text) is not None


def _is_interface_line(text: str) -> bool:
    """ "Enlarge this image", "Image 1 of 12": words of a page's controls and numbers only, a
    control's verb or thing among them."""
    if len(text) > MAX_WIDGET_CHARS or has_quote(text) or INNER_STOP_RE.search(text):
        return False  # a control's label is one phrase
    words = [word.casefold() for word in re.findall(r"[^\W\d_]+", text)]
    if not 0 < len(words) <= MAX_INTERFACE_WORDS:
        return False
    known = INTERFACE_VERBS | INTERFACE_NOUNS | INTERFACE_JOINERS
    return all(word in known for word in words) and any(
        word in INTERFACE_VERBS or word in INTERFACE_NOUNS for word in words
    )


# The newsroom asking for support: "Our journalism relies on readers like you", "Support
# independent journalism", "Help us keep reporting from the coast". The line speaks of the
# outlet's journalism to the reader (we, our, us, you, independent) and asks for money or time;
# a story line about a newspaper's funding reports who said it.
JOURNALISM_APPEAL_RE = re.compile(
    r"^" + NOBODY_SAYS + r"(?=.*\b(?:our|we|us|you|your|independent|quality|local)\b)"
    r"(?=.*\b(?:journalism|reporting|newsroom|journalists)\b)"
    r"(?=.*\b(?:support\w*|relies|rely|depends?|fund\w*|donat\w*|contribut\w*|members?\w*"
    r"|subscri\w*|help|keep|afford|free|paywall)\b)[^“”\"]{1,240}$",
    re.I,
)
# A question about the page itself: "Was this article helpful?", "Did you find this story
# useful? Yes No", "How would you rate this page?".
PAGE_QUESTION_RE = re.compile(
    r"^[^“”\"?]{0,60}\bthis (?:article|story|page|post|report|content|newsletter|video)\b"
    r"[^“”\"?]{0,40}\?(?:\s*(?:yes|no|thanks?|thumbs up|thumbs down|\d)\b[\s/|]*){0,4}$",
    re.I,
)
# A line that sends the reader to an address, and nothing else: "Find out more at
# varrowdaily.example/floods", "Send your tips to tips@dunnock.example", an address alone
# ("ana.lind@dunnockherald.example"). It opens with what to do and ends with the address.
ADDRESS_END_RE = re.compile(
    r"^" + NOBODY_SAYS + r"(?:(?:find out more|for more(?: information| details)?|more"
    r"|details|learn more|read more|visit|go to|see|send|e-?mail|write|contact|follow|watch"
    r"|listen|sign up|subscribe|donate|register|apply|book|tips?|news tips?)\b[^“”\"]{0,80}\s)?"
    r"(?:https?://|www\.)?[\w.+-]*[\w-]+(?:@[\w-]+)?(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?[.!]?$",
    re.I,
)
# A social post's signature embedded in a page: "Dunnock Herald (@dunnockherald) March 3, 2026",
# "— Varrow Coastguard (@varrowcg) March 3, 2026", "Ana Lind @analind".
SOCIAL_HANDLE_RE = re.compile(
    r"^(?:[—–-]\s*)?[A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,4}\s+\(?@\w{2,30}\)?"
    r"(?:\s+[\w ,.:]{0,30}\d{4})?$"
)


def _is_widget(text: str) -> bool:
    if len(text) > MAX_WIDGET_CHARS:
        return False
    lines = (WIDGET_RE, WIDGET_LINE_RE, WIRE_PROMISE_RE)
    return any(pattern.match(text) is not None for pattern in lines)


def is_inline_read_more(text: str) -> bool:
    match = INLINE_READ_MORE_RE.match(text)
    return match is not None and is_link_title(match.group("link"), questions=True)


def _is_comment_invite(text: str) -> bool:
    return len(text.split()) <= MAX_LINK_WORDS and COMMENT_INVITE_RE.match(text) is not None


def _is_nav_line(text: str) -> bool:
    """ "Home › Politics › Transport": short parts between strong separators, no sentence."""
    parts = NAV_SEPARATOR_RE.split(text)
    if len(parts) < 2 or ends_sentence(text) or has_quote(text):
        return False
    longest = MAX_LONG_NAV_PART_WORDS if len(parts) >= MIN_LONG_NAV_PARTS else MAX_NAV_PART_WORDS
    return all(0 < len(part.split()) <= longest for part in parts)


def _is_cookie_notice(text: str) -> bool:
    if len(text) > MAX_WIDGET_CHARS or not COOKIE_WORD_RE.search(text):
        return False
    return COOKIE_CONSENT_RE.search(text) is not None and COOKIE_WEB_RE.search(text) is not None


# A text service's page header (teletext and its heirs): the page number ("P302", "P 302") with
# the service's name in capitals, the date, the time or the sub-page counter ("1/2"), and not one
# word in lower case: "WESTMARCH TEXT  P302  14 May  13:00  1/2", "P 302  NEWS  12 Mar". A
# headline under the number ("P302 Detectorist's hoard find") and a sentence naming a route or a
# form ("The P302 bus was cut on 14 May.") have lower-case words and stay.
# Teletext pages are numbered 100 to 899 (magazines 1 to 8).
TEXT_PAGE_NUMBER_RE = re.compile(r"\bP ?[1-8]\d\d\b")
TEXT_PAGE_STAMP_RE = re.compile(
    rf"\b\d{{1,2}}/\d{{1,2}}\b|\b\d{{1,2}}[:.]\d\d\b|\b\d{{1,2}} (?i:{MONTH_PATTERN})\b"
)
# What marks the line as the service's header and not a travel or score line in capitals ("M5
# CLOSED 14 MAY P202 DIVERSION", "A1 P450 CLOSED 12:30", found by the review of small34): the
# sub-page counter ("1/2") or the service's own word.
TEXT_PAGE_MARK_RE = re.compile(r"\b\d{1,2}/\d{1,2}\b|\b(?:TEXT|TELETEXT|PAGE|NEWS)\b")
LOWER_CASE_WORD_RE = re.compile(r"(?<![\w'’])[a-z]")


def _is_text_page_header(text: str) -> bool:
    """A text service's page header (``TEXT_PAGE_NUMBER_RE``): its number with a stamp and the
    service's mark, no word in lower case, no sentence."""
    if ends_sentence(text) or LOWER_CASE_WORD_RE.search(text):
        return False
    if not (TEXT_PAGE_NUMBER_RE.search(text) and TEXT_PAGE_MARK_RE.search(text)):
        return False
    return TEXT_PAGE_STAMP_RE.search(text) is not None


# A letter's salutation and its sign-off on lines of their own, as a circular, a newsletter or a
# parish letter frames its news: "Dear colleagues,", "Dear members:", "Hi all,", and "In
# solidarity,", "Yours in unity,", "Best wishes,", "With love, Anya". Only a whole line with no
# quotation mark: "Dear readers were told ..." goes on as a sentence, and a letter quoted in a
# story ('It began "Dear colleagues," and ...') stands inside one. A salutation ends with its
# comma or colon (a bang is a cry or a banner in a story: "Hello Fennick!", "Dear oh dear!"); a
# sign-off is a closing phrase from the list, a comma and at most a name of one to three words
# (or one of the phrases letters close with and no comma, "Yours faithfully"), so "Best wishes
# to every ringer" is no sign-off; the name is capitalised, so "Best, the rest went home." is no
# sign-off either. Where they stand is read by ``drop_letter_frame``.
SALUTATION_RE = re.compile(r"^(?:dear|hello|hi)(?: [\w'’.-]+){1,3}\s*[,:]$", re.I)
# Phrases only a letter closes with.
SIGN_OFF_PHRASES = (
    r"in (?:solidarity|unity|friendship|peace)|yours(?: (?:in )?[a-z]+)"
    r"|(?:best|kind|warm|warmest|good) (?:wishes|regards)|with (?:love|thanks|best wishes)"
    r"|regards|many thanks|sincerely|until next time"
)
# Words a story line also opens with, a reply or a note to a friend quoted in it ("Thanks,
# Mayor.", "Cheers, Tom.", "Love, Mum.", "Take care, Kessel."): a sign-off only on a page that
# opens with a salutation too (the review of small34 found each of them as a story line).
LOOSE_SIGN_OFF_PHRASES = r"thanks|cheers|best|love|yours|take care"
SIGN_OFF_NAME = r"(?-i:(?: [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}\.?)?)"
SIGN_OFF_RE = re.compile(
    rf"^(?:(?:{SIGN_OFF_PHRASES}),{SIGN_OFF_NAME}"
    r"|yours (?:sincerely|faithfully|truly|fraternally)|kind regards|best wishes)$",
    re.I,
)
LOOSE_SIGN_OFF_RE = re.compile(rf"^(?:{LOOSE_SIGN_OFF_PHRASES}),{SIGN_OFF_NAME}$", re.I)
# A letter's frame stands at its edges: the salutation among the first lines (a headline, a
# date, a byline may stand above it), the sign-off among the last (the signer's name and title
# may stand under it). Four lines is the reach of an outlet's name at the page's edges
# (``clean.OUTLET_LINE_REACH``), the same head and foot.
LETTER_FRAME_REACH = 4


def drop_letter_frame(lines: Sequence[Line], removed: Removed) -> list[Line]:
    """The lines without a letter's salutation near the top, with no sentence above it, and its
    sign-off near the foot, with no sentence under it (each listed in ``removed``): in the
    middle of a story the same words are a reply, a banner or a note the next line speaks of."""
    texts = [line.text for line in lines]
    opening = {i for i in range(len(texts)) if _opens_letter(texts, i)}
    frame = opening | {i for i in range(len(texts)) if _closes_letter(texts, i, bool(opening))}
    removed.extend((lines[i].pos, lines[i].text) for i in sorted(frame))
    return [line for i, line in enumerate(lines) if i not in frame]


def _opens_letter(texts: Sequence[str], index: int) -> bool:
    if index >= LETTER_FRAME_REACH or not SALUTATION_RE.match(texts[index]):
        return False
    return not any(is_sentence(text) for text in texts[:index])


def _closes_letter(texts: Sequence[str], index: int, saluted: bool) -> bool:
    if index < len(texts) - LETTER_FRAME_REACH:
        return False
    text = texts[index]
    if not (SIGN_OFF_RE.match(text) or (saluted and LOOSE_SIGN_OFF_RE.match(text))):
        return False
    return not any(is_sentence(later) for later in texts[index + 1 :])


# Page furniture, each a check on a whole line (without its bullet marker).
FURNITURE_CHECKS: tuple[LinePredicate, ...] = (
    matches(SEPARATOR_RE),
    matches(WEB_ADDRESS_RE),
    _is_widget,
    is_short_match(COOKIE_RE),
    is_short_match(PAYWALL_RE),
    is_short_match(NEWSLETTER_RE),
    is_short_match(LABEL_LINE_RE),
    is_short_match(DESK_LINE_RE),
    is_short_match(ATTACHMENT_RE),
    is_short_match(CALLOUT_RE),
    is_short_match(TIP_OFF_RE),
    is_short_match(TRAILER_RE),
    matches(AGE_BADGE_RE),
    is_short_match(LIVE_END_RE),
    is_short_match(CALL_TO_ACTION_RE),
    is_short_match(DISCLAIMER_RE),
    is_short_match(POLL_RE),
    matches(SOCIAL_CALL_RE),
    is_short_match(MEDIA_LINE_RE),
    is_short_match(READER_PROMPT_RE),
    is_short_match(COVERAGE_PROMISE_RE),
    is_short_match(SEND_US_TAIL_RE),
    is_short_match(SPONSORED_RE),
    is_short_match(NEXT_UP_RE),
    is_short_match(ACCOUNT_PROMPT_RE),
    is_short_match(SUBSCRIBER_OFFER_RE),
    is_short_match(HOST_LINE_RE),
    is_short_match(MAKING_NOTE_RE),
    _is_cookie_notice,
    _is_nav_line,
    _is_interface_line,
    is_short_match(COUNTER_RE),
    _is_arrow_nav,
    is_short_match(PROMO_RE),
    is_short_match(JOB_ADVERT_RE),
    is_short_match(EVENT_LISTING_RE),
    is_short_match(PHONE_IN_RE),
    is_short_match(PAGE_POINTER_RE),
    _is_page_address,
    is_short_match(PAGE_NOTICE_RE),
    is_short_match(INBOX_RE),
    _is_reader_action,
    is_short_match(OWN_LABEL_RE),
    is_short_match(LANGUAGE_SWITCH_RE),
    is_short_match(JOURNALISM_APPEAL_RE),
    is_short_match(PAGE_QUESTION_RE),
    is_short_match(ADDRESS_END_RE),
    is_short_match(SOCIAL_HANDLE_RE),
    matches(COMMENT_PROMPT_RE),
    _is_comment_invite,
    is_inline_read_more,
    _is_text_page_header,
)
# The same for a fact box's row between bars (``is_box_row``): the box's table, not a menu.
BOX_ROW_CHECKS = tuple(check for check in FURNITURE_CHECKS if check is not _is_nav_line)


# The heading of a fact box, the figures of the story set out line by line under it ("By the
# numbers:", "In numbers", "Key facts", "At a glance", "⊶ FACT FILE ⊶"). The heading names the
# box, not the story; the lines under it are the story's facts, written without verbs or stops,
# which the page-line score would otherwise take for furniture (a paper's box was the only
# carrier of its key figure on invented events of fresh26 and fresh27).
FACTBOX_HEADING_RE = re.compile(
    r"^(?:by|in) (?:the )?(?:numbers|figures)|^the (?:numbers|facts)|^key (?:facts|figures|"
    r"numbers|points)|^(?:fast|quick) facts|^fact ?(?:file|box|check)|^at a glance"
    r"|^the story in numbers",
    re.IGNORECASE,
)
# A heading is short: the phrase and at most a word or two of what it is about ("Key facts:
# the blade").
MAX_FACTBOX_HEADING_WORDS = 6
# Glyphs a page sets a heading between ("⫿ THE NUMBERS ⫿").
_WRAPPING = re.compile(r"^[^\w£$€¥]+|[^\w.!?]+$")
# A box's line is a fact, not a paragraph: longer lines are read by the usual rules; a row's
# figure cell runs to a short note after the number ("340, most in Marlow", "£2.4m, the
# council estimates"; set by hand on the review's rows, the longest 27 characters).
MAX_FACTBOX_LINE_WORDS = 25
MAX_BOX_CELL_CHARS = 40
# Labels of the page's own counters and notices set out as rows between bars ("Shares | 1.2k",
# "Last updated | 2 hours ago", "Read time | 4 min"), which are no box's rows.
_PAGE_ROW_LABELS = (
    r"(?:shares?|comments?|views?|likes?|followers?|newsletters?|last updated|updated|posted"
    r"|published|read(?:ing)? time|time to read|replies|reposts?|reactions?|saves|downloads"
    r"|listens|plays|episode|rating|helpline|call us|phone|tel)\s*[:|]"
)
# A figure's hedge before it in a row ("Evacuated | more than 1,100", "Injured: at least 11").
_ROW_HEDGE = r"(?:about|around|some|nearly|over|more than|at least|up to|almost|roughly)\s+"
_NUMBER = rf"(?:[£$€¥]?\d|(?:a |an )?(?:{alternation(CARDINAL_WORDS)})\b)"
# A line of the box opens with its figure: digits, a sum ("£2m"), or a number in words
# ("Fourteen — crew on board"), after an optional bullet; or it is a label and its figure
# ("Boats stranded: 23", "Closed for: six weeks", "Fines issued | 11,400": two cells only; a
# row of three is a menu, "News | 24/7 Live | Sport"). It opens with a word, a figure or a
# bullet: a line set between glyphs is the page's ("⫿ Fleet Awards 2035: nominations close 28
# February ⫿"); the colon of a time is no label's ("Posted at 13:40").
FACTBOX_LINE_RE = re.compile(
    rf"^(?:[•·▪●◦‣∙■□►▸▶*+\-–—]\s+)?(?:{_NUMBER}|(?!{_PAGE_ROW_LABELS})[A-Za-z][^:|]{{0,60}}"
    rf"(?<!\d):\s*(?:[A-Za-z]+\s+){{0,2}}{_NUMBER}"
    rf"|(?!{_PAGE_ROW_LABELS})(?P<label>[A-Za-z][^:|]{{0,60}})\|\s*(?:{_ROW_HEDGE})?{_NUMBER}"
    rf"[^|]{{0,{MAX_BOX_CELL_CHARS}}}$)",
    re.IGNORECASE,
)

# The page speaking to its reader or selling: no fact of the story ("• 50% off your first
# year", "• 10 things to do this weekend", "• 2 for 1 on all digital subscriptions"). Such a
# line is left out of the box, which goes on ("Health board's offer: 4%" is a fact).
_NO_FACT = re.compile(
    r"\b(?:you|your|\d+% off|things to do|sign up|subscri\w+|2 for 1|save now|join today|free"
    r" trial|unlimited access|ad-free|months for)\b",
    re.IGNORECASE,
)


def is_box_row(text: str) -> bool:
    """A fact box's row of two cells between a bar, a label and its figure ("Fines issued |
    11,400"), which the menu rule (``_is_nav_line``) would take for a menu."""
    match = FACTBOX_LINE_RE.match(text)
    return match is not None and match.group("label") is not None


def is_factbox_heading(text: str) -> bool:
    """A line that heads a fact box ("By the numbers:"), with no stop of a sentence."""
    bare = _WRAPPING.sub("", text).rstrip(":").strip()
    words = bare.split()
    if not 0 < len(words) <= MAX_FACTBOX_HEADING_WORDS or bare.endswith((".", "!", "?")):
        return False
    return FACTBOX_HEADING_RE.match(bare) is not None


def factbox_lines(texts: list[str]) -> frozenset[int]:
    """The indexes of the lines of fact boxes: each line that opens with a figure or is a
    label and its figure, in an unbroken run right under a fact-box heading."""
    found: set[int] = set()
    in_box = False
    for index, text in enumerate(texts):
        fact = FACTBOX_LINE_RE.match(text) is not None
        if in_box and fact and len(text.split()) <= MAX_FACTBOX_LINE_WORDS:
            if not _NO_FACT.search(text):
                found.add(index)
            continue
        in_box = is_factbox_heading(text)
    return frozenset(found)

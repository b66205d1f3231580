"""Patterns for web-page boilerplate: which whole lines clean.py drops, and what it lifts."""

from __future__ import annotations

import re
import unicodedata

from inbrief.core.clean.alternations import by_first_letter
from inbrief.core.clean.counts import more_words_than, word_count

# Lines longer than this are prose, whatever words they start with.
MAX_BOILERPLATE_WORDS = 25

_AD_WORDS = (
    r"advertisements?|advertising|advertorial|ads?|sponsored(?: content| post"
    r"| story| by [^.!?]{1,40})?|paid (?:content|post|partner content)|promoted(?: content)?"
    r"|partner content|(?:story|article) continues below(?: advertisement)?"
    r"|continue reading (?:below|the main story)"
    r"|(?:the )?article continues (?:below|after (?:this )?advertisement)|skip advert(?:isement)?"
    r"|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|annonce|reclame"
    r"|reklama|mainos|annons|annonse|reklame"  # Polish and Czech, Finnish, Swedish, Norwegian
    r"|contenu sponsorisé|contenido patrocinado"
)
# (The words grouped by their first letter, as in _OPENING below: tried at every line.)
_AD_LABEL = rf"^[\s\-–—•|*\[(]*(?:{by_first_letter([_AD_WORDS])})[\s\-–—•|*\])]*$"

_PROMPT = (
    r"^(?:"
    r"(?:read (?:more|also|next|the full story)|see (?:also|more))(?:\s*[:»›>…|-]|$)|learn more$"
    # What a page's copy script adds to the copied text: "Read more at: https://…".
    r"|read more at\b"
    r"|related(?: articles| stories| coverage"
    r"| content| reading| topics)?\s*:|related(?: articles| stories| coverage)?$"
    r"|more (?:on|from|about) [^.!?]{1,60}:"
    r"|(?:recommended|most read|most popular|trending)(?: for you| now| stories)?:?$"
    r"|share (?:this|the) (?:article|story|page|post)\b|share (?:article|story)$|share on \w+"
    r"|share$|share via\b|share by (?:e-?mail|text|sms)$"  # a share widget's menu
    r"|(?:all|more) shar(?:e|ing) services$"
    r"|share this with\b|copy (?:this |the )?link$"
    # The buttons of a page, alone on their lines: "Tweet", "Email This", "Link Copied!", "Text
    # Size", "Buy Photo", "HIDE CAPTION", "Video Transcript".
    r"|(?:tweet|e-?mail|print|save|pin it|share this)(?: this)?[.!]?$|link copied[.!]?$|follow$"
    r"|(?:text|font) size$|buy (?:this )?photo$|(?:hide|show) caption$|video transcript$"
    # A form's fields to mail the article or comment on it, and its counter: "Your Friend's
    # Email", "Enter Email Address", "0 of 1500 characters"; a widget still "Loading…".
    r"|(?:your |enter (?:your )?)(?:friend[’']?s )?(?:name|e-?mail(?: address)?|message)\*?"
    r"\s*(?::|…|\.\.\.)?$|\d+\s*(?:of|/)\s*\d+ characters(?: used| remaining| left)?$"
    r"|loading(?:…|\.\.\.)?$"
    # WordPress's like button under a post, still loading ("Like this:" above it may also be
    # a tutorial's line over its example, and stays).
    r"|like loading(?:…|\.\.\.)$"
    # A screenshot's default file name as a picture's name: "Screen Shot 2011-08-13 at
    # 4.55.35 PM"; a medical site's review credit: "Reviewed by Ada Brennan, MD".
    r"|screen ?shot \d{4}-\d{2}-\d{2} at \d{1,2}\.\d{2}\.\d{2}(?: [ap]m)?$"
    r"|(?:medically )?reviewed by\b"
    # "Stay Connected. Follow Polygon Now!"; a gallery's or a layer's buttons alone ("×", "<<",
    # "›"). (A picture's address alone: _PICTURE_ADDRESS.)
    r"|stay connected\b|follow [\w .@-]{1,40} now!|[×✕✖<>‹›]{1,2}$"
    # The Verge's: "Don't miss stories Follow The Verge".
    r"|don[’']t miss (?:stories|a story|out|an update)\b[^.!?]{0,40} follow\b[^.!?]{0,40}$"
    r"|(?:video )?ad feedback$|now playing$"  # a video player's labels (CNN)
    r"|bookmark (?:and|&) share$|search [\w.-]{2,20}(?:\.\.\.|…)$"  # "Search CNN..."
    # A story's trailers: "This article has been adapted from its original source.", a press
    # service's "Provided by European Space Agency". Each to the line's end: a text browser
    # wraps a longer one (phys.org's "Citation: … retrieved … from https://…"), and a rule
    # matching its first line alone would leave the others.
    r"|this (?:article|story) (?:has been|was) adapted from\b[^.!?]{0,60}\.$"
    r"|provided by [^.!?]{2,60}$"
    # "This story has been updated with additional developments." (with its full stop: a
    # text browser's first line of a longer note has none, and its other lines stay)
    r"|this (?:story|article|post) has been updated\b[^.!?]{0,60}\.$"


    r"|feedback$"  # a page's button to send the editors a note (SZ, under a picture)
    # An author box's links (SZ's): "auf Twitter folgen", "eine E-Mail senden", "Follow on
    # Twitter", "Send an email".
    r"|auf (?:twitter|x|facebook|instagram|linkedin|mastodon|bluesky|threads) folgen$"
    r"|(?:eine )?e-?mail (?:senden|schreiben)$"
    r"|follow on (?:twitter|x|facebook|instagram|linkedin|mastodon|bluesky|threads)$"
    r"|send (?:an )?e-?mail$"
    r"|(?:add to (?:cart|basket|bag)|buy now|shop now)(?:\s*[:!]|$)"  # a shop's, with a product
    r"|(?:sign up|subscribe|register)(?: now| today| here| for free| free)?[.!]?$"
    r"|(?:sign up|subscribe|register) (?:for|to) (?:our|the|my|a|free|daily|weekly)\b"
    r"[^.!?]{0,50}\b(?:newsletters?|alerts?|updates|e-?mails?|briefings?|digest|podcast)\b"
    r"|(?:get|receive) (?:our|the) [^.!?]{0,50}newsletter\b"
    r"|get (?:[\w-]+ ){0,3}alerts$"  # "Get Business Alerts", "Get breaking news alerts"
    r"|newsletter\s*:"  # and a line ending in "newsletter": _NEWSLETTER_END
    r"|(?:please )?follow (?:us|me|[\w .@-]{1,40}) on (?:twitter|x|facebook|instagram"
    r"|linkedin|threads|bluesky|tiktok|youtube|mastodon|whatsapp|telegram|social media)\b"
    r"|like us on facebook\b"
    r"|click here\b|tap here\b|listen to (?:this|the) (?:article|story)\b"
    # An appeal for money at the end of a post: "If you enjoyed reading this post – would you
    # consider supporting our work?"
    r"|if you (?:enjoyed|liked|value|appreciate)\b[^.!?]{0,80}\b(?:support|donat|contribut)"
    # A shop's links disclosed: "Für Links auf dieser Seite erhält CHIP ggf. eine Provision
    # vom Händler", "We may earn a commission from links on this page".
    r"|für links auf dieser seite\b|(?:we|i) (?:may )?(?:earn|receive) (?:a )?(?:small )?"
    r"(?:commission|compensation)\b|as an amazon associate\b"
    r"|this (?:post|article|page) (?:may )?contains? affiliate links\b"
    # A blog's post footer and comment form (WordPress's, in the languages read): "This entry
    # was posted in News by Ada. Bookmark the permalink.", "Posted in News | Tagged …",
    # "Your email address will not be published.", "E-Mail (erforderlich)".
    r"|this entry was (?:posted|filed) (?:in|on|under)\b|bookmark the permalink\b"
    r"|dieser (?:eintrag|beitrag) wurde (?:[^.!?]{0,40} )?(?:veröffentlicht|abgelegt)\b"
    r"|ce (?:billet|article) a été (?:publié|posté) (?:dans|le)\b"
    r"|esta entrada (?:fue publicada|se publicó) en\b|questa voce è stata pubblicata in\b"
    r"|posted in [^.!?|\n]{1,60}\|\s*tagged\b"
    r"|your email(?: address)? will not be published\b|e-?mail \((?:required|erforderlich)\)"
    r"|(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht\b"
    # A newsletter's sign-up form: "Type your email…", "Enter your email address".
    r"|(?:type|enter) your e-?mail(?: address)?\s*(?:\.\.\.|…|here)?$"
    r"|(?:diesen? |den )?(?:geschichte|beitrag|artikel|story|seite) teilen$"
    # A paged article's link to read it whole (Zeit's, over the body), and its contents:
    # "1. Seite 1 —Im ICE von Frankfurt nach Barcelona", "Page 2 – The tickets".
    r"|auf einer seite lesen(?: inhalt)?$|(?:view|read) (?:as |on )?(?:a )?(?:single|one) page$"
    r"|(?:\d{1,2}\.\s*)?(?:seite|page|página|pagina|strona) \d{1,2}\s*[—–-]\s*\S[^.!?]{0,80}$"
    r"|podziel się$|udostępnij$"  # "share" in Polish
    # A player's button to embed it, and what it says once pressed.
    r"|embed$|(?:embed )?code copied\b|code (?:embed|d['’]intégration) copié\b"
    # A player's or a comment box's notice where it cannot run: "Media playback is
    # unsupported on your device" (the BBC's, over each video's caption in a browser's copy).
    r"|media playback is unsupported on your device\W*$"
    r"|your browser does not support (?:the )?(?:video|audio)(?: tag| element)?\W*$"
    r"|please enable javascript to view (?:the )?comments\b[^.!?]{0,40}\.?$"
    r"|\d{1,3} ?min(?:ute)?s? read$|copy link$|save (?:article|story)$"
    # A reading time in the other languages: "Tempo de leitura: 1 minuto", "Lesezeit: 3 Min.".
    r"|(?:tempo de leitura|tiempo de lectura|temps de lecture|tempo di lettura|lesezeit"
    r"|leestijd)\s*:?\s*(?:ca\.\s*)?\d{1,3}\s*(?:min(?:uto|utos|utes?|uten|uti)?\.?)$"
    # A note that the views are the writer's: "The views and opinions expressed in the
    # article do not necessarily reflect those of Sputnik." (Not "Disclaimer:", a wrapped
    # paragraph's first line in lynx; alone, a footer's heading that took a title with it.)
    r"|the (?:views|opinions)(?: and (?:views|opinions))? expressed (?:in|by)\b[^.!?]{0,80}"
    r"\b(?:do not|don[’']t|does not) necessarily (?:reflect|represent)\b[^.!?]{0,60}\.$"
    r"|print (?:this )?(?:article|page)$"
    r"|comments?$|\d+ comments?$|view comments$|leave a comment\b|show comments$"
    r"|(?:\d+ )?(?:comentarios?|kommentare?|commentaires?|commenti)(?: \d+)?$"
    r"|lire aussi\b|à lire aussi\b|lire la suite\b|partager(?: (?:cet|l')article)?(?:\s*:)?$"
    r"|abonnez-vous\b|inscrivez-vous\b"
    r"|suivez-nous\b|cliquez ici\b|voir aussi\b"
    r"|lesen sie auch\b|mehr zum thema\b|weiterlesen$|teilen$|artikel teilen\b|folgen sie uns\b"
    r"|newsletter abonnieren\b|jetzt abonnieren\b|hier klicken\b|auch interessant\b"
    r"|lee (?:también|más)\b|leer más\b|ver también\b|compartir(?: (?:este|el) artículo)?$"
    r"|compártelo\b|suscríbete\b"
    r"|síguenos\b|haz clic aquí\b|noticias relacionadas\b|te puede interesar\b"
    r"|ingresar$|iniciar sesión$"  # "log in" (Página/12)
    r"|skip to (?:the )?(?:main )?(?:content|navigation|article)$|(?:open |main )?menu$|search$"
    # A search box's prompt: "Enter search term", "Start typing to search for share service".
    r"|(?:start typing|type) to search\b[^.!?]{0,40}$|enter (?:a |your )?search (?:term|query)s?$"
    r"|suchbegriffe? eingeben\b[^.!?]{0,20}$"  # "Suchbegriff eingeben > Enter"
    r"|sign in$|log ?in$|home$|close$|toggle navigation$"
    r"|from (?:wik\w+|\w+pedia), [^.!?\n]{3,60}$"  # a wiki's tagline under its page's title
    # A comment's buttons, an episode's or post's neighbours.
    r"|flag as (?:offensive|inappropriate)$|report (?:abuse|this comment)$"
    # A post's counters and links: "653,817 VIEWS", "Check out more articles on Meridian!".
    r"|[\d,.]+\s*[km]?\s+(?:views|shares|likes|reads)\b[^.!?]{0,20}$"
    # ... in the other languages: "Visto 314 veces", "Lu 314 fois", "314 Aufrufe".
    r"|(?:visto|le[íi]do|viewed|read|lu|gelesen|letto|visualizado|lido)\s*:?\s*[\d.,]+\s*"
    r"(?:veces|times|fois|mal|volte|vezes)$"
    r"|[\d.,]+\s*(?:aufrufe|vues|visualizzazioni|visualizações|visitas|lecturas|lectures"
    r"|mal gelesen|weergaven)$"
    r"|check out more (?:articles|stories|posts|videos)\b(?:[^.!?]|\.(?=\S)){0,40}[.!]?$"
    # A page's rating buttons: "Found This Helpful", "Was this article helpful?".
    r"|(?:\d[\d,.]* (?:people|readers|users) )?found this (?:article |page |answer )?helpful\W*$"
    r"|(?:was|is|did you find) this (?:article |page |answer |information |story )?"
    r"(?:helpful|useful)\W*$"
    r"|\W*(?:previous|prev\.?|older) (?:episode|article|story|post|entry)\W*(?:\|\W*)?"
    r"(?:(?:next|newer) (?:episode|article|story|post|entry)\W*)?$"
    # A picture gallery's counter and buttons: "Image 1 of 5", "1 / 5", "Back to gallery".
    r"|(?:image|photo|picture|slide|foto|bild|imagen)\s+\d{1,3}\s+(?:of|von|de|di|sur|из)"
    r"\s+\d{1,3}$|\d{1,3}\s*/\s*\d{1,3}$|(?:back to|view|open|see) (?:the )?(?:photo )?gallery$"
    r")"
)

# A teaser cut short with its link run into it: "When you walk into a store, you're… Read more",
# the site's name after it too ("… Read more twocents.lifehacker.com", with a zero-width space
# after each dot); a prompt after a word of praise: "Fabulous! Don't forget to share with your
# friends".
_TEASER_END = re.compile(
    r"(?:…|\.\.\.)\s*(?:read more|continue reading|weiterlesen|lire la suite|leer más"
    r"|leia mais|leggi tutto)(?:\W+read more)?(?:\s+(?:[\w-]+\.\u200b?)+[a-z]{2,})?\W*$"
    r"|\bdon[’']?t forget to (?:share|subscribe|like|follow)\b",
    re.IGNORECASE,
)

# A link to more closing a short line, marked with an arrow: "Collect articles and browse
# other members' collections. Learn More >", "See more »". An article's sentence does not
# point at a link. Looked for in the line's last characters, and only when it ends so.
_MORE_LINK = re.compile(r"\b(?:learn|read|see|find out|view|show) more\s*[>»›]+$", re.IGNORECASE)
_ARROWS = (">", "»", "›")
MORE_LINK_CHARS = 24


def _more_link(text: str) -> bool:
    """Return True for a line that ends with a link to more, marked with an arrow."""
    return text.endswith(_ARROWS) and bool(
        _MORE_LINK.search(text, max(0, len(text) - MORE_LINK_CHARS)))


def _teaser_end(text: str, folded: str) -> bool:
    """Return True for a line ending as a teaser cut short or a prompt after praise does
    (``folded``: the line case-folded)."""
    # Each match has an ellipsis or the word "forget": a quick look first, the pattern searched
    # only then (it took a quarter of is_boilerplate's time on the lines of a page).
    return ("…" in text or "..." in text or "forget" in folded) and bool(
        _TEASER_END.search(text))


# "Get our daily newsletter", "Sign up for the Meridian newsletters": the word ends the line,
# at most 60 characters in, with no sentence's end before it. Looked for in the line's last
# characters only: a pattern trying "[^.!?]{0,60}" first spent half of _PROMPT's time.
_NEWSLETTER_END = re.compile(r"\bnewsletters?$", re.IGNORECASE)
_SENTENCE_MARK = re.compile(r"[.!?]")


# A newsletter's blurb: "The news and stories that matter, delivered weekday mornings.",
# "Top stories delivered straight to your inbox." (looked for only in a line saying
# "delivered").
_DELIVERED_END = re.compile(
    # Not said of what "was delivered": a sentence of the story ("The post is delivered daily").
    r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bget )"
    r"\bdelivered (?:straight |right |directly |free )?(?:to (?:your|you) (?:inbox|e-?mail)"
    r"|(?:to you )?(?:every|each) (?:weekday |week ?)?(?:morning|evening|day|week)"
    r"|(?:on )?weekday (?:mornings|evenings)|daily|weekly)[.!]?$",
    re.IGNORECASE,
)


def _newsletter_prompt(text: str, folded: str) -> bool:
    """Return True for a line that ends with "newsletter(s)" as a prompt does (``folded``: the
    line case-folded)."""
    # A match is "newsletter" or "newsletters" closing the line (or before a last newline):
    # it lies in its last 12 characters ("\b" still sees the character before them). Each of
    # its letters folds to the letter it matches: the folded line's last 12 characters hold the
    # word, looked for first (most lines do not end so; the search took twice as long).
    if "newsletter" not in folded[-12:]:
        return False
    match = _NEWSLETTER_END.search(text, max(0, len(text) - 12))
    return (match is not None and match.start() <= 60
            and not _SENTENCE_MARK.search(text, 0, match.start()))


def _delivered_prompt(text: str, folded: str) -> bool:
    """Return True for a line closing with what a newsletter delivers and when."""
    return "delivered" in folded and bool(_DELIVERED_END.search(text))


_SOCIAL_WORDS = (
    r"(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|mail|print|share|tweet|pinterest|reddit"
    r"|telegram|messenger|flipboard|bluesky|threads|copy link|copy|link|sms|instagram|tiktok"
    # Older pages' bookmarking sites: "digg reddit stumble", "Mixx Delicious MySpace".
    r"|digg|stumble(?:upon)?|delicious|myspace|mixx|tumblr|xing|vk|weibo|pocket|submit"
    # Send, print, share in Spanish, German, French, Italian: "Enviar Imprimir".
    r"|enviar|imprimir|compartir|drucken|teilen|imprimer|partager|envoyer|stampa|condividi)"
)
# The words grouped by their first letter, as in _OPENING below; the look-ahead turns a line
# opening with another character away at once (tests/core/clean/test_look_aheads.py checks).
_GROUPED_SOCIAL_WORDS = f"(?:{by_first_letter([_SOCIAL_WORDS])})"
# (A browser's copy may glue the buttons' names: "FacebookTwitterMail", a capital right after
# a small letter parting them.)
_SOCIAL_BUTTONS = (
    rf"^(?=[bcdefilmprstvwx]){_GROUPED_SOCIAL_WORDS}(?:(?:[\s|•·,/]+|(?-i:(?<=[a-z])(?=[A-Z])))"
    rf"{_GROUPED_SOCIAL_WORDS})+[\s|•·]*$"
)

# A copyright line opens with the sign or the word, or says "all rights reserved" anywhere.
# Two patterns, one matched at the start and one searched: one pattern with both is searched
# three times slower, its "^" tried at every position.
_COPYRIGHT_OPENING = (
    r"(?:©|\(c\)\s+\d{4}|copyright\s*(?:©|\(c\)|\d{4}|by\b)|all rights reserved\b)"
)
_COPYRIGHT_CLAUSE = re.compile(
    r"\ball rights reserved\.?$"
    r"|\btous droits réservés\b|\balle rechte vorbehalten\b|\btodos los derechos reservados\b",
    re.IGNORECASE,
)

_CAPTION_PREFIX = (
    r"^(?:(?:photo(?:graph)?s?(?: credit)?|pictures?|image(?: credit)?|credits?"
    r"|caption|illustration|file photo|fotos?|bild|bildquelle|crédits?(?: photo)?"
    r"|fuente|imagen)\s*(?::|\||–|—)|(?:photo(?:graph)?|picture|illustration)s? by\b"
    # "Media captionWho is ...": a text browser runs the label into the caption.
    r"|(?:image|media|video) ?(?:caption|source|copyright)(?:\b|(?-i:(?=[A-Z]))))"
)
# The patterns above matched at a line's start, as one: one match instead of five (a tenth of
# is_boilerplate's time on the lines of a page), their alternatives grouped by first letter (see
# alternations: a line opening with a letter or a bullet was compared with each prompt, more
# than half of the time the match took). The share buttons stay one alternative: spelled out
# word by word they made a pattern three times as long, compiled in 50 ms. (The five are kept
# as sources, compiled only here.)
# Each of them opens with a Latin letter, "à", a digit or a character that is no letter (a
# dash, a bracket, "©"): the look-ahead turns a line opening with another letter (Cyrillic,
# Greek, Arabic, Chinese) away at that letter, not after trying each alternative in turn (a
# quarter of is_boilerplate's time on a Russian page). A pattern added here that opens with
# another letter must widen it: tests/core/clean/test_rules.py checks.
OPENING_LETTERS = r"(?=[\W\da-zà])"
# The letters beyond ASCII the look-ahead lets through (ignoring case): a line opening with any
# other letter beyond ASCII is turned away without the pattern's call (each line of a Russian
# page is asked). tests/core/clean/test_rules.py checks them against the look-ahead.
LATIN_BEYOND_ASCII = frozenset("Ààİıſ\u212a")  # (U+212A: the Kelvin sign)
_OPENING = re.compile(
    OPENING_LETTERS + "^(?:" + by_first_letter(pattern.removeprefix("^") for pattern in (
        _AD_LABEL, _PROMPT, _COPYRIGHT_OPENING, _CAPTION_PREFIX))
    + "|" + _SOCIAL_BUTTONS.removeprefix("^") + ")",
    re.IGNORECASE,
)

# "(Jonas Weber/Meridian Wire)", "(AP Photo/Jane Doe)", "(Getty Images)", Polish "(fot. Ada
# Brennan)" closing a caption.
_CAPTION_CREDIT = re.compile(
    r"\(\s*(?:[A-Z][^()/]{0,58}/\s*[A-Z][^()/]{0,58}|[^()]*\b(?:photo|foto|image|getty|shutterstock|afp|epa"
    r"|reuters|courtesy|credit|file|handout)\b[^()]*|\s*fot\.[^()]+)\s*\)\s*$",
    re.IGNORECASE,
)

# A credit line's opening: "Photo by ...", "Photo illustration by ...", "Image credit: ...",
# "Credit: ...".
_CREDIT_PREFIX = re.compile(
    r"^(?:photo(?:graph)?s?|pictures?|images?|illustrations?|photo illustration|screenshots?"
    r"|credits?)"
    # "Courtesy G4"; in lower case, a wrapped line of a sentence ("... from the August
    # statement, / courtesy of Ian Lyngen, senior Treasury strategist", CNBC in lynx).
    r"(?: credit)?\s*(?:by\b|:)|^(?-i:Courtesy|COURTESY)\b",
    re.IGNORECASE,
)
MAX_CREDIT_WORDS = 15
# A lone credit line: "Jonas Weber/Meridian Wire", "AP Photo/Rui Costa, File", "Getty Images",
# a photographer, the paper and the agency: "Ana Ruiz/Marenia Herald/Getty Images".
_CAP_WORDS = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_SLASHED_CREDIT = re.compile(rf"^{_CAP_WORDS}(?:\s*/\s*{_CAP_WORDS}){{1,2}}(?:,\s*(?:File|Pool))?$")
_AGENCY_CREDIT = re.compile(
    r"^(?:Getty Images|Shutterstock|AP Photo|AFP(?: via Getty Images)?|Reuters|EPA|Alamy"
    r"|iStock|File photo"
    r"|Courtesy of [^.()]{1,40})$"
)


# What _CREDIT_PREFIX's words open with, in either case (and the letters the re module takes
# for them ignoring case): a line opening otherwise is no credit's label, told without the
# pattern (each kept line of a page is asked). tests/core/clean/test_rules.py checks.
CREDIT_OPENINGS = frozenset("CIPScipsİıſ")
# The letters _AGENCY_CREDIT's names open with: a line opening otherwise is no agency's
# credit, told without the pattern (most lines; each line and block of a page is asked).
_AGENCY_OPENINGS = frozenset("GSAREiFC")


def _credit_only(line: str) -> bool:
    """Return True for a line that is only a picture's credit."""
    # Names with a slash are tried only on a line with a slash: on a line of prose the
    # pattern backtracks through its first words, capitalised, before it fails.
    return ("/" in line and bool(_SLASHED_CREDIT.match(line))
            or line[:1] in _AGENCY_OPENINGS and bool(_AGENCY_CREDIT.match(line)))


# Upper-case Latin, Cyrillic or Greek letters; scripts without case never match.
_UPPER_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-Ω&][A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-Ω&'’.\-]*"
SECTION_LABEL = re.compile(rf"^[\s|•]*{_UPPER_WORD}(?:[ /|&+,]+{_UPPER_WORD}){{0,2}}[\s|•:]*$")

_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.\-]*"
# Lower-case words inside a name ("Jan van der Berg", "Ana de la Cruz").
NAME_PARTICLES = ("van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le",
                  "al", "bin", "ibn", "ter", "ten", "y")
_PARTICLE = rf"(?:{'|'.join(NAME_PARTICLES)})"
PARTICLE = _PARTICLE
# A nickname in quotes after the first name: Amanda "Tania Mae" Tan.
_NICKNAME = rf"\s+[\"“]{_NAME}(?:\s+{_NAME}){{0,2}}[\"”]"
# A month's name in English, whole or cut short ("Sep", "Sept", "September").
MONTH_NAMES = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
               r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
# The words a byline opens with ("By", "Von", "Par" …).
BY_WORDS = r"(?i:by|von|par|por|di|door|av|af)"
# (A byline's "Posted" or "Published" after the name, capitalised, is no part of it; nor is
# a date's month or "On" before a date: "Ada Brennan  Aug 4, 2011", "Ada Brennan On 11/13/19".)
_NOT_NAME = (r"(?!(?:Posted|Published|Updated)\b|(?i:on|am|le)\s+\d"
             # (A month's name, whole or cut short: "Marow 27.09.2018" is a surname and a day.)
             rf"|(?i:{MONTH_NAMES})\.?\s+\d)")
_PERSON = rf"{_NAME}(?:{_NICKNAME})?(?:\s+(?:{_PARTICLE}\s+)*{_NOT_NAME}{_NAME}){{1,3}}"
PERSON = _PERSON  # a person's name: "Ada Brennan", "Mark di Stefano", "Jan van der Berg"
_AND = r"\s+(?:and|AND|&|und|et|y|e)\s+"
# What a byline may name before "by": "Analysis by Ana Ruiz, Senior Court Analyst".
# German writes the kind with an article: "Eine Analyse von Caspar Schwietering" (Zeit),
# "Ein Kommentar von …", "Ein Gastbeitrag von …".
_BYLINE_KIND = (r"(?:(?i:ein|eine)\s+)?"
                r"(?i:analysis|opinion|commentary|review|story|text|words|written|reported"
                r"|reporting|interview|column|essay|editorial|perspective|analyse|kommentar"
                r"|gastbeitrag|gastkommentar|kolumne|glosse|rezension|kritik|reportage"
                r"|bericht|porträt)\s+")
# Headings after which a page shows its readers' comments, never the article's text. ("Related"
# and "Most read" lists can sit inside an article: the run of prose handles those.)
# (The headings' words are grouped by first letter, as in kinds: tests/core/clean/
# test_alternations.py checks they match what they matched.)
COMMENT_WORDS = (
    r"comments?|responses?|replies|(?:reader|readers'|visitor|user) comments"
    r"|discussion|leave a (?:comment|reply)|post a comment|(?:add|write) (?:a|your) comment"
    r"|join the (?:conversation|discussion)|kommentare?|kommentieren|(?:schreibe )?einen "
    r"kommentar(?: schreiben)?|kommentar schreiben|commentaires?|commenter"
    r"|comentarios?|comentar|comentários?|commenti|commenta|kommentarer|reacties|komentarze"
    r"|wasze komentarze|komentarze czytelników"
    r"|коммент\w*|コメント|评论|評論|التعليقات|تعليقات"
)
# (A second heading may follow the first on its line: "Kommentare Schreibe einen Kommentar",
# "3 Comments Leave a Reply".)
_COMMENT_ALTERNATION = by_first_letter([COMMENT_WORDS])
COMMENTS_HEADING = re.compile(
    rf"^[\s#•*+]*(?:\(BUTTON\)\s*)?(?:\d+\s+)?(?:{_COMMENT_ALTERNATION})"
    rf"\s*(?:\(\d+\)|\[\d+\]|\d+)?(?:\s+(?:{_COMMENT_ALTERNATION}))?[\s:»›>]*$",
    re.IGNORECASE,
)

# Headings of a list of other articles in the languages read besides English, French, German,
# Spanish, Italian and Portuguese (whose own are spelled out where they are used): "Related
# news", "Read also", "Most read".
RELATED_HEADINGS = (
    r"関連記事|関連ニュース|あわせて読みたい|おすすめ記事|人気記事"
    r"|相关新闻|相关文章|相关阅读|相關新聞|相關文章|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|热门文章"
    r"|관련\s?기사|관련\s?뉴스|많이 본 뉴스|추천 기사"
    "|اقرأ [أا]يضا\u064b?|(?:مواضيع|أخبار|مقالات) ذات صلة|الأكثر قراءة"
    r"|читайте также|читайте також|похожие новости|новости по теме|по теме|по темі"
    r"|самое читаемое|новини за темою"
    r"|เรื่องที่เกี่ยวข้อง|ข่าวที่เกี่ยวข้อง|ข่าวแนะนำ|อ่านเพิ่มเติม"
    r"|lees ook|gerelateerde? (?:artikelen|berichten)|läs också|relaterade artiklar|læs også"
    r"|les også|relaterte artikler|lue myös|lue lisää|lue seuraavaksi|luetuimmat"
    r"|czytaj (?:także|też)|zobacz (?:także|też)|čtěte také"
    r"|související články|ilgili haberler|baca juga|berita terkait|tin liên quan|xem thêm"
    r"|עוד בנושא|כתבות נוספות|مطالب مرتبط|यह भी पढ़ें|संबंधित खबरें"
)

# One of them alone on its line, as the heading of a link or two inside the body ("Lue myös:",
# "Czytaj także:", "関連記事"): the words grouped by first letter, tried on short lines only.
_RELATED_LINE = re.compile(rf"^(?:{by_first_letter([RELATED_HEADINGS])})[\s:：»›>…]*$",
                           re.IGNORECASE)
RELATED_LINE_CHARS = 40

# Headings of a list of other articles ("More from Sportsnet", "Related stories", "Most read"):
# the run is cut there when no full paragraph of prose follows them in it.
# A wiki article's closing sections: its sources and links, no text of its own.
WIKI_CLOSING_WORDS = (
    r"see also|references|notes(?: and references)?|footnotes|citations|sources|bibliography"
    r"|further reading|external links|works cited|siehe auch|einzelnachweise|weblinks"
    r"|literatur|anmerkungen|voir aussi|références|notes et références|liens externes"
    r"|bibliographie|véase también|referencias|enlaces externos|bibliografía|voci correlate"
    r"|collegamenti esterni|bibliografia|ver também|referências|ligações externas|zie ook"
    r"|externe links|bronnen|lihat pula|referensi|pranala luar|см\. также|примечания|ссылки"
    r"|див\. також|примітки|посилання|zobacz też|przypisy|linki zewnętrzne|viz též|reference"
    r"|externí odkazy|anmärkningar|externa länkar|se även|källor|lähteet|aiheesta muualla"
    r"|kaynakça|dış bağlantılar|ayrıca bakınız|انظر أيضًا|انظر أيضا|مراجع|وصلات خارجية"
    r"|脚注|参考文献|関連項目|外部リンク|参见|参見|外部链接|外部連結|注释|註釋|각주|같이 보기"
    r"|외부 링크|참고 문헌")
MORE_WORDS = (
    r"more (?:from|on|about|in|stories|news)\b[^.!?]{0,60}"
    # "More Great WIRED Stories"
    r"|more (?:great |good |top )?(?:[\w.-]+ ){0,2}(?:stories|articles|reads)"
    r"|(?:more )?must[- ]reads?\b[^.!?]{0,40}"  # "More Must-Reads From TIME"
    r"|related(?: \w+)?|(?:recommended|most read|most popular|trending|popular|latest)(?: \w+){0,2}"
    r"|suggested (?:reads?|reading|articles|stories|posts|for you)"  # McSweeney's
    r"|recently|recent (?:posts|articles|stories|news|entries)"
    r"|you (?:may|might) (?:also )?(?:like|be interested in)|read (?:more|next|also)"
    r"|mehr (?:zum thema|aus|von)\b[^.!?]{0,60}|(?:à )?lire aussi|sur le même sujet"
    r"|(?:más|mais) (?:de|noticias|sobre)\b[^.!?]{0,60}|noticias relacionadas|leia (?:também|mais)"
    r"|altre notizie|leggi anche|(?:você|voce) (?:também )?pode gostar|vous aimerez aussi"
    r"|das könnte (?:sie|dich) auch interessieren|ähnliche (?:beiträge|artikel)"
    r"|diese beiträge solltest du nicht verpassen|también te puede (?:gustar|interesar)"
    # The latest stories, a day's headlines, in the languages read: "Últimas Noticias",
    # "Today's Headlines", "Te puede interesar", "Dernières actualités".
    r"|(?:últimas|ultimas) (?:noticias|notícias)|ultime notizie|(?:today['’]s|top) headlines"
    r"|te puede interesar|seguir leyendo|dernières (?:nouvelles|actualités|infos)"
    r"|(?:aktuelle|neueste|letzte) (?:nachrichten|artikel|beiträge)"
    rf"|{RELATED_HEADINGS}"
    rf"|{WIKI_CLOSING_WORDS}"
)
# A wiki's link to edit a section, after its heading ("References[edit]", "Weblinks
# [Bearbeiten | Quelltext bearbeiten]").
WIKI_EDIT = (r"\[\s*(?:edit|edit source|bearbeiten|modifier|editar|modifica|bewerken|redigera"
             r"|rediger|muokkaa|edytuj|upravit|править|編集|编辑)(?:\s+source)?"
             r"(?:\s*\|\s*[^\]\n]{1,40})?\s*\]")
WIKI_CLOSING = re.compile(rf"^[\s#•*+]*(?:{WIKI_CLOSING_WORDS})(?:[\s:]|{WIKI_EDIT})*$",
                          re.IGNORECASE)
# A source a wiki article cites, as its list of references gives it: the back link's caret
# ("^ a b Okafor, Lidia (2004). …", "↑ …"), a year in brackets closing the authors, an
# ISBN, a DOI, pages, when it was looked at ("Retrieved 3 March 2022").
CITATION = re.compile(
    r"^\s*(?:\d{1,3}\.\s*)?[\^↑]|\(\d{4}[a-z]?\)\.|\(\d{1,2} \w+ \d{4}\)\.|\bISBN\b|\bdoi:"
    r"|\bpp?\.\s?\d|\b(?:Retrieved|Archived from the original|Abgerufen am|Consulté le"
    r"|Consultado el|Recuperado el)\b")
MORE_HEADING = re.compile(
    rf"^[\s#•*+]*(?:\(BUTTON\)\s*)?(?:{by_first_letter([MORE_WORDS])})"
    rf"(?:[\s:»›>：]|…|\.\.\.|{WIKI_EDIT})*$",
    re.IGNORECASE,
)


# A byline's label and colon before the name: "Autor: Angelika Leitner", "Author: …",
# "Texto: …" (without the colon, "Author Stephen King" is a story's subject).
# (Also after "by": "von Autor: Ada Brennan", futurezone's.)
_BY_LABEL = r"(?i:author|autor|autorin|autora|autore|auteur|autrice|text|texto|tekst)\s*:\s*"
# After "by", a tab or a gap of three spaces or more parts two cells of a table: "Written by
# <tab> Hideyuki Kurata" is a row of a fact box (Wikipedia's infobox of a film or a book), no
# byline of the page.
_BY_GAP = r"(?:\s*:\s*|(?!\t| {3})\s+)"
BYLINE = re.compile(
    rf"^(?:(?:{_BYLINE_KIND})?{BY_WORDS}{_BY_GAP}(?:{_BY_LABEL})?|{_BY_LABEL})(?P<author>{_PERSON}(?:(?:,\s*{_PERSON})*{_AND}"
    rf"{_PERSON})?)(?:(?:\s*(?:,|\||•|·|-|–|—)\s*"
    # "By Ada Brennan on Monday, March 4, 2025 at 11:04 a.m.", "By Ada Brennan posted Aug 18th
    # 2010 7:30PM": a date after "on" or "posted", a digit in it;
    rf"|\s+(?:on|am|le|el|il|em|op|(?i:posted|published|updated)(?:\s+on)?)\s+(?=[^\n]*\d)"
    # "By ADA BRENNAN   10/ 5/11 09:19 PM ET   AP": a gap of spaces (a text browser's spans);
    # "By Ada Brennan March 18 at 12:22 PM": a month's name and a day right after the name,
    # or an ISO date ("By Ada Brennan 2014-01-26 21:32:46 UTC").
    rf"|\s{{3,}}(?=[^\n]*\d)|\s+(?=(?i:{MONTH_NAMES})\.?\s+\d|\d{{4}}-\d{{2}}-\d{{2}}\b))"
    r"(?P<rest>[^\n]{0,80}))?$"
)

MAX_BYLINE_WORDS = 14  # a byline line's words at most

# A byline in Cyrillic, its label and a colon before the name: "Текст: Венера Ерофеева·24
# сентября 2018" (Wday), "Автор: …"; a date or place may follow a separator.
CYRILLIC_BYLINE = re.compile(
    r"^(?i:текст|автор|автори|автор текста)\s*:\s*"
    r"(?P<author>[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+(?:\s+[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+){1,2})"
    r"(?:\s*[,|•·—–-]\s*(?P<rest>[^\n]{0,80}))?$")

# A Korean byline: the reporter's name and 기자 ("reporter") or 특파원 ("correspondent"), an
# e-mail address after it ("최윤호 기자 uknow@donga.com"), below the article as a rule.
KOREAN_BYLINE = re.compile(
    r"^(?:\[[^\]\n]{1,30}\]\s*)?(?P<author>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4}){0,3})\s*"
    r"(?:선임|수석|객원|전문)?(?:기자|특파원)(?:\s*=)?(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?"
    r"(?P<rest>)\s*$")

# A byline's opening, whatever follows the name: "Par Ada Brennan (avec Ana Ruiz)".
BYLINE_OPENING = re.compile(
    rf"^{BY_WORDS}{_BY_GAP}(?P<author>{_PERSON})")

# "HARBOR CITY (Meridian Wire) -- ", "LONDON, March 3 (Reuters) - ", "(Bloomberg) -- ".
_CITY = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .,'’\-]{2,40}?"
DATELINE = re.compile(
    rf"^(?:(?P<city>{_CITY})(?:,\s*[^()\n]{{1,30}}?)?\s*)?\((?P<agency>[^()\n]{{2,40}})\)"
    r"\s*(?:--|—|–|-|:)\s+(?=\S)"
)
# A city written as a name, not in capitals, before a wire agency's name: "Frankfurt/Main
# (dpa) - ...", "Paris (AFP) – ..." (German and French papers' wire stories). Only the
# agencies' own names: "Apple (AAPL) - shares rose ..." is no dateline.
WIRE_AGENCIES = (r"dpa(?:-AFX)?|AFP|AP|Reuters|KNA|epd|APA|SDA|ANSA|EFE|ddp|dapd|SID|AFX"
                 r"|Xinhua|TASS|PAP|ČTK|CTK|Belga|ANP|Ritzau|NTB|Europa Press|PTI|IANS|Yonhap"
                 r"|Kyodo")
NAMED_CITY_DATELINE = re.compile(
    rf"^(?P<city>[A-ZÀ-ÖØ-Þ][\w.'’/\- ]{{1,40}}?)\s*\((?P<agency>(?:{WIRE_AGENCIES})"
    r"(?:/[^()\n]{1,20})?)\)\s*(?:--|—|–|-|:)\s+(?=\S)"
)
# CNN's dateline run into the story's first word: "(CNN)President Donald Trump, …".
GLUED_DATELINE = re.compile(r"^\((?P<agency>CNN(?: Business| Español)?)\)(?=[A-Z\"“‘'])")
# "HARBOR CITY — The council..." with no agency: only long dashes, to spare "NASA-led".
CITY_DATELINE = re.compile(rf"^(?P<city>{_CITY})\s*(?:--|—|–)\s+(?=[A-ZÀ-ÖØ-Þ\"“‘'])")

SENTENCE_END = tuple(".!?…。！？؟۔;:")


# A paywall's notice where the free part of an article stops: "This article is for
# subscribers only", "Subscribe to continue reading", "Il vous reste 64 % de cet article à
# lire", "この記事は会員限定です。電子版に登録すると続きをお読みいただけます。".
_PAYWALL = re.compile(
    r"\bthis (?:article|story|content|post) is (?:only )?(?:for|available to|exclusive to"
    r"|reserved for) (?:paying )?(?:subscribers|members)\b"
    r"|\b(?:subscribe|sign up|log in|sign in|register) (?:now |today )?to (?:continue|keep)"
    r" reading\b"
    r"|\bto (?:continue|keep) reading,? (?:please )?(?:subscribe|sign in|log in|register)\b"
    r"|\b(?:cet article|la suite) est réservée? (?:à nos|aux) abonnés\b"
    r"|\bil vous reste \d+\s*% de cet article\b"
    r"|\bdieser (?:artikel|beitrag|inhalt) ist (?:nur )?für"
    r" (?:abonnenten|abonnentinnen|abonnierende)"
    r"|\b(?:este|el) (?:artículo|contenido) es exclusivo para (?:suscriptores|abonados)\b"
    r"|\bsuscríbete para (?:seguir|continuar) leyendo\b"
    r"|\bquesto articolo è riservato agli abbonati\b"
    r"|会員限定です|続きをお読みいただけます|続きを読むには|有料会員になると",
    re.IGNORECASE,
)
# Every notice above has one of these (folded): the pattern is tried only then. (One search
# for them all: a look for each word in turn took two thirds of _paywall's time.)
_PAYWALL_HINTS = ("subscri", "member", "reading", "abonn", "reste", "suscri", "abbonat",
                  "会員", "続き")
_ANY_PAYWALL_HINT = re.compile("|".join(_PAYWALL_HINTS))


def _paywall(text: str, folded: str) -> bool:
    """Return True for a paywall's notice (see _PAYWALL; ``folded``: the text case-folded)."""
    return bool(_ANY_PAYWALL_HINT.search(folded)) and bool(_PAYWALL.search(text))


# A picture's address alone on its line ("http://images.example.com/mz/1034_munn.jpg"). Apart
# from _PROMPT: it may open with any letter, the patterns of _OPENING with a few only.
_PICTURE_ADDRESS = re.compile(r"\S+\.(?:jpe?g|png|gif|webp)(?:\?\S*)?$", re.IGNORECASE)
# A link's query alone on its line, a player's left-over ("?videoId=5798607383001").
_QUERY = re.compile(r"\?[\w.-]+=\S*(?:&[\w.-]+=\S*)*$")
# A page's buttons alone on a line in the other scripts read: share, tweet, print, save,
# close ("このニュースをシェア", "分享 收藏", "Поделиться", "مشاركة"). Apart from _OPENING,
# whose patterns open with Latin letters; tried only on a line opening with another one.
_BUTTON_WORD = (
    r"(?:この(?:ニュース|記事)を)?シェア(?:する)?|ツイート|ブックマーク|印刷|閉じる|保存|共有"
    r"|分享(?:到)?|收藏|打印|列印|关闭|關閉|转发|轉發|点赞|공유(?:하기)?|닫기|인쇄|스크랩"
    # A Korean article's tools: its font and zoom, reading it aloud, mailing it (Dong-A).
    r"|폰트|글자크기|글자 크기|확대축소|확대|축소|뉴스듣기|뉴스 듣기|기사보내기|기사 보내기"
    r"|поделиться|поділитися|закрыть|закрити|печать|распечатать|друк"
    r"|مشاركة|شارك|إغلاق|طباعة"
)
_GROUPED_BUTTON_WORD = by_first_letter([_BUTTON_WORD])  # grouped as the words of _OPENING
# What the words open with, in either case (and "ᲁ", which the re module takes for "д" ignoring
# case): a line opening otherwise is turned away without the pattern's call (each line of a
# Russian page is asked). tests/core/clean/test_rules.py checks.
BUTTON_OPENINGS = frozenset("ДЗПРдзпрإشطمᲁこシツブ保共关分列印打收点轉转閉關공닫스인폰글확축뉴기")
_OTHER_SCRIPT_BUTTONS = re.compile(
    rf"(?:{_GROUPED_BUTTON_WORD})(?:[\s|•·,/、]+(?:{_GROUPED_BUTTON_WORD}))*[\s|•·]*$",
    re.IGNORECASE)


# Each rule of is_boilerplate searched for anywhere in a line has one of these in the line
# case-folded (a character without case folds to itself: "…" in a line is "…" in it folded):
# the line is read once for them all (grouped by first letter: a line in Latin letters tries
# fewer of them at each letter), the rules only then. Most lines have none; asking each rule
# in turn took a fifth of is_boilerplate's instructions on a Russian page. A rule added to the
# searched ones needs its hint here: tests/core/clean/test_fast_paths.py checks.
_SEARCHED_HINTS = ("…", "...", "forget", "newsletter", "delivered", "reserv", "réserv",
                   "vorbehalten", *_PAYWALL_HINTS, "javascript:", "[ ", "__", "hier ", "jetzt ",
                   "journalist", "author", "autor", "auteur")
_ANY_SEARCHED_HINT = re.compile(by_first_letter(["|".join(map(re.escape, _SEARCHED_HINTS))]))


def _searched_rule(text: str, folded: str) -> bool:
    """Return True when a rule looked for anywhere in ``text`` (``folded``: case-folded) says
    it is boilerplate: a teaser cut short, a newsletter's prompt, a copyright clause, a
    paywall's notice, a script's link or a form's field."""
    return (_teaser_end(text, folded)
            or _newsletter_prompt(text, folded)
            or _delivered_prompt(text, folded)
            or _copyright_clause(text, folded)
            or _paywall(text, folded)
            # A script's link a text browser prints: "小javascript:void(0)".
            or "javascript:" in text
            or _form_field(text)
            or _call_to_act(text, folded)
            or _FOLLOW_AUTHOR.search(text) is not None)


def _after_symbols(text: str) -> str:
    """Return ``text`` without the pictographs opening it (and their variation selectors and
    the spaces after them)."""
    at = 0
    while at < len(text) and (unicodedata.category(text[at]) in ("So", "Sk", "Mn", "Zs")
                              or text[at] == "\u200d"):
        at += 1
    return text[at:]


# A link back up the page or to the list it was opened from, in a few languages: "Back to
# top ↑", "Back to Main Menu", "Zurück zur Übersicht", "zurück ►"; led by an arrow, any: "«
# Zurück zu den Veranstaltungen", "← Back to all events", "« Vorheriger Artikel", "« Previous
# Next »" (not "« Retour à la normale » pour ...", a quote). Only these without an arrow:
# "Back to Taylor! It's her music ..." is a headline. No full stop after them: "... went" /
# "back to reading." ends a wrapped sentence. A post's neighbour, with its title or alone:
# "Zurück Vorheriger Beitrag: [Update] ...", "Previous post: ...", "Next post →".
_BACK_LINK = re.compile(
    r"^(?:[«‹<←⬅]\s*(?:back|zurück|retour|volver|torna|terug)\b[^.!?»]{0,60}$"
    r"|[«‹<←⬅]\s*(?:previous|prev|older|vorherige[rs]?|précédent|anterior)\b[^.!?»]{0,60}»?$"
    r"|back to (?:the )?(?:top|front ?page|home ?page|main (?:page|menu)|blog|reading)"
    r"[^\w.!?]*$"
    r"|zurück(?: zu[mr]? (?:übersicht|startseite|seitenanfang))?[^\w.!?]*$"
    r"|(?:zurück\s+)?(?:vorheriger|nächster) (?:beitrag|artikel)\s*:"
    r"|(?:previous|next) (?:post|article|story|entry)\s*:"
    r"|(?:[←‹«<]\s*)?(?:previous|next|older|newer) (?:post|article|story|entry|page)"
    r"\s*[→›»>]?$)",
    re.IGNORECASE,
)
_BACK_OPENINGS = frozenset("«‹<←⬅bBzZvVnNpPoO")


def is_back_link(text: str) -> bool:
    """Return True when ``text`` (one line, stripped) is a link back up the page, to the list
    it was opened from or to a post's neighbour (_BACK_LINK)."""
    return text[:1] in _BACK_OPENINGS and bool(_BACK_LINK.match(text))


def is_boilerplate(line: str) -> bool:
    """Return True when a whole line is an ad label, prompt, caption, credit or share bar."""
    text = line.strip()
    if not text:
        return False
    # Prose has more words than a line of boilerplate: told first of a text with as many
    # spaces (a paragraph), not read by the rules below. A line with fewer spaces has more
    # words only with another kind of space or a dense script (more_words_than scans it for
    # them): told last, of the few lines a rule takes (every line of a page is asked).
    many_spaces = text.count(" ") >= MAX_BOILERPLATE_WORDS
    if many_spaces and more_words_than(text, MAX_BOILERPLATE_WORDS):
        return False
    folded = text.casefold()
    first = text[0]
    found = bool(
        # An ad label, prompt, share bar, copyright or caption label.
        (first.isascii() or not first.isalpha() or first in LATIN_BEYOND_ASCII)
        and bool(_OPENING.match(text))
        # The same after a stray full stop: an empty caption's before its credit (". Imagen:
        # Télam", Página/12).
        or first in ".,;" and bool(_OPENING.match(text[1:].lstrip()))
        # The same after an emoji or pictograph ("👉 Read more", "➡️ Follow us on Twitter").
        or unicodedata.category(first) == "So" and bool(_OPENING.match(_after_symbols(text)))
        # (A picture's address has no space: the pattern's "\S+" runs to the line's end.)
        or " " not in text and bool(_PICTURE_ADDRESS.match(text))
        or first == "?" and bool(_QUERY.match(text))
        or first in BUTTON_OPENINGS and bool(_OTHER_SCRIPT_BUTTONS.match(text))
        or is_back_link(text)
        or _more_link(text)
        or len(text) <= RELATED_LINE_CHARS and bool(_RELATED_LINE.match(text))
        or _ANY_SEARCHED_HINT.search(folded) is not None and _searched_rule(text, folded)
        or is_caption(text)
        or first == "[" and _WIKI_EDIT_ALONE.match(text) is not None
        or (first in "FNMS" or "redirects here" in text) and _HATNOTE.match(text) is not None
    )
    return found and (many_spaces or not more_words_than(text, MAX_BOILERPLATE_WORDS))


_WIKI_EDIT_ALONE = re.compile(rf"^{WIKI_EDIT}$", re.IGNORECASE)  # "[edit]" under a heading
# A wiki's note over an article or section pointing to other pages: "For other uses, see
# Marenia (disambiguation).", "\"TSNE\" redirects here. For …, see …", "Main article: …".
_HATNOTE = re.compile(
    r"^(?:For (?:other uses|[^.,\n]{1,80}), see [A-Z\"“][^\n]{0,120}\.$"
    r"|[^\n]{1,80} redirects here\.[^\n]{0,200}$"
    r"|Not to be confused with [^\n]{1,120}\.?$"
    r"|(?:Main articles?|See also|Further information|Further reading): [^\n]{1,160}$)")


# An author box's links: "Suivre ce journaliste sur twitter", "Aller sur la page de ce
# journaliste" (Le Monde), "Follow this author", "Dem Autor folgen". (Alone on their lines:
# "auf Twitter folgen", "eine E-Mail senden", in _PROMPT.)
_FOLLOW_AUTHOR = re.compile(
    r"\b(?:suivre|follow) (?:ce|cette|this|the) (?:journaliste|journalist|author|auteur|autrice"
    r"|reporter|writer)\b|\bla page de (?:ce|cette) (?:journaliste|auteur|autrice)\b"
    r"|\b(?:dem|der) (?:autor|autorin) folgen\b",
    re.IGNORECASE)


# A German button's call: "Neues Inserat hier aufgeben", "JETZT kostenlos PROBEHEFT anfordern!":
# the verb in the infinitive closes it, right after "hier", or anywhere after an opening
# "Jetzt" ("Bayern will jetzt Windräder bestellen" is a headline).
_CALL_TO_ACT = re.compile(
    r"(?:(?:\S+\s+){0,3}hier|jetzt\s+(?:\S+\s+){0,3}?)\s*(?:aufgeben|anfordern|bestellen"
    r"|abonnieren|anmelden|registrieren|herunterladen|eintragen|testen|entdecken)\s*!?$",
    re.IGNORECASE)
CALL_TO_ACT_WORDS = 6


def _call_to_act(text: str, folded: str) -> bool:
    """Return True for a German button's call to act (_CALL_TO_ACT), a few words long."""
    return (("hier " in folded or folded.startswith("jetzt "))
            and not more_words_than(text, CALL_TO_ACT_WORDS) and bool(_CALL_TO_ACT.match(text)))


# A text field of a form as a text browser prints it: "[          ]" (w3m), "________" (lynx).
_FORM_FIELD = re.compile(r"\[[ _]{3,}\]|_{8,}")
FORM_LABEL_WORDS = 4


def _form_field(text: str) -> bool:
    """Return True for a line holding a form's text field and a few words at most (its label
    or button: "[          ] Sign Up", "Search: ________")."""
    if not ("[ " in text or "__" in text) or _FORM_FIELD.search(text) is None:
        return False
    label = _FORM_FIELD.sub(" ", text)
    # Underscores alone are a rule across the page (lynx prints <hr> so), not a field.
    return ((any(c.isalpha() for c in label) or "[ " in text)
            and not more_words_than(label, FORM_LABEL_WORDS))


class BoilerplateLines(dict[str, bool]):
    """``is_boilerplate`` of each line looked up, worked out once: cleaning one page asks it of
    a line as a block of the page and again as a line of the article."""

    def __missing__(self, line: str) -> bool:
        found = self[line] = is_boilerplate(line)
        return found


def _copyright_clause(text: str, folded: str) -> bool:
    """Return True when ``text`` (``folded``: case-folded) says "all rights reserved" (at its
    end) or its French, German or Spanish words."""
    # Each of them has one of these words, and a letter matching one of their letters when
    # case is ignored folds to that letter: a quick look first, the pattern only then.
    return ("reserv" in folded or "réserv" in folded or "vorbehalten" in folded) and bool(
        _COPYRIGHT_CLAUSE.search(text))


def is_credit(line: str) -> bool:
    """Return True for a picture credit on a line of its own: "Photo by Jane Doe", "Getty
    Images", "Jonas Weber/Meridian Wire"."""
    return (_credit_only(line)
            or line[:1] in CREDIT_OPENINGS and bool(_CREDIT_PREFIX.match(line))
            and word_count(line) <= MAX_CREDIT_WORDS)


_CAPTION_TOGGLE = re.compile(r"\)\s+(?:show )?less$", re.IGNORECASE)


_END_CREDIT = re.compile(
    r"[.!?][\"”’']?\s+(?:Picture|Photo|Pic|Source|Image|Foto|Bild|Credit)s?:\s*"
    r"[A-Z][^.!?:\n]{1,40}$")
END_CREDIT_CHARS = 60
END_CREDIT_WORDS = 50
_CREDIT_LABEL = re.compile(r"\b(?:Picture|Photo|Pic|Source|Image|Foto|Bild|Credit)s?:")


def is_caption(line: str) -> bool:
    """Return True for a photo caption ending in a credit, e.g. "... Monday. (J. Weber/Wire)"."""
    if _credit_only(line):
        return True
    # A long caption's toggle after its credit ("... (AP Photo/Jeff Chiu, File)  less": the
    # caption shown whole, its "less" to fold it) is no part of it.
    line = line.rstrip()
    toggle = _CAPTION_TOGGLE.search(line) if line.endswith(("less", "Less")) else None
    if toggle is not None:
        line = line[: toggle.start() + 1]
    # A credit after the caption's last sentence, as News Corp's pages write it ("… for two
    # years. Source: Supplied", "… Picture: Getty Images"): looked for in a line with a colon
    # near its end only.
    # (One credit in it: a paragraph with its pictures run into it has one each.)
    if (":" in line[-END_CREDIT_CHARS:] and _END_CREDIT.search(line, max(
            0, len(line) - END_CREDIT_CHARS)) and len(_CREDIT_LABEL.findall(line)) == 1
            and not more_words_than(line, END_CREDIT_WORDS)):
        return True
    # The credit closes the line with its bracket (spaces after it at most): looked for only
    # in a line ending so (most lines of prose do not).
    credit = _CAPTION_CREDIT.search(line) if line.endswith(")") else None
    if credit is None:
        return False
    # The credit must close the line and follow a complete sentence or a short phrase.
    before = line[: credit.start()].rstrip()
    return not before or before.endswith(SENTENCE_END) or word_count(before) <= 12

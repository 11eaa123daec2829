"""Boilerplate removal: each family of page furniture goes, reporting stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from floorcross.clean import clean_article
from floorcross.clean.boilerplate import drop_reason, is_headline_like, strip_credits
from floorcross.types import RawInput

FIXTURES = Path(__file__).parent / "fixtures" / "clean"


def cleaned_lines(name: str) -> list[str]:
    content = (FIXTURES / name).read_text(encoding="utf-8")
    text = clean_article(RawInput(source_id=name, kind="text", content=content, origin=name)).text
    return [line for line in text.split("\n") if line]


def test_local_news_page():
    assert cleaned_lines("local_page.txt") == [
        "Brackenford councillor quits Conservatives over library closures",
        "Cllr Tom Ingram outside Brackenford Library",
        "A Brackenford councillor has quit the Conservative Party in protest at plans to close"
        " three branch libraries.",
        'Cllr Tom Ingram, who represents Millbrook ward, said: "I cannot subscribe to a plan that'
        ' takes books away from children in the poorest parts of this town."',
        "He said he would sit as an independent for the rest of his term.",
        "He is the first councillor to leave the ruling group since the election.",
        "Residents were urged to sign up to the council's email alerts about the consultation,"
        " which closes on 30 June.",
        'The Conservative group leader said in her newsletter to members that the closures were'
        ' "regrettable but necessary".',
    ]


def test_blog_with_donation_appeal_and_reply_box():
    assert cleaned_lines("appeal_blog.txt") == [
        "Grassroots members walk out of Lowmoor Labour",
        "Four members of Lowmoor Labour's executive have resigned from the party, saying local"
        " members have been ignored for too long.",
        'Branch secretary Ruth Calloway said the decision had been taken "with a heavy heart".',
        '"We have asked for a proper debate on the council\'s housing policy for two years,"'
        " she said.",
    ]


def test_tabloid_teasers_and_agency_credit():
    assert cleaned_lines("tabloid.txt") == [
        "Tory councillor defects to Reform UK in fresh blow for party",
        "A Conservative councillor in Hollins Bay has defected to Reform UK, the latest in a"
        " string of departures.",
        'Cllr Keith Dunmore said he had been "taken for granted" by the party leadership.',
        "Reform UK's regional chairman welcomed him, saying more councillors would follow.",
        "She said the group would meet on Monday to choose a new deputy leader.",
        "Cllr Dunmore was first elected in 2012 and served two terms as mayor of Hollins Bay.",
        "Cllr Keith Dunmore at a Reform UK rally in Hollins Bay",
        "Reform UK now has three councillors on the borough council.",
    ]


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("We use cookies", "cookies"),
        ("This website uses cookies to improve your browsing experience.", "cookies"),
        ("Reject all", "cookies"),
        ("Subscribe to our Newsletter", "newsletter"),
        ("Thank you for your Subscription", "newsletter"),
        ("Get our weekly politics newsletter", "newsletter"),
        ("We'd love to keep you posted on every story we run 🗞", "newsletter"),
        ("We don't spam!", "newsletter"),
        ("The best stories, delivered straight to your inbox every morning", "newsletter"),
        ("You can unsubscribe at any time.", "newsletter"),
        ("Sign up", "newsletter"),
        ("Donate today", "donation"),
        ("Support Valley Voice", "donation"),
        ("Please help us keep our journalism free", "donation"),
        ("Thanks for supporting independent media", "donation"),
        ("Just click the donate button below", "donation"),
        ("Chip in what you can to keep us going", "donation"),
        ("Comments: Our rules", "comments"),
        ("Use the flag to report a comment you think is abusive.", "comments"),
        ("Read our house rules belowComments are now closed for this story", "comments"),
        ("Leave a Reply", "comments"),
        ("Leave a comment", "comments"),
        ("Have your say", "comments"),
        ("View 48 comments", "comments"),
        ("Share this article", "share"),
        ("Share on Facebook", "share"),
        ("Follow us on X and Instagram", "share"),
        ("WhatsApp", "share"),
        ("Copy link", "share"),
        ("Picture: Getty Images", "photo-credit"),
        ("Photo by Jo Reid", "photo-credit"),
        ("PA", "photo-credit"),
        ("PA Wire", "photo-credit"),
        ("Getty Images", "photo-credit"),
        ("Owen Humphreys/PA Wire", "photo-credit"),
        ("Related articles:", "related-list"),
        ("Read more", "related-list"),
        ("READ MORE", "related-list"),
        ("You may also like", "related-list"),
        ("Don't Miss", "related-list"),
        ("Most Read", "related-list"),
        ("Most popular", "related-list"),
        ("Trending on Coastline News", "related-list"),
        ("LATEST DEVELOPMENTS:", "related-list"),
        ("More stories", "related-list"),
        ("Read more: Council tax to rise again", "teaser"),
        ("READ MORE: Town hall row deepens", "teaser"),
        ("Read more on the housing crisis", "teaser"),
        ("WATCH: Leader grilled over budget", "teaser"),
        ("Original post", "teaser"),
        ("This article was originally published by the Ridgeway Post.", "teaser"),
        ("Advertisement", "furniture"),
        ("Story continues below advertisement", "furniture"),
        ("© 2024 Valley Voice Ltd", "furniture"),
        ("Skip to content", "furniture"),
        ("4 min read", "furniture"),
    ],
)
def test_boilerplate_line_families(line, family):
    assert drop_reason(line) == family


@pytest.mark.parametrize(
    "line",
    [
        '"I will not subscribe to a politics of division," she said.',
        "Cllr Reid said he did not subscribe to the view that the party had changed.",
        "The council's website uses cookies, a spokesman said, but no data was lost.",
        "The Labour group leader wrote in her newsletter that the budget was fair.",
        "He told the meeting he would donate his allowance to a food bank.",
        "Residents were urged to sign up to the council's email alerts.",
        "Comments made by the councillor at a meeting in March were reported to the standards"
        " committee.",
        "The party declined to comment.",
        "More than 200 people attended the meeting in Eastfield.",
        "Share prices in the company fell after the announcement.",
        "She was pictured at a rally in Leeds last week.",
        "Latest figures show turnout fell to 24 per cent.",
        "Watch this space, the councillor told reporters.",
        "The PA announcer called the result just after 3am.",
        "Cllr Tom Ingram outside Brackenford Library",
    ],
)
def test_reporting_lines_are_kept(line):
    assert drop_reason(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thousands marched in Leeds (Picture: Jo Reid)", "Thousands marched in Leeds"),
        ("Cllr Ward at the town hall [Image: PA]", "Cllr Ward at the town hall"),
        ("Cllr Ward at the town hall Photograph: Sam Whitby/PA", "Cllr Ward at the town hall"),
        ("Cllr Ward (pictured) spoke first.", "Cllr Ward (pictured) spoke first."),
        ("(Picture: Jo Reid)", ""),
    ],
)
def test_photo_credits_are_cut_from_captions(line, expected):
    assert strip_credits(line) == expected


def test_credit_only_line_is_dropped():
    text = "Cllr Ward quit.\n(Picture: Jo Reid)\nShe will sit as an independent."
    raw = RawInput(source_id="c", kind="text", content=text, origin="c")
    assert clean_article(raw).text == "Cllr Ward quit.\nShe will sit as an independent."


def test_related_list_ends_at_running_prose():
    text = (
        "Cllr Ada Moss has resigned.\n"
        "Related articles:\n"
        "Council budget vote delayed\n"
        "Ferry service cut again\n"
        "She said she had been left with no choice.\n"
        "Labour holds 30 seats."
    )
    raw = RawInput(source_id="r", kind="text", content=text, origin="r")
    assert clean_article(raw).text == (
        "Cllr Ada Moss has resigned.\nShe said she had been left with no choice.\n"
        "Labour holds 30 seats."
    )


def test_list_heading_does_not_swallow_a_long_paragraph():
    paragraph = (
        "The report named three councillors. None of them has commented, and the party"
        " has not said whether it will open an investigation into the claims."
    )
    text = f"Read more\n\n{paragraph}"
    raw = RawInput(source_id="p", kind="text", content=text, origin="p")
    assert clean_article(raw).text == paragraph


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Council budget vote delayed", True),
        ("Len Farrow warns party: members will walk if cuts go ahead", True),
        ("He said the vote would go ahead.", False),
        ("But the council has not yet decided.", False),
        ('"We are leaving," said the group leader', False),
        ("The vote was lost. Councillors then left the chamber.", False),
    ],
)
def test_headline_like(line, headline):
    assert is_headline_like(line) is headline


def test_donation_appeal_block_stops_at_reporting():
    text = (
        "Cllr Ian Holt has quit the Conservatives.\n"
        "Support Ridge Voice\n"
        "We rely on readers like you to keep going.\n"
        '"I had no choice," Cllr Holt said.'
    )
    raw = RawInput(source_id="d", kind="text", content=text, origin="d")
    assert clean_article(raw).text == (
        'Cllr Ian Holt has quit the Conservatives.\n"I had no choice," Cllr Holt said.'
    )


def test_comment_block_takes_only_lines_about_commenting():
    text = (
        "Cllr Una Pike joined the Greens.\n"
        "Comments\n"
        "Our community guidelines ask every commenter to be respectful.\n"
        "Cllr Pike will speak at the next full council meeting."
    )
    raw = RawInput(source_id="k", kind="text", content=text, origin="k")
    assert clean_article(raw).text == (
        "Cllr Una Pike joined the Greens.\nCllr Pike will speak at the next full council meeting."
    )

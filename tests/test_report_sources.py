"""Reports: each source's address and its correction notices, in every rendering."""

from __future__ import annotations

import subprocess
import sys

import reconcile

FIRST = (
    "Dam gates opened\n\n"
    "Engineers opened two gates of the river dam on Thursday, the water board said.\n\n"
    "Correction: An earlier version of this story said three gates were opened.\n"
)
SECOND = "Two gates of the river dam were opened on Thursday, officials said."
ADDRESS = "https://news.example.org/dam-gates?id=7"


def report() -> reconcile.Report:
    return reconcile.compare(
        [
            {"text": FIRST, "id": "paper", "outlet": "River Paper", "url": ADDRESS},
            {"text": SECOND, "id": "wire"},
        ]
    )


def test_the_text_report_shows_each_address_and_notice() -> None:
    text = report().to_text()
    sources = " ".join(text.split("\n\n")[1].split())  # wrapped lines joined
    assert ADDRESS in sources
    assert "correction notice, not read for claims" in sources
    assert "said three gates were opened" in sources


def test_the_markdown_report_links_each_address_and_lists_notices() -> None:
    markdown = report().to_markdown()
    assert "| id | outlet | published | place | link | read |" in markdown
    assert f"<{ADDRESS}>" in markdown
    assert "| `wire` | — | — | — | — |" in markdown  # a source without one
    assert "- `paper`: Correction: An earlier version" in markdown


def test_the_markdown_report_has_no_link_column_without_addresses() -> None:
    plain = reconcile.compare([FIRST, SECOND]).to_markdown()
    assert "| id | outlet | published | place | read |" in plain


def test_an_address_that_is_no_link_is_shown_as_code() -> None:
    odd = reconcile.compare([{"text": SECOND, "id": "w", "url": "saved copy <dam>.html"}])
    assert "`saved copy <dam>.html`" in odd.to_markdown()


def test_the_html_report_names_notices_in_the_source_head() -> None:
    page = report().to_html()
    assert '<p class="rc-notice"><span>correction notice, not read for claims</span>' in page
    assert ADDRESS in page


def test_notices_survive_the_json_round_trip() -> None:
    again = reconcile.Report.from_json(report().to_json())
    assert "said three gates were opened" in " ".join(again.to_text().split())


def test_carriage_returns_are_kept_but_hidden_in_the_html_source_text() -> None:
    crlf = FIRST.replace("\n", "\r\n")
    page = reconcile.compare([crlf, SECOND]).to_html()
    body = page.split('<div class="rc-text">', 1)[1]
    assert "&#13;" in body
    assert body.count("&#13;") == body.count('<span class="rc-cr">&#13;</span>')
    assert ".rc-cr{display:none}" in page


def test_report_select_works_after_a_plain_import() -> None:
    code = (
        "import reconcile\n"
        "r = reconcile.compare(['Police said 4 people died.', 'Police said 5 people died.'])\n"
        "print(len(reconcile.report.select(r, ['conflict']).facts))\n"
    )
    done = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"

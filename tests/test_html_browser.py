"""The seeds' HTML report in headless Chromium: no script error, no request, marks that hold
exactly their claims' words, conflicts first, and filters that work.

Skipped when Chromium is not installed; ``.ci/run`` installs it (Debian's ``chromium``).
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import reconcile
from reconcile import Report

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")

# Injected into <head> before the report's own script runs: it records script errors,
# console errors and blocked fetches, then, once the page is built, reads the DOM and
# exercises the filters, leaving what it found as JSON in an attribute of <html>.
PROBE = """<script>
(function () {
  var problems = [];
  function note(what) {
    problems.push(String(what));
    document.documentElement.setAttribute("data-problems", JSON.stringify(problems));
  }
  window.addEventListener("error", function (e) { note("error: " + e.message); });
  window.addEventListener("unhandledrejection", function (e) { note("rejection: " + e.reason); });
  document.addEventListener("securitypolicyviolation", function (e) {
    note("blocked: " + e.blockedURI + " by " + e.violatedDirective);
  });
  var error = console.error;
  console.error = function () {
    note("console: " + Array.prototype.join.call(arguments, " "));
    error.apply(console, arguments);
  };
  document.addEventListener("DOMContentLoaded", function () {
    var root = document.querySelector(".rc");
    var marks = {};
    root.querySelectorAll("mark[data-claim]").forEach(function (mark) {
      var box = mark.closest(".rc-fact, .rc-source");
      if (!box) { return; }
      var key = box.id + "|" + mark.getAttribute("data-claim");
      marks[key] = (marks[key] || "") + mark.textContent;
    });
    function visible() {
      return Array.prototype.filter.call(root.querySelectorAll(".rc-fact"), function (f) {
        return !f.hidden && f.offsetParent !== null;
      }).map(function (f) { return f.getAttribute("data-verdict"); });
    }
    function toggle(kind, value) {
      var box = root.querySelector('input[data-filter="' + kind + '"][value="' + value + '"]');
      box.click();
    }
    var order = Array.prototype.map.call(root.querySelectorAll(".rc-fact"), function (f) {
      return f.getAttribute("data-verdict");
    });
    var filters = root.querySelector(".rc-filters");
    var result = {
      marks: marks,
      order: order,
      filtersShown: !filters.hidden,
      allVisible: visible().length
    };
    toggle("verdict", "agree");
    toggle("verdict", "single");
    result.conflictsOnly = visible();
    result.shownText = root.querySelector(".rc-shown").textContent;
    toggle("verdict", "agree");
    toggle("verdict", "single");
    var first = root.querySelector('input[data-filter="source"]');
    first.click();
    result.withoutFirstSource = visible().length;
    result.sourcesShown = Array.prototype.filter.call(
      root.querySelectorAll(".rc-source"), function (s) { return !s.hidden; }).length;
    first.click();
    result.restored = visible().length;
    document.documentElement.setAttribute("data-probe", JSON.stringify(result));
  });
})();
</script>"""


# The source text as drawn (innerText leaves out what the style sheet hides).
SHOWN_TEXT = """<script>
document.addEventListener("DOMContentLoaded", function () {
  var text = document.querySelector(".rc-source .rc-text").innerText;
  document.documentElement.setAttribute("data-shown", JSON.stringify(text));
});
</script>"""


def chromium(page: Path, tmp_path: Path, *extra: str) -> str:
    """Load a page in headless Chromium, offline, and return the DOM it ends with."""
    assert CHROMIUM is not None
    done = subprocess.run(  # noqa: S603 - the installed browser, fixed arguments
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            *extra,
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def attribute(dom: str, name: str) -> object:
    found = re.search(rf'<html[^>]*\s{name}="([^"]*)"', dom)
    return None if found is None else json.loads(html.unescape(found.group(1)))


@pytest.fixture(scope="module")
def seeds_report() -> Report:
    return reconcile.compare(sorted((ROOT / "seeds").glob("*.txt")))


@pytest.fixture(scope="module")
def rendered(seeds_report: Report, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The seeds' report, probed in Chromium, with the page requests Chromium logged."""
    folder = tmp_path_factory.mktemp("browser")
    page = folder / "seeds.html"
    markup = seeds_report.to_html()
    page.write_text(markup.replace("</head>", PROBE + "</head>", 1), encoding="utf-8")
    net_log = folder / "net.json"
    dom = chromium(page, folder, f"--log-net-log={net_log}")
    return {"dom": dom, "net": json.loads(net_log.read_text(encoding="utf-8"))}


def test_the_page_has_no_script_error_console_error_or_blocked_fetch(rendered):
    """Nothing goes wrong while the page loads and its filters are used."""
    dom = str(rendered["dom"])
    assert attribute(dom, "data-problems") is None
    assert attribute(dom, "data-probe") is not None, "the probe did not run"


def page_requests(net: dict[str, object]) -> list[str]:
    """The URLs a page asked for in a Chromium net log; the browser's own requests have no
    origin as their initiator."""
    kinds = {v: k for k, v in net["constants"]["logEventTypes"].items()}  # type: ignore[attr-defined]
    return [
        event["params"]["url"]
        for event in net["events"]  # type: ignore[attr-defined]
        if kinds[event["type"]] == "URL_REQUEST_START_JOB"
        and "url" in event.get("params", {})
        and event["params"].get("initiator") != "not an origin"
    ]


def test_the_page_makes_no_network_request(rendered):
    """Chromium's network log holds no request made by the page (only the browser's own)."""
    assert page_requests(rendered["net"]) == []  # type: ignore[arg-type]


def test_the_network_check_would_see_a_request(tmp_path: Path):
    """A control page that loads an image from the web does show up in the log, so the check
    above can fail."""
    page = tmp_path / "control.html"
    page.write_text('<!DOCTYPE html><img src="http://example.invalid/x.png">', encoding="utf-8")
    net_log = tmp_path / "net.json"
    chromium(page, tmp_path, f"--log-net-log={net_log}")
    net = json.loads(net_log.read_text(encoding="utf-8"))
    assert page_requests(net) == ["http://example.invalid/x.png"]


def test_each_highlight_holds_exactly_its_claims_words(rendered, seeds_report: Report):
    """In the facts and in the source texts, each mark's text is its claim's text."""
    probe = attribute(str(rendered["dom"]), "data-probe")
    assert isinstance(probe, dict)
    expected = {f"{f.id}:{n}": c.text for f in seeds_report.facts for n, c in enumerate(f.claims)}
    marks: dict[str, str] = probe["marks"]
    assert marks
    for key, text in marks.items():
        _box, claim = key.split("|")
        assert text == expected[claim], key
    for place in ("fact-", "src-"):
        assert {k.split("|")[1] for k in marks if k.startswith(place)} == set(expected)


def test_conflicts_come_first(rendered, seeds_report: Report):
    """The DOM lists the facts conflicts first, then agreements, then single-source."""
    probe = attribute(str(rendered["dom"]), "data-probe")
    assert isinstance(probe, dict)
    order = probe["order"]
    assert len(order) == len(seeds_report.facts)
    assert order == sorted(order, key=["conflict", "agree", "single"].index)
    assert order[0] == "conflict"


def test_the_filters_show_and_work(rendered, seeds_report: Report):
    """With JavaScript the filters appear; each verdict and source box hides what it should."""
    probe = attribute(str(rendered["dom"]), "data-probe")
    assert isinstance(probe, dict)
    total = len(seeds_report.facts)
    assert probe["filtersShown"] is True
    assert probe["allVisible"] == total
    assert probe["conflictsOnly"] == ["conflict"] * len(seeds_report.conflicts)
    assert probe["shownText"] == f"showing {len(seeds_report.conflicts)} of {total} facts"
    first = seeds_report.sources[0].id
    others = [f for f in seeds_report.facts if set(f.sources) != {first}]
    assert probe["withoutFirstSource"] == len(others)
    assert probe["sourcesShown"] == len(seeds_report.sources) - 1
    assert probe["restored"] == total


LAYOUT_PROBE = """<script>
document.addEventListener("DOMContentLoaded", function () {
  function shown(selector) {
    return Array.prototype.filter.call(document.querySelectorAll(selector), function (e) {
      return e.offsetParent !== null;
    }).length;
  }
  document.documentElement.setAttribute("data-layout", JSON.stringify({
    facts: shown(".rc-fact"), sources: shown(".rc-source"), filters: shown(".rc-filters")
  }));
});
</script>"""


def test_without_its_script_the_page_shows_everything(seeds_report: Report, tmp_path: Path):
    """Without the report's script, every fact and source is laid out and the filters, which
    need the script, are not."""
    markup = seeds_report.to_html()
    own_script = re.compile(r"<script>.*?</script>", re.DOTALL)
    assert len(own_script.findall(markup)) == 1
    page = tmp_path / "seeds.html"
    page.write_text(
        own_script.sub("", markup).replace("</head>", LAYOUT_PROBE + "</head>", 1),
        encoding="utf-8",
    )
    layout = attribute(chromium(page, tmp_path), "data-layout")
    assert layout == {
        "facts": len(seeds_report.facts),
        "sources": len(seeds_report.sources),
        "filters": 0,
    }


def test_marks_stay_exact_for_windows_line_endings_and_markup(tmp_path: Path):
    """A source with CRLF line breaks, tabs and markup inside a claim: the DOM still holds the
    claim's exact characters (a literal CR would be read as LF)."""
    text = "Police said four\r\npeople <b>were</b> hurt.\r\n\tSix\tpeople died &amp; more."
    source = reconcile.Source("crlf", text, sentences=[reconcile.Span("crlf", 0, len(text))])

    def claim(words: str) -> reconcile.Claim:
        start = text.index(words)
        return reconcile.Claim(
            span=source.span(start, start + len(words)),
            text=words,
            value=reconcile.Quantity.exact(1),
            sentence=source.sentences[0],
        )

    facts = [
        reconcile.Fact("f1", [claim("four\r\npeople <b>were</b>")], reconcile.Verdict("single")),
        reconcile.Fact("f2", [claim("\tSix\tpeople died &amp;")], reconcile.Verdict("single")),
    ]
    report = Report([source], facts)
    page = tmp_path / "crlf.html"
    page.write_text(
        report.to_html().replace("</head>", PROBE + SHOWN_TEXT + "</head>", 1), encoding="utf-8"
    )
    dom = chromium(page, tmp_path)
    assert attribute(dom, "data-problems") is None
    shown = attribute(dom, "data-shown")  # what the reader sees: no return drawn as a space
    assert shown == text.replace("\r", "")
    probe = attribute(dom, "data-probe")
    assert isinstance(probe, dict)
    marks = {key.split("|")[1] for key in probe["marks"]}
    assert marks == {"f1:0", "f2:0"}
    for key, words in probe["marks"].items():
        fact = report.fact(key.split("|")[1].split(":")[0])
        assert words == fact.claims[0].text, key

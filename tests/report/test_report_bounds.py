"""A template cannot make pa run or grow without bound: a render is limited in time and memory."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

import pytest

PEIL = ("--peildatum", "2023-04-01")


def _own(tmp_path, name: str, body: str) -> None:
    own = tmp_path / "templates"
    own.mkdir(exist_ok=True)
    (own / name).write_text('{% extends "base.md.j2" %}{% set kop = "x" %}\n'
                            "{% block inhoud %}\n" + body + "\n{% endblock %}\n", encoding="utf-8")


@pytest.mark.parametrize("body", [
    "{{ acties.nee }}",  # an ordinary mistake
    "{{ cycler.__init__ }}",  # refused by the sandbox
])
def test_a_failing_template_is_rendered_once(run, ws, tmp_path, monkeypatch, body):
    """A werkgroep template that fails is reported at once, not filled in a second time from
    the sources (which only a compiled built-in template needs, to name its line)."""
    from pa_cli.report import render

    made = []
    environment = render.environment

    def counted(*args, **kwargs):
        made.append(kwargs)
        return environment(*args, **kwargs)

    monkeypatch.setattr(render, "environment", counted)
    _own(tmp_path, "handout.md.j2", body)
    r = run("report", "handout", *PEIL)
    assert r.code == 1
    assert r.err.startswith("pa: sjabloonfout in templates/handout.md.j2, regel 3: "), r.err
    assert made == [{}]


# Time and memory bombs: each would run for minutes or take gigabytes without the bounds
# (checked with a timeout and a memory limit on the code before them). Each is the block body
# of an own template; each must end with exit 1 and a Dutch message naming the template.
BOMBS = {
    "geneste loops": "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}"
                     "{% endfor %}",
    "geneste loops over de acties": "{% for a in acties %}{% for b in acties %}"
                                    "{% for c in acties %}{% for d in acties %}"
                                    "{% for e in acties %}.{% endfor %}{% endfor %}{% endfor %}"
                                    "{% endfor %}{% endfor %}",
    "loop.cycle": "{% for i in range(100000) %}{% for j in range(100000) %}"
                  "{{ loop.cycle('a', 'b') }}{% endfor %}{% endfor %}",
    "recursieve macro": "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}"
                        "{% endmacro %}{{ f(60) }}",
    "recursieve loop": "{% for x in range(100) recursive %}{% if loop.depth < 8 %}"
                       "{{ loop(range(100)) }}{% endif %}{% endfor %}",
    "grote range als lijst": "{% for i in range(100000) %}{{ range(100000)|list|length }}"
                             "{% endfor %}",
    "sorteren van een grote lijst": "{% for i in range(100000) %}"
                                    "{{ (range(100000)|reverse|list|sort)[0] }}{% endfor %}",
    "tekst verdubbelen in een namespace": "{% set ns = namespace(s='x') %}{% for i in range(64) %}"
                                          "{% set ns.s = ns.s ~ ns.s %}{% endfor %}"
                                          "{{ ns.s|length }}",
    "tekst verdubbelen met +": "{% set ns = namespace(s='x') %}{% for i in range(64) %}"
                               "{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s|length }}",
    "lijst verdubbelen": "{% set ns = namespace(l=[1]) %}{% for i in range(64) %}"
                         "{% set ns.l = ns.l + ns.l %}{% endfor %}{{ ns.l|length }}",
    "dict laten groeien": "{% set ns = namespace(d={}) %}{% for i in range(100000) %}"
                          "{% set ns.d = dict(ns.d, **{i|string: 'x' * 100000}) %}{% endfor %}"
                          "{{ ns.d|length }}",
    "center": "{{ 'x'|center(10 ** 9) }}",
    "str.center": "{{ 'x'.center(10 ** 9) }}",
    "str.ljust": "{{ 'x'.ljust(10 ** 9) }}",
    "str.zfill": "{{ '1'.zfill(10 ** 9) }}",
    "indent": "{{ ('x\\n' * 1000)|indent(10 ** 6) }}",
    "wordwrap": "{{ ('x ' * 50000)|wordwrap(1, wrapstring='y' * 100000) }}",
    "format met grote breedte": "{{ '%999999999s'|format(1) }}",
    "% met grote breedte": "{{ '%999999999s' % 1 }}",
    "% met grote precisie": "{{ '%.999999999f' % 1.0 }}",
    "str.format met grote breedte": "{{ '{:>999999999}'.format(1) }}",
    "str.format met breedte uit een veld": "{{ '{:>{w}}'.format(1, w=999999999) }}",
    "join met een lang scheidingsteken": "{{ range(100000)|join('x' * 100000) }}",
    "str.join": "{{ ('x' * 100000).join(range(100000)|map('string')) }}",
    "replace": "{{ ('x' * 100000)|replace('', 'y' * 100000) }}",
    "str.replace": "{{ ('x' * 100000).replace('x', 'y' * 100000) }}",
    "batch": "{{ [1]|batch(10 ** 9, 0)|list|length }}",
    "slice": "{{ [1]|slice(10 ** 9)|list|length }}",
    "lijst als tekst": "{{ (['x' * 100000] * 100000)|string|length }}",
    "lijst afdrukken": "{{ ['x' * 100000] * 100000 }}",
    "lijst aan tekst plakken": "{{ (['x' * 100000] * 100000) ~ '' }}",
    "som van lijsten": "{{ ([range(100000)|list] * 100000)|sum(start=[])|length }}",
    "lipsum": "{{ lipsum(10 ** 6)|length }}",
    "uitvoer in een set-blok": "{% set x %}{% for i in range(100000) %}{{ 'x' * 100000 }}"
                               "{% endfor %}{% endset %}{{ x|length }}",
    "uitvoer van een macro": "{% macro m() %}{% for i in range(100000) %}{{ 'x' * 100000 }}"
                             "{% endfor %}{% endmacro %}{{ m()|length }}",
    "lange uitvoer": "{% for i in range(100000) %}{{ 'x' * 100000 }}{% endfor %}",
}
SECONDS = 20  # a bomb ends well within this (the bounds stop each in about a second)
MEMORY = 1 << 30  # nor does pa take this much memory (maxrss); the bombs would take far more


# pa in a child process, with a safety net far above what the bounds allow (3 GB of address
# space), that writes its peak memory (maxrss, in kB on Linux) as the last line of stderr
_CHILD = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
from pa_cli.cli.main import main
try:
    main(sys.argv[1:])
finally:
    sys.stderr.write("\\n%d\\n" % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


@pytest.mark.parametrize("body", list(BOMBS.values()), ids=list(BOMBS))
def test_a_bomb_in_a_template_ends_soon_with_a_dutch_message(ws, tmp_path, body):
    """Each bomb ends within seconds with exit 1 and a Dutch message naming the template, and
    the pa process stays below a gigabyte."""
    _own(tmp_path, "eigen.md.j2", body)
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("PA_DATA", None)
    start = time.monotonic()
    r = subprocess.run([sys.executable, "-c", _CHILD, "report", "eigen", "--templates",
                        "templates", *PEIL], cwd=tmp_path, env=env, capture_output=True,
                       text=True, timeout=3 * SECONDS, check=False)
    seconds = time.monotonic() - start
    err, _, maxrss = r.stderr.rstrip("\n").rpartition("\n")
    assert (r.returncode, r.stdout) == (1, ""), err[-2000:]
    assert re.fullmatch(r"pa: sjabloonfout in templates/eigen\.md\.j2(, regel 3)?: het sjabloon "
                        r"probeert [^\n]+\(zie 'Veiligheid' in de handleiding, "
                        r"docs/veiligheid\.md\)", err.strip()), err
    assert seconds < SECONDS
    assert int(maxrss) * 1024 < MEMORY


# Runs for about 8 seconds within the step budget (attribute reads are not counted).
SLOW = ("{% for i in range(100000) %}{% for j in range(20) %}"
        "{{ acties[0].nr < acties[1].nr < acties[2].nr }}{% endfor %}{% endfor %}")


# In the full suite the first alarm may land in hypothesis's gc callback, which drops it; pa
# keeps it off the screen, and the next alarm stops the render (the tests below show both).
def test_a_render_is_stopped_after_its_time(run, ws, tmp_path, monkeypatch):
    """The wall-clock limit holds for what no count catches (here: attribute reads, within the
    step budget). It is 30 seconds; two here, for the test's sake."""
    from pa_cli.report import bounds

    monkeypatch.setattr(bounds, "MAX_SECONDS", 2)
    _own(tmp_path, "eigen.md.j2", SLOW)
    start = time.monotonic()
    r = run("report", "eigen", "--templates", "templates", *PEIL)
    assert time.monotonic() - start < 10
    assert (r.code, r.out) == (1, "")
    assert r.err.startswith("pa: sjabloonfout in templates/eigen.md.j2, regel 3: het sjabloon "
                            "probeert langer dan 2 seconden te rekenen. "), r.err


def test_a_repeated_alarm_does_not_hide_the_line_of_the_first(run, ws, tmp_path, monkeypatch):
    """The alarm repeats (for one that is dropped); a repeat that comes while the first
    alarm's error is on its way out of Jinja must not replace it by one without the template's
    line, nor be dropped and printed. On a loaded machine a repeat can come late; here it comes
    every 0.2 ms, so it comes."""
    from pa_cli.report import bounds

    monkeypatch.setattr(bounds, "MAX_SECONDS", 2)
    monkeypatch.setattr(bounds, "ALARM_REPEAT", 0.0002)
    _own(tmp_path, "eigen.md.j2", SLOW)
    for _ in range(2):
        r = run("report", "eigen", "--templates", "templates", *PEIL)
        assert (r.code, r.out) == (1, "")
        assert r.err == ("pa: sjabloonfout in templates/eigen.md.j2, regel 3: het sjabloon "
                         "probeert langer dan 2 seconden te rekenen. Een sjabloon rekent begrensd "
                         "(zie 'Veiligheid' in de handleiding, docs/veiligheid.md)\n")


class _Dropped:
    """An object whose __del__ fails with the alarm's error, as one that an alarm interrupts."""

    def __del__(self) -> None:
        from pa_cli.report import bounds

        raise bounds.LimitError("langer dan 100 seconden te rekenen")


def test_an_alarm_outside_the_template_comes_again_soon(monkeypatch, capfd):
    """The alarm's rules. One that finds pa's own code running (its join of the template's
    output, a template being loaded) comes again 10 ms later, so that the error can name the
    line the template was at, but not more than MAX_DEFERRED times; one in the template's code
    stops the render at once. While an error is on its way out, a repeat stays quiet; one that
    was dropped (in a gc callback or a __del__) is not printed, and the next alarm stops the
    render."""
    import signal

    from pa_cli.report import bounds

    monkeypatch.setattr(bounds, "MAX_SECONDS", 100)
    in_template = eval(compile("sys._getframe()", "templates/eigen.md.j2", "eval"), {"sys": sys})
    outside = sys._getframe()
    stop = pytest.raises(bounds.LimitError, match="^langer dan 100 seconden te rekenen$")
    with bounds.limited():
        alarm = signal.getsignal(signal.SIGALRM)
        assert callable(alarm)
        with stop:
            alarm(signal.SIGALRM, in_template)
    with bounds.limited():
        alarm = signal.getsignal(signal.SIGALRM)
        assert callable(alarm)
        for _ in range(bounds.MAX_DEFERRED):
            alarm(signal.SIGALRM, outside)
            assert 0 < signal.getitimer(signal.ITIMER_REAL)[0] <= bounds.DEFER_SECONDS
        with stop:
            alarm(signal.SIGALRM, outside)
        alarm(signal.SIGALRM, in_template)  # the last one is on its way out
        _Dropped()
        with stop:
            alarm(signal.SIGALRM, in_template)
        _Dropped()
        try:
            raise bounds.LimitError("eerder")
        except bounds.LimitError:
            alarm(signal.SIGALRM, in_template)  # on its way out
    assert capfd.readouterr() == ("", "")


def test_the_time_limit_holds_when_its_first_alarm_is_swallowed(monkeypatch):
    """An exception raised while Python runs a gc callback or a __del__ is dropped ("Exception
    ignored in"); a render whose first alarm lands there is stopped by the next one, soon after,
    instead of running on unbounded (seen in the full suite, where hypothesis has a gc callback)."""
    from pa_cli.report import bounds

    monkeypatch.setattr(bounds, "MAX_SECONDS", 0.2)
    swallowed = []
    start = time.monotonic()
    with pytest.raises(bounds.LimitError):
        with bounds.limited():
            while time.monotonic() - start < 5:
                try:  # stands for the callback that drops the exception
                    while time.monotonic() - start < 5:
                        pass
                except bounds.LimitError:
                    if swallowed:
                        raise
                    swallowed.append(time.monotonic() - start)
    assert len(swallowed) == 1  # and the second alarm stopped it: without, the loop ends at 5 s


def test_a_render_is_stopped_at_its_memory_limit(run, ws, tmp_path, monkeypatch):
    """The memory limit holds for what no check catches (here: texts within the bound, but
    more of them than the memory allows). It is 1 GB; 64 MB here, for the test's sake."""
    from pa_cli.report import bounds

    monkeypatch.setattr(bounds, "MAX_MEMORY", 64 << 20)
    _own(tmp_path, "eigen.md.j2", "{% set a = 'x' * 40000000 %}{% set b = 'y' * 40000000 %}"
                                  "{{ (a ~ b)|length }}")
    r = run("report", "eigen", "--templates", "templates", *PEIL)
    assert (r.code, r.out) == (1, "")
    assert r.err.startswith("pa: sjabloonfout in templates/eigen.md.j2, regel 3: het sjabloon "
                            "probeert meer dan 64 MB geheugen te gebruiken. "), r.err


def test_a_render_leaves_no_limit_behind(run, ws):
    """After a report, the process has its own memory limit, alarm handler, timer and hook for
    dropped errors again (Chromium, for a PDF, starts after the render and must not inherit the
    render's limit)."""
    import resource
    import signal

    before = (resource.getrlimit(resource.RLIMIT_AS), signal.getsignal(signal.SIGALRM),
              signal.getitimer(signal.ITIMER_REAL), sys.unraisablehook)
    assert run("report", "handout", *PEIL).code == 0
    assert run("report", "stoplicht", "--format", "html", *PEIL).code == 0
    assert (resource.getrlimit(resource.RLIMIT_AS), signal.getsignal(signal.SIGALRM),
            signal.getitimer(signal.ITIMER_REAL), sys.unraisablehook) == before

"""What a report template may compute: the bounds, and the checks the sandbox makes with them.

A template is untrusted (see sandbox.py), so what it computes is bounded. The sandbox checks
a value before it is made where its size can be known beforehand (`'x' * 10**9`,
`'x'|center(10**9)`, `'%999999999s' % 1`, `'{:>999999999}'.format(1)`) and after otherwise;
it counts steps (each round of a loop, each call, each item or hundred characters a filter or
operator handles) against one budget per render. `limited()` puts a hard bound around
a whole render: a wall-clock limit (SIGALRM, where there is one) and a memory limit (RLIMIT_AS,
on Linux). Those hold whatever the template does, also where no check above applies.

The numbers were measured: the largest agenda the size limit admits (about 20,000 rows) makes
built-in reports of at most 7.5 million characters and 620,000 steps, rendered in at most 4
seconds on a loaded machine (41,000 macro calls); each bound leaves a margin of about five
times above that. A bomb that meets a bound ends in about a second (tests/test_report_bounds.py).
"""

from __future__ import annotations

import re
import sys
import time
from contextlib import contextmanager
from string import Formatter
from typing import Any, Callable, Iterator

from jinja2.sandbox import MAX_RANGE, SecurityError

__all__ = ["LimitError", "limited", "MAX_POWER", "MAX_CHARS", "MAX_ITEMS", "MAX_STEPS",
           "MAX_SECONDS", "MAX_MEMORY"]

MAX_POWER = 64  # largest exponent; no report needs more
MAX_CHARS = 50_000_000  # longest string a template makes, and the longest report
MAX_ITEMS = 1_000_000  # most items in a list, tuple or dict a template makes
MAX_BITS = 100_000  # largest whole number a template makes (about 30,000 digits)
MAX_STEPS = 3_000_000  # loop rounds, calls, items handled by filters and operators
CHARS_A_STEP = 100  # handling text costs a step per this many characters
MD_CHARS_A_STEP = 10  # pa's Markdown escaping (render.md) is slower: a step per this many
CALL_STEPS = 10  # a call (mostly of a macro) costs this many steps
MAX_SECONDS = 30  # wall-clock time of one render
ALARM_REPEAT = 0.5  # seconds between the alarms after the first, should one be swallowed
DEFER_SECONDS = 0.01  # an alarm outside the template's code comes again after this long,
MAX_DEFERRED = 20  # at most this many times (then it stops the render where it is)
SETTLE_SECONDS = 1.0  # no alarm stops a render this soon after the last, unless it was dropped
MAX_MEMORY = 1 << 30  # bytes of address space a render may add (Linux)


class LimitError(SecurityError):
    """A template went past one of the bounds; the message is Dutch, for the user."""


def dutch(n: int) -> str:
    """A number as Dutch writes it: 1.000.000."""
    return f"{n:,}".replace(",", ".")


def too_long(chars: int) -> None:
    if chars > MAX_CHARS:
        raise LimitError(f"een tekst van {dutch(chars)} tekens te maken; de grens is "
                         f"{dutch(MAX_CHARS)} tekens")


def too_many(items: int) -> None:
    if items > MAX_ITEMS:
        raise LimitError(f"een lijst van {dutch(items)} elementen te maken; de grens is "
                         f"{dutch(MAX_ITEMS)} elementen")


def big(bits: int) -> None:
    if bits > MAX_BITS:
        raise LimitError(f"een getal van {dutch(bits)} bits te maken; de grens is "
                         f"{dutch(MAX_BITS)} bits")


def cost(value: Any) -> int:
    """Steps for handling `value`: its items, or its characters (CHARS_A_STEP to a step)."""
    if isinstance(value, str):
        return len(value) // CHARS_A_STEP
    if isinstance(value, (list, tuple, dict, set, frozenset, range)):
        return len(value)
    return 0


def made(value: Any) -> int:
    """Check a value a template made; its cost in steps."""
    if isinstance(value, str):
        too_long(len(value))
    elif isinstance(value, (list, tuple, dict, set, frozenset)):
        too_many(len(value))
    return cost(value)


# -- sizes known before a value is made ------------------------------------------------------------

# Patterns compiled on first use (by re's own cache): a report whose templates format no text
# with % or str.format, as the built-in ones, does not pay for compiling them.
_PERCENT = r"%(?:\([^)]*\))?[-#0 +]*(\d+|\*)?(?:\.(\d+|\*))?"
_SPEC = r"(?:.?[<>=^])?[-+ ]?z?#?0?(\d*)[,_]?(?:\.(\d+))?"


def percent(fmt: str, values: Any) -> None:
    """`fmt % values`: no width or precision past the bound (`*` takes one from the values),
    no list or dict written out past it."""
    for v in values if isinstance(values, tuple) else (values,):
        text_of(v)
    for m in re.finditer(_PERCENT, fmt.replace("%%", "")):
        for number in m.groups():
            if number == "*":
                seq = values if isinstance(values, tuple) else (values,)
                for v in seq:
                    if isinstance(v, int):
                        too_long(abs(v))
            elif number:
                too_long(int(number))


def _spec(spec: str) -> None:
    """A str.format field's format spec, one without nested fields."""
    m = re.match(_SPEC, spec)
    if m:
        for number in m.groups():
            if number:
                too_long(int(number))


def str_method(name: str, s: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """The size of what a str method would make, for those that can grow."""
    if name in ("center", "ljust", "rjust", "zfill") and args and isinstance(args[0], int):
        too_long(args[0])
    elif name == "expandtabs":
        size = args[0] if args else kwargs.get("tabsize", 8)
        if isinstance(size, int):
            too_long(len(s) + s.count("\t") * size)
    elif name == "join" and args and hasattr(args[0], "__len__"):
        too_long(len(args[0]) * len(s))
    elif name == "replace" and len(args) >= 2:
        _replace(s, *args[:2])


def _replace(s: Any, old: Any = "", new: Any = "", *_: Any, **__: Any) -> None:
    if isinstance(s, str) and isinstance(old, str) and isinstance(new, str):
        times = s.count(old) if old else len(s) + 1
        too_long(len(s) + times * max(0, len(new) - len(old)))


def _center(value: Any, width: Any = 80, *_: Any, **__: Any) -> None:
    if isinstance(width, int):
        too_long(width)


def _indent(s: Any, width: Any = 4, *_: Any, **__: Any) -> None:
    if isinstance(s, str):
        step = width if isinstance(width, int) else len(str(width))
        too_long(len(s) + (s.count("\n") + 1) * step)


def _wordwrap(s: Any, width: Any = 79, break_long_words: Any = True, wrapstring: Any = None,
              *_: Any, **kwargs: Any) -> None:
    wrapstring = kwargs.get("wrapstring", wrapstring)
    width = kwargs.get("width", width)
    if isinstance(s, str) and isinstance(wrapstring, str) and isinstance(width, int):
        lines = len(s) // max(width, 1) + s.count("\n") + 1
        too_long(len(s) + lines * len(wrapstring))


def _join(value: Any, d: Any = "", *_: Any, **__: Any) -> None:
    if isinstance(d, str) and hasattr(value, "__len__"):
        too_long(len(value) * len(d))


def _batch(value: Any, count: Any = 1, *_: Any, **__: Any) -> None:
    if isinstance(count, int):
        too_many(count)


def _format(value: Any, *args: Any, **kwargs: Any) -> None:
    if isinstance(value, str):
        percent(value, kwargs or args)


def _items(value: Any, *_: Any, **__: Any) -> None:
    """A filter that makes a list of the items of its value (list, sort, dictsort, ...)."""
    if hasattr(value, "__len__"):
        too_many(len(value))


def text_of(value: Any, *_: Any, **__: Any) -> None:
    """A filter that writes its value out as text (string, pprint, tojson): at least as long
    as the strings in it (one level deep; the memory limit holds for the rest)."""
    if isinstance(value, dict):
        value = [*value, *value.values()]
    if isinstance(value, (list, tuple, set, frozenset)):
        too_long(sum(len(v) for v in value if isinstance(v, str)))


def _sum(value: Any, *args: Any, **kwargs: Any) -> None:
    """`|sum(start=[])` joins lists."""
    if isinstance(value, (list, tuple)):
        too_many(sum(len(v) for v in value if isinstance(v, (list, tuple))))


def bounded_range(*args: Any) -> range:
    """Jinja's range, with the sandbox's bound as a LimitError."""
    made = range(*args)
    if len(made) > MAX_RANGE:
        raise LimitError(f"een range() van {dutch(len(made))} getallen te maken; de grens is "
                         f"{dutch(MAX_RANGE)} getallen")
    return made


# The filters that do work in proportion to their input, or make a string or list: each is
# charged for what it handles and what it makes, and some are checked before they run.
FILTERS: dict[str, Callable[..., None]] = {
    "batch": _batch, "center": _center, "format": _format, "indent": _indent, "join": _join,
    "replace": _replace, "slice": _batch, "wordwrap": _wordwrap, "sum": _sum,
    **dict.fromkeys(("dictsort", "groupby", "items", "list", "sort", "unique"), _items),
    # the others write their value out as text, or go through its items
    **dict.fromkeys(("capitalize", "e", "escape", "forceescape", "lower", "map", "max", "min",
                     "pprint", "reject", "rejectattr", "reverse", "safe", "select", "selectattr",
                     "string", "striptags", "title", "tojson", "trim", "truncate", "upper",
                     "urlencode", "urlize", "wordcount", "xmlattr"), text_of),
}


def lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
    """Jinja's lorem ipsum, bounded."""
    from jinja2.utils import generate_lorem_ipsum

    if not all(isinstance(x, int) and x <= 1_000 for x in (n, min, max)):
        raise LimitError("een lipsum() van meer dan 1.000 alinea's of woorden te maken")
    return generate_lorem_ipsum(n, html, min, max)


def check_format(fmt: str, args: tuple[Any, ...], kwargs: Any) -> None:
    """str.format: no field wider or more precise than the bound. A width from a nested field
    (`{:>{w}}`) is not known here: then no number among the values may pass the bound."""
    for v in [*args, *(kwargs.values() if hasattr(kwargs, "values") else ())]:
        text_of(v)
    for _, field, spec, _ in Formatter().parse(fmt):
        if field is None or not spec:
            continue
        if "{" in spec:
            values = [*args, *(kwargs.values() if hasattr(kwargs, "values") else ())]
            for v in values:
                if isinstance(v, int):
                    too_long(abs(v))
        else:
            _spec(spec)




# -- the hard bounds around a render ---------------------------------------------------------------

@contextmanager
def limited() -> Iterator[None]:
    """Run the body (one render) with a wall-clock limit and a memory limit, where the system
    has them; the old timer, handler and limit are back afterwards. Going past the time raises
    LimitError; past the memory, MemoryError (the caller names the template)."""
    undo = [u for u in (_alarm(), _memory()) if u is not None]
    try:
        yield
    finally:
        for u in reversed(undo):
            u()


def is_template_file(filename: str) -> bool:
    """Code made from a template's source (a werkgroep's own, or a built-in one rendered from
    its source) carries the template's file name; pa's templates end in .j2."""
    return filename.endswith(".j2")


def in_template(frame: Any) -> bool:
    """Whether the interrupted code runs inside a template's code (it, or a call it made)."""
    while frame is not None:
        if is_template_file(frame.f_code.co_filename):
            return True
        frame = frame.f_back
    return False


def _alarm() -> Callable[[], None] | None:
    try:  # the C module: `signal` builds its enums on import, a millisecond for nothing here
        import _signal as signal
    except ImportError:
        import signal
    if not hasattr(signal, "setitimer"):  # Windows
        return None

    deferred = 0
    raised_at: float | None = None  # when the last error was raised, until it was dropped

    def on_alarm(signum: int, frame: Any) -> None:
        nonlocal deferred, raised_at
        # A repeat that comes while an earlier alarm's error is on its way out (Jinja rewrites
        # its traceback, `with` blocks and generators close) would replace it by one that
        # names no line, or be dropped and printed there: the repeat is only for an error
        # that was dropped (unraisable below), or one that a library caught long ago.
        if isinstance(sys.exc_info()[1], LimitError):
            return
        if raised_at is not None and time.monotonic() - raised_at < SETTLE_SECONDS:
            return
        # Stopped outside the template's own code (between two pieces of its output, in pa's
        # join of them, or while a template loads), the error could name no line of it: the
        # alarm comes again a moment later, when the template is most likely running again.
        if deferred < MAX_DEFERRED and not in_template(frame):
            deferred += 1
            signal.setitimer(signal.ITIMER_REAL, DEFER_SECONDS, ALARM_REPEAT)
            return
        raised_at = time.monotonic()
        raise LimitError(f"langer dan {MAX_SECONDS} seconden te rekenen")

    def unraisable(args: Any) -> None:
        """An alarm's error dropped in a gc callback or a __del__: not for the user's screen
        (the next alarm stops the render); anything else as before."""
        nonlocal raised_at
        if isinstance(args.exc_value, LimitError):
            raised_at = None
        else:
            old_unraisable(args)

    try:
        old_handler = signal.signal(signal.SIGALRM, on_alarm)
    except ValueError:  # not the main thread
        return None
    # The alarm repeats: an exception raised while the interpreter runs a gc callback or a
    # __del__ is dropped ("Exception ignored in"), and the render would go on.
    old_unraisable, sys.unraisablehook = sys.unraisablehook, unraisable
    start = time.monotonic()
    old_timer = signal.setitimer(signal.ITIMER_REAL, MAX_SECONDS, ALARM_REPEAT)

    def undo() -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old_handler)
        sys.unraisablehook = old_unraisable
        if old_timer[0]:  # someone else's timer runs on, less the time this render took
            spent = time.monotonic() - start
            signal.setitimer(signal.ITIMER_REAL, max(old_timer[0] - spent, 0.001), old_timer[1])

    return undo


def _memory() -> Callable[[], None] | None:
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as f:  # Linux: RLIMIT_AS holds there
            used = int(f.read().split()[0]) * resource.getpagesize()
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    except (ImportError, OSError, ValueError):
        return None
    limit = used + MAX_MEMORY
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft != resource.RLIM_INFINITY and soft <= limit:
        return None  # already as tight
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    return lambda: resource.setrlimit(resource.RLIMIT_AS, (soft, hard))

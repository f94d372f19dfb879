"""Build a YMap from ruamel.yaml's C parser events (see yamlread)."""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

from pa_cli.base.problems import FOUT, WAARSCHUWING, Problem
from pa_cli.base.termijn import written_as_day
from pa_cli.yamlio.nodes import MAX_DEPTH, Pos, YMap, YSeq, new_map, new_seq, resolve_plain

_DISCARD = object()  # a key whose value is to be dropped (duplicate, complex, merge)

# libyaml's messages, as a Dutch reader needs them.
_TRANSLATIONS = [
    ("mapping values are not allowed", "hier mag geen ':' staan. Staat er een dubbele punt in een "
     "tekst? Zet de tekst dan tussen aanhalingstekens"),
    ("could not find expected ':'", "verwacht 'sleutel: waarde' maar vond geen ':'. "
     "Controleer de inspringing en of een tekst over meer regels doorloopt"),
    ("did not find expected key", "verwacht een sleutel op deze inspringing. "
     "Controleer of deze regel even ver inspringt als de regels erboven"),
    ("did not find expected '-' indicator", "verwacht een lijstelement ('- ') op deze inspringing. "
     "Controleer de inspringing"),
    ("did not find expected ',' or ']'",
     "lijst tussen [ ] is niet afgesloten: verwacht ',' of ']'"),
    ("did not find expected ',' or '}'",
     "mapping tussen { } is niet afgesloten: verwacht ',' of '}'"),
    ("found unexpected end of stream", "het bestand houdt onverwacht op; "
     "ontbreekt er een afsluitend aanhalingsteken of haakje?"),
    ("found undefined alias", "alias (*naam) verwijst naar niets; aliassen zijn in pa niet "
     "toegestaan: schrijf de waarde uit"),
    ("found character that cannot start any token", "dit teken kan hier niet beginnen; "
     "zet de tekst tussen aanhalingstekens"),
    ("found unknown escape character", "onbekende escape (\\) tussen dubbele aanhalingstekens; "
     "schrijf '\\\\' voor een backslash of gebruik enkele aanhalingstekens"),
    ("block sequence entries are not allowed", "hier mag geen lijstelement ('- ') beginnen; "
     "controleer de inspringing"),
    ("found unexpected ':'", "onverwachte ':'; zet de tekst tussen aanhalingstekens"),
    ("did not find expected node content", "hier ontbreekt een waarde"),
    ("did not find expected <document start>", "onverwachte inhoud na het document; "
     "controleer de inspringing van deze regel"),
    ("found duplicate anchor", "anker (&naam) komt twee keer voor; ankers zijn in pa niet "
     "toegestaan"),
]


def _translate(problem: str) -> str:
    for needle, dutch in _TRANSLATIONS:
        if needle in problem:
            return dutch
    return f"de YAML is hier ongeldig (parser: {problem.strip()}); controleer de opbouw"


_KEY_LINE = re.compile(r"( *)(- )?([^\s#:'\"\[\]{},&*!|>%@`-][^:#]*?):(?: |$)")


def _misindented_key(text: str, line: int) -> tuple[int, str] | None:
    """(column, message) when the line of a syntax error is a key set further in or out than
    the key above it, whose value stands on its own line: the parser then blames a ':' or a
    missing '-', where the cause is one space too many or too few."""
    lines = text.split("\n")
    here = _KEY_LINE.match(lines[line]) if line < len(lines) else None
    # pa's keys are lowercase words: 'Let op: ...' in a text's next line is no key
    if not here or here.group(2) or not re.fullmatch(r"[a-z][a-z_]*", here.group(3)):
        return None
    for above in reversed(lines[:line]):
        prev = _KEY_LINE.match(above)
        if not prev:  # blank, a comment, or a text continued from the line above
            continue
        if not above[prev.end():].strip():  # a nested block opens: further in is right
            return None
        indent, expected = len(here.group(1)), prev.start(3)
        if indent == expected:
            return None
        key, sibling = here.group(3), prev.group(3)
        return indent + 1, (
            f"de inspringing klopt niet: '{key}:' springt {indent} spaties in, '{sibling}:' "
            f"erboven {expected}. Zet '{key}:' even ver in als '{sibling}:'")
    return None


def _pos(ev: Any, raw: str = "", plain: bool = False) -> Pos:
    return Pos(ev.start_mark.line + 1, ev.start_mark.column + 1, raw, plain)


# a comment glued to its hash ("#2"): after a plain text YAML ends the text there
_GLUED_COMMENT = re.compile(r"[ \t]+#(\S.*)")


def _glued_comment(path: str, line: str, ev: Any, value: str) -> Problem | None:
    """PA056 when a plain text is followed on its line by '#word': those words are lost."""
    m = _GLUED_COMMENT.match(line, ev.end_mark.column)
    if not m:
        return None
    lost = m.group(1).rstrip()
    tail = value.rsplit("\n", 1)[-1]
    tail = tail if len(tail) <= 40 else "…" + tail[-39:]
    return Problem(path, ev.end_mark.line + 1, m.start(1), WAARSCHUWING, "PA056",
                   f"de tekst houdt op bij '{tail}': YAML leest '#{lost}' als commentaar, dus "
                   f"'#{lost}' staat niet in de tekst. Hoort het erbij, zet dan de hele tekst "
                   "tussen dubbele aanhalingstekens (\"...\"); is het commentaar, schrijf dan "
                   f"een spatie na het hekje: # {lost}")


def build(path: str, text: str) -> tuple[YMap | None, list[Problem]]:
    problems: list[Problem] = []
    warnings: list[Problem] = []

    def err(p: Pos, code: str, msg: str) -> None:
        problems.append(Problem(path, p.line, p.col, FOUT, code, msg))

    root: Any = None
    # frame: [container, pending_key, block column or None for flow, start mark];
    # pending_key only for maps, None = expecting a key
    stack: list[list[Any]] = []
    documents = 0

    def attach(value: Any, p: Pos) -> None:
        nonlocal root
        if not stack:
            root = value
            return
        frame = stack[-1]
        container = frame[0]
        if isinstance(container, YSeq):
            container.append(value)
            container.items_pos.append(p)
        elif container is None:  # inside a discarded collection
            return
        elif frame[1] is None:  # this value is a key
            frame[1] = _take_key(container, value, p)
        else:
            key = frame[1]
            frame[1] = None
            if key is not _DISCARD:
                container[key] = value
                container.values_pos[key] = p

    def _take_key(container: YMap, value: Any, p: Pos) -> Any:
        if not isinstance(value, str):
            err(p, "PA014", "een sleutel moet een gewone tekst zijn, geen lijst of mapping")
            return _DISCARD
        if value == "<<" and p.plain:
            err(p, "PA013", "merge-sleutel '<<' is niet toegestaan; schrijf de velden uit")
            return _DISCARD
        if value in container:
            first = container.keys_pos[value].line
            err(p, "PA009", f"sleutel '{value}' staat twee keer in deze mapping (eerder op regel "
                f"{first}); verwijder of voeg samen")
            return _DISCARD
        container.keys_pos[value] = p
        return value

    lines: list[str] = []

    def check_layout(ev: Any, start: Any) -> None:
        """What libyaml lets through but YAML 1.2 forbids (yaml-test-suite cases)."""
        if not lines:
            lines.extend(text.split("\n"))
        end = ev.end_mark
        style = getattr(ev, "style", None)
        if style in ('"', "'") and end.line < len(lines):
            rest = lines[end.line][end.column:]
            if rest.startswith("#"):
                err(Pos(end.line + 1, end.column + 1), "PA016", "YAML-syntaxfout: commentaar "
                    "('#') moet met een spatie van de waarde gescheiden zijn")
        if style in ("|", ">"):
            header = lines[start.line][start.column:]
            if re.match(r"[|>][-+0-9]*#", header):
                err(Pos(start.line + 1, start.column + 1), "PA016", "YAML-syntaxfout: "
                    "commentaar ('#') moet met een spatie van '|' of '>' gescheiden zijn")
            return
        block_col = next((f[2] for f in reversed(stack) if f[2] is not None), 0)
        for n in range(start.line + 1, min(end.line, len(lines) - 1) + 1):
            line = lines[n]
            if line.strip() and len(line) - len(line.lstrip(" ")) < block_col:
                err(Pos(n + 1, 1), "PA016", "YAML-syntaxfout: deze vervolgregel moet verder "
                    "inspringen dan de sleutel waar hij bij hoort")
                return

    yaml = YAML(typ="safe", pure=False)
    try:
        for ev in yaml.parse(text):
            if isinstance(ev, ScalarEvent):
                plain = bool(ev.implicit[0]) and not ev.style
                p = _pos(ev, ev.value, plain)
                if ev.style or ev.end_mark.line != ev.start_mark.line:
                    check_layout(ev, ev.start_mark)
                if ev.anchor:
                    err(p, "PA010", f"anker '&{ev.anchor}' is niet toegestaan; "
                        "pa leest geen ankers en aliassen: schrijf de waarde uit")
                if ev.tag is not None:
                    err(p, "PA011", f"tag '{ev.tag}' is niet toegestaan; verwijder de tag "
                        "(gebruik aanhalingstekens voor tekst)")
                key_position = stack and isinstance(stack[-1][0], YMap) and stack[-1][1] is None
                value = ev.value if (not plain or key_position) else resolve_plain(ev.value)
                if (plain and not key_position and isinstance(value, str)
                        and not written_as_day(value)):  # a date, not a text
                    if not lines:
                        lines.extend(text.split("\n"))
                    glued = _glued_comment(path, lines[ev.end_mark.line], ev, value)
                    if glued:
                        warnings.append(glued)
                attach(value, p)
            elif isinstance(ev, (MappingStartEvent, SequenceStartEvent)):
                p = _pos(ev)
                if ev.anchor:
                    err(p, "PA010", f"anker '&{ev.anchor}' is niet toegestaan; "
                        "pa leest geen ankers en aliassen: schrijf de waarden uit")
                if ev.tag is not None:
                    err(p, "PA011", f"tag '{ev.tag}' is niet toegestaan; verwijder de tag")
                if len(stack) >= MAX_DEPTH:
                    err(p, "PA015", f"te diep genest (meer dan {MAX_DEPTH} niveaus); "
                        "een databestand van pa is nooit zo diep")
                    return None, problems
                new: Any = new_map(p) if isinstance(ev, MappingStartEvent) else new_seq(p)
                # block collections set the indentation that flow content must exceed
                block_col = None if ev.flow_style else p.col
                if stack and isinstance(stack[-1][0], YMap) and stack[-1][1] is None:
                    attach(new, p)  # a collection as key: reported, then skipped
                    stack.append([None, None, block_col, ev.start_mark])
                    continue
                attach(new, p)
                if stack and stack[-1][0] is None:
                    new = None
                stack.append([new, None, block_col, ev.start_mark])
            elif isinstance(ev, (MappingEndEvent, SequenceEndEvent)):
                frame = stack.pop()
                if frame[2] is None and ev.end_mark.line != frame[3].line:
                    check_layout(ev, frame[3])
            elif isinstance(ev, AliasEvent):
                p = _pos(ev)
                err(p, "PA010", f"alias '*{ev.anchor}' is niet toegestaan; "
                    "schrijf de waarde uit in plaats van ernaar te verwijzen")
                attach(None, p)
            elif isinstance(ev, DocumentStartEvent):
                documents += 1
                p = _pos(ev)
                if documents > 1:
                    err(p, "PA007", "tweede YAML-document ('---'); een databestand bevat "
                        "precies één document. Verwijder '---' en wat erop volgt, of zet het "
                        "in een eigen bestand")
                    break
                if ev.version:
                    major, minor = ev.version
                    err(Pos(1, 1), "PA008", f"kopregel '%YAML {major}.{minor}' is niet "
                        "toegestaan; pa leest YAML 1.2. Verwijder de regel '%YAML' "
                        "(en de regel '---' eronder)")
                if ev.tags:
                    err(Pos(1, 1), "PA008", "'%TAG'-kopregel is niet toegestaan; verwijder hem")
    except MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        misindented = _misindented_key(text, mark.line) if mark else None
        if misindented:
            col, message = misindented
        else:
            message = _translate(e.problem or str(e))
        problems.append(Problem(path, line, col, FOUT, "PA016", "YAML-syntaxfout: " + message))
        return None, problems
    except YAMLError as e:  # reader errors without a mark
        problems.append(Problem(path, 0, 0, FOUT, "PA016", f"YAML-syntaxfout: {e}"))
        return None, problems

    if problems:
        return None, problems
    if not isinstance(root, YMap):
        kind = "een lijst" if isinstance(root, YSeq) else "een losse waarde"
        return None, [Problem(path, 1, 1, FOUT, "PA017",
                              f"het bestand bevat {kind}; een databestand van pa is een mapping "
                              "met sleutels bovenaan (bijvoorbeeld 'titel:' en 'afspraken:' of "
                              "'rijen:')")]
    return root, warnings

from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'base.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_kop = resolve('kop')
    l_0_titel = resolve('titel')
    l_0_verlenging = resolve('verlenging')
    l_0_concept = resolve('concept')
    pass
    yield '<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">\n<title>'
    yield escape(environment.finalize(context, (undefined(name='kop') if l_0_kop is missing else l_0_kop)))
    yield ' – '
    yield escape(environment.finalize(context, (undefined(name='titel') if l_0_titel is missing else l_0_titel)))
    yield '</title>\n<style>\n'
    yield from context.blocks['stijl'][0](context)
    yield '</style>\n</head>\n<body>\n<header>\n<p class="bovenkop">'
    yield escape(environment.finalize(context, (undefined(name='titel') if l_0_titel is missing else l_0_titel)))
    if (undefined(name='verlenging') if l_0_verlenging is missing else l_0_verlenging):
        pass
        yield ' ('
        yield escape(environment.finalize(context, (undefined(name='verlenging') if l_0_verlenging is missing else l_0_verlenging)))
        yield ')'
    yield '</p>\n<h1>'
    yield escape(environment.finalize(context, (undefined(name='kop') if l_0_kop is missing else l_0_kop)))
    yield '</h1>\n'
    for l_1_ag in environment.rounds((undefined(name='concept') if l_0_concept is missing else l_0_concept)):
        l_1_bij = resolve('bij')
        _loop_vars = {}
        pass
        yield '<p class="concept"><strong>Concept:</strong> '
        yield escape(environment.finalize(context, environment.getattr(l_1_ag, 'naam')))
        yield ' is nog niet vastgesteld'
        yield escape(environment.finalize(context, environment.getattr((undefined(name='bij') if l_1_bij is missing else l_1_bij), 'agenda')))
        yield '; acties en termijnen kunnen nog veranderen.</p>\n'
    l_1_ag = l_1_bij = missing
    yield from context.blocks['onder_kop'][0](context)
    yield '</header>\n<main>\n'
    yield from context.blocks['inhoud'][0](context)
    yield '</main>\n<footer>\n'
    yield from context.blocks['voet'][0](context)
    yield '</footer>\n</body>\n</html>\n'

def block_stijl(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_concept = resolve('concept')
    pass
    yield ':root {\n  --inkt: #111; --zacht: #555; --lijn: #8a8a8a; --kop: #e6eaf0;\n  --rood: #f5d0cd; --rood-inkt: #7d1010; --oranje: #fde0b8; --oranje-inkt: #6a3700;\n  --groen: #d3ead4; --groen-inkt: #1b4a1f; --grijs: #e3e3e3; --grijs-inkt: #333;\n}\n* { box-sizing: border-box; }\nhtml { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\nbody { font-family: "DejaVu Sans", "Segoe UI", Arial, Helvetica, sans-serif; font-size: 10.5pt;\n       line-height: 1.35; color: var(--inkt); background: #fff; max-width: 64em;\n       margin: 0 auto; padding: 1.5em 1.5em 3em; }\nheader { border-bottom: 3px solid var(--inkt); margin-bottom: 1em; padding-bottom: .5em; }\n.bovenkop { margin: 0; color: var(--zacht); font-size: 10pt; text-transform: uppercase;\n            letter-spacing: .04em; }\nh1 { font-size: 20pt; margin: .1em 0 .2em; }\nh2 { font-size: 14pt; margin: 1.4em 0 .4em; border-bottom: 1px solid var(--inkt); }\nh3 { font-size: 11.5pt; margin: 1em 0 .3em; }\np { margin: .4em 0; }\n.ondertitel { margin: 0 0 .5em; font-size: 11pt; }\ndl.gegevens { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; margin: .3em 0 0; }\ndl.gegevens div { display: contents; }\ndt { font-weight: bold; }\ndd { margin: 0; }\ntable { border-collapse: collapse; width: 100%; margin: .4em 0 1em; }\ncaption { caption-side: top; text-align: left; font-weight: bold; padding: .3em 0; }\nth, td { border: 1px solid var(--lijn); padding: .25em .4em; text-align: left; vertical-align: top;\n         overflow-wrap: break-word; hyphens: auto; }\nthead th { background: var(--kop); border-bottom: 2px solid var(--inkt); }\n/* A table\'s name as the first row of its header: repeated with it on every page it continues on */\nthead tr.naam th { background: none; border: 0; padding: .3em 0; font-weight: bold; }\ntbody th { font-weight: normal; }\ntfoot th, tfoot td { font-weight: bold; border-top: 2px solid var(--inkt); }\ntd.getal, th.getal { text-align: right; font-variant-numeric: tabular-nums; }\n.nr, .datum { white-space: nowrap; }\n.tekst { white-space: pre-line; }\n.toelichting { display: block; margin-top: .2em; font-style: italic; color: var(--zacht); }\n.leeg-tekst { color: var(--zacht); font-style: italic; }\n.licht { display: inline-block; white-space: nowrap; font-weight: bold; padding: 0 .35em;\n         border: 1px solid; border-radius: .25em; }\n.licht .teken { display: inline-block; min-width: .9em; text-align: center; }\n.rood { background: var(--rood); color: var(--rood-inkt); }\n.oranje { background: var(--oranje); color: var(--oranje-inkt); }\n.groen { background: var(--groen); color: var(--groen-inkt); }\n.grijs { background: var(--grijs); color: var(--grijs-inkt); }\n.licht.leeg { border-style: dashed; color: var(--zacht); font-weight: normal; }\n.onder { display: block; color: var(--zacht); font-size: .92em; }\n/* Six columns that fit A4 portrait (and any screen from 700 px): the long texts take what the\n   short ones leave, a word longer than its column breaks at a syllable with a hyphen (hyphens:\n   auto where the browser has Dutch; in pa\'s PDF at the soft hyphens of hyphenate.py), and only\n   what has no syllables (a long number or address) anywhere (overflow-wrap). */\ntable.stoplicht { table-layout: fixed; }\ntable.stoplicht col.nr { width: 10%; } table.stoplicht col.afspraak { width: 19%; }\ntable.stoplicht col.trekker { width: 13%; } table.stoplicht col.termijn { width: 12%; }\ntable.stoplicht col.stand { width: 13%; }\nthead th.rood, thead th.oranje, thead th.groen, thead th.grijs { text-align: right; }\nul.legenda { list-style: none; padding: 0; margin: .3em 0 1em; }\nul.legenda li { margin: .2em 0; }\nfooter { margin-top: 2em; padding-top: .4em; border-top: 1px solid var(--lijn); color: var(--zacht);\n         font-size: 9pt; }\n/* The page number in the bottom margin: a margin box of @page (Chromium 131 and later; an older\n   browser prints the page without it). */\n@page { size: A4; margin: 14mm 12mm 16mm 12mm;\n  @bottom-center { content: "pagina " counter(page) " van " counter(pages);\n                   font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8pt; color: #555; } }\n@media print {\n  body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }\n  section.thema + section.thema { break-before: page; }\n  /* a heading, and the paragraphs that introduce a table, stay with what follows them; a\n     table\'s header (with its name, see tr.naam) stays with its first row */\n  h1, h2, h3, caption { break-after: avoid; break-inside: avoid; }\n  h2 + p, h3 + p, h2 + p + p, h3 + p + p { break-after: avoid; }\n  thead { display: table-header-group; }\n  tfoot { display: table-footer-group; }\n  tbody > tr:first-child { break-before: avoid; }\n  tr, .licht { break-inside: avoid; }\n}\n'
    if (undefined(name='concept') if l_0_concept is missing else l_0_concept):
        pass
        yield '.concept { border: 2px dashed var(--inkt); padding: .3em .6em; margin: .6em 0; font-size: 11pt; }\n@media print { .concept { break-inside: avoid; } }\n'

def block_onder_kop(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_inhoud(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_voet(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_titel = resolve('titel')
    l_0_peildatum = resolve('peildatum')
    l_0_selectie = resolve('selectie')
    try:
        t_1 = environment.filters['datum']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'datum' found.")
    pass
    yield '<p>Gemaakt met pa uit de gegevens van de '
    yield escape(environment.finalize(context, (undefined(name='titel') if l_0_titel is missing else l_0_titel)))
    yield ', stand op '
    yield escape(environment.finalize(context, t_1((undefined(name='peildatum') if l_0_peildatum is missing else l_0_peildatum))))
    if (undefined(name='selectie') if l_0_selectie is missing else l_0_selectie):
        pass
        yield ' ('
        yield escape(environment.finalize(context, (undefined(name='selectie') if l_0_selectie is missing else l_0_selectie)))
        yield ')'
    yield '. Het stoplicht staat er altijd ook als woord.</p>\n'

blocks = {'stijl': block_stijl, 'onder_kop': block_onder_kop, 'inhoud': block_inhoud, 'voet': block_voet}
debug_info = '14=16&16=20&101=22&102=29&103=31&104=36&106=41&109=43&112=45&16=48&92=58&106=62&109=71&112=80&113=98'
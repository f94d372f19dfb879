from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'portefeuille.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_kop = resolve('kop')
    l_0_o = missing
    try:
        t_1 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    parent_template = environment.get_template('base.html.j2', 'portefeuille.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_o = context.vars['o'] = environment.get_template('_onderdelen.html.j2', 'portefeuille.html.j2').make_module(context.get_all(), True, {'kop': l_0_kop, 'o': l_0_o})
    context.exported_vars.discard('o')
    l_0_kop = ((undefined(name='kop') if l_0_kop is missing else l_0_kop) if t_1((undefined(name='kop') if l_0_kop is missing else l_0_kop)) else 'Portefeuille')
    context.vars['kop'] = l_0_kop
    context.exported_vars.add('kop')
    yield from parent_template.root_render_func(context)

def block_stijl(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_super = context.super('stijl', block_stijl)
    _block_vars = {}
    l_0_weggelaten = resolve('weggelaten')
    pass
    yield escape(environment.finalize(context, environment.call(context, l_0_super, _block_vars=_block_vars)))
    yield "\n/* The summary: nine columns that fit A4 portrait; a gemeente's name or an overleg breaks at a\n   syllable, never past its column. */\ntable.portefeuille { table-layout: fixed; }\ntable.portefeuille col.gemeente { width: 20%; } table.portefeuille col.acties { width: 8%; }\ntable.portefeuille col.kleur { width: 9.5%; } table.portefeuille col.aandeel { width: 10%; }\ntable.portefeuille col.overleg { width: 24%; }\ntable.portefeuille th { overflow-wrap: break-word; }\ntable.te-laat { table-layout: fixed; }\ntable.te-laat col.nr { width: 8%; } table.te-laat col.termijn { width: 17%; }\ntable.te-laat col.dagen { width: 13%; } table.te-laat col.status { width: 10%; }\ntable.doelen { table-layout: fixed; }\ntable.doelen col.gemeente { width: 26%; } table.doelen col.getal { width: 14%; }\ntable.doelen col.jaren { width: 16%; }\n@media print { section.samenvatting + section.gemeente, section.doelen + section.gemeente {\n  break-before: page; } }\n"
    if (undefined(name='weggelaten') if l_0_weggelaten is missing else l_0_weggelaten):
        pass
        yield '.onvolledig { border: 2px solid var(--inkt); padding: .3em .6em; margin: .6em 0; }\n'

def block_onder_kop(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_gemeenten = resolve('gemeenten')
    l_0_peildatum = resolve('peildatum')
    l_0_selectie = resolve('selectie')
    l_0_weggelaten = resolve('weggelaten')
    try:
        t_2 = environment.filters['datum']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'datum' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<p class="ondertitel">Stand van de uitvoeringsagenda\'s van '
    yield escape(environment.finalize(context, t_4((undefined(name='gemeenten') if l_0_gemeenten is missing else l_0_gemeenten))))
    yield ' '
    yield escape(environment.finalize(context, ('gemeente' if (t_4((undefined(name='gemeenten') if l_0_gemeenten is missing else l_0_gemeenten)) == 1) else 'gemeenten')))
    yield '.</p>\n<dl class="gegevens">\n<div><dt>Peildatum</dt><dd>'
    yield escape(environment.finalize(context, t_2((undefined(name='peildatum') if l_0_peildatum is missing else l_0_peildatum))))
    yield '</dd></div>\n'
    if (undefined(name='selectie') if l_0_selectie is missing else l_0_selectie):
        pass
        yield '<div><dt>Selectie</dt><dd>'
        yield escape(environment.finalize(context, (undefined(name='selectie') if l_0_selectie is missing else l_0_selectie)))
        yield '</dd></div>\n'
    yield '</dl>\n'
    if (undefined(name='weggelaten') if l_0_weggelaten is missing else l_0_weggelaten):
        pass
        yield '<p class="onvolledig"><strong>ONVOLLEDIG:</strong> '
        yield escape(environment.finalize(context, t_3(context.eval_ctx, (undefined(name='weggelaten') if l_0_weggelaten is missing else l_0_weggelaten), ', ')))
        yield ' '
        yield escape(environment.finalize(context, ('is' if (t_4((undefined(name='weggelaten') if l_0_weggelaten is missing else l_0_weggelaten)) == 1) else 'zijn')))
        yield ' weggelaten: de gegevens van '
        yield escape(environment.finalize(context, ('die set' if (t_4((undefined(name='weggelaten') if l_0_weggelaten is missing else l_0_weggelaten)) == 1) else 'die sets')))
        yield ' bevatten fouten (pa validate toont ze).</p>\n'

def block_inhoud(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_legenda = resolve('legenda')
    l_0_gemeenten = resolve('gemeenten')
    l_0_acties = resolve('acties')
    l_0_aandeel = resolve('aandeel')
    l_0_o = resolve('o')
    l_0_doelen = resolve('doelen')
    try:
        t_5 = environment.filters['dagen']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'dagen' found.")
    try:
        t_2 = environment.filters['datum']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'datum' found.")
    try:
        t_6 = environment.filters['getal']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'getal' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_7 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '<section class="deel samenvatting" id="samenvatting">\n<h2>Samenvatting</h2>\n<table class="portefeuille">\n<colgroup><col class="gemeente"><col class="acties">'
    for l_1_l in environment.rounds((undefined(name='legenda') if l_0_legenda is missing else l_0_legenda)):
        _loop_vars = {}
        pass
        yield '<col class="kleur">'
    l_1_l = missing
    yield '<col class="aandeel"><col class="overleg"></colgroup>\n<thead>\n<tr><th scope="col">Gemeente</th><th scope="col" class="getal">Acties</th>'
    for l_1_l in environment.rounds((undefined(name='legenda') if l_0_legenda is missing else l_0_legenda)):
        _loop_vars = {}
        pass
        yield '<th scope="col" class="'
        yield escape(environment.finalize(context, environment.getattr(l_1_l, 'naam')))
        yield '"><span aria-hidden="true">'
        yield escape(environment.finalize(context, environment.getattr(l_1_l, 'teken')))
        yield '</span> '
        yield escape(environment.finalize(context, environment.getattr(l_1_l, 'naam')))
        yield '</th>'
    l_1_l = missing
    yield '<th scope="col" class="getal">Op schema</th><th scope="col">Volgend overleg</th></tr>\n</thead>\n<tbody>\n'
    l_1_loop = missing
    for l_1_g, l_1_loop in LoopContext(environment.rounds((undefined(name='gemeenten') if l_0_gemeenten is missing else l_0_gemeenten)), undefined):
        _loop_vars = {}
        pass
        yield '<tr><th scope="row"><a href="#gemeente-'
        yield escape(environment.finalize(context, environment.getattr(l_1_loop, 'index')))
        yield '">'
        yield escape(environment.finalize(context, environment.getattr(l_1_g, 'gemeente')))
        yield '</a></th><td class="getal">'
        yield escape(environment.finalize(context, environment.getattr(l_1_g, 'acties')))
        yield '</td>'
        for l_2_l in environment.rounds((undefined(name='legenda') if l_0_legenda is missing else l_0_legenda)):
            _loop_vars = {}
            pass
            yield '<td class="getal">'
            yield escape(environment.finalize(context, environment.getitem(environment.getattr(l_1_g, 'tellingen'), environment.getattr(l_2_l, 'naam'))))
            yield '</td>'
        l_2_l = missing
        yield '<td class="getal">'
        if (not t_7(environment.getattr(l_1_g, 'aandeel'))):
            pass
            yield escape(environment.finalize(context, environment.getattr(l_1_g, 'aandeel')))
            yield '%'
        else:
            pass
            yield '–'
        yield '</td><td>'
        if environment.getattr(l_1_g, 'overleg'):
            pass
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_g, 'overleg'), 'naam')))
            yield '<span class="onder">'
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_g, 'overleg'), 'wanneer')))
            yield '</span>'
        else:
            pass
            yield '<span class="leeg-tekst">geen in de cyclus</span>'
        yield '</td></tr>\n'
    l_1_loop = l_1_g = missing
    yield '</tbody>\n<tfoot>\n<tr><th scope="row">Totaal</th><td class="getal">'
    yield escape(environment.finalize(context, (undefined(name='acties') if l_0_acties is missing else l_0_acties)))
    yield '</td>'
    for l_1_l in environment.rounds((undefined(name='legenda') if l_0_legenda is missing else l_0_legenda)):
        l_1_tellingen = resolve('tellingen')
        _loop_vars = {}
        pass
        yield '<td class="getal">'
        yield escape(environment.finalize(context, environment.getitem((undefined(name='tellingen') if l_1_tellingen is missing else l_1_tellingen), environment.getattr(l_1_l, 'naam'))))
        yield '</td>'
    l_1_l = l_1_tellingen = missing
    yield '<td class="getal">'
    if (not t_7((undefined(name='aandeel') if l_0_aandeel is missing else l_0_aandeel))):
        pass
        yield escape(environment.finalize(context, (undefined(name='aandeel') if l_0_aandeel is missing else l_0_aandeel)))
        yield '%'
    else:
        pass
        yield '–'
    yield '</td><td></td></tr>\n</tfoot>\n</table>\n<p>Op schema: de termijn is niet verstreken (groen of oranje), van de acties die tellen (rood, oranje en groen; vervallen telt niet mee).</p>\n'
    yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'legenda_lijst'), _block_vars=_block_vars)))
    yield '\n</section>\n'
    if (undefined(name='doelen') if l_0_doelen is missing else l_0_doelen):
        pass
        yield '\n<section class="deel doelen" id="doelen">\n<h2>Doelen boven de gemeente</h2>\n'
        for l_1_d in environment.rounds((undefined(name='doelen') if l_0_doelen is missing else l_0_doelen)):
            _loop_vars = {}
            pass
            yield '<table class="doelen">\n<colgroup><col class="gemeente"><col class="getal"><col class="getal"><col class="jaren"><col class="stand"></colgroup>\n<thead>\n<tr class="naam"><th scope="colgroup" colspan="5">'
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_d, 'doel'), 'naam')))
            yield ' '
            yield escape(environment.finalize(context, environment.getattr(l_1_d, 'jaren_tekst')))
            yield ': '
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_d, 'doel'), 'richting')))
            yield ' '
            yield escape(environment.finalize(context, t_6(environment.getattr(environment.getattr(l_1_d, 'doel'), 'totaal'))))
            if environment.getattr(l_1_d, 'eenheid'):
                pass
                yield ' '
                yield escape(environment.finalize(context, environment.getattr(l_1_d, 'eenheid')))
            yield '<span class="onder">Bron: '
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_d, 'doel'), 'bron')))
            if environment.getattr(environment.getattr(l_1_d, 'doel'), 'toelichting'):
                pass
                yield '. '
                yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_d, 'doel'), 'toelichting')))
            yield '</span></th></tr>\n<tr><th scope="col">Gemeente</th><th scope="col" class="getal">Cijfer</th><th scope="col" class="getal">Aandeel</th><th scope="col">Jaren</th><th scope="col">Stand</th></tr>\n</thead>\n<tbody>\n'
            for l_2_r in environment.rounds(environment.getattr(l_1_d, 'gemeenten')):
                _loop_vars = {}
                pass
                yield '<tr><th scope="row">'
                yield escape(environment.finalize(context, environment.getattr(l_2_r, 'gemeente')))
                yield '</th><td class="getal">'
                if (not t_7(environment.getattr(l_2_r, 'cijfer'))):
                    pass
                    yield escape(environment.finalize(context, t_6(environment.getattr(l_2_r, 'cijfer'))))
                else:
                    pass
                    yield '–'
                yield '</td><td class="getal">'
                yield escape(environment.finalize(context, t_6(environment.getattr(l_2_r, 'aandeel'))))
                yield '</td><td>'
                yield escape(environment.finalize(context, (t_3(context.eval_ctx, environment.getattr(l_2_r, 'jaren'), ', ') or '–')))
                yield '</td><td>'
                yield escape(environment.finalize(context, environment.getattr(l_2_r, 'oordeel')))
                yield '</td></tr>\n'
            l_2_r = missing
            yield '</tbody>\n<tfoot>\n<tr><th scope="row">Samen</th><td class="getal">'
            yield escape(environment.finalize(context, t_6(environment.getattr(l_1_d, 'som'))))
            yield '</td><td class="getal">'
            yield escape(environment.finalize(context, t_6(environment.getattr(environment.getattr(l_1_d, 'doel'), 'totaal'))))
            yield '</td><td></td><td>'
            yield escape(environment.finalize(context, environment.getattr(l_1_d, 'oordeel')))
            yield '</td></tr>\n</tfoot>\n</table>\n'
            if environment.getattr(l_1_d, 'zonder'):
                pass
                yield '<p>Nog geen meting van '
                yield escape(environment.finalize(context, t_3(context.eval_ctx, environment.getattr(l_1_d, 'zonder'), ', ')))
                yield '.</p>\n'
        l_1_d = missing
        yield '</section>\n'
    l_1_loop = missing
    for l_1_g, l_1_loop in LoopContext(environment.rounds((undefined(name='gemeenten') if l_0_gemeenten is missing else l_0_gemeenten)), undefined):
        l_1_peildatum = resolve('peildatum')
        _loop_vars = {}
        pass
        yield '\n<section class="deel gemeente" id="gemeente-'
        yield escape(environment.finalize(context, environment.getattr(l_1_loop, 'index')))
        yield '">\n<h2>'
        yield escape(environment.finalize(context, environment.getattr(l_1_g, 'gemeente')))
        yield '</h2>\n<p>'
        yield escape(environment.finalize(context, environment.getattr(l_1_g, 'titel')))
        if environment.getattr(l_1_g, 'verlenging'):
            pass
            yield ' ('
            yield escape(environment.finalize(context, environment.getattr(l_1_g, 'verlenging')))
            yield ')'
        if environment.getattr(l_1_g, 'agenda'):
            pass
            yield ' · '
            yield escape(environment.finalize(context, environment.getattr(l_1_g, 'agenda')))
        yield '</p>\n'
        if environment.getattr(l_1_g, 'melding'):
            pass
            yield '<p class="leeg-tekst">'
            yield escape(environment.finalize(context, environment.getattr(l_1_g, 'melding')))
            yield '</p>\n'
        if environment.getattr(l_1_g, 'te_laat'):
            pass
            yield '<p>'
            yield escape(environment.finalize(context, environment.getattr(l_1_g, 'aantal_te_laat')))
            yield ' '
            yield escape(environment.finalize(context, ('actie' if (environment.getattr(l_1_g, 'aantal_te_laat') == 1) else 'acties')))
            yield ' te laat; een gezamenlijke actie staat onder elke trekker, de langst verlopen eerst.</p>\n'
            for (l_2_naam, l_2_lijst) in environment.rounds(environment.getattr(l_1_g, 'te_laat')):
                _loop_vars = {}
                pass
                yield '<table class="acties te-laat">\n<colgroup><col class="nr"><col class="actie"><col class="termijn"><col class="dagen"><col class="status"></colgroup>\n<thead>\n<tr class="naam"><th scope="colgroup" colspan="5">'
                yield escape(environment.finalize(context, l_2_naam))
                yield ': '
                yield escape(environment.finalize(context, t_4(l_2_lijst)))
                yield ' '
                yield escape(environment.finalize(context, ('actie' if (t_4(l_2_lijst) == 1) else 'acties')))
                yield ' te laat</th></tr>\n<tr><th scope="col">Nr.</th><th scope="col">Onderwerp en actie</th><th scope="col">Termijn (uiterlijk)</th><th scope="col">Te laat</th><th scope="col">Status</th></tr>\n</thead>\n<tbody>\n'
                for l_3_a in environment.rounds(l_2_lijst):
                    _loop_vars = {}
                    pass
                    yield '<tr><td class="nr">'
                    yield escape(environment.finalize(context, environment.getattr(l_3_a, 'nr')))
                    yield '</td><td>'
                    yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'actie_cel'), l_3_a, 220, _loop_vars=_loop_vars)))
                    yield '</td><td>'
                    yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'termijn'), l_3_a, _loop_vars=_loop_vars)))
                    if (environment.getattr(l_3_a, 'termijn') != t_2(environment.getattr(l_3_a, 'uiterlijk'))):
                        pass
                        yield '<span class="onder">('
                        yield escape(environment.finalize(context, t_2(environment.getattr(l_3_a, 'uiterlijk'))))
                        yield ')</span>'
                    yield '</td><td>'
                    yield escape(environment.finalize(context, t_5(environment.getattr(l_3_a, 'dagen_te_laat'))))
                    yield '</td><td>'
                    yield escape(environment.finalize(context, environment.getattr(l_3_a, 'status')))
                    yield '</td></tr>\n'
                l_3_a = missing
                yield '</tbody>\n</table>\n'
            l_2_naam = l_2_lijst = missing
        else:
            pass
            yield '<p>Geen acties te laat op '
            yield escape(environment.finalize(context, t_2((undefined(name='peildatum') if l_1_peildatum is missing else l_1_peildatum))))
            yield '.</p>\n'
        yield '</section>\n'
    l_1_loop = l_1_g = l_1_peildatum = missing

def block_voet(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_gemeenten = resolve('gemeenten')
    l_0_titel = resolve('titel')
    l_0_peildatum = resolve('peildatum')
    l_0_selectie = resolve('selectie')
    try:
        t_2 = environment.filters['datum']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'datum' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<p>Gemaakt met pa uit de gegevens van '
    yield escape(environment.finalize(context, t_4((undefined(name='gemeenten') if l_0_gemeenten is missing else l_0_gemeenten))))
    yield ' '
    yield escape(environment.finalize(context, ('set' if (t_4((undefined(name='gemeenten') if l_0_gemeenten is missing else l_0_gemeenten)) == 1) else 'sets')))
    yield ' afspraken ('
    yield escape(environment.finalize(context, (undefined(name='titel') if l_0_titel is missing else l_0_titel)))
    yield '), stand op '
    yield escape(environment.finalize(context, t_2((undefined(name='peildatum') if l_0_peildatum is missing else l_0_peildatum))))
    if (undefined(name='selectie') if l_0_selectie is missing else l_0_selectie):
        pass
        yield ' ('
        yield escape(environment.finalize(context, (undefined(name='selectie') if l_0_selectie is missing else l_0_selectie)))
        yield ')'
    yield '. Het stoplicht staat er altijd ook als woord.</p>\n'

blocks = {'stijl': block_stijl, 'onder_kop': block_onder_kop, 'inhoud': block_inhoud, 'voet': block_voet}
debug_info = '2=20&3=23&4=25&5=30&6=40&22=42&26=46&27=77&29=81&30=83&31=86&34=89&35=92&38=99&42=150&44=156&47=169&48=173&52=207&56=226&58=228&62=231&66=235&70=253&71=257&75=274&78=280&79=283&84=288&86=293&87=295&88=297&89=308&90=311&92=313&93=316&94=320&98=324&102=330&103=334&109=355&114=360&115=385'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'handout.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_kop = resolve('kop')
    l_0_overleg = resolve('overleg')
    l_0_o = l_0_m = missing
    try:
        t_1 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    parent_template = environment.get_template('base.html.j2', 'handout.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_o = context.vars['o'] = environment.get_template('_onderdelen.html.j2', 'handout.html.j2').make_module(context.get_all(), True, {'kop': l_0_kop, 'm': l_0_m, 'o': l_0_o})
    context.exported_vars.discard('o')
    l_0_m = context.vars['m'] = environment.get_template('_monitor.html.j2', 'handout.html.j2').make_module(context.get_all(), True, {'kop': l_0_kop, 'm': l_0_m, 'o': l_0_o})
    context.exported_vars.discard('m')
    l_0_kop = ((undefined(name='kop') if l_0_kop is missing else l_0_kop) if t_1((undefined(name='kop') if l_0_kop is missing else l_0_kop)) else environment.getattr((undefined(name='overleg') if l_0_overleg is missing else l_0_overleg), 'naam'))
    context.vars['kop'] = l_0_kop
    context.exported_vars.add('kop')
    yield from parent_template.root_render_func(context)

def block_onder_kop(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_overleg = resolve('overleg')
    l_0_peildatum = resolve('peildatum')
    l_0_sinds = resolve('sinds')
    l_0_volgend_overleg = resolve('volgend_overleg')
    l_0_selectie = resolve('selectie')
    try:
        t_2 = environment.filters['datum']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'datum' found.")
    pass
    yield '<p class="ondertitel">Bestuurlijk overleg over de prestatieafspraken: '
    yield escape(environment.finalize(context, environment.getattr((undefined(name='overleg') if l_0_overleg is missing else l_0_overleg), 'doel')))
    yield '.</p>\n<dl class="gegevens">\n<div><dt>Datum overleg</dt><dd>'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='overleg') if l_0_overleg is missing else l_0_overleg), 'wanneer')))
    yield '</dd></div>\n<div><dt>Peildatum</dt><dd>'
    yield escape(environment.finalize(context, t_2((undefined(name='peildatum') if l_0_peildatum is missing else l_0_peildatum))))
    yield '</dd></div>\n<div><dt>Voortgang sinds</dt><dd>'
    yield escape(environment.finalize(context, t_2((undefined(name='sinds') if l_0_sinds is missing else l_0_sinds))))
    yield '</dd></div>\n'
    if environment.getattr((undefined(name='overleg') if l_0_overleg is missing else l_0_overleg), 'soort'):
        pass
        yield '<div><dt>Volgend overleg</dt><dd>'
        yield escape(environment.finalize(context, environment.getattr((undefined(name='volgend_overleg') if l_0_volgend_overleg is missing else l_0_volgend_overleg), 'naam')))
        yield ', '
        yield escape(environment.finalize(context, environment.getattr((undefined(name='volgend_overleg') if l_0_volgend_overleg is missing else l_0_volgend_overleg), 'wanneer')))
        yield '</dd></div>\n'
    if (undefined(name='selectie') if l_0_selectie is missing else l_0_selectie):
        pass
        yield '<div><dt>Selectie</dt><dd>'
        yield escape(environment.finalize(context, (undefined(name='selectie') if l_0_selectie is missing else l_0_selectie)))
        yield '</dd></div>\n'
    yield '</dl>\n'

def block_inhoud(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_o = resolve('o')
    l_0_te_laat = resolve('te_laat')
    l_0_peildatum = resolve('peildatum')
    l_0_binnenkort = resolve('binnenkort')
    l_0_volgend_overleg = resolve('volgend_overleg')
    l_0_sinds = resolve('sinds')
    l_0_voortgang = resolve('voortgang')
    l_0_lege_rijen = resolve('lege_rijen')
    l_0_wijzigingen = resolve('wijzigingen')
    l_0_terugblik = resolve('terugblik')
    l_0_overleg = resolve('overleg')
    l_0_bij = resolve('bij')
    l_0_m = resolve('m')
    try:
        t_3 = environment.filters['capitalize']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'capitalize' found.")
    try:
        t_4 = environment.filters['dagen']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'dagen' found.")
    try:
        t_2 = environment.filters['datum']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'datum' found.")
    try:
        t_5 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_6 = environment.filters['kort']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'kort' found.")
    try:
        t_7 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_8 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_9 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    pass
    yield '<section class="deel" id="stand">\n<h2>1. Stand per thema</h2>\n'
    yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'stand_per_thema'), _block_vars=_block_vars)))
    yield '\n'
    yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'legenda_lijst'), _block_vars=_block_vars)))
    yield '\n</section>\n\n<section class="deel" id="te-laat">\n<h2>2. Te laat, per trekker</h2>\n'
    if (undefined(name='te_laat') if l_0_te_laat is missing else l_0_te_laat):
        pass
        yield '<p>Acties die niet gereed zijn en waarvan de termijn op de peildatum verstreken is, de langst verlopen eerst. Een gezamenlijke actie staat onder elke trekker.</p>\n'
        for (l_1_partij, l_1_lijst) in environment.rounds((undefined(name='te_laat') if l_0_te_laat is missing else l_0_te_laat)):
            _loop_vars = {}
            pass
            yield '<table class="acties">\n<thead>\n<tr class="naam"><th scope="colgroup" colspan="6">'
            yield escape(environment.finalize(context, t_9(environment.getattr(l_1_partij, 'naam')[:1])))
            yield escape(environment.finalize(context, environment.getattr(l_1_partij, 'naam')[1:]))
            yield ': '
            yield escape(environment.finalize(context, t_7(l_1_lijst)))
            yield ' '
            yield escape(environment.finalize(context, ('actie' if (t_7(l_1_lijst) == 1) else 'acties')))
            yield ' te laat</th></tr>\n<tr><th scope="col">Nr.</th><th scope="col">Onderwerp en actie</th><th scope="col">Termijn</th><th scope="col">Uiterlijk</th><th scope="col">Te laat</th><th scope="col">Status</th></tr>\n</thead>\n<tbody>\n'
            for l_2_a in environment.rounds(l_1_lijst):
                _loop_vars = {}
                pass
                yield '<tr><td class="nr">'
                yield escape(environment.finalize(context, environment.getattr(l_2_a, 'nr')))
                yield '</td><td>'
                yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'actie_cel'), l_2_a, 220, _loop_vars=_loop_vars)))
                yield '</td><td class="datum">'
                yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'termijn'), l_2_a, _loop_vars=_loop_vars)))
                yield '</td><td class="datum">'
                yield escape(environment.finalize(context, t_2(environment.getattr(l_2_a, 'uiterlijk'))))
                yield '</td><td class="nr">'
                yield escape(environment.finalize(context, t_4(environment.getattr(l_2_a, 'dagen_te_laat'))))
                yield '</td><td>'
                yield escape(environment.finalize(context, environment.getattr(l_2_a, 'status')))
                yield '</td></tr>\n'
            l_2_a = missing
            yield '</tbody>\n</table>\n'
        l_1_partij = l_1_lijst = missing
    else:
        pass
        yield '<p>Geen acties te laat op '
        yield escape(environment.finalize(context, t_2((undefined(name='peildatum') if l_0_peildatum is missing else l_0_peildatum))))
        yield '.</p>\n'
    yield '</section>\n\n<section class="deel" id="binnenkort">\n<h2>3. Termijn vóór het volgende overleg</h2>\n'
    if (undefined(name='binnenkort') if l_0_binnenkort is missing else l_0_binnenkort):
        pass
        yield '<p>Acties die nog niet gereed zijn en waarvan de termijn afloopt vóór het '
        yield escape(environment.finalize(context, t_8(environment.getattr((undefined(name='volgend_overleg') if l_0_volgend_overleg is missing else l_0_volgend_overleg), 'naam'))))
        yield ' ('
        yield escape(environment.finalize(context, environment.getattr((undefined(name='volgend_overleg') if l_0_volgend_overleg is missing else l_0_volgend_overleg), 'wanneer')))
        yield ').</p>\n<table class="acties">\n<thead>\n<tr><th scope="col">Nr.</th><th scope="col">Onderwerp en actie</th><th scope="col">Trekker</th><th scope="col">Termijn</th><th scope="col">Uiterlijk</th><th scope="col">Stoplicht</th></tr>\n</thead>\n<tbody>\n'
        for l_1_a in environment.rounds((undefined(name='binnenkort') if l_0_binnenkort is missing else l_0_binnenkort)):
            _loop_vars = {}
            pass
            yield '<tr><td class="nr">'
            yield escape(environment.finalize(context, environment.getattr(l_1_a, 'nr')))
            yield '</td><td>'
            yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'actie_cel'), l_1_a, 220, _loop_vars=_loop_vars)))
            yield '</td><td>'
            yield escape(environment.finalize(context, t_5(context.eval_ctx, environment.getattr(l_1_a, 'trekker'), ', ')))
            yield '</td><td class="datum">'
            yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'termijn'), l_1_a, _loop_vars=_loop_vars)))
            yield '</td><td class="datum">'
            yield escape(environment.finalize(context, t_2(environment.getattr(l_1_a, 'uiterlijk'))))
            yield '</td><td>'
            yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'licht'), environment.getattr(l_1_a, 'stoplicht'), _loop_vars=_loop_vars)))
            yield '</td></tr>\n'
        l_1_a = missing
        yield '</tbody>\n</table>\n'
    else:
        pass
        yield '<p>Geen acties met een termijn tussen '
        yield escape(environment.finalize(context, t_2((undefined(name='peildatum') if l_0_peildatum is missing else l_0_peildatum))))
        yield ' en het '
        yield escape(environment.finalize(context, t_8(environment.getattr((undefined(name='volgend_overleg') if l_0_volgend_overleg is missing else l_0_volgend_overleg), 'naam'))))
        yield ' ('
        yield escape(environment.finalize(context, environment.getattr((undefined(name='volgend_overleg') if l_0_volgend_overleg is missing else l_0_volgend_overleg), 'wanneer')))
        yield ').</p>\n'
    yield '</section>\n\n<section class="deel" id="voortgang">\n<h2>4. Voortgang sinds '
    yield escape(environment.finalize(context, t_2((undefined(name='sinds') if l_0_sinds is missing else l_0_sinds))))
    yield '</h2>\n'
    if (undefined(name='voortgang') if l_0_voortgang is missing else l_0_voortgang):
        pass
        yield '<table class="voortgang">\n<thead>\n<tr><th scope="col">Datum</th><th scope="col">Nr.</th><th scope="col">Onderwerp</th><th scope="col">Status</th><th scope="col">Toelichting</th></tr>\n</thead>\n<tbody>\n'
        for l_1_v in environment.rounds((undefined(name='voortgang') if l_0_voortgang is missing else l_0_voortgang)):
            _loop_vars = {}
            pass
            yield '<tr><td class="datum">'
            yield escape(environment.finalize(context, t_2(environment.getattr(l_1_v, 'datum'))))
            yield '</td><td class="nr">'
            yield escape(environment.finalize(context, environment.getattr(l_1_v, 'nr')))
            yield '</td><td>'
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_v, 'actie'), 'onderwerp')))
            yield '</td><td>'
            yield escape(environment.finalize(context, environment.getattr(l_1_v, 'status')))
            yield '</td><td class="tekst">'
            yield escape(environment.finalize(context, environment.getattr(l_1_v, 'toelichting')))
            yield '</td></tr>\n'
        l_1_v = missing
        yield '</tbody>\n</table>\n'
    else:
        pass
        yield '<p>Geen voortgang vastgelegd tussen '
        yield escape(environment.finalize(context, t_2((undefined(name='sinds') if l_0_sinds is missing else l_0_sinds))))
        yield ' en '
        yield escape(environment.finalize(context, t_2((undefined(name='peildatum') if l_0_peildatum is missing else l_0_peildatum))))
        yield '.</p>\n'
    yield '</section>\n\n<section class="deel" id="lege-rijen">\n<h2>5. Lege agendarijen</h2>\n'
    if (undefined(name='lege_rijen') if l_0_lege_rijen is missing else l_0_lege_rijen):
        pass
        yield '<p>Deze regels van de uitvoeringsagenda zijn nog leeg: de werkgroep vult ze bij de actualisatie.</p>\n<table class="lege-rijen">\n<thead>\n<tr><th scope="col">Nr.</th><th scope="col">Onderwerp</th><th scope="col">Afspraak</th><th scope="col">Trekker afspraak</th></tr>\n</thead>\n<tbody>\n'
        for l_1_r in environment.rounds((undefined(name='lege_rijen') if l_0_lege_rijen is missing else l_0_lege_rijen)):
            _loop_vars = {}
            pass
            yield '<tr><td class="nr">'
            yield escape(environment.finalize(context, environment.getattr(l_1_r, 'nr')))
            yield '</td><td>'
            yield escape(environment.finalize(context, (environment.getattr(l_1_r, 'onderwerp') or '')))
            yield '</td><td>'
            yield escape(environment.finalize(context, t_6(environment.getattr(environment.getattr(l_1_r, 'afspraak'), 'tekst'), 200)))
            yield '</td><td>'
            yield escape(environment.finalize(context, t_5(context.eval_ctx, environment.getattr(l_1_r, 'trekker'), ', ')))
            yield '</td></tr>\n'
        l_1_r = missing
        yield '</tbody>\n</table>\n'
    else:
        pass
        yield '<p>Geen lege agendarijen.</p>\n'
    yield '</section>\n\n<section class="deel" id="wijzigingen">\n<h2>6. Wijzigingen sinds het vorige overleg</h2>\n'
    if environment.getattr((undefined(name='wijzigingen') if l_0_wijzigingen is missing else l_0_wijzigingen), 'melding'):
        pass
        yield '<p>'
        yield escape(environment.finalize(context, environment.getattr((undefined(name='wijzigingen') if l_0_wijzigingen is missing else l_0_wijzigingen), 'melding')))
        yield '</p>\n'
    elif environment.getattr((undefined(name='wijzigingen') if l_0_wijzigingen is missing else l_0_wijzigingen), 'regels'):
        pass
        yield '<p>Wat er in de gegevens veranderde vanaf '
        yield escape(environment.finalize(context, t_2((undefined(name='sinds') if l_0_sinds is missing else l_0_sinds))))
        yield ', vergeleken met de laatste bewaarde versie daarvoor (van '
        yield escape(environment.finalize(context, t_2(environment.getattr(environment.getattr((undefined(name='wijzigingen') if l_0_wijzigingen is missing else l_0_wijzigingen), 'van'), 'datum'))))
        yield ', kenmerk '
        yield escape(environment.finalize(context, environment.getattr(environment.getattr((undefined(name='wijzigingen') if l_0_wijzigingen is missing else l_0_wijzigingen), 'van'), 'short')))
        yield ').</p>\n<table class="wijzigingen">\n<thead>\n<tr><th scope="col">Soort</th><th scope="col">Nr.</th><th scope="col">Onderwerp</th><th scope="col">Wijziging</th></tr>\n</thead>\n<tbody>\n'
        for l_1_c in environment.rounds(environment.getattr((undefined(name='wijzigingen') if l_0_wijzigingen is missing else l_0_wijzigingen), 'regels')):
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(context, environment.getattr(l_1_c, 'soort')))
            yield '</td><td class="nr">'
            yield escape(environment.finalize(context, environment.getattr(l_1_c, 'sleutel')))
            yield '</td><td>'
            yield escape(environment.finalize(context, environment.getattr(l_1_c, 'onderwerp')))
            yield '</td><td class="tekst">'
            yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'wijziging'), l_1_c, _loop_vars=_loop_vars)))
            yield '</td></tr>\n'
        l_1_c = missing
        yield '</tbody>\n</table>\n'
    else:
        pass
        yield '<p>Geen wijzigingen in de gegevens vanaf '
        yield escape(environment.finalize(context, t_2((undefined(name='sinds') if l_0_sinds is missing else l_0_sinds))))
        yield ', vergeleken met de laatste bewaarde versie daarvoor (van '
        yield escape(environment.finalize(context, t_2(environment.getattr(environment.getattr((undefined(name='wijzigingen') if l_0_wijzigingen is missing else l_0_wijzigingen), 'van'), 'datum'))))
        yield ', kenmerk '
        yield escape(environment.finalize(context, environment.getattr(environment.getattr((undefined(name='wijzigingen') if l_0_wijzigingen is missing else l_0_wijzigingen), 'van'), 'short')))
        yield ').</p>\n'
    yield '</section>\n'
    if (undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik):
        pass
        yield '\n<section class="deel" id="terugblik">\n<h2>7. Terugblik op '
        yield escape(environment.finalize(context, environment.getattr((undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik), 'jaar')))
        yield '</h2>\n<p>In het '
        yield escape(environment.finalize(context, t_8(environment.getattr((undefined(name='overleg') if l_0_overleg is missing else l_0_overleg), 'moment'))))
        yield ' kijken partijen terug op de prestaties van het voorgaande jaar'
        yield escape(environment.finalize(context, environment.getattr((undefined(name='bij') if l_0_bij is missing else l_0_bij), 'overleg')))
        yield ': de acties met een termijn in '
        yield escape(environment.finalize(context, environment.getattr((undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik), 'jaar')))
        yield ' en hoe ze op '
        yield escape(environment.finalize(context, t_2((undefined(name='peildatum') if l_0_peildatum is missing else l_0_peildatum))))
        yield ' zijn afgelopen.</p>\n'
        if environment.getattr((undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik), 'aantal'):
            pass
            yield '<table class="terugblik-tellingen">\n<thead>\n<tr><th scope="col">Thema</th>'
            for l_1_k in environment.rounds(environment.getattr((undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik), 'tellingen')):
                _loop_vars = {}
                pass
                yield '<th scope="col" class="getal">'
                yield escape(environment.finalize(context, t_3(l_1_k)))
                yield '</th>'
            l_1_k = missing
            yield '<th scope="col" class="getal">Acties</th></tr>\n</thead>\n<tbody>\n'
            for l_1_t in environment.rounds(environment.getattr((undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik), 'themas')):
                _loop_vars = {}
                pass
                yield '<tr><td>'
                yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_t, 'thema'), 'nr')))
                yield '. '
                yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_t, 'thema'), 'titel')))
                yield '</td>'
                for (l_2_k, l_2_n) in environment.rounds(environment.call(context, environment.getattr(environment.getattr(l_1_t, 'tellingen'), 'items'), _loop_vars=_loop_vars)):
                    _loop_vars = {}
                    pass
                    yield '<td class="getal">'
                    yield escape(environment.finalize(context, l_2_n))
                    yield '</td>'
                l_2_k = l_2_n = missing
                yield '<td class="getal">'
                yield escape(environment.finalize(context, t_7(environment.getattr(l_1_t, 'regels'))))
                yield '</td></tr>\n'
            l_1_t = missing
            yield '</tbody>\n<tfoot>\n<tr><th scope="row">Totaal</th>'
            for (l_1_k, l_1_n) in environment.rounds(environment.call(context, environment.getattr(environment.getattr((undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik), 'tellingen'), 'items'), _block_vars=_block_vars)):
                _loop_vars = {}
                pass
                yield '<td class="getal">'
                yield escape(environment.finalize(context, l_1_n))
                yield '</td>'
            l_1_k = l_1_n = missing
            yield '<td class="getal">'
            yield escape(environment.finalize(context, environment.getattr((undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik), 'aantal')))
            yield '</td></tr>\n</tfoot>\n</table>\n'
            for l_1_t in environment.rounds(environment.getattr((undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik), 'themas')):
                _loop_vars = {}
                pass
                yield '<h3>'
                yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_t, 'thema'), 'nr')))
                yield '. '
                yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_t, 'thema'), 'titel')))
                yield '</h3>\n<table class="terugblik">\n<thead>\n<tr><th scope="col">Nr.</th><th scope="col">Onderwerp</th><th scope="col">Trekker</th><th scope="col">Termijn</th><th scope="col">Afgelopen</th><th scope="col">Gereed op</th></tr>\n</thead>\n<tbody>\n'
                for l_2_r in environment.rounds(environment.getattr(l_1_t, 'regels')):
                    _loop_vars = {}
                    pass
                    yield '<tr><td class="nr">'
                    yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_r, 'actie'), 'nr')))
                    yield '</td><td>'
                    yield escape(environment.finalize(context, (environment.getattr(environment.getattr(l_2_r, 'actie'), 'onderwerp') or '')))
                    yield '</td><td>'
                    yield escape(environment.finalize(context, t_5(context.eval_ctx, environment.getattr(environment.getattr(l_2_r, 'actie'), 'trekker'), ', ')))
                    yield '</td><td>'
                    yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_r, 'actie'), 'termijn_getoond')))
                    yield '</td><td>'
                    yield escape(environment.finalize(context, environment.getattr(l_2_r, 'afloop')))
                    yield '</td><td class="datum">'
                    yield escape(environment.finalize(context, t_2(environment.getattr(l_2_r, 'gereed_op'))))
                    yield '</td></tr>\n'
                l_2_r = missing
                yield '</tbody>\n</table>\n'
            l_1_t = missing
        else:
            pass
            yield '<p>Geen acties met een termijn in '
            yield escape(environment.finalize(context, environment.getattr((undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik), 'jaar')))
            yield '.</p>\n'
        yield '</section>\n'
    yield '\n'
    yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'sectie'), environment.joined(markup_join, (('8' if (undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik) else '7'), '. Cijfers van de monitor', )), _block_vars=_block_vars)))
    yield '\n'

blocks = {'onder_kop': block_onder_kop, 'inhoud': block_inhoud}
debug_info = '2=21&3=24&4=26&5=28&6=33&7=53&9=55&10=57&11=59&12=61&13=64&15=68&16=71&20=75&23=145&24=147&29=149&31=152&34=156&38=163&39=167&45=185&51=188&52=191&58=195&59=199&64=216&69=223&70=225&76=228&77=232&82=247&88=252&95=255&96=259&107=273&108=276&109=278&110=281&116=287&117=291&122=304&125=311&128=314&129=316&130=324&133=327&136=335&137=339&141=355&144=365&145=369&151=373&152=377&158=395&163=399'
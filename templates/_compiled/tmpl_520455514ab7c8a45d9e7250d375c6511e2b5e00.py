from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'agenda.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_kop = resolve('kop')
    l_0_agendas = resolve('agendas')
    l_0_o = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_3 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    parent_template = environment.get_template('base.html.j2', 'agenda.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_o = context.vars['o'] = environment.get_template('_onderdelen.html.j2', 'agenda.html.j2').make_module(context.get_all(), True, {'kop': l_0_kop, 'o': l_0_o})
    context.exported_vars.discard('o')
    l_0_kop = ((undefined(name='kop') if l_0_kop is missing else l_0_kop) if t_3((undefined(name='kop') if l_0_kop is missing else l_0_kop)) else (t_1(context.eval_ctx, t_2(context, (undefined(name='agendas') if l_0_agendas is missing else l_0_agendas), attribute='agenda.titel'), ', ') or 'Uitvoeringsagenda'))
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
    l_0_agendas = resolve('agendas')
    l_0_peildatum = resolve('peildatum')
    l_0_selectie = resolve('selectie')
    l_0_o = resolve('o')
    try:
        t_4 = environment.filters['datum']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'datum' found.")
    pass
    for l_1_ag in environment.rounds((undefined(name='agendas') if l_0_agendas is missing else l_0_agendas)):
        _loop_vars = {}
        pass
        if environment.getattr(environment.getattr(l_1_ag, 'agenda'), 'bijlage'):
            pass
            yield '<p class="ondertitel">'
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_ag, 'agenda'), 'bijlage')))
            yield '</p>'
        if environment.getattr(environment.getattr(l_1_ag, 'agenda'), 'inleiding'):
            pass
            yield '<p class="tekst">'
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_ag, 'agenda'), 'inleiding')))
            yield '</p>'
    l_1_ag = missing
    yield '<dl class="gegevens">\n<div><dt>Peildatum</dt><dd>'
    yield escape(environment.finalize(context, t_4((undefined(name='peildatum') if l_0_peildatum is missing else l_0_peildatum))))
    yield '</dd></div>\n'
    if (undefined(name='selectie') if l_0_selectie is missing else l_0_selectie):
        pass
        yield '<div><dt>Selectie</dt><dd>'
        yield escape(environment.finalize(context, (undefined(name='selectie') if l_0_selectie is missing else l_0_selectie)))
        yield '</dd></div>\n'
    yield '</dl>\n'
    yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'legenda_lijst'), _block_vars=_block_vars)))
    yield '\n'

def block_inhoud(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_agendas = resolve('agendas')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_5 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    l_1_loop = missing
    for l_1_ag, l_1_loop in LoopContext(environment.rounds((undefined(name='agendas') if l_0_agendas is missing else l_0_agendas)), undefined):
        _loop_vars = {}
        pass
        l_2_loop = missing
        for l_2_at, l_2_loop in LoopContext(environment.rounds(environment.getattr(l_1_ag, 'themas')), undefined):
            _loop_vars = {}
            pass
            yield '\n<section class="thema" id="'
            yield escape(environment.finalize(context, environment.getattr(l_2_loop, 'index')))
            yield '-thema-'
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_at, 'thema'), 'nr')))
            yield '">\n<h2>'
            if (t_5((undefined(name='agendas') if l_0_agendas is missing else l_0_agendas)) > 1):
                pass
                yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_ag, 'agenda'), 'titel')))
                yield ': '
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_at, 'thema'), 'nr')))
            yield ' – '
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_at, 'thema'), 'titel')))
            yield '</h2>\n'
            for l_3_tabel in environment.rounds(environment.getattr(l_2_at, 'tabellen')):
                _loop_vars = {}
                pass
                if environment.getattr(l_3_tabel, 'nr'):
                    pass
                    yield '<h3>'
                    yield escape(environment.finalize(context, environment.getattr(l_3_tabel, 'nr')))
                    yield ' '
                    yield escape(environment.finalize(context, environment.getattr(l_3_tabel, 'titel')))
                    yield '</h3>\n'
                yield '<table class="agenda">\n<thead>\n<tr><th scope="col">Onderwerpen</th><th scope="col">Nr.</th><th scope="col">Afspraak bespreken</th><th scope="col">Trekker /datum</th><th scope="col">Status</th><th scope="col">Stoplicht</th></tr>\n</thead>\n<tbody>\n'
                for l_4_a in environment.rounds(environment.getattr(l_3_tabel, 'rijen')):
                    l_4_o = resolve('o')
                    _loop_vars = {}
                    pass
                    yield '<tr><td>'
                    yield escape(environment.finalize(context, environment.getattr(l_4_a, 'onderwerp')))
                    yield '</td><td class="nr">'
                    yield escape(environment.finalize(context, environment.getattr(l_4_a, 'nr')))
                    yield '</td>\n'
                    if environment.getattr(environment.getattr(l_4_a, 'rij'), 'is_actie'):
                        pass
                        yield '<td class="tekst">'
                        yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_4_a, 'rij'), 'actie')))
                        yield '</td><td>'
                        yield escape(environment.finalize(context, t_1(context.eval_ctx, environment.getattr(l_4_a, 'trekker'), ', ')))
                        if environment.getattr(l_4_a, 'termijn'):
                            pass
                            yield ', '
                            yield escape(environment.finalize(context, environment.getattr(l_4_a, 'termijn_getoond')))
                        yield '</td><td>'
                        yield escape(environment.finalize(context, environment.getattr(l_4_a, 'status')))
                        if environment.getattr(l_4_a, 'laatste_toelichting'):
                            pass
                            yield '<span class="toelichting tekst">'
                            yield escape(environment.finalize(context, environment.getattr(l_4_a, 'laatste_toelichting')))
                            yield '</span>'
                        yield '</td><td>'
                        if environment.getattr(l_4_a, 'doorgeschoven'):
                            pass
                            yield 'doorgeschoven naar '
                            yield escape(environment.finalize(context, environment.getattr(l_4_a, 'doorgeschoven')))
                        else:
                            pass
                            yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_4_o is missing else l_4_o), 'licht'), environment.getattr(l_4_a, 'stoplicht'), _loop_vars=_loop_vars)))
                        yield '</td></tr>\n'
                    else:
                        pass
                        yield '<td class="leeg-tekst">nog leeg</td><td></td><td></td><td>'
                        yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_4_o is missing else l_4_o), 'licht'), None, _loop_vars=_loop_vars)))
                        yield '</td></tr>\n'
                l_4_a = l_4_o = missing
                yield '</tbody>\n</table>\n'
            l_3_tabel = missing
            yield '</section>\n'
        l_2_loop = l_2_at = missing
    l_1_loop = l_1_ag = missing

blocks = {'onder_kop': block_onder_kop, 'inhoud': block_inhoud}
debug_info = '2=33&3=36&4=38&5=43&6=61&7=64&8=69&11=76&12=78&13=81&16=84&18=87&19=109&20=113&22=117&23=121&24=129&25=132&26=135&33=140&34=145&35=149&36=152&38=178'
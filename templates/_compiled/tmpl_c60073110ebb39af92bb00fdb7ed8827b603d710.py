from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'stoplicht.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_kop = resolve('kop')
    l_0_o = l_0_m = missing
    try:
        t_1 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    parent_template = environment.get_template('base.md.j2', 'stoplicht.md.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_o = context.vars['o'] = environment.get_template('_onderdelen.md.j2', 'stoplicht.md.j2').make_module(context.get_all(), True, {'kop': l_0_kop, 'm': l_0_m, 'o': l_0_o})
    context.exported_vars.discard('o')
    l_0_m = context.vars['m'] = environment.get_template('_monitor.md.j2', 'stoplicht.md.j2').make_module(context.get_all(), True, {'kop': l_0_kop, 'm': l_0_m, 'o': l_0_o})
    context.exported_vars.discard('m')
    l_0_kop = ((undefined(name='kop') if l_0_kop is missing else l_0_kop) if t_1((undefined(name='kop') if l_0_kop is missing else l_0_kop)) else 'Stoplichtrapportage')
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
    l_0_bij = resolve('bij')
    l_0_peildatum = resolve('peildatum')
    try:
        t_2 = environment.filters['datum']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'datum' found.")
    pass
    yield 'Monitor van de uitvoering van de prestatieafspraken'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='bij') if l_0_bij is missing else l_0_bij), 'monitor')))
    yield ': per afspraak de acties uit de uitvoeringsagenda, met hun stoplicht. Peildatum: **'
    yield escape(environment.finalize(context, t_2((undefined(name='peildatum') if l_0_peildatum is missing else l_0_peildatum))))
    yield '**.\n'

def block_inhoud(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_o = resolve('o')
    l_0_afspraak_tellingen = resolve('afspraak_tellingen')
    l_0_legenda = resolve('legenda')
    l_0_themas = resolve('themas')
    l_0_m = resolve('m')
    l_0_n = missing
    try:
        t_3 = environment.filters['dagen']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'dagen' found.")
    try:
        t_4 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_5 = environment.filters['kort']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'kort' found.")
    try:
        t_6 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_7 = environment.filters['sum']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'sum' found.")
    pass
    yield '## Overzicht\n\n'
    yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'stand_per_thema'), _block_vars=_block_vars)))
    yield '\n\n'
    l_0_n = t_7(environment, environment.call(context, environment.getattr((undefined(name='afspraak_tellingen') if l_0_afspraak_tellingen is missing else l_0_afspraak_tellingen), 'values'), _block_vars=_block_vars))
    _block_vars['n'] = l_0_n
    yield escape(environment.finalize(context, (undefined(name='n') if l_0_n is missing else l_0_n)))
    yield ' '
    yield escape(environment.finalize(context, ('afspraak' if ((undefined(name='n') if l_0_n is missing else l_0_n) == 1) else 'afspraken')))
    yield '; naar het ernstigste stoplicht van hun acties: '
    for l_1_l in environment.rounds((undefined(name='legenda') if l_0_legenda is missing else l_0_legenda)):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(context, environment.getitem((undefined(name='afspraak_tellingen') if l_0_afspraak_tellingen is missing else l_0_afspraak_tellingen), environment.getattr(l_1_l, 'naam'))))
        yield ' '
        yield escape(environment.finalize(context, environment.getattr(l_1_l, 'naam')))
        yield ', '
    l_1_l = missing
    yield 'en '
    yield escape(environment.finalize(context, environment.getattr((undefined(name='afspraak_tellingen') if l_0_afspraak_tellingen is missing else l_0_afspraak_tellingen), 'zonder_actie')))
    yield ' zonder actie in de uitvoeringsagenda.\n\n'
    yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'legenda_regel'), _block_vars=_block_vars)))
    yield '\n'
    l_1_loop = missing
    for l_1_t, l_1_loop in LoopContext(environment.rounds((undefined(name='themas') if l_0_themas is missing else l_0_themas)), undefined):
        _loop_vars = {}
        pass
        yield '\n## '
        yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_t, 'thema'), 'nr')))
        yield '. '
        yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_t, 'thema'), 'titel')))
        yield '\n\n'
        yield escape(environment.finalize(context, environment.getattr(l_1_t, 'aantal')))
        yield ' '
        yield escape(environment.finalize(context, ('actie' if (environment.getattr(l_1_t, 'aantal') == 1) else 'acties')))
        yield ': '
        l_2_loop = missing
        for l_2_l, l_2_loop in LoopContext(environment.rounds((undefined(name='legenda') if l_0_legenda is missing else l_0_legenda)), undefined):
            _loop_vars = {}
            pass
            yield escape(environment.finalize(context, environment.getitem(environment.getattr(l_1_t, 'tellingen'), environment.getattr(l_2_l, 'naam'))))
            yield ' '
            yield escape(environment.finalize(context, environment.getattr(l_2_l, 'naam')))
            yield escape(environment.finalize(context, (', ' if (not environment.getattr(l_2_loop, 'last')) else '.')))
        l_2_loop = l_2_l = missing
        yield '\n\n'
        if (not environment.getattr(l_1_t, 'afspraken')):
            pass
            yield 'Geen afspraken of acties in deze selectie.\n'
        else:
            pass
            yield '| nr | afspraak | actie | trekker | termijn | status | stoplicht | toelichting |\n|---|---|---|---|---|---|---|---|\n'
            for l_2_b in environment.rounds(environment.getattr(l_1_t, 'afspraken')):
                _loop_vars = {}
                pass
                if (t_6(environment.getattr(l_2_b, 'acties')) > 1):
                    pass
                    yield '| **'
                    yield escape(environment.finalize(context, environment.getattr(l_2_b, 'nr')))
                    yield '** | '
                    yield escape(environment.finalize(context, (environment.getattr(l_2_b, 'onderwerp') or t_5(environment.getattr(environment.getattr(l_2_b, 'afspraak'), 'tekst'), 80))))
                    yield ' | _'
                    yield escape(environment.finalize(context, t_6(environment.getattr(l_2_b, 'acties'))))
                    yield ' acties_ | '
                    yield escape(environment.finalize(context, t_4(context.eval_ctx, environment.getattr(l_2_b, 'trekker'), ', ')))
                    yield ' |  |  | '
                    yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'licht'), environment.getattr(l_2_b, 'stoplicht'), _loop_vars=_loop_vars)))
                    yield ' (ernstigste) |  |\n'
                t_8 = 1
                for l_3_a in environment.rounds(environment.getattr(l_2_b, 'acties')):
                    _loop_vars = {}
                    pass
                    yield '| '
                    if (t_6(environment.getattr(l_2_b, 'acties')) > 1):
                        pass
                        yield escape(environment.finalize(context, environment.getattr(l_3_a, 'nr')))
                    else:
                        pass
                        yield escape(environment.finalize(context, environment.getattr(l_2_b, 'nr')))
                        if (environment.getattr(l_3_a, 'nr') != environment.getattr(l_2_b, 'nr')):
                            pass
                            yield ' (agenda '
                            yield escape(environment.finalize(context, environment.getattr(l_3_a, 'nr')))
                            yield ')'
                    yield ' | '
                    yield escape(environment.finalize(context, (environment.getattr(l_2_b, 'onderwerp') or environment.getattr(l_3_a, 'onderwerp'))))
                    yield ' | '
                    yield escape(environment.finalize(context, t_5(environment.getattr(environment.getattr(l_3_a, 'rij'), 'actie'), 120)))
                    yield ' | '
                    yield escape(environment.finalize(context, t_4(context.eval_ctx, environment.getattr(l_3_a, 'trekker'), ', ')))
                    yield ' | '
                    yield escape(environment.finalize(context, environment.getattr(l_3_a, 'termijn_getoond')))
                    yield ' | '
                    yield escape(environment.finalize(context, environment.getattr(l_3_a, 'status')))
                    yield ' | '
                    yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'licht'), environment.getattr(l_3_a, 'stoplicht'), _loop_vars=_loop_vars)))
                    if environment.getattr(l_3_a, 'dagen_te_laat'):
                        pass
                        yield ' ('
                        yield escape(environment.finalize(context, t_3(environment.getattr(l_3_a, 'dagen_te_laat'))))
                        yield ' te laat)'
                    yield ' | '
                    yield escape(environment.finalize(context, environment.getattr(l_3_a, 'laatste_toelichting')))
                    yield ' |\n'
                    t_8 = 0
                l_3_a = missing
                if t_8:
                    pass
                    yield '| '
                    yield escape(environment.finalize(context, environment.getattr(l_2_b, 'nr')))
                    yield ' | '
                    yield escape(environment.finalize(context, (environment.getattr(l_2_b, 'onderwerp') or t_5(environment.getattr(environment.getattr(l_2_b, 'afspraak'), 'tekst'), 80))))
                    yield ' | _'
                    if environment.getattr(l_2_b, 'doorgeschoven'):
                        pass
                        yield 'doorgeschoven naar '
                        yield escape(environment.finalize(context, environment.getattr(environment.getitem(environment.getattr(l_2_b, 'doorgeschoven'), 0), 'doorgeschoven')))
                    else:
                        pass
                        yield escape(environment.finalize(context, ('agendarij nog leeg' if environment.getattr(l_2_b, 'lege_rijen') else 'geen rij in de uitvoeringsagenda')))
                    for l_4_g in environment.rounds(environment.getattr(l_2_b, 'afgerond')):
                        _loop_vars = {}
                        pass
                        yield '; '
                        yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'afgerond'), l_4_g, environment.getattr(l_2_b, 'nr'), _loop_vars=_loop_vars)))
                    l_4_g = missing
                    yield '_ | '
                    yield escape(environment.finalize(context, t_4(context.eval_ctx, environment.getattr(l_2_b, 'trekker'), ', ')))
                    yield ' |  |  | leeg |  |\n'
                def t_9(fiter):
                    for l_3_g in fiter:
                        if environment.getattr(l_2_b, 'acties'):
                            yield l_3_g
                for l_3_g in t_9(environment.rounds(environment.getattr(l_2_b, 'afgerond'))):
                    _loop_vars = {}
                    pass
                    yield '| '
                    yield escape(environment.finalize(context, environment.getattr(l_3_g, 'nr')))
                    yield ' | '
                    yield escape(environment.finalize(context, (environment.getattr(l_2_b, 'onderwerp') or environment.getattr(environment.getattr(l_3_g, 'actie'), 'onderwerp'))))
                    yield ' | _'
                    yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'afgerond'), l_3_g, environment.getattr(l_2_b, 'nr'), _loop_vars=_loop_vars)))
                    yield '_ | '
                    yield escape(environment.finalize(context, t_4(context.eval_ctx, environment.getattr(environment.getattr(l_3_g, 'actie'), 'trekker'), ', ')))
                    yield ' | '
                    yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_3_g, 'actie'), 'termijn_getoond')))
                    yield ' | '
                    yield escape(environment.finalize(context, environment.getattr(l_3_g, 'status')))
                    yield ' |  | '
                    yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_3_g, 'actie'), 'laatste_toelichting')))
                    yield ' |\n'
                l_3_g = missing
            l_2_b = missing
    l_1_loop = l_1_t = missing
    yield '\n\n'
    yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'sectie'), 'Cijfers van de monitor', _block_vars=_block_vars)))
    yield '\n'

blocks = {'onder_kop': block_onder_kop, 'inhoud': block_inhoud}
debug_info = '2=20&3=23&4=25&5=27&6=32&7=49&9=54&12=99&14=101&15=103&17=118&18=121&20=125&22=129&25=143&30=149&31=152&32=155&34=166&35=170&37=206&39=226&40=234&47=252'
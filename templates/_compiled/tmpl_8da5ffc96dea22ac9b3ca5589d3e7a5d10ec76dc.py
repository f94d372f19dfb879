from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'agenda.md.j2'

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
    parent_template = environment.get_template('base.md.j2', 'agenda.md.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_o = context.vars['o'] = environment.get_template('_onderdelen.md.j2', 'agenda.md.j2').make_module(context.get_all(), True, {'kop': l_0_kop, 'o': l_0_o})
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
            yield '**'
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_ag, 'agenda'), 'bijlage')))
            yield '**'
        yield '\n\n'
        if environment.getattr(environment.getattr(l_1_ag, 'agenda'), 'inleiding'):
            pass
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_ag, 'agenda'), 'inleiding')))
        yield '\n\n'
    l_1_ag = missing
    yield 'Peildatum: **'
    yield escape(environment.finalize(context, t_4((undefined(name='peildatum') if l_0_peildatum is missing else l_0_peildatum))))
    yield '**. '
    yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'legenda_regel'), _block_vars=_block_vars)))
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
    for l_1_ag in environment.rounds((undefined(name='agendas') if l_0_agendas is missing else l_0_agendas)):
        _loop_vars = {}
        pass
        for l_2_at in environment.rounds(environment.getattr(l_1_ag, 'themas')):
            _loop_vars = {}
            pass
            yield '\n## '
            if (t_5((undefined(name='agendas') if l_0_agendas is missing else l_0_agendas)) > 1):
                pass
                yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_ag, 'agenda'), 'titel')))
                yield ': '
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_at, 'thema'), 'nr')))
            yield ' – '
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_at, 'thema'), 'titel')))
            yield '\n'
            for l_3_tabel in environment.rounds(environment.getattr(l_2_at, 'tabellen')):
                _loop_vars = {}
                pass
                yield '\n'
                if environment.getattr(l_3_tabel, 'nr'):
                    pass
                    yield '### '
                    yield escape(environment.finalize(context, environment.getattr(l_3_tabel, 'nr')))
                    yield ' '
                    yield escape(environment.finalize(context, environment.getattr(l_3_tabel, 'titel')))
                    yield '\n\n'
                yield '| onderwerpen | nr | afspraak bespreken | trekker /datum | status | stoplicht |\n|---|---|---|---|---|---|\n'
                for l_4_a in environment.rounds(environment.getattr(l_3_tabel, 'rijen')):
                    l_4_o = resolve('o')
                    _loop_vars = {}
                    pass
                    if environment.getattr(environment.getattr(l_4_a, 'rij'), 'is_actie'):
                        pass
                        yield '| '
                        yield escape(environment.finalize(context, environment.getattr(l_4_a, 'onderwerp')))
                        yield ' | '
                        yield escape(environment.finalize(context, environment.getattr(l_4_a, 'nr')))
                        yield ' | '
                        yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_4_a, 'rij'), 'actie')))
                        yield ' | '
                        yield escape(environment.finalize(context, t_1(context.eval_ctx, environment.getattr(l_4_a, 'trekker'), ', ')))
                        if environment.getattr(l_4_a, 'termijn'):
                            pass
                            yield ', '
                            yield escape(environment.finalize(context, environment.getattr(l_4_a, 'termijn_getoond')))
                        yield ' | '
                        yield escape(environment.finalize(context, environment.getattr(l_4_a, 'status')))
                        if environment.getattr(l_4_a, 'laatste_toelichting'):
                            pass
                            yield ': '
                            yield escape(environment.finalize(context, environment.getattr(l_4_a, 'laatste_toelichting')))
                        yield ' | '
                        if environment.getattr(l_4_a, 'doorgeschoven'):
                            pass
                            yield 'doorgeschoven naar '
                            yield escape(environment.finalize(context, environment.getattr(l_4_a, 'doorgeschoven')))
                        else:
                            pass
                            yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_4_o is missing else l_4_o), 'licht'), environment.getattr(l_4_a, 'stoplicht'), _loop_vars=_loop_vars)))
                        yield ' |\n'
                    else:
                        pass
                        yield '| '
                        yield escape(environment.finalize(context, environment.getattr(l_4_a, 'onderwerp')))
                        yield ' | '
                        yield escape(environment.finalize(context, environment.getattr(l_4_a, 'nr')))
                        yield ' | _nog leeg_ |  |  | leeg |\n'
                l_4_a = l_4_o = missing
            l_3_tabel = missing
        l_2_at = missing
    l_1_ag = missing

blocks = {'onder_kop': block_onder_kop, 'inhoud': block_inhoud}
debug_info = '2=33&3=36&4=38&5=43&6=60&7=63&10=69&14=75&16=80&17=101&18=104&20=108&21=116&23=120&24=123&29=128&30=132&31=135&33=164'
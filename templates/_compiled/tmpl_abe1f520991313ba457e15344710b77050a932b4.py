from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_monitor.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_o = l_0_oordeel = l_0_sectie = missing
    try:
        t_1 = environment.filters['datum']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'datum' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    l_0_o = context.vars['o'] = environment.get_template('_onderdelen.md.j2', '_monitor.md.j2').make_module(context.get_all(), True, {'o': l_0_o, 'oordeel': l_0_oordeel, 'sectie': l_0_sectie})
    context.exported_vars.discard('o')
    yield '\n'
    def macro(l_1_naam):
        t_3 = []
        if l_1_naam is missing:
            l_1_naam = undefined("parameter 'naam' was not provided", name='naam')
        pass
        if (l_1_naam in ('groen', 'oranje', 'rood')):
            pass
            t_3.append(
                escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'licht'), l_1_naam))),
            )
        elif l_1_naam:
            pass
            t_3.append(
                escape(environment.finalize(context, l_1_naam)),
            )
        else:
            pass
            t_3.append(
                '– geen kleur',
            )
        return concat(t_3)
    context.exported_vars.add('oordeel')
    context.vars['oordeel'] = l_0_oordeel = Macro(environment, macro, 'oordeel', ('naam',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_kop):
        t_4 = []
        l_1_bij = resolve('bij')
        l_1_monitor = resolve('monitor')
        if l_1_kop is missing:
            l_1_kop = undefined("parameter 'kop' was not provided", name='kop')
        pass
        t_4.extend((
            '## ',
            escape(environment.finalize(context, l_1_kop)),
            '\n\nDe cijfers van de monitor',
            escape(environment.finalize(context, environment.getattr((undefined(name='bij') if l_1_bij is missing else l_1_bij), 'monitor'))),
            ' op ',
            escape(environment.finalize(context, t_1(environment.getattr((undefined(name='monitor') if l_1_monitor is missing else l_1_monitor), 'peildatum')))),
            ': per indicator elke meting tegen het doel van het jaar van die meting. Groen: doel gehaald; oranje: gemist met hooguit ',
            escape(environment.finalize(context, environment.getattr((undefined(name='monitor') if l_1_monitor is missing else l_1_monitor), 'marge_procent'))),
            '% van het doel; rood: verder gemist; geen kleur: geen doel in dat jaar, of het cijfer van het peiljaar ontbreekt.\n',
        ))
        for l_2_b in environment.rounds(environment.getattr((undefined(name='monitor') if l_1_monitor is missing else l_1_monitor), 'blokken')):
            _loop_vars = {}
            pass
            t_4.extend((
                '\n### ',
                escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_b, 'indicator'), 'afspraak'))),
                ' ',
                escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_b, 'indicator'), 'naam'))),
                '\n\n',
            ))
            if environment.getattr(l_2_b, 'doelen'):
                pass
                t_4.extend((
                    'Doel: ',
                    escape(environment.finalize(context, t_2(context.eval_ctx, environment.getattr(l_2_b, 'doelen'), '; '))),
                    '.',
                ))
            else:
                pass
                t_4.append(
                    'Geen doel in de afspraken.',
                )
            t_4.append(
                '\n\n| jaar | reeks | meting | doel | stoplicht | toelichting | bron |\n|---|---|---:|---|---|---|---|\n',
            )
            for l_3_r in environment.rounds(environment.getattr(l_2_b, 'rijen')):
                _loop_vars = {}
                pass
                t_4.extend((
                    '| ',
                    escape(environment.finalize(context, environment.getattr(l_3_r, 'jaar'))),
                    ' | ',
                    escape(environment.finalize(context, (environment.getattr(l_3_r, 'reeks') or 'totaal'))),
                    ' | ',
                    escape(environment.finalize(context, environment.getattr(l_3_r, 'meting'))),
                    ' | ',
                    escape(environment.finalize(context, environment.getattr(l_3_r, 'doel'))),
                    ' | ',
                    escape(environment.finalize(context, environment.call(context, (undefined(name='oordeel') if l_0_oordeel is missing else l_0_oordeel), environment.getattr(l_3_r, 'stoplicht'), _loop_vars=_loop_vars))),
                    ' | ',
                    escape(environment.finalize(context, environment.getattr(l_3_r, 'toelichting'))),
                    ' | ',
                    escape(environment.finalize(context, environment.getattr(l_3_r, 'bron'))),
                    ' |\n',
                ))
            l_3_r = missing
        l_2_b = missing
        return concat(t_4)
    context.exported_vars.add('sectie')
    context.vars['sectie'] = l_0_sectie = Macro(environment, macro, 'sectie', ('kop',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '4=24&6=27&7=32&10=51&11=60&13=62&14=69&16=74&18=79&23=94&24=99'
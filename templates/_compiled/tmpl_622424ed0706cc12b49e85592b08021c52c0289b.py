from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_onderdelen.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_licht = l_0_stand_per_thema = l_0_legenda_regel = l_0_wijziging = l_0_afgerond = missing
    try:
        t_1 = environment.filters['datum']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'datum' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_naam):
        t_5 = []
        l_1_legenda = resolve('legenda')
        if l_1_naam is missing:
            l_1_naam = undefined("parameter 'naam' was not provided", name='naam')
        pass
        if l_1_naam:
            pass
            def t_6(fiter):
                for l_2_l in fiter:
                    if (environment.getattr(l_2_l, 'naam') == l_1_naam):
                        yield l_2_l
            for l_2_l in t_6(environment.rounds((undefined(name='legenda') if l_1_legenda is missing else l_1_legenda))):
                _loop_vars = {}
                pass
                t_5.extend((
                    escape(environment.finalize(context, environment.getattr(l_2_l, 'emoji'))),
                    ' ',
                    escape(environment.finalize(context, l_1_naam)),
                ))
            l_2_l = missing
        else:
            pass
            t_5.append(
                'leeg',
            )
        return concat(t_5)
    context.exported_vars.add('licht')
    context.vars['licht'] = l_0_licht = Macro(environment, macro, 'licht', ('naam',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_7 = []
        l_1_legenda = resolve('legenda')
        l_1_themas = resolve('themas')
        l_1_acties = resolve('acties')
        pass
        t_7.append(
            '| thema |',
        )
        for l_2_l in environment.rounds((undefined(name='legenda') if l_1_legenda is missing else l_1_legenda)):
            _loop_vars = {}
            pass
            t_7.extend((
                ' ',
                escape(environment.finalize(context, environment.getattr(l_2_l, 'emoji'))),
                ' ',
                escape(environment.finalize(context, environment.getattr(l_2_l, 'naam'))),
                ' |',
            ))
        l_2_l = missing
        t_7.append(
            ' acties |\n|---|',
        )
        for l_2_l in environment.rounds((undefined(name='legenda') if l_1_legenda is missing else l_1_legenda)):
            _loop_vars = {}
            pass
            t_7.append(
                '---:|',
            )
        l_2_l = missing
        t_7.append(
            '---:|\n',
        )
        for l_2_t in environment.rounds((undefined(name='themas') if l_1_themas is missing else l_1_themas)):
            _loop_vars = {}
            pass
            t_7.extend((
                '| ',
                escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_t, 'thema'), 'nr'))),
                '. ',
                escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_t, 'thema'), 'titel'))),
                ' |',
            ))
            for l_3_l in environment.rounds((undefined(name='legenda') if l_1_legenda is missing else l_1_legenda)):
                _loop_vars = {}
                pass
                t_7.extend((
                    ' ',
                    escape(environment.finalize(context, environment.getitem(environment.getattr(l_2_t, 'tellingen'), environment.getattr(l_3_l, 'naam')))),
                    ' |',
                ))
            l_3_l = missing
            t_7.extend((
                ' ',
                escape(environment.finalize(context, environment.getattr(l_2_t, 'aantal'))),
                ' |\n',
            ))
        l_2_t = missing
        t_7.append(
            '| **totaal** |',
        )
        for l_2_l in environment.rounds((undefined(name='legenda') if l_1_legenda is missing else l_1_legenda)):
            l_2_tellingen = resolve('tellingen')
            _loop_vars = {}
            pass
            t_7.extend((
                ' **',
                escape(environment.finalize(context, environment.getitem((undefined(name='tellingen') if l_2_tellingen is missing else l_2_tellingen), environment.getattr(l_2_l, 'naam')))),
                '** |',
            ))
        l_2_l = l_2_tellingen = missing
        t_7.extend((
            ' **',
            escape(environment.finalize(context, t_2((undefined(name='acties') if l_1_acties is missing else l_1_acties)))),
            '** |\n',
        ))
        return concat(t_7)
    context.exported_vars.add('stand_per_thema')
    context.vars['stand_per_thema'] = l_0_stand_per_thema = Macro(environment, macro, 'stand_per_thema', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_8 = []
        l_1_legenda = resolve('legenda')
        pass
        t_8.append(
            'Stoplicht: ',
        )
        l_2_loop = missing
        for l_2_l, l_2_loop in LoopContext(environment.rounds((undefined(name='legenda') if l_1_legenda is missing else l_1_legenda)), undefined):
            _loop_vars = {}
            pass
            t_8.extend((
                escape(environment.finalize(context, environment.call(context, (undefined(name='licht') if l_0_licht is missing else l_0_licht), environment.getattr(l_2_l, 'naam'), _loop_vars=_loop_vars))),
                ': ',
                escape(environment.finalize(context, environment.getattr(l_2_l, 'betekenis'))),
                escape(environment.finalize(context, ('; ' if (not environment.getattr(l_2_loop, 'last')) else '.'))),
            ))
        l_2_loop = l_2_l = missing
        return concat(t_8)
    context.exported_vars.add('legenda_regel')
    context.vars['legenda_regel'] = l_0_legenda_regel = Macro(environment, macro, 'legenda_regel', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_c):
        t_9 = []
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        pass
        if (environment.getattr(l_1_c, 'wat') == 'toegevoegd'):
            pass
            t_9.extend((
                'toegevoegd: ',
                escape(environment.finalize(context, environment.getattr(l_1_c, 'naar'))),
            ))
            if environment.getattr(l_1_c, 'details'):
                pass
                t_9.extend((
                    ' (',
                    escape(environment.finalize(context, environment.getattr(l_1_c, 'details'))),
                    ')',
                ))
        elif (environment.getattr(l_1_c, 'wat') == 'verwijderd'):
            pass
            t_9.extend((
                'verwijderd: ',
                escape(environment.finalize(context, environment.getattr(l_1_c, 'van'))),
            ))
            if environment.getattr(l_1_c, 'details'):
                pass
                t_9.extend((
                    ' (',
                    escape(environment.finalize(context, environment.getattr(l_1_c, 'details'))),
                    ')',
                ))
        elif t_3(environment.getattr(l_1_c, 'woorden')):
            pass
            t_9.extend((
                escape(environment.finalize(context, environment.getattr(l_1_c, 'wat'))),
                ': ',
            ))
            l_2_loop = missing
            for (l_2_op, l_2_t), l_2_loop in LoopContext(environment.rounds(environment.getattr(l_1_c, 'woorden')), undefined):
                _loop_vars = {}
                pass
                if (l_2_op == '-'):
                    pass
                    t_9.extend((
                        '~~',
                        escape(environment.finalize(context, l_2_t)),
                        '~~',
                    ))
                elif (l_2_op == '+'):
                    pass
                    t_9.extend((
                        '**',
                        escape(environment.finalize(context, l_2_t)),
                        '**',
                    ))
                else:
                    pass
                    t_9.append(
                        escape(environment.finalize(context, l_2_t)),
                    )
                t_9.append(
                    escape(environment.finalize(context, (' ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 28 in '_onderdelen.md.j2' evaluated to false and no else section was defined.")))),
                )
            l_2_loop = l_2_op = l_2_t = missing
        else:
            pass
            t_9.extend((
                escape(environment.finalize(context, environment.getattr(l_1_c, 'wat'))),
                ': ',
                escape(environment.finalize(context, ('(leeg)' if t_4(environment.getattr(l_1_c, 'van')) else environment.getattr(l_1_c, 'van')))),
                ' → ',
                escape(environment.finalize(context, ('(leeg)' if t_4(environment.getattr(l_1_c, 'naar')) else environment.getattr(l_1_c, 'naar')))),
            ))
            if t_3(environment.getattr(l_1_c, 'stap')):
                pass
                t_9.extend((
                    ' (datum ',
                    escape(environment.finalize(context, environment.getattr(l_1_c, 'stap'))),
                    ')',
                ))
            if environment.getattr(l_1_c, 'toelichting'):
                pass
                t_9.extend((
                    '; toelichting: ',
                    escape(environment.finalize(context, environment.getattr(l_1_c, 'toelichting'))),
                ))
        return concat(t_9)
    context.exported_vars.add('wijziging')
    context.vars['wijziging'] = l_0_wijziging = Macro(environment, macro, 'wijziging', ('c',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_g, l_1_nr):
        t_10 = []
        if l_1_g is missing:
            l_1_g = undefined("parameter 'g' was not provided", name='g')
        if l_1_nr is missing:
            l_1_nr = undefined("parameter 'nr' was not provided", name='nr')
        pass
        t_10.extend((
            escape(environment.finalize(context, environment.getattr(l_1_g, 'status'))),
            ' op ',
            escape(environment.finalize(context, t_1(environment.getattr(l_1_g, 'datum')))),
            ' (agenda ',
            escape(environment.finalize(context, environment.getattr(l_1_g, 'agenda'))),
        ))
        if (environment.getattr(environment.getattr(l_1_g, 'actie'), 'nr') != l_1_nr):
            pass
            t_10.extend((
                ', ',
                escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_g, 'actie'), 'nr'))),
            ))
        t_10.append(
            ')',
        )
        return concat(t_10)
    context.exported_vars.add('afgerond')
    context.vars['afgerond'] = l_0_afgerond = Macro(environment, macro, 'afgerond', ('g', 'nr'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '5=36&6=42&10=66&11=75&12=89&13=99&14=104&16=127&20=146&21=154&25=168&26=173&27=186&28=199&29=235&34=258&35=266'
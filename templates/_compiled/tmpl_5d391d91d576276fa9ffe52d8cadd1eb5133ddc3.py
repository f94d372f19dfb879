from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_onderdelen.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_licht = l_0_stand_per_thema = l_0_legenda_lijst = l_0_actie_cel = l_0_wijziging = l_0_afgerond = l_0_termijn = missing
    try:
        t_1 = environment.filters['datum']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'datum' found.")
    try:
        t_2 = environment.filters['kort']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'kort' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_5 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_naam):
        t_6 = []
        l_1_legenda = resolve('legenda')
        if l_1_naam is missing:
            l_1_naam = undefined("parameter 'naam' was not provided", name='naam')
        pass
        if l_1_naam:
            pass
            def t_7(fiter):
                for l_2_l in fiter:
                    if (environment.getattr(l_2_l, 'naam') == l_1_naam):
                        yield l_2_l
            for l_2_l in t_7(environment.rounds((undefined(name='legenda') if l_1_legenda is missing else l_1_legenda))):
                _loop_vars = {}
                pass
                t_6.extend((
                    '<span class="licht ',
                    escape(environment.finalize(context, l_1_naam)),
                    '"><span class="teken" aria-hidden="true">',
                    escape(environment.finalize(context, environment.getattr(l_2_l, 'teken'))),
                    '</span> ',
                    escape(environment.finalize(context, l_1_naam)),
                    '</span>',
                ))
            l_2_l = missing
        else:
            pass
            t_6.append(
                '<span class="licht leeg">leeg</span>',
            )
        return concat(t_6)
    context.exported_vars.add('licht')
    context.vars['licht'] = l_0_licht = Macro(environment, macro, 'licht', ('naam',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_8 = []
        l_1_legenda = resolve('legenda')
        l_1_themas = resolve('themas')
        l_1_acties = resolve('acties')
        pass
        t_8.append(
            '<table class="stand-per-thema">\n<caption>Acties per stoplicht, per thema</caption>\n<thead>\n<tr><th scope="col">Thema</th>',
        )
        for l_2_l in environment.rounds((undefined(name='legenda') if l_1_legenda is missing else l_1_legenda)):
            _loop_vars = {}
            pass
            t_8.extend((
                '<th scope="col" class="',
                escape(environment.finalize(context, environment.getattr(l_2_l, 'naam'))),
                '"><span aria-hidden="true">',
                escape(environment.finalize(context, environment.getattr(l_2_l, 'teken'))),
                '</span> ',
                escape(environment.finalize(context, environment.getattr(l_2_l, 'naam'))),
                '</th>',
            ))
        l_2_l = missing
        t_8.append(
            '<th scope="col" class="getal">Acties</th></tr>\n</thead>\n<tbody>\n',
        )
        for l_2_t in environment.rounds((undefined(name='themas') if l_1_themas is missing else l_1_themas)):
            _loop_vars = {}
            pass
            t_8.extend((
                '<tr><th scope="row">',
                escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_t, 'thema'), 'nr'))),
                '. ',
                escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_t, 'thema'), 'titel'))),
                '</th>',
            ))
            for l_3_l in environment.rounds((undefined(name='legenda') if l_1_legenda is missing else l_1_legenda)):
                _loop_vars = {}
                pass
                t_8.extend((
                    '<td class="getal">',
                    escape(environment.finalize(context, environment.getitem(environment.getattr(l_2_t, 'tellingen'), environment.getattr(l_3_l, 'naam')))),
                    '</td>',
                ))
            l_3_l = missing
            t_8.extend((
                '<td class="getal">',
                escape(environment.finalize(context, environment.getattr(l_2_t, 'aantal'))),
                '</td></tr>\n',
            ))
        l_2_t = missing
        t_8.append(
            '</tbody>\n<tfoot>\n<tr><th scope="row">Totaal</th>',
        )
        for l_2_l in environment.rounds((undefined(name='legenda') if l_1_legenda is missing else l_1_legenda)):
            l_2_tellingen = resolve('tellingen')
            _loop_vars = {}
            pass
            t_8.extend((
                '<td class="getal">',
                escape(environment.finalize(context, environment.getitem((undefined(name='tellingen') if l_2_tellingen is missing else l_2_tellingen), environment.getattr(l_2_l, 'naam')))),
                '</td>',
            ))
        l_2_l = l_2_tellingen = missing
        t_8.extend((
            '<td class="getal">',
            escape(environment.finalize(context, t_3((undefined(name='acties') if l_1_acties is missing else l_1_acties)))),
            '</td></tr>\n</tfoot>\n</table>\n',
        ))
        return concat(t_8)
    context.exported_vars.add('stand_per_thema')
    context.vars['stand_per_thema'] = l_0_stand_per_thema = Macro(environment, macro, 'stand_per_thema', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_9 = []
        l_1_legenda = resolve('legenda')
        pass
        t_9.append(
            '<ul class="legenda">\n',
        )
        for l_2_l in environment.rounds((undefined(name='legenda') if l_1_legenda is missing else l_1_legenda)):
            _loop_vars = {}
            pass
            t_9.extend((
                '<li>',
                escape(environment.finalize(context, environment.call(context, (undefined(name='licht') if l_0_licht is missing else l_0_licht), environment.getattr(l_2_l, 'naam'), _loop_vars=_loop_vars))),
                ' ',
                escape(environment.finalize(context, environment.getattr(l_2_l, 'betekenis'))),
                '</li>\n',
            ))
        l_2_l = missing
        t_9.append(
            '</ul>\n',
        )
        return concat(t_9)
    context.exported_vars.add('legenda_lijst')
    context.vars['legenda_lijst'] = l_0_legenda_lijst = Macro(environment, macro, 'legenda_lijst', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_a, l_1_lengte):
        t_10 = []
        if l_1_a is missing:
            l_1_a = undefined("parameter 'a' was not provided", name='a')
        if l_1_lengte is missing:
            l_1_lengte = 0
        pass
        if environment.getattr(l_1_a, 'onderwerp'):
            pass
            t_10.extend((
                '<strong>',
                escape(environment.finalize(context, environment.getattr(l_1_a, 'onderwerp'))),
                '</strong><br>',
            ))
        t_10.extend((
            '<span class="tekst">',
            escape(environment.finalize(context, (t_2(environment.getattr(environment.getattr(l_1_a, 'rij'), 'actie'), l_1_lengte) if l_1_lengte else environment.getattr(environment.getattr(l_1_a, 'rij'), 'actie')))),
            '</span>\n',
        ))
        if environment.getattr(l_1_a, 'laatste_toelichting'):
            pass
            t_10.extend((
                '<span class="toelichting tekst">Toelichting: ',
                escape(environment.finalize(context, environment.getattr(l_1_a, 'laatste_toelichting'))),
                '</span>',
            ))
        return concat(t_10)
    context.exported_vars.add('actie_cel')
    context.vars['actie_cel'] = l_0_actie_cel = Macro(environment, macro, 'actie_cel', ('a', 'lengte'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_c):
        t_11 = []
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        pass
        if (environment.getattr(l_1_c, 'wat') == 'toegevoegd'):
            pass
            t_11.extend((
                'toegevoegd: ',
                escape(environment.finalize(context, environment.getattr(l_1_c, 'naar'))),
            ))
            if environment.getattr(l_1_c, 'details'):
                pass
                t_11.extend((
                    ' (',
                    escape(environment.finalize(context, environment.getattr(l_1_c, 'details'))),
                    ')',
                ))
        elif (environment.getattr(l_1_c, 'wat') == 'verwijderd'):
            pass
            t_11.extend((
                'verwijderd: ',
                escape(environment.finalize(context, environment.getattr(l_1_c, 'van'))),
            ))
            if environment.getattr(l_1_c, 'details'):
                pass
                t_11.extend((
                    ' (',
                    escape(environment.finalize(context, environment.getattr(l_1_c, 'details'))),
                    ')',
                ))
        elif t_4(environment.getattr(l_1_c, 'woorden')):
            pass
            t_11.extend((
                escape(environment.finalize(context, environment.getattr(l_1_c, 'wat'))),
                ': ',
            ))
            l_2_loop = missing
            for (l_2_op, l_2_t), l_2_loop in LoopContext(environment.rounds(environment.getattr(l_1_c, 'woorden')), undefined):
                _loop_vars = {}
                pass
                if (l_2_op == '-'):
                    pass
                    t_11.extend((
                        '<del>',
                        escape(environment.finalize(context, l_2_t)),
                        '</del>',
                    ))
                elif (l_2_op == '+'):
                    pass
                    t_11.extend((
                        '<ins>',
                        escape(environment.finalize(context, l_2_t)),
                        '</ins>',
                    ))
                else:
                    pass
                    t_11.append(
                        escape(environment.finalize(context, l_2_t)),
                    )
                t_11.append(
                    escape(environment.finalize(context, (' ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 47 in '_onderdelen.html.j2' evaluated to false and no else section was defined.")))),
                )
            l_2_loop = l_2_op = l_2_t = missing
        else:
            pass
            t_11.extend((
                escape(environment.finalize(context, environment.getattr(l_1_c, 'wat'))),
                ': ',
                escape(environment.finalize(context, ('(leeg)' if t_5(environment.getattr(l_1_c, 'van')) else environment.getattr(l_1_c, 'van')))),
                ' → ',
                escape(environment.finalize(context, ('(leeg)' if t_5(environment.getattr(l_1_c, 'naar')) else environment.getattr(l_1_c, 'naar')))),
            ))
            if t_4(environment.getattr(l_1_c, 'stap')):
                pass
                t_11.extend((
                    ' (datum ',
                    escape(environment.finalize(context, environment.getattr(l_1_c, 'stap'))),
                    ')',
                ))
            if environment.getattr(l_1_c, 'toelichting'):
                pass
                t_11.extend((
                    '; toelichting: ',
                    escape(environment.finalize(context, environment.getattr(l_1_c, 'toelichting'))),
                ))
        return concat(t_11)
    context.exported_vars.add('wijziging')
    context.vars['wijziging'] = l_0_wijziging = Macro(environment, macro, 'wijziging', ('c',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_g, l_1_nr):
        t_12 = []
        if l_1_g is missing:
            l_1_g = undefined("parameter 'g' was not provided", name='g')
        if l_1_nr is missing:
            l_1_nr = undefined("parameter 'nr' was not provided", name='nr')
        pass
        t_12.extend((
            escape(environment.finalize(context, environment.getattr(l_1_g, 'status'))),
            ' op ',
            escape(environment.finalize(context, t_1(environment.getattr(l_1_g, 'datum')))),
            ' (agenda ',
            escape(environment.finalize(context, environment.getattr(l_1_g, 'agenda'))),
        ))
        if (environment.getattr(environment.getattr(l_1_g, 'actie'), 'nr') != l_1_nr):
            pass
            t_12.extend((
                ', ',
                escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_g, 'actie'), 'nr'))),
            ))
        t_12.append(
            ')',
        )
        return concat(t_12)
    context.exported_vars.add('afgerond')
    context.vars['afgerond'] = l_0_afgerond = Macro(environment, macro, 'afgerond', ('g', 'nr'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_a):
        t_13 = []
        if l_1_a is missing:
            l_1_a = undefined("parameter 'a' was not provided", name='a')
        pass
        t_13.append(
            escape(environment.finalize(context, environment.getattr(l_1_a, 'termijn'))),
        )
        if environment.getattr(l_1_a, 'vorige_termijn'):
            pass
            t_13.extend((
                '<span class="onder">(',
                escape(environment.finalize(context, environment.getattr(l_1_a, 'termijn_uitleg'))),
                ')</span>',
            ))
        return concat(t_13)
    context.exported_vars.add('termijn')
    context.vars['termijn'] = l_0_termijn = Macro(environment, macro, 'termijn', ('a',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '5=42&6=48&10=76&14=85&17=101&18=106&22=129&28=148&30=155&31=160&37=173&38=180&39=189&40=192&44=203&45=208&46=221&47=234&48=270&53=293&54=301&58=320&59=326'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_monitor.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_o = l_0_oordeel = l_0_marker = l_0_grafiek = l_0_sectie = missing
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
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_5 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    l_0_o = context.vars['o'] = environment.get_template('_onderdelen.html.j2', '_monitor.html.j2').make_module(context.get_all(), True, {'grafiek': l_0_grafiek, 'marker': l_0_marker, 'o': l_0_o, 'oordeel': l_0_oordeel, 'sectie': l_0_sectie})
    context.exported_vars.discard('o')
    yield '\n'
    def macro(l_1_naam):
        t_6 = []
        if l_1_naam is missing:
            l_1_naam = undefined("parameter 'naam' was not provided", name='naam')
        pass
        if (l_1_naam in ('groen', 'oranje', 'rood')):
            pass
            t_6.append(
                escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'licht'), l_1_naam))),
            )
        elif l_1_naam:
            pass
            t_6.extend((
                '<span class="licht leeg">',
                escape(environment.finalize(context, l_1_naam)),
                '</span>',
            ))
        else:
            pass
            t_6.append(
                '<span class="licht leeg">– geen kleur</span>',
            )
        return concat(t_6)
    context.exported_vars.add('oordeel')
    context.vars['oordeel'] = l_0_oordeel = Macro(environment, macro, 'oordeel', ('naam',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_vorm, l_1_x, l_1_y, l_1_inkt):
        t_7 = []
        if l_1_vorm is missing:
            l_1_vorm = undefined("parameter 'vorm' was not provided", name='vorm')
        if l_1_x is missing:
            l_1_x = undefined("parameter 'x' was not provided", name='x')
        if l_1_y is missing:
            l_1_y = undefined("parameter 'y' was not provided", name='y')
        if l_1_inkt is missing:
            l_1_inkt = undefined("parameter 'inkt' was not provided", name='inkt')
        pass
        if (l_1_vorm == 'cirkel'):
            pass
            t_7.extend((
                '<circle cx="',
                escape(environment.finalize(context, l_1_x)),
                '" cy="',
                escape(environment.finalize(context, l_1_y)),
                '" r="4" fill="#fff" stroke="',
                escape(environment.finalize(context, l_1_inkt)),
                '" stroke-width="1.8"/>',
            ))
        elif (l_1_vorm == 'vierkant'):
            pass
            t_7.extend((
                '<rect x="',
                escape(environment.finalize(context, (l_1_x - 4))),
                '" y="',
                escape(environment.finalize(context, (l_1_y - 4))),
                '" width="8" height="8" fill="',
                escape(environment.finalize(context, l_1_inkt)),
                '"/>',
            ))
        elif (l_1_vorm == 'driehoek'):
            pass
            t_7.extend((
                '<path d="M',
                escape(environment.finalize(context, l_1_x)),
                ' ',
                escape(environment.finalize(context, (l_1_y - 5))),
                'L',
                escape(environment.finalize(context, environment.call_binop(context, '+', l_1_x, 5))),
                ' ',
                escape(environment.finalize(context, environment.call_binop(context, '+', l_1_y, 4))),
                'L',
                escape(environment.finalize(context, (l_1_x - 5))),
                ' ',
                escape(environment.finalize(context, environment.call_binop(context, '+', l_1_y, 4))),
                'Z" fill="',
                escape(environment.finalize(context, l_1_inkt)),
                '"/>',
            ))
        elif (l_1_vorm == 'ruit'):
            pass
            t_7.extend((
                '<path d="M',
                escape(environment.finalize(context, l_1_x)),
                ' ',
                escape(environment.finalize(context, (l_1_y - 5))),
                'L',
                escape(environment.finalize(context, environment.call_binop(context, '+', l_1_x, 5))),
                ' ',
                escape(environment.finalize(context, l_1_y)),
                'L',
                escape(environment.finalize(context, l_1_x)),
                ' ',
                escape(environment.finalize(context, environment.call_binop(context, '+', l_1_y, 5))),
                'L',
                escape(environment.finalize(context, (l_1_x - 5))),
                ' ',
                escape(environment.finalize(context, l_1_y)),
                'Z" fill="#fff" stroke="',
                escape(environment.finalize(context, l_1_inkt)),
                '" stroke-width="1.8"/>',
            ))
        elif (l_1_vorm == 'kruis'):
            pass
            t_7.extend((
                '<path d="M',
                escape(environment.finalize(context, (l_1_x - 4))),
                ' ',
                escape(environment.finalize(context, (l_1_y - 4))),
                'L',
                escape(environment.finalize(context, environment.call_binop(context, '+', l_1_x, 4))),
                ' ',
                escape(environment.finalize(context, environment.call_binop(context, '+', l_1_y, 4))),
                'M',
                escape(environment.finalize(context, environment.call_binop(context, '+', l_1_x, 4))),
                ' ',
                escape(environment.finalize(context, (l_1_y - 4))),
                'L',
                escape(environment.finalize(context, (l_1_x - 4))),
                ' ',
                escape(environment.finalize(context, environment.call_binop(context, '+', l_1_y, 4))),
                '" stroke="',
                escape(environment.finalize(context, l_1_inkt)),
                '" stroke-width="2"/>',
            ))
        elif (l_1_vorm == 'plus'):
            pass
            t_7.extend((
                '<path d="M',
                escape(environment.finalize(context, l_1_x)),
                ' ',
                escape(environment.finalize(context, (l_1_y - 5))),
                'V',
                escape(environment.finalize(context, environment.call_binop(context, '+', l_1_y, 5))),
                'M',
                escape(environment.finalize(context, (l_1_x - 5))),
                ' ',
                escape(environment.finalize(context, l_1_y)),
                'H',
                escape(environment.finalize(context, environment.call_binop(context, '+', l_1_x, 5))),
                '" stroke="',
                escape(environment.finalize(context, l_1_inkt)),
                '" stroke-width="2"/>',
            ))
        elif (l_1_vorm == 'ster'):
            pass
            t_7.extend((
                '<path d="M',
                escape(environment.finalize(context, l_1_x)),
                ' ',
                escape(environment.finalize(context, (l_1_y - 5))),
                'L',
                escape(environment.finalize(context, environment.call_binop(context, '+', l_1_x, 1.5))),
                ' ',
                escape(environment.finalize(context, (l_1_y - 1.5))),
                'L',
                escape(environment.finalize(context, environment.call_binop(context, '+', l_1_x, 5))),
                ' ',
                escape(environment.finalize(context, l_1_y)),
                'L',
                escape(environment.finalize(context, environment.call_binop(context, '+', l_1_x, 1.5))),
                ' ',
                escape(environment.finalize(context, environment.call_binop(context, '+', l_1_y, 1.5))),
                'L',
                escape(environment.finalize(context, l_1_x)),
                ' ',
                escape(environment.finalize(context, environment.call_binop(context, '+', l_1_y, 5))),
                'L',
                escape(environment.finalize(context, (l_1_x - 1.5))),
                ' ',
                escape(environment.finalize(context, environment.call_binop(context, '+', l_1_y, 1.5))),
                'L',
                escape(environment.finalize(context, (l_1_x - 5))),
                ' ',
                escape(environment.finalize(context, l_1_y)),
                'L',
                escape(environment.finalize(context, (l_1_x - 1.5))),
                ' ',
                escape(environment.finalize(context, (l_1_y - 1.5))),
                'Z" fill="',
                escape(environment.finalize(context, l_1_inkt)),
                '"/>',
            ))
        else:
            pass
            t_7.extend((
                '<rect x="',
                escape(environment.finalize(context, (l_1_x - 5))),
                '" y="',
                escape(environment.finalize(context, (l_1_y - 1.5))),
                '" width="10" height="3" fill="',
                escape(environment.finalize(context, l_1_inkt)),
                '"/>',
            ))
        return concat(t_7)
    context.exported_vars.add('marker')
    context.vars['marker'] = l_0_marker = Macro(environment, macro, 'marker', ('vorm', 'x', 'y', 'inkt'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_g):
        t_8 = []
        if l_1_g is missing:
            l_1_g = undefined("parameter 'g' was not provided", name='g')
        pass
        t_8.extend((
            '<figure class="grafiek">\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ',
            escape(environment.finalize(context, environment.getattr(l_1_g, 'breedte'))),
            ' ',
            escape(environment.finalize(context, environment.getattr(l_1_g, 'hoogte'))),
            '" role="img" font-family="DejaVu Sans, Arial, sans-serif" font-size="11">\n<title>',
            escape(environment.finalize(context, environment.getattr(l_1_g, 'titel'))),
            '</title>\n<desc>',
            escape(environment.finalize(context, environment.getattr(l_1_g, 'beschrijving'))),
            '</desc>\n',
        ))
        for l_2_a in environment.rounds(environment.getattr(l_1_g, 'y_as')):
            _loop_vars = {}
            pass
            t_8.extend((
                '<line x1="',
                escape(environment.finalize(context, environment.getattr(l_1_g, 'links'))),
                '" x2="',
                escape(environment.finalize(context, environment.getattr(l_1_g, 'rechts'))),
                '" y1="',
                escape(environment.finalize(context, environment.getattr(l_2_a, 'pos'))),
                '" y2="',
                escape(environment.finalize(context, environment.getattr(l_2_a, 'pos'))),
                '" stroke="#d0d0d0" stroke-width="1"/>\n<text x="',
                escape(environment.finalize(context, (environment.getattr(l_1_g, 'links') - 6))),
                '" y="',
                escape(environment.finalize(context, environment.call_binop(context, '+', environment.getattr(l_2_a, 'pos'), 4))),
                '" text-anchor="end" fill="#333">',
                escape(environment.finalize(context, environment.getattr(l_2_a, 'label'))),
                '</text>\n',
            ))
        l_2_a = missing
        t_8.extend((
            '<line x1="',
            escape(environment.finalize(context, environment.getattr(l_1_g, 'links'))),
            '" x2="',
            escape(environment.finalize(context, environment.getattr(l_1_g, 'rechts'))),
            '" y1="',
            escape(environment.finalize(context, environment.getattr(l_1_g, 'onder'))),
            '" y2="',
            escape(environment.finalize(context, environment.getattr(l_1_g, 'onder'))),
            '" stroke="#111" stroke-width="1.2"/>\n<line x1="',
            escape(environment.finalize(context, environment.getattr(l_1_g, 'links'))),
            '" x2="',
            escape(environment.finalize(context, environment.getattr(l_1_g, 'links'))),
            '" y1="',
            escape(environment.finalize(context, environment.getattr(l_1_g, 'boven'))),
            '" y2="',
            escape(environment.finalize(context, environment.getattr(l_1_g, 'onder'))),
            '" stroke="#111" stroke-width="1.2"/>\n',
        ))
        for l_2_a in environment.rounds(environment.getattr(l_1_g, 'x_as')):
            _loop_vars = {}
            pass
            t_8.extend((
                '<line x1="',
                escape(environment.finalize(context, environment.getattr(l_2_a, 'pos'))),
                '" x2="',
                escape(environment.finalize(context, environment.getattr(l_2_a, 'pos'))),
                '" y1="',
                escape(environment.finalize(context, environment.getattr(l_1_g, 'onder'))),
                '" y2="',
                escape(environment.finalize(context, environment.call_binop(context, '+', environment.getattr(l_1_g, 'onder'), 5))),
                '" stroke="#111"/>\n<text x="',
                escape(environment.finalize(context, environment.getattr(l_2_a, 'pos'))),
                '" y="',
                escape(environment.finalize(context, environment.call_binop(context, '+', environment.getattr(l_1_g, 'onder'), 18))),
                '" text-anchor="middle" fill="#111">',
                escape(environment.finalize(context, environment.getattr(l_2_a, 'label'))),
                '</text>\n',
            ))
        l_2_a = missing
        for l_2_d in environment.rounds(environment.getattr(l_1_g, 'doelen')):
            _loop_vars = {}
            pass
            t_8.extend((
                '<line x1="',
                escape(environment.finalize(context, environment.getattr(l_2_d, 'x1'))),
                '" x2="',
                escape(environment.finalize(context, environment.getattr(l_2_d, 'x2'))),
                '" y1="',
                escape(environment.finalize(context, environment.getattr(l_2_d, 'y'))),
                '" y2="',
                escape(environment.finalize(context, environment.getattr(l_2_d, 'y'))),
                '" stroke="#777" stroke-width="2" stroke-dasharray="3 3"/>\n',
            ))
        l_2_d = missing
        for l_2_l in environment.rounds(environment.getattr(l_1_g, 'lijnen')):
            _loop_vars = {}
            pass
            t_8.append(
                '<polyline points="',
            )
            for l_3_p in environment.rounds(environment.getattr(l_2_l, 'punten')):
                _loop_vars = {}
                pass
                t_8.extend((
                    escape(environment.finalize(context, environment.getattr(l_3_p, 'x'))),
                    ',',
                    escape(environment.finalize(context, environment.getattr(l_3_p, 'y'))),
                    ' ',
                ))
            l_3_p = missing
            t_8.extend((
                '" fill="none" stroke="',
                escape(environment.finalize(context, environment.getattr(l_2_l, 'inkt'))),
                '" stroke-width="2"',
            ))
            if environment.getattr(l_2_l, 'streep'):
                pass
                t_8.extend((
                    ' stroke-dasharray="',
                    escape(environment.finalize(context, environment.getattr(l_2_l, 'streep'))),
                    '"',
                ))
            t_8.append(
                '/>\n',
            )
            for l_3_p in environment.rounds(environment.getattr(l_2_l, 'punten')):
                _loop_vars = {}
                pass
                t_8.extend((
                    escape(environment.finalize(context, environment.call(context, (undefined(name='marker') if l_0_marker is missing else l_0_marker), environment.getattr(l_2_l, 'marker'), environment.getattr(l_3_p, 'x'), environment.getattr(l_3_p, 'y'), environment.getattr(l_2_l, 'inkt'), _loop_vars=_loop_vars))),
                    '\n',
                ))
                if environment.getattr(l_1_g, 'waarden_tonen'):
                    pass
                    t_8.extend((
                        '<text x="',
                        escape(environment.finalize(context, environment.getattr(l_3_p, 'x'))),
                        '" y="',
                        escape(environment.finalize(context, (environment.getattr(l_3_p, 'y') - 9))),
                        '" text-anchor="middle" fill="#111">',
                        escape(environment.finalize(context, environment.getattr(l_3_p, 'label'))),
                        '</text>',
                    ))
            l_3_p = missing
            t_8.extend((
                escape(environment.finalize(context, environment.call(context, (undefined(name='marker') if l_0_marker is missing else l_0_marker), environment.getattr(l_2_l, 'marker'), environment.call_binop(context, '+', environment.getattr(l_1_g, 'rechts'), 14), environment.getattr(l_2_l, 'label_y'), environment.getattr(l_2_l, 'inkt'), _loop_vars=_loop_vars))),
                '\n<text x="',
                escape(environment.finalize(context, environment.call_binop(context, '+', environment.getattr(l_1_g, 'rechts'), 24))),
                '" y="',
                escape(environment.finalize(context, environment.call_binop(context, '+', environment.getattr(l_2_l, 'label_y'), 4))),
                '" fill="#111" font-size="10">',
                escape(environment.finalize(context, environment.getattr(l_2_l, 'naam'))),
                '</text>\n',
            ))
        l_2_l = missing
        t_8.extend((
            '</svg>\n<figcaption>',
            escape(environment.finalize(context, environment.getattr(l_1_g, 'titel'))),
        ))
        if environment.getattr(l_1_g, 'doelen'):
            pass
            t_8.extend((
                '; gestreepte grijze ',
                escape(environment.finalize(context, ('lijn' if (t_3(environment.getattr(l_1_g, 'doelen')) == 1) else 'lijnen'))),
                ': ',
                escape(environment.finalize(context, t_2(context.eval_ctx, t_4(context, environment.getattr(l_1_g, 'doelen'), attribute='label'), ', '))),
            ))
        t_8.append(
            '.',
        )
        if (t_5(environment.getattr(l_1_g, 'as_vanaf')) and environment.getattr(l_1_g, 'as_vanaf')):
            pass
            t_8.extend((
                ' De as begint bij ',
                escape(environment.finalize(context, environment.getattr(l_1_g, 'as_vanaf'))),
                ', niet bij 0.',
            ))
        t_8.append(
            ' De cijfers staan in de tabel.</figcaption>\n</figure>\n',
        )
        return concat(t_8)
    context.exported_vars.add('grafiek')
    context.vars['grafiek'] = l_0_grafiek = Macro(environment, macro, 'grafiek', ('g',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_kop):
        t_9 = []
        l_1_bij = resolve('bij')
        l_1_monitor = resolve('monitor')
        if l_1_kop is missing:
            l_1_kop = undefined("parameter 'kop' was not provided", name='kop')
        pass
        t_9.extend((
            '<section class="deel monitor" id="monitor">\n<style>\n.monitor .indicator { break-inside: avoid-page; }\n.monitor .doelen { color: var(--zacht); }\ntable.monitor { table-layout: fixed; }\ntable.monitor col.jaar { width: 11%; } table.monitor col.reeks { width: 17%; }\ntable.monitor col.meting { width: 13%; } table.monitor col.doel { width: 17%; }\ntable.monitor col.oordeel { width: 15%; }\nfigure.grafiek { margin: .6em 0 1em; break-inside: avoid; }\nfigure.grafiek svg { display: block; width: 100%; height: auto; }\nfigure.grafiek figcaption { font-size: 9pt; color: var(--zacht); }\n@media print { section.monitor { break-before: page; } }\n</style>\n<h2>',
            escape(environment.finalize(context, l_1_kop)),
            '</h2>\n<p>De cijfers van de monitor',
            escape(environment.finalize(context, environment.getattr((undefined(name='bij') if l_1_bij is missing else l_1_bij), 'monitor'))),
            ' op ',
            escape(environment.finalize(context, t_1(environment.getattr((undefined(name='monitor') if l_1_monitor is missing else l_1_monitor), 'peildatum')))),
            ': per indicator elke meting tegen het doel van het jaar van die meting. ',
            escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'licht'), 'groen'))),
            ' doel gehaald; ',
            escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'licht'), 'oranje'))),
            ' gemist met hooguit ',
            escape(environment.finalize(context, environment.getattr((undefined(name='monitor') if l_1_monitor is missing else l_1_monitor), 'marge_procent'))),
            '% van het doel; ',
            escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'licht'), 'rood'))),
            ' verder gemist; <span class="licht leeg">– geen kleur</span> geen doel in dat jaar, of het cijfer van het peiljaar ontbreekt.</p>\n',
        ))
        for l_2_b in environment.rounds(environment.getattr((undefined(name='monitor') if l_1_monitor is missing else l_1_monitor), 'blokken')):
            _loop_vars = {}
            pass
            t_9.extend((
                '<div class="indicator">\n<h3>',
                escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_b, 'indicator'), 'afspraak'))),
                ' ',
                escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_b, 'indicator'), 'naam'))),
                '</h3>\n<p class="doelen">',
            ))
            if environment.getattr(l_2_b, 'doelen'):
                pass
                t_9.extend((
                    'Doel: ',
                    escape(environment.finalize(context, t_2(context.eval_ctx, environment.getattr(l_2_b, 'doelen'), '; '))),
                    '.',
                ))
            else:
                pass
                t_9.append(
                    'Geen doel in de afspraken.',
                )
            t_9.append(
                '</p>\n<table class="monitor">\n<colgroup><col class="jaar"><col class="reeks"><col class="meting"><col class="doel"><col class="oordeel"><col class="bron"></colgroup>\n<thead>\n<tr><th scope="col">Jaar</th><th scope="col">Reeks</th><th scope="col">Meting</th><th scope="col">Doel</th><th scope="col">Stoplicht</th><th scope="col">Toelichting en bron</th></tr>\n</thead>\n<tbody>\n',
            )
            for l_3_r in environment.rounds(environment.getattr(l_2_b, 'rijen')):
                _loop_vars = {}
                pass
                t_9.extend((
                    '<tr><td>',
                    escape(environment.finalize(context, environment.getattr(l_3_r, 'jaar'))),
                    '</td><td>',
                    escape(environment.finalize(context, (environment.getattr(l_3_r, 'reeks') or 'totaal'))),
                    '</td><td class="getal">',
                    escape(environment.finalize(context, environment.getattr(l_3_r, 'meting'))),
                    '</td><td>',
                    escape(environment.finalize(context, environment.getattr(l_3_r, 'doel'))),
                    '</td><td>',
                    escape(environment.finalize(context, environment.call(context, (undefined(name='oordeel') if l_0_oordeel is missing else l_0_oordeel), environment.getattr(l_3_r, 'stoplicht'), _loop_vars=_loop_vars))),
                    '</td><td class="tekst">',
                    escape(environment.finalize(context, environment.getattr(l_3_r, 'toelichting'))),
                ))
                if (environment.getattr(l_3_r, 'toelichting') and environment.getattr(l_3_r, 'bron')):
                    pass
                    t_9.append(
                        '<br>',
                    )
                if environment.getattr(l_3_r, 'bron'):
                    pass
                    t_9.extend((
                        '<span class="onder">Bron: ',
                        escape(environment.finalize(context, environment.getattr(l_3_r, 'bron'))),
                        '</span>',
                    ))
                t_9.append(
                    '</td></tr>\n',
                )
            l_3_r = missing
            t_9.append(
                '</tbody>\n</table>\n',
            )
            if environment.getattr(l_2_b, 'grafiek'):
                pass
                t_9.extend((
                    escape(environment.finalize(context, environment.call(context, (undefined(name='grafiek') if l_0_grafiek is missing else l_0_grafiek), environment.getattr(l_2_b, 'grafiek'), _loop_vars=_loop_vars))),
                    '\n',
                ))
            t_9.append(
                '</div>\n',
            )
        l_2_b = missing
        t_9.append(
            '</section>\n',
        )
        return concat(t_9)
    context.exported_vars.add('sectie')
    context.vars['sectie'] = l_0_sectie = Macro(environment, macro, 'sectie', ('kop',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '5=42&8=45&9=50&13=71&14=82&15=93&16=104&17=123&18=146&19=169&20=188&21=231&25=242&27=249&28=253&29=255&30=258&31=263&32=271&34=281&35=289&36=298&37=303&38=311&40=319&41=324&43=334&44=340&45=365&46=369&47=372&49=385&50=387&53=397&57=424&71=433&72=435&73=448&75=453&76=458&83=473&84=478&88=509&89=512'
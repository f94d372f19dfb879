from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'portefeuille.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_kop = resolve('kop')
    try:
        t_1 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    parent_template = environment.get_template('base.md.j2', 'portefeuille.md.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_kop = ((undefined(name='kop') if l_0_kop is missing else l_0_kop) if t_1((undefined(name='kop') if l_0_kop is missing else l_0_kop)) else 'Portefeuille')
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
    l_0_gemeenten = resolve('gemeenten')
    l_0_peildatum = resolve('peildatum')
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
    yield "Stand van de uitvoeringsagenda's van "
    yield escape(environment.finalize(context, t_4((undefined(name='gemeenten') if l_0_gemeenten is missing else l_0_gemeenten))))
    yield ' '
    yield escape(environment.finalize(context, ('gemeente' if (t_4((undefined(name='gemeenten') if l_0_gemeenten is missing else l_0_gemeenten)) == 1) else 'gemeenten')))
    yield ' op **'
    yield escape(environment.finalize(context, t_2((undefined(name='peildatum') if l_0_peildatum is missing else l_0_peildatum))))
    yield '**.\n'
    if (undefined(name='weggelaten') if l_0_weggelaten is missing else l_0_weggelaten):
        pass
        yield '\n**ONVOLLEDIG: '
        yield escape(environment.finalize(context, t_3(context.eval_ctx, (undefined(name='weggelaten') if l_0_weggelaten is missing else l_0_weggelaten), ', ')))
        yield ' '
        yield escape(environment.finalize(context, ('is' if (t_4((undefined(name='weggelaten') if l_0_weggelaten is missing else l_0_weggelaten)) == 1) else 'zijn')))
        yield ' weggelaten: de gegevens van '
        yield escape(environment.finalize(context, ('die set' if (t_4((undefined(name='weggelaten') if l_0_weggelaten is missing else l_0_weggelaten)) == 1) else 'die sets')))
        yield ' bevatten fouten (pa validate toont ze).**\n'

def block_inhoud(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_gemeenten = resolve('gemeenten')
    l_0_acties = resolve('acties')
    l_0_tellingen = resolve('tellingen')
    l_0_aandeel = resolve('aandeel')
    l_0_legenda = resolve('legenda')
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
        t_7 = environment.filters['kort']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'kort' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_8 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '## Samenvatting\n\n| gemeente | acties | rood | oranje | groen | grijs | op schema | volgend overleg |\n|---|---:|---:|---:|---:|---:|---:|---|\n'
    for l_1_g in environment.rounds((undefined(name='gemeenten') if l_0_gemeenten is missing else l_0_gemeenten)):
        _loop_vars = {}
        pass
        yield '| '
        yield escape(environment.finalize(context, environment.getattr(l_1_g, 'gemeente')))
        yield ' | '
        yield escape(environment.finalize(context, environment.getattr(l_1_g, 'acties')))
        yield ' | '
        yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_g, 'tellingen'), 'rood')))
        yield ' | '
        yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_g, 'tellingen'), 'oranje')))
        yield ' | '
        yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_g, 'tellingen'), 'groen')))
        yield ' | '
        yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_g, 'tellingen'), 'grijs')))
        yield ' | '
        if (not t_8(environment.getattr(l_1_g, 'aandeel'))):
            pass
            yield escape(environment.finalize(context, environment.getattr(l_1_g, 'aandeel')))
            yield '%'
        else:
            pass
            yield '–'
        yield ' | '
        if environment.getattr(l_1_g, 'overleg'):
            pass
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_g, 'overleg'), 'naam')))
            yield ', '
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_g, 'overleg'), 'wanneer')))
        else:
            pass
            yield 'geen in de cyclus'
        yield ' |\n'
    l_1_g = missing
    yield '| **totaal** | **'
    yield escape(environment.finalize(context, (undefined(name='acties') if l_0_acties is missing else l_0_acties)))
    yield '** | **'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='tellingen') if l_0_tellingen is missing else l_0_tellingen), 'rood')))
    yield '** | **'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='tellingen') if l_0_tellingen is missing else l_0_tellingen), 'oranje')))
    yield '** | **'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='tellingen') if l_0_tellingen is missing else l_0_tellingen), 'groen')))
    yield '** | **'
    yield escape(environment.finalize(context, environment.getattr((undefined(name='tellingen') if l_0_tellingen is missing else l_0_tellingen), 'grijs')))
    yield '** | **'
    if (not t_8((undefined(name='aandeel') if l_0_aandeel is missing else l_0_aandeel))):
        pass
        yield escape(environment.finalize(context, (undefined(name='aandeel') if l_0_aandeel is missing else l_0_aandeel)))
        yield '%'
    else:
        pass
        yield '–'
    yield '** |  |\n\nOp schema: de termijn is niet verstreken (groen of oranje), van de acties die tellen (rood, oranje en groen; vervallen telt niet mee). '
    l_1_loop = missing
    for l_1_l, l_1_loop in LoopContext(environment.rounds((undefined(name='legenda') if l_0_legenda is missing else l_0_legenda)), undefined):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(context, environment.getattr(l_1_l, 'naam')))
        yield ': '
        yield escape(environment.finalize(context, environment.getattr(l_1_l, 'betekenis')))
        yield escape(environment.finalize(context, ('; ' if (not environment.getattr(l_1_loop, 'last')) else '.')))
    l_1_loop = l_1_l = missing
    yield '\n'
    if (undefined(name='doelen') if l_0_doelen is missing else l_0_doelen):
        pass
        yield '\n## Doelen boven de gemeente\n\n'
        for l_1_d in environment.rounds((undefined(name='doelen') if l_0_doelen is missing else l_0_doelen)):
            _loop_vars = {}
            pass
            yield '### '
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_d, 'doel'), 'naam')))
            yield ' '
            yield escape(environment.finalize(context, environment.getattr(l_1_d, 'jaren_tekst')))
            yield '\n\n'
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_d, 'doel'), 'richting')))
            yield ' '
            yield escape(environment.finalize(context, t_6(environment.getattr(environment.getattr(l_1_d, 'doel'), 'totaal'))))
            if environment.getattr(l_1_d, 'eenheid'):
                pass
                yield ' '
                yield escape(environment.finalize(context, environment.getattr(l_1_d, 'eenheid')))
            yield '; bron: '
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_d, 'doel'), 'bron')))
            yield '.'
            if environment.getattr(environment.getattr(l_1_d, 'doel'), 'toelichting'):
                pass
                yield ' '
                yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_d, 'doel'), 'toelichting')))
            yield '\n\n| gemeente | cijfer | aandeel | jaren | stand |\n|---|---:|---:|---|---|\n'
            for l_2_r in environment.rounds(environment.getattr(l_1_d, 'gemeenten')):
                _loop_vars = {}
                pass
                yield '| '
                yield escape(environment.finalize(context, environment.getattr(l_2_r, 'gemeente')))
                yield ' | '
                if (not t_8(environment.getattr(l_2_r, 'cijfer'))):
                    pass
                    yield escape(environment.finalize(context, t_6(environment.getattr(l_2_r, 'cijfer'))))
                else:
                    pass
                    yield '–'
                yield ' | '
                yield escape(environment.finalize(context, t_6(environment.getattr(l_2_r, 'aandeel'))))
                yield ' | '
                yield escape(environment.finalize(context, (t_3(context.eval_ctx, environment.getattr(l_2_r, 'jaren'), ', ') or '–')))
                yield ' | '
                yield escape(environment.finalize(context, environment.getattr(l_2_r, 'oordeel')))
                yield ' |\n'
            l_2_r = missing
            yield '| **samen** | **'
            yield escape(environment.finalize(context, t_6(environment.getattr(l_1_d, 'som'))))
            yield '** | **'
            yield escape(environment.finalize(context, t_6(environment.getattr(environment.getattr(l_1_d, 'doel'), 'totaal'))))
            yield '** |  | **'
            yield escape(environment.finalize(context, environment.getattr(l_1_d, 'oordeel')))
            yield '** |\n'
            if environment.getattr(l_1_d, 'zonder'):
                pass
                yield '\nNog geen meting van '
                yield escape(environment.finalize(context, t_3(context.eval_ctx, environment.getattr(l_1_d, 'zonder'), ', ')))
                yield '.\n'
            yield '\n'
        l_1_d = missing
    for l_1_g in environment.rounds((undefined(name='gemeenten') if l_0_gemeenten is missing else l_0_gemeenten)):
        l_1_peildatum = resolve('peildatum')
        _loop_vars = {}
        pass
        yield '\n## '
        yield escape(environment.finalize(context, environment.getattr(l_1_g, 'gemeente')))
        yield '\n\n'
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
        yield '\n\n'
        if environment.getattr(l_1_g, 'melding'):
            pass
            yield '> '
            yield escape(environment.finalize(context, environment.getattr(l_1_g, 'melding')))
            yield '\n\n'
        if environment.getattr(l_1_g, 'te_laat'):
            pass
            yield escape(environment.finalize(context, environment.getattr(l_1_g, 'aantal_te_laat')))
            yield ' '
            yield escape(environment.finalize(context, ('actie' if (environment.getattr(l_1_g, 'aantal_te_laat') == 1) else 'acties')))
            yield ' te laat; een gezamenlijke actie staat onder elke trekker, de langst verlopen eerst.\n'
            for (l_2_naam, l_2_lijst) in environment.rounds(environment.getattr(l_1_g, 'te_laat')):
                _loop_vars = {}
                pass
                yield '\n### '
                yield escape(environment.finalize(context, environment.getattr(l_1_g, 'gemeente')))
                yield ': '
                yield escape(environment.finalize(context, l_2_naam))
                yield ', '
                yield escape(environment.finalize(context, t_4(l_2_lijst)))
                yield ' te laat\n\n| nr | onderwerp | actie | termijn | uiterlijk | te laat | status |\n|---|---|---|---|---|---|---|\n'
                for l_3_a in environment.rounds(l_2_lijst):
                    _loop_vars = {}
                    pass
                    yield '| '
                    yield escape(environment.finalize(context, environment.getattr(l_3_a, 'nr')))
                    yield ' | '
                    yield escape(environment.finalize(context, environment.getattr(l_3_a, 'onderwerp')))
                    yield ' | '
                    yield escape(environment.finalize(context, t_7(environment.getattr(environment.getattr(l_3_a, 'rij'), 'actie'), 160)))
                    yield ' | '
                    yield escape(environment.finalize(context, environment.getattr(l_3_a, 'termijn_getoond')))
                    yield ' | '
                    yield escape(environment.finalize(context, t_2(environment.getattr(l_3_a, 'uiterlijk'))))
                    yield ' | '
                    yield escape(environment.finalize(context, t_5(environment.getattr(l_3_a, 'dagen_te_laat'))))
                    yield ' | '
                    yield escape(environment.finalize(context, environment.getattr(l_3_a, 'status')))
                    yield ' |\n'
                l_3_a = missing
            l_2_naam = l_2_lijst = missing
        else:
            pass
            yield 'Geen acties te laat op '
            yield escape(environment.finalize(context, t_2((undefined(name='peildatum') if l_1_peildatum is missing else l_1_peildatum))))
            yield '.\n'
    l_1_g = l_1_peildatum = missing

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
    yield '_Gemaakt met pa uit de gegevens van '
    yield escape(environment.finalize(context, t_4((undefined(name='gemeenten') if l_0_gemeenten is missing else l_0_gemeenten))))
    yield ' '
    yield escape(environment.finalize(context, ('set' if (t_4((undefined(name='gemeenten') if l_0_gemeenten is missing else l_0_gemeenten)) == 1) else 'sets')))
    yield ' afspraken ('
    yield escape(environment.finalize(context, (undefined(name='titel') if l_0_titel is missing else l_0_titel)))
    yield '), stand op '
    yield escape(environment.finalize(context, t_2((undefined(name='peildatum') if l_0_peildatum is missing else l_0_peildatum))))
    yield '._\n'

blocks = {'onder_kop': block_onder_kop, 'inhoud': block_inhoud, 'voet': block_voet}
debug_info = '2=19&3=22&4=27&5=57&6=63&8=66&11=73&16=130&17=134&19=165&21=184&23=193&27=196&28=200&30=204&35=219&36=223&38=240&39=246&41=249&46=253&48=258&50=260&53=271&54=274&57=276&58=278&59=282&61=286&65=292&66=296&70=315&74=319&75=343'
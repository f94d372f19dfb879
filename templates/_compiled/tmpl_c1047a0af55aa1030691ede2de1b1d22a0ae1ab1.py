from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'handout.md.j2'

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
    parent_template = environment.get_template('base.md.j2', 'handout.md.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_o = context.vars['o'] = environment.get_template('_onderdelen.md.j2', 'handout.md.j2').make_module(context.get_all(), True, {'kop': l_0_kop, 'm': l_0_m, 'o': l_0_o})
    context.exported_vars.discard('o')
    l_0_m = context.vars['m'] = environment.get_template('_monitor.md.j2', 'handout.md.j2').make_module(context.get_all(), True, {'kop': l_0_kop, 'm': l_0_m, 'o': l_0_o})
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
    try:
        t_2 = environment.filters['datum']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'datum' found.")
    pass
    yield 'Bestuurlijk overleg over de prestatieafspraken: '
    yield escape(environment.finalize(context, environment.getattr((undefined(name='overleg') if l_0_overleg is missing else l_0_overleg), 'doel')))
    yield '.\n\n- **Datum overleg:** '
    yield escape(environment.finalize(context, environment.getattr((undefined(name='overleg') if l_0_overleg is missing else l_0_overleg), 'wanneer')))
    yield '\n- **Peildatum:** '
    yield escape(environment.finalize(context, t_2((undefined(name='peildatum') if l_0_peildatum is missing else l_0_peildatum))))
    yield '\n- **Voortgang sinds:** '
    yield escape(environment.finalize(context, t_2((undefined(name='sinds') if l_0_sinds is missing else l_0_sinds))))
    yield '\n'
    if environment.getattr((undefined(name='overleg') if l_0_overleg is missing else l_0_overleg), 'soort'):
        pass
        yield '- **Volgend overleg:** '
        yield escape(environment.finalize(context, environment.getattr((undefined(name='volgend_overleg') if l_0_volgend_overleg is missing else l_0_volgend_overleg), 'naam')))
        yield ', '
        yield escape(environment.finalize(context, environment.getattr((undefined(name='volgend_overleg') if l_0_volgend_overleg is missing else l_0_volgend_overleg), 'wanneer')))
        yield '\n'

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
        t_3 = environment.filters['dagen']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'dagen' found.")
    try:
        t_2 = environment.filters['datum']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'datum' found.")
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
        t_7 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_8 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    pass
    yield '## 1. Stand per thema\n\n'
    yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'stand_per_thema'), _block_vars=_block_vars)))
    yield '\n'
    yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'legenda_regel'), _block_vars=_block_vars)))
    yield '\n\n## 2. Te laat, per trekker\n\n'
    if (undefined(name='te_laat') if l_0_te_laat is missing else l_0_te_laat):
        pass
        yield 'Acties die niet gereed zijn en waarvan de termijn op de peildatum verstreken is, de langst verlopen eerst. Een gezamenlijke actie staat onder elke trekker.\n'
        for (l_1_partij, l_1_lijst) in environment.rounds((undefined(name='te_laat') if l_0_te_laat is missing else l_0_te_laat)):
            _loop_vars = {}
            pass
            yield '\n### '
            yield escape(environment.finalize(context, t_8(environment.getattr(l_1_partij, 'naam')[:1])))
            yield escape(environment.finalize(context, environment.getattr(l_1_partij, 'naam')[1:]))
            yield ': '
            yield escape(environment.finalize(context, t_6(l_1_lijst)))
            yield ' '
            yield escape(environment.finalize(context, ('actie' if (t_6(l_1_lijst) == 1) else 'acties')))
            yield ' te laat\n\n| nr | onderwerp | actie | termijn | uiterlijk | te laat | status |\n|---|---|---|---|---|---|---|\n'
            for l_2_a in environment.rounds(l_1_lijst):
                _loop_vars = {}
                pass
                yield '| '
                yield escape(environment.finalize(context, environment.getattr(l_2_a, 'nr')))
                yield ' | '
                yield escape(environment.finalize(context, environment.getattr(l_2_a, 'onderwerp')))
                yield ' | '
                yield escape(environment.finalize(context, t_5(environment.getattr(environment.getattr(l_2_a, 'rij'), 'actie'), 160)))
                yield ' | '
                yield escape(environment.finalize(context, environment.getattr(l_2_a, 'termijn_getoond')))
                yield ' | '
                yield escape(environment.finalize(context, t_2(environment.getattr(l_2_a, 'uiterlijk'))))
                yield ' | '
                yield escape(environment.finalize(context, t_3(environment.getattr(l_2_a, 'dagen_te_laat'))))
                yield ' | '
                yield escape(environment.finalize(context, environment.getattr(l_2_a, 'status')))
                yield ' |\n'
            l_2_a = missing
        l_1_partij = l_1_lijst = missing
    else:
        pass
        yield 'Geen acties te laat op '
        yield escape(environment.finalize(context, t_2((undefined(name='peildatum') if l_0_peildatum is missing else l_0_peildatum))))
        yield '.\n'
    yield '\n## 3. Termijn vóór het volgende overleg\n\n'
    if (undefined(name='binnenkort') if l_0_binnenkort is missing else l_0_binnenkort):
        pass
        yield 'Acties die nog niet gereed zijn en waarvan de termijn afloopt vóór het '
        yield escape(environment.finalize(context, t_7(environment.getattr((undefined(name='volgend_overleg') if l_0_volgend_overleg is missing else l_0_volgend_overleg), 'naam'))))
        yield ' ('
        yield escape(environment.finalize(context, environment.getattr((undefined(name='volgend_overleg') if l_0_volgend_overleg is missing else l_0_volgend_overleg), 'wanneer')))
        yield ').\n\n| nr | onderwerp | actie | trekker | termijn | uiterlijk | stoplicht |\n|---|---|---|---|---|---|---|\n'
        for l_1_a in environment.rounds((undefined(name='binnenkort') if l_0_binnenkort is missing else l_0_binnenkort)):
            _loop_vars = {}
            pass
            yield '| '
            yield escape(environment.finalize(context, environment.getattr(l_1_a, 'nr')))
            yield ' | '
            yield escape(environment.finalize(context, environment.getattr(l_1_a, 'onderwerp')))
            yield ' | '
            yield escape(environment.finalize(context, t_5(environment.getattr(environment.getattr(l_1_a, 'rij'), 'actie'), 160)))
            yield ' | '
            yield escape(environment.finalize(context, t_4(context.eval_ctx, environment.getattr(l_1_a, 'trekker'), ', ')))
            yield ' | '
            yield escape(environment.finalize(context, environment.getattr(l_1_a, 'termijn_getoond')))
            yield ' | '
            yield escape(environment.finalize(context, t_2(environment.getattr(l_1_a, 'uiterlijk'))))
            yield ' | '
            yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'licht'), environment.getattr(l_1_a, 'stoplicht'), _loop_vars=_loop_vars)))
            yield ' |\n'
        l_1_a = missing
    else:
        pass
        yield 'Geen acties met een termijn tussen '
        yield escape(environment.finalize(context, t_2((undefined(name='peildatum') if l_0_peildatum is missing else l_0_peildatum))))
        yield ' en het '
        yield escape(environment.finalize(context, t_7(environment.getattr((undefined(name='volgend_overleg') if l_0_volgend_overleg is missing else l_0_volgend_overleg), 'naam'))))
        yield ' ('
        yield escape(environment.finalize(context, environment.getattr((undefined(name='volgend_overleg') if l_0_volgend_overleg is missing else l_0_volgend_overleg), 'wanneer')))
        yield ').\n'
    yield '\n## 4. Voortgang sinds '
    yield escape(environment.finalize(context, t_2((undefined(name='sinds') if l_0_sinds is missing else l_0_sinds))))
    yield '\n\n'
    if (undefined(name='voortgang') if l_0_voortgang is missing else l_0_voortgang):
        pass
        yield '| datum | nr | onderwerp | status | toelichting |\n|---|---|---|---|---|\n'
        for l_1_v in environment.rounds((undefined(name='voortgang') if l_0_voortgang is missing else l_0_voortgang)):
            _loop_vars = {}
            pass
            yield '| '
            yield escape(environment.finalize(context, t_2(environment.getattr(l_1_v, 'datum'))))
            yield ' | '
            yield escape(environment.finalize(context, environment.getattr(l_1_v, 'nr')))
            yield ' | '
            yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_v, 'actie'), 'onderwerp')))
            yield ' | '
            yield escape(environment.finalize(context, environment.getattr(l_1_v, 'status')))
            yield ' | '
            yield escape(environment.finalize(context, environment.getattr(l_1_v, 'toelichting')))
            yield ' |\n'
        l_1_v = missing
    else:
        pass
        yield 'Geen voortgang vastgelegd tussen '
        yield escape(environment.finalize(context, t_2((undefined(name='sinds') if l_0_sinds is missing else l_0_sinds))))
        yield ' en '
        yield escape(environment.finalize(context, t_2((undefined(name='peildatum') if l_0_peildatum is missing else l_0_peildatum))))
        yield '.\n'
    yield '\n## 5. Lege agendarijen\n\n'
    if (undefined(name='lege_rijen') if l_0_lege_rijen is missing else l_0_lege_rijen):
        pass
        yield 'Deze regels van de uitvoeringsagenda zijn nog leeg: de werkgroep vult ze bij de actualisatie.\n\n| nr | onderwerp | afspraak | trekker afspraak |\n|---|---|---|---|\n'
        for l_1_r in environment.rounds((undefined(name='lege_rijen') if l_0_lege_rijen is missing else l_0_lege_rijen)):
            _loop_vars = {}
            pass
            yield '| '
            yield escape(environment.finalize(context, environment.getattr(l_1_r, 'nr')))
            yield ' | '
            yield escape(environment.finalize(context, environment.getattr(l_1_r, 'onderwerp')))
            yield ' | '
            yield escape(environment.finalize(context, t_5(environment.getattr(environment.getattr(l_1_r, 'afspraak'), 'tekst'), 160)))
            yield ' | '
            yield escape(environment.finalize(context, t_4(context.eval_ctx, environment.getattr(l_1_r, 'trekker'), ', ')))
            yield ' |\n'
        l_1_r = missing
    else:
        pass
        yield 'Geen lege agendarijen.\n'
    yield '\n## 6. Wijzigingen sinds het vorige overleg\n\n'
    if environment.getattr((undefined(name='wijzigingen') if l_0_wijzigingen is missing else l_0_wijzigingen), 'melding'):
        pass
        yield escape(environment.finalize(context, environment.getattr((undefined(name='wijzigingen') if l_0_wijzigingen is missing else l_0_wijzigingen), 'melding')))
        yield '\n'
    elif environment.getattr((undefined(name='wijzigingen') if l_0_wijzigingen is missing else l_0_wijzigingen), 'regels'):
        pass
        yield 'Wat er in de gegevens veranderde vanaf '
        yield escape(environment.finalize(context, t_2((undefined(name='sinds') if l_0_sinds is missing else l_0_sinds))))
        yield ', vergeleken met de laatste bewaarde versie daarvoor (van '
        yield escape(environment.finalize(context, t_2(environment.getattr(environment.getattr((undefined(name='wijzigingen') if l_0_wijzigingen is missing else l_0_wijzigingen), 'van'), 'datum'))))
        yield ', kenmerk '
        yield escape(environment.finalize(context, environment.getattr(environment.getattr((undefined(name='wijzigingen') if l_0_wijzigingen is missing else l_0_wijzigingen), 'van'), 'short')))
        yield ').\n\n| soort | nr | onderwerp | wijziging |\n|---|---|---|---|\n'
        for l_1_c in environment.rounds(environment.getattr((undefined(name='wijzigingen') if l_0_wijzigingen is missing else l_0_wijzigingen), 'regels')):
            _loop_vars = {}
            pass
            yield '| '
            yield escape(environment.finalize(context, environment.getattr(l_1_c, 'soort')))
            yield ' | '
            yield escape(environment.finalize(context, environment.getattr(l_1_c, 'sleutel')))
            yield ' | '
            yield escape(environment.finalize(context, environment.getattr(l_1_c, 'onderwerp')))
            yield ' | '
            yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'wijziging'), l_1_c, _loop_vars=_loop_vars)))
            yield ' |\n'
        l_1_c = missing
    else:
        pass
        yield 'Geen wijzigingen in de gegevens vanaf '
        yield escape(environment.finalize(context, t_2((undefined(name='sinds') if l_0_sinds is missing else l_0_sinds))))
        yield ', vergeleken met de laatste bewaarde versie daarvoor (van '
        yield escape(environment.finalize(context, t_2(environment.getattr(environment.getattr((undefined(name='wijzigingen') if l_0_wijzigingen is missing else l_0_wijzigingen), 'van'), 'datum'))))
        yield ', kenmerk '
        yield escape(environment.finalize(context, environment.getattr(environment.getattr((undefined(name='wijzigingen') if l_0_wijzigingen is missing else l_0_wijzigingen), 'van'), 'short')))
        yield ').\n'
    if (undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik):
        pass
        yield '\n## 7. Terugblik op '
        yield escape(environment.finalize(context, environment.getattr((undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik), 'jaar')))
        yield '\n\nIn het '
        yield escape(environment.finalize(context, t_7(environment.getattr((undefined(name='overleg') if l_0_overleg is missing else l_0_overleg), 'moment'))))
        yield ' kijken partijen terug op de prestaties van het voorgaande jaar'
        yield escape(environment.finalize(context, environment.getattr((undefined(name='bij') if l_0_bij is missing else l_0_bij), 'overleg')))
        yield ': de acties met een termijn in '
        yield escape(environment.finalize(context, environment.getattr((undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik), 'jaar')))
        yield ' en hoe ze op '
        yield escape(environment.finalize(context, t_2((undefined(name='peildatum') if l_0_peildatum is missing else l_0_peildatum))))
        yield ' zijn afgelopen.\n'
        if environment.getattr((undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik), 'aantal'):
            pass
            yield '\n| thema |'
            for l_1_k in environment.rounds(environment.getattr((undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik), 'tellingen')):
                _loop_vars = {}
                pass
                yield ' '
                yield escape(environment.finalize(context, l_1_k))
                yield ' |'
            l_1_k = missing
            yield ' acties |\n|---|'
            for l_1_k in environment.rounds(environment.getattr((undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik), 'tellingen')):
                _loop_vars = {}
                pass
                yield '---:|'
            l_1_k = missing
            yield '---:|\n'
            for l_1_t in environment.rounds(environment.getattr((undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik), 'themas')):
                _loop_vars = {}
                pass
                yield '| '
                yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_t, 'thema'), 'nr')))
                yield '. '
                yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_t, 'thema'), 'titel')))
                yield ' |'
                for (l_2_k, l_2_n) in environment.rounds(environment.call(context, environment.getattr(environment.getattr(l_1_t, 'tellingen'), 'items'), _loop_vars=_loop_vars)):
                    _loop_vars = {}
                    pass
                    yield ' '
                    yield escape(environment.finalize(context, l_2_n))
                    yield ' |'
                l_2_k = l_2_n = missing
                yield ' '
                yield escape(environment.finalize(context, t_6(environment.getattr(l_1_t, 'regels'))))
                yield ' |\n'
            l_1_t = missing
            yield '| **totaal** |'
            for (l_1_k, l_1_n) in environment.rounds(environment.call(context, environment.getattr(environment.getattr((undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik), 'tellingen'), 'items'), _block_vars=_block_vars)):
                _loop_vars = {}
                pass
                yield ' **'
                yield escape(environment.finalize(context, l_1_n))
                yield '** |'
            l_1_k = l_1_n = missing
            yield ' **'
            yield escape(environment.finalize(context, environment.getattr((undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik), 'aantal')))
            yield '** |\n'
            for l_1_t in environment.rounds(environment.getattr((undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik), 'themas')):
                _loop_vars = {}
                pass
                yield '\n### '
                yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_t, 'thema'), 'nr')))
                yield '. '
                yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_t, 'thema'), 'titel')))
                yield '\n\n| nr | onderwerp | trekker | termijn | afgelopen | gereed op |\n|---|---|---|---|---|---|\n'
                for l_2_r in environment.rounds(environment.getattr(l_1_t, 'regels')):
                    _loop_vars = {}
                    pass
                    yield '| '
                    yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_r, 'actie'), 'nr')))
                    yield ' | '
                    yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_r, 'actie'), 'onderwerp')))
                    yield ' | '
                    yield escape(environment.finalize(context, t_4(context.eval_ctx, environment.getattr(environment.getattr(l_2_r, 'actie'), 'trekker'), ', ')))
                    yield ' | '
                    yield escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_r, 'actie'), 'termijn_getoond')))
                    yield ' | '
                    yield escape(environment.finalize(context, environment.getattr(l_2_r, 'afloop')))
                    yield ' | '
                    yield escape(environment.finalize(context, t_2(environment.getattr(l_2_r, 'gereed_op'))))
                    yield ' |\n'
                l_2_r = missing
            l_1_t = missing
        else:
            pass
            yield '\nGeen acties met een termijn in '
            yield escape(environment.finalize(context, environment.getattr((undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik), 'jaar')))
            yield '.\n'
    yield '\n'
    yield escape(environment.finalize(context, environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'sectie'), environment.joined(markup_join, (('8' if (undefined(name='terugblik') if l_0_terugblik is missing else l_0_terugblik) else '7'), '. Cijfers van de monitor', )), _block_vars=_block_vars)))
    yield '\n'

blocks = {'onder_kop': block_onder_kop, 'inhoud': block_inhoud}
debug_info = '2=21&3=24&4=26&5=28&6=33&7=52&9=54&10=56&11=58&12=60&13=63&16=68&19=132&20=134&24=136&26=139&28=143&32=150&33=154&37=173&42=176&43=179&47=183&48=187&51=205&54=212&56=214&59=217&60=221&63=235&68=240&73=243&74=247&82=260&83=262&84=264&85=267&89=273&90=277&93=289&95=295&97=298&99=300&100=308&102=311&103=319&104=325&105=329&107=345&108=355&110=359&114=363&115=367&120=384&124=387'
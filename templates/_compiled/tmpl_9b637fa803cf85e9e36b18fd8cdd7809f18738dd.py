from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'base.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_kop = resolve('kop')
    l_0_titel = resolve('titel')
    l_0_verlenging = resolve('verlenging')
    l_0_selectie = resolve('selectie')
    l_0_concept = resolve('concept')
    pass
    yield '# '
    yield escape(environment.finalize(context, (undefined(name='kop') if l_0_kop is missing else l_0_kop)))
    yield '\n\n'
    yield escape(environment.finalize(context, (undefined(name='titel') if l_0_titel is missing else l_0_titel)))
    if (undefined(name='verlenging') if l_0_verlenging is missing else l_0_verlenging):
        pass
        yield ' ('
        yield escape(environment.finalize(context, (undefined(name='verlenging') if l_0_verlenging is missing else l_0_verlenging)))
        yield ')'
    if (undefined(name='selectie') if l_0_selectie is missing else l_0_selectie):
        pass
        yield ' · '
        yield escape(environment.finalize(context, (undefined(name='selectie') if l_0_selectie is missing else l_0_selectie)))
    yield '\n\n'
    for l_1_ag in environment.rounds((undefined(name='concept') if l_0_concept is missing else l_0_concept)):
        l_1_bij = resolve('bij')
        _loop_vars = {}
        pass
        yield '> **Concept:** '
        yield escape(environment.finalize(context, environment.getattr(l_1_ag, 'naam')))
        yield ' is nog niet vastgesteld'
        yield escape(environment.finalize(context, environment.getattr((undefined(name='bij') if l_1_bij is missing else l_1_bij), 'agenda')))
        yield '; acties en termijnen kunnen nog veranderen.\n\n'
    l_1_ag = l_1_bij = missing
    yield from context.blocks['onder_kop'][0](context)
    yield '\n\n'
    yield from context.blocks['inhoud'][0](context)
    yield '\n\n'
    yield from context.blocks['voet'][0](context)

def block_onder_kop(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_inhoud(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_voet(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_titel = resolve('titel')
    l_0_peildatum = resolve('peildatum')
    try:
        t_1 = environment.filters['datum']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'datum' found.")
    pass
    yield '_Gemaakt met pa uit de gegevens van de '
    yield escape(environment.finalize(context, (undefined(name='titel') if l_0_titel is missing else l_0_titel)))
    yield ', stand op '
    yield escape(environment.finalize(context, t_1((undefined(name='peildatum') if l_0_peildatum is missing else l_0_peildatum))))
    yield '._\n'

blocks = {'onder_kop': block_onder_kop, 'inhoud': block_inhoud, 'voet': block_voet}
debug_info = '6=17&8=19&11=30&12=35&15=40&18=42&21=44&15=46&18=55&21=64&22=81'
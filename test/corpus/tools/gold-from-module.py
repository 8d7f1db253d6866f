# Builds NNN_slug.txt and NNN_slug.gold.json from an article module (TEXT, META, DEFAULTS, FIGS; NFD = True stores the
# article, quotes and numbers in NFD) into the folder above the module's src/:
#   python3 test/corpus/tools/gold-from-module.py test/corpus/holdout7/src/0*.py
import json, re, sys, importlib.util, os, unicodedata
SCALE = {'tỷ':1e9,'tỉ':1e9,'triệu':1e6,'nghìn':1e3,'ngàn':1e3,'vạn':1e4}
def num(s):
    return float(s.replace('.','').replace(',','.'))
def parse(n):
    n = n.strip('()')
    m = re.match(r'^(\d[\d.]*(?:,\d+)?)\s*/\s*(\d[\d.]*(?:,\d+)?)', n)
    if m: return {'value': num(m[1]), 'of': num(m[2])}
    m = re.match(r'^(\d[\d.]*(?:,\d+)?)\s*%?\s*(?:-|–|đến)\s*(\d[\d.]*(?:,\d+)?)(.*)$', n)
    v = lambda x: int(x) if x == int(x) else x
    if m:
        a, b, rest = num(m[1]), num(m[2]), m[3]
        for w, f in SCALE.items():
            if rest.strip().startswith(w): a, b = round(a*f, 6), round(b*f, 6); break
        return {'value': v(a), 'high': v(b)}
    m = re.match(r'^(\d[\d.]*(?:,\d+)?)(.*)$', n)
    if not m: return {}
    a, rest = num(m[1]), m[2]
    for w, f in SCALE.items():
        if rest.strip().startswith(w): a = a*f; break
    return {'value': v(round(a, 6)) if a < 1e6 else v(float(round(a)))}
ORDER = ['quote','number','kind','value','of','high','unit','indicator','locality','period','modality','direction','base','status','bound','optional','of_optional','offset']
def build(path):
    spec = importlib.util.spec_from_file_location('a', path); a = importlib.util.module_from_spec(spec); spec.loader.exec_module(a)
    name = os.path.basename(path)[:-3]
    out = os.path.dirname(os.path.dirname(os.path.abspath(path)))
    nfd = getattr(a, 'NFD', False)
    N = (lambda x: unicodedata.normalize('NFD', x)) if nfd else (lambda x: x)
    text = N(a.TEXT.lstrip('\n'))
    open(os.path.join(out, name + '.txt'), 'w').write(text)
    figs = []
    for q, n, kind, unit, kw in a.FIGS:
        f = {'quote': N(q), 'number': N(n), 'kind': kind, 'unit': unit}
        q, n = N(q), N(n)
        if not kw.get('optional'):
            for k, val in a.DEFAULTS.items(): f[k] = val
        f.update(parse(unicodedata.normalize('NFC', n))); f.update(kw)
        f = {k: v for k, v in f.items() if v is not None}
        assert text.count(q) == 1, (name, q, text.count(q))
        f['offset'] = text.index(q) + q.index(n)
        figs.append({k: f[k] for k in ORDER if k in f})
    gold = dict(article=name + '.txt', **a.META, figures=figs)
    open(os.path.join(out, name + '.gold.json'), 'w').write(json.dumps(gold, ensure_ascii=False, indent=1) + '\n')
    print(name, len(figs), len(text.split()), 'words')
for p in sys.argv[1:]: build(p)

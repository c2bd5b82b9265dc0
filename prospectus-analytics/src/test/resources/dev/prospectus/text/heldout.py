# Generates heldout.json (issue 14). Run from the project root after writing the verdicts with
#   prospectus verify --dataset data/<d> --format json > /tmp/verdicts-<d>.json   for d in minimax, zhipu.
# Builds the held-out set mechanically from the bundled claims and their verdicts (verify --format json).
import json, re, sys, collections
out = {"note": None, "datasets": []}
def keys_of(e, acc):
    if isinstance(e, str): acc.add(e); return
    if isinstance(e, dict):
        if 'figure' in e: acc.add(e['figure']); return
        for k, v in e.items():
            if k == 'terms':
                for t in v: keys_of(t, acc)
            elif isinstance(v, (dict, str)) and k not in ('calc', 'unit', 'basis', 'years', 'to', 'multiplyBy', 'divideBy', 'printed'):
                keys_of(v, acc)
def standalone(q, s):
    hits = []
    for m in re.finditer(re.escape(s), q):
        a, b = m.start(), m.end()
        if a > 0 and (q[a-1].isdigit() or q[a-1] in '.,'): continue
        if b < len(q) and (q[b].isdigit() or (q[b] in '.,' and b+1 < len(q) and q[b+1].isdigit())): continue
        hits.append(a)
    return hits
for d in ['minimax', 'zhipu']:
    verdicts = {v['id']: v for v in json.load(open(f'/tmp/verdicts-{d}.json'))}
    data = json.load(open(f'data/{d}/dataset.json'))
    claims = json.load(open(f'data/{d}/claims.json'))['claims']
    texts = collections.OrderedDict()
    for c in claims:
        s = c.get('source')
        if not s: continue
        if d == 'minimax' and s['document'] == 'qbitai-seed': continue
        q = s['quote']
        if len(q) < 12 or not re.search(r'[A-Za-z\u4e00-\u9fff]{2}', q): continue
        key = (s['document'], q)
        t = texts.setdefault(key, {"document": s['document'], "text": q, "numbers": collections.OrderedDict(), "words": []})
        v = verdicts[c['id']]['verdict']
        at = None; printed = None
        if 'reported' in c:
            r = c['reported']
            h = standalone(q, r) if r in q else []
            if not h:
                core = re.sub(r'^[^0-9+-]*', '', r)
                h = standalone(q, core) if core else []
                r = core
            if h: at, printed = h[0], r
        elif 'against' in c and c.get('relation') == '=' and isinstance(c.get('compute'), dict) and 'calc' in c['compute']:
            a = c['against']
            ref = a if isinstance(a, str) else a.get('figure')
            doc = (None if isinstance(a, str) else a.get('source')) or s['document']
            if ref:
                m, seg, per = ref.split('/', 2)
                reps = [f for f in data['figures'] if f['metric'] == m and f.get('segment', 'total') == seg and f['period'] == per and f['source']['document'] == doc]
                if len(reps) == 1:
                    h = standalone(q, reps[0]['value'])
                    if len(h) == 1: at, printed = h[0], reps[0]['value']
        if at is not None:
            n = t['numbers'].setdefault(at, {"at": at, "printed": printed, "claims": [], "verdicts": []})
            n['claims'].append(c['id']); n['verdicts'].append(v)
        else:
            ks = set(); keys_of(c.get('compute'), ks); keys_of(c.get('against'), ks)
            t['words'].append({"claim": c['id'], "relation": c.get('relation', '='), "keys": sorted(ks), "verdict": v})
    lst = []
    for t in texts.values():
        nums = []
        for n in t['numbers'].values():
            vs = set(n['verdicts'])
            nums.append({"at": n['at'], "printed": n['printed'], "verdict": vs.pop() if len(vs) == 1 else "UNDECIDABLE",
                         "claims": n['claims'], **({"bases": n['verdicts']} if len(set(n['verdicts'])) > 1 else {})})
        lst.append({"document": t['document'], "text": t['text'], "numbers": sorted(nums, key=lambda x: x['at']), "words": t['words']})
    out['datasets'].append({"dataset": d, "texts": lst})
json.dump(out, sys.stdout, ensure_ascii=False, indent=1)

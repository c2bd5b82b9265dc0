# Measures the article checker on the whole seed article (README, "Checking an article"): every
# claim of data/minimax/claims.json from the seed article whose quote prints a number, found in the
# output of `check` with the same verdict (several claims on one number with different verdicts, one
# per basis, expect UNDECIDABLE). Run from the project root:
#   python3 src/test/resources/dev/prospectus/text/seed-measure.py SEED.txt CHECK.json VERDICTS.json
# with CHECK.json from `check SEED.txt --format json` and VERDICTS.json from `verify --format json`.
import json, re, sys
def load(path):
    # Maven may print colour escapes around a program's output: the JSON is what lies between them.
    raw = re.sub(r'\x1b\[[0-9;]*m', '', open(path, encoding='utf-8').read())
    return json.loads(raw[min(i for i in (raw.find('['), raw.find('{')) if i >= 0):])
text = open(sys.argv[1], encoding='utf-8').read()
check = load(sys.argv[2])
verd = {v['id']: v['verdict'] for v in load(sys.argv[3])}
claims = [c for c in json.load(open('data/minimax/claims.json'))['claims'] if c.get('source', {}).get('document') == 'qbitai-seed']
def keys_of(e, acc):
    if isinstance(e, str): acc.add(e); return
    if isinstance(e, dict):
        if 'figure' in e: acc.add(e['figure']); return
        for k, v in e.items():
            if k == 'terms':
                for t in v: keys_of(t, acc)
            elif isinstance(v, (dict, str)) and k not in ('calc', 'unit', 'basis', 'years', 'to', 'multiplyBy', 'divideBy', 'printed'):
                keys_of(v, acc)
groups = {}
for c in claims:
    q = c['source']['quote']
    if not re.search(r'[0-9]', q): continue
    qa = text.find(q)
    printed = c.get('reported')
    if printed and printed not in q:
        core = re.sub(r'^[^0-9+-]*', '', printed)
        printed = core if core and core in q else None
    if 'wholeCount' in c:
        m = re.search(r'[0-9.]+%', q); printed = m.group(0) if m else None
    if printed and printed in q:
        at = qa + q.index(printed)
        groups.setdefault(('n', at, printed), []).append(c)
    else:
        ks = set(); keys_of(c.get('compute'), ks); keys_of(c.get('against'), ks)
        groups.setdefault(('w', c['id'], tuple(sorted(ks))), []).append(c)
exist = found = correct = 0
for g, cs in groups.items():
    vs = set(verd[c['id']] for c in cs)
    expected = vs.pop() if len(vs) == 1 else 'UNDECIDABLE'
    exist += 1
    if g[0] == 'n':
        at, printed = g[1], g[2]
        f = next((f for f in check['findings'] if f['kind'] != 'words' and f['start'] < at + len(printed) and f['end'] > at), None)
        got = f['verdict'] if f else 'MISSED'
    else:
        ks = set(g[2])
        f = next((f for f in check['findings'] if f['kind'] == 'words' and f['verdict'] in ('CONSISTENT','INCONSISTENT','UNDECIDABLE','UNVERIFIABLE') and set(f['reading'].get('keys', [])) == ks), None)
        got = f['verdict'] if f else 'MISSED'
    judged = got in ('CONSISTENT','INCONSISTENT','UNDECIDABLE','UNVERIFIABLE')
    found += judged; correct += judged and got == expected
    print(('OK  ' if got == expected else 'XX  '), [c['id'] for c in cs], g[2] if g[0]=='n' else 'words', 'expected', expected, 'got', got)
print('seed article: claims with a number in their quote %d, found %d (%.1f%%), correct %d of %d (%.1f%%)' % (exist, found, 100*found/exist, correct, found, 100*correct/found))
nonfin = [f for f in check['findings'] if f['kind'] not in ('amount','words') and f['verdict'] == 'INCONSISTENT']
print('non-claims judged INCONSISTENT:', len(nonfin), '; all findings:', check['counts'])

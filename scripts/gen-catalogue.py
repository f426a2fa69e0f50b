#!/usr/bin/env python3
"""One-shot generator: turns the research catalogue (shared/spec/pep3333-rules.md) plus
validator/Wsgi/Rules/pep-quotes.tsv into the C# rule declarations under validator/Wsgi/Rules/.
The C# files are the source of truth once generated; re-run only to re-import quotes."""
import os, re, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
md = open(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, '..', 'shared', 'spec', 'pep3333-rules.md')).read()
quotes = {}
qp = os.path.join(root, 'validator/Wsgi/Rules/pep-quotes.tsv')
if os.path.exists(qp):
    for line in open(qp, encoding='utf-8'):
        if '\t' in line:
            k, v = line.rstrip('\n').split('\t', 1)
            quotes[k] = v

EXT_MUST = {
    'environ.PATH_INFO.request_target_forms', 'environ.CONTENT_LENGTH.digits_only', 'environ.SERVER_PROTOCOL.format',
    'environ.SERVER_PORT.digits', 'environ.HTTP.repeated_combined', 'content_length.app.accurate', 'http.head.no_body',
    'http.content_length.forbidden_no_body', 'http.no_body.1xx_204', 'http.no_body.304',
}
EXT_MAY = {'http.location.absolute'}

def level(text, rid):
    t = text.strip()
    if t.startswith('ext'):
        return 'Must' if rid in EXT_MUST else 'May' if rid in EXT_MAY else 'Should'
    for p, l in (('MUST NOT', 'MustNot'), ('MUST', 'Must'), ('SHOULD NOT', 'ShouldNot'), ('SHOULD', 'Should'), ('MAY', 'May'), ('n/a', 'May')):
        if t.startswith(p):
            return l
    raise SystemExit('unknown level ' + t)

def pascal(rid):
    parts = re.split(r'[._]', rid)
    return ''.join(p[:1].upper() + p[1:].lower() if p.isupper() or p[:1].islower() else p for p in parts if p)

def cs(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def xml(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

catalogue = md.split('## Catalogue', 1)[1].split('## What none', 1)[0]
groups = re.split(r'^### ', catalogue, flags=re.M)[1:]
outdir = os.path.join(root, 'validator/Wsgi/Rules')
names = set()
allgroups = []
for g in groups:
    head, body = g.split('\n', 1)
    m = re.match(r'(\d+)\. (.*)', head.strip())
    num, title = int(m.group(1)), m.group(2)
    stem = re.sub(r'[^A-Za-z0-9]+', ' ', title.split(':')[0] if num in (2, 3, 4) and False else title).title().replace(' ', '')
    stem = stem.replace('Wsgi', 'Wsgi')
    rows = [r for r in body.splitlines() if r.startswith('| `')]
    decls, fields = [], []
    for r in rows:
        cells = [c.strip() for c in r.strip().strip('|').split('|')]
        rid = cells[0].strip('`')
        party = {'server': 'Server', 'app': 'App', 'middleware': 'Middleware', 'both': 'Both'}[cells[1]]
        lv = level(cells[2], rid)
        name = pascal(rid)
        assert name not in names, name
        names.add(name)
        fields.append(name)
        q = quotes.get(rid, '')
        decls.append(f'''    /// <summary>{xml(cells[3])}</summary>
    public static readonly Rule {name} = new(
        {cs(rid)}, Party.{party}, Level.{lv}, {cs(cells[2])}, Group{num:02},
        Section: {cs(cells[4])},
        Summary: {cs(cells[3])},
        Quote: {cs(q)},
        Anchors: {cs(cells[5])},
        Observability: {cs(cells[6])});
''')
    fname = f'Rules.{num:02}.{stem}.cs'
    allgroups.append((num, title))
    with open(os.path.join(outdir, fname), 'w', encoding='utf-8') as f:
        f.write(f'''namespace Wsgi.Catalogue;

// Generated once from shared/spec/pep3333-rules.md by scripts/gen-catalogue.py; edit here from now on.
public static partial class Rules
{{
    /// <summary>{xml(title)}.</summary>
    public static readonly RuleGroup Group{num:02} = new({num}, {cs(title)});

''' + '\n'.join(decls) + f'''
    private static Rule[] InGroup{num:02} => [{', '.join(fields)}];
}}
''')
with open(os.path.join(outdir, 'Rules.cs'), 'w', encoding='utf-8') as f:
    f.write('''using System.Collections.Frozen;

namespace Wsgi.Catalogue;

/// <summary>The rule catalogue: every requirement of PEP 3333 (and the HTTP/CGI extensions the
/// checkers enforce), declared once, grouped as the PEP's sections, in the PEP's order.</summary>
public static partial class Rules
{
    /// <summary>Every rule in catalogue order.</summary>
    public static IReadOnlyList<Rule> All => Index.All;

    /// <summary>Every group in order.</summary>
    public static IReadOnlyList<RuleGroup> Groups => Index.Groups;

    /// <summary>The rule with <paramref name="id"/>, or <c>null</c>.</summary>
    public static Rule? Find(string id) => Index.ById.GetValueOrDefault(id);

    /// <summary>The rule with <paramref name="id"/>; throws <see cref="KeyNotFoundException"/> naming the id when absent.</summary>
    public static Rule Get(string id) => Find(id) ?? throw new KeyNotFoundException($"no rule with id '{id}' in the catalogue");

    // A nested holder: its initialiser runs only after every partial part of Rules has initialised
    // its fields, whatever order the compiler sees the files in.
    private static class Index
    {
        public static readonly Rule[] All = [''' + ', '.join(f'..InGroup{n:02}' for n, _ in allgroups) + '''];

        public static readonly RuleGroup[] Groups = [''' + ', '.join(f'Group{n:02}' for n, _ in allgroups) + '''];

        public static readonly FrozenDictionary<string, Rule> ById = All.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
    }
}
''')
print(len(names), 'rules in', len(allgroups), 'groups')

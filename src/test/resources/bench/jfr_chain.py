#!/usr/bin/env python3
"""Where the chain's time goes (README "Where the chain's statements go"): reads the text of
   jfr print --events jdk.ExecutionSample --stack-depth 512 chain.jfr > chain.txt
from a ChainBenchmark run with -Dtest.jvmArgs="-XX:StartFlightRecording=filename=chain.jfr,settings=profile
-XX:FlightRecorderOptions=stackdepth=512", and prints each side's self time by area (H2 split by the layer that sent
the SQL), ours beside bare + the same documents, then Hibernate's own time by phase and our nearest frames.
Sides: ours = the client thread under Chains.ours and the job threads running application code; bare + documents =
Chains.bareDocs and BareDocuments. Usage: python3 jfr_chain.py chain.txt"""
#!/usr/bin/env python3
"""(parser) Aggregate `jfr print --events jdk.ExecutionSample --stack-depth 512` text output.
Side: 'ours' / 'bare' / 'bareDoc'(by bottom frames of the client thread; job threads by BareDocuments frame)."""
import sys, re, collections
path = sys.argv[1]
samples = []  # (thread, frames top-first)
cur = None; frames = None
for line in open(path, encoding='utf-8', errors='replace'):
    s = line.strip()
    if s.startswith('jdk.ExecutionSample'):
        cur = {'thread': '', 'frames': []}
    elif cur is not None and s.startswith('sampledThread'):
        cur['thread'] = s.split('=',1)[1].strip()
    elif cur is not None and s.startswith('stackTrace = ['):
        frames = cur['frames']
    elif frames is not None and s == ']':
        frames = None
    elif frames is not None and s and s != '...':
        frames.append(re.sub(r'\s+line:.*$', '', s))
    elif cur is not None and s == '}' and frames is None:
        samples.append(cur); cur = None

def area(f):
    if f.startswith('org.h2.'): return 'H2'
    if f.startswith('org.apache.ibatis.') or f.startswith('org.camunda.bpm.engine.impl.db.') or '.persistence.entity.' in f and 'Manager' in f: return 'engine MyBatis/persistence'
    if f.startswith('org.hibernate.') or f.startswith('org.springframework.data.') or f.startswith('org.springframework.orm.'): return 'Hibernate/JPA'
    if f.startswith('org.apache.pdfbox') or f.startswith('org.apache.fontbox') or f.startswith('org.bouncycastle') or f.startswith('vn.dldcaccess.document.'): return 'PDF/seal'
    if f.startswith('com.zaxxer.hikari') or f.startswith('vn.dldcaccess.bench.StatementCounter') or f.startswith('jdk.proxy') or f.startswith('com.sun.proxy'): return 'pool/counter proxy'
    if f.startswith('vn.dldcaccess.'): return 'ours'
    if f.startswith('org.camunda.bpm.engine.impl.el') or f.startswith('org.camunda.bpm.impl.juel') or f.startswith('de.odysseus'): return 'engine EL'
    if f.startswith('org.camunda.spin') or f.startswith('com.fasterxml'): return 'JSON (Spin/Jackson)'
    if f.startswith('org.camunda.'): return 'engine other'
    if f.startswith('org.springframework.'): return 'Spring'
    if f.startswith('ch.qos.logback') or f.startswith('org.slf4j'): return 'logging'
    return None

def side(sm):
    fr = sm['frames']
    for f in fr:
        if 'BareDocuments' in f: return 'bareDoc'
    for f in reversed(fr):
        if 'ChainBenchmark$Chains.ours' in f: return 'ours'
        if 'ChainBenchmark$Chains.bareDocs' in f: return 'bareDoc'
        if 'ChainBenchmark$Chains.bare' in f: return 'bare*'
    if any('FoundationBenchmark.boot' in f for f in fr) or sm['thread'].startswith('"task-'): return 'boot'
    if 'camundaTaskExecutor' in sm['thread']:
        return 'job:ours' if any(f.startswith('vn.dldcaccess.') for f in fr) else 'job:engine-only'
    return 'other'


def layer(fr):
    # who issued the JDBC work: the outermost data-access layer on the stack below the H2 frames
    for f in fr:
        if f.startswith('org.hibernate.'): return 'Hibernate'
        if f.startswith('org.apache.ibatis.'): return 'engine MyBatis'
        if f.startswith('org.springframework.jdbc.core.'): return 'JdbcTemplate (ours)'
        if 'doCommit' in f or '.commit(' in f: return 'commit'
    return 'other'

def area2(fr):
    a = next((area(f) for f in fr if area(f)), 'JDK/other')
    if a == 'H2':
        return 'H2 (SQL from ' + {'engine MyBatis':'engine','Hibernate':'Hibernate','commit':'commit','JdbcTemplate (ours)':'JdbcTemplate'}.get(layer(fr),'?') + ')'
    return a
S = {'ours': ('ours','job:ours'), 'bareDoc': ('bareDoc',)}
cnt = {k: collections.Counter() for k in S}; tot = collections.Counter()
for sm in samples:
    sd = side(sm)
    for k, v in S.items():
        if sd in v and sm['frames']:
            cnt[k][area2(sm['frames'])] += 1; tot[k] += 1
print(f"samples: ours {tot['ours']}, bare+documents {tot['bareDoc']} (ratio of CPU samples {tot['bareDoc']/tot['ours']:.2f})")
extra = tot['ours'] - tot['bareDoc']
print(f"{'area':34s} {'ours %':>7s} {'bare+doc %':>10s} {'ours-bare+ samples':>18s} {'share of extra':>14s}")
keys = sorted(set(cnt['ours']) | set(cnt['bareDoc']), key=lambda k: -(cnt['ours'][k]))
for k in keys:
    o, d = cnt['ours'][k], cnt['bareDoc'][k]
    print(f"{k:34s} {100*o/tot['ours']:6.1f}% {100*d/tot['bareDoc']:9.1f}% {o-d:18d} {100*(o-d)/extra:13.1f}%")

buckets = [('flush (auto/explicit)', ['AutoFlushEvent', 'DefaultAutoFlushEventListener', 'AbstractFlushingEventListener', 'DefaultFlushEventListener']),
 ('query compile/plan (SQM)', ['QueryInterpretationCache', 'SemanticQueryBuilder', 'HqlParser', 'SqmTranslat', 'StandardSqmTranslator', 'BaseSqmToSqlAstConverter', 'AbstractSqlAstTranslator', 'QuerySqmImpl.<init>', 'SqmCriteriaNodeBuilder', 'criteria', 'JpaQueryCreator', 'PartTree']),
 ('Spring Data repository proxy/query', ['org.springframework.data.jpa.repository.query', 'org.springframework.data.repository.core.support', 'org.springframework.data.jpa.repository.support.SimpleJpaRepository']),
 ('result/entity load', ['JdbcValuesResultSetImpl', 'ResultsHelper', 'EntityInitializer', 'ListResultsConsumer', 'DefaultLoadEventListener', 'ResultSetAccess', 'RowProcessingState', 'Initializer']),
 ('natural id', ['NaturalId']),
 ('insert/update actions', ['ActionQueue', 'EntityInsertAction', 'EntityUpdateAction', 'AbstractEntityPersister.insert', 'AbstractEntityPersister.update', 'MutationExecutor']),
 ('persist/merge events', ['DefaultPersistEventListener', 'DefaultMergeEventListener', 'DefaultSaveOrUpdate']),
 ('session/tx', ['SessionImpl.<init>', 'JdbcResourceLocalTransactionCoordinator', 'TransactionImpl', 'SessionFactoryImpl']),
]

print()
print("Hibernate's own time by phase, % of each side's samples")
for k, sides in S.items():
    c = collections.Counter()
    for sm in samples:
        if side(sm) not in sides or not sm['frames']:
            continue
        fr = sm['frames']
        if next((area(f) for f in fr if area(f)), None) != 'Hibernate/JPA':
            continue
        found = None
        for f in fr:
            found = next((name for name, pats in buckets if any(p in f for p in pats)), None)
            if found:
                break
        c[found or 'other'] += 1
    print(' ', k, ', '.join(f'{n} {100 * v / tot[k]:.1f}' for n, v in c.most_common()))
print()
print("ours: nearest application frame (client thread and jobs), top 20")
c = collections.Counter()
for sm in samples:
    if side(sm) in S['ours']:
        f = next((f for f in sm['frames'] if f.startswith('vn.dldcaccess.') and not f.startswith('vn.dldcaccess.bench.')), None)
        c[re.sub(r'\(.*', '', f) if f else '(engine, library or JDK only)'] += 1
for k, v in c.most_common(20):
    print(f"  {100 * v / tot['ours']:5.1f}%  {k}")

// run.mjs runs the compromise NLP library over a Parallax corpus export and
// prints its entity predictions in the entity gold-annotation format
// (see corpus/entity/testdata/gold-*.json), as a yardstick for the Go
// entity extractor.
//
// Usage:
//
//	node run.mjs EXPORT.json [EXPORT.json ...] [ARTICLE-ID ...] > predictions.json
//
// Each EXPORT.json (any argument ending in .json) is the output of
// `go run ./corpus/cmd/corpus export DIR`. With no article ids, every article
// of the exports is processed, in export order; otherwise the given articles
// are processed in the given order.
//
// For each paragraph (every kind except "heading") compromise is run on the
// paragraph text alone. Entities come from doc.people() (person),
// doc.organizations() (org), doc.places() (place) and doc.match('#Date+')
// (date; compromise 14 has no dates() method without the separate
// compromise-dates plugin, but its core tagger has the #Date tag). A mention
// is the matched span of the paragraph text with leading #Honorific and
// #Determiner terms dropped and a trailing possessive ('s, ’s, s') and
// punctuation removed. Mentions with the same type and the same compromise
// normal form (text('normal')) form one entity, named after its first
// mention. No other merging is done and descriptors are always empty.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const kinds = [
  ['person', (doc) => doc.people()],
  ['org', (doc) => doc.organizations()],
  ['place', (doc) => doc.places()],
  ['date', (doc) => doc.match('#Date+')],
];

// mentionSpan returns the [start, end) offsets of one match in the
// paragraph text after dropping leading honorifics and determiners and a
// trailing possessive and punctuation, or null if nothing is left.
function mentionSpan(text, match) {
  const terms = match.terms.filter((t) => t.offset);
  let i = 0;
  while (i < terms.length && terms[i].tags.some((tag) => tag === 'Honorific' || tag === 'Determiner')) {
    i++;
  }
  if (i >= terms.length) {
    return null;
  }
  const last = terms[terms.length - 1];
  const start = terms[i].offset.start;
  let end = last.offset.start + last.offset.length;
  let s = text.slice(start, end);
  const trimmed = s
    .replace(/['’]s$/u, '')
    .replace(/(s)['’]$/u, '$1')
    .replace(/[\p{P}\p{S}\s]+$/u, '');
  end = start + trimmed.length;
  if (end <= start) {
    return null;
  }
  return [start, end];
}

function processArticle(article) {
  const entities = new Map(); // key -> entity, in order of first mention
  for (const para of article.paragraphs) {
    if (para.kind === 'heading') {
      continue;
    }
    const doc = nlp(para.text);
    const found = [];
    for (const [type, select] of kinds) {
      for (const m of select(doc).json({ offset: true })) {
        const span = mentionSpan(para.text, m);
        if (span) {
          found.push({ type, start: span[0], end: span[1] });
        }
      }
    }
    // Paragraph order, then text position, then type order: deterministic.
    const typeRank = Object.fromEntries(kinds.map(([t], i) => [t, i]));
    found.sort((a, b) => a.start - b.start || a.end - b.end || typeRank[a.type] - typeRank[b.type]);
    for (const f of found) {
      const text = para.text.slice(f.start, f.end);
      const key = f.type + '\u0000' + nlp(text).text('normal');
      let e = entities.get(key);
      if (!e) {
        e = { name: text, type: f.type, mentions: [], descriptors: [] };
        entities.set(key, e);
      }
      e.mentions.push({ paragraph: para.id, text });
    }
  }
  return { article: article.id, entities: [...entities.values()] };
}

function main(args) {
  const files = args.filter((a) => a.endsWith('.json'));
  const given = args.filter((a) => !a.endsWith('.json'));
  if (files.length === 0) {
    process.stderr.write('usage: node run.mjs EXPORT.json [EXPORT.json ...] [ARTICLE-ID ...]\n');
    process.exit(2);
  }
  const byId = new Map();
  const all = [];
  for (const file of files) {
    for (const a of JSON.parse(readFileSync(file, 'utf8')).articles) {
      if (byId.has(a.id)) {
        process.stderr.write(`run.mjs: article ${JSON.stringify(a.id)} is in more than one export\n`);
        process.exit(1);
      }
      byId.set(a.id, a);
      all.push(a.id);
    }
  }
  const ids = given.length > 0 ? given : all;
  const out = { articles: [] };
  for (const id of ids) {
    const article = byId.get(id);
    if (!article) {
      process.stderr.write(`run.mjs: article ${JSON.stringify(id)} not in ${files.join(', ')}\n`);
      process.exit(1);
    }
    out.articles.push(processArticle(article));
  }
  process.stdout.write(JSON.stringify(out, null, 1) + '\n');
}

main(process.argv.slice(2));

package quote

import (
	"parallax/corpus/entity"
)

// A typedSpan is the bytes of a paragraph an entity mention covers, with
// the entity's type.
type typedSpan struct {
	start, end int
	typ        entity.Type
}

// typesOf indexes the mentions of entities by article and paragraph id.
func typesOf(es []entity.Entity) map[[2]string][]typedSpan {
	if len(es) == 0 {
		return nil
	}
	out := make(map[[2]string][]typedSpan)
	for _, e := range es {
		if e.Type != entity.Person && e.Type != entity.Org && e.Type != entity.Place {
			continue
		}
		for _, m := range e.Mentions {
			k := [2]string{m.Article, m.Paragraph}
			out[k] = append(out[k], typedSpan{m.Start, m.End, e.Type})
		}
	}
	return out
}

// applyTypes settles the kind of the paragraph's names the words around
// them left open from the entity types of the spans they overlap most: a
// name of unknown kind becomes a person or an organisation, or is marked
// a place; a name taken for a person without a personal title becomes an
// organisation ("Morgan Stanley").
func (x *para) applyTypes(spans []typedSpan) {
	if len(spans) == 0 {
		return
	}
	for ci := range x.chunks {
		c := &x.chunks[ci]
		start, end := x.toks[c.nameFirst].start, x.toks[c.last].end
		var typ entity.Type
		best := 0
		for _, s := range spans {
			if n := min(end, s.end) - max(start, s.start); n > best {
				typ, best = s.typ, n
			}
		}
		switch {
		case typ == entity.Org && c.kind == nameOther,
			typ == entity.Org && c.kind == namePerson && !hasPersonTitle(c.title):
			c.kind = nameOrg
		case typ == entity.Person && c.kind == nameOther:
			c.kind, c.typedPerson = namePerson, true
		case typ == entity.Place && c.kind == nameOther:
			c.place = true
		}
	}
}
